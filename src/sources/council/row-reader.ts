import { periodSortKeyFromLabel } from '../../format/period.js';
import { ENGLAND, type Area, type IndicatorDefinition, type Observation, type Period } from '../../model.js';
import { closestMatch } from '../../view-models/closest.js';
import { directionFrom, FINGERTIPS_SEXES, significanceFromWords } from '../fingertips/csv-layout.js';
import { Cells } from './cells.js';
import type { FileText } from './file-text.js';
import type { ReadLayout, Table, TableRow } from './formats.js';
import { quote, rejectRow, RowRejected, RowSkipped, SkippedRows, type Problem } from './problems.js';
import { RowAreas, type RowArea } from './row-areas.js';
import { readFigures, sameFigures, type Figures } from './row-figures.js';

/** What the row reader needs to know besides the table. */
export interface RowContext {
  file: string;
  /** The indicators already known (the catalogue), and the file's own custom ones. */
  indicators: readonly IndicatorDefinition[];
  /** Slugs of custom indicators that were declared but rejected. */
  rejected: ReadonlySet<string>;
  /** The areas already known: England, the regions and the upper-tier authorities. */
  areas: readonly Area[];
  /** The day to judge "in the future" by. */
  today: Date;
}

/** A row that passed every check, waiting for duplicates and later periods to be sorted out. */
interface Accepted {
  line: number;
  observation: Observation;
  definition: IndicatorDefinition;
  /** Fingertips' sortable period, which orders periods better than the label. */
  sortable?: number;
  areaName: string;
  /** Published for a former council with the same boundary. */
  carried: boolean;
  /** Fingertips' comparison with England, read once England's figure for the period is known. */
  compared?: string;
}

const key = (...parts: string[]) => parts.join('\u0000');

/**
 * Reads the rows of a table, in either layout, into the latest figure of each indicator for each
 * area, with a problem for every row that could not be used (and one for each group of Fingertips
 * rows left out because of how Fingertips exports).
 */
export class RowReader {
  readonly problems: Problem[] = [];
  private readonly cells: Cells;
  private readonly areas: RowAreas;
  private readonly bySlug = new Map<string, IndicatorDefinition>();
  private readonly byFingertipsId = new Map<number, IndicatorDefinition>();
  private readonly indicatorCache = new Map<string, IndicatorDefinition | RowRejected | RowSkipped>();
  private readonly skipped = new SkippedRows();
  private readonly firstFigure = new Map<string, Accepted>();
  private readonly latest = new Map<string, Accepted>();
  /** England's value of each indicator for each period, to read Fingertips' "Better" and "Worse". */
  private readonly englandValues = new Map<string, number>();
  /** Fingertips rows left out because they are for another sex than the one the tool shows, by indicator. */
  private readonly otherSexes = new Map<string, { line: number; sexes: Set<string>; kept: boolean }>();

  constructor(
    private readonly table: Table,
    private readonly layout: ReadLayout,
    private readonly context: RowContext,
    fileText: FileText,
  ) {
    this.cells = new Cells(table, layout, fileText, (line, message) => this.problem(line, message));
    this.areas = new RowAreas(this.cells, context.areas);
    for (const definition of context.indicators) {
      this.bySlug.set(definition.slug, definition);
      if (definition.fingertips) this.byFingertipsId.set(definition.fingertips.indicatorId, definition);
    }
    for (const repeated of layout.repeated) {
      this.problems.push({
        file: context.file,
        line: table.headerLine,
        message: `The column “${repeated}” appears more than once; only the first is read.`,
        // In JSON a repeat is two spellings of one field in the rows ("area_code" and "Area Code"), not a place in the file.
        where: table.where === 'line' ? 'line' : 'file',
      });
    }
  }

  private get fingertips(): boolean {
    return this.layout.layout === 'fingertips';
  }

  private problem(line: number, message: string): void {
    this.problems.push({ file: this.context.file, line, message, where: this.table.where });
  }

  read(): void {
    const width = this.table.columns.length;
    for (const row of this.table.rows) {
      if (this.table.fixedWidth && row.cells.length !== width) {
        const extra = row.cells.slice(width);
        if (row.cells.length < width || extra.some((cell) => String(cell).trim() !== '')) {
          this.problem(
            row.line,
            `This line has ${row.cells.length} cells but the header has ${width}, so it was left out. A name or number holding a comma must be in double quotes.`,
          );
          continue;
        }
      }
      try {
        this.readRow(row);
      } catch (error) {
        if (error instanceof RowSkipped) this.skipped.add(error, row.line);
        else if (error instanceof RowRejected) this.problem(row.line, error.message);
        else throw error;
      }
    }
    for (const { line, message } of this.skipped.problems(this.table.where)) this.problem(line, message);
    this.problems.sort((a, b) => a.line - b.line);
    for (const [slug, skipped] of this.otherSexes) {
      if (skipped.kept) continue;
      const wanted = this.expectedSex(this.bySlug.get(slug));
      this.problem(
        skipped.line,
        `The figures for “${slug}” are only for ${[...skipped.sexes].join(' and ')}; the tool shows the figure for ${wanted}, so they were left out.`,
      );
    }
    this.readComparisons();
  }

  /** The figures kept: the latest of each indicator for each area. */
  observations(): Observation[] {
    return [...this.latest.values()].map((accepted) => accepted.observation);
  }

  /** The parts of councils the kept figures are for. */
  subAreas(): Area[] {
    return this.areas.kept();
  }

  private readRow(row: TableRow): void {
    // Fingertips breaks some indicators down by deprivation decile and the like: only the whole-area figure is shown.
    if (this.fingertips && this.cells.text(row, 'categoryType') !== '') return;
    const definition = this.indicator(row);
    if (this.fingertips && !this.rightSex(row, definition)) return;
    const found = this.areas.find(row);
    const periodLabel = this.cells.text(row, 'period');
    if (!periodLabel) rejectRow(`There is no ${this.cells.column('period')}: say which period the figure is for, such as “2025/26” or “March 2026”.`);
    const period: Period = { label: periodLabel, sortKey: periodSortKeyFromLabel(periodLabel) };
    const area = this.areas.settle(found, period);
    const figures = readFigures(row, definition, period, this.cells, this.context.today);
    const note = this.cells.text(row, 'note', 'description');

    const observation: Observation = { indicator: definition.slug, area: area.code, period, value: figures.value };
    if (figures.lower !== undefined && figures.upper !== undefined) Object.assign(observation, { lower: figures.lower, upper: figures.upper });
    if (figures.count !== undefined) observation.count = figures.count;
    if (figures.denominator !== undefined) observation.denominator = figures.denominator;
    const notes = [note, area.carriedNote].filter(Boolean).join(' ');
    if (notes) observation.note = notes;
    if (figures.marker) observation.missing = this.missing(figures.marker, period);
    const accepted: Accepted = { line: row.line, observation, definition, areaName: area.name, carried: area.carriedNote !== undefined };
    if (this.fingertips) {
      const sortableText = this.cells.text(row, 'periodSortable');
      if (/^\d+$/.test(sortableText)) accepted.sortable = Number(sortableText);
      if (figures.value !== null) accepted.compared = this.cells.text(row, 'comparedToEngland');
    }
    this.keep(accepted, area);
  }

  private missing(marker: NonNullable<Figures['marker']>, period: Period): NonNullable<Observation['missing']> {
    const file = this.context.file;
    if (marker.reason === 'suppressed') {
      return { reason: 'suppressed', message: `${file} withholds this figure (marked ${quote(marker.text)}), usually because the numbers are small.` };
    }
    return {
      reason: 'not-available',
      message: `${file} has no figure for this area for ${period.label}${marker.text ? ` (marked ${quote(marker.text)})` : ''}.`,
    };
  }

  // ── Indicator ──

  private indicator(row: TableRow): IndicatorDefinition {
    const written = this.cells.text(row, 'indicator');
    let found = this.indicatorCache.get(written);
    if (!found) {
      try {
        found = this.findIndicator(written, row);
      } catch (error) {
        if (!(error instanceof RowRejected || error instanceof RowSkipped)) throw error;
        found = error;
      }
      this.indicatorCache.set(written, found);
    }
    if (found instanceof RowRejected || found instanceof RowSkipped) throw found;
    return found;
  }

  private findIndicator(written: string, row: TableRow): IndicatorDefinition {
    const column = this.cells.column('indicator');
    if (!written) return rejectRow(`There is no ${column}: give the indicator’s name, such as “children-in-need”.`);
    if (/^\d+$/.test(written)) {
      const byId = this.byFingertipsId.get(Number(written));
      if (byId) return byId;
      const advice = `A JSON file can declare it as a custom indicator with "fingertipsId": ${written}.`;
      if (this.fingertips) {
        const name = this.cells.text(row, 'indicatorName');
        throw new RowSkipped(
          `indicator ${written}`,
          (rows) => `Fingertips indicator ${written}${name ? ` (${name})` : ''} is not one of the tool’s indicators, so ${rows} left out. ${advice}`,
        );
      }
      return rejectRow(`Fingertips indicator ${written} is not one of the tool’s indicators, so its figures were left out. ${advice}`);
    }
    if (this.fingertips) return rejectRow(`The ${column} ${quote(written)} is not a Fingertips indicator ID (a whole number).`);
    const slug = written.toLowerCase();
    const found = this.bySlug.get(slug);
    if (found) return found;
    if (this.context.rejected.has(slug)) {
      return rejectRow(`The custom indicator “${slug}” was not loaded (its problem is listed with the custom indicators), so its figures were left out.`);
    }
    const suggestion = closestMatch(slug, [...this.bySlug.keys()]);
    return rejectRow(
      `There is no indicator called ${quote(written)}.${
        suggestion
          ? ` Did you mean “${suggestion}”?`
          : ' Use the name of one of the tool’s indicators, such as “children-in-need”, or declare a custom indicator in a JSON file.'
      }`,
    );
  }

  private expectedSex(definition: IndicatorDefinition | undefined): string {
    return FINGERTIPS_SEXES[definition?.fingertips?.sexId ?? 4] ?? 'Persons';
  }

  /** Fingertips files may hold figures for males, females and persons: only the sex the catalogue names (persons by default) is shown. */
  private rightSex(row: TableRow, definition: IndicatorDefinition): boolean {
    const sex = this.cells.text(row, 'sex');
    const wanted = this.expectedSex(definition);
    const entry = this.otherSexes.get(definition.slug) ?? { line: row.line, sexes: new Set<string>(), kept: false };
    this.otherSexes.set(definition.slug, entry);
    if (sex === '' || sex.toLowerCase() === wanted.toLowerCase()) {
      entry.kept = true;
      return true;
    }
    entry.sexes.add(sex);
    return false;
  }

  // ── Duplicates, periods and comparisons ──

  private keep(accepted: Accepted, area: RowArea): void {
    const { observation } = accepted;
    const figureKey = key(observation.indicator, observation.area, observation.period.label);
    const first = this.firstFigure.get(figureKey);
    if (first) {
      if (sameFigures(first.observation, observation)) return;
      // A council's own row wins over one published for its predecessor, whatever their order.
      if (accepted.carried) return;
      if (!first.carried) {
        rejectRow(
          `This gives a different figure for “${observation.indicator}” in ${accepted.areaName} for ${observation.period.label} from ${this.table.where} ${first.line} (${shown(
            observation,
          )} here, ${shown(first.observation)} there), so it was left out.`,
        );
      }
    }
    this.firstFigure.set(figureKey, accepted);
    if (area.pending) this.areas.keep(area.pending, accepted.line);
    if (observation.area === ENGLAND && observation.value !== null) {
      this.englandValues.set(key(observation.indicator, observation.period.label), observation.value);
    }
    const latestKey = key(observation.indicator, observation.area);
    const current = this.latest.get(latestKey);
    if (!current || current === first || later(accepted, current)) this.latest.set(latestKey, accepted);
  }

  /**
   * Fingertips' own comparison with England, kept beside the tool's: "Better" and "Worse" are read
   * with the direction of the area's value from England's for the same period in the same file.
   */
  private readComparisons(): void {
    for (const accepted of this.latest.values()) {
      const { observation, compared } = accepted;
      if (!compared || observation.area === ENGLAND) continue;
      const england = this.englandValues.get(key(observation.indicator, observation.period.label));
      const significance = significanceFromWords(compared, accepted.definition.publishedPolarity, directionFrom(observation.value, england));
      if (significance) observation.publishedSignificance = significance;
    }
  }
}

function shown(observation: Observation): string {
  return observation.value === null ? 'no value' : String(observation.value);
}

/** Whether a row is for a later period than another: Fingertips' sortable period first, then the sort key; a tie goes to the row further down. */
function later(a: Accepted, b: Accepted): boolean {
  if (a.sortable !== undefined && b.sortable !== undefined && a.sortable !== b.sortable) return a.sortable > b.sortable;
  const byKey = a.observation.period.sortKey.localeCompare(b.observation.period.sortKey);
  if (byKey !== 0) return byKey > 0;
  return a.line > b.line;
}
