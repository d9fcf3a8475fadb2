import { cleanShort } from '../clean-text.js';

/** How a problem's place in the file is named: a CSV line, a JSON row, a JSON custom indicator, or the file as a whole. */
export type ProblemPlace = 'line' | 'row' | 'indicator' | 'file';

/** Something wrong with part of a council's file. The rest of the file still loads. */
export interface Problem {
  /** The file's name as readers know it, e.g. "our-figures.csv". */
  file: string;
  /** 1-based: the line of a CSV file, or the position of a row or custom indicator in a JSON list. */
  line: number;
  /** What is wrong and what was done about it, in plain English. */
  message: string;
  where: ProblemPlace;
}

/** A problem as one sentence naming the file and the place: "our-figures.csv, line 4: …". */
export function describeProblem(problem: Problem): string {
  const place = problem.where === 'file' ? '' : `, ${problem.where === 'indicator' ? 'custom indicator' : problem.where} ${problem.line}`;
  return `${problem.file}${place}: ${problem.message}`;
}

/** Quotes what someone wrote, cleaned and shortened if it is long, for a message. */
export function quote(written: string): string {
  return `“${cleanShort(written)}”`;
}

/** A whole number as readers write it: 1,142. */
export const countWords = (n: number) => n.toLocaleString('en-GB');

/** Items as a sentence lists them: "A", "A and B", "A, B and C"; past `most`, the rest are counted ("A, B and 3 more"). */
export function listInWords(items: readonly string[], most = Infinity): string {
  const named = items.slice(0, most);
  const words = items.length > named.length ? [...named, `${countWords(items.length - named.length)} more`] : named;
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Thrown inside the row reader to reject one row; caught at once and turned into a problem. */
export class RowRejected {
  constructor(readonly message: string) {}
}

export function rejectRow(message: string): never {
  throw new RowRejected(message);
}

/**
 * Thrown to leave out a row of a Fingertips download that is there because of how Fingertips
 * exports, not because of a mistake: an indicator the tool does not have, an area type it does not
 * show, a former council's code from before its reorganisation. Such rows are reported once per
 * group, not once per row.
 */
export class RowSkipped {
  /**
   * @param group - rows with the same group are reported together
   * @param describe - the message, given "the 12 rows on lines 4 to 15 were" (or "the row on line 4 was") and the details of the rows
   * @param detail - what this row adds to the message (a council's name and code, say), listed once each
   */
  constructor(
    readonly group: string,
    readonly describe: (rows: string, details: readonly string[]) => string,
    readonly detail?: string,
  ) {}
}

/** Rows left out in groups, each group reported once with the lines it covers. */
export class SkippedRows {
  private readonly groups = new Map<string, { skip: RowSkipped; lines: number[]; details: string[] }>();

  add(skip: RowSkipped, line: number): void {
    const entry = this.groups.get(skip.group) ?? { skip, lines: [], details: [] };
    entry.lines.push(line);
    if (skip.detail && !entry.details.includes(skip.detail)) entry.details.push(skip.detail);
    this.groups.set(skip.group, entry);
  }

  /** One problem per group, placed at its first row. */
  problems(where: 'line' | 'row'): { line: number; message: string }[] {
    return [...this.groups.values()].map(({ skip, lines, details }) => {
      const first = lines[0]!;
      const last = lines[lines.length - 1]!;
      const rows =
        lines.length === 1
          ? `the row on ${where} ${countWords(first)} was`
          : `the ${countWords(lines.length)} rows ${where === 'line' ? `on lines ${countWords(first)}` : `from row ${countWords(first)}`} to ${countWords(last)} were`;
      return { line: first, message: skip.describe(rows, details) };
    });
  }
}
