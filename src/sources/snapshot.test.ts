import { expect } from '@open-wc/testing';
import type { Observation } from '../model.js';
import { SourceError } from './errors.js';
import { clearSnapshotCache, snapshotProvenance, SnapshotSource } from './snapshot.js';
import type { SnapshotFile, SnapshotPeriod } from './snapshot-format.js';

const BLACKPOOL = 'E06000009';

async function blackpool(slug: string): Promise<Observation> {
  const [observation] = await new SnapshotSource().observations({ indicators: [slug], areas: [BLACKPOOL] });
  expect(observation, `${slug} for Blackpool`).to.exist;
  return observation!;
}

describe('the embedded snapshot names the source of each figure', () => {
  it('says Blackpool’s relationship-breakdown figure was worked out from Census 2021 counts', async () => {
    const observation = await blackpool('relationship-breakdown');
    expect(observation.provenance).to.include({
      publisher: 'Office for National Statistics',
      dataset: 'Census 2021',
      licence: 'Open Government Licence v3.0',
      kind: 'derived',
      via: 'Embedded snapshot',
    });
    expect(observation.provenance?.method).to.match(/Census 2021 counts/);
    expect(observation.countDerivation, 'Census counts are published').to.be.undefined;
  });

  it('says Blackpool’s looked-after children figure is as the Department for Education published it', async () => {
    const observation = await blackpool('looked-after-children');
    expect(observation.provenance).to.include({
      publisher: 'Department for Education',
      dataset: 'Children looked after in England including adoptions',
      kind: 'published',
    });
    expect(observation.provenance?.method).to.be.undefined;
    expect(observation.count).to.be.a('number');
    expect(observation.countDerivation).to.be.undefined;
  });

  it('says Blackpool’s NEET figure is published but its count is derived, and how', async () => {
    const observation = await blackpool('neet-16-17');
    expect(observation.provenance).to.include({ publisher: 'Department for Education', kind: 'published' });
    expect(observation.count).to.be.a('number');
    expect(observation.denominator).to.be.a('number');
    expect(observation.countDerivation).to.match(/percentage × the cohort ÷ 100/);
    expect(observation.countDerivation).to.match(/±0\.05% of the cohort/);
  });

  it('gives the build date as the date of every figure', async () => {
    const [info, observation] = await Promise.all([new SnapshotSource().info(), blackpool('children-in-need')]);
    expect(observation.provenance?.asOf).to.equal(info.dataDate);
  });
});

describe('snapshotProvenance', () => {
  const file: Pick<SnapshotFile, 'builtAt' | 'sources'> = {
    builtAt: '2026-12-01',
    sources: {
      counts: { publisher: 'Counting Office', dataset: 'Counts', url: 'https://example.org/counts', licence: 'OGL-3.0', attribution: 'Counting Office' },
      rates: { publisher: 'Rates Office', dataset: 'Rates', url: 'https://example.org/rates', licence: 'Own terms', attribution: 'Rates Office' },
    },
  };
  const period = (extra: Partial<SnapshotPeriod>): SnapshotPeriod => ({ label: '2024/25', sortKey: '2025-03', value: [1], ...extra });

  it('names the publication of the values, the first the period cites, not that of its counts', () => {
    const provenance = snapshotProvenance(file, period({ sources: ['rates', 'counts'] }), undefined);
    expect(provenance).to.include({ publisher: 'Rates Office', dataset: 'Rates', url: 'https://example.org/rates', licence: 'Own terms', kind: 'published' });
  });

  it('calls a figure calculated here derived and says how', () => {
    const provenance = snapshotProvenance(file, period({ sources: ['counts'], derivation: 'Added up here.' }), undefined);
    expect(provenance).to.include({ publisher: 'Counting Office', kind: 'derived', method: 'Added up here.', licence: 'Open Government Licence v3.0' });
  });
});

describe('a snapshot file with a broken table of sources', () => {
  afterEach(() => clearSnapshotCache());

  const fileCiting = (sources: unknown, cited: unknown): unknown => ({
    format: 'oat-snapshot/1',
    builtAt: '2026-12-01',
    attribution: [],
    catalogue: [],
    sources,
    areas: [['E92000001', 'England', 'england', null]],
    indicators: { demo: { periods: [{ label: '2024/25', sortKey: '2025-03', value: [1], sources: cited }] } },
  });

  const cases = [
    ['a period cites a publication the table lacks', {}, ['missing']],
    ['a period cites a name the table inherits, not one it holds', {}, ['toString']],
    ['a publication has no publisher', { a: { dataset: 'A', url: 'https://example.org', licence: 'OGL-3.0', attribution: 'A' } }, ['a']],
  ] as const;
  cases.forEach(([what, sources, cited], at) => {
    it(`is refused as not in the expected format when ${what}`, async () => {
      const body = JSON.stringify(fileCiting(sources, cited));
      const source = new SnapshotSource({ url: `/broken-${at}.json`, fetch: async () => new Response(body, { status: 200 }) });
      let error: unknown;
      try {
        await source.areas();
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(SourceError);
      expect((error as SourceError).message).to.match(/not in the expected format/);
    });
  });
});
