/**
 * The plain HTML table a script snippet can carry inside its element, for readers whose browser or CMS
 * blocks scripts (and for search engines): the figures the element will show, as of the snapshot's date,
 * each with its period, England's figure, the verdict in words and the figure's source and licence.
 * Written from the same view models as the elements; the element replaces it when it runs (it is
 * light DOM the element's shadow root does not show). Builder only: none of it is in oat.js.
 */
import type { DataSource, SourceInfo } from '../src/model.js';
import { dateInWords } from '../src/format/date.js';
import { provenanceShort } from '../src/format/provenance.js';
import { verdictText } from '../src/format/verdict.js';
import { loadAssessmentView, loadDomainView } from '../src/view-models/assessment-view.js';
import { provenanceFor } from '../src/view-models/describe.js';
import { formatValue } from '../src/format/unit.js';
import { loadIndicatorView } from '../src/view-models/indicator-view.js';
import { loadChoroplethView } from '../src/view-models/choropleth-view.js';
import type { Comparison, IndicatorDefinition, Observation } from '../src/model.js';
import type { ElementView, EmbedOptions } from './embed-options.js';
import { escapeHtml } from './escape-html.js';

/** One row: an indicator for the area (or, for the map of England, one council's figure). */
export interface FigureRow {
  /** The row's heading: the indicator's title, or the council's name. */
  heading: string;
  /** `data-indicator` or `data-area` and its value, so the row can be found. */
  key: ['indicator' | 'area', string];
  definition: IndicatorDefinition;
  local: Observation | undefined;
  england: Observation | undefined;
  comparison: Comparison;
}

export interface StaticFigures {
  /** What the table is about, e.g. "Croydon compared with England: 27 indicators". */
  subject: string;
  /** The first column's heading and the figures' column heading. */
  columns: [string, string];
  rows: FigureRow[];
  info: SourceInfo;
}

const indicatorRow = (view: {
  definition: IndicatorDefinition;
  local: Observation | undefined;
  england: Observation | undefined;
  comparison: Comparison;
}): FigureRow => ({
  heading: view.definition.title,
  key: ['indicator', view.definition.slug],
  definition: view.definition,
  local: view.local,
  england: view.england,
  comparison: view.comparison,
});

function aboutArea(areaName: string, rows: FigureRow[], info: SourceInfo): StaticFigures {
  const subject = `${areaName} compared with England: ${rows.length === 1 ? rows[0]!.heading : `${rows.length} indicators`}`;
  return { subject, columns: ['Indicator', areaName], rows, info };
}

/** Loads the figures an element shows for these options, from the source given (the snapshot, as a rule). */
export async function loadStaticFigures(options: EmbedOptions & { view: ElementView }, source: DataSource): Promise<StaticFigures> {
  if (options.view === 'indicator') {
    const { view, info } = await loadIndicatorView(source, options.indicator, options.area);
    return aboutArea(view.area.name, [indicatorRow(view)], info);
  }
  if (options.view === 'domain') {
    const { view, info } = await loadDomainView(source, options.domain, options.area);
    return aboutArea(view.area.name, view.indicators.map(indicatorRow), info);
  }
  if (options.view === 'choropleth') {
    const view = await loadChoroplethView(source, options.indicator);
    const rows = [...view.entries.values()]
      .sort((a, b) => a.area.name.localeCompare(b.area.name, 'en-GB'))
      .map(({ area, observation, comparison }): FigureRow => ({
        heading: area.name,
        key: ['area', area.code],
        definition: view.definition,
        local: observation,
        england: view.england,
        comparison,
      }));
    return { subject: `${view.definition.title}: England’s ${rows.length} councils`, columns: ['Council', view.definition.title], rows, info: view.info };
  }
  const view = await loadAssessmentView(source, options.area);
  return aboutArea(view.area.name, view.domains.flatMap((domain) => domain.indicators).map(indicatorRow), view.info);
}

function period(view: FigureRow): string {
  const local = view.local?.period.label;
  const england = view.england?.period.label;
  if (!local) return england ? `England ${england}` : '';
  return england && england !== local ? `${local} (England ${england})` : local;
}

function row(view: FigureRow, info: SourceInfo): string {
  const provenance = provenanceFor(view.definition, view.local, info);
  const figure = (observation: Observation | undefined) => formatValue(observation?.value, view.definition.unit, view.definition.decimals, { withUnit: true });
  const cells = [
    figure(view.local),
    figure(view.england),
    period(view),
    view.local?.missing?.message ? `No data: ${view.local.missing.message}` : verdictText(view.comparison),
    provenance ? provenanceShort(provenance) : '',
  ];
  const [name, value] = view.key;
  return `    <tr data-${name}="${escapeHtml(value)}"><th scope="row">${escapeHtml(view.heading)}</th>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
}

/** The table's HTML, indented to sit inside the element in a snippet. */
export function staticTableHtml(figures: StaticFigures): string {
  const { subject, columns, rows, info } = figures;
  const caption = `${subject}. Figures as of ${dateInWords(info.dataDate)} (${info.name}); the interactive version replaces this table when its script runs.`;
  return [
    '<table class="oat-static-figures">',
    `  <caption>${escapeHtml(caption)}</caption>`,
    `  <thead><tr><th scope="col">${escapeHtml(columns[0])}</th><th scope="col">${escapeHtml(columns[1])}</th><th scope="col">England</th><th scope="col">Period</th><th scope="col">Compared with England</th><th scope="col">Source and licence</th></tr></thead>`,
    '  <tbody>',
    ...rows.map((view) => row(view, info)),
    '  </tbody>',
    '</table>',
  ].join('\n');
}
