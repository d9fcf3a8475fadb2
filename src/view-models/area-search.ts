import type { Area } from '../model.js';

/** Authorities of one region, as the area picker lists them. */
export interface AreaGroup {
  region: Area;
  areas: Area[];
}

/** Sorts names the way an English reader expects: case and accents ignored, numbers in order. */
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byName = (a: Area, b: Area): number => collator.compare(a.name, b.name) || collator.compare(a.code, b.code);

/**
 * A name reduced to what matters when someone types it: lower case, without accents or other
 * diacritics, "&" read as "and", "Saint" as "St", apostrophes dropped ("King's" → "kings") and every
 * other run of punctuation or spaces turned into a single space.
 *
 * @example normaliseName('St. Helens') === 'st helens'
 * @example normaliseName('Stoke-on-Trent') === 'stoke on trent'
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'saint' ? 'st' : word))
    .join(' ');
}

/** A normalised name without its "and"s, so "Brighton Hove" finds "Brighton and Hove". */
function withoutAnd(normalised: string): string {
  return normalised
    .split(' ')
    .filter((word) => word !== 'and')
    .join(' ');
}

/** The forms of an area's name that a query is matched against. */
interface SearchKeys {
  full: string[];
  compact: string[];
}

const keyCache = new WeakMap<Area, SearchKeys>();

/**
 * The searchable forms of a name: the name itself and, for ONS names such as
 * "Kingston upon Hull, City of" or "Herefordshire, County of", the spoken order
 * ("City of Kingston upon Hull").
 */
function keysOf(area: Area): SearchKeys {
  const cached = keyCache.get(area);
  if (cached) return cached;
  const names = [area.name];
  const inverted = /^(.+),\s*(.+\bof)$/i.exec(area.name);
  if (inverted) names.push(`${inverted[2]} ${inverted[1]}`);
  const full = [...new Set(names.map(normaliseName))];
  const keys = { full, compact: full.map(withoutAnd) };
  keyCache.set(area, keys);
  return keys;
}

/**
 * Whether an area matches a query: its ONS code typed in full (any case), or the normalised query
 * found anywhere in one of its name's forms. An empty query matches every area.
 */
export function areaMatches(area: Area, query: string): boolean {
  const trimmed = query.trim();
  if (!trimmed) return true;
  if (area.code.toUpperCase() === trimmed.toUpperCase()) return true;
  const wanted = normaliseName(trimmed);
  if (!wanted) return false;
  const keys = keysOf(area);
  if (keys.full.some((key) => key.includes(wanted))) return true;
  const compactWanted = withoutAnd(wanted);
  return compactWanted !== '' && keys.compact.some((key) => key.includes(compactWanted));
}

/**
 * The areas matching a query, grouped under their regions: regions in alphabetical order of name
 * and, within each, areas in alphabetical order of name. Regions with no match are left out, as are
 * areas whose `parentCode` is not one of the regions given. An empty query returns everything.
 */
export function searchAreas(areas: readonly Area[], regions: readonly Area[], query: string): AreaGroup[] {
  const byRegion = new Map<string, Area[]>();
  for (const area of areas) {
    if (!area.parentCode || !areaMatches(area, query)) continue;
    const list = byRegion.get(area.parentCode);
    if (list) list.push(area);
    else byRegion.set(area.parentCode, [area]);
  }
  return [...regions].sort(byName).flatMap((region) => {
    const matched = byRegion.get(region.code);
    return matched ? [{ region, areas: matched.sort(byName) }] : [];
  });
}
