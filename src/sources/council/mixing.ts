import { periodSortKeyFromLabel } from '../../format/period.js';
import type { Area, IndicatorDefinition, Observation, Period } from '../../model.js';
import { listInWords } from './problems.js';

/**
 * The rules for mixing a council's file with published figures (README, "Rules for mixing sources"):
 *
 * 1. A council's figure takes the place of a published one only for the same indicator, area and
 *    period.
 * 2. The latest period is shown: a file's figure for a later period than the published one is shown
 *    instead of it; one for an earlier period is not, and the source's warnings say so – a newer
 *    published figure is never hidden by an older one from a file.
 * 3. England's and a region's published figure is never replaced: a file's figure for England or a
 *    region is used only for a period the publisher has no figure for, and then the source's
 *    warnings say that figure came from the file (as its provenance does).
 *
 * Every figure of the file has been through the same plausibility check as published ones before
 * it gets here.
 */

/** What the rules need to know to word their notes. */
export interface MixContext {
  file: string;
  areas: ReadonlyMap<string, Area>;
  indicators: ReadonlyMap<string, IndicatorDefinition>;
}

/** What the rules decided for a file's figures. */
export interface Mixed {
  /** The file's figures that are shown, by indicator and area. */
  shown: Map<string, Observation>;
  /** What the reader must know about figures of the file not shown, or shown for England or a region: one sentence per group. */
  notes: string[];
}

/** The key of an indicator and an area. */
export const figureKey = (indicator: string, area: string) => `${indicator}\u0000${area}`;

/** A period's place in time: its sort key in the snapshot's form, else read from its label. */
function periodOrder(period: Period): string {
  return /^\d{4}-\d{2}/.test(period.sortKey) ? period.sortKey : periodSortKeyFromLabel(period.label);
}

function samePeriod(a: Period, b: Period): boolean {
  if (a.label === b.label) return true;
  const order = periodOrder(a);
  return order !== '' && order === periodOrder(b);
}

/** True when the published observation has no period to compare with (an indicator the publisher has no figures for). */
function noPublishedPeriod(published: Observation): boolean {
  return published.missing?.reason === 'no-snapshot-data' || (published.period.label === '' && published.period.sortKey === '');
}

type NoteKind = 'older' | 'benchmark-kept' | 'benchmark-from-file';

/** The most areas named in one note; the rest are counted. */
const NAMED = 3;

/**
 * Applies the rules to the file's latest figures and the published figures for the same
 * indicators and areas.
 */
export function mixFigures(published: readonly Observation[], fromFile: readonly Observation[], context: MixContext): Mixed {
  const publishedBy = new Map(published.map((observation) => [figureKey(observation.indicator, observation.area), observation]));
  const shown = new Map<string, Observation>();
  const groups = new Map<string, { kind: NoteKind; indicator: string; items: string[] }>();
  const note = (kind: NoteKind, observation: Observation, item: string) => {
    const group = `${kind}\u0000${observation.indicator}`;
    const entry = groups.get(group) ?? { kind, indicator: observation.indicator, items: [] };
    entry.items.push(item);
    groups.set(group, entry);
  };
  const areaName = (code: string) => context.areas.get(code)?.name ?? code;

  for (const figure of fromFile) {
    const key = figureKey(figure.indicator, figure.area);
    const kind = context.areas.get(figure.area)?.kind;
    const isBenchmark = kind === 'england' || kind === 'region';
    const other = publishedBy.get(key);
    const place = `${areaName(figure.area)} (${figure.period.label})`;
    if (!other || noPublishedPeriod(other)) {
      shown.set(key, figure);
      if (isBenchmark) note('benchmark-from-file', figure, place);
      continue;
    }
    if (samePeriod(figure.period, other.period)) {
      if (isBenchmark && other.value !== null) note('benchmark-kept', figure, place);
      else {
        shown.set(key, figure);
        if (isBenchmark) note('benchmark-from-file', figure, place);
      }
      continue;
    }
    if (periodOrder(figure.period) > periodOrder(other.period)) {
      shown.set(key, figure);
      if (isBenchmark) note('benchmark-from-file', figure, place);
      continue;
    }
    note('older', figure, `${areaName(figure.area)} (${figure.period.label}; published: ${other.period.label})`);
  }

  const notes = [...groups.values()].map(({ kind, indicator, items }) => {
    const title = `“${context.indicators.get(indicator)?.title ?? indicator}”`;
    switch (kind) {
      case 'older':
        return `${context.file}: its figures for ${title} are for earlier periods than the published ones, so the published figures are shown for ${listInWords(items, NAMED)}.`;
      case 'benchmark-kept':
        return `${context.file}: its figures for ${title} for ${listInWords(items, NAMED)} were not used: a file cannot replace the published figure for England or a region, so the published figure for the same period is shown.`;
      case 'benchmark-from-file':
        return `${context.file}: the figures for ${title} for ${listInWords(items, NAMED)} come from this file, not from a publisher, as none is published for that period; they are marked as the council’s own.`;
    }
  });
  return { shown, notes };
}
