import { cleanText, TEXT_LIMITS, type TextLimit } from '../clean-text.js';
import { countWords } from './problems.js';

/**
 * The text of one council's file as it is read: every string is cleaned (see clean-text.ts), and
 * the whole of every string that had to be shortened is kept here, under the shortened text shown
 * in its place, so that nothing the council wrote is lost.
 */
export class FileText {
  /** Shortened text → the whole text. */
  readonly full = new Map<string, string>();

  /**
   * Cleans one string from the file. When it is too long, it is shortened with an ellipsis, the
   * whole is kept, and `shortened` is told in words a reader can act on.
   *
   * @param what - what the text is, starting a sentence: "The note", "Its description"
   */
  read(raw: string, limit: TextLimit, what: string, shortened: (message: string) => void): string {
    const { text, full } = cleanText(raw, limit);
    if (full !== undefined) {
      this.full.set(text, full);
      shortened(
        `${what} is ${countWords(Array.from(full).length)} characters long, so it is shown cut short at ${countWords(TEXT_LIMITS[limit])} characters, ending “…”; the whole text is kept with the source’s full texts.`,
      );
    }
    return text;
  }
}
