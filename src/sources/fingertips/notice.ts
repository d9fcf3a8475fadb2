import { dateInWords } from '../../format/date.js';
import { SourceError } from '../errors.js';
import { FingertipsError, PROXY_ADVICE } from './failure.js';

/** The ISO date (YYYY-MM-DD, UTC) of a moment in milliseconds since 1970. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when a failure was most likely the browser refusing a cross-site request (CORS). */
export function isBlocked(error: unknown): boolean {
  return error instanceof FingertipsError && error.blocked;
}

/** The cause of a live failure in words, where the browser exposed it. */
function causeInWords(error: FingertipsError): string | undefined {
  switch (error.reason) {
    case 'cross-origin':
      return `The browser blocked the request to Fingertips. ${PROXY_ADVICE}`;
    case 'page-policy':
      return 'This page’s Content Security Policy does not allow connections to Fingertips; the site’s owner can allow it in connect-src.';
    case 'unreachable':
      return 'Fingertips could not be reached: there is no connection, or its address could not be found.';
    case 'offline':
      return 'This device appears to be offline.';
    case 'redirected':
      return `The Fingertips address sent the request on to another site (${error.redirectedTo ?? 'elsewhere'}), so its figures are not used.`;
    case 'rate-limited':
      return 'Fingertips is limiting how often it is asked (HTTP 429).';
    default:
      return undefined;
  }
}

/** A short reason for a live failure, for the notice a reader sees above the figures. */
export function shortReason(error: unknown): string {
  const cause = error instanceof FingertipsError ? causeInWords(error) : undefined;
  if (cause) return cause;
  if (!(error instanceof SourceError)) return 'Something went wrong while reading the figures from Fingertips.';
  switch (error.kind) {
    case 'timeout':
      return 'Fingertips took too long to answer.';
    case 'http': {
      const status = error instanceof FingertipsError ? error.status : undefined;
      return status === undefined ? 'Fingertips answered with an error.' : `Fingertips answered with an error (HTTP ${status}).`;
    }
    case 'format':
      return 'Fingertips sent a reply that could not be read.';
    case 'network':
      return 'Fingertips could not be reached.';
    default:
      return 'Loading from Fingertips was stopped.';
  }
}

/** When Fingertips will be asked again after a failure, in words ("in about 2 minutes"); empty when not known. */
export function retryInWords(error: unknown, now: number): string {
  if (!(error instanceof FingertipsError) || error.retryAt === undefined) return '';
  const minutes = Math.max(1, Math.ceil((error.retryAt - now) / 60_000));
  return `Fingertips will not be asked again for ${minutes === 1 ? 'about a minute' : `about ${minutes} minutes`}.`;
}

/** The notice shown when live figures could not be had and the embedded snapshot's are shown instead. */
export function fallbackNotice(snapshotDate: string, error: unknown, now: number): string {
  const retry = retryInWords(error, now);
  return `Live data unavailable — showing figures from ${dateInWords(snapshotDate)}. ${shortReason(error)}${retry ? ` ${retry}` : ''}`;
}

/** The notice shown while live figures are still loading and the embedded snapshot's are shown meanwhile. */
export function loadingNotice(snapshotDate: string): string {
  return `Live figures are still loading from Fingertips, which can take up to a minute — showing figures from the embedded snapshot of ${dateInWords(snapshotDate)} meanwhile.`;
}

/** Why one figure comes from the snapshot although the source is live. */
export type SnapshotReason = 'not-in-fingertips' | 'region' | 'not-returned' | 'request-failed' | 'split-missing';

const BECAUSE: Record<SnapshotReason, string> = {
  'not-in-fingertips': 'this indicator is not published in Fingertips',
  region: 'the live figures cover councils and England only',
  'not-returned': 'Fingertips returned no figures for this indicator',
  'request-failed': 'the live figures for this indicator could not be loaded',
  'split-missing': 'Fingertips’ reply did not hold the split (sex, age, category and years) this indicator uses',
};

/** The note put on a figure taken from the embedded snapshot by a live source. */
export function snapshotNote(snapshotDate: string, reason: SnapshotReason, existing?: string): string {
  const note = `From the embedded snapshot of ${dateInWords(snapshotDate)}, because ${BECAUSE[reason]}.`;
  return existing ? `${existing} ${note}` : note;
}
