// Long because it covers the council source end to end: loading, mixing with the snapshot, provenance,
// sub-areas and every way a file can fail, each as a reader would see it.
import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../catalogue/catalogue.js';
import type { DataSource, Observation, ObservationQuery } from '../../model.js';
import { loadIndicatorView } from '../../view-models/indicator-view.js';
import { SourceError } from '../errors.js';
import { SnapshotSource } from '../snapshot.js';
import { originPolicy } from '../origins.js';
import { clearCouncilFileCache, CouncilSource, fileNameOf, MAX_LISTED_PROBLEMS } from './council-source.js';

const CROYDON = 'E09000008';
const ENGLAND = 'E92000001';
const WARD_A = 'E05011462';
const WARD_B = 'E05011463';

/** A council's CSV: this year's children-in-need figure for Croydon, two wards, and two rows with mistakes. */
const OUR_CSV = [
  'indicator,area_code,area_name,parent_code,period,value,lower_ci,upper_ci,count,denominator,note',
  `children-in-need,${CROYDON},Croydon,,2025/26,777.7,,,,,Provisional: March 2026 return`,
  `children-in-need,${WARD_A},Addiscombe East,${CROYDON},2025/26,912.4,,,456,4998,`,
  `children-in-need,${WARD_B},Addiscombe West,${CROYDON},2025/26,301.5,,,151,5008,`,
  `children-in-ned,${CROYDON},Croydon,,2025/26,1,,,,,`,
  `children-in-need,E05011464,Bensham Manor,,2025/26,400,,,,,`,
].join('\r\n');

/** A council's JSON: a local indicator, with figures for England, Croydon and one ward. */
const OUR_JSON = JSON.stringify({
  indicators: [
    {
      slug: 'early-help-families',
      title: 'Families supported by early help',
      domain: 'stressful-circumstances',
      unit: { kind: 'rate', per: 1000, of: 'families with children' },
      polarity: 'no-judgement',
      description: 'Families with children who had an early help assessment in the year, per 1,000 families.',
      source: { publisher: 'Croydon Council', dataset: 'Early help dashboard' },
    },
  ],
  rows: [
    { indicator: 'early-help-families', area_code: ENGLAND, period: '2025/26', value: 30.1, lower_ci: 30, upper_ci: 30.2 },
    { indicator: 'early-help-families', area_code: CROYDON, period: '2025/26', value: 41.2, lower_ci: 39.9, upper_ci: 42.5 },
    { indicator: 'early-help-families', area_code: WARD_A, period: '2025/26', value: 55.0, lower_ci: 50.1, upper_ci: 60.3 },
    { indicator: 'early-help-families', area_code: 'E05099999', period: '2025/26', value: 12 },
  ],
});

interface Served {
  status?: number;
  body?: string;
  /** Throw instead of answering, as fetch does when the network fails. */
  fail?: boolean;
  /** Never answer until aborted. */
  hang?: boolean;
}

/** A fetch that serves strings from memory and counts what it is asked. */
function fakeFetch(files: Record<string, Served>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    asked.push(url);
    const served = files[url];
    if (!served || served.fail) throw new TypeError('Failed to fetch');
    if (served.hang) {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    }
    return new Response(served.body ?? '', { status: served.status ?? 200, statusText: served.status === 404 ? 'Not Found' : 'OK' });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

/** A base source that records the queries it is asked. */
class WatchedSource implements DataSource {
  readonly queries: ObservationQuery[] = [];
  constructor(private readonly inner: DataSource) {}
  areas = (signal?: AbortSignal) => this.inner.areas(signal);
  indicators = (signal?: AbortSignal) => this.inner.indicators(signal);
  info = (signal?: AbortSignal) => this.inner.info(signal);
  observations(query: ObservationQuery, signal?: AbortSignal) {
    this.queries.push(query);
    return this.inner.observations(query, signal);
  }
}

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected the promise to reject');
}

const byArea = (observations: Observation[], code: string) => observations.find((o) => o.area === code);
const today = () => new Date().toISOString().slice(0, 10);

describe('CouncilSource', () => {
  const snapshot = new SnapshotSource();
  beforeEach(() => clearCouncilFileCache());

  it('names the file from its address', () => {
    expect(fileNameOf('/data/our-figures.csv')).to.equal('our-figures.csv');
    expect(fileNameOf('https://example.org/a/b/Our%20figures.json?v=2#x')).to.equal('Our figures.json');
    expect(fileNameOf('figures.csv')).to.equal('figures.csv');
  });

  it('lays a CSV file’s figures over the snapshot’s: the file wins, and its wards are added', async () => {
    const { fetch } = fakeFetch({ '/data/our-figures.csv': { body: OUR_CSV } });
    const source = new CouncilSource({ url: '/data/our-figures.csv', base: snapshot, fetch });
    const [mine, theirs] = await Promise.all([
      source.observations({ indicators: ['children-in-need'] }),
      snapshot.observations({ indicators: ['children-in-need'] }),
    ]);
    expect(byArea(mine, CROYDON)).to.deep.equal({
      indicator: 'children-in-need',
      area: CROYDON,
      period: { label: '2025/26', sortKey: '2026-03' },
      value: 777.7,
      note: 'Provisional: March 2026 return',
      provenance: {
        publisher: 'The council',
        dataset: 'local figures (our-figures.csv)',
        url: '/data/our-figures.csv',
        licence: null,
        asOf: today(),
        kind: 'council',
        via: 'our-figures.csv',
      },
    });
    expect(byArea(mine, ENGLAND)?.provenance?.kind).to.equal('published');
    expect(byArea(theirs, CROYDON)?.value).not.to.equal(777.7);
    expect(byArea(mine, ENGLAND)).to.deep.equal(byArea(theirs, ENGLAND));
    expect(byArea(mine, 'E09000009')).to.deep.equal(byArea(theirs, 'E09000009'));
    expect(byArea(mine, WARD_A)).to.deep.include({ value: 912.4, count: 456, denominator: 4998 });
    expect(byArea(mine, WARD_B)?.value).to.equal(301.5);
    expect(mine).to.have.length(theirs.length + 2);

    const some = await source.observations({ indicators: ['children-in-need', 'looked-after-children'], areas: [WARD_A, CROYDON] });
    expect(some.map((o) => `${o.indicator} ${o.area}`).sort()).to.deep.equal([
      `children-in-need ${WARD_A}`,
      `children-in-need ${CROYDON}`,
      `looked-after-children ${CROYDON}`,
    ]);

    const areas = await source.areas();
    const baseAreas = await snapshot.areas();
    expect(areas).to.have.length(baseAreas.length + 2);
    expect(areas.slice(-2)).to.deep.equal([
      { code: WARD_A, name: 'Addiscombe East', kind: 'sub-area', parentCode: CROYDON },
      { code: WARD_B, name: 'Addiscombe West', kind: 'sub-area', parentCode: CROYDON },
    ]);
    expect((await source.indicators()).map((d) => d.slug)).to.deep.equal(CATALOGUE.map((d) => d.slug));
  });

  it('reports rejected rows in its information, naming the file, the line and the reason', async () => {
    const { fetch } = fakeFetch({ '/data/our-figures.csv': { body: OUR_CSV } });
    const source = new CouncilSource({ url: '/data/our-figures.csv', base: snapshot, fetch });
    const [info, base] = await Promise.all([source.info(), snapshot.info()]);
    expect(info.name).to.equal('Your data (our-figures.csv)');
    expect(info.dataDate).to.equal(today());
    expect(info.attribution.slice(0, -1)).to.deep.equal(base.attribution);
    expect(info.attribution.at(-1)).to.match(/^Local figures from our-figures\.csv, supplied by the council, loaded on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(info.warnings).to.deep.equal([
      'our-figures.csv, line 5: There is no indicator called “children-in-ned”. Did you mean “children-in-need”?',
      'our-figures.csv, line 6: E05011464 (Bensham Manor) is not England, a region or an upper-tier council, so the tool shows it as part of a council (a ward, say) and needs its parent_code: the code of the council it belongs to, such as E09000008.',
    ]);
    expect((await source.problems()).map((p) => p.line)).to.deep.equal([5, 6]);
  });

  it('compares a ward with England and with its council', async () => {
    const { fetch } = fakeFetch({ '/data/our-figures.csv': { body: OUR_CSV } });
    const source = new CouncilSource({ url: '/data/our-figures.csv', base: snapshot, fetch });
    const { view, info } = await loadIndicatorView(source, 'children-in-need', WARD_A);
    expect(view.area).to.deep.equal({ code: WARD_A, name: 'Addiscombe East', kind: 'sub-area', parentCode: CROYDON });
    expect(view.local?.value).to.equal(912.4);
    expect(view.england?.value).to.equal(byArea(await snapshot.observations({ indicators: ['children-in-need'], areas: [ENGLAND] }), ENGLAND)?.value);
    expect(view.parent?.area.code).to.equal(CROYDON);
    expect(view.parent?.observation?.value).to.equal(777.7);
    // The ward's count and denominator give a Byar interval. Its figure is for 2025/26 and England's latest
    // is for 2024/25, so the two are not compared; the ward is compared with its council for the same period,
    // and more children in need means more families under pressure.
    expect(view.comparison.interval?.method).to.equal('byar');
    expect(view.comparison.verdict).to.equal('not-compared');
    expect(view.comparison.reason).to.equal('England’s figure is for 2024/25; there is no England figure for 2025/26 to compare with.');
    expect(view.parent?.comparison.verdict).to.equal('worse');
    expect(info.name).to.equal('Your data (our-figures.csv)');
  });

  it('adds a JSON file’s custom indicator, laid over another council source', async () => {
    const { fetch, asked } = fakeFetch({ '/data/our-figures.csv': { body: OUR_CSV }, '/data/local.json': { body: OUR_JSON } });
    const wards = new CouncilSource({ url: '/data/our-figures.csv', base: snapshot, fetch });
    const watched = new WatchedSource(wards);
    const source = new CouncilSource({ url: '/data/local.json', base: watched, fetch });

    const indicators = await source.indicators();
    expect(indicators.map((d) => d.slug)).to.deep.equal([...CATALOGUE.map((d) => d.slug), 'early-help-families']);
    expect(indicators.at(-1)).to.deep.include({ title: 'Families supported by early help', oatMeasure: 'Not part of the original tool: a local indicator' });

    const observations = await source.observations({ indicators: ['early-help-families', 'children-in-need'] });
    expect(watched.queries).to.deep.equal([{ indicators: ['children-in-need'] }]);
    expect(
      byArea(
        observations.filter((o) => o.indicator === 'early-help-families'),
        CROYDON,
      )?.value,
    ).to.equal(41.2);
    expect(
      byArea(
        observations.filter((o) => o.indicator === 'children-in-need'),
        WARD_B,
      )?.value,
    ).to.equal(301.5);

    const { view, info } = await loadIndicatorView(source, 'early-help-families', WARD_A);
    expect(view.area.kind).to.equal('sub-area');
    expect(view.local?.value).to.equal(55);
    expect(view.comparison.verdict).to.equal('higher');
    expect(view.parent?.area.name).to.equal('Croydon');
    expect(view.parent?.comparison.verdict).to.equal('higher');
    expect(info.name).to.equal('Your data (local.json)');
    expect(info.warnings).to.deep.equal([
      'our-figures.csv, line 5: There is no indicator called “children-in-ned”. Did you mean “children-in-need”?',
      'our-figures.csv, line 6: E05011464 (Bensham Manor) is not England, a region or an upper-tier council, so the tool shows it as part of a council (a ward, say) and needs its parent_code: the code of the council it belongs to, such as E09000008.',
      'local.json: the figures for “Families supported by early help” for England (2025/26) come from this file, not from a publisher, as none is published for that period; they are marked as the council’s own.',
      'local.json, row 4: E05099999 is not England, a region or an upper-tier council, so the tool shows it as part of a council (a ward, say) and needs its parent_code: the code of the council it belongs to, such as E09000008.',
    ]);
    expect(asked.filter((url) => url === '/data/our-figures.csv')).to.have.length(1);
  });

  it('fetches a file once for every source that asks; a failed fetch is tried again by the next source', async () => {
    const files: Record<string, Served> = { '/data/once.csv': { fail: true } };
    const { fetch, asked } = fakeFetch(files);
    const first = new CouncilSource({ url: '/data/once.csv', base: snapshot, fetch });
    expect(await first.areas()).to.deep.equal(await snapshot.areas());
    expect((await first.failure())?.kind).to.equal('network');
    files['/data/once.csv'] = { body: OUR_CSV };
    const second = new CouncilSource({ url: '/data/once.csv', base: snapshot, fetch });
    await Promise.all([first.areas(), second.areas(), second.observations({ indicators: ['children-in-need'] }), second.info()]);
    expect(asked).to.deep.equal(['/data/once.csv', '/data/once.csv']);
    expect(await second.failure()).to.equal(undefined);
  });

  it('falls back to the snapshot, with a notice naming the file and the cause, for every way a file can fail', async () => {
    const { fetch } = fakeFetch({
      '/missing.csv': { status: 404 },
      '/page.csv': { body: '<!DOCTYPE html><html><body>Please sign in</body></html>' },
      '/page.json': { body: '<html>Please sign in</html>' },
      '/broken.json': { body: '{"rows": [' },
      '/columns.csv': { body: 'indicator,area_code\nchildren-in-need,E09000008' },
      '/slow.csv': { hang: true },
      '/odd.json': { body: '"just a string"' },
      '/empty.csv': { body: '' },
      '/header-only.csv': { body: OUR_CSV.split('\r\n')[0] },
      '/no-rows.json': { body: '[]' },
      '/empty-rows.json': { body: '{"rows": []}' },
      '/all-bad.csv': { body: [OUR_CSV.split('\r\n')[0], 'nonsense,E09000008,,,2025/26,1,,,,,'].join('\n') },
    });
    const [published, snapshotInfo] = await Promise.all([snapshot.observations({ indicators: ['children-in-need'] }), snapshot.info()]);
    const expectations: [string, string, RegExp][] = [
      ['/missing.csv', 'http', /^missing\.csv could not be loaded: the server answered 404 Not Found\.$/],
      ['/nowhere.csv', 'network', /^nowhere\.csv could not be reached/],
      ['/page.csv', 'format', /returned a web page instead of data/],
      ['/page.json', 'format', /returned a web page instead of data/],
      ['/broken.json', 'format', /^broken\.json is damaged or incomplete: it is not valid JSON/],
      ['/columns.csv', 'format', /^columns\.csv has no “period” and “value” columns/],
      ['/odd.json', 'format', /^odd\.json is not in the expected form/],
      ['/empty.csv', 'format', /^empty\.csv is empty\.$/],
      ['/header-only.csv', 'format', /^header-only\.csv holds no figures: it has a header line but no rows\.$/],
      ['/no-rows.json', 'format', /^no-rows\.json holds no figures: its list of rows is empty\.$/],
      ['/empty-rows.json', 'format', /^empty-rows\.json holds no figures: its list of rows is empty\.$/],
      ['/all-bad.csv', 'format', /^None of the figures in all-bad\.csv could be used/],
      ['/slow.csv', 'timeout', /^slow\.csv took longer than 1 second to arrive/],
    ];
    for (const [url, kind, message] of expectations) {
      const source = new CouncilSource({ url, base: snapshot, fetch, timeoutMs: 30 });
      expect(await source.observations({ indicators: ['children-in-need'] }), url).to.deep.equal(published);
      const [error, info] = await Promise.all([source.failure(), source.info()]);
      expect(error?.kind, url).to.equal(kind);
      expect(error?.message, url).to.match(message);
      expect(error?.url, url).to.equal(url);
      // Never "Your data" over the snapshot's figures: the snapshot's own name, and a notice naming the file and the cause.
      expect(info.name, url).to.equal(snapshotInfo.name);
      expect(info.attribution, url).to.deep.equal(snapshotInfo.attribution);
      expect(info.notice, url).to.equal(`${error!.message} The figures shown are the embedded snapshot’s, of 1 December 2026.`);
    }
    const allBad = new CouncilSource({ url: '/all-bad.csv', base: snapshot, fetch });
    expect((await allBad.info()).warnings).to.deep.equal([
      'all-bad.csv, line 2: There is no indicator called “nonsense”. Use the name of one of the tool’s indicators, such as “children-in-need”, or declare a custom indicator in a JSON file.',
    ]);
  });

  it('fails only when the figures it falls back to cannot be loaded either, naming the file’s cause first', async () => {
    const { fetch } = fakeFetch({ '/missing.csv': { status: 404 } });
    const broken = new SnapshotSource({ url: '/no-snapshot-here.json', fetch });
    const error = await rejection(new CouncilSource({ url: '/missing.csv', base: broken, fetch }).observations({ indicators: ['children-in-need'] }));
    expect(error.kind).to.equal('http');
    expect(error.message).to.match(
      /^missing\.csv could not be loaded: the server answered 404 Not Found\. The figures it was to be shown with could not be loaded either\./,
    );
  });

  it('labels every figure of a file as the council’s, with the licence the file declares or none, and keeps published figures’ own provenance', async () => {
    const json = JSON.stringify({
      source: { publisher: 'Croydon Council', dataset: 'Children’s services monthly return', licence: 'OGL-3.0' },
      indicators: [
        {
          slug: 'closed-figures',
          title: 'Figures under another licence',
          domain: 'stressful-circumstances',
          unit: 'percent',
          polarity: 'no-judgement',
          source: { publisher: 'A data company', dataset: 'Family survey', licence: 'All rights reserved' },
        },
      ],
      rows: [
        { indicator: 'closed-figures', area_code: CROYDON, period: '2025/26', value: 12.5 },
        { indicator: 'children-in-need', area_code: CROYDON, period: '2025/26', value: 510 },
      ],
    });
    const { fetch } = fakeFetch({ '/data/mixed.json': { body: json }, '/data/plain.csv': { body: OUR_CSV } });
    const source = new CouncilSource({ url: '/data/mixed.json', base: snapshot, fetch });
    const [definitions, observations] = await Promise.all([
      source.indicators(),
      source.observations({ indicators: ['closed-figures', 'children-in-need'], areas: [CROYDON, ENGLAND] }),
    ]);
    const find = (slug: string, area: string) => observations.find((o) => o.indicator === slug && o.area === area);
    expect(definitions.at(-1)?.sources).to.deep.equal([
      {
        publisher: 'A data company',
        dataset: 'Family survey',
        url: '/data/mixed.json',
        licence: 'All rights reserved',
        attribution: 'Source: A data company, Family survey. Licence: All rights reserved.',
      },
    ]);
    expect(find('closed-figures', CROYDON)?.provenance).to.deep.equal({
      publisher: 'A data company',
      dataset: 'Family survey',
      url: '/data/mixed.json',
      licence: 'All rights reserved',
      asOf: today(),
      kind: 'council',
      via: 'mixed.json',
    });
    expect(find('children-in-need', CROYDON)?.provenance).to.deep.equal({
      publisher: 'Croydon Council',
      dataset: 'Children’s services monthly return',
      url: '/data/mixed.json',
      licence: 'Open Government Licence v3.0',
      asOf: today(),
      kind: 'council',
      via: 'mixed.json',
    });
    expect(find('children-in-need', ENGLAND)?.provenance).to.deep.include({
      publisher: 'Department for Education',
      kind: 'published',
      via: 'Embedded snapshot',
    });

    const plain = new CouncilSource({ url: '/data/plain.csv', base: snapshot, fetch });
    const [mine] = await plain.observations({ indicators: ['children-in-need'], areas: [CROYDON] });
    expect(mine?.provenance).to.deep.include({ publisher: 'The council', licence: null, kind: 'council', via: 'plain.csv' });
  });

  it('never replaces England’s published figure, uses a file’s only for a period with none published, and says where each came from', async () => {
    const csv = [
      'indicator,area_code,period,value',
      `children-in-need,${ENGLAND},2024/25,1000`,
      `looked-after-children,${ENGLAND},2025/26,70`,
      `looked-after-children,${CROYDON},2025/26,61`,
      `children-in-need,${CROYDON},2010/11,100`,
      'children-in-need,E06000009,2024/25,1e-320',
    ].join('\n');
    const { fetch } = fakeFetch({ '/data/england.csv': { body: csv } });
    const source = new CouncilSource({ url: '/data/england.csv', base: snapshot, fetch });
    const observations = await source.observations({ indicators: ['children-in-need', 'looked-after-children'], areas: [ENGLAND, CROYDON, 'E06000009'] });
    const find = (slug: string, area: string) => observations.find((o) => o.indicator === slug && o.area === area)!;
    // England's published 2024/25 figure stays; Croydon's published 2024/25 figure is not hidden by the file's 2010/11 one.
    expect([find('children-in-need', ENGLAND).value, find('children-in-need', ENGLAND).provenance?.kind]).to.deep.equal([330.3, 'published']);
    expect([find('children-in-need', CROYDON).value, find('children-in-need', CROYDON).period.label]).to.deep.equal([493.6, '2024/25']);
    // For 2025/26 nothing is published: the file's England figure is used, marked as the council's.
    expect(find('looked-after-children', ENGLAND)).to.deep.include({ value: 70, period: { label: '2025/26', sortKey: '2026-03' } });
    expect(find('looked-after-children', ENGLAND).provenance).to.deep.include({ kind: 'council', via: 'england.csv' });
    expect(find('looked-after-children', CROYDON)).to.deep.include({ value: 61 });
    expect(find('children-in-need', 'E06000009').provenance?.kind).to.equal('council');
    expect((await source.info()).warnings).to.deep.equal([
      'england.csv: its figures for “Children in need” for England (2024/25) were not used: a file cannot replace the published figure for England or a region, so the published figure for the same period is shown.',
      'england.csv: the figures for “Looked after children” for England (2025/26) come from this file, not from a publisher, as none is published for that period; they are marked as the council’s own.',
      'england.csv: its figures for “Children in need” are for earlier periods than the published ones, so the published figures are shown for Croydon (2010/11; published: 2024/25).',
    ]);
  });

  it('reads a file only from the page’s own website unless another is allowed, and never a data: or javascript: address', async () => {
    const { fetch, asked } = fakeFetch({ 'https://data.example.gov.uk/ours.csv': { body: OUR_CSV } });
    for (const url of [
      'https://data.example.gov.uk/ours.csv',
      '//data.example.gov.uk/ours.csv',
      'data:text/csv,indicator%2Carea_code%2Cperiod%2Cvalue',
      'javascript:alert(1)//.csv',
    ]) {
      const source = new CouncilSource({ url, base: snapshot, fetch });
      const [error, info] = await Promise.all([source.failure(), source.info()]);
      expect(error?.kind, url).to.equal('origin');
      expect(info.name, url).to.equal('Embedded snapshot');
      expect(info.notice, url).to.match(/was not loaded: /);
    }
    expect(asked).to.deep.equal([]);
    const allowed = new CouncilSource({
      url: 'https://data.example.gov.uk/ours.csv',
      base: snapshot,
      fetch,
      origins: originPolicy(['https://data.example.gov.uk']),
    });
    expect(await allowed.failure()).to.equal(undefined);
    expect((await allowed.info()).name).to.equal('Your data (ours.csv)');
  });

  it('refuses a file that a redirect brought from another website', async () => {
    const fetch = (async () => {
      const response = new Response(OUR_CSV);
      Object.defineProperty(response, 'url', { value: 'https://evil.example/ours.csv' });
      return response;
    }) as typeof globalThis.fetch;
    const source = new CouncilSource({ url: '/data/ours.csv', base: snapshot, fetch });
    expect((await source.failure())?.message).to.match(
      /^ours\.csv was not loaded: its address .* sent the browser on to another website \(https:\/\/evil\.example\)/,
    );
    expect((await source.observations({ indicators: ['children-in-need'], areas: [CROYDON] }))[0]?.value).to.equal(493.6);
  });

  it('keeps the whole of a text cut short, for whoever needs it', async () => {
    const note = `Provisional. ${'More detail. '.repeat(20_000)}`;
    const { fetch } = fakeFetch({
      '/data/long.json': { body: JSON.stringify([{ indicator: 'children-in-need', area_code: CROYDON, period: '2025/26', value: 500, note }]) },
    });
    const source = new CouncilSource({ url: '/data/long.json', base: snapshot, fetch });
    const [mine] = await source.observations({ indicators: ['children-in-need'], areas: [CROYDON] });
    expect(mine?.note).to.have.length(2000);
    expect(mine?.note?.endsWith('…')).to.equal(true);
    expect(await source.fullText(mine!.note!)).to.equal(note.trim());
    expect(await source.fullText('anything else')).to.equal(undefined);
  });

  it('lets one caller stop waiting without cancelling the load for others', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetch = (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof globalThis.fetch;
    const source = new CouncilSource({ url: '/data/wait.csv', base: snapshot, fetch });
    const controller = new AbortController();
    const abandoned = source.areas(controller.signal);
    const kept = source.areas();
    controller.abort();
    expect((await rejection(abandoned)).kind).to.equal('aborted');
    answer(new Response(OUR_CSV));
    expect((await kept).some((area) => area.code === WARD_A)).to.equal(true);
  });

  it('lists at most a hundred problems and counts the rest', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `nonsense,${CROYDON},,,2025/26,${i},,,,,`);
    const { fetch } = fakeFetch({ '/many.csv': { body: [OUR_CSV.split('\r\n')[0], ...rows].join('\n') } });
    const source = new CouncilSource({ url: '/many.csv', base: snapshot, fetch });
    const info = await source.info();
    expect(info.warnings).to.have.length(MAX_LISTED_PROBLEMS + 1);
    expect(info.warnings?.[0]).to.match(/^many\.csv, line 2: There is no indicator called “nonsense”/);
    expect(info.warnings?.at(-1)).to.equal('many.csv: 50 more problems are not listed here. Correct the ones above and load the file again to see them.');
    expect(await source.problems()).to.have.length(150);
  });
});
