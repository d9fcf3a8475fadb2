// Long because the opportunity map is tested as a reader uses it: segments and verdicts, keyboard,
// pointer, tooltip, table, narrow layouts, downloads and print.
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import './define.js';
import type { IndicatorSelectDetail, OatMap } from './oat-map.js';
import { mapPngBlob, mapSvgBlob } from './export.js';
import { SCALE_NOTE } from './oat-map.chart.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { DOMAINS } from '../../src/catalogue/domains.js';
import type { SourceInfo } from '../../src/model.js';
import { SnapshotSource } from '../../src/sources/snapshot.js';
import { SourceError } from '../../src/sources/errors.js';
import { loadAssessmentView } from '../../src/view-models/assessment-view.js';
import { coreComparison, forcedColours, partText, settled, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';

const CROYDON = 'E09000008';
const BLACKPOOL = 'E06000009';
const WOKINGHAM = 'E06000041';
/** Croydon's overcrowding in the tooltip: figures, period, verdict, how it was judged, and the figure's source. */
const OVERCROWDING_TIP =
  'Household overcrowding Croydon: 10.4% England: 4.4% Census 2021 More pressure than England Tested against a 95% confidence interval by the Wilson score method: England’s value lies outside it, so the difference is significant. Source: Calculated from Office for National Statistics, Census 2021 · Open Government Licence v3.0';
/** Every indicator of the catalogue in the model's order: the order of the ring, clockwise from the top. */
const MODEL_ORDER = DOMAINS.flatMap((domain) => CATALOGUE.filter((entry) => entry.domain === domain.id).map((entry) => entry.slug));

async function show(area: string, width = 800): Promise<OatMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><oat-map area=${area}></oat-map></div>`);
  const element = wrapper.querySelector('oat-map')!;
  await settled(element);
  return element;
}

const root = (element: OatMap) => element.shadowRoot!;
const chart = (element: OatMap) => root(element).querySelector<SVGSVGElement>('svg.map')!;
const segments = (element: OatMap) => [...root(element).querySelectorAll<SVGGElement>('svg.map .segment')];
const segment = (element: OatMap, slug: string) => root(element).querySelector<SVGGElement>(`svg.map .segment[data-indicator="${slug}"]`)!;
const focused = (element: OatMap) => root(element).activeElement as SVGGElement | null;
const tooltip = (element: OatMap) => root(element).querySelector<HTMLElement>('[part="tooltip"]')!;
const tipText = (element: OatMap) => tooltip(element).textContent!.replace(/\s+/g, ' ').trim();

/** The pattern a segment's bar is filled with, or null for an outline only. */
function patternOf(element: OatMap, slug: string): SVGPatternElement | null {
  const fill = segment(element, slug).querySelector('.bar')!.getAttribute('fill')!;
  const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
  return id ? (root(element).getElementById(id) as SVGPatternElement | null) : null;
}

/** A point inside a segment's bar, in viewport coordinates, for the mouse. */
function pointOn(element: OatMap, slug: string): [number, number] {
  const group = segment(element, slug);
  group.scrollIntoView({ block: 'center' });
  const bar = group.querySelector<SVGPathElement>('.bar')!;
  const box = bar.getBBox();
  // The wedge's box is mostly outside the wedge: search the box for the inside point nearest its middle.
  let best: DOMPoint | undefined;
  let bestDistance = Infinity;
  for (let i = 1; i < 12; i++) {
    for (let j = 1; j < 12; j++) {
      const point = new DOMPoint(box.x + (box.width * i) / 12, box.y + (box.height * j) / 12);
      const distance = Math.hypot(i - 6, j - 6);
      if (distance < bestDistance && bar.isPointInFill(point)) [best, bestDistance] = [point, distance];
    }
  }
  const onScreen = (best ?? new DOMPoint(box.x + box.width / 2, box.y + box.height / 2)).matrixTransform(bar.getScreenCTM()!);
  return [Math.round(onScreen.x), Math.round(onScreen.y)];
}

/** Tabs from the last control before the picture onto the map. */
async function tabIntoMap(element: OatMap): Promise<void> {
  const buttons = root(element).querySelectorAll<HTMLButtonElement>('[part="download"]');
  buttons[buttons.length - 1]!.focus();
  await sendKeys({ press: 'Tab' });
  await element.updateComplete;
}

class NoticeSource extends ScriptedSource {
  override async info(signal?: AbortSignal): Promise<SourceInfo> {
    return { ...(await super.info(signal)), notice: 'Live data unavailable — showing figures from 22 November 2026' };
  }
}

describe('<oat-map>', () => {
  it('draws one segment for every catalogue indicator, in the model’s order, including those with no data', async () => {
    const element = await show(CROYDON);
    expect(segments(element)).to.have.length(CATALOGUE.length);
    expect(CATALOGUE.length).to.equal(27);
    expect(segments(element).map((g) => g.dataset.indicator)).to.deep.equal(MODEL_ORDER);
    const groups = [...root(element).querySelectorAll('svg.map g.domain')];
    expect(groups.map((group) => group.getAttribute('aria-label'))).to.deep.equal(DOMAINS.map((domain) => domain.title));
    expect(segments(element).filter((g) => g.dataset.verdict === 'no-data').length).to.be.greaterThan(0);
    expect(partText(element, 'title')).to.equal('Opportunity map: Croydon');
    // The area and data date are inside the picture itself, so a saved copy carries them.
    expect(chart(element).querySelector('.title-text')!.textContent).to.contain('Croydon');
    expect(chart(element).querySelector('.subtitle-text')!.textContent).to.contain('1 December 2026');
  });

  it('gives each segment the statistics core’s verdict for three contrasting areas', async () => {
    for (const area of [CROYDON, BLACKPOOL, WOKINGHAM]) {
      const element = await show(area);
      for (const g of segments(element)) {
        const slug = g.dataset.indicator!;
        expect(g.dataset.verdict, `${slug} ${area}`).to.equal((await coreComparison(slug, area)).verdict);
      }
    }
  });

  it('makes the opportunity the brightest thing on the map: more pressure is the one solid, full-strength fill', async () => {
    const croydon = await show(CROYDON);
    const worse = patternOf(croydon, 'household-overcrowding')!;
    expect(segment(croydon, 'household-overcrowding').dataset.verdict).to.equal('worse');
    expect(worse.querySelector('.pattern-ink, .pattern-dot')).to.equal(null);
    expect(worse.querySelector('.pattern-fill')!.classList.contains('pale')).to.equal(false);
    const blackpool = await show(BLACKPOOL);
    expect(segment(blackpool, 'household-overcrowding').dataset.verdict).to.equal('better');
    const better = patternOf(blackpool, 'household-overcrowding')!;
    expect(better.getAttribute('patternTransform')).to.contain('rotate(45)');
    expect(better.querySelector('.pattern-fill')!.classList.contains('pale')).to.equal(true);
    expect(better.querySelector('.pattern-ink')).to.exist;
    // Measured: the worse fill is darker and more saturated than the better one, whose ground is pale.
    const lightness = (colour: string) => {
      const context = new OffscreenCanvas(1, 1).getContext('2d')!;
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return (Math.max(r!, g!, b!) + Math.min(r!, g!, b!)) / 2;
    };
    expect(lightness(getComputedStyle(worse.querySelector('.pattern-fill')!).fill)).to.be.below(
      lightness(getComputedStyle(better.querySelector('.pattern-fill')!).fill),
    );
    // Every verdict's pattern is drawn differently (its marks, not its colour), and "no data" has no fill at all.
    const patterns = [...root(blackpool).querySelectorAll('svg.map pattern')];
    const shapes = patterns.map((pattern) =>
      [
        pattern.getAttribute('patternTransform') ?? '',
        ...[...pattern.children].map((child) => `${child.localName}:${['d', 'x1', 'y1', 'x2', 'y2', 'r'].map((a) => child.getAttribute(a)).join(',')}`),
      ].join('|'),
    );
    expect(new Set(shapes).size).to.equal(patterns.length);
    expect(patterns.map((pattern) => pattern.getAttribute('data-verdict')).sort()).to.deep.equal([
      'better',
      'higher',
      'lower',
      'not-compared',
      'similar',
      'worse',
    ]);
    const missing = segments(blackpool).find((g) => g.dataset.verdict === 'no-data')!;
    expect(missing.querySelector('.bar')!.getAttribute('fill')).to.equal('none');
    expect(getComputedStyle(missing.querySelector('.bar')!).strokeDasharray).to.not.equal('none');
  });

  it('makes segment lengths follow the gap to England: capped at the outer ring, stubs without data', async () => {
    const element = await show(CROYDON);
    const length = (slug: string) => segment(element, slug).querySelector<SVGPathElement>('.bar')!.getBBox();
    const track = segment(element, 'household-overcrowding').querySelector<SVGPathElement>('.track')!.getBBox();
    const overcrowding = length('household-overcrowding'); // 10.4% against 4.4%: over the cap
    expect(overcrowding.width).to.be.closeTo(track.width, 1);
    expect(overcrowding.height).to.be.closeTo(track.height, 1);
    // Domestic abuse is within 1% of England: far shorter than overcrowding.
    expect(Math.hypot(length('domestic-abuse').width, length('domestic-abuse').height)).to.be.below(Math.hypot(overcrowding.width, overcrowding.height) / 3);
    expect(segment(element, 'families-out-of-work').dataset.stub).to.equal('true');
    expect(segment(element, 'first-time-entrants-youth-justice').dataset.stub).to.equal('true'); // no England figure
    expect(chart(element).textContent).to.contain(SCALE_NOTE);
  });

  it('names each segment with its figures and verdict, and summarises the verdicts in words above the picture', async () => {
    const element = await show(CROYDON);
    expect(segment(element, 'household-overcrowding').getAttribute('aria-label')).to.equal('Overcrowding: 10.4%, England 4.4%, more pressure than England');
    expect(segment(element, 'household-overcrowding').getAttribute('role')).to.equal('button');
    expect(segment(element, 'families-out-of-work').getAttribute('aria-label')).to.equal('Out of work: no data for Croydon');
    const summary = partText(element, 'summary');
    expect(summary).to.match(/Families face more pressure than England’s on \d+ measures: .*Overcrowding/);
    expect(summary).to.contain('Life satisfaction');
    expect(summary).to.match(/Better placed than England on/);
    expect(summary).to.not.match(/neither|not tested|significantly/i);
    const wokingham = await show(WOKINGHAM);
    expect(partText(wokingham, 'summary')).to.contain('Families face more pressure than England’s on none of the measures.');
    expect(partText(wokingham, 'summary')).to.contain('Children fare worse than England’s on none of the measures.');
    const summaryBox = root(element).querySelector('[part="summary"]')!.getBoundingClientRect();
    expect(summaryBox.bottom).to.be.at.most(chart(element).getBoundingClientRect().top);
  });

  it('is one tab stop; the arrow keys, Home and End reach every segment, with a visible focus ring', async () => {
    const element = await show(CROYDON);
    expect(segments(element).filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    await tabIntoMap(element);
    expect(focused(element)?.dataset.indicator).to.equal(MODEL_ORDER[0]);
    const visited = [focused(element)!.dataset.indicator];
    for (let i = 0; i < 26; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      visited.push(focused(element)?.dataset.indicator);
    }
    expect(visited).to.deep.equal(MODEL_ORDER);
    // The focus ring is drawn round the focused segment's whole wedge.
    const current = focused(element)!;
    expect(current.matches(':focus-visible')).to.equal(true);
    const ring = root(element).querySelector<SVGPathElement>('.focus-ring')!;
    expect(getComputedStyle(ring).display).to.not.equal('none');
    expect(Number.parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(3);
    expect(ring.getAttribute('d')).to.equal(current.querySelector('.track')!.getAttribute('d'));
    await sendKeys({ press: 'Home' });
    expect(focused(element)?.dataset.indicator).to.equal(MODEL_ORDER[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)?.dataset.indicator).to.equal(MODEL_ORDER[26]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(element)?.dataset.indicator).to.equal(MODEL_ORDER[25]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    expect(focused(element)?.dataset.indicator).to.equal(MODEL_ORDER[26]);
    await element.updateComplete;
    expect(
      segments(element)
        .filter((g) => g.getAttribute('tabindex') === '0')
        .map((g) => g.dataset.indicator),
    ).to.deep.equal([MODEL_ORDER[26]]);
    // Tab leaves the map rather than walking through its 27 segments.
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.classList.contains('segment') ?? false).to.equal(false);
    expect(getComputedStyle(ring).display).to.equal('none');
  });

  it('fires oat-indicator-select on Enter, Space and click, bubbling out of the shadow root', async () => {
    const element = await show(CROYDON);
    await tabIntoMap(element);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    let event = oneEvent(document, 'oat-indicator-select');
    await sendKeys({ press: 'Enter' });
    const fired = (await event) as CustomEvent<IndicatorSelectDetail>;
    expect(fired.detail).to.deep.equal({ indicator: 'household-overcrowding', area: CROYDON });
    expect(fired.bubbles && fired.composed).to.equal(true);
    event = oneEvent(element, 'oat-indicator-select');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    expect(((await event) as CustomEvent<IndicatorSelectDetail>).detail.indicator).to.equal(MODEL_ORDER[4]);
    event = oneEvent(element, 'oat-indicator-select');
    const [x, y] = pointOn(element, 'children-in-need');
    await sendMouse({ type: 'click', position: [x, y] });
    expect(((await event) as CustomEvent<IndicatorSelectDetail>).detail).to.deep.equal({ indicator: 'children-in-need', area: CROYDON });
    await resetMouse();
  });

  it('shows the figures in a tooltip beside the segment on keyboard focus', async () => {
    const element = await show(CROYDON, 600);
    expect(tooltip(element).hidden).to.equal(true);
    await tabIntoMap(element);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(tooltip(element).hidden).to.equal(false);
    expect(tipText(element)).to.equal(OVERCROWDING_TIP);
    // Near its segment and inside the element.
    const tip = tooltip(element).getBoundingClientRect();
    const bar = segment(element, 'household-overcrowding').querySelector('.bar')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    expect(tip.left).to.be.at.least(box.left - 1);
    expect(tip.right).to.be.at.most(box.right + 1);
    expect(Math.hypot(tip.left + tip.width / 2 - (bar.left + bar.width / 2), tip.top + tip.height / 2 - (bar.top + bar.height / 2))).to.be.below(250);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(tooltip(element).hidden).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(tooltip(element).hidden).to.equal(true);
  });

  it('shows the tooltip on hover without redrawing the picture', async () => {
    const element = await show(CROYDON, 600);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(chart(element), { subtree: true, attributes: true, childList: true, characterData: true });
    const [x, y] = pointOn(element, 'household-overcrowding');
    // Start from outside the picture, so that moving onto the segment is a real entry wherever the mouse was left.
    await sendMouse({ type: 'move', position: [1, 1] });
    await sendMouse({ type: 'move', position: [x, y] });
    await element.updateComplete;
    expect(tipText(element)).to.equal(OVERCROWDING_TIP);
    for (const [dx, dy] of [
      [1, 0],
      [0, 1],
      [1, 1],
    ])
      await sendMouse({ type: 'move', position: [x + dx!, y + dy!] });
    const [x2, y2] = pointOn(element, 'children-in-need');
    await sendMouse({ type: 'move', position: [x2, y2] });
    await element.updateComplete;
    expect(tipText(element)).to.match(/^Children in need Croydon: 493\.6 per 10,000 England: 330\.3 per 10,000 2024\/25 More pressure than England/);
    await sendMouse({ type: 'move', position: [1, 1] });
    await element.updateComplete;
    expect(tooltip(element).hidden).to.equal(true);
    observer.disconnect();
    expect(changes, 'the picture was redrawn on hover').to.have.length(0);
    await resetMouse();
  });

  it('saves the picture as a stand-alone SVG file with its title, legend and source line', async () => {
    const element = await show(CROYDON);
    const blob = mapSvgBlob(chart(element));
    expect(blob.type).to.equal('image/svg+xml');
    const text = await blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Croydon: where families face more pressure than England’s');
    // Each text block's lines joined as a reader reads them.
    const words = [...doc.querySelectorAll('text')]
      .map((block) => (block.querySelector('tspan') ? [...block.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') : block.textContent))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(words).to.contain('How to read the map');
    expect(words).to.contain('More pressure on families, or children faring worse, than England: the opportunity');
    expect(words).to.contain(SCALE_NOTE);
    expect(words).to.contain('otherwise by the area’s position among England’s councils');
    expect(words).to.match(/Sources: .*\(Open Government Licence v3\.0\)\. Figures: Embedded snapshot/);
    expect(words).to.not.match(/significantly|neither/i);
    expect(words).to.contain('Overcrowding');
    // Nothing depends on the page: no classes for a stylesheet, no custom properties, colours every reader knows.
    expect(text).to.not.match(/class=|tabindex|var\(|color-mix|color\(srgb/);
    const bar = doc.querySelectorAll('path')[0];
    expect(bar).to.exist;
    const worsePattern = [...doc.querySelectorAll('pattern')].find((pattern) => pattern.getAttribute('id')!.endsWith('-worse'))!;
    expect(worsePattern.querySelector('rect')!.getAttribute('fill')).to.equal('rgb(180, 72, 11)');
    expect(doc.documentElement.getAttribute('width')).to.equal(chart(element).viewBox.baseVal.width.toString());
  });

  it('saves the picture as a PNG at twice its size', async () => {
    const element = await show(BLACKPOOL);
    const svg = chart(element);
    const blob = await mapPngBlob(svg);
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(svg.viewBox.baseVal.width * 2);
    expect(bitmap.height).to.equal(Math.round(svg.viewBox.baseVal.height * 2));
    // A white background, and the picture drawn on it.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    expect([...context.getImageData(2, 2, 1, 1).data]).to.deep.equal([255, 255, 255, 255]);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels[i]! < 200) inked++;
    expect(inked).to.be.greaterThan(100);
  });

  it('downloads the full labelled picture from its buttons, even when shown compact', async () => {
    const element = await show(CROYDON, 320);
    expect(chart(element).dataset.compact).to.equal('true');
    expect(chart(element).querySelector('.label-text')).to.equal(null);
    const clicks: { name: string; href: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    };
    try {
      root(element).querySelector<HTMLButtonElement>('[part="download"]')!.click();
      root(element).querySelectorAll<HTMLButtonElement>('[part="download"]')[1]!.click();
      // The PNG is drawn asynchronously before its link is clicked.
      await waitUntil(() => clicks.length === 2, 'both files offered', { timeout: 5000 });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicks.map((click) => click.name)).to.deep.equal(['opportunity-map-croydon.svg', 'opportunity-map-croydon.png']);
    expect(clicks.every((click) => click.href.startsWith('blob:'))).to.equal(true);
    const text = await (await element.toSvgBlob())!.text();
    expect(text).to.contain('viewBox="0 0 600 ');
    expect(text).to.contain('Parental alcohol');
    expect(root(element).querySelector('.export-stage')).to.equal(null);
    expect(root(element).querySelector('.export-status')!.textContent).to.equal('');
  });

  it('shows the figures as a table instead of the picture', async () => {
    const element = await show(CROYDON);
    const toggle = root(element).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(root(element).querySelector('svg.map')).to.equal(null);
    const table = root(element).querySelector('[part="table"]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Domain',
      'Indicator',
      'Croydon',
      'England',
      'Period',
      'Compared with England',
      'How judged',
      'Source',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-indicator'))).to.deep.equal(MODEL_ORDER);
    const overcrowding = rows.find((row) => row.getAttribute('data-indicator') === 'household-overcrowding')!;
    expect(overcrowding.closest('tbody')!.querySelector('th[scope="rowgroup"]')!.textContent!.trim()).to.equal('Stressful circumstances');
    expect([...overcrowding.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Household overcrowding',
      '10.4%',
      '4.4%',
      'Census 2021',
      'More pressure than England',
      'a significant difference (tested: 95% interval, Wilson)',
      'Calculated from Office for National Statistics, Census 2021 · Open Government Licence v3.0',
    ]);
    await expect(element).to.be.accessible();
    toggle.click();
    await element.updateComplete;
    expect(segments(element)).to.have.length(27);
  });

  it('keeps readable labels at 375 px: a number beside each segment and the numbered labels under the picture', async () => {
    const element = await show(CROYDON, 375);
    expect(chart(element).dataset.compact).to.equal('true');
    const numbers = [...root(element).querySelectorAll<SVGTextElement>('.number-text')];
    expect(numbers.map((number) => number.textContent)).to.deep.equal(Array.from({ length: 27 }, (_, i) => String(i + 1)));
    const boxes = numbers.map((number) => number.getBoundingClientRect());
    for (const box of boxes) expect(box.height, 'numbers drawn at a readable size').to.be.at.least(10);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b, j) => {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `numbers ${i + 1} and ${i + j + 2} do not overlap`).to.equal(true);
      }),
    );
    const key = [...root(element).querySelectorAll('[part="key"] li')].map((item) => item.textContent!.trim());
    expect(key).to.have.length(27);
    expect(key[segments(element).findIndex((segment) => segment.dataset.indicator === 'children-in-need')]).to.match(/children in need/i);
    expect(parseFloat(getComputedStyle(root(element).querySelector('[part="key"]')!).fontSize)).to.be.at.least(12);
    await expect(element).to.be.accessible();
  });

  for (const width of [320, 1200]) {
    it(`is accessible at ${width}px with data`, async () => {
      const element = await show(BLACKPOOL, width);
      expect(chart(element).dataset.compact).to.equal(width < 540 ? 'true' : 'false');
      await expect(element).to.be.accessible();
    });
  }

  it('keeps a stable size and is accessible while loading', async () => {
    const source = new ScriptedSource();
    source.hold();
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"><oat-map area=${CROYDON} .dataSource=${source}></oat-map></div>`);
    const element = wrapper.querySelector('oat-map')!;
    await aTimeout(0);
    expect(root(element).querySelector('[aria-busy="true"]')).to.exist;
    expect(partText(element, 'status')).to.equal('Loading the opportunity map…');
    const loadingHeight = element.getBoundingClientRect().height;
    await expect(element).to.be.accessible();
    source.release();
    await settled(element);
    expect(segments(element)).to.have.length(27);
    // The skeleton holds most of the finished height, so the page does not jump far.
    expect(loadingHeight).to.be.greaterThan(chart(element).getBoundingClientRect().height * 0.8);
  });

  it('explains a failure to load, accessibly and without an uncaught error', async () => {
    const source = new ScriptedSource();
    source.failWith = new SourceError('network', 'The figures could not be loaded.');
    const watch = watchErrors();
    const element = await fixture<OatMap>(html`<oat-map area=${CROYDON} .dataSource=${source}></oat-map>`);
    await settled(element);
    watch.stop();
    expect(partText(element, 'title')).to.equal('The opportunity map could not be shown');
    expect(partText(element, 'status')).to.contain('The figures could not be loaded. Reload the page to try again.');
    expect(watch.errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('says when the area is unknown', async () => {
    const element = await show('E99999999');
    expect(partText(element, 'status')).to.match(/E99999999/);
    expect(root(element).querySelector('svg.map')).to.equal(null);
  });

  it('shows a source notice, and accepts a ready-made view from a page or an assessment', async () => {
    const element = await fixture<OatMap>(html`<oat-map area=${CROYDON} .dataSource=${new NoticeSource()}></oat-map>`);
    await settled(element);
    expect(partText(element, 'notice')).to.equal('Live data unavailable — showing figures from 22 November 2026');

    const view = await loadAssessmentView(new SnapshotSource(), BLACKPOOL);
    const ready = await fixture<OatMap>(html`<oat-map heading-level="2" .data=${view}></oat-map>`);
    await settled(ready);
    expect(partText(ready, 'title')).to.equal('Opportunity map: Blackpool');
    expect(root(ready).querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(segments(ready)).to.have.length(27);
    expect(segment(ready, 'household-overcrowding').dataset.verdict).to.equal('better');
  });

  it('keeps the patterns in forced-colours mode, in system colours', async () => {
    const element = await show(CROYDON);
    await forcedColours(true);
    try {
      const worse = patternOf(element, 'household-overcrowding')!;
      const better = root(element).querySelector<SVGPatternElement>('svg.map pattern[data-verdict="better"]')!;
      const solid = getComputedStyle(worse.querySelector('.pattern-fill')!).fill;
      const ground = getComputedStyle(better.querySelector('.pattern-fill')!).fill;
      const ink = getComputedStyle(better.querySelector('.pattern-ink')!).stroke;
      expect(solid).to.not.equal(ground);
      expect(ink).to.not.equal(ground);
      expect(segment(element, 'household-overcrowding').querySelector('.bar')!.getAttribute('fill')).to.match(/^url\(#.+-worse\)$/);
      await expect(element).to.be.accessible();
    } finally {
      await forcedColours(false);
    }
  });

  it('has no transitions when the reader asks for reduced motion', async () => {
    const element = await show(CROYDON);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(tooltip(element)).transitionDuration).to.equal('0s');
      expect(getComputedStyle(segment(element, 'household-overcrowding').querySelector('.bar')!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    expect(getComputedStyle(tooltip(element)).transitionDuration).to.not.equal('0s');
  });
});
