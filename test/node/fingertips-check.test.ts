/** `npm run fingertips:check` against the mock Fingertips API, which answers in the real API's shapes. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import type { IndicatorDefinition } from '../../src/model.js';
import { checkFingertips, formatReport } from '../../scripts/fingertips-check.js';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { clearFingertipsCache } from '../../src/sources/fingertips/cache.js';
import { startMockFingertips } from '../mock-fingertips/server.mjs';

const run = promisify(execFile);

/** The catalogue with one entry's Fingertips ids changed, as a mistake would. */
function catalogueWith(slug: string, fingertips: IndicatorDefinition['fingertips']): IndicatorDefinition[] {
  return CATALOGUE.map((definition) => (definition.slug === slug ? { ...definition, fingertips } : definition));
}

describe('npm run fingertips:check', () => {
  let mock: { url: string; apiBase: string; close: () => Promise<void> };

  before(async () => {
    mock = await startMockFingertips();
  });
  after(async () => {
    await mock.close();
  });
  beforeEach(async () => {
    clearFingertipsCache();
    await fetch(`${mock.url}/mock-fingertips/__reset`, { method: 'POST' });
  });

  const requests = async () => ((await (await fetch(`${mock.url}/mock-fingertips/__requests`)).json()) as { urls: Record<string, number> }).urls;

  it('finds the catalogue in agreement with the API, asking each route the task names', async () => {
    const report = await checkFingertips({ apiBase: mock.apiBase });
    const children = report.indicators.find((check) => check.slug === 'looked-after-children')!;
    assert.deepEqual(children, {
      slug: 'looked-after-children',
      indicatorId: 90803,
      name: 'Children in care',
      unit: 'per 10,000',
      valueType: 'Crude rate',
      polarity: 'high-is-bad',
      areaTypes: [402, 502],
      latestPeriod: '2024/25',
      mismatches: [],
    });
    assert.deepEqual(
      report.indicators.map((check) => [check.slug, check.mismatches]),
      CATALOGUE.filter((definition) => definition.fingertips).map((definition) => [definition.slug, []]),
    );
    assert.equal(report.valueNotes, 3);
    assert.deepEqual(Object.keys(await requests()).sort(), [
      '/api/available_data?indicator_id=10401',
      '/api/available_data?indicator_id=20401',
      '/api/available_data?indicator_id=90631',
      '/api/available_data?indicator_id=90803',
      '/api/available_data?indicator_id=93203',
      '/api/indicator_metadata/by_indicator_id?indicator_ids=10401,20401,90631,90803,93203',
      // One latest_data per profile, naming only that profile, so a wrong profile shows.
      '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=10401,20401,90631,93203&profile_id=19',
      '/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=90803&profile_id=105',
      '/api/value_notes',
    ]);
  });

  it('flags a catalogue entry whose measure differs from the API’s: 22301 is a percentage, not a mean out of 10', async () => {
    const catalogue = catalogueWith('adult-low-wellbeing', { indicatorId: 22301, sexId: 4, areaTypeId: 502, profileId: 19, confidence: 'medium' });
    const report = await checkFingertips({ apiBase: mock.apiBase, catalogue });
    const wellbeing = report.indicators.find((check) => check.slug === 'adult-low-wellbeing')!;
    assert.equal(wellbeing.name, 'Self-reported wellbeing: people with a low satisfaction score');
    assert.equal(wellbeing.unit, '%');
    assert.equal(
      wellbeing.mismatches[0],
      'measure: the catalogue shows a score (out of 10) (“Mean life satisfaction score of adults aged 16 and over (0–10), Annual Population Survey”), but Fingertips’ indicator is in “%” (Proportion)',
    );
  });

  it('flags a wrong profile, a missing area type, a split not in the reply and a different polarity', async () => {
    const wrongProfile = catalogueWith('looked-after-children', {
      indicatorId: 90803,
      sexId: 4,
      ageId: 173,
      areaTypeId: 502,
      profileId: 19,
      confidence: 'verified',
    });
    const children = (await checkFingertips({ apiBase: mock.apiBase, catalogue: wrongProfile })).indicators.find(
      (check) => check.slug === 'looked-after-children',
    )!;
    assert.deepEqual(children.mismatches, ['not found in profile 19, where the catalogue puts it: wrong profile?']);

    clearFingertipsCache();
    const oldAreas = catalogueWith('neet-16-17', { indicatorId: 93203, sexId: 4, areaTypeId: 302, profileId: 19, confidence: 'verified' });
    const neet = (await checkFingertips({ apiBase: mock.apiBase, catalogue: oldAreas })).indicators.find((check) => check.slug === 'neet-16-17')!;
    assert.equal(neet.mismatches[0], 'no data at area type 302, which the catalogue asks for');

    clearFingertipsCache();
    const noSplit = catalogueWith('school-readiness', { indicatorId: 90631, areaTypeId: 502, profileId: 19, confidence: 'medium' });
    const readiness = (await checkFingertips({ apiBase: mock.apiBase, catalogue: noSplit })).indicators.find((check) => check.slug === 'school-readiness')!;
    assert.match(readiness.mismatches[0] ?? '', /^split not found: Fingertips holds 3 splits of indicator 90631 for no category/);

    clearFingertipsCache();
    const judged = CATALOGUE.map((definition) =>
      definition.slug === 'looked-after-children' ? { ...definition, publishedPolarity: 'no-judgement' as const } : definition,
    );
    const judgedChildren = (await checkFingertips({ apiBase: mock.apiBase, catalogue: judged })).indicators.find(
      (check) => check.slug === 'looked-after-children',
    )!;
    assert.deepEqual(judgedChildren.mismatches, ['polarity: the catalogue says no-judgement, Fingertips says high-is-bad']);
  });

  it('runs as a command: prints each indicator, saves every raw reply with --record, and exits 0 when all agree', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'oat-fingertips-'));
    try {
      const { stdout } = await run('npx', ['tsx', 'scripts/fingertips-check.ts', '--api-base', mock.apiBase, '--record', folder], { cwd: REPO_ROOT });
      assert.match(
        stdout,
        /^looked-after-children — Fingertips 90803 “Children in care”\n {2}unit: per 10,000 \(Crude rate\) · polarity: high-is-bad · area types: 402, 502 · latest period: 2024\/25\n {2}✓ agrees with the catalogue$/m,
      );
      assert.match(stdout, /Every indicator agrees with the catalogue\.\nSaved 9 raw replies\.\n$/);
      const files = readdirSync(folder).sort();
      assert.equal(files.length, 9);
      assert.ok(files.includes('value_notes.json'));
      const notes = JSON.parse(readFileSync(join(folder, 'value_notes.json'), 'utf8')) as unknown[];
      assert.equal(notes.length, 3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 2 with the reason when the API cannot be read', async () => {
    await assert.rejects(
      run('npx', ['tsx', 'scripts/fingertips-check.ts', '--api-base', `${mock.url}/fault/404/api`], { cwd: REPO_ROOT }),
      (error: { code?: number; stderr?: string }) => {
        assert.equal(error.code, 2);
        assert.match(error.stderr ?? '', /^Fingertips could not be checked: Fingertips answered 404 Not Found: check the api-base address\./);
        return true;
      },
    );
  });

  it('formats a mismatch for a reader', () => {
    const lines = formatReport({
      indicators: [{ slug: 'x', indicatorId: 1, areaTypes: [], mismatches: ['no data at area type 502, which the catalogue asks for'] }],
      valueNotes: 0,
      recorded: [],
    });
    assert.deepEqual(lines, [
      'x — Fingertips 1 “no name”',
      '  unit: ? (?) · polarity: ? · area types: none · latest period: ?',
      '  ✗ no data at area type 502, which the catalogue asks for',
      '',
      '0 value notes listed.',
      '1 of 1 indicators differ from the catalogue.',
    ]);
  });
});
