/**
 * A domain's chart as a PNG for slides: its title, summary, one row per indicator (figure, England's,
 * the verdict and the spine chart as the page draws it) and the sources – drawn on a canvas, text with
 * fillText and the charts shape by shape, so nothing is loaded as an image and a strict
 * Content-Security-Policy has nothing to block. Fetched the first time a reader asks for one.
 */
import { describeUnit } from '../../src/format/unit.js';
import { methodShortText, verdictText } from '../../src/format/verdict.js';
import { spineEnds } from '../../src/charts/spine.js';
import { fileSlug } from '../../src/format/file-name.js';
import { readingKind } from '../../src/stats/compare.js';
import type { SourceInfo } from '../../src/model.js';
import type { DomainView } from '../../src/view-models/assessment-view.js';
import { figureText, sourcesLine, summaryLine } from '../../src/view-models/describe.js';
import { TOOL_CREDIT } from '../../src/view-models/credit.js';
import { drawSvg } from '../shared/svg-canvas.js';

const WIDTH = 960;
const MARGIN = 24;
const INK = '#0b0c0c';
const MUTED = '#505a5f';
const RULE = '#b1b4b6';
const COLUMNS = {
  name: { x: MARGIN, width: 300 },
  value: { x: 340, width: 110 },
  england: { x: 460, width: 110 },
  verdict: { x: 580, width: 170 },
  chart: { x: 764, width: 172 },
};

/** The verdict and chart columns together, for a row without data. */
const WIDE = COLUMNS.chart.x + COLUMNS.chart.width - COLUMNS.verdict.x - 22;

const missing = (indicator: DomainView['indicators'][number]) => indicator.comparison.verdict === 'no-data';
const reasonOf = (indicator: DomainView['indicators'][number]) => indicator.comparison.reason ?? '';

/** Lines of `text` no wider than `width` in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: string;
}

/** Draws text (or, with `draw` false, only measures it) wrapped to a width from a top edge; returns the height it takes. */
function write(context: CanvasRenderingContext2D, font: string, text: string, x: number, top: number, width: number, style: TextStyle, draw = true): number {
  context.font = `${style.bold ? 700 : 400} ${style.size}px ${font}`;
  context.fillStyle = style.colour ?? INK;
  context.textBaseline = 'top';
  const lineHeight = Math.round(style.size * 1.3);
  const lines = wrap(context, text, width);
  if (draw) lines.forEach((line, i) => context.fillText(line, x, top + i * lineHeight));
  return lines.length * lineHeight;
}

/**
 * The chart of `view` as a PNG, twice its size. `root` is the element's shadow root, where each row's
 * spine chart and verdict mark are on the page to be drawn from.
 */
export async function domainPngBlob(view: DomainView, info: SourceInfo, root: ParentNode, font: string): Promise<Blob> {
  const face = font || 'sans-serif';
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot draw the chart as a PNG.');
  const size = (text: string, width: number, style: TextStyle) => write(measure, face, text, 0, 0, width, style, false);
  const { domain, area, indicators } = view;
  const reads = readingKind(domain.id);
  const ends = spineEnds(reads);
  const rowHeights = indicators.map((indicator) => {
    const name = size(indicator.definition.title, COLUMNS.name.width, { size: 14, bold: true });
    const sub = size(subtitle(indicator), COLUMNS.name.width, { size: 11 });
    const verdict = missing(indicator)
      ? size('No data', WIDE, { size: 13 }) + size(reasonOf(indicator), WIDE, { size: 11 })
      : size(verdictText(indicator.comparison), COLUMNS.verdict.width - 22, { size: 13 }) +
        size(methodShortText(indicator.comparison), COLUMNS.verdict.width - 22, { size: 11 });
    return Math.max(name + sub + 4, verdict, 34) + 16;
  });
  const title = `${domain.title}: ${area.name}`;
  const summary = summaryLine(indicators, reads);
  const sources = sourcesLine(indicators, info);
  const note = `Chart: the pale bar is the range of councils, the darker band where half of them lie, the line England and the marker ${area.name} with its 95% confidence interval.`;
  const full = WIDTH - 2 * MARGIN;
  const heights = {
    title: size(title, full, { size: 22, bold: true }),
    summary: size(summary, full, { size: 14 }),
    note: size(note, full, { size: 11 }),
    sources: size(`${sources} ${TOOL_CREDIT}`, full, { size: 11 }),
  };
  const headerHeight = 34;
  const height =
    MARGIN +
    heights.title +
    8 +
    heights.summary +
    16 +
    headerHeight +
    rowHeights.reduce((sum, h) => sum + h, 0) +
    16 +
    heights.note +
    6 +
    heights.sources +
    MARGIN;

  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * scale;
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart as a PNG.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  const draw = (text: string, x: number, top: number, width: number, style: TextStyle): number => write(context, face, text, x, top, width, style);

  let y = MARGIN;
  y += draw(title, MARGIN, y, full, { size: 22, bold: true }) + 8;
  y += draw(summary, MARGIN, y, full, { size: 14 }) + 16;
  const header: [keyof typeof COLUMNS, string][] = [
    ['name', 'Indicator'],
    ['value', area.name],
    ['england', 'England'],
    ['verdict', 'Compared with England'],
    ['chart', `← ${ends.left.toLowerCase()}   ${ends.right.toLowerCase()} →`],
  ];
  for (const [column, words] of header)
    draw(words, COLUMNS[column].x, y + 8, COLUMNS[column].width, { size: 12, bold: column !== 'chart', colour: column === 'chart' ? MUTED : INK });
  y += headerHeight;
  const rule = (at: number) => {
    context.fillStyle = RULE;
    context.fillRect(MARGIN, at, WIDTH - 2 * MARGIN, 1);
  };
  rule(y - 1);
  indicators.forEach((indicator, index) => {
    const rowHeight = rowHeights[index] ?? 0;
    const top = y + 8;
    const nameHeight = draw(indicator.definition.title, COLUMNS.name.x, top, COLUMNS.name.width, { size: 14, bold: true });
    draw(subtitle(indicator), COLUMNS.name.x, top + nameHeight + 4, COLUMNS.name.width, { size: 11, colour: MUTED });
    draw(figureText(indicator, indicator.local?.value), COLUMNS.value.x, top, COLUMNS.value.width, { size: 14, bold: true });
    draw(figureText(indicator, indicator.england?.value), COLUMNS.england.x, top, COLUMNS.england.width, { size: 14 });
    const row = root.querySelector(`[part="row"][data-indicator="${CSS.escape(indicator.definition.slug)}"]`);
    const mark = row?.querySelector<SVGSVGElement>('.verdict > svg');
    if (mark) drawSvg(mark, context, 1, new DOMMatrix().scale(scale).translate(COLUMNS.verdict.x, top));
    if (missing(indicator)) {
      // Without a figure there is nothing to chart: the reason takes the chart's room, in small type.
      const said = draw('No data', COLUMNS.verdict.x + 22, top, WIDE, { size: 13 });
      draw(reasonOf(indicator), COLUMNS.verdict.x + 22, top + said, WIDE, { size: 11, colour: MUTED });
    } else {
      const said = draw(verdictText(indicator.comparison), COLUMNS.verdict.x + 22, top, COLUMNS.verdict.width - 22, { size: 13 });
      draw(methodShortText(indicator.comparison), COLUMNS.verdict.x + 22, top + said, COLUMNS.verdict.width - 22, { size: 11, colour: MUTED });
    }
    const spine = row?.querySelector<SVGSVGElement>('.chart-cell svg[role="img"]');
    const box = spine?.getBoundingClientRect();
    if (spine && box && box.width > 0) drawSvg(spine, context, COLUMNS.chart.width / box.width, new DOMMatrix().scale(scale).translate(COLUMNS.chart.x, top));
    y += rowHeight;
    rule(y - 1);
  });
  y += 16;
  y += draw(note, MARGIN, y, full, { size: 11, colour: MUTED }) + 6;
  draw(`${sources} ${TOOL_CREDIT}`, MARGIN, y, full, { size: 11, colour: MUTED });

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}

/** The line under an indicator's name: its period and unit. */
function subtitle(indicator: DomainView['indicators'][number]): string {
  const period = indicator.local?.period.label || indicator.england?.period.label;
  return `${period ? `${period} · ` : ''}${describeUnit(indicator.definition.unit)}`;
}

/** A file name for a domain's chart, e.g. "oat-chart-children-outcomes-blackpool.png". */
export function domainFileName(view: DomainView): string {
  return `oat-chart-${view.domain.id}-${fileSlug(view.area.name)}.png`;
}
