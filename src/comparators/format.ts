import type { SourceReference } from '../model.js';

/**
 * The statistical-neighbour lists' file format. Each list is its own small file beside the library,
 * fetched only when a page compares an area with its neighbours or outlines them on a map.
 */
export const NEIGHBOURS_FORMAT = 'oat-neighbours/1';

/** The lists offered, default first: DfE's of May 2025 (the one DfE's own LAIT uses), DfE's of April 2021, ONS's. */
export const NEIGHBOUR_LISTS = ['dfe-2025', 'dfe-2021', 'ons'] as const;
export type NeighbourListId = (typeof NEIGHBOUR_LISTS)[number];
export const DEFAULT_NEIGHBOUR_LIST: NeighbourListId = 'dfe-2025';

/**
 * Each list as a choice names it, with its vintage, before the list itself is loaded. Kept here, beside
 * the ids, rather than with the comparison's words, which pages fetch only when a comparison is shown.
 */
export const NEIGHBOUR_LIST_CHOICES: Readonly<Record<NeighbourListId, string>> = {
  'dfe-2025': 'Statistical neighbours (DfE, May 2025)',
  'dfe-2021': 'Statistical neighbours (DfE, April 2021)',
  ons: 'Nearest neighbours (ONS)',
};

/** What an area can be compared with besides England, which is always the first comparison. */
export const COMPARATORS = ['england', 'region', 'neighbours'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface NeighbourListFile {
  format: typeof NEIGHBOURS_FORMAT;
  /** ISO date the file was built. */
  builtAt: string;
  id: NeighbourListId;
  /** The list's name, e.g. "DfE statistical neighbours". */
  name: string;
  /** Its vintage, e.g. "May 2025": the lists disagree, so both are always shown. */
  vintage: string;
  /** How the list was made, in a sentence. */
  method: string;
  source: SourceReference;
  /** Each council's neighbours by ONS code, closest first. */
  groups: Record<string, string[]>;
  /** The publisher's closeness label of each neighbour ("Very close"), in the order of `groups`, where it gives one. */
  closeness?: Record<string, string[]>;
  /** Names of neighbours that are no longer councils (an older list can name one), by code. */
  formerAreas?: Record<string, string>;
  /** Why a council has no neighbours in this list, by code. */
  none?: Record<string, string>;
}
