import { html, nothing, svg, type TemplateResult } from 'lit';
import { trendChart, TREND_HEIGHT, TREND_WIDTH } from '../../src/charts/trend.js';
import { formatNumber } from '../../src/format/number.js';
import { figureText } from '../../src/view-models/describe.js';
import type { TrendView } from '../../src/view-models/trend-view.js';

/** A figure as a bare number in the indicator's precision, for axes and intervals; empty when there is none. */
export function bareFigure(view: TrendView, value: number | null | undefined): string {
  return typeof value === 'number' ? formatNumber(value, view.definition.decimals) : '';
}

/** The chart in words, for its accessible name: each line from its first figure to its last. */
export function describeTrend(view: TrendView): string {
  const { rows, area } = view;
  const span = (values: (number | null | undefined)[]) => {
    const present = rows.map((row, index) => ({ row, value: values[index] })).filter(({ value }) => typeof value === 'number');
    const first = present[0];
    const last = present.at(-1);
    return first && last
      ? `from ${figureText(view, first.value)} in ${first.row.period.label} to ${figureText(view, last.value)} in ${last.row.period.label}`
      : 'no figures';
  };
  const parts = [`${view.definition.shortTitle} over time. ${area.name}: ${span(rows.map((row) => row.local.value))}.`];
  if (view.withEngland) parts.push(`England: ${span(rows.map((row) => row.england))}.`);
  if (view.comparator) parts.push(`${view.comparator.name}: ${span(rows.map((row) => row.comparator))}.`);
  if (view.breaks.length) parts.push(`The series breaks before ${view.breaks.map((found) => found.before.label).join(' and ')}.`);
  return parts.join(' ');
}

/**
 * A small line chart of the area (solid, with dots and 95% interval whiskers), England (dashed) and the
 * comparator (dotted, with squares), periods from left to right, the lines lifted at gaps and breaks,
 * each break marked by a dashed rule labelled "break". Lines differ in dash and marker as well as
 * colour, so none is told by colour alone.
 */
export function trendChartTemplate(view: TrendView): TemplateResult | typeof nothing {
  const breaksBefore = view.breaks.map((found) => view.rows.findIndex((row) => row.period.sortKey === found.before.sortKey)).filter((index) => index > 0);
  const geometry = trendChart({
    labels: view.rows.map((row) => row.period.label),
    area: view.rows.map((row) => ({ value: row.local.value, ...(row.interval ? { lower: row.interval.lower, upper: row.interval.upper } : {}) })),
    england: view.withEngland ? view.rows.map((row) => row.england) : [],
    comparator: view.comparator ? view.rows.map((row) => row.comparator) : [],
    breaksBefore,
  });
  if (!geometry) return nothing;
  const labelled = new Set([0, view.rows.length - 1, ...breaksBefore]);
  return html`<svg class="trend-chart" part="chart" viewBox="0 0 ${TREND_WIDTH} ${TREND_HEIGHT}" role="img" aria-label=${describeTrend(view)}>
    ${svg`
      <line class="axis" x1=${geometry.xs[0]! - 8} x2=${geometry.xs.at(-1)! + 8} y1=${geometry.bottom} y2=${geometry.bottom}></line>
      <text class="tick" x="44" y=${geometry.axis.yHigh + 4} text-anchor="end">${bareFigure(view, geometry.axis.high)}</text>
      <text class="tick" x="44" y=${geometry.axis.yLow} text-anchor="end">${bareFigure(view, geometry.axis.low)}</text>
      ${geometry.breaks.map(
        (x) => svg`<line class="break" x1=${x} x2=${x} y1=${geometry.top - 6} y2=${geometry.bottom}></line>
          <text class="tick" x=${x} y=${geometry.top - 2} text-anchor="middle">break</text>`,
      )}
      ${view.rows.map((row, index) =>
        labelled.has(index)
          ? svg`<text class="tick" x=${geometry.xs[index]} y=${geometry.bottom + 14} text-anchor="middle">${row.period.label}</text>`
          : nothing,
      )}
      <path class="line england" d=${geometry.paths.england}></path>
      <path class="line comparator" d=${geometry.paths.comparator}></path>
      ${geometry.comparatorPoints.map((point) => svg`<rect class="comparator-point" x=${point.x - 2.5} y=${point.y - 2.5} width="5" height="5"></rect>`)}
      <path class="line area" d=${geometry.paths.area}></path>
      ${geometry.points.map(
        (point) =>
          svg`${
            point.lower !== undefined && point.upper !== undefined
              ? svg`<line class="whisker" x1=${point.x} x2=${point.x} y1=${point.lower} y2=${point.upper}></line>`
              : nothing
          }<circle class="area-point" cx=${point.x} cy=${point.y} r="3"></circle>`,
      )}
    `}
  </svg>`;
}

/** The key to the chart's lines, in words beside a sample of each. */
export function trendLegend(view: TrendView): TemplateResult {
  const sample = (className: string) =>
    html`<svg class="key" viewBox="0 0 28 10" aria-hidden="true">${svg`<line class="line ${className}" x1="1" x2="27" y1="5" y2="5"></line>`}${
      className === 'area'
        ? svg`<circle class="area-point" cx="14" cy="5" r="3"></circle>`
        : className === 'comparator'
          ? svg`<rect class="comparator-point" x="11.5" y="2.5" width="5" height="5"></rect>`
          : nothing
    }</svg>`;
  return html`<p class="legend">
    <span>${sample('area')} ${view.area.name}${view.rows.some((row) => row.interval) ? ', with its 95% confidence interval' : ''}</span>
    ${view.withEngland ? html`<span>${sample('england')} England</span>` : nothing}
    ${view.comparator ? html`<span>${sample('comparator')} ${view.comparator.name}${view.comparator.kind === 'neighbours' ? ` (${view.comparator.label})` : ''}</span>` : nothing}
  </p>`;
}
