/**
 * The elements with each kind of data source, as a page would use them: live Fingertips (through the
 * mock server the test runner serves at /mock-fingertips/), the fallback to the snapshot when live
 * loading fails, and a council's own CSV and JSON files (test/fixtures/council, real published figures).
 * Long because each source is shown in every element it can feed.
 */
import { aTimeout, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../components/define-all.js';
import type { OatIndicator } from '../../components/oat-indicator/oat-indicator.js';
import type { OatProvider } from '../../components/oat-provider/oat-provider.js';
import type { OatDomain } from '../../components/oat-domain/oat-domain.js';
import type { OatAssessment } from '../../components/oat-assessment/oat-assessment.js';
import { clearFingertipsCache } from '../../src/sources/fingertips/cache.js';
import { clearCouncilFileCache, CouncilSource } from '../../src/sources/council/council-source.js';
import { configure, sourceNamed } from '../../src/sources/registry.js';
import { loadIndicatorView } from '../../src/view-models/indicator-view.js';
import { describeSpread } from '../../src/view-models/describe.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { partText, settled, shadowText, watchErrors } from './helpers.js';
import { eventually, faultApi, MOCK_API, mockRequests, resetMock } from './mock-fingertips.js';

const FIXTURES = '/test/fixtures/council';

async function indicator(attributes: Record<string, string>): Promise<OatIndicator> {
  const element = document.createElement('oat-indicator');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await settled(element);
  return element;
}

describe('data sources in the elements', () => {
  beforeEach(async () => {
    clearFingertipsCache({ persistent: true });
    await resetMock();
  });

  it('shows live Fingertips figures and says where they came from', async () => {
    const element = await indicator({ source: 'fingertips', 'api-base': MOCK_API, indicator: 'looked-after-children', area: 'E09000008' });
    expect(partText(element, 'value')).to.equal('58 per 10,000');
    expect(partText(element, 'source')).to.contain('OHID Fingertips (live)');
    // The figure names its own publisher: Fingertips, not the catalogue's other publications.
    expect(partText(element, 'source')).to.match(
      /^Source: Office for Health Improvement and Disparities, Public health profiles \(Fingertips\) · Open Government Licence v3\.0\./,
    );
    expect(element.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  for (const fault of ['500', 'html', 'truncated', 'empty']) {
    it(`falls back to the snapshot, and says so, when the live API fails (${fault})`, async () => {
      const watch = watchErrors();
      const element = await indicator({ source: 'fingertips', 'api-base': faultApi(fault), indicator: 'looked-after-children', area: 'E09000008' });
      // A failure that takes retries first shows the snapshot as "still loading", then says live data is unavailable.
      await eventually(async () => /^Live data unavailable/.test(partText(element, 'notice')), 10_000, 'the fallback notice');
      watch.stop();
      expect(partText(element, 'notice')).to.match(/^Live data unavailable — showing figures from 1 December 2026\./);
      expect(partText(element, 'value')).to.equal('58 per 10,000');
      expect(watch.errors).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }

  it('shows the snapshot’s figures at once while a slow live answer loads, then swaps in the live ones in place', async () => {
    const element = await indicator({ source: 'fingertips', 'api-base': faultApi('slow-2000'), indicator: 'looked-after-children', area: 'E09000008' });
    // Within about half a second, the snapshot's figure, labelled as such.
    expect(partText(element, 'value')).to.equal('58 per 10,000');
    expect(partText(element, 'notice')).to.match(/still loading/i);
    expect(partText(element, 'source')).to.contain('Embedded snapshot');
    let blank = false;
    const observer = new MutationObserver(() => {
      if (element.shadowRoot!.querySelector('[aria-busy="true"]')) blank = true;
    });
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await eventually(async () => partText(element, 'source').includes('OHID Fingertips (live)'), 5000, 'the live figures');
    observer.disconnect();
    expect(element.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(partText(element, 'value')).to.equal('58 per 10,000');
    expect(blank, 'a blank loading state while the live figures came').to.equal(false);
  });

  it('loads 40 elements under one live provider with exactly one request to Fingertips', async () => {
    const slugs = CATALOGUE.map((entry) => entry.slug);
    const provider = await fixture<OatProvider>(html`<oat-provider source="fingertips" api-base=${MOCK_API} area="E06000009">
      ${Array.from({ length: 40 }, (_, i) => html`<oat-indicator view="compact" indicator=${slugs[i % slugs.length]!}></oat-indicator>`)}
    </oat-provider>`);
    await settled(provider);
    await Promise.all([...provider.querySelectorAll('oat-indicator')].map((element) => settled(element)));
    const requests = await mockRequests();
    expect(requests.paths['/api/latest_data/specific_indicators_for_child_areas']).to.equal(1);
    // Besides, the value notes' words once, for the figures that carry a note.
    expect(requests.total - (requests.paths['/api/value_notes'] ?? 0)).to.equal(1);
  });

  it('keeps one request when the area changes mid-load, and shows the new area’s figures', async () => {
    const watch = watchErrors();
    const provider = fixtureSync<OatProvider>(html`<oat-provider source="fingertips" api-base=${faultApi('slow-800')} area="E09000008">
      <oat-indicator indicator="looked-after-children"></oat-indicator>
      <oat-indicator indicator="under-18-conceptions"></oat-indicator>
    </oat-provider>`);
    await eventually(async () => (await mockRequests()).total === 1, 3000, 'the live request');
    provider.area = 'E06000009';
    const elements = [...provider.querySelectorAll<OatIndicator>('oat-indicator')];
    await Promise.all(elements.map((element) => settled(element)));
    watch.stop();
    expect(partText(elements[0]!, 'value')).to.equal('184 per 10,000');
    const requests = await mockRequests();
    expect(requests.total - (requests.paths['/fault/slow-800/api/value_notes'] ?? 0)).to.equal(1);
    expect(watch.errors).to.deep.equal([]);
  });

  it('cancels the live request when every element waiting for it is removed', async () => {
    const watch = watchErrors();
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <oat-indicator source="fingertips" api-base=${faultApi('slow-1500')} indicator="looked-after-children" area="E09000008"></oat-indicator>
      <oat-indicator source="fingertips" api-base=${faultApi('slow-1500')} indicator="neet-16-17" area="E09000008"></oat-indicator>
    </div>`);
    await eventually(async () => (await mockRequests()).total === 1, 3000, 'the live request');
    wrapper.replaceChildren();
    await eventually(async () => (await mockRequests()).closedEarly === 1, 3000, 'the request to be cancelled');
    await aTimeout(50);
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  it('shows the fallback notice once in an assessment, not in every domain', async () => {
    const assessment = await fixture<OatAssessment>(html`<oat-assessment source="fingertips" api-base=${faultApi('503')} area="E08000037"></oat-assessment>`);
    await settled(assessment);
    expect(assessment.shadowRoot!.querySelectorAll('[part="notice"]')).to.have.length(1);
    for (const domain of assessment.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')) {
      expect(domain.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    }
  });

  it('compares a sub-area from a council’s CSV with England and with its authority', async () => {
    const element = await indicator({ source: `${FIXTURES}/cumberland-districts.csv`, indicator: 'lone-parent-households', area: 'E07000028' });
    expect(partText(element, 'value')).to.equal('6.4%');
    expect(partText(element, 'benchmark')).to.equal('6.9%');
    // Carlisle 3,228 of 50,663 households: Wilson's interval lies below England's 6.90%, so fewer families
    // are bringing up children alone than in England.
    expect(partText(element, 'verdict')).to.equal('Less pressure than England');
    expect(partText(element, 'parent')).to.equal('6.3%');
    // Cumberland (the three districts together) is 6.29%, inside Carlisle's interval.
    expect(partText(element, 'parent-status')).to.equal('Similar to Cumberland');
    expect(shadowText(element)).to.contain('Former district, now part of Cumberland');
    await expect(element).to.be.accessible();
  });

  it('shows a council’s own indicator from its JSON file beside England', async () => {
    const element = await indicator({ source: `${FIXTURES}/children-in-need-starts.json`, indicator: 'children-in-need-starts', area: 'E09000008' });
    expect(partText(element, 'title')).to.equal('Children starting a period of need');
    expect(partText(element, 'value')).to.equal('615.8 per 10,000');
    expect(partText(element, 'benchmark')).to.equal('325.8 per 10,000');
    // The council's file states no direction for its own indicator, so the tested difference is told as it is.
    expect(partText(element, 'verdict')).to.equal('Higher than England');
    expect(partText(element, 'judged')).to.contain('so the difference is significant');
  });

  it('shows a council’s own indicator beside the OAT’s in its domain', async () => {
    const domain = await fixture<OatDomain>(
      html`<oat-domain source=${`${FIXTURES}/children-in-need-starts.json`} domain="individual-vulnerabilities" area="E06000009"></oat-domain>`,
    );
    await settled(domain);
    const rows = [...domain.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')];
    expect(rows.map((row) => row.dataset.indicator)).to.include.members(['children-in-need', 'children-in-need-starts']);
    const mine = rows.find((row) => row.dataset.indicator === 'children-in-need-starts')!;
    const cells = [...mine.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    // England's figure for a council's own indicator comes from the council's file, and says so.
    expect(cells.slice(0, 2)).to.deep.equal(['604.7 per 10,000', '325.8 per 10,000 (the council’s own figure, from children-in-need-starts.json)']);
    await expect(domain).to.be.accessible();
  });

  it('lists the rows of a council’s file it could not use, with their line numbers, and shows the rest', async () => {
    const element = await indicator({ source: `${FIXTURES}/cumberland-with-mistakes.csv`, indicator: 'lone-parent-households', area: 'E07000026' });
    expect(partText(element, 'value')).to.equal('6.2%');
    const warnings = [...element.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((item) => item.textContent!);
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('line 3');
    expect(warnings.join(' ')).to.contain('lone-parent-households');
    await expect(element).to.be.accessible();
  });

  it('shows the snapshot’s figures with a notice naming the file and the cause when a council file cannot be found', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <oat-indicator source="/test/fixtures/council/missing.csv" indicator="children-in-need" area="E09000008"></oat-indicator>
      <oat-indicator indicator="children-in-need" area="E09000008"></oat-indicator>
    </div>`);
    const [broken, fine] = [...wrapper.querySelectorAll('oat-indicator')];
    await settled(broken!);
    await settled(fine!);
    expect(partText(broken!, 'notice')).to.equal(
      'missing.csv could not be loaded: the server answered 404 Not Found. The figures shown are the embedded snapshot’s, of 1 December 2026.',
    );
    expect(partText(broken!, 'value')).to.equal('493.6 per 10,000');
    expect(partText(broken!, 'source')).not.to.contain('Your data');
    expect(partText(fine!, 'value')).to.equal('493.6 per 10,000');
    await expect(broken!).to.be.accessible();
  });
});

/**
 * Issue 11's cases, each with a hostile file of test/fixtures/council/hostile: what the source now
 * returns (values, periods, provenance, notice, warnings), and what an element shows where it
 * already shows it.
 */
describe('council files that try to pass off other figures as official', () => {
  const HOSTILE = `${FIXTURES}/hostile`;
  const CROYDON = 'E09000008';
  const ENGLAND = 'E92000001';
  beforeEach(() => clearCouncilFileCache());

  async function read(file: string, indicators: string[], areas?: string[]) {
    const source = sourceNamed(`${HOSTILE}/${file}`);
    const observations = await source.observations({ indicators, ...(areas ? { areas } : {}) });
    const find = (indicator: string, area: string) => observations.find((o) => o.indicator === indicator && o.area === area);
    return { source, observations, find, info: await source.info() };
  }

  it('2. an older file figure never hides a newer published one, and the warnings say so', async () => {
    const { find, info } = await read('older-than-published.csv', ['children-in-need'], [CROYDON]);
    expect(find('children-in-need', CROYDON)).to.deep.include({ value: 493.6, period: { label: '2024/25', sortKey: '2025-03' } });
    expect(find('children-in-need', CROYDON)?.provenance?.kind).to.equal('published');
    expect(info.warnings).to.deep.equal([
      'older-than-published.csv: its figures for “Children in need” are for earlier periods than the published ones, so the published figures are shown for Croydon (2010/11; published: 2024/25).',
    ]);
    const element = await indicator({ source: `${HOSTILE}/older-than-published.csv`, indicator: 'children-in-need', area: CROYDON });
    expect(partText(element, 'value')).to.equal('493.6 per 10,000');
    expect([...element.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((item) => item.textContent)).to.deep.equal(info.warnings);
  });

  it('3 and 7. a later file figure is shown with its own period and marked as the council’s; England keeps its published period', async () => {
    const { find, observations } = await read('later-than-published.csv', ['children-in-need']);
    expect(find('children-in-need', CROYDON)).to.deep.include({ value: 510.2, period: { label: '2025/26', sortKey: '2026-03' } });
    expect(find('children-in-need', CROYDON)?.provenance).to.deep.include({ kind: 'council', via: 'later-than-published.csv', licence: null });
    expect(find('children-in-need', ENGLAND)).to.deep.include({ value: 330.3, period: { label: '2024/25', sortKey: '2025-03' } });
    // Every other council keeps its published 2024/25 figure: a map names each figure's own period.
    expect(observations.filter((o) => o.period.label === '2025/26').map((o) => o.area)).to.deep.equal([CROYDON]);
  });

  it('4b. a file’s England figure for a period nothing is published for is compared with, but shown as the council’s own', async () => {
    const element = await indicator({ source: `${HOSTILE}/england-later.csv`, indicator: 'children-in-need', area: CROYDON });
    expect(partText(element, 'value')).to.equal('510.2 per 10,000');
    expect(partText(element, 'benchmark')).to.equal('333.0 per 10,000');
    expect(partText(element, 'benchmark-source')).to.equal('the council’s own figure, from england-later.csv');
    expect(partText(element, 'verdict')).to.equal('More pressure than England');
    const domain = await fixture<OatDomain>(
      html`<oat-domain source=${`${HOSTILE}/england-later.csv`} domain="individual-vulnerabilities" area=${CROYDON}></oat-domain>`,
    );
    await settled(domain);
    const row = domain.shadowRoot!.querySelector('[data-indicator="children-in-need"]')!;
    expect(row.querySelectorAll('[role="cell"]')[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '333.0 per 10,000 (the council’s own figure, from england-later.csv)',
    );
  });

  it('4. a file cannot replace England’s or a region’s published figure, and says so', async () => {
    const { find, info } = await read('replaces-england.csv', ['children-in-need', 'looked-after-children'], [ENGLAND, 'E12000007']);
    expect(find('children-in-need', ENGLAND)).to.deep.include({ value: 330.3 });
    expect(find('looked-after-children', ENGLAND)).to.deep.include({ value: 67 });
    expect(
      [find('children-in-need', ENGLAND), find('looked-after-children', ENGLAND), find('children-in-need', 'E12000007')].map((o) => o?.provenance?.kind),
    ).to.deep.equal(['published', 'published', 'published']);
    expect(info.warnings).to.deep.equal([
      'replaces-england.csv: its figures for “Children in need” for England (2024/25) and London (2024/25) were not used: a file cannot replace the published figure for England or a region, so the published figure for the same period is shown.',
      'replaces-england.csv: its figures for “Looked after children” for England (2024/25) were not used: a file cannot replace the published figure for England or a region, so the published figure for the same period is shown.',
    ]);
    const element = await indicator({ source: `${HOSTILE}/replaces-england.csv`, indicator: 'children-in-need', area: CROYDON });
    expect(partText(element, 'benchmark')).to.equal('330.3 per 10,000');
  });

  it('5. a council’s own figures carry the council’s source and the licence the file states, never an assumed one', async () => {
    const { find, source } = await read('right-to-left.json', ['early-help-families', 'children-in-need'], [CROYDON]);
    expect(find('early-help-families', CROYDON)?.provenance).to.deep.equal({
      publisher: 'Croydon Council',
      dataset: 'Early help dashboard',
      url: `${HOSTILE}/right-to-left.json`,
      licence: 'All rights reserved',
      asOf: new Date().toISOString().slice(0, 10),
      kind: 'council',
      via: 'right-to-left.json',
    });
    expect(find('children-in-need', CROYDON)?.provenance?.publisher).to.equal('Department for Education');
    const custom = (await source.indicators()).find((d) => d.slug === 'early-help-families');
    expect(custom?.sources[0]).to.deep.include({
      licence: 'All rights reserved',
      attribution: 'Source: Croydon Council, Early help dashboard. Licence: All rights reserved.',
    });
  });

  for (const file of ['header-only.csv', 'empty-list.json']) {
    it(`6. ${file} shows the snapshot’s figures under the snapshot’s name, with a notice, never as “Your data”`, async () => {
      const { find, info } = await read(file, ['children-in-need'], [CROYDON]);
      expect(find('children-in-need', CROYDON)?.value).to.equal(493.6);
      expect(info.name).to.equal('Embedded snapshot');
      expect(info.notice).to.match(new RegExp(`^${file.replace('.', '\\.')} holds no figures`));
      const element = await indicator({ source: `${HOSTILE}/${file}`, indicator: 'children-in-need', area: CROYDON });
      expect(partText(element, 'notice')).to.equal(info.notice);
      expect(partText(element, 'value')).to.equal('493.6 per 10,000');
      expect(shadowText(element)).not.to.contain('Your data');
    });
  }

  it('8. an unterminated right-to-left override in a file cannot reverse “41.2 per 1,000”', async () => {
    const { source } = await read('right-to-left.json', ['early-help-families']);
    const { view } = await loadIndicatorView(source, 'early-help-families', CROYDON);
    const texts = [
      view.definition.title,
      view.definition.shortTitle,
      view.definition.definition,
      view.area.name,
      view.local?.period.label,
      view.local?.note,
      view.definition.measure,
    ];
    expect(texts.filter((text) => text && /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/.test(text))).to.deep.equal([]);
    const sentence = describeSpread(view);
    expect(sentence).to.match(/^Croydon: 41\.2 per 1,000\./);
    // Laid out as a reader sees it: the digits run left to right.
    const paragraph = await fixture<HTMLParagraphElement>(html`<p></p>`);
    paragraph.textContent = sentence;
    const text = paragraph.firstChild!;
    const start = sentence.indexOf('41.2');
    const x = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const positions = [...'41.2 per 1,000'].map((_, i) => x(start + i));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));

    const element = await indicator({ source: `${HOSTILE}/right-to-left.json`, indicator: 'early-help-families', area: CROYDON });
    expect(partText(element, 'value')).to.equal('41.2 per 1,000');
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(shadowText(element))).to.equal(false);
  });

  it('9. impossible values and periods in the future are rejected like any other bad row', async () => {
    const { find, info } = await read('implausible.csv', ['children-in-need'], [CROYDON, 'E06000009', 'E09000009', ENGLAND]);
    expect([CROYDON, 'E06000009', 'E09000009', ENGLAND].map((code) => find('children-in-need', code)?.provenance?.kind)).to.deep.equal([
      'published',
      'published',
      'published',
      'published',
    ]);
    expect(info.name).to.equal('Embedded snapshot');
    expect(info.notice).to.match(/^None of the figures in implausible\.csv could be used/);
    expect(info.warnings).to.deep.equal([
      'implausible.csv, line 2: The value 1.00e+12 is not possible: a rate per 10,000 lies between 0 and 10,000.',
      'implausible.csv, line 3: The period “2099/00” ends after 2026, so its figures cannot have been published yet.',
      'implausible.csv, line 4: The period “2923/24” ends after 2026, so its figures cannot have been published yet.',
      'implausible.csv, line 5: The value -5.00 is not possible: a rate per 10,000 lies between 0 and 10,000.',
    ]);
  });

  it('reads a file on another website only when the page allows it, then names the real cause of a failure', async () => {
    const elsewhere = new URL(`${FIXTURES}/cumberland-districts.csv`, location.href.replace('//localhost', '//127.0.0.1'));
    const refused = await indicator({ source: elsewhere.href, indicator: 'children-in-need', area: CROYDON });
    expect(partText(refused, 'notice')).to.match(
      new RegExp(`^cumberland-districts\\.csv was not loaded: it is on another website \\(${elsewhere.origin.replace(/\./g, '\\.')}\\)`),
    );
    expect(partText(refused, 'value')).to.equal('493.6 per 10,000');
    // Allowed, the request is made; that server does not let other websites read it, and the notice says exactly that.
    const allowed = await indicator({ source: elsewhere.href, 'allowed-origins': elsewhere.origin, indicator: 'children-in-need', area: CROYDON });
    expect(partText(allowed, 'notice')).to.match(
      /^cumberland-districts\.csv is on another website .* \(CORS\)\. Put the file on this website, or pass it through a proxy on this website\./,
    );
  });

  it('lets a provider allow another website for every element inside it', async () => {
    const elsewhere = new URL(`${FIXTURES}/cumberland-districts.csv`, location.href.replace('//localhost', '//127.0.0.1'));
    const provider = await fixture<OatProvider>(html`<oat-provider source=${elsewhere.href} allowed-origins=${elsewhere.origin} area=${CROYDON}>
      <oat-indicator indicator="children-in-need"></oat-indicator>
    </oat-provider>`);
    const element = provider.querySelector<OatIndicator>('oat-indicator')!;
    await settled(element);
    // Allowed by the provider, the request is made: the notice names the server's refusal, not the page's policy.
    expect(partText(element, 'notice')).to.match(/\(CORS\)/);
    expect(partText(element, 'notice')).to.not.contain('was not loaded: it is on another website');
  });

  it('reads a file on another website the page allowed with configure(), and refuses a list entry that is not a website', async () => {
    const elsewhere = new URL(`${FIXTURES}/cumberland-districts.csv`, location.href.replace('//localhost', '//127.0.0.1'));
    try {
      configure({ allowedOrigins: [elsewhere.origin] });
      const source = sourceNamed(elsewhere.href);
      expect((await source.info()).notice).to.match(/\(CORS\)/);
      expect(() => configure({ allowedOrigins: ['*'] })).to.throw('“*” is not a website to allow data from');
    } finally {
      configure({ allowedOrigins: [] });
    }
    expect((await sourceNamed(elsewhere.href).info()).notice).to.match(/was not loaded: it is on another website/);
    const misconfigured = await indicator({ source: elsewhere.href, 'allowed-origins': 'anywhere', indicator: 'children-in-need', area: CROYDON });
    expect(partText(misconfigured, 'status')).to.contain('“anywhere” is not a website to allow data from');
  });

  it('reads an address that came from a link (an embed page’s query string) only from websites allowed by name', async () => {
    const fromLink = sourceNamed(`${HOSTILE}/header-only.csv`, { fromLink: true });
    expect((await fromLink.info()).notice).to.match(/^header-only\.csv was not loaded: its address came from a link/);
    const allowed = sourceNamed(`${HOSTILE}/header-only.csv`, { fromLink: true, allowedOrigins: location.origin });
    expect((await allowed.info()).notice).to.match(/^header-only\.csv holds no figures/);
  });

  it('never reads a data: or javascript: address given as a source', async () => {
    for (const address of [
      'data:text/csv,indicator%2Carea_code%2Cperiod%2Cvalue%0Achildren-in-need%2CE09000008%2C2024%2F25%2C9999',
      'javascript:alert(1)//.csv',
    ]) {
      const element = await indicator({ source: address, indicator: 'children-in-need', area: CROYDON });
      expect(partText(element, 'notice'), address).to.match(/addresses are never read, because they would let a link carry figures of its own/);
      expect(partText(element, 'value'), address).to.equal('493.6 per 10,000');
    }
  });

  it('cuts a megabyte of text short and keeps the whole', async () => {
    const megabyte = 'A very long note. '.repeat(60_000);
    const body = JSON.stringify([
      { indicator: 'children-in-need', area_code: 'E05011462', area_name: megabyte, parent_code: CROYDON, period: '2025/26', value: 500, note: megabyte },
    ]);
    const source = new CouncilSource({ url: '/data/megabyte.json', base: sourceNamed('snapshot'), fetch: async () => new Response(body) });
    const [ward] = await source.observations({ indicators: ['children-in-need'], areas: ['E05011462'] });
    const area = (await source.areas()).find((a) => a.code === 'E05011462')!;
    expect([area.name.length, ward!.note!.length]).to.deep.equal([300, 2000]);
    expect(await source.fullText(ward!.note!)).to.equal(megabyte.trim());
    expect((await source.info()).warnings).to.have.length(2);
  });
});
