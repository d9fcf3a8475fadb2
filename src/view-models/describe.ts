import { formatValue } from '../format/unit.js';
import { provenanceFromReference } from '../format/provenance.js';
import type { IndicatorDefinition, Observation, Provenance, ReadingKind, SourceInfo, Verdict } from '../model.js';
import { dateInWords } from '../format/date.js';
import type { IndicatorView } from './indicator-view.js';

/** A figure in the indicator's unit and precision. */
export function figureText(view: Pick<IndicatorView, 'definition'>, value: number | null | undefined): string {
  return formatValue(value, view.definition.unit, view.definition.decimals, { withUnit: true });
}

/**
 * Where one figure came from: its own provenance, or – for a source that gives none – the indicator's
 * first publication as that source delivered it.
 */
export function provenanceFor(definition: IndicatorDefinition, observation: Observation | undefined, info: SourceInfo): Provenance | undefined {
  if (!observation || observation.value === null) return undefined;
  if (observation.provenance) return observation.provenance;
  const reference = definition.sources[0];
  return reference ? provenanceFromReference(reference, info.dataDate, info.name) : undefined;
}

/** {@link provenanceFor} for one of a view's figures. */
export function provenanceOf(view: IndicatorView, observation: Observation | undefined, info: SourceInfo): Provenance | undefined {
  return provenanceFor(view.definition, observation, info);
}

/**
 * When England's figure beside the area's is not the publisher's but a council's own (a file's England
 * figure for a period nothing is published for), the words that must go with it: "the council’s own
 * figure, from our-figures.csv". Undefined for a published England figure.
 */
export function benchmarkFromCouncil(view: IndicatorView, info: SourceInfo): string | undefined {
  const provenance = provenanceOf(view, view.england, info);
  return provenance?.kind === 'council' ? `the council’s own figure, from ${provenance.via}` : undefined;
}

/**
 * The spine chart in words, for screen readers and for anyone who prefers text: the area's value and
 * interval, England's value, and how the councils' values spread.
 */
export function describeSpread(view: IndicatorView): string {
  const { area, local, england, comparison, spread } = view;
  const parts: string[] = [];
  const interval = comparison.interval;
  parts.push(
    `${area.name}: ${figureText(view, local?.value)}${
      interval ? ` (95% confidence interval ${figureText(view, interval.lower)} to ${figureText(view, interval.upper)})` : ''
    }.`,
  );
  if (england?.area !== area.code) parts.push(`England: ${figureText(view, england?.value)}.`);
  if (spread) {
    parts.push(
      `Across ${spread.n} councils the lowest is ${figureText(view, spread.min)} and the highest ${figureText(view, spread.max)}; half of all councils lie between ${figureText(view, spread.q1)} and ${figureText(view, spread.q3)}.`,
    );
  }
  return parts.join(' ');
}

/** Indicators grouped by verdict. */
export function byVerdict(views: readonly IndicatorView[]): Map<Verdict, IndicatorView[]> {
  const groups = new Map<Verdict, IndicatorView[]>();
  for (const view of views) groups.set(view.comparison.verdict, [...(groups.get(view.comparison.verdict) ?? []), view]);
  return groups;
}

const measures = (n: number) => (n === 1 ? '1 measure' : `${n} measures`);

/**
 * A one-line summary that leads with the opportunity reading, honest both ways, e.g.
 * "More pressure than England on 3 of 4 measures (1 judged by position among councils); less pressure on 1."
 * or, for children's outcomes, "Children fare worse than England on 5 of 10 measures …".
 *
 * @param views - the indicators summarised
 * @param reads - whether they are pressures on families or children's outcomes
 */
export function summaryLine(views: readonly IndicatorView[], reads: ReadingKind): string {
  const count = (verdict: Verdict) => views.filter((v) => v.comparison.verdict === verdict).length;
  const byPosition = (verdict: Verdict) => views.filter((v) => v.comparison.verdict === verdict && v.comparison.method === 'position').length;
  const positionNote = (verdict: Verdict) => {
    const n = byPosition(verdict);
    return n ? ` (${n} judged by position among councils)` : '';
  };
  const worse = count('worse');
  const lead =
    reads === 'pressure'
      ? `More pressure than England on ${worse} of ${measures(views.length)}`
      : `Children fare worse than England on ${worse} of ${measures(views.length)}`;
  const parts = [`${lead}${positionNote('worse')}`];
  const better = count('better');
  if (better) parts.push(`${reads === 'pressure' ? 'less pressure' : 'better'} on ${better}${positionNote('better')}`);
  const similar = count('similar');
  if (similar) parts.push(`similar on ${similar}`);
  const [higher, lower] = [count('higher'), count('lower')];
  if (higher || lower) {
    const sides = [higher ? `higher on ${higher}` : '', lower ? `lower on ${lower}` : ''].filter(Boolean).join(' and ');
    parts.push(`${sides} where the council’s file does not say which way means more pressure`);
  }
  const unjudged = count('not-compared');
  if (unjudged) parts.push(`${unjudged} not judged (the rows say why)`);
  const missing = count('no-data');
  if (missing) parts.push(`no data on ${missing}`);
  return `${parts.join('; ')}.`;
}

/**
 * The sources line under a set of figures: the publishers of the figures shown (England's included)
 * with the licences they come under, read from each figure's own provenance, then where the figures
 * reached the page from and when. A council's own figures say so.
 */
export function sourcesLine(views: readonly IndicatorView[], info: SourceInfo): string {
  return sourcesLineFor(
    views.flatMap((view) => [view.local, view.england].map((observation) => ({ definition: view.definition, observation }))),
    info,
  );
}

/** {@link sourcesLine} for any figures, each with its indicator. */
export function sourcesLineFor(figures: readonly { definition: IndicatorDefinition; observation: Observation | undefined }[], info: SourceInfo): string {
  const byLicence = new Map<string, Set<string>>();
  for (const { definition, observation } of figures) {
    const provenance = provenanceFor(definition, observation, info);
    if (!provenance) continue;
    const who = provenance.kind === 'council' ? `the council’s own figures (${provenance.via})` : provenance.publisher;
    const key = provenance.licence ?? '';
    byLicence.set(key, (byLicence.get(key) ?? new Set<string>()).add(who));
  }
  const groups = [...byLicence].map(([licence, publishers]) => `${[...publishers].sort().join('; ')} (${licence || 'no licence stated'})`);
  const from = groups.length ? `Sources: ${groups.join('; ')}. ` : '';
  return `${from}Figures: ${info.name}, ${dateInWords(info.dataDate)}.`;
}
