/**
 * A council's file parser against a real Fingertips download (re-saved by R) from ../shared. Skipped,
 * with a message, where the shared reference material is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { csvParse } from 'd3-dsv';
import { CATALOGUE } from '../../indicators/catalogue.js';
import type { Area } from '../../src/model.js';
import { parseCsvText, readCustomIndicators, type ParseContext } from '../../src/sources/council/parse-rows.js';
import { findShared, REPO_ROOT } from '../../scripts/snapshot/shared-path.js';

const shared = findShared();
const fixture = shared ? join(shared, 'fixtures', 'fingertips', 'ONSdigital__sdg_data_updates', 'new_series_from_stable_link.csv') : undefined;
const skip = fixture && existsSync(fixture) ? false : 'the Fingertips fixture in ../shared/fixtures is not beside the repository';

/** England, the regions and the upper-tier authorities, from the snapshot in the repository. */
function snapshotAreas(): Area[] {
  const file = JSON.parse(readFileSync(join(REPO_ROOT, 'indicators', 'snapshot.json'), 'utf8')) as { areas: [string, string, Area['kind'], string?][] };
  return file.areas.map(([code, name, kind, parentCode]) => ({ code, name, kind, ...(parentCode ? { parentCode } : {}) }));
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
    assert.match(parsed.problems[0]!.message, /^Fingertips indicator 93861 \(Fraction of mortality attributable to particulate air pollution \(new method\)\) is not one of the tool’s indicators, so the 1,142 rows on lines 2 to 1,203 were left out\./);
  });

  it('reads the latest whole-area figure of each area once the indicator is declared', () => {
    const declared = readCustomIndicators(
      [{ slug: 'air-pollution-mortality', title: 'Mortality attributable to particulate air pollution', domain: 'stressful-circumstances', unit: 'percent', polarity: 'no-judgement', fingertipsId: 93861 }],
      context,
    );
    assert.deepEqual(declared.problems, []);
    const parsed = parseCsvText(text, { ...context, indicators: [...CATALOGUE, ...declared.indicators] });

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
    assert.equal(parsed.observations.length, shown.length);
    assert.ok(shown.length > 140, `${shown.length} areas`);
    for (const observation of parsed.observations) {
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

    // Districts, combined authorities and PHE centres are summed up once each; retired councils' codes are named row by row.
    const messages = parsed.problems.map((problem) => problem.message);
    for (const type of ['District', 'Combined authorities', 'PHE Centre']) {
      assert.equal(messages.filter((message) => message.startsWith(`Areas of type “${type}” are not shown`)).length, 1, type);
    }
    const retired = messages.filter((message) => / is a former council’s code\./.test(message));
    assert.equal(retired.length + 3, messages.length);
    assert.ok(retired.length > 0);
    assert.ok(parsed.problems.every((problem) => problem.line >= 2 && problem.line <= 1203));
  });
});
