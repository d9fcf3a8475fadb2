import type { SourceInfo } from '../model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date (or date and time) in words, as in "22 November 2026"; anything else is returned as it is. */
export function dateInWords(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Where figures come from, in a sentence: "Figures: Embedded snapshot, 22 November 2026." */
export function sourceLine(info: SourceInfo): string {
  return `Figures: ${info.name}, ${dateInWords(info.dataDate)}.`;
}
