import { readFileSync } from 'node:fs';
import type { DSVRowArray } from 'd3-dsv';
import { read as readWorkbook, utils } from '@e965/xlsx';
import { PUBLICATIONS } from '../../../src/catalogue/publications.js';
import { NEIGHBOURS_FORMAT, type NeighbourListFile, type NeighbourListId } from '../../../src/comparators/format.js';
import type { Area } from '../../../src/model.js';
import type { BuildLog } from '../collector.js';
import { LAIT_FOLDER } from './lait.js';

/**
 * The three statistical-neighbour lists (see "Statistical neighbours" in SOURCES.md), read with a
 * spreadsheet reader at build time only: DfE's children's services neighbours of May 2025 and of April
 * 2021 (10 ranked neighbours per council, each with a closeness label) and ONS's nearest-neighbour
 * ranking of every upper-tier council, of which the first 10 are kept.
 */
export const NEIGHBOUR_FILES = {
  'dfe-2025': { folder: LAIT_FOLDER, file: 'sn_may_2025.xlsx' },
  'dfe-2021': { folder: LAIT_FOLDER, file: 'sn_april_2021.xlsx' },
  ons: { folder: 'LibrariesHacked__public-libraries-activity-dataset', file: 'localauthoritynearestneighboursengland.csv' },
} as const satisfies Record<NeighbourListId, { folder: string; file: string }>;

/** How many neighbours each list gives a council: DfE's ten, and ONS's first ten. */
export const NEIGHBOURS_PER_AREA = 10;

const SHEET = 'LA SN Groups';

/** DfE writes closeness with either case ("Very close", "Very Close"); the lists are shown in one. */
export function normaliseCloseness(label: string): string {
  const text = label.trim().toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface ListHeader {
  id: NeighbourListId;
  name: string;
  vintage: string;
  method: string;
}

const DFE_METHOD =
  'DfE matches each council with the ten whose children and families are most alike on a set of social and economic measures, closest first, and labels how close each is.';

const HEADERS: Record<NeighbourListId, ListHeader> = {
  'dfe-2025': { id: 'dfe-2025', name: 'DfE statistical neighbours', vintage: 'May 2025', method: DFE_METHOD },
  'dfe-2021': { id: 'dfe-2021', name: 'DfE statistical neighbours', vintage: 'April 2021', method: DFE_METHOD },
  ons: {
    id: 'ons',
    name: 'ONS nearest neighbours',
    vintage: '2023 council areas',
    method:
      'ONS ranks every other upper-tier council by how alike it is on a set of demographic, social and economic measures; the ten most alike are used here.',
  },
};

const SOURCE_OF: Record<NeighbourListId, (typeof PUBLICATIONS)[keyof typeof PUBLICATIONS]> = {
  'dfe-2025': PUBLICATIONS.dfeNeighbours2025,
  'dfe-2021': PUBLICATIONS.dfeNeighbours2021,
  ons: PUBLICATIONS.onsNeighbours,
};

/** Everything a list file holds except the header, as the readers below produce it. */
export type NeighbourGroups = Pick<NeighbourListFile, 'groups' | 'closeness' | 'formerAreas' | 'none'>;

/**
 * Reads one of DfE's statistical-neighbour workbooks: one row per council from row 4 (DfE LA number,
 * name, …, then ten pairs of neighbour number and closeness), until the row "Old SNs:", below which come
 * councils that no longer exist (kept by DfE for old data, and not needed here). DfE numbers become ONS
 * codes through `laCodes`. A neighbour that is no longer a council keeps its code and is named in
 * `formerAreas`; a council whose neighbours are all "-" gets a reason in `none`.
 */
export function readDfeNeighbours(path: string, laCodes: ReadonlyMap<number, string>, areas: readonly Area[], log: BuildLog): NeighbourGroups {
  const workbook = readWorkbook(readFileSync(path));
  const sheet = workbook.Sheets[SHEET];
  if (!sheet) throw new Error(`${path}: no sheet “${SHEET}”`);
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
  const header = rows[2];
  if (!header || header[0] !== 'LA num' || header[5] !== 'SN1' || header[6] !== 'SNP' || header[23] !== 'SN10') {
    throw new Error(`${path}: row 3 is not the expected header (LA num, LA Name, …, SN1, SNP, …, SN10, SNP)`);
  }
  const end = rows.findIndex((row) => row[1] === 'Old SNs:');
  const current = new Map(areas.filter((area) => area.kind === 'utla').map((area) => [area.code, area]));
  const nameOfNumber = new Map<number, string>();
  for (const row of rows.slice(3)) if (typeof row[0] === 'number' && typeof row[1] === 'string') nameOfNumber.set(row[0], row[1]);

  const out: Required<NeighbourGroups> = { groups: {}, closeness: {}, formerAreas: {}, none: {} };
  for (const row of rows.slice(3, end < 0 ? undefined : end)) {
    const number = row[0];
    if (typeof number !== 'number') continue;
    const code = laCodes.get(number);
    if (!code || !current.has(code)) {
      log.add(`${path}: row for DfE LA ${number} (${String(row[1])}) is not a current council; skipped`);
      continue;
    }
    const codes: string[] = [];
    const labels: string[] = [];
    for (let column = 5; column < 5 + 2 * NEIGHBOURS_PER_AREA; column += 2) {
      const neighbour = row[column];
      if (neighbour === '-' || neighbour === null) continue;
      if (typeof neighbour !== 'number') throw new Error(`${path}: ${String(row[1])} has neighbour “${String(neighbour)}”, not a DfE LA number`);
      const neighbourCode = laCodes.get(neighbour);
      if (!neighbourCode) throw new Error(`${path}: ${String(row[1])}'s neighbour ${neighbour} has no ONS code`);
      if (!current.has(neighbourCode)) out.formerAreas[neighbourCode] = `${nameOfNumber.get(neighbour) ?? `DfE LA ${neighbour}`} (no longer a council)`;
      codes.push(neighbourCode);
      labels.push(normaliseCloseness(String(row[column + 1] ?? '')));
    }
    if (!codes.length) {
      out.none[code] = `This list was made before ${current.get(code)!.name} was created, so it gives the council no neighbours.`;
      continue;
    }
    if (codes.length !== NEIGHBOURS_PER_AREA) throw new Error(`${path}: ${String(row[1])} has ${codes.length} neighbours, not ${NEIGHBOURS_PER_AREA}`);
    out.groups[code] = codes;
    out.closeness[code] = labels;
  }
  for (const code of current.keys()) {
    if (!out.groups[code] && !out.none[code]) throw new Error(`${path}: no row for the council ${code}`);
  }
  return out;
}

/**
 * Reads ONS's nearest-neighbour ranking (columns `Upper tier local authority code`, `Neighbour 1` … `Neighbour 152`)
 * and keeps the first ten of each council.
 */
export function readOnsNeighbours(rows: DSVRowArray<string>, areas: readonly Area[]): NeighbourGroups {
  const current = new Set(areas.filter((area) => area.kind === 'utla').map((area) => area.code));
  const groups: Record<string, string[]> = {};
  for (const row of rows) {
    const code = row['Upper tier local authority code'] ?? '';
    if (!current.has(code)) throw new Error(`ONS neighbours: ${code} is not a current upper-tier council`);
    const neighbours = Array.from({ length: NEIGHBOURS_PER_AREA }, (_, index) => row[`Neighbour ${index + 1}`] ?? '');
    for (const neighbour of neighbours) {
      if (!current.has(neighbour)) throw new Error(`ONS neighbours: ${code}'s neighbour “${neighbour}” is not a current upper-tier council`);
    }
    groups[code] = neighbours;
  }
  for (const code of current) if (!groups[code]) throw new Error(`ONS neighbours: no row for ${code}`);
  return { groups };
}

/** A list file: its name, vintage, method and source, then the groups read. */
export function neighbourListFile(id: NeighbourListId, groups: NeighbourGroups, builtAt: string): NeighbourListFile {
  const { closeness, formerAreas, none } = groups;
  return {
    format: NEIGHBOURS_FORMAT,
    builtAt,
    ...HEADERS[id],
    source: SOURCE_OF[id],
    groups: groups.groups,
    ...(closeness && Object.keys(closeness).length ? { closeness } : {}),
    ...(formerAreas && Object.keys(formerAreas).length ? { formerAreas } : {}),
    ...(none && Object.keys(none).length ? { none } : {}),
  };
}
