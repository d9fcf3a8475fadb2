/**
 * Text a file supplies (names, titles, notes, descriptions, units, sources, licences) is shown on
 * a council's page under its name, so it is cleaned before anything else reads it:
 *
 * - control characters are removed (tabs and line breaks become spaces), so nothing invisible
 *   can hide in a name;
 * - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are removed, so
 *   an unterminated right-to-left override cannot turn "41.2 per 1,000" into "000,1 rep 2.14";
 * - byte order marks, line and paragraph separators, interlinear annotation marks and lone
 *   surrogates are removed;
 * - very long text is cut at a limit with an ellipsis; the full text (cleaned) is returned beside
 *   it so that the source can keep it for whoever needs it.
 */

/** The longest text kept whole: names, titles, labels and the like; descriptions and notes. */
export const TEXT_LIMITS = { name: 300, description: 2000 } as const;
export type TextLimit = keyof typeof TEXT_LIMITS;

const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A file's text once cleaned: what to show, and the whole text when it had to be shortened. */
export interface CleanedText {
  text: string;
  /** The whole text, cleaned, when `text` is a shortened copy. */
  full?: string;
}

/** Removes every character that could hide or reorder text, and trims. */
export function stripControls(raw: string): string {
  return raw.replace(BREAKS, ' ').replace(CONTROLS, '').replace(BIDI, '').replace(INVISIBLE, '').replace(LONE_SURROGATE, '').trim();
}

/**
 * Cleans a file's text and shortens it to `limit` characters (an ellipsis being the last), never
 * splitting a character made of two UTF-16 units.
 */
export function cleanText(raw: string, limit: TextLimit = 'name'): CleanedText {
  const text = stripControls(raw);
  const most = TEXT_LIMITS[limit];
  if (text.length <= most) return { text };
  // A character takes one or two UTF-16 units, so the first 2 × most units hold at least `most` characters.
  const characters = Array.from(text.length <= 2 * most ? text : text.slice(0, 2 * most));
  if (text.length <= 2 * most && characters.length <= most) return { text };
  return {
    text: `${characters
      .slice(0, most - 1)
      .join('')
      .trimEnd()}…`,
    full: text,
  };
}

/** Cleaned text, shortened without keeping the rest: for text quoted inside a message. */
export function cleanShort(raw: string, limit = 40): string {
  const text = stripControls(raw);
  const characters = Array.from(text);
  return characters.length > limit ? `${characters.slice(0, limit - 3).join('')}…` : text;
}
