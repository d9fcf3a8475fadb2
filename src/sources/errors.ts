/**
 * What kind of failure a data source met; elements choose their advice from it. Besides the usual
 * ones: `origin` when the page does not allow data from that address (or a redirect led elsewhere),
 * `policy` when the page's own Content Security Policy blocked the request, and `cors` when the
 * server answered but does not let pages on other websites read its data.
 */
export type SourceErrorKind = 'network' | 'http' | 'timeout' | 'format' | 'aborted' | 'origin' | 'policy' | 'cors';

/**
 * A failure to load data, with a message written for the person looking at the page (not a stack
 * trace) and the kind of failure so an element can suggest what to try.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';

  constructor(
    readonly kind: SourceErrorKind,
    message: string,
    readonly url?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An indicator slug that is not in the catalogue. */
export class UnknownIndicatorError extends Error {
  override readonly name = 'UnknownIndicatorError';

  constructor(
    readonly slug: string,
    readonly suggestion?: string,
  ) {
    super(
      slug
        ? `There is no indicator called “${slug}”.${suggestion ? ` Did you mean “${suggestion}”?` : ''}`
        : 'No indicator was given: set the indicator attribute to an indicator’s name, such as “children-in-need”.',
    );
  }
}

/** An area code that is malformed, retired or not in the data. */
export class UnknownAreaError extends Error {
  override readonly name = 'UnknownAreaError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** True for the error an aborted fetch or task rejects with. */
export function isAbort(error: unknown): boolean {
  return (error instanceof DOMException && error.name === 'AbortError') || (error instanceof SourceError && error.kind === 'aborted');
}
