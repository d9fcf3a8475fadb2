import type { FingertipsIds, Observation, Polarity } from '../../model.js';

/**
 * The parts of the Fingertips API's JSON this library reads, as the API names them. Every field is
 * optional because the API leaves out empty ones, and a reply is checked before it is trusted.
 * See docs/fingertips-api.md in the project's reference material for where the shapes come from.
 */

/** One figure for one area (Fingertips' `CoreDataSet`). */
export interface CoreDataSet {
  AreaCode?: string;
  IndicatorId?: number;
  SexId?: number;
  AgeId?: number;
  /** −1 means "no value". */
  Val?: number;
  ValF?: string;
  /** −1 or null means "none". */
  Count?: number | null;
  /** −1 means "none". */
  Denom?: number;
  /** 95% confidence limits, left out when not valid. */
  LoCI?: number;
  UpCI?: number;
  Year?: number;
  YearRange?: number;
  Quarter?: number;
  Month?: number;
  /** Significance codes keyed by comparator id ("4" = England), after polarity was applied. */
  Sig?: Record<string, number>;
  /** A key into /api/value_notes; left out when there is no note. */
  NoteId?: number;
  /** Set on the figures of a category split (deprivation deciles …); left out when 0. */
  CategoryTypeId?: number;
  CategoryId?: number;
}

/**
 * One of Fingertips' value notes, as `/api/value_notes` lists them (`[{Id, Text}]`; fingertips-open
 * PholioObjects/ValueNote.cs, route in ServicesWeb/Controllers/EntitiesController.cs).
 */
export interface ValueNote {
  Id?: number;
  Text?: string;
}

/** How one indicator is grouped in a profile, for one comparator (Fingertips' `Grouping`). */
export interface Grouping {
  /** 1 = sub-national parent, 2 = target, 4 = England. */
  ComparatorId?: number;
  PolarityId?: number;
  ComparatorMethodId?: number;
  SexId?: number;
  AgeId?: number;
  AreaTypeId?: number;
  /** The latest period's label, as Fingertips shows it (e.g. "2022/23"). */
  Period?: string;
  DataPointYear?: number;
  DataPointQuarter?: number;
  DataPointMonth?: number;
  YearRange?: number;
  /** The comparator's own figure: England's when `ComparatorId` is 4. */
  ComparatorData?: CoreDataSet;
}

/** One indicator × sex × age in a reply from a `latest_data` route (Fingertips' `GroupRoot`). */
export interface GroupRoot {
  IID?: number;
  Grouping?: Grouping[];
  Data?: CoreDataSet[];
  Sex?: { Id?: number; Name?: string };
  Age?: { Id?: number; Name?: string };
  PolarityId?: number;
  ComparatorMethodId?: number;
  YearRange?: number;
}

/** A catalogue indicator to read from a Fingertips reply, with the ids that find it there. */
export interface WantedIndicator {
  slug: string;
  fingertips: FingertipsIds;
  /**
   * Which direction is better, from the catalogue. The CSV export words its comparison as
   * "Better"/"Worse" without saying the polarity, so this turns those words back into higher or lower.
   */
  polarity?: Polarity;
}

/** What a parser read from a reply. */
export interface ParsedFingertips {
  /** Figures for England and every area in the reply, for the wanted indicators found. */
  observations: Observation[];
  /** Slugs of the wanted indicators the reply held figures for. */
  found: string[];
  /**
   * Value-note numbers of the figures, keyed by `${slug} ${areaCode}`: a JSON reply carries only the
   * number, and the words come from /api/value_notes (see `withNote`).
   */
  noteIds?: Map<string, number>;
  /** Why a wanted indicator the reply held was not read, by slug (its split was missing or ambiguous). */
  problems?: Map<string, string>;
}
