import type { TextLimit } from '../clean-text.js';
import { describeValue, readNumberCell, readTextCell, type NumberCell } from './csv.js';
import type { FileText } from './file-text.js';
import { cellOf, columnName, type Field, type ReadLayout, type Table, type TableRow } from './formats.js';
import { quote, rejectRow } from './problems.js';

/** Beyond this a figure cannot be a real one, and formatting it would be meaningless. */
const LARGEST = 1e12;

/**
 * Reads the cells of a table's rows by field, whatever the layout calls their columns: text cleaned
 * (and shortened when too long), numbers checked to be numbers. A cell that cannot be read rejects
 * its row with a message naming the column as the file names it.
 */
export class Cells {
  constructor(
    readonly table: Table,
    readonly layout: ReadLayout,
    private readonly fileText: FileText,
    /** Told when a row's text had to be shortened. */
    private readonly shortened: (line: number, message: string) => void,
  ) {}

  /** The column's name in this file's layout, for messages. */
  column(field: Field): string {
    return columnName(this.layout.layout, field);
  }

  /** A text cell, cleaned; '' when empty. */
  text(row: TableRow, field: Field, limit: TextLimit = 'name'): string {
    const raw = cellOf(row, this.layout, field);
    const value = readTextCell(raw);
    if (value === undefined) rejectRow(`The ${this.column(field)} should be text, not ${describeValue(raw)}.`);
    return this.fileText.read(value, limit, `The ${this.column(field)}`, (message) => this.shortened(row.line, message));
  }

  /** A number cell: a number, a marker saying why there is none, or the row is rejected. */
  number(row: TableRow, field: Field): NumberCell {
    const raw = cellOf(row, this.layout, field);
    const cell = readNumberCell(raw);
    if (cell.kind === 'invalid') {
      rejectRow(
        typeof raw === 'string' ? `The ${this.column(field)} ${quote(cell.text)} is not a number.` : `The ${this.column(field)} is ${cell.text}, not a number.`,
      );
    }
    if (cell.kind === 'number' && (!Number.isFinite(cell.value) || Math.abs(cell.value) > LARGEST)) {
      rejectRow(`The ${this.column(field)} ${quote(cell.text)} is too large to be a real figure.`);
    }
    return cell;
  }

  /** A number cell that may be empty. */
  optional(row: TableRow, field: Field): number | undefined {
    const cell = this.number(row, field);
    return cell.kind === 'number' ? cell.value : undefined;
  }
}
