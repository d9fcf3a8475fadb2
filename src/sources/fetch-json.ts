import { SourceError } from './errors.js';
import { fetchText, type FetchTextOptions } from './fetch-text.js';

export type FetchJsonOptions = FetchTextOptions;

/** True for text that is a web page (a login page, an error page) rather than data. */
export function looksLikeWebPage(text: string): boolean {
  return /^\s*<(!doctype|html|\?xml|head|body)/i.test(text);
}

/** The error for an address that returned a web page instead of data. */
export function webPageError(what: string, url: string): SourceError {
  return new SourceError(
    'format',
    `The address of ${what.replace(/^The /, 'the ')} returned a web page instead of data. Check the address, or whether a login page or proxy is in the way.`,
    url,
  );
}

/**
 * Parses fetched text as JSON (a byte order mark is allowed). A web page sent instead – an HTML
 * error or login page with status 200 – or a body that is not JSON (a truncated response) is a
 * SourceError of kind `format` naming `what`.
 *
 * @param advice - said after "is damaged or incomplete: it is not valid JSON."
 */
export function parseJsonText(text: string, what: string, url: string, advice = ''): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  } catch (error) {
    if (/^\s*</.test(text)) throw webPageError(what, url);
    throw new SourceError('format', `${what} is damaged or incomplete: it is not valid JSON.${advice ? ` ${advice}` : ''}`, url, { cause: error });
  }
}

/** Fetches and parses JSON: fetchText's failures, and parseJsonText's. */
export async function fetchJson(url: string | URL, options: FetchJsonOptions = {}): Promise<unknown> {
  const text = await fetchText(url, options);
  return parseJsonText(text, options.what ?? 'The data file', String(url));
}
