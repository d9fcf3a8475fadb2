/**
 * A council's file parser against real Fingertips downloads from ../shared: the exact bytes of the
 * single-indicator download (3-5-1) and a copy re-saved by R. Skipped, with a message, where the
 * shared reference material is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { csvParse } from 'd3-dsv';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import type { Area } from '../../src/model.js';
import { readCustomIndicators } from '../../src/sources/council/custom-indicators.js';
import { parseCsvText, type ParseContext } from '../../src/sources/council/parse-rows.js';
import { findShared, REPO_ROOT } from '../../scripts/snapshot/shared-path.js';

const shared = findShared();
const folder = shared ? join(shared, 'fixtures', 'fingertips', 'ONSdigital__sdg_data_updates') : undefined;
const fixture = folder ? join(folder, 'new_series_from_stable_link.csv') : undefined;
const skip = fixture && existsSync(fixture) ? false : 'the Fingertips fixture in ../shared/fixtures is not beside the repository';
const download = (name: string) => (folder ? join(folder, '3-5-1', name) : '');
const skipDownload =
  folder && existsSync(download('unmet_alcohol.csv'))
    ? false
    : 'the single-indicator downloads in ../shared/fixtures/fingertips/…/3-5-1 are not beside the repository';

/** England, the regions and the upper-tier authorities, from the snapshot in the repository. */
function snapshotAreas(): Area[] {
  const file = JSON.parse(readFileSync(join(REPO_ROOT, 'indicators', 'snapshot.json'), 'utf8')) as { areas: [string, string, Area['kind'], string?][] };
  return file.areas.map(([code, name, kind, parentCode]) => ({ code, name, kind, ...(parentCode ? { parentCode } : {}) }));
}

/** A custom indicator for a Fingertips indicator the tool does not have, as a council would declare it. */
function declared(context: ParseContext, id: number, slug: string) {
  const custom = readCustomIndicators(
    [{ slug, title: slug, domain: 'stressful-circumstances', unit: 'percent', polarity: 'high-is-bad', fingertipsId: id }],
    context,
  );
  assert.deepEqual(custom.problems, []);
  return custom.indicators;
}

describe('a real Fingertips download as a council’s file', { skip }, () => {
  const text = skip ? '' : readFileSync(fixture!, 'utf8');
  const areas = skip ? [] : snapshotAreas();
  const context: ParseContext = { file: 'new_series_from_stable_link.csv', indicators: CATALOGUE, areas };

  it('reports an indicator the tool does not have once, for all its rows', () => {
    const parsed = parseCsvText(text, context);
    assert.equal(parsed.layout, 'fingertips');
    assert.deepEqual(parsed.observations, []);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]!.line, 2);
    assert.match(
      parsed.problems[0]!.message,
      /^Fingertips indicator 93861 \(Fraction of mortality attributable to particulate air pollution \(new method\)\) is not one of the tool’s indicators, so the 1,142 rows on lines 2 to 1,203 were left out\./,
    );
  });

  it('reads the latest whole-area figure of each area once the indicator is declared', () => {
    const parsed = parseCsvText(text, { ...context, indicators: [...CATALOGUE, ...declared(context, 93861, 'air-pollution-mortality')] });

    // An independent reading of the same file: whole-area rows only, the latest sortable period of each area.
    const expected = new Map<string, { period: string; sortable: number; value: string; note: string }>();
    for (const row of csvParse(text)) {
      if (row['Category.Type'] !== '') continue;
      const sortable = Number(row['Time.period.Sortable']);
      const code = row['Area.Code']!;
      if ((expected.get(code)?.sortable ?? -1) < sortable) {
        expected.set(code, { period: row['Time.period']!, sortable, value: row['Value']!, note: row['Value.note']! });
      }
    }
    const known = new Set(areas.map((area) => area.code));
    const shown = [...expected.keys()].filter((code) => known.has(code));
    // North Yorkshire County Council's figures are carried to North Yorkshire Council, which covers the same area.
    const carried = parsed.observations.find((o) => o.area === 'E06000065');
    assert.ok(!expected.has('E06000065'));
    assert.equal(carried?.value, Number(expected.get('E10000023')!.value));
    assert.equal(carried?.period.label, '2020');
    assert.equal(carried?.note, 'Published for North Yorkshire (E10000023), which covered the same area as North Yorkshire before 1 April 2023.');
    assert.equal(parsed.observations.length, shown.length + 2, 'North Yorkshire and Somerset carried from their county councils');
    assert.ok(shown.length > 140, `${shown.length} areas`);
    for (const observation of parsed.observations) {
      if (observation.note?.startsWith('Published for')) continue;
      const row = expected.get(observation.area)!;
      assert.equal(observation.indicator, 'air-pollution-mortality');
      assert.equal(observation.period.label, row.period);
      assert.equal(observation.value, row.value === 'NA' ? null : Number(row.value));
      if (observation.value === null) {
        assert.equal(observation.missing?.reason, 'not-available');
        assert.equal(observation.note, row.note);
      }
      assert.equal(observation.publishedSignificance, undefined, 'the file compares nothing with England');
    }
    const england = parsed.observations.find((o) => o.area === 'E92000001');
    assert.equal(england?.period.label, '2020');
    assert.ok(parsed.observations.some((o) => o.value === null && o.note === 'Value missing in source data'));
    assert.deepEqual(parsed.subAreas, []);

    // Districts, combined authorities and PHE centres are summed up once each, and so are former
    // councils whose boundaries changed: one note, not a problem per row.
    const messages = parsed.problems.map((problem) => problem.message);
    for (const type of ['District', 'Combined authorities', 'PHE Centre']) {
      assert.equal(messages.filter((message) => message.startsWith(`Areas of type “${type}” are not shown`)).length, 1, type);
    }
    assert.equal(messages.length, 4, messages.join('\n'));
    const former = messages.find((message) => / are former councils whose areas are not that of any council today/.test(message));
    assert.match(
      former ?? '',
      /^Bournemouth \(E06000028\), Poole \(E06000029\), Cumbria \(E10000006\), Dorset \(Cty\) \(E10000009\) and Northamptonshire \(E10000021\) are former councils/,
    );
    assert.ok(parsed.problems.every((problem) => problem.line >= 2 && problem.line <= 1203));
  });
});

describe('the exact bytes of a single-indicator Fingertips download', { skip: skipDownload }, () => {
  const areas = skipDownload ? [] : snapshotAreas();
  const context: ParseContext = { file: 'indicator-data.csv', indicators: CATALOGUE, areas };

  it('reads its 27 columns, blank cells, fractional counts and sortable periods', () => {
    const text = readFileSync(download('unmet_alcohol.csv'), 'utf8');
    assert.equal(text.split('\n')[0]!.split(',').length, 27);
    assert.ok(!text.startsWith('\uFEFF') && !text.includes('\r'));
    const parsed = parseCsvText(text, { ...context, indicators: [...CATALOGUE, ...declared(context, 93532, 'dependent-drinkers-not-in-treatment')] });
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.layout, 'fingertips');
    // The latest period of each area, by "Time period Sortable", with its fractional count as published.
    const rows = csvParse(text);
    const codes = [...new Set(rows.map((row) => row['Area Code']!))];
    assert.equal(parsed.observations.length, codes.length);
    for (const code of codes) {
      const latest = rows
        .filter((row) => row['Area Code'] === code)
        .reduce((a, b) => (Number(b['Time period Sortable']) > Number(a['Time period Sortable']) ? b : a));
      const observation = parsed.observations.find((o) => o.area === code);
      assert.deepEqual(observation, {
        indicator: 'dependent-drinkers-not-in-treatment',
        area: code,
        period: { label: latest['Time period'], sortKey: `${Number(latest['Time period']!.slice(0, 4)) + 1}-03` },
        value: Number(latest['Value']),
        lower: Number(latest['Lower CI 95.0 limit']),
        upper: Number(latest['Upper CI 95.0 limit']),
        count: Number(latest['Count']),
        denominator: Number(latest['Denominator']),
        ...(latest['Compared to England value or percentiles'] === 'Similar' ? { publishedSignificance: 'similar' } : {}),
      });
    }
    assert.equal(rows.find((row) => row['Area Code'] === 'E10000031')?.['Time period Sortable'], '20180000');
    assert.ok(
      parsed.observations.some((o) => !Number.isInteger(o.count)),
      'fractional counts are kept as published',
    );
    assert.equal(parsed.observations.find((o) => o.area === 'E92000001')?.period.label, '2020/21');
  });

  it('keeps Fingertips’ own comparison where it made one, from rows without an interval too', () => {
    const text = readFileSync(download('unmet_opiates.csv'), 'utf8');
    const parsed = parseCsvText(text, { ...context, indicators: [...CATALOGUE, ...declared(context, 93517, 'opiate-users-not-in-treatment')] });
    assert.deepEqual(parsed.problems, []);
    const rows = csvParse(text);
    for (const observation of parsed.observations) {
      const row = rows.find((r) => r['Area Code'] === observation.area && r['Time period'] === observation.period.label)!;
      const words = row['Compared to England value or percentiles'];
      const expected = words === 'Similar' ? 'similar' : words === 'Not compared' || observation.area === 'E92000001' ? undefined : 'checked below';
      if (expected !== 'checked below') assert.equal(observation.publishedSignificance, expected, `${observation.area} ${words}`);
      else {
        const england = parsed.observations.find((o) => o.area === 'E92000001')!;
        assert.equal(observation.publishedSignificance, observation.value! > england.value! ? 'higher' : 'lower', `${observation.area} ${words}`);
      }
    }
    assert.ok(parsed.observations.some((o) => o.publishedSignificance === 'similar'));
  });
});
