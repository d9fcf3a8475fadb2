import type { Area, IndicatorDefinition, Observation } from '../../model.js';
import { SourceError } from '../errors.js';
import { isRecord } from '../../is-record.js';
import { describeValue, readCsv } from './csv.js';
import { readCustomIndicators, readDeclaredSource, type DeclaredSource } from './custom-indicators.js';
import { FileText } from './file-text.js';
import { recogniseLayout, type Layout, type Table } from './formats.js';
import type { Problem } from './problems.js';
import { RowReader } from './row-reader.js';

/** The type of a problem, for the package's index. */
export type { Problem, ProblemPlace } from './problems.js';

/** What the parser needs to know besides the file. */
export interface ParseContext {
  /** The file's name as readers know it. */
  file: string;
  /** The file's address, for errors and as the link of a custom indicator's source. */
  url?: string;
  /** The indicators already known (the catalogue): their slugs and Fingertips ids, their units for range checks. */
  indicators: readonly IndicatorDefinition[];
  /** The areas already known: England, the regions and the upper-tier authorities (and any sub-areas). */
  areas: readonly Area[];
  /** The day to judge "in the future" by; today by default. */
  today?: Date;
}

/** Everything read from a council's file. */
export interface ParsedFile {
  /** The layout of the rows, or undefined when there were none. */
  layout: Layout | undefined;
  /** Custom indicators the file declares (JSON only). */
  indicators: IndicatorDefinition[];
  /** Parts of authorities (wards, say) the file has figures for, in the order first met. */
  subAreas: Area[];
  /** The latest figure of each indicator for each area. */
  observations: Observation[];
  /** Every row, indicator or column that could not be used, in the order of the file. */
  problems: Problem[];
  /** Where the file as a whole says its figures come from (a JSON file's `source`), as written. */
  source: DeclaredSource;
  /** The whole of every text that had to be shortened, under the shortened text shown in its place. */
  fullText: Map<string, string>;
}

/** Reads a table's rows, once its custom indicators (if any) are known. */
function readTable(
  table: Table,
  context: ParseContext,
  text: FileText,
  custom: readonly IndicatorDefinition[] = [],
  rejected: ReadonlySet<string> = new Set(),
): Omit<ParsedFile, 'source' | 'fullText'> {
  const layout = recogniseLayout(table.columns, context.file, context.url);
  const reader = new RowReader(
    table,
    layout,
    { file: context.file, indicators: [...context.indicators, ...custom], rejected, areas: context.areas, today: context.today ?? new Date() },
    text,
  );
  reader.read();
  return { layout: layout.layout, indicators: [...custom], subAreas: reader.subAreas(), observations: reader.observations(), problems: reader.problems };
}

/**
 * Reads the rows of a table into observations and sub-areas, with a problem for every row that
 * could not be used. Throws only when the columns are not a recognised layout.
 */
export function parseTable(table: Table, context: ParseContext): ParsedFile {
  const text = new FileText();
  return { ...readTable(table, context, text), source: {}, fullText: text.full };
}

/**
 * Reads CSV text, in either layout, into observations, sub-areas and problems.
 *
 * @throws SourceError of kind `format` when the file is empty or its columns are not a recognised layout
 */
export function parseCsvText(csv: string, context: ParseContext): ParsedFile {
  const { header, records } = readCsv(csv);
  if (!header) throw new SourceError('format', `${context.file} is empty.`, context.url);
  let columns = header.cells;
  // R's write.table leaves out the name of its row-number column: (nearly) every record then has one
  // cell more than the header, and starts with its row number.
  const numbered = records.filter((record) => record.cells.length === columns.length + 1 && /^\s*\d+\s*$/.test(record.cells[0] ?? '')).length;
  if (records.length > 0 && numbered >= 0.9 * records.length) columns = ['', ...columns];
  return parseTable({ columns, rows: records, where: 'line', fixedWidth: true, headerLine: header.line }, context);
}

/**
 * Reads a parsed JSON file: an object `{ "source": {...}, "indicators": [...], "rows": [...] }`, or
 * just a list of rows. See council-source.ts for the format.
 *
 * @throws SourceError of kind `format` when the file is not one of those shapes or its rows' fields are not a recognised layout
 */
export function parseJsonData(data: unknown, context: ParseContext): ParsedFile {
  const bad = (what: string) =>
    new SourceError(
      'format',
      `${context.file} is not in the expected form: ${what}. It should be a list of rows, or an object with "indicators" and "rows" lists.`,
      context.url,
    );
  let rows: unknown;
  let declared: unknown = [];
  let fileSource: unknown;
  if (Array.isArray(data)) rows = data;
  else if (isRecord(data) && ('rows' in data || 'indicators' in data)) {
    rows = data.rows ?? [];
    declared = data.indicators ?? [];
    fileSource = data.source;
  } else throw bad(Array.isArray(data) || isRecord(data) ? 'it has no "rows" list' : `it holds ${describeValue(data)}`);
  if (!Array.isArray(rows)) throw bad('"rows" is not a list');
  if (!Array.isArray(declared)) throw bad('"indicators" is not a list');

  const text = new FileText();
  const problems: Problem[] = [];
  const source = readDeclaredSource(
    fileSource,
    text,
    (message) => problems.push({ file: context.file, line: 1, message: message[0]!.toUpperCase() + message.slice(1), where: 'file' }),
    'the file’s',
  );
  const custom = readCustomIndicators(declared, context, text, source);
  const columns: string[] = [];
  const seen = new Set<string>();
  const objects: { line: number; row: Record<string, unknown> }[] = [];
  rows.forEach((row: unknown, index) => {
    if (!isRecord(row)) {
      problems.push({
        file: context.file,
        line: index + 1,
        message: `This is ${describeValue(row)}, not an object with named fields, so it was left out.`,
        where: 'row',
      });
      return;
    }
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
    objects.push({ line: index + 1, row });
  });
  if (objects.length === 0) {
    return {
      layout: undefined,
      indicators: custom.indicators,
      subAreas: [],
      observations: [],
      problems: [...custom.problems, ...problems],
      source,
      fullText: text.full,
    };
  }
  const table: Table = {
    columns,
    rows: objects.map(({ line, row }) => ({ line, cells: columns.map((column) => row[column]) })),
    where: 'row',
    fixedWidth: false,
    headerLine: 1,
  };
  const parsed = readTable(table, context, text, custom.indicators, custom.rejected);
  const rowProblems = [...problems, ...parsed.problems].sort((a, b) => (a.where === 'file' ? 0 : a.line) - (b.where === 'file' ? 0 : b.line));
  return { ...parsed, problems: [...custom.problems, ...rowProblems], source, fullText: text.full };
}
