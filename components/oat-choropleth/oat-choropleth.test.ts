// Long because the map of England is tested as a reader uses it: colours and key, keyboard, pointer,
// tooltip, table, zoom, neighbours and every way its data can fail.
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { OatChoropleth } from './oat-choropleth.js';
import type { AreaChangeDetail } from '../oat-assessment/oat-assessment.js';
import '../oat-provider/define.js';
import type { OatProvider } from '../oat-provider/oat-provider.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { formatValue } from '../../src/format/unit.js';
import { verdictText } from '../../src/format/verdict.js';
import { SourceError } from '../../src/sources/errors.js';
import { SnapshotSource } from '../../src/sources/snapshot.js';
import { coreComparison, forcedColours, settled, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';

interface BoundaryFile {
  objects: { utla: { geometries: { id: string; properties: { name: string; region: string } }[] } };
}

const CROYDON = 'E09000008';
const BLACKPOOL = 'E06000009';
const LONDON = 'E12000007';

async function show(attributes: Record<string, string>, width = 1200): Promise<OatChoropleth> {
  const element = document.createElement('oat-choropleth');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${element}</div>`);
  await settled(wrapper.querySelector('oat-choropleth')!);
  return element;
}

const root = (element: OatChoropleth) => element.shadowRoot!;
const areas = (element: OatChoropleth) => [...root(element).querySelectorAll<SVGPathElement>('path.area')];
const areaPath = (element: OatChoropleth, code: string) => root(element).querySelector<SVGPathElement>(`path.area[data-code="${code}"]`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const centre = (node: Element): [number, number] => {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};

async function boundaryFile(): Promise<BoundaryFile> {
  return (await (await fetch('/indicators/boundaries-utla-2023.json')).json()) as BoundaryFile;
}

/** The figures a reader should see for an area, worked out independently of the element. */
async function expectedFigures(slug: string, code: string): Promise<{ name: string; figure: string; verdict: string; verdictCode: string }> {
  const source = new SnapshotSource();
  const definition = CATALOGUE.find((entry) => entry.slug === slug)!;
  const [local] = await source.observations({ indicators: [slug], areas: [code] });
  const comparison = await coreComparison(slug, code);
  const name = (await source.areas()).find((area) => area.code === code)!.name;
  return {
    name,
    figure: formatValue(local?.value, definition.unit, definition.decimals, { withUnit: true }),
    verdict: verdictText(comparison),
    verdictCode: comparison.verdict,
  };
}

describe('<oat-choropleth>', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 1300 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('draws one path for every authority in the boundary file, each named with its figures', async () => {
    const element = await show({ indicator: 'children-in-need' });
    const file = await boundaryFile();
    const drawn = areas(element).map((path) => path.dataset.code);
    expect(drawn).to.have.length(153);
    expect(new Set(drawn)).to.deep.equal(new Set(file.objects.utla.geometries.map((geometry) => geometry.id)));
    for (const path of areas(element)) {
      expect(path.getAttribute('d'), path.dataset.code).to.match(/^M[\d.]+,[\d.]+/);
      expect(path.getBoundingClientRect().width, path.dataset.code).to.be.above(0);
    }
    const blackpool = await expectedFigures('children-in-need', BLACKPOOL);
    expect(areaPath(element, BLACKPOOL).getAttribute('aria-label')).to.equal(`${blackpool.name}. ${blackpool.figure}. ${blackpool.verdict}`);
    expect(root(element).querySelector('[part="attribution"]')!.textContent).to.equal(
      'Contains OS data © Crown copyright and database right 2023. Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
    );
  });

  it('outlines the chosen area heavily and labels it with its name, just above it', async () => {
    const element = await show({ indicator: 'children-in-need', area: CROYDON });
    const croydon = areaPath(element, CROYDON);
    const outline = root(element).querySelector<SVGPathElement>('path.chosen')!;
    expect(outline.getAttribute('d')).to.equal(croydon.getAttribute('d'));
    expect(parseFloat(getComputedStyle(outline).strokeWidth)).to.be.at.least(3);
    expect(getComputedStyle(outline).fill).to.equal('none');
    expect(
      areas(element)
        .filter((path) => path.getAttribute('aria-current') === 'true')
        .map((path) => path.dataset.code),
    ).to.deep.equal([CROYDON]);
    const label = root(element).querySelector<HTMLElement>('[part="label"]')!;
    expect(label.textContent).to.equal('Croydon');
    const [labelBox, areaBox] = [label.getBoundingClientRect(), croydon.getBoundingClientRect()];
    expect(labelBox.bottom).to.be.closeTo(areaBox.top, 12);
    expect(labelBox.left + labelBox.width / 2).to.be.closeTo(areaBox.left + areaBox.width / 2, 2);
    expect(getComputedStyle(label).visibility).to.equal('visible');
    // No area: nothing is outlined or labelled.
    const none = await show({ indicator: 'children-in-need' });
    expect(root(none).querySelector('path.chosen')).to.equal(null);
    expect(root(none).querySelector('[part="label"]')).to.equal(null);
  });

  it('chooses an area on click: fires oat-area-change, updates area, moves the outline and label', async () => {
    const element = await show({ indicator: 'children-in-need', area: CROYDON });
    const target = 'E06000065'; // North Yorkshire: large, so its centre is inside it
    const [x, y] = centre(areaPath(element, target));
    expect((root(element).elementFromPoint(x, y) as SVGElement).dataset.code).to.equal(target);
    const heard = oneEvent(document, 'oat-area-change');
    await sendMouse({ type: 'click', position: [x, y] });
    const event = (await heard) as CustomEvent<AreaChangeDetail>;
    expect(event.detail).to.deep.equal({ code: target, name: 'North Yorkshire' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(element);
    expect(element.area).to.equal(target);
    expect(element.getAttribute('area')).to.equal(target);
    expect(root(element).querySelector('path.chosen')!.getAttribute('d')).to.equal(areaPath(element, target).getAttribute('d'));
    expect(root(element).querySelector('[part="label"]')!.textContent).to.equal('North Yorkshire');
    expect(text(root(element).querySelector('.selected-name'))).to.equal('North Yorkshire');
  });

  it('is one tab stop; arrow keys move to the nearest area that way, Home and End by name, Enter chooses', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const element = await show({ indicator: 'children-in-need', area: CROYDON });
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.getAttribute('part')).to.equal('toggle');
    await sendKeys({ press: 'Tab' });
    const focused = () => (root(element).activeElement as SVGElement | null)?.dataset.code;
    expect(focused()).to.equal(CROYDON); // the chosen area is the tab stop
    expect(areas(element).filter((path) => path.getAttribute('tabindex') === '0')).to.have.length(1);

    const at = (code: string) => centre(areaPath(element, code));
    await sendKeys({ press: 'ArrowDown' });
    await settled(element);
    const below = focused()!;
    expect(below).to.not.equal(CROYDON);
    expect(at(below)[1]).to.be.above(at(CROYDON)[1]);
    await sendKeys({ press: 'ArrowLeft' });
    await settled(element);
    expect(at(focused()!)[0]).to.be.below(at(below)[0]);

    await sendKeys({ press: 'Home' });
    await settled(element);
    expect(focused()).to.equal('E09000002'); // Barking and Dagenham
    await sendKeys({ press: 'End' });
    await settled(element);
    expect(focused()).to.equal('E06000014'); // York
    expect(
      areas(element)
        .filter((path) => path.getAttribute('tabindex') === '0')
        .map((path) => path.dataset.code),
    ).to.deep.equal(['E06000014']);

    const heard = oneEvent(element, 'oat-area-change');
    await sendKeys({ press: 'Enter' });
    const event = (await heard) as CustomEvent<AreaChangeDetail>;
    expect(event.detail).to.deep.equal({ code: 'E06000014', name: 'York' });
    await settled(element);
    expect(element.area).to.equal('E06000014');
    // Tab leaves the map in one step.
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.tagName).to.not.equal('path');
    before.remove();
  });

  it('shows the figures of the area under the pointer, and of the area with keyboard focus, in a tooltip', async () => {
    const element = await show({ indicator: 'children-in-need', area: CROYDON });
    const tooltip = root(element).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.hidden).to.equal(true);
    const target = 'E10000016'; // Kent
    const expected = await expectedFigures('children-in-need', target);
    const [x, y] = centre(areaPath(element, target));
    await sendMouse({ type: 'move', position: [x, y] });
    await settled(element);
    expect(tooltip.hidden).to.equal(false);
    expect(text(tooltip)).to.equal(`${expected.name} ${expected.figure} ${expected.verdict}`);
    const tip = tooltip.getBoundingClientRect();
    expect(tip.bottom).to.be.closeTo(y - 14, 6); // just above the pointer
    expect(root(element).querySelector('path.hover')!.getAttribute('d')).to.equal(areaPath(element, target).getAttribute('d'));
    await sendMouse({ type: 'move', position: [5, 5] });
    await settled(element);
    expect(tooltip.hidden).to.equal(true);

    areaPath(element, CROYDON).focus();
    await settled(element);
    const croydon = await expectedFigures('children-in-need', CROYDON);
    expect(text(tooltip)).to.equal(`${croydon.name} ${croydon.figure} ${croydon.verdict}`);
    await sendKeys({ press: 'Escape' });
    await settled(element);
    expect(tooltip.hidden).to.equal(true);
  });

  it('does not redraw the areas while the pointer moves, and draws quickly once the data is loaded', async () => {
    const element = await show({ indicator: 'children-in-need', area: CROYDON });
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root(element).querySelector('g.areas')!, { subtree: true, attributes: true, childList: true });
    for (const code of ['E10000016', 'E06000065', 'E10000016', 'E09000008']) {
      const [x, y] = centre(areaPath(element, code));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'move', position: [x + 1, y] });
      await settled(element);
    }
    observer.disconnect();
    expect(changes).to.deep.equal([]);

    // With the data and boundaries loaded, a map needing a new projection, new paths and a new
    // colouring draws within 100 ms (the median of three regions never drawn before).
    const timings: number[] = [];
    element.zoom = 'region';
    for (const [area, colourBy, count] of [
      ['E06000009', 'comparison', 24], // Blackpool: the North West
      ['E06000047', 'value', 12], // County Durham: the North East
      ['E06000052', 'comparison', 15], // Cornwall: the South West
    ] as const) {
      const started = performance.now();
      element.area = area;
      element.colourBy = colourBy;
      await settled(element);
      timings.push(performance.now() - started);
      expect(areas(element), area).to.have.length(count);
    }
    expect(timings.sort((a, b) => a - b)[1]).to.be.below(100);
  });

  it('colours each area by its verdict against England with colour-by="comparison", with a pattern as well as a colour', async () => {
    const element = await show({ indicator: 'household-overcrowding', area: BLACKPOOL, 'colour-by': 'comparison' });
    const counts = new Map<string, number>();
    for (const path of areas(element)) {
      const verdict = (await coreComparison('household-overcrowding', path.dataset.code!)).verdict;
      expect(path.dataset.verdict, path.dataset.code).to.equal(verdict);
      expect(path.getAttribute('fill'), path.dataset.code).to.equal(`url(#map-${verdict})`);
      counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).to.deep.equal(['better', 'similar', 'worse']);
    // The patterns are the verdict colours, and worse and better carry marks.
    const ground = (verdict: string) => getComputedStyle(root(element).querySelector(`#map-${verdict} .pattern-ground`)!).fill;
    expect(ground('worse')).to.equal('rgb(180, 72, 11)');
    expect(ground('better')).to.equal('rgb(29, 95, 168)');
    expect(root(element).querySelector('#map-worse .mark-line')).to.exist;
    expect(root(element).querySelector('#map-better .mark-dot')).to.exist;
    // The legend counts every verdict drawn.
    const legend = [...root(element).querySelectorAll('[part="legend"] li')].map(text);
    expect(legend).to.deep.equal([
      `More pressure than England (${counts.get('worse')})`,
      `Similar to England (${counts.get('similar')})`,
      `Less pressure than England (${counts.get('better')})`,
      'No data (0)',
    ]);
    const blackpool = await expectedFigures('household-overcrowding', BLACKPOOL);
    expect(root(element).querySelector('[part="selected"]')!.getAttribute('data-verdict')).to.equal(blackpool.verdictCode);
  });

  it('has a quantile legend of five classes and no data, and paints each area in the class of its value', async () => {
    const element = await show({ indicator: 'young-carers', area: CROYDON });
    const items = [...root(element).querySelectorAll('[part="legend"] li')];
    expect(items).to.have.length(6);
    expect(text(items[5])).to.equal('No data');
    const classes = items.slice(0, 5).map((item) => {
      const [lower, upper] = text(item)
        .split(' to ')
        .map((part) => Number(part.replace(/,/g, '')));
      return { lower: lower!, upper: upper!, fill: item.querySelector('rect')!.getAttribute('fill')! };
    });
    expect(new Set(classes.map((band) => band.fill)).size).to.equal(5);
    for (let index = 1; index < classes.length; index++) expect(classes[index]!.lower).to.equal(classes[index - 1]!.upper);
    const observations = await new SnapshotSource().observations({ indicators: ['young-carers'] });
    let noData = 0;
    for (const path of areas(element)) {
      const value = observations.find((o) => o.area === path.dataset.code)?.value ?? null;
      if (value === null) {
        noData++;
        expect(path.getAttribute('fill'), path.dataset.code).to.equal('url(#map-no-data)');
        continue;
      }
      const rounded = Math.round(value * 10) / 10;
      const band = classes.find((candidate) => path.getAttribute('fill') === candidate.fill);
      expect(band, path.dataset.code).to.exist;
      expect(rounded, path.dataset.code).to.be.within(band!.lower, band!.upper);
    }
    expect(noData).to.equal(2); // Swindon and the Isle of Wight are suppressed: drawn, never dropped
    // More young carers found means more families under pressure, though the publisher makes no judgement.
    expect(text(root(element).querySelector('[part="legend"] .darker'))).to.contain('Darker means more pressure on families: a higher figure.');
  });

  it('shows a continuous scale as a colour bar with its lowest, middle and highest values', async () => {
    const element = await show({ indicator: 'household-overcrowding', scale: 'continuous' });
    const ends = [...root(element).querySelectorAll('[part="legend"] .ends span')].map(text);
    expect(ends).to.have.length(3);
    expect(ends.every((end) => /^\d+\.\d%$/.test(end))).to.equal(true);
    expect(root(element).querySelectorAll('[part="legend"] stop')).to.have.length(5);
    expect(text(root(element).querySelector('[part="legend"] .darker'))).to.equal('Darker means more pressure on families: a higher figure.');
    expect(new Set(areas(element).map((path) => path.getAttribute('fill'))).size).to.be.above(80);
  });

  it('draws an indicator with no figures at all as no data everywhere, and says so in the legend', async () => {
    const element = await show({ indicator: 'families-out-of-work', area: CROYDON });
    expect(areas(element)).to.have.length(153);
    expect(new Set(areas(element).map((path) => path.getAttribute('fill')))).to.deep.equal(new Set(['url(#map-no-data)']));
    expect([...root(element).querySelectorAll('[part="legend"] li')].map(text)).to.deep.equal(['No data']);
  });

  it('shows the figures as a table that sorts by name or by value', async () => {
    const element = await show({ indicator: 'young-carers', area: CROYDON });
    root(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await settled(element);
    expect(root(element).querySelector('svg[part="map"]')).to.equal(null);
    const table = () => root(element).querySelector('[part="table"]')!;
    const names = () => [...table().querySelectorAll('tbody th')].map(text);
    const values = () =>
      [...table().querySelectorAll('tbody td.num')].map((cell) => (text(cell) === 'no data' ? null : Number(text(cell).split(' ')[0]!.replace(/,/g, ''))));
    const sortState = () => [...table().querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));
    expect(names()).to.have.length(153);
    expect(names()[0]).to.equal('Barking and Dagenham');
    expect(sortState()).to.deep.equal(['ascending', 'none', null]);

    table().querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    await settled(element);
    expect(sortState()).to.deep.equal(['none', 'ascending', null]);
    const ascending = values();
    const present = ascending.filter((value): value is number => value !== null);
    expect(present).to.deep.equal([...present].sort((a, b) => a - b));
    expect(ascending.slice(-2)).to.deep.equal([null, null]); // no data last

    table().querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    await settled(element);
    expect(sortState()).to.deep.equal(['none', 'descending', null]);
    const descending = values().filter((value): value is number => value !== null);
    expect(descending).to.deep.equal([...present].reverse());
    expect(values().slice(-2)).to.deep.equal([null, null]);

    table().querySelector<HTMLButtonElement>('button[data-sort="name"]')!.click();
    await settled(element);
    expect(names()[0]).to.equal('Barking and Dagenham');
    expect(table().querySelector('tr[aria-current="true"] th')!.textContent).to.equal('Croydon');
    await expect(element).to.be.accessible();
  });

  it('zooms to the chosen area’s region with zoom="region": only London’s boroughs, Croydon much larger', async () => {
    const full = await show({ indicator: 'children-in-need', area: CROYDON }, 600);
    const fullBox = areaPath(full, CROYDON).getBoundingClientRect();
    const element = await show({ indicator: 'children-in-need', area: CROYDON, zoom: 'region' }, 600);
    const file = await boundaryFile();
    const london = file.objects.utla.geometries.filter((geometry) => geometry.properties.region === LONDON).map((geometry) => geometry.id);
    expect(
      areas(element)
        .map((path) => path.dataset.code)
        .sort(),
    ).to.deep.equal(london.sort());
    const box = areaPath(element, CROYDON).getBoundingClientRect();
    expect(box.width).to.be.above(5 * fullBox.width);
    expect(box.height).to.be.above(5 * fullBox.height);
    expect(text(root(element).querySelector('.subtitle'))).to.contain('33 councils in London');
    expect(root(element).querySelector('[part="label"]')!.textContent).to.equal('Croydon');
  });

  for (const width of [320, 1200]) {
    it(`is accessible at ${width}px with data, in both colourings`, async () => {
      const element = await show({ indicator: 'children-in-need', area: CROYDON }, width);
      await expect(element).to.be.accessible();
      const map = root(element).querySelector('svg[part="map"]')!.getBoundingClientRect();
      expect(map.width).to.be.at.most(width);
      expect(map.width).to.be.above(width * 0.5);
      element.colourBy = 'comparison';
      await settled(element);
      await expect(element).to.be.accessible();
    });
  }

  it('is accessible while loading, keeps the map’s size and says what it is loading', async () => {
    const source = new ScriptedSource();
    source.hold();
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="width: 320px"><oat-choropleth indicator="children-in-need" area=${CROYDON} .dataSource=${source}></oat-choropleth></div>`,
    );
    const element = wrapper.querySelector('oat-choropleth')!;
    await aTimeout(0);
    expect(root(element).querySelector('[aria-busy="true"]')).to.exist;
    expect(text(root(element).querySelector('[part="status"]'))).to.equal('Loading the map of children-in-need…');
    const skeleton = root(element).querySelector('.map-skeleton')!.getBoundingClientRect();
    await expect(element).to.be.accessible();
    source.release();
    await settled(element);
    const map = root(element).querySelector('svg[part="map"]')!.getBoundingClientRect();
    expect(map.height).to.be.closeTo(skeleton.height, skeleton.height * 0.05);
  });

  it('says what went wrong when the figures or the boundaries cannot be loaded, accessibly', async () => {
    const source = new ScriptedSource();
    source.failWith = new SourceError('network', 'The data file could not be reached. Check your connection and try again.');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><oat-choropleth indicator="children-in-need" .dataSource=${source}></oat-choropleth></div>`,
    );
    const element = wrapper.querySelector('oat-choropleth')!;
    await settled(element);
    expect(text(root(element).querySelector('[part="title"]'))).to.equal('This map could not be shown');
    expect(text(root(element).querySelector('[part="status"]'))).to.contain('could not be reached');
    await expect(element).to.be.accessible();

    const missing = await fixture<OatChoropleth>(
      html`<oat-choropleth indicator="children-in-need" .boundariesUrl=${'/indicators/no-such-boundaries.json'}></oat-choropleth>`,
    );
    await settled(missing);
    expect(text(root(missing).querySelector('[part="status"]'))).to.match(/^The map’s boundary file could not be loaded: the server answered 404/);
  });

  it('explains an unknown indicator or area as the other elements do, without an uncaught error', async () => {
    const watch = watchErrors();
    const indicator = await show({ indicator: 'children-in-nee', area: CROYDON });
    const area = await show({ indicator: 'children-in-need', area: 'E10000006' });
    watch.stop();
    expect(text(root(indicator).querySelector('[part="status"]'))).to.contain('Did you mean “children-in-need”?');
    expect(text(root(area).querySelector('[part="status"]'))).to.contain('former council’s code');
    expect(watch.errors).to.deep.equal([]);
  });

  it('follows the provider’s area, and a choice on the map reaches the provider', async () => {
    const provider = await fixture<OatProvider>(
      html`<oat-provider area=${CROYDON}><oat-choropleth indicator="children-in-need"></oat-choropleth></oat-provider>`,
    );
    const element = provider.querySelector('oat-choropleth')!;
    await settled(element);
    expect(root(element).querySelector('[part="label"]')!.textContent).to.equal('Croydon');
    areaPath(element, BLACKPOOL).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(provider);
    await settled(element);
    expect(provider.area).to.equal(BLACKPOOL);
    expect(element.hasAttribute('area')).to.equal(false); // the provider keeps the choice
    expect(root(element).querySelector('[part="label"]')!.textContent).to.equal('Blackpool');
    provider.area = CROYDON;
    await settled(provider);
    await settled(element);
    expect(root(element).querySelector('[part="label"]')!.textContent).to.equal('Croydon');
  });

  it('keeps the data colours and draws its lines in system colours in forced-colours mode', async () => {
    const element = await show({ indicator: 'children-in-need', area: CROYDON });
    try {
      await forcedColours(true);
      const path = areaPath(element, BLACKPOOL);
      expect(getComputedStyle(path).fill).to.not.equal('none');
      expect(getComputedStyle(path).fill).to.not.equal(getComputedStyle(areaPath(element, CROYDON)).stroke);
      const outline = root(element).querySelector('path.chosen')!;
      expect(getComputedStyle(outline).stroke).to.equal(getComputedStyle(element).color);
    } finally {
      await forcedColours(false);
    }
  });

  it('uses the heading level it is given', async () => {
    const element = await show({ indicator: 'children-in-need', 'heading-level': '2' });
    expect(root(element).querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(text(root(element).querySelector('[part="title"]'))).to.equal('Children in need');
  });
});
