/** `npm run snapshot` against the mock Fingertips server: the same format, live figures for what Fingertips has. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { refreshSnapshot, writeRefresh } from '../../scripts/snapshot/refresh.js';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../../src/sources/snapshot-format.js';
import { clearFingertipsCache } from '../../src/sources/fingertips/cache.js';
import { startMockFingertips } from '../mock-fingertips/server.mjs';

const folder = join(REPO_ROOT, 'indicators');
const committed = JSON.parse(readFileSync(join(folder, 'snapshot.json'), 'utf8')) as SnapshotFile;
const at = (file: SnapshotFile, slug: string, area: string) => file.indicators[slug]!.periods[0]!.value[file.areas.findIndex(([code]) => code === area)];

describe('npm run snapshot (refresh from the live API)', () => {
  let mock: { apiBase: string; close: () => Promise<void> | void };

  before(async () => {
    mock = await startMockFingertips();
  });
  after(async () => {
    await mock.close();
  });

  it('replaces the Fingertips indicators with the live figures and keeps everything else', async () => {
    clearFingertipsCache();
    const result = await refreshSnapshot({ folder, apiBase: mock.apiBase, date: '2026-12-01' });
    assert.equal(result.latest.format, SNAPSHOT_FORMAT);
    assert.equal(result.latest.builtAt, '2026-12-01');
    const live = CATALOGUE.filter((entry) => entry.fingertips).map((entry) => entry.slug);
    assert.deepEqual(result.changes.map((change) => change.indicator).sort(), [...live].sort());
    // The mock serves the published figures, so the refreshed values equal them.
    assert.equal(at(result.latest, 'looked-after-children', 'E09000008'), at(committed, 'looked-after-children', 'E09000008'));
    assert.equal(at(result.latest, 'under-18-conceptions', 'E06000009'), at(committed, 'under-18-conceptions', 'E06000009'));
    // Indicators Fingertips does not publish are untouched.
    assert.deepEqual(result.latest.indicators['children-in-need'], committed.indicators['children-in-need']);
    assert.ok(result.latest.attribution.some((line) => line.includes('Office for Health Improvement and Disparities')));
    // Each refreshed period names Fingertips as the publication of its figures, and the file's table holds it.
    assert.deepEqual(result.latest.indicators['looked-after-children']!.periods[0]!.sources, ['ohidFingertips']);
    assert.equal(result.latest.sources?.['ohidFingertips']?.publisher, 'Office for Health Improvement and Disparities');
    for (const change of result.changes) assert.ok(change.areas >= 140, `${change.indicator}: ${change.areas} authorities`);
    // Children in care come from their own profile (Child and Maternal Health), and value notes in words.
    assert.ok(live.includes('looked-after-children'));
    const city = result.latest.areas.findIndex(([code]) => code === 'E09000001');
    assert.deepEqual(result.latest.indicators['looked-after-children']!.periods[0]!.missing?.['E09000001'], [
      'suppressed',
      'Fingertips publishes no value for this area. Fingertips notes: “Value suppressed for disclosure control due to small count”.',
    ]);
    assert.equal(result.latest.indicators['looked-after-children']!.periods[0]!.value[city], null);
  });

  it('writes the trend files from the refreshed history beside the snapshot, so trends never lag it', async () => {
    clearFingertipsCache();
    const result = await refreshSnapshot({ folder, apiBase: mock.apiBase, date: '2027-01-15' });
    const out = mkdtempSync(join(tmpdir(), 'oat-refresh-'));
    try {
      const written = writeRefresh(result, out);
      assert.equal(written, result.history.areas.length, 'one trend file per area of the history');
      const croydon = JSON.parse(readFileSync(join(out, 'trends', 'E09000008.json'), 'utf8')) as { builtAt: string };
      assert.equal(croydon.builtAt, '2027-01-15');
      assert.equal((JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')) as SnapshotFile).builtAt, '2027-01-15');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('stops with the reason, writing nothing, when the API fails', async () => {
    clearFingertipsCache();
    await assert.rejects(refreshSnapshot({ folder, apiBase: mock.apiBase.replace(/\/api$/, '/fault/500/api') }), (error: Error) =>
      /500|server/i.test(error.message),
    );
  });
});
