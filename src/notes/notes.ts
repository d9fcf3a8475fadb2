/**
 * A team's notes on an assessment: one note per "so what?" question and per indicator, kept for one
 * area in the reader's browser and nowhere else, and saved to or read from one small file so a team can
 * share and keep them. Notes are plain text everywhere: they are stored, exported and shown as text,
 * never as markup. Nothing here touches the DOM: the element hands in where to keep them.
 */
import { isRecord } from '../is-record.js';
import { dateInWords } from '../format/date.js';
import { fileSlug } from '../format/file-name.js';

/** Where notes are kept: the browser's `localStorage` fits, and so does a simple map in tests and stories. */
export interface NoteStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The area the notes are about. */
export interface NotesArea {
  code: string;
  name: string;
}

/** The name of the notes file format, written into every file and checked on import. */
export const NOTES_FORMAT = 'oat-elements-notes';
/** The version of the notes file format this library writes and reads. */
export const NOTES_VERSION = 1;
/** The longest note kept, in characters: about two pages of typing. */
export const MAX_NOTE_LENGTH = 5000;
/** The largest notes file read, in characters. */
export const MAX_NOTES_FILE = 200_000;

/** The key of a question's note, e.g. `question:fit`. */
export const questionNoteKey = (id: string) => `question:${id}`;
/** The key of an indicator's note, e.g. `indicator:children-in-need`. */
export const indicatorNoteKey = (slug: string) => `indicator:${slug}`;

/** The storage key of an area's notes. */
export const storageKey = (areaCode: string) => `oat-elements:notes:v${NOTES_VERSION}:${areaCode}`;

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

/** Keeps only characters that belong in plain text: line breaks and tabs stay, other control characters go. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

const notesWord = (n: number) => (n === 1 ? '1 note' : `${n} notes`);

/**
 * The notes of one area. `storage` is where they are kept (none: they last only while the page is
 * open, and the element says so); `keys` are the notes this assessment has – its questions and
 * indicators – and a file with any other is refused.
 */
export class AreaNotes {
  private readonly memory = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  /** Set when the browser refused to keep notes, saying why. */
  problem?: string;

  constructor(
    private readonly storage: NoteStorage | undefined,
    readonly area: NotesArea,
    readonly keys: ReadonlySet<string>,
  ) {
    if (!storage) this.problem = 'This browser is not keeping notes (its storage is turned off), so they will be lost when the page closes: export them to keep them.';
    for (const [key, text] of Object.entries(this.read())) this.memory.set(key, text);
  }

  /** The stored notes, or none when there are none or they cannot be read. */
  private read(): Record<string, string> {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(storageKey(this.area.code)) ?? null;
    } catch {
      this.problem = 'This browser would not let the notes be read from its storage.';
    }
    if (!raw) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      const notes = isRecord(parsed) && isRecord(parsed.notes) ? parsed.notes : {};
      return Object.fromEntries(Object.entries(notes).filter((entry): entry is [string, string] => this.keys.has(entry[0]) && typeof entry[1] === 'string'));
    } catch {
      return {};
    }
  }

  private write(): void {
    if (!this.storage) return;
    try {
      if (this.memory.size) this.storage.setItem(storageKey(this.area.code), JSON.stringify({ notes: Object.fromEntries(this.memory) }));
      else this.storage.removeItem(storageKey(this.area.code));
      if (this.problem?.startsWith('This browser would not')) this.problem = undefined;
    } catch {
      this.problem = 'This browser would not keep the notes (its storage may be full or turned off): export them to keep them.';
    }
  }

  /** Calls `listener` whenever a note changes; returns a function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** One note's text; empty when there is none. */
  get(key: string): string {
    return this.memory.get(key) ?? '';
  }

  /** How many notes are written. */
  get count(): number {
    return this.memory.size;
  }

  /** Keeps a note (plain text, cut to {@link MAX_NOTE_LENGTH}); an empty note is removed. */
  set(key: string, text: string): void {
    if (!this.keys.has(key)) return;
    const clean = plainText(text).slice(0, MAX_NOTE_LENGTH);
    if (clean.trim()) this.memory.set(key, clean);
    else this.memory.delete(key);
    this.write();
    this.changed();
  }

  /** The notes as the text of a notes file. */
  exportText(now: Date = new Date()): string {
    const file: NotesFile = {
      format: NOTES_FORMAT,
      version: NOTES_VERSION,
      area: { code: this.area.code, name: this.area.name },
      saved: now.toISOString(),
      notes: Object.fromEntries([...this.memory].filter(([, text]) => text.trim())),
    };
    return `${JSON.stringify(file, null, 2)}\n`;
  }

  /** A name for the notes file, e.g. "oat-notes-blackpool-2026-12-01.json". */
  fileName(now: Date = new Date()): string {
    return `oat-notes-${fileSlug(this.area.name)}-${now.toISOString().slice(0, 10)}.json`;
  }

  /**
   * Reads a notes file and, when it is a notes file for this area with nothing in it this assessment
   * does not have, replaces the notes with its own. Anything else is refused with a message saying why,
   * and the notes are left as they were.
   */
  importText(text: string, fileName = 'The file'): NotesOutcome {
    const checked = checkNotesFile(text, fileName, this.area, this.keys);
    if (!checked.ok) return checked;
    this.memory.clear();
    for (const [key, note] of Object.entries(checked.file.notes)) if (note.trim()) this.memory.set(key, note);
    this.write();
    this.changed();
    const saved = dateInWords(checked.file.saved);
    return { ok: true, message: `${notesWord(this.memory.size)} read from ${fileName} (saved ${saved}); they replace the notes this browser kept for ${this.area.name}.` };
  }
}

/** Checks a notes file thoroughly before anything in it is used. */
export function checkNotesFile(
  text: string,
  fileName: string,
  area: NotesArea,
  keys: ReadonlySet<string>,
): { ok: true; file: NotesFile } | { ok: false; message: string } {
  const refuse = (why: string) => ({ ok: false as const, message: `${fileName} was not read: ${why} Your notes are unchanged.` });
  if (text.length > MAX_NOTES_FILE) return refuse(`it is too large for a notes file (${Math.round(text.length / 1000)} thousand characters; a notes file is at most ${MAX_NOTES_FILE / 1000} thousand).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not a notes file saved by this assessment (it is not JSON).');
  }
  if (!isRecord(data) || data.format !== NOTES_FORMAT) return refuse('it is not a notes file saved by this assessment.');
  if (data.version !== NOTES_VERSION) return refuse(`it was saved in a notes format this version cannot read (version ${String(data.version)}).`);
  const fileArea = data.area;
  if (!isRecord(fileArea) || typeof fileArea.code !== 'string' || typeof fileArea.name !== 'string') return refuse('it does not say which area its notes are about.');
  if (fileArea.code !== area.code) {
    return refuse(`its notes are for ${plainText(fileArea.name).slice(0, 80)} (${plainText(fileArea.code).slice(0, 12)}), and this assessment is for ${area.name} (${area.code}). Choose that area first to read them.`);
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
