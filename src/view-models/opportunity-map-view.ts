import type { DomainDefinition } from '../catalogue/domains.js';
import { dateInWords } from '../format/date.js';
import { gapPercent } from '../charts/gap.js';
import { judgedBy, verdictText } from '../format/verdict.js';
import { provenanceShort } from '../format/provenance.js';
import type { Area, SourceInfo, Verdict } from '../model.js';
import type { DomainView } from './assessment-view.js';
import { byVerdict, figureText, provenanceOf, sourcesLine } from './describe.js';
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
  /** The verdict in words, e.g. "More pressure than England". */
  verdictWords: string;
  /** How the verdict was reached, e.g. "a significant difference (tested: 95% interval, Byar)". */
  judged: string;
  /** The area's period, e.g. "2024/25". */
  period: string;
  /** Where the area's figure came from, e.g. "Department for Education · Open Government Licence v3.0". */
  source: string;
  /** The segment's accessible name, e.g. "Overcrowding: 10.4%, England 4.4%, more pressure than England". */
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

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function segmentOf(view: IndicatorView, domain: DomainDefinition, info: SourceInfo): MapSegment {
  const { definition, local, england, comparison } = view;
  const provenance = provenanceOf(view, local, info);
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
    judged: comparison.verdict === 'no-data' ? '' : judgedBy(comparison),
    period: local?.period.label ?? '',
    source: provenance ? provenanceShort(provenance) : '',
    name,
  };
}

/** A short name, marked when the verdict rests on the area's position among councils rather than a test. */
function named(view: IndicatorView): string {
  return view.comparison.method === 'position' ? `${view.definition.shortTitle} (by position among councils)` : view.definition.shortTitle;
}

const list = (views: readonly IndicatorView[]) => views.map(named).join(', ');
const measures = (n: number) => (n === 1 ? '1 measure' : `${n} measures`);

/**
 * The map in sentences, the opportunities first, honest both ways: where families face more pressure
 * than England's, where children fare worse, where the area is better placed (each said even when
 * none), then what is similar, not judged or missing.
 */
export function mapSummary(views: readonly IndicatorView[]): { verdict: Verdict; text: string }[] {
  const groups = byVerdict(views);
  const worse = groups.get('worse') ?? [];
  const pressures = worse.filter((view) => view.comparison.reads === 'pressure');
  const outcomes = worse.filter((view) => view.comparison.reads === 'outcome');
  const sentences: { verdict: Verdict; text: string }[] = [
    {
      verdict: 'worse',
      text: pressures.length
        ? `Families face more pressure than England’s on ${measures(pressures.length)}: ${list(pressures)}.`
        : 'Families face more pressure than England’s on none of the measures.',
    },
    {
      verdict: 'worse',
      text: outcomes.length
        ? `Children fare worse than England’s on ${measures(outcomes.length)}: ${list(outcomes)}.`
        : 'Children fare worse than England’s on none of the measures.',
    },
  ];
  const better = groups.get('better') ?? [];
  sentences.push({
    verdict: 'better',
    text: better.length ? `Better placed than England on ${measures(better.length)}: ${list(better)}.` : 'Better placed than England on none of the measures.',
  });
  const rest: [Verdict, string][] = [
    ['similar', 'Similar to England on'],
    ['higher', 'Higher than England, with no direction stated in the council’s file, on'],
    ['lower', 'Lower than England, with no direction stated in the council’s file, on'],
    ['not-compared', 'Not judged (the table says why) on'],
    ['no-data', 'No data on'],
  ];
  for (const [verdict, words] of rest) {
    const members = groups.get(verdict) ?? [];
    if (members.length) sentences.push({ verdict, text: `${words} ${measures(members.length)}: ${list(members)}.` });
  }
  return sentences;
}

/** Builds the opportunity map's view of an assessment. */
export function mapView(input: MapViewInput): MapView {
  const domains = input.domains.map(({ domain, indicators }) => ({ domain, segments: indicators.map((view) => segmentOf(view, domain, input.info)) }));
  const segments = domains.flatMap((domain) => domain.segments);
  const views = segments.map((segment) => segment.view);
  return {
    area: input.area,
    info: input.info,
    domains,
    segments,
    summary: mapSummary(views),
    sourceLine: sourcesLine(views, input.info),
    dataDate: dateInWords(input.info.dataDate),
  };
}
