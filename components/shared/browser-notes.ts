import { AreaNotes, indicatorNoteKey, questionNoteKey, type NoteStorage, type NotesArea } from '../../src/notes/notes.js';
import { SO_WHAT_QUESTIONS } from '../../src/view-models/so-what-questions.js';

/**
 * The browser's own storage for notes, or undefined where the browser refuses it (storage turned
 * off, or a sandboxed frame): the notes then last only while the page is open, and the page says so.
 */
export function browserNoteStorage(): NoteStorage | undefined {
  try {
    const storage = window.localStorage;
    const probe = 'oat-elements:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** An area's notes: one per "so what?" question and one per indicator of the assessment. */
export function openNotes(storage: NoteStorage | undefined, area: NotesArea, indicatorSlugs: readonly string[]): AreaNotes {
  const keys = new Set([...SO_WHAT_QUESTIONS.map(questionNoteKey), ...indicatorSlugs.map(indicatorNoteKey)]);
  return new AreaNotes(storage, area, keys);
}
