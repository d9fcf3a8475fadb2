import { dateInWords } from '../../format/date.js';
import { SourceError } from '../errors.js';
import { FingertipsError, PROXY_ADVICE } from './client.js';

/** The ISO date (YYYY-MM-DD, UTC) of a moment in milliseconds since 1970. */


export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when a failure was most likely the browser refusing a cross-site request (CORS). */
export function isBlocked(error: unknown): boolean {
  return error instanceof FingertipsError && error.blocked;
}

/** A short reason for a live failure, for the notice a reader sees above the figures. */
export function shortReason(error: unknown): string {
  if (isBlocked(error)) return `The browser blocked the request to Fingertips. ${PROXY_ADVICE}`;
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

/** The notice shown when live figures could not be had and the embedded snapshot's are shown instead. */
export function fallbackNotice(snapshotDate: string, error: unknown): string {
  return `Live data unavailable — showing figures from ${dateInWords(snapshotDate)}. ${shortReason(error)}`;
}

/** Why one figure comes from the snapshot although the source is live. */
export type SnapshotReason = 'not-in-fingertips' | 'region' | 'not-returned' | 'request-failed';

const BECAUSE: Record<SnapshotReason, string> = {
  'not-in-fingertips': 'this indicator is not published in Fingertips',
  region: 'the live figures cover councils and England only',
  'not-returned': 'Fingertips returned no figures for this indicator',
  'request-failed': 'the live figures for this indicator could not be loaded',
};

/** The note put on a figure taken from the embedded snapshot by a live source. */
export function snapshotNote(snapshotDate: string, reason: SnapshotReason, existing?: string): string {
  const note = `From the embedded snapshot of ${dateInWords(snapshotDate)}, because ${BECAUSE[reason]}.`;
  return existing ? `${existing} ${note}` : note;
}
