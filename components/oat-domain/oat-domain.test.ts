import { aTimeout, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { OatDomain } from './oat-domain.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { coreComparison, settled, shadowText, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';
import { openNotes } from '../shared/browser-notes.js';
import type { NoteStorage } from '../../src/notes/notes.js';
import { savedFile } from '../../test/browser/saved-file.js';

async function show(domain: string, area: string, width = 1200): Promise<OatDomain> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><oat-domain domain=${domain} area=${area}></oat-domain></div>`);
  const element = wrapper.querySelector('oat-domain')!;
  await settled(element);
  return element;
}

const rows = (element: OatDomain) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')];
const cells = (row: HTMLElement) => [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());

describe('<oat-domain>', () => {
  it('lists every indicator of the domain in the catalogue’s order, with a heading and explanation', async () => {
    const element = await show('stressful-circumstances', 'E09000008');
    const expected = CATALOGUE.filter((entry) => entry.domain === 'stressful-circumstances').map((entry) => entry.slug);
    expect(rows(element).map((row) => row.dataset.indicator)).to.deep.equal(expected);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Stressful circumstances');
    expect(shadowText(element)).to.contain('press on parents from outside');
  });

  it('offers keyboard users a link, shown when focused, that skips past the rows to the sources', async () => {
    const element = await show('stressful-circumstances', 'E09000008');
    const skip = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="skip"]')!;
    expect(skip.textContent).to.equal('Skip the 4 rows of Stressful circumstances');
    expect(skip.getBoundingClientRect().width).to.be.lessThan(2, 'out of sight until focused');
    // Tab from the "Show as table" button reaches the skip link next, before any row's control.
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(skip);
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(100, 'shown when focused');
    await sendKeys({ press: 'Enter' });
    const target = element.shadowRoot!.activeElement as HTMLElement;
    expect(target.id).to.equal('source');
    expect(target.textContent).to.contain('Sources:');
  });

  it('shows the snapshot figures and the statistics core’s verdicts for four real areas', async () => {
    for (const area of ['E06000009', 'E09000008', 'E08000037', 'E06000041']) {
      const element = await show('children-outcomes', area);
      for (const row of rows(element)) {
        const slug = row.dataset.indicator!;
        expect(row.dataset.verdict, `${slug} ${area}`).to.equal((await coreComparison(slug, area)).verdict);
      }
    }
    const gateshead = await show('children-outcomes', 'E08000037');
    const readiness = rows(gateshead).find((row) => row.dataset.indicator === 'school-readiness')!;
    // 66.4% against England's 68.3%, with no count: judged by Gateshead's place among councils.
    expect(cells(readiness).slice(0, 2)).to.deep.equal(['66.4%', '68.3%']);
    expect(cells(readiness)[2]).to.match(/^(Among|In the middle)/);
    expect(cells(readiness)[2]).to.contain('not a significance test');
    expect(cells(readiness).join(' ')).to.not.contain('not tested');
  });

  it('puts more pressure (or worse) on the left of every row’s chart, under one header', async () => {
    const element = await show('stressful-circumstances', 'E06000009');
    const endsOf = (domain: OatDomain) => [...domain.shadowRoot!.querySelectorAll('.head .ends span')].map((end) => end.textContent!.trim());
    expect(endsOf(element)).to.deep.equal(['← more pressure', 'less pressure →']);
    // Blackpool's child poverty (30.5% against 19.8%) is more pressure, drawn left of England's line like every other row.
    for (const row of rows(element)) {
      const marker = row.querySelector('.marker')?.closest('svg[x]');
      const england = row.querySelector('line.england');
      if (!marker || !england || row.dataset.verdict !== 'worse') continue;
      expect(parseFloat(marker.getAttribute('x')!), row.dataset.indicator).to.be.below(parseFloat(england.getAttribute('x1')!));
    }
    const outcomes = await show('children-outcomes', 'E06000009');
    expect(endsOf(outcomes)).to.deep.equal(['← worse', 'better →']);
    const attainment = rows(outcomes).find((row) => row.dataset.indicator === 'gcse-attainment')!;
    const x = parseFloat(attainment.querySelector('.marker')!.closest('svg[x]')!.getAttribute('x')!);
    expect(x).to.be.below(parseFloat(attainment.querySelector('line.england')!.getAttribute('x1')!));
  });

  it('summarises the opportunity reading, honest both ways', async () => {
    const croydon = await show('stressful-circumstances', 'E09000008');
    // Croydon: overcrowding 10.4% against 4.4% (tested) and child poverty (by position); two have no data.
    expect(croydon.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/^Croydon: More pressure than England on \d of 4 measures/);
    const wokingham = await show('family-relationships', 'E06000041');
    expect(wokingham.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
      'Wokingham: More pressure than England on 0 of 4 measures; less pressure on 3; no data on 1.',
    );
    const blackpool = await show('children-outcomes', 'E06000009');
    expect(blackpool.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
      'Blackpool: Children fare worse than England on 6 of 10 measures (4 judged by position among councils); better on 1; no data on 3.',
    );
  });

  it('names the source of each figure in its row', async () => {
    const element = await show('family-relationships', 'E06000009');
    const breakdown = rows(element).find((row) => row.dataset.indicator === 'relationship-breakdown')!;
    expect(breakdown.querySelector('.provenance')!.textContent).to.contain('Office for National Statistics').and.to.contain('Open Government Licence v3.0');
    expect(element.shadowRoot!.querySelector('#source')!.textContent).to.match(
      /^Sources: .*Office for National Statistics.*\(Open Government Licence v3\.0\)\. Figures: Embedded snapshot/,
    );
  });

  it('gives every chart a text equivalent and can show the figures as a table instead', async () => {
    const element = await show('individual-vulnerabilities', 'E06000009');
    const chart = element.shadowRoot!.querySelector('[data-indicator="children-in-need"] svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.match(
      /^Blackpool: 606\.1 per 10,000 \(95% confidence interval .* to .*\)\. England: 330\.3 per 10,000\. Across 153 councils the lowest is/,
    );
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(element.shadowRoot!.querySelector('svg[role="img"]')).to.equal(null);
    const headers = [...element.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
    expect(headers).to.include.members(['95% confidence interval', 'Compared with England', 'How judged', 'Lowest council', 'Highest council', 'Source']);
    const cin = rows(element).find((row) => row.dataset.indicator === 'children-in-need')!;
    expect(cells(cin)).to.include.members(['More pressure than England', 'A significant difference (tested: 95% interval, Byar)']);
    await expect(element).to.be.accessible();
  });

  for (const width of [320, 1200]) {
    it(`is accessible at ${width}px with data`, async () => {
      const element = await show('family-relationships', 'E08000037', width);
      await expect(element).to.be.accessible();
    });
  }

  it('is accessible while loading and says what it is loading', async () => {
    const source = new ScriptedSource();
    source.hold();
    const element = fixtureSync<OatDomain>(html`<oat-domain domain="children-outcomes" area="E09000008" .dataSource=${source}></oat-domain>`);
    await aTimeout(0);
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(element).to.be.accessible();
    source.release();
    await settled(element);
    expect(rows(element)).to.have.length(10);
  });

  it('explains an unknown domain and suggests the closest, without an uncaught error', async () => {
    const watch = watchErrors();
    const element = await show('children-outcome', 'E09000008');
    watch.stop();
    expect(element.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Did you mean “children-outcomes”?');
    expect(watch.errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><oat-domain domain="children-outcomes" area="E09000008" heading-level="4"></oat-domain></div>`);
    const element = wrapper.querySelector('oat-domain')!;
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('is a real table in both views, so it pastes into Word and spreadsheets as one', async () => {
    const element = await show('family-relationships', 'E06000009');
    for (const asTable of [false, true]) {
      const table = element.shadowRoot!.querySelector('table[part="table"]')!;
      expect(table, `a <table> (table view: ${asTable})`).to.exist;
      const headers = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
      expect(headers[0]).to.equal('Indicator');
      expect(headers).to.include('Compared with England');
      const bodyRows = [...table.querySelectorAll('tbody > tr')];
      expect(bodyRows).to.have.length(4);
      expect(bodyRows.every((tr) => tr.querySelector(':scope > th[scope="row"]'))).to.equal(true);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await element.updateComplete;
    }
    // A row without a figure gives its reason the chart's room, so it stays short.
    const missing = rows(element).find((row) => row.dataset.verdict === 'no-data')!;
    expect(missing.querySelector('[colspan="2"]')!.textContent).to.contain('No data');
  });

  it('takes a team note on each row when given the area’s notes, shown as plain text under the row', async () => {
    const items = new Map<string, string>();
    const storage: NoteStorage = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
    const notes = openNotes(storage, { code: 'E06000009', name: 'Blackpool' }, ['children-in-need']);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1200px"><oat-domain domain="individual-vulnerabilities" area="E06000009" .notesStore=${notes}></oat-domain></div>`,
    );
    const element = wrapper.querySelector('oat-domain')!;
    await settled(element);
    const row = () => rows(element).find((r) => r.dataset.indicator === 'children-in-need')!;
    const summary = row().querySelector<HTMLElement>('details.row-notes summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add a team note: Children in need');
    summary.click();
    // The details element reports its toggle in a task of its own.
    await aTimeout(10);
    await element.updateComplete;
    const box = row().querySelector<HTMLTextAreaElement>('textarea')!;
    expect(box.labels![0]!.textContent!.trim()).to.equal('Team note on Children in need');
    box.value = 'Re-referrals <b>up</b> since 2023';
    box.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(row().querySelector('[part="row-note"]')!.textContent).to.equal('Re-referrals <b>up</b> since 2023');
    expect(row().querySelector('b')).to.equal(null);
    expect(notes.get('indicator:children-in-need')).to.equal('Re-referrals <b>up</b> since 2023');
    expect([...items.values()][0]).to.contain('Re-referrals');
    await expect(element).to.be.accessible();
  });

  it('takes no notes on its own', async () => {
    const element = await show('individual-vulnerabilities', 'E06000009');
    expect(element.shadowRoot!.querySelector('details.row-notes')).to.equal(null);
  });

  it('saves its chart as a PNG for slides, drawn without loading any image', async () => {
    const element = await show('children-outcomes', 'E06000009');
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!;
    expect(button.textContent!.trim()).to.equal('Download chart (PNG)');
    const loaded: string[] = [];
    const observer = new PerformanceObserver((list) =>
      loaded.push(
        ...list
          .getEntries()
          .map((entry) => entry.name)
          .filter((name) => /^(blob|data):/.test(name)),
      ),
    );
    observer.observe({ type: 'resource', buffered: false });
    const file = await savedFile(() => button.click());
    observer.disconnect();
    expect(file.name).to.equal('oat-chart-children-outcomes-blackpool.png');
    expect([...file.bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).to.equal('PNG');
    const bitmap = await createImageBitmap(new Blob([file.bytes], { type: 'image/png' }));
    expect(bitmap.width).to.equal(1920);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    // The verdict colour of the worse rows (orange) is drawn: the spine markers came across.
    let orange = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 150 && pixels[i + 1]! < 110 && pixels[i + 2]! < 60) orange++;
    expect(orange).to.be.above(200);
    expect(loaded).to.deep.equal([]);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="download"]'), 'the table view has no chart to save').to.equal(null);
  });
});
