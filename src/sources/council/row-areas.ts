import { dateInWords } from '../../format/date.js';
import { ENGLAND, type Area, type Period } from '../../model.js';
import { reorganisationOf, type Reorganisation } from '../../reorganisations.js';
import { closestMatch } from '../../view-models/closest.js';
import type { Cells } from './cells.js';
import type { TableRow } from './formats.js';
import { listInWords, quote, rejectRow, RowSkipped } from './problems.js';

/** ONS codes: a capital letter and eight digits. */
const ONS_CODE = /^[A-Z]\d{8}$/;
/** Codes of England (E92), regions (E12) and upper-tier authorities (E06, E08, E09, E10): the base source must know them. */
const BASE_KIND_CODE = /^E(06|08|09|10|12|92)\d{6}$/;

/** The area a row is for, once found. */
export interface RowArea {
  code: string;
  name: string;
  /** A part of a council met for the first time, to be added once its row is kept. */
  pending?: Area;
  /** A former council's code, to be settled against the row's period. */
  former?: { code: string; name: string; change: Reorganisation };
  /** Set when the figure was published for a former council with the same boundary, saying so. */
  carriedNote?: string;
}

/** The month a reorganisation took effect, in the form of a period's sort key ("2020-04"). */
const monthOf = (date: string) => date.slice(0, 7);

/**
 * The month a period starts, near enough to tell whether it began before a reorganisation: April of
 * the first year of a financial year ("2019/20"), January of a calendar year ("2019", "Census 2021")
 * or of a span of years ("2022 - 24"), and the end month of a month, quarter or day.
 */
export function periodStart(period: Period): string {
  const end = period.sortKey.slice(0, 7);
  const text = period.label.toLowerCase();
  const split = /\b(\d{4})\s*[/\-–]\s*(\d{4}|\d{2})\b/.exec(text);
  if (split && !/\bq[1-4]\b/.test(text)) {
    const first = Number(split[1]);
    return Number(end.slice(0, 4)) - first === 1 && end.endsWith('-03') ? `${first}-04` : `${first}-01`;
  }
  const words = text.replace(/census/g, '').replace(/[^a-z]/g, '');
  return /^\d{4}-12$/.test(end) && words === '' ? `${end.slice(0, 4)}-01` : end;
}

/**
 * Finds the area of each row: England, a region or an upper-tier council the base source knows, a
 * part of one (a ward, say), or a former council's code. Rows of a Fingertips download for areas
 * the tool does not show (districts, combined authorities, clusters) are left out in groups.
 */
export class RowAreas {
  private readonly known: Map<string, Area>;
  private readonly subAreas = new Map<string, { area: Area; line: number }>();

  constructor(
    private readonly cells: Cells,
    areas: readonly Area[],
  ) {
    this.known = new Map(areas.map((area) => [area.code, area]));
  }

  /** The parts of councils kept, in the order first met. */
  kept(): Area[] {
    return [...this.subAreas.values()].map((entry) => entry.area);
  }

  /** Keeps a part of a council once a row for it is kept. */
  keep(pending: Area, line: number): void {
    this.subAreas.set(pending.code, { area: pending, line });
  }

  private get fingertips(): boolean {
    return this.cells.layout.layout === 'fingertips';
  }

  /** A Fingertips row for an area type the tool does not show: left out with the others of its type. */
  private skipType(row: TableRow, code: string): never {
    const type = this.cells.text(row, 'areaType') || code.slice(0, 3);
    const parentColumn = this.cells.column('parentCode');
    throw new RowSkipped(
      `area type ${type}`,
      (rows) =>
        `Areas of type ${quote(type)} are not shown, so ${rows} left out: the tool shows England, regions, upper-tier councils and parts of those councils, and the file does not give an upper-tier council as these areas’ ${parentColumn}.`,
    );
  }

  /** The area of a row; a former council's code is returned for `settle` to decide once the period is known. */
  find(row: TableRow): RowArea {
    const written = this.cells.text(row, 'areaCode');
    const code = written.toUpperCase();
    const name = this.cells.text(row, 'areaName');
    const parentCode = this.cells.text(row, 'parentCode').toUpperCase();
    const codeColumn = this.cells.column('areaCode');
    const parentColumn = this.cells.column('parentCode');
    if (!code) rejectRow(`There is no ${codeColumn}: give the area’s ONS code, such as E09000008 for Croydon.`);

    const known = this.known.get(code);
    if (known) return { code, name: known.name };
    const existing = this.subAreas.get(code);
    if (existing) {
      if (parentCode && parentCode !== existing.area.parentCode) {
        rejectRow(
          `${code} is given the parent ${parentCode} here but ${existing.area.parentCode} on ${this.cells.table.where} ${existing.line}; an area can belong to only one authority, so this row was left out.`,
        );
      }
      if (existing.area.name === code && name) existing.area.name = name;
      return { code, name: existing.area.name };
    }

    if (!ONS_CODE.test(code)) {
      if (this.fingertips) this.skipType(row, code);
      rejectRow(
        `${quote(written)} is not an ONS area code: a code is a capital letter and eight digits, such as E09000008 for Croydon or E05011462 for one of its wards.`,
      );
    }
    if (!code.startsWith('E')) {
      if (this.fingertips) this.skipType(row, code);
      rejectRow(`${code} is not an area in England; the tool compares English areas with England.`);
    }
    const change = reorganisationOf(code);
    if (change) return { code, name: name || code, former: { code, name: name || code, change } };
    if (BASE_KIND_CODE.test(code)) {
      const called = name ? `${name} (${code})` : code;
      if (this.fingertips) {
        throw new RowSkipped(
          'unknown council codes',
          (rows, details) =>
            `${listInWords(details)} ${details.length === 1 ? 'is not a code' : 'are not codes'} of England, a region or a council today, so ${rows} left out: such a code is usually one a council had before a change of code or boundary.`,
          called,
        );
      }
      const candidates = [...this.known.values()].filter((area) => area.kind !== 'sub-area').map((area) => area.code);
      const suggestion = closestMatch(code, candidates);
      rejectRow(
        `${code} looks like the code of England, a region or an upper-tier council, but not one the tool knows.${
          suggestion ? ` Did you mean ${this.known.get(suggestion)?.name ?? suggestion} (${suggestion})?` : ''
        }`,
      );
    }
    const called = name ? `${code} (${name})` : code;
    if (!parentCode) {
      if (this.fingertips) this.skipType(row, code);
      rejectRow(
        `${called} is not England, a region or an upper-tier council, so the tool shows it as part of a council (a ward, say) and needs its ${parentColumn}: the code of the council it belongs to, such as E09000008.`,
      );
    }
    const parent = this.known.get(parentCode);
    // A Fingertips download may hold districts, combined authorities and other area types the tool does not show.
    if (this.fingertips && parent?.kind !== 'utla') this.skipType(row, code);
    if (!parent || parent.kind !== 'utla') {
      const what = !parent
        ? ONS_CODE.test(parentCode)
          ? `${parentCode} is not an upper-tier council the tool knows`
          : `${quote(parentCode)} is not an ONS area code`
        : `${parent.name} (${parentCode}) is ${parent.code === ENGLAND ? 'England' : 'a region'}, not an upper-tier council`;
      rejectRow(`${called} cannot be shown: its ${parentColumn} must be the upper-tier council it is part of, but ${what}.`);
    }
    return { code, name: name || code, pending: { code, name: name || code, kind: 'sub-area', parentCode } };
  }

  /**
   * Decides what a former council's code means for the row's period. For a period that began before
   * its reorganisation, the code was right: its figure is carried to the successor when the boundary is
   * the same (and says so), and otherwise belongs to that period's history and is left out of the
   * current view, summed up once. From after, the code is a mistake and the row is rejected.
   */
  settle(area: RowArea, period: Period): RowArea {
    const former = area.former;
    if (!former) return area;
    const { change } = former;
    const successors = change.successorCodes.map((successor) => `${this.known.get(successor)?.name ?? successor} (${successor})`).join(' or ');
    const before = period.sortKey !== '' && periodStart(period) < monthOf(change.date);
    if (!before) rejectRow(`${former.code} is a former council’s code. ${change.description} Use ${successors}.`);
    const successor = change.successorCodes.length === 1 ? this.known.get(change.successorCodes[0]!) : undefined;
    const called = former.name === former.code ? former.code : `${former.name} (${former.code})`;
    if (change.sameBoundary && successor) {
      return {
        code: successor.code,
        name: successor.name,
        carriedNote: `Published for ${called}, which covered the same area as ${successor.name} before ${dateInWords(change.date)}.`,
      };
    }
    throw new RowSkipped(
      'former councils',
      (rows, details) =>
        `${listInWords(details)} ${details.length === 1 ? 'is a former council' : 'are former councils'} whose area${details.length === 1 ? ' is' : 's are'} not that of any council today, so ${rows} kept out of the current view: ${
          details.length === 1 ? 'its figures belong' : 'their figures belong'
        } to the periods before the reorganisation.`,
      called,
    );
  }
}
