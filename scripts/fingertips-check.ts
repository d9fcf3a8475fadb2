/**
 * Checks the catalogue against the live Fingertips API, for whoever has internet:
 *
 *   npm run fingertips:check                                  # the live API
 *   npm run fingertips:check -- --record fixtures/fingertips  # and save every raw reply as a fixture
 *   npm run fingertips:check -- --api-base http://127.0.0.1:9000/api   # another server (the mock)
 *
 * It asks `indicator_metadata/by_indicator_id` (once), `available_data` (per indicator), `value_notes`
 * (once) and `latest_data/specific_indicators_for_child_areas` once per profile and area type, naming
 * only that profile, and prints per indicator its name, unit, polarity, area types and latest period,
 * and every way it differs from the catalogue: a wrong profile, a different unit or kind of measure,
 * no data at the catalogue's area type, or the catalogue's split not in the reply. Exit code 0 when
 * all agree, 1 when something differs, 2 when the API could not be read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import type { IndicatorDefinition, Polarity, Unit } from '../src/model.js';
import { FingertipsClient } from '../src/sources/fingertips/client.js';
import { parseLatestData } from '../src/sources/fingertips/parse-latest.js';
import { requestsPerProfile } from '../src/sources/fingertips/requests.js';
import type { GroupRoot } from '../src/sources/fingertips/types.js';
import { availableDataUrl, DEFAULT_API_BASE, indicatorMetadataUrl, valueNotesUrl } from '../src/sources/fingertips/urls.js';
import { parseValueNotes } from '../src/sources/fingertips/value-notes.js';

export interface CheckOptions {
  apiBase?: string;
  catalogue?: readonly IndicatorDefinition[];
  /** Folder to save every raw reply in. */
  record?: string;
  fetch?: typeof fetch;
}

/** What the API says of one catalogue indicator, and where it differs from the catalogue. */
export interface IndicatorCheck {
  slug: string;
  indicatorId: number;
  name?: string;
  unit?: string;
  valueType?: string;
  polarity?: string;
  areaTypes: number[];
  latestPeriod?: string;
  mismatches: string[];
}

export interface CheckReport {
  indicators: IndicatorCheck[];
  valueNotes: number;
  /** Files written by --record. */
  recorded: string[];
}

/** Fingertips' polarity ids (PholioObjects/Constants.cs PolarityIds) as the catalogue's words. */
const POLARITY_OF: Record<number, Polarity | 'not applicable'> = { 0: 'high-is-bad', 1: 'high-is-good', 99: 'no-judgement', [-1]: 'not applicable' };

interface MetadataEntry {
  Unit?: { Label?: string };
  ValueType?: { Name?: string };
  Descriptive?: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Fingertips unit label and kind of measure a catalogue unit stands for. */
function expectedUnit(unit: Unit): { label?: string; valueType: RegExp; words: string } {
  switch (unit.kind) {
    case 'percent':
      return { label: '%', valueType: /proportion|percent/i, words: 'a percentage' };
    case 'rate':
      return { label: `per ${unit.per.toLocaleString('en-GB')}`, valueType: /rate/i, words: `a rate per ${unit.per.toLocaleString('en-GB')}` };
    case 'count':
      return { valueType: /count/i, words: 'a count' };
    default:
      return { valueType: /score|mean|average|ratio/i, words: `a score (${unit.label})` };
  }
}

/** Where a catalogue entry's unit or kind of measure differs from Fingertips' metadata. */
export function unitMismatch(definition: IndicatorDefinition, metadata: MetadataEntry): string | undefined {
  const label = metadata.Unit?.Label?.trim() ?? '';
  const valueType = metadata.ValueType?.Name?.trim() ?? '';
  const expected = expectedUnit(definition.unit);
  const labelDiffers = expected.label !== undefined ? label !== expected.label : label === '%' || /^per /i.test(label);
  const typeDiffers = valueType !== '' && !expected.valueType.test(valueType);
  if (!labelDiffers && !typeDiffers) return undefined;
  return `measure: the catalogue shows ${expected.words} (“${definition.measure}”), but Fingertips’ indicator is in “${label || 'no unit'}” (${valueType || 'no value type'})`;
}

function fileName(url: string, apiBase: string): string {
  const rest = url.slice(apiBase.length).replace(/^\//, '');
  return `${rest
    .replace(/[^a-z0-9=,_-]+/gi, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')}.json`;
}

/** Runs the check; nothing is printed. Throws when a reply could not be had. */
export async function checkFingertips(options: CheckOptions = {}): Promise<CheckReport> {
  const apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
  const catalogue = options.catalogue ?? CATALOGUE;
  const live = catalogue.filter((definition) => definition.fingertips);
  const client = new FingertipsClient({ ...(options.fetch ? { fetch: options.fetch } : {}), coolOffMs: 0 });
  const recorded: string[] = [];
  const get = async (url: string): Promise<unknown> => {
    const text = (await client.getText(url)).body;
    if (options.record) {
      mkdirSync(options.record, { recursive: true });
      const path = join(options.record, fileName(url, apiBase));
      writeFileSync(path, text);
      recorded.push(path);
    }
    return JSON.parse(text) as unknown;
  };

  const metadataReply = await get(
    indicatorMetadataUrl(
      apiBase,
      live.map((definition) => definition.fingertips!.indicatorId),
    ),
  );
  const metadata = isRecord(metadataReply) ? metadataReply : {};
  const notes = parseValueNotes(await get(valueNotesUrl(apiBase)));
  const checks = new Map<string, IndicatorCheck>();
  for (const definition of live) {
    const ids = definition.fingertips!;
    const entry = metadata[String(ids.indicatorId)];
    const check: IndicatorCheck = { slug: definition.slug, indicatorId: ids.indicatorId, areaTypes: [], mismatches: [] };
    if (isRecord(entry)) {
      const known = entry as MetadataEntry;
      const name = known.Descriptive?.Name;
      if (name) check.name = name;
      if (known.Unit?.Label) check.unit = known.Unit.Label;
      if (known.ValueType?.Name) check.valueType = known.ValueType.Name;
      const unit = unitMismatch(definition, known);
      if (unit) check.mismatches.push(unit);
    } else {
      check.mismatches.push(`Fingertips has no metadata for indicator ${ids.indicatorId}`);
    }
    const available = await get(availableDataUrl(apiBase, ids.indicatorId));
    check.areaTypes = [
      ...new Set(
        (Array.isArray(available) ? available : [])
          .map((row: unknown) => (isRecord(row) ? row.AreaTypeId : undefined))
          .filter((id): id is number => typeof id === 'number'),
      ),
    ].sort((a, b) => a - b);
    if (!check.areaTypes.includes(ids.areaTypeId)) check.mismatches.push(`no data at area type ${ids.areaTypeId}, which the catalogue asks for`);
    checks.set(definition.slug, check);
  }

  for (const group of requestsPerProfile(apiBase, live)) {
    const reply = await get(group.url);
    const roots = (Array.isArray(reply) ? reply : []).filter(isRecord) as GroupRoot[];
    const parsed = parseLatestData(roots, group.wanted, group.url);
    for (const wanted of group.wanted) {
      const check = checks.get(wanted.slug)!;
      const own = roots.filter((root) => root.IID === wanted.fingertips.indicatorId);
      if (own.length === 0) {
        check.mismatches.push(`not found in profile ${group.profileId}, where the catalogue puts it: wrong profile?`);
        continue;
      }
      const problem = parsed.problems?.get(wanted.slug);
      if (problem) check.mismatches.push(`split not found: ${problem}`);
      const polarityId = own[0]?.PolarityId ?? own[0]?.Grouping?.[0]?.PolarityId;
      if (typeof polarityId === 'number') {
        const polarity = POLARITY_OF[polarityId] ?? `polarity id ${polarityId}`;
        check.polarity = polarity;
        const definition = live.find((candidate) => candidate.slug === wanted.slug)!;
        if (polarity !== definition.publishedPolarity)
          check.mismatches.push(`polarity: the catalogue says ${definition.publishedPolarity}, Fingertips says ${polarity}`);
      }
      const period = parsed.observations.find((observation) => observation.indicator === wanted.slug)?.period.label;
      if (period) check.latestPeriod = period;
    }
  }
  return { indicators: [...checks.values()], valueNotes: notes.size, recorded };
}

/** The report as lines of text, one block per indicator. */
export function formatReport(report: CheckReport): string[] {
  const lines: string[] = [];
  for (const check of report.indicators) {
    lines.push(`${check.slug} — Fingertips ${check.indicatorId} “${check.name ?? 'no name'}”`);
    lines.push(
      `  unit: ${check.unit ?? '?'} (${check.valueType ?? '?'}) · polarity: ${check.polarity ?? '?'} · area types: ${check.areaTypes.join(', ') || 'none'} · latest period: ${check.latestPeriod ?? '?'}`,
    );
    if (check.mismatches.length === 0) lines.push('  ✓ agrees with the catalogue');
    for (const mismatch of check.mismatches) lines.push(`  ✗ ${mismatch}`);
  }
  lines.push('', `${report.valueNotes} value notes listed.`);
  const differing = report.indicators.filter((check) => check.mismatches.length > 0).length;
  lines.push(
    differing === 0 ? 'Every indicator agrees with the catalogue.' : `${differing} of ${report.indicators.length} indicators differ from the catalogue.`,
  );
  if (report.recorded.length > 0) lines.push(`Saved ${report.recorded.length} raw replies.`);
  return lines;
}

async function main(): Promise<void> {
  const flag = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const apiBase = flag('--api-base');
  const record = flag('--record');
  let report: CheckReport;
  try {
    report = await checkFingertips({ ...(apiBase ? { apiBase } : {}), ...(record ? { record } : {}) });
  } catch (error) {
    console.error(`Fingertips could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  for (const line of formatReport(report)) console.log(line);
  process.exit(report.indicators.some((check) => check.mismatches.length > 0) ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
