/**
 * The normalised model shared by every data source, the statistics core and the elements.
 * Nothing here touches the DOM.
 */

/** The four parts of the stress–vulnerability–adaptation model, in the model's order. */
export const DOMAIN_IDS = ['stressful-circumstances', 'individual-vulnerabilities', 'family-relationships', 'children-outcomes'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/**
 * How a publisher (Fingertips, DfE's LAIT) judges a difference: which direction it calls better, or
 * neither. Kept as data to read the publisher's own comparison words; this library's verdicts come
 * from the opportunity reading ({@link Reading}) instead.
 */
export const POLARITIES = ['high-is-bad', 'high-is-good', 'no-judgement'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Which way a figure moves when more families are under pressure, or children fare worse. */
export const READING_DIRECTIONS = ['higher', 'lower'] as const;
export type ReadingDirection = (typeof READING_DIRECTIONS)[number];

/**
 * The opportunity reading of an indicator. The tool asks one question of every figure: are more of
 * this area's families under this pressure than England's (the first three domains), or do its
 * children fare worse (the fourth)? That question always has a direction, even where a publisher
 * makes no better-or-worse judgement.
 */
export interface Reading {
  /** `higher` when a higher figure means more families under pressure (or worse for children); `lower` when a lower one does. */
  worseWhen: ReadingDirection;
  /** Why, in one plain sentence. */
  reason: string;
  /** What else a difference can mean (services finding more families, say), told in "About this indicator". */
  caveat?: string;
}

/** How an indicator's value is expressed. */
export type Unit =
  | { kind: 'percent' }
  /** A rate per `per` people (for example per 10,000 children). */
  | { kind: 'rate'; per: number; of: string }
  /** A score on a published scale, such as a mean rating out of 10. */
  | { kind: 'score'; label: string; min?: number; max?: number }
  | { kind: 'count' };
export type UnitKind = Unit['kind'];

/** Where the figures come from, and the attribution their licence asks for. */
export interface SourceReference {
  publisher: string;
  dataset: string;
  url: string;
  /** The licence's name, e.g. "OGL-3.0" for the Open Government Licence v3.0. */
  licence: string;
  /** The attribution to show wherever the figures appear. */
  attribution: string;
  /**
   * True for a tool that republishes other publishers' figures (DfE's LAIT): a figure read from it is
   * credited to its original publisher – the indicator's first source – and said to be read from here.
   */
  compilation?: boolean;
  /** The short name a row may use for it ("LAIT"), where it has one. */
  shortName?: string;
}

/**
 * Identifiers of the indicator in OHID Fingertips, where it has one, and the one split of a reply
 * that is the indicator: a `latest_data` reply holds a root per sex, age, category and year range,
 * and only the split named here is read (see `pickSplit` in src/sources/fingertips/normalise.ts).
 */
export interface FingertipsIds {
  indicatorId: number;
  /** Fingertips' sex id: 1 male, 2 female, 4 persons, −1 not applicable. */
  sexId?: number;
  /** Fingertips' age id (1 all ages, 173 under 18 …). Unset when not confirmed: the reply must then hold one age only. */
  ageId?: number;
  /** A category split (deprivation deciles, ethnic groups …); unset means the whole population, never a category. */
  categoryTypeId?: number;
  /** Years each figure covers (1, 3 …); unset when the reply holds one range only. */
  yearRange?: number;
  /** Upper-tier local authorities from April 2023 = 502. */
  areaTypeId: number;
  /**
   * The profile whose grouping holds the indicator, supplying polarity and the comparison method
   * (19 = Public Health Outcomes Framework, 105 = Child and Maternal Health). The API looks for an
   * indicator only inside the profiles a request names.
   */
  profileId?: number;
  /** How sure we are of the id: `verified` pairs it with the name in a published source; `medium` is inferred. */
  confidence: 'verified' | 'medium';
  /** How sure we are that the indicator lives in `profileId`. */
  profileConfidence?: 'verified' | 'medium';
}

/** One OAT indicator as this library defines it. */
export interface IndicatorDefinition {
  slug: string;
  domain: DomainId;
  title: string;
  shortTitle: string;
  /** The question the indicator helps a local team answer. */
  question: string;
  /** What the figure is, in plain words. */
  definition: string;
  unit: Unit;
  /**
   * The publisher's own polarity – Fingertips' where it publishes the indicator, else the main
   * publisher's – to read its comparison words; never this library's verdict.
   */
  publishedPolarity: Polarity;
  /** The opportunity reading. Every catalogue entry has one; a council's own indicator may not. */
  reading?: Reading;
  /** Why the measure matters for parents' relationships or for children, in plain words. */
  whyItMatters?: string;
  /** The measure this library actually shows. */
  measure: string;
  /** The measure the original OAT used. */
  oatMeasure: string;
  /** Set when the OAT's measure is discontinued and a successor is used. */
  successor?: { replaces: string; reason: string };
  /** Set when a stand-in of the same family risk is shown because the OAT measure has no data here. */
  standIn?: { reason: string };
  /** Decimal places to show. */
  decimals: number;
  sources: SourceReference[];
  fingertips?: FingertipsIds;
  /** Set when the embedded snapshot holds no figures for this indicator, saying why. */
  noSnapshotData?: string;
}

/** `sub-area` is a part of an authority (a ward, say) from a council's own data. */
export const AREA_KINDS = ['england', 'region', 'utla', 'sub-area'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** England, a region, or an upper-tier local authority, identified by its ONS code. */
export interface Area {
  code: string;
  name: string;
  kind: AreaKind;
  /** The region an upper-tier authority sits in; England for a region; the authority for a sub-area. */
  parentCode?: string;
}

/** A period as its publisher labels it. */
export interface Period {
  /** Label as shown to users, e.g. "2024/25" or "Census 2021". */
  label: string;
  /** A sortable key: later periods sort after earlier ones. */
  sortKey: string;
}

/** How a figure came to be: as published, calculated here from published figures, or a council's own. */
export const PROVENANCE_KINDS = ['published', 'derived', 'council'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/**
 * Where one figure came from. It belongs to the observation, not to the element that shows it, so every
 * row, tooltip, table, export and print names the source of that very figure.
 */
export interface Provenance {
  /** Who published it ("Department for Education"); for a council's own figure, the council's file as it names itself. */
  publisher: string;
  /** The publication or dataset. */
  dataset: string;
  /** A link to the publication, where there is one. */
  url?: string;
  /** The licence it is used under, in words ("Open Government Licence v3.0"); null when none is stated. */
  licence: string | null;
  /** ISO date the figure was built into the snapshot, fetched from the live source or read from a file. */
  asOf: string;
  /** `published` as the publisher gave it; `derived` calculated here from published figures (`method` says how); `council` a council's own. */
  kind: ProvenanceKind;
  /** How a derived figure was calculated, in plain words. */
  method?: string;
  /** How it reached the page: "Embedded snapshot", "OHID Fingertips (live)", or the council file's name. */
  via: string;
  /**
   * Where the figure was read from when that is not the publisher's own release but a tool that
   * republishes it ("Department for Education, Local authority interactive tool (LAIT)").
   */
  readFrom?: { name: string; short: string };
}

/** Why there is no value. */
export type MissingReason = 'suppressed' | 'not-available' | 'boundary-change' | 'no-snapshot-data';

/** One figure for one indicator, area and period. */
export interface Observation {
  indicator: string;
  area: string;
  period: Period;
  /** null when there is no value; `missing` says why. */
  value: number | null;
  /** Published 95% confidence limits, when the publisher gives them. */
  lower?: number;
  upper?: number;
  /** Numerator and denominator, where the source publishes them, so a CI can be computed. */
  count?: number;
  denominator?: number;
  /**
   * Set when the count was not published but derived (for example a published percentage times its
   * published denominator), saying how; an interval computed from it is then labelled derived.
   */
  countDerivation?: string;
  /** Where this figure came from. */
  provenance?: Provenance;
  /** A note that changes how the figure should be read (e.g. a value carried across a boundary change). */
  note?: string;
  missing?: { reason: MissingReason; message: string };
  /** Significance judged by the publisher (Fingertips), kept so our own verdict can be checked against it. */
  publishedSignificance?: Significance;
}

export const SIGNIFICANCES = ['higher', 'lower', 'similar'] as const;
export type Significance = (typeof SIGNIFICANCES)[number];

export const VERDICTS = ['worse', 'better', 'similar', 'higher', 'lower', 'not-compared', 'no-data'] as const;
/**
 * The opportunity reading of a comparison, in the reader's terms:
 * `worse` when more of the area's families are under this pressure (or its children fare worse),
 * `better` when fewer are (or they fare better), `similar` when there is no real difference,
 * `higher`/`lower` only for a council's own indicator whose file states no direction,
 * `not-compared` when no judgement can be made (the comparison's `reason` says why),
 * `no-data` when the area's value is missing.
 */
export type Verdict = (typeof VERDICTS)[number];

/** What a verdict is about: pressure on families (the first three domains) or children's outcomes (the fourth). */
export type ReadingKind = 'pressure' | 'outcome';

/** How a confidence interval was obtained. */
export type IntervalMethod = 'published' | 'wilson' | 'byar' | 'exact-poisson';

/**
 * How a verdict was reached: `interval` tests England's value against the area's 95% confidence interval;
 * `published-comparison` takes the publisher's own comparison (Fingertips' "Better", "Similar"…) where no
 * interval is available; `position` places the area among England's councils (quintiles) where no count
 * exists — a position, not a significance test.
 */
export type JudgementMethod = 'interval' | 'published-comparison' | 'position';

/** An area's place among England's councils, read the tool's way (see `positionAmong`). */
export interface Position {
  /** 5 is the fifth of councils with the most pressure (or where children fare worst), 1 the fifth with the least. */
  quintile: 1 | 2 | 3 | 4 | 5;
  /** 1 for the council with the most pressure; tied councils share a rank. */
  rank: number;
  /** How many councils have a value. */
  of: number;
}

export interface Comparison {
  verdict: Verdict;
  /** Whether the verdict is about pressure on families or children's outcomes, which decides its words. */
  reads: ReadingKind;
  /** How the verdict was reached; absent when none was (`not-compared`, `no-data`). */
  method?: JudgementMethod;
  /** Significance before the reading is applied: the tested or published difference; null otherwise. */
  significance: Significance | null;
  /** Direction of the raw difference from England, judged or not; null without both values. */
  direction: 'higher' | 'lower' | 'same' | null;
  /** The 95% interval, in the indicator's units; `derived` when it rests on a derived count. */
  interval?: { lower: number; upper: number; method: IntervalMethod; derived?: boolean };
  /** The area's place among councils, when that is how the verdict was reached. */
  position?: Position;
  /** Why no verdict (or no comparison with England) was possible. */
  reason?: string;
}

/** What a data source can answer. Every element talks to one of these and nothing else. */
export interface ObservationQuery {
  indicators: readonly string[];
  /** Area codes; omitted means every area the source has (England, regions and upper-tier authorities). */
  areas?: readonly string[];
}

export interface SourceInfo {
  /** Human name, e.g. "Embedded snapshot". */
  name: string;
  /** ISO date the data was built or fetched. */
  dataDate: string;
  attribution: string[];
  /**
   * Something the reader must know about where the figures came from this time, shown prominently,
   * e.g. "Live data unavailable — showing figures from 22 November 2026".
   */
  notice?: string;
  /** Problems met while reading the data that did not stop it (e.g. rejected rows of a council's file). */
  warnings?: string[];
}

/** `live-arrived`: ask again for live figures. `live-failed`: ask again for the snapshot's figures and notice. */
export type SourceChangeKind = 'live-arrived' | 'live-failed';

/** A change in what a source would answer, after it has answered (live figures arriving, say). */
export interface SourceChange {
  kind: SourceChangeKind;
}

export type SourceListener = (change: SourceChange) => void;

export interface DataSource {
  areas(signal?: AbortSignal): Promise<Area[]>;
  indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]>;
  /** The latest observation of each requested indicator for each requested area. */
  observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]>;
  /** Where the figures come from. Ask after `observations`: a live source reports a fallback here. */
  info(signal?: AbortSignal): Promise<SourceInfo>;
  /**
   * For a source whose answers can change after it has answered – a live source that showed the
   * snapshot's figures while a slow reply loaded – calls `listener` on every change until the
   * returned function is called. Elements ask again when told; the source then answers from memory.
   */
  subscribe?(listener: SourceListener): () => void;
}

export const ENGLAND = 'E92000001';
