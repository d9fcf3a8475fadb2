import { readFileSync } from 'node:fs';
import { read as readWorkbook, utils } from '@e965/xlsx';
import type { Geography } from '../areas.js';
import { describeMarker, parseCell, type Cell } from '../cells.js';
import { addPeriods, citeCounts, IndicatorCollector, type BuildLog, type BuiltIndicator, type BuiltObservation } from '../collector.js';
import { addNote, agreesWithin, publishedFigure } from '../counts.js';
import { calendarYear } from '../periods.js';
import { placeArea } from '../places.js';

export const CONCEPTIONS_FOLDER = 'StatsRhian__gmhsc-workshop-1';
export const CONCEPTIONS_FILE = 'conceptionstatisticstables2017.xls';
const SHEET = 'Table 6';
const SLUG = 'under-18-conceptions';
const ONS = 'The Office for National Statistics';

/** Said wherever a denominator was worked out from the published number and rate. */
export const CONCEPTIONS_DENOMINATOR_DERIVATION =
  'ONS publishes the number of conceptions and the rate, but not the number of women aged 15–17, so that number is worked out here as the number of conceptions × 1,000 ÷ the published rate, to the nearest whole number. The rate is rounded to one decimal place, so the worked-out number is approximate; the confidence interval of a rate like this depends only on the number of conceptions and the rate.';

const LOW_RELIABILITY = 'ONS marks this rate as less reliable because it rests on fewer than 20 conceptions.';

/** One year of one area in Table 6. */
export interface ConceptionYear {
  year: number;
  count: Cell;
  /** Conceptions per 1,000 women aged 15–17. */
  rate: Cell;
  /** ONS's `u`: a rate resting on 3 to 19 conceptions. */
  lowReliability: boolean;
}

/** A row of Table 6: one area (or two counted together), every year. */
export interface ConceptionRow {
  /** The area's code, then any area counted with it (City of London with Hackney, Isles of Scilly with Cornwall). */
  codes: string[];
  name: string;
  years: ConceptionYear[];
}

/** Upper-tier areas, regions and England; not Wales, districts, metropolitan counties or Inner/Outer London. */
const WANTED = /^E(92|12|06|08|09|10)\d{6}$/;

/**
 * Reads Table 6 of ONS's conception statistics workbook (legacy .xls). The header row puts each year in
 * the first column of a nine-column block (number, rate, its reliability marker, then the outcomes),
 * with footnote digits glued on ("20175" is 2017).
 */
export function readConceptionTable(path: string): ConceptionRow[] {
  const workbook = readWorkbook(readFileSync(path));
  const sheet = workbook.Sheets[SHEET];
  if (!sheet) throw new Error(`${CONCEPTIONS_FILE}: no sheet "${SHEET}"`);
  const grid = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
  const headerAt = grid.findIndex((line) => line[0] === 'Area of usual residence');
  if (headerAt < 0) throw new Error(`${CONCEPTIONS_FILE}: no header row in ${SHEET}`);
  const header = grid[headerAt]!;
  const blocks: { year: number; column: number }[] = [];
  header.forEach((cell, column) => {
    if (column < 2 || cell === null || cell === '') return;
    const match = /^((?:19|20)\d{2})\d*$/.exec(String(cell).trim());
    if (!match) throw new Error(`${CONCEPTIONS_FILE}: unexpected year heading "${String(cell)}"`);
    blocks.push({ year: Number(match[1]), column });
  });
  const measures = grid[headerAt + 1] ?? [];
  for (const { year, column } of blocks) {
    if (measures[column] !== 'Number of Conceptions' || !/^Conception rate/.test(String(measures[column + 1]))) {
      throw new Error(`${CONCEPTIONS_FILE}: the ${year} block does not start with the number and rate of conceptions`);
    }
  }
  const rows: ConceptionRow[] = [];
  for (const line of grid.slice(headerAt + 2)) {
    const codes = String(line[0] ?? '')
      .split(',')
      .map((code) => code.trim());
    if (!codes[0] || !/^[EWK]\d{8}$/.test(codes[0])) continue;
    rows.push({
      codes,
      name: String(line[1] ?? '').replace(/\d+$/, ''),
      years: blocks.map(({ year, column }) => ({
        year,
        count: parseCell(line[column]),
        rate: parseCell(line[column + 1]),
        lowReliability: String(line[column + 2] ?? '').trim() === 'u',
      })),
    });
  }
  return rows;
}

/** The notes on an area counted with another, and on the area it is counted with. */
function combinedNotes(codes: string[], geography: Geography): { main?: string; others: Map<string, string> } {
  if (codes.length < 2) return { others: new Map() };
  const nameOf = (code: string) => geography.areas.find((area) => area.code === code)?.name ?? code;
  const [main, ...others] = codes as [string, ...string[]];
  const othersNames = others.map(nameOf).join(' and ');
  return {
    main: `ONS counts ${othersNames} with ${nameOf(main)} to protect confidentiality, so this figure covers both.`,
    others: new Map(
      others.map((code) => [code, `ONS counts ${nameOf(code)} with ${nameOf(main)} to protect confidentiality; the figure for ${nameOf(main)} covers both.`]),
    ),
  };
}

function womenAged15to17(count: number, rate: number): number {
  return Math.round((count * 1000) / rate);
}

/**
 * Adds ONS's numbers of under-18 conceptions to the figures. For a year LAIT covers (2016, 2017) the
 * number is kept when ONS's rate equals LAIT's to one decimal place; for the years before (1998–2015)
 * the figure is ONS's own published rate. ONS publishes no population, so the denominator is derived
 * from the number and the rate, and each period says so. Areas are on ONS's 2017 geography: Hackney's
 * figure includes the City of London and Cornwall's the Isles of Scilly, and those areas say so.
 */
export function addConceptionCounts(indicator: BuiltIndicator, rows: ConceptionRow[], geography: Geography, log: BuildLog): void {
  if (indicator.slug !== SLUG) throw new Error(`Conception counts belong to ${SLUG}, not ${indicator.slug}`);
  const earlier = new IndicatorCollector(SLUG, 'ONS conception statistics Table 6', log, {
    sources: ['onsConceptions'],
    countDerivation: CONCEPTIONS_DENOMINATOR_DERIVATION,
  });
  for (const row of rows) {
    if (!WANTED.test(row.codes[0]!)) continue;
    const notes = combinedNotes(row.codes, geography);
    for (const { year, count, rate, lowReliability } of row.years) {
      const period = calendarYear(year);
      const context = `${SLUG} ${period.label}`;
      const place = placeArea(geography, row.codes[0]!, log, `ons-conceptions ${period.label}`);
      if (!place) continue;
      const extraNotes = [notes.main, lowReliability ? LOW_RELIABILITY : undefined].filter((note): note is string => Boolean(note));
      const lait = indicator.periods.get(period.sortKey);
      if (lait) {
        for (const [code, note] of notes.others) {
          const other = lait.byArea.get(code);
          if (other) addNote(other, note);
        }
        if (!('value' in count) || !('value' in rate)) continue;
        const figure = publishedFigure(indicator, period, place.code, log, `${context} ${place.code}`);
        if (!figure) continue;
        if (!agreesWithin(figure.value!, rate.value, 1)) {
          log.add(`${context} ${place.code}: ONS's rate ${rate.value} differs from LAIT's ${figure.value}; count refused`);
          continue;
        }
        if (count.value === 0 || figure.value === 0) continue; // no denominator can be worked out from a rate of 0
        Object.assign(figure, { count: count.value, denominator: womenAged15to17(count.value, figure.value!) });
        for (const note of extraNotes) addNote(figure, note);
        citeCounts(lait, ['onsConceptions'], CONCEPTIONS_DENOMINATOR_DERIVATION);
        continue;
      }
      const carried = place.note ? { carried: true } : {};
      let observation: BuiltObservation;
      if (!('value' in rate)) {
        observation = { value: null, missing: { reason: rate.missing, message: describeMarker(rate, ONS) }, ...carried };
      } else {
        const withCounts = 'value' in count && count.value > 0 && rate.value > 0;
        observation = {
          value: rate.value,
          ...(withCounts ? { count: count.value, denominator: womenAged15to17(count.value, rate.value) } : {}),
          ...carried,
        };
      }
      for (const note of [place.note, ...extraNotes]) if (note) addNote(observation, note);
      earlier.set(period, place.code, observation);
      for (const [code, note] of notes.others) {
        earlier.set(period, code, { value: null, missing: { reason: 'not-available', message: note } });
      }
    }
  }
  addPeriods(indicator, earlier.indicator);
}
