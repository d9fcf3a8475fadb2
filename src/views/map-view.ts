import type { DomainDefinition } from '../../indicators/domains.js';
import { dateInWords } from '../format/date.js';
import { gapPercent } from '../charts/opportunity-map.js';
import { verdictText } from '../format/verdict.js';
import type { Area, SourceInfo, Verdict } from '../model.js';
import type { DomainView } from './assessment-view.js';
import { byVerdict, figureText } from './describe.js';
import type { IndicatorView } from './indicator-view.js';

/** One indicator as the opportunity map shows it. */
export interface MapSegment {
  view: IndicatorView;
  domain: DomainDefinition;
  slug: string;
  /** The short label beside the ring. */
  label: string;
  verdict: Verdict;
  /** Percentage difference from England, uncapped; null without both figures (drawn as a stub). */
  gap: number | null;
  areaText: string;
  englandText: string;
  /** The verdict in words, e.g. "Significantly worse than England". */
  verdictWords: string;
  /** The segment's accessible name, e.g. "Overcrowding: 10.4%, England 4.4%, significantly worse than England". */
  name: string;
}

export interface MapView {
  area: Area;
  info: SourceInfo;
  domains: { domain: DomainDefinition; segments: MapSegment[] }[];
  /** Every segment in the model's order. */
  segments: MapSegment[];
  /** The map in sentences, worst news first. */
  summary: { verdict: Verdict; text: string }[];
  /** Who published the figures and under what licence, for the picture's source line. */
  sourceLine: string;
  /** The data date as words, e.g. "22 November 2026". */
  dataDate: string;
}

/** What the map needs from an assessment: `AssessmentView` and `<oat-assessment>`'s data both fit. */
export interface MapViewInput {
  area: Area;
  domains: readonly DomainView[];
  info: SourceInfo;
}

const LICENCES: Record<string, string> = { 'OGL-3.0': 'Open Government Licence v3.0' };


const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function segmentOf(view: IndicatorView, domain: DomainDefinition): MapSegment {
  const { definition, local, england, comparison } = view;
  const areaText = figureText(view, local?.value);
  const englandText = figureText(view, england?.value);
  const verdictWords = verdictText(comparison);
  const name =
    comparison.verdict === 'no-data'
      ? `${definition.shortTitle}: no data for ${view.area.name}`
      : `${definition.shortTitle}: ${areaText}, England ${englandText}, ${lowerFirst(verdictWords)}`;
  return {
    view,
    domain,
    slug: definition.slug,
    label: definition.shortTitle,
    verdict: comparison.verdict,
    gap: gapPercent(local?.value, england?.value),
    areaText,
    englandText,
    verdictWords,
    name,
  };
}

const count = (n: number) => (n === 1 ? '1 indicator' : `${n} indicators`);

/** What each group of the summary says, given how many indicators are in it. */
const SUMMARY: Record<Verdict, (n: number) => string> = {
  worse: (n) => `${count(n)} significantly worse than England`,
  better: (n) => `${count(n)} significantly better than England`,
  higher: (n) => `${count(n)} significantly higher than England, where neither direction is judged better`,
  lower: (n) => `${count(n)} significantly lower than England, where neither direction is judged better`,
  similar: (n) => `${count(n)} similar to England`,
  'not-compared': (n) => `${count(n)} not tested for a significant difference`,
  'no-data': (n) => `${count(n)} with no data`,
};
const ORDER: Verdict[] = ['worse', 'better', 'higher', 'lower', 'similar', 'not-compared', 'no-data'];

/** The name of an untested indicator with the way it differs, e.g. "Child poverty (lower)". */
function untestedName(view: IndicatorView): string {
  const direction = view.comparison.direction;
  const how = direction === 'higher' || direction === 'lower' ? direction : direction === 'same' ? 'the same' : 'no England figure';
  return `${view.definition.shortTitle} (${how})`;
}

/**
 * The map in sentences, one per verdict, e.g. "2 indicators significantly worse than England:
 * Overcrowding, Life satisfaction." Worse and better are always said, even when none.
 */
export function mapSummary(views: readonly IndicatorView[]): { verdict: Verdict; text: string }[] {
  const groups = byVerdict(views);
  const sentences: { verdict: Verdict; text: string }[] = [];
  for (const verdict of ORDER) {
    const members = groups.get(verdict) ?? [];
    if (!members.length) {
      if (verdict === 'worse' || verdict === 'better') sentences.push({ verdict, text: `No indicators significantly ${verdict} than England.` });
      continue;
    }
    const names = members.map((view) => (verdict === 'not-compared' ? untestedName(view) : view.definition.shortTitle));
    sentences.push({ verdict, text: `${SUMMARY[verdict](members.length)}: ${names.join(', ')}.` });
  }
  return sentences;
}

/** The source line: the publishers of the figures and the licence they are used under. */
export function sourceLine(views: readonly IndicatorView[], info: SourceInfo): string {
  const publishers = [...new Set(views.flatMap((view) => view.definition.sources.map((source) => source.publisher)))];
  const licences = [...new Set(views.flatMap((view) => view.definition.sources.map((source) => LICENCES[source.licence] ?? source.licence)))];
  const from = publishers.length ? publishers.join('; ') : info.name;
  const licence = licences.length ? ` Contains public sector information licensed under the ${licences.join(' and the ')}.` : '';
  return `Source: ${from}; ${info.name}, ${dateInWords(info.dataDate)}.${licence}`;
}

/** Builds the opportunity map's view of an assessment. */
export function mapView(input: MapViewInput): MapView {
  const domains = input.domains.map(({ domain, indicators }) => ({ domain, segments: indicators.map((view) => segmentOf(view, domain)) }));
  const segments = domains.flatMap((domain) => domain.segments);
  const views = segments.map((segment) => segment.view);
  return {
    area: input.area,
    info: input.info,
    domains,
    segments,
    summary: mapSummary(views),
    sourceLine: sourceLine(views, input.info),
    dataDate: dateInWords(input.info.dataDate),
  };
}
