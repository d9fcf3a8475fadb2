/**
 * Fingertips' replies for stories that show the live source without the network: the one fake of
 * the Fingertips API (test/fakes/fingertips-replies.mjs, which the Node tests' mock server answers
 * with too), built from the embedded snapshot imported here, so nothing shown is made up.
 */
import snapshotJson from '../indicators/snapshot.json';
import type { SnapshotFile } from '../src/sources/snapshot-format.js';
import { fingertipsReply, readFigures } from '../test/fakes/fingertips-replies.mjs';

const snapshot = snapshotJson as unknown as SnapshotFile;
const FIGURES = readFigures(snapshot);

/** When the figures were published in the snapshot: the recorded replies are dated the same day. */
export const RECORDED_ON = snapshot.builtAt;

function addressOf(input: RequestInfo | URL): URL {
  const href = input instanceof Request ? input.url : String(input);
  return new URL(href, globalThis.location?.href ?? 'http://localhost/');
}

/**
 * A `fetch` that answers Fingertips' routes under `apiBase` (a path on this site) from the snapshot,
 * as recorded replies would, and 404 for anything else. It never touches the network.
 */
export function recordedFingertipsFetch(apiBase: string): typeof fetch {
  return async (input, init) => {
    if (init?.signal?.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
    const address = addressOf(input);
    const route = address.pathname.startsWith(`${apiBase}/`) ? address.pathname.slice(apiBase.length) : '';
    const reply = fingertipsReply(FIGURES, route, address.searchParams);
    const headers = { 'Cache-Control': 'no-cache, no-store' };
    if ('text' in reply) return new Response(reply.text, { status: reply.status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(JSON.stringify(reply.json), { status: reply.status, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  };
}
