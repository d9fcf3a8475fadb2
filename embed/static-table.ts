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
import { loadAssessmentView, loadDomainView } from '../src/views/assessment-view.js';
import { figureText, provenanceOf } from '../src/views/describe.js';
import { loadIndicatorView, type IndicatorView } from '../src/views/indicator-view.js';
import type { ElementView, EmbedOptions } from './embed-options.js';

/** The views that can carry a table: every element but the map of England (153 councils' rows). */
export const TABLE_VIEWS: readonly ElementView[] = ['assessment', 'domain', 'indicator', 'map'];

export interface StaticFigures {
  areaName: string;
  rows: IndicatorView[];
  info: SourceInfo;
}

/** Loads the figures an element shows for these options, from the source given (the snapshot, as a rule). */
export async function loadStaticFigures(options: EmbedOptions & { view: ElementView }, source: DataSource): Promise<StaticFigures> {
  if (options.view === 'indicator') {
    const { view, info } = await loadIndicatorView(source, options.indicator, options.area);
    return { areaName: view.area.name, rows: [view], info };
  }
  if (options.view === 'domain') {
    const { view, info } = await loadDomainView(source, options.domain, options.area);
    return { areaName: view.area.name, rows: view.indicators, info };
  }
  const view = await loadAssessmentView(source, options.area);
  return { areaName: view.area.name, rows: view.domains.flatMap((domain) => domain.indicators), info: view.info };
}

/** Escapes text for HTML. */
function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function period(view: IndicatorView): string {
  const local = view.local?.period.label;
  const england = view.england?.period.label;
  if (!local) return england ? `England ${england}` : '';
  return england && england !== local ? `${local} (England ${england})` : local;
}

function row(view: IndicatorView, info: SourceInfo): string {
  const provenance = provenanceOf(view, view.local, info);
  const cells = [
    figureText(view, view.local?.value),
    figureText(view, view.england?.value),
    period(view),
    view.local?.missing?.message ? `No data: ${view.local.missing.message}` : verdictText(view.comparison),
    provenance ? provenanceShort(provenance) : '',
  ];
  return `    <tr data-indicator="${text(view.definition.slug)}"><th scope="row">${text(view.definition.title)}</th>${cells.map((cell) => `<td>${text(cell)}</td>`).join('')}</tr>`;
}

/** The table's HTML, indented to sit inside the element in a snippet. */
export function staticTableHtml(figures: StaticFigures): string {
  const { areaName, rows, info } = figures;
  const caption = `${areaName} compared with England: ${rows.length === 1 ? rows[0]!.definition.title : `${rows.length} indicators`}. Figures as of ${dateInWords(info.dataDate)} (${info.name}); the interactive version replaces this table when its script runs.`;
  return [
    '<table class="oat-static-figures">',
    `  <caption>${text(caption)}</caption>`,
    `  <thead><tr><th scope="col">Indicator</th><th scope="col">${text(areaName)}</th><th scope="col">England</th><th scope="col">Period</th><th scope="col">Compared with England</th><th scope="col">Source and licence</th></tr></thead>`,
    '  <tbody>',
    ...rows.map((view) => row(view, info)),
    '  </tbody>',
    '</table>',
  ].join('\n');
}
