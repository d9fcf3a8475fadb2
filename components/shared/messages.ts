import { isAbort, SourceError, UnknownAreaError, UnknownIndicatorError } from '../../src/sources/errors.js';

/** Advice for each kind of loading failure: what the reader of the page can try. */
const ADVICE: Record<SourceError['kind'], string> = {
  network: 'Reload the page to try again. If it keeps happening, tell the website’s editor.',
  http: 'Reload the page to try again. If it keeps happening, tell the website’s editor: the data file may have moved.',
  timeout: 'Reload the page to try again; the data server may be busy.',
  format: 'Tell the website’s editor: the data file needs replacing.',
  aborted: '',
  // The messages of these three already say what the site can do about it.
  origin: '',
  policy: '',
  cors: '',
};

/** A message for an element's error state: what went wrong and what to try, never a stack trace. */
export function errorMessage(error: unknown): string {
  if (isAbort(error)) return 'Loading was cancelled.';
  if (error instanceof SourceError) return `${error.message} ${ADVICE[error.kind]}`.trim();
  if (error instanceof UnknownIndicatorError || error instanceof UnknownAreaError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong while showing these figures. Reload the page to try again.';
}
