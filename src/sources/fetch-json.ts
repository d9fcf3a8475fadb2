import { SourceError } from './errors.js';
import { fetchText, type FetchTextOptions } from './fetch-text.js';

export type FetchJsonOptions = FetchTextOptions;

/**
 * Fetches and parses JSON. Besides fetchText's failures, a body that is not JSON – an HTML error
 * page sent with status 200, a truncated response – is a SourceError of kind `format`.
 */
export async function fetchJson(url: string | URL, options: FetchJsonOptions = {}): Promise<unknown> {
  const text = await fetchText(url, options);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(text);
    throw new SourceError(
      'format',
      looksLikeHtml
        ? 'The data address returned a web page instead of data. Check the address, or whether a login page or proxy is in the way.'
        : 'The data file is damaged or incomplete (it is not valid JSON).',
      String(url),
      { cause: error },
    );
  }
}
