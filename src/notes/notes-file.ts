/**
 * A team's notes saved to, or read from, one small file, so that a team can share and keep them. The
 * file is checked thoroughly before anything in it is used; notes stay plain text.
 */
import { isRecord } from '../is-record.js';
import { dateInWords } from '../format/date.js';
import { fileSlug } from '../format/file-name.js';
import { MAX_NOTE_LENGTH, MAX_NOTES_FILE, NOTES_FORMAT, NOTES_VERSION, plainText, type AreaNotes, type NotesArea } from './notes.js';

/** What the notes file holds. */
export interface NotesFile {
  format: typeof NOTES_FORMAT;
  version: typeof NOTES_VERSION;
  area: NotesArea;
  /** When the file was written (ISO date and time). */
  saved: string;
  /** Each note by its key; empty notes are left out. */
  notes: Record<string, string>;
}

export type NotesOutcome = { ok: true; message: string } | { ok: false; message: string };

const notesWord = (n: number) => (n === 1 ? '1 note' : `${n} notes`);

/** An area's notes as the text of a notes file. */
export function notesFileText(notes: AreaNotes, now: Date = new Date()): string {
  const file: NotesFile = {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    area: { code: notes.area.code, name: notes.area.name },
    saved: now.toISOString(),
    notes: Object.fromEntries(notes.entries()),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A name for the notes file, e.g. "oat-notes-blackpool-2026-12-01.json". */
export function notesFileName(notes: AreaNotes, now: Date = new Date()): string {
  return `oat-notes-${fileSlug(notes.area.name)}-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads a notes file and, when it is a notes file for this area with nothing in it this assessment
 * does not have, replaces the notes with its own. Anything else is refused with a message saying why,
 * and the notes are left as they were.
 */
export function readNotesFile(notes: AreaNotes, text: string, fileName = 'The file'): NotesOutcome {
  const checked = checkNotesFile(text, fileName, notes.area, notes.keys);
  if (!checked.ok) return checked;
  notes.replaceAll(checked.file.notes);
  const saved = dateInWords(checked.file.saved);
  return {
    ok: true,
    message: `${notesWord(notes.count)} read from ${fileName} (saved ${saved}); they replace the notes this browser kept for ${notes.area.name}.`,
  };
}

/** Checks a notes file thoroughly before anything in it is used. */
export function checkNotesFile(
  text: string,
  fileName: string,
  area: NotesArea,
  keys: ReadonlySet<string>,
): { ok: true; file: NotesFile } | { ok: false; message: string } {
  const refuse = (why: string) => ({ ok: false as const, message: `${fileName} was not read: ${why} Your notes are unchanged.` });
  if (text.length > MAX_NOTES_FILE)
    return refuse(
      `it is too large for a notes file (${Math.round(text.length / 1000)} thousand characters; a notes file is at most ${MAX_NOTES_FILE / 1000} thousand).`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not a notes file saved by this assessment (it is not JSON).');
  }
  if (!isRecord(data) || data.format !== NOTES_FORMAT) return refuse('it is not a notes file saved by this assessment.');
  if (data.version !== NOTES_VERSION) return refuse(`it was saved in a notes format this version cannot read (version ${String(data.version)}).`);
  const fileArea = data.area;
  if (!isRecord(fileArea) || typeof fileArea.code !== 'string' || typeof fileArea.name !== 'string')
    return refuse('it does not say which area its notes are about.');
  if (fileArea.code !== area.code) {
    return refuse(
      `its notes are for ${plainText(fileArea.name).slice(0, 80)} (${plainText(fileArea.code).slice(0, 12)}), and this assessment is for ${area.name} (${area.code}). Choose that area first to read them.`,
    );
  }
  if (typeof data.saved !== 'string' || Number.isNaN(Date.parse(data.saved))) return refuse('it does not say when it was saved.');
  if (!isRecord(data.notes)) return refuse('it holds no notes.');
  const notes: Record<string, string> = {};
  for (const [key, value] of Object.entries(data.notes)) {
    if (!keys.has(key)) return refuse(`it has a note on “${plainText(key).slice(0, 60)}”, which this assessment does not have.`);
    if (typeof value !== 'string') return refuse(`its note on “${key}” is not text.`);
    if (value.length > MAX_NOTE_LENGTH) return refuse(`its note on “${key}” is longer than ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters.`);
    notes[key] = plainText(value);
  }
  return { ok: true, file: { format: NOTES_FORMAT, version: NOTES_VERSION, area: { code: fileArea.code, name: fileArea.name }, saved: data.saved, notes } };
}
