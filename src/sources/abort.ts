import { SourceError } from './errors.js';

/** The error every cancelled wait rejects with. */
export const cancelled = () => new SourceError('aborted', 'Loading was cancelled.');

/**
 * Waits for a shared promise on behalf of one caller: rejects as soon as that caller's signal aborts,
 * without cancelling the work others may still be waiting for.
 */
export function whileWanted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
