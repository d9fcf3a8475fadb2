/**
 * "Download figures (CSV)": exactly what an assessment shows, one row per indicator, for a
 * spreadsheet. Numbers are written as the source gave them (computed interval limits to two more
 * decimal places than the indicator shows), words exactly as the page shows them, and every text cell
 * that a spreadsheet could take for a formula is neutralised.
 */
import { republishedIn } from '../format/provenance.js';
import { describeUnit } from '../format/unit.js';
import { methodShortText, verdictText } from '../format/verdict.js';
import { fileSlug } from '../format/file-name.js';
import { dateInWords } from '../format/date.js';
import type { Area, SourceInfo } from '../model.js';
import type { DomainView } from './assessment-view.js';
import { provenanceOf } from './describe.js';
import type { IndicatorView } from './indicator-view.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'Area code',
  'Area',
  'Compared with',
  'Domain',
  'Indicator',
  'Indicator id',
  'Unit',
  'Value',
  'Lower 95% limit',
  'Upper 95% limit',
  'Interval',
  'Count',
  'Denominator',
  'Period',
  'England value',
  'England period',
  'Verdict',
  'How judged',
  'Publisher',
  'Dataset',
  'Licence',
  'How the figure was made',
  'Note',
  'Figures from',
] as const;

type Cell = string | number | null | undefined;

/** What the CSV needs: an assessment's area, domains and source. */
export interface FiguresInput {
  area: Area;
  domains: readonly DomainView[];
  info: SourceInfo;
}

/**
 * A text cell made safe for spreadsheets: one that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with an apostrophe, so it is shown as text and never run as a formula.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One cell as CSV: numbers as they are; text neutralised, and quoted when it holds a comma, quote or line break. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const INTERVAL_WORDS = {
  published: 'Published 95% interval',
  wilson: 'Wilson 95% interval',
  byar: 'Byar 95% interval',
  'exact-poisson': 'Exact Poisson 95% interval',
} as const;

/** A computed limit to two more decimal places than the indicator shows; a published one as published. */
function limit(value: number, published: boolean, decimals: number): number {
  return published ? value : Number(value.toFixed(decimals + 2));
}

function rowFor(view: IndicatorView, domainTitle: string, info: SourceInfo): Cell[] {
  const { definition, area, local, england, comparison } = view;
  const interval = comparison.interval;
  const published = interval?.method === 'published';
  const provenance = provenanceOf(view, local, info);
  const made = provenance
    ? provenance.kind === 'derived'
      ? `Calculated from published figures${provenance.method ? `: ${provenance.method}` : ''}`
      : provenance.kind === 'council'
        ? 'The council’s own figure'
        : 'As published'
    : '';
  const countNote = local?.countDerivation ? `Count derived: ${local.countDerivation}` : '';
  const note = [local?.missing?.message, local?.note, countNote].filter(Boolean).join(' ');
  return [
    area.code,
    area.name,
    'England',
    domainTitle,
    definition.title,
    definition.slug,
    describeUnit(definition.unit),
    local?.value ?? null,
    interval ? limit(interval.lower, published, definition.decimals) : null,
    interval ? limit(interval.upper, published, definition.decimals) : null,
    interval ? `${INTERVAL_WORDS[interval.method]}${interval.derived ? ' (derived count)' : ''}` : '',
    local?.count ?? null,
    local?.denominator ?? null,
    local?.period.label ?? '',
    england?.value ?? null,
    england?.period.label ?? '',
    verdictText(comparison),
    methodShortText(comparison),
    provenance?.publisher ?? '',
    provenance ? `${provenance.dataset}${provenance.readFrom ? ` (${republishedIn(provenance)})` : ''}` : '',
    provenance ? (provenance.licence ?? 'No licence stated') : '',
    made,
    note,
    `${info.name}, ${dateInWords(info.dataDate)}`,
  ];
}

/** The assessment's figures as CSV text: a byte-order mark (so spreadsheets read it as UTF-8), a header row, then one row per indicator. */
export function figuresCsv(input: FiguresInput): string {
  const rows: Cell[][] = [
    [...CSV_COLUMNS],
    ...input.domains.flatMap((domain) => domain.indicators.map((view) => rowFor(view, domain.domain.title, input.info))),
  ];
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name for an area's figures, e.g. "oat-figures-blackpool.csv". */
export function figuresFileName(area: Area): string {
  return `oat-figures-${fileSlug(area.name)}.csv`;
}
