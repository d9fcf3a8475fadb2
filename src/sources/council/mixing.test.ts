import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../catalogue/catalogue.js';
import type { Area, Observation } from '../../model.js';
import { figureKey, mixFigures, type MixContext } from './mixing.js';

const AREAS: Area[] = [
  { code: 'E92000001', name: 'England', kind: 'england' },
  { code: 'E12000007', name: 'London', kind: 'region', parentCode: 'E92000001' },
  { code: 'E09000008', name: 'Croydon', kind: 'utla', parentCode: 'E12000007' },
  { code: 'E06000009', name: 'Blackpool', kind: 'utla', parentCode: 'E12000002' },
  { code: 'E05011462', name: 'Addiscombe East', kind: 'sub-area', parentCode: 'E09000008' },
];
const context: MixContext = {
  file: 'ours.csv',
  areas: new Map(AREAS.map((area) => [area.code, area])),
  indicators: new Map(CATALOGUE.map((definition) => [definition.slug, definition])),
};

const published = (area: string, label: string, sortKey: string, value: number | null): Observation => ({
  indicator: 'children-in-need',
  area,
  period: { label, sortKey },
  value,
  provenance: {
    publisher: 'Department for Education',
    dataset: 'Children in need',
    licence: 'Open Government Licence v3.0',
    asOf: '2026-11-22',
    kind: 'published',
    via: 'Embedded snapshot',
  },
});
const fromFile = (area: string, label: string, sortKey: string, value: number): Observation => ({
  indicator: 'children-in-need',
  area,
  period: { label, sortKey },
  value,
  provenance: { publisher: 'The council', dataset: 'local figures (ours.csv)', licence: null, asOf: '2026-12-01', kind: 'council', via: 'ours.csv' },
});
const shownFor = (shown: Map<string, Observation>, area: string) => shown.get(figureKey('children-in-need', area));

describe('the rules for mixing a council’s file with published figures', () => {
  it('1. replaces a published figure with the council’s for the same indicator, area and period', () => {
    const mine = fromFile('E09000008', '2024/25', '2025-03', 500);
    const { shown, notes } = mixFigures([published('E09000008', '2024/25', '2025-03', 493.6)], [mine], context);
    expect(shownFor(shown, 'E09000008')).to.equal(mine);
    expect(notes).to.deep.equal([]);
  });

  it('2. shows a file’s later period, and never hides a later published period behind an earlier one from a file', () => {
    const later = fromFile('E09000008', '2025/26', '2026-03', 510);
    const older = fromFile('E06000009', '2010/11', '2011-03', 100);
    const { shown, notes } = mixFigures(
      [published('E09000008', '2024/25', '2025-03', 493.6), published('E06000009', '2024/25', '2025-03', 1000.2)],
      [later, older],
      context,
    );
    expect(shownFor(shown, 'E09000008')).to.equal(later);
    expect(shownFor(shown, 'E06000009')).to.equal(undefined);
    expect(notes).to.deep.equal([
      'ours.csv: its figures for “Children in need” are for earlier periods than the published ones, so the published figures are shown for Blackpool (2010/11; published: 2024/25).',
    ]);
  });

  it('3. never replaces England’s or a region’s published figure for the same period, and says so', () => {
    const { shown, notes } = mixFigures(
      [published('E92000001', '2024/25', '2025-03', 325.5), published('E12000007', '2024/25', '2025-03', 320)],
      [fromFile('E92000001', '2024/25', '2025-03', 1000), fromFile('E12000007', '2024/25', '2025-03', 1)],
      context,
    );
    expect(shown.size).to.equal(0);
    expect(notes).to.deep.equal([
      'ours.csv: its figures for “Children in need” for England (2024/25) and London (2024/25) were not used: a file cannot replace the published figure for England or a region, so the published figure for the same period is shown.',
    ]);
  });

  it('3. uses a file’s England figure only for a period the publisher has none for, and says it came from the file', () => {
    const england = fromFile('E92000001', '2025/26', '2026-03', 330);
    const { shown, notes } = mixFigures([published('E92000001', '2024/25', '2025-03', 325.5)], [england], context);
    expect(shownFor(shown, 'E92000001')).to.equal(england);
    expect(notes).to.deep.equal([
      'ours.csv: the figures for “Children in need” for England (2025/26) come from this file, not from a publisher, as none is published for that period; they are marked as the council’s own.',
    ]);
    const missing = mixFigures([published('E92000001', '2024/25', '2025-03', null)], [fromFile('E92000001', '2024/25', '2025-03', 330)], context);
    expect(missing.shown.size).to.equal(1);
    expect(missing.notes[0]).to.match(/come from this file/);
  });

  it('shows the file’s figures for areas and indicators the publisher has none for', () => {
    const ward = fromFile('E05011462', '2025/26', '2026-03', 912.4);
    const noSnapshot: Observation = { ...published('E09000008', '', '', null), missing: { reason: 'no-snapshot-data', message: 'none' } };
    const croydon = fromFile('E09000008', '2023/24', '2024-03', 400);
    const { shown, notes } = mixFigures([noSnapshot], [ward, croydon], context);
    expect([shownFor(shown, 'E05011462'), shownFor(shown, 'E09000008')]).to.deep.equal([ward, croydon]);
    expect(notes).to.deep.equal([]);
  });

  it('treats two spellings of one period as the same period', () => {
    const { shown } = mixFigures([published('E92000001', '2024/25', '2025-03', 325.5)], [fromFile('E92000001', '2024-25', '2025-03', 1000)], context);
    expect(shown.size).to.equal(0);
  });

  it('names at most three areas in a note and counts the rest', () => {
    const codes = ['E09000008', 'E06000009', 'E05011462', 'E12000007'];
    const { notes } = mixFigures(
      codes.map((code) => published(code, '2024/25', '2025-03', 1)),
      codes.map((code) => fromFile(code, '2019/20', '2020-03', 2)),
      context,
    );
    expect(notes).to.deep.equal([
      'ours.csv: its figures for “Children in need” are for earlier periods than the published ones, so the published figures are shown for Croydon (2019/20; published: 2024/25), Blackpool (2019/20; published: 2024/25), Addiscombe East (2019/20; published: 2024/25) and 1 more.',
    ]);
  });
});
