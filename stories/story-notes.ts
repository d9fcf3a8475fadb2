/**
 * Where the notes stories keep their notes: a fresh store in memory for each render, so a story never
 * reads or writes the browser's own storage, and can start with notes already written.
 */
import { storageKey, type NoteStorage } from '../src/notes/notes.js';

/** A store in memory, holding `notes` for `area` to begin with. */
export function notesInMemory(area?: string, notes: Record<string, string> = {}): NoteStorage {
  const items = new Map<string, string>();
  if (area && Object.keys(notes).length) items.set(storageKey(area), JSON.stringify({ notes }));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Notes a Blackpool team might have written, for the "filled" stories. */
export const BLACKPOOL_NOTES: Record<string, string> = {
  'question:fit': 'Matches what the family hubs see: parental mental health and drinking come up in most early help assessments.',
  'question:groups': 'Lone parents and young carers overlap: ask the carers’ centre for numbers.',
  'question:services':
    'Health visitors and the family hubs see these parents first. Try routine questions about the couple relationship at the 6–8 week visit.',
  'question:where': 'Public health has ward figures for separation and domestic abuse.',
  'indicator:children-in-need': 'Re-referrals have risen since 2023.',
};

/** A notes file for Blackpool, as "Export notes" writes it. */
export const BLACKPOOL_NOTES_FILE = JSON.stringify(
  {
    format: 'oat-elements-notes',
    version: 1,
    area: { code: 'E06000009', name: 'Blackpool' },
    saved: '2026-11-30T10:00:00.000Z',
    notes: {
      'question:fit': 'From the team file: fits the early help caseload.',
      'question:where': 'From the team file: ask public health for ward figures.',
    },
  },
  null,
  2,
);
