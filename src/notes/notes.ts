/**
 * A team's notes on an assessment: one note per "so what?" question and per indicator, kept for one
 * area in the reader's browser and nowhere else, and saved to or read from one small file so a team can
 * share and keep them (`notes-file.ts`, part of the "so what?" code that pages fetch only when shown). Notes are plain text everywhere: they are stored, exported and shown as text,
 * never as markup. Nothing here touches the DOM: the element hands in where to keep them.
 */
import { isRecord } from '../is-record.js';

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

/** Keeps only characters that belong in plain text: line breaks and tabs stay, other control characters go. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

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
    if (!storage)
      this.problem = 'This browser is not keeping notes (its storage is turned off), so they will be lost when the page closes: export them to keep them.';
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

  /** Every written note, by key. */
  entries(): [string, string][] {
    return [...this.memory].filter(([, text]) => text.trim());
  }

  /** Replaces every note with `notes` (already checked), keeps them and tells the listeners. */
  replaceAll(notes: Readonly<Record<string, string>>): void {
    this.memory.clear();
    for (const [key, note] of Object.entries(notes)) if (this.keys.has(key) && note.trim()) this.memory.set(key, plainText(note).slice(0, MAX_NOTE_LENGTH));
    this.write();
    this.changed();
  }
}
