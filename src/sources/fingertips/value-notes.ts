import { isAbort } from '../errors.js';
import type { FingertipsClient } from './client.js';
import type { ValueNote } from './types.js';
import { valueNotesUrl } from './urls.js';

/**
 * Reads `/api/value_notes` (`[{Id, Text}]`, fingertips-open PholioObjects/ValueNote.cs) into words by
 * note number. Entries without a whole-number id or with empty text are skipped.
 */
export function parseValueNotes(body: unknown): Map<number, string> {
  const notes = new Map<number, string>();
  if (!Array.isArray(body)) return notes;
  for (const item of body as ValueNote[]) {
    if (typeof item !== 'object' || item === null) continue;
    const text = typeof item.Text === 'string' ? item.Text.trim() : '';
    if (Number.isInteger(item.Id) && text) notes.set(item.Id as number, text);
  }
  return notes;
}

/**
 * Every value note's words, by number, fetched once and then kept as any reply is; undefined when
 * they could not be loaded (the figures are still shown, with the note's number). Cancelling is
 * passed on.
 */
export async function readValueNotes(client: FingertipsClient, apiBase: string, signal?: AbortSignal): Promise<Map<number, string> | undefined> {
  try {
    return parseValueNotes((await client.getJson(valueNotesUrl(apiBase), signal)).body);
  } catch (error) {
    if (isAbort(error)) throw error;
    return undefined;
  }
}
