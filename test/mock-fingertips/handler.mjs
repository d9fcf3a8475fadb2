/**
 * A stand-in for the Fingertips API, for tests: the replies of the one Fingertips fake
 * (test/fakes/fingertips-replies.mjs, which says what it answers and how) built from the embedded
 * snapshot read from disk, under
 *
 *   GET  {mount}/api/latest_data/specific_indicators_for_child_areas?area_type_id&parent_area_code&indicator_ids&profile_id[&restrict_to_profile_ids]
 *   GET  {mount}/api/indicator_metadata/by_indicator_id?indicator_ids
 *   GET  {mount}/api/available_data?indicator_id
 *   GET  {mount}/api/value_notes
 *
 * A path prefix picks a fault for one request: {mount}/fault/<mode>/api/…, where mode is
 *   a status code (500, 503, 404, 400 …)  that status, every time
 *   429                status 429 with Retry-After: 120, every time
 *   429-then-ok        429 with Retry-After: 1 for the first request of an address, the real reply after that
 *   503-then-ok        503 for the first request of an address, the real reply after that
 *   slow, slow-<ms>    the real reply after 2 s (or <ms>); gives up quietly if the client goes away
 *   cold, cold-<ms>    the first request of an address is slow (2 s or <ms>), later ones are not – a cold cache
 *   redirect-offsite   302 to the same path on another host (localhost ⇄ 127.0.0.1), another origin
 *   truncated          the first half of the real reply, status 200
 *   html               an HTML error page with status 200
 *   empty              no figures: []
 *   empty-body         status 200 with nothing in the body, as Fingertips does after an exception
 *   unknown-indicator  the first indicator asked for is missing, and one nobody asked for is there
 *
 * Control endpoints: GET {mount}/__requests gives counts of requests by path and by address, and how
 * many clients went away before their reply; POST {mount}/__reset clears the counts and the
 * first-request faults.
 *
 * The mount is /mock-fingertips; the standalone server also answers without it.
 */
import { readFileSync } from 'node:fs';
import { setTimeout, clearTimeout } from 'node:timers';
import { URL } from 'node:url';
import { Buffer } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import { LATEST_DATA_ROUTE, fingertipsReply, readFigures } from '../fakes/fingertips-replies.mjs';

export const MOUNT = '/mock-fingertips';
const API = '/api';
const UNASKED_INDICATOR = 99999;
const DEFAULT_SLOW_MS = 2000;
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

let figures;

/** The embedded snapshot's figures, read from disk once. */
function snapshotFigures() {
  figures ??= readFigures(JSON.parse(readFileSync(new URL('../../indicators/snapshot.json', import.meta.url), 'utf8')));
  return figures;
}

/** The latest-data roots as a fault leaves them: none, or the first indicator swapped for one nobody asked for. */
function withFault(roots, fault) {
  if (fault === 'empty') return [];
  if (fault !== 'unknown-indicator' || roots.length === 0) return roots;
  const first = roots[0];
  const rest = roots.filter((root) => root.IID !== first.IID);
  const stranger = { ...first, IID: UNASKED_INDICATOR, Data: first.Data.map((data) => ({ ...data, IndicatorId: UNASKED_INDICATOR })) };
  return [...rest, stranger];
}

/** The reply to a path under the mount, as status, content type and body; `fault` is empty or unknown-indicator, or undefined. */
function answer(path, params, fault) {
  const route = path.startsWith(`${API}/`) ? path.slice(API.length) : undefined;
  const reply = route === undefined ? { status: 404, text: 'Not found' } : fingertipsReply(snapshotFigures(), route, params);
  if ('text' in reply) return { status: reply.status, type: TEXT_TYPE, body: reply.text };
  const json = route === LATEST_DATA_ROUTE ? withFault(reply.json, fault) : reply.json;
  return { status: reply.status, type: JSON_TYPE, body: JSON.stringify(json) };
}

// ── Requests ─────────────────────────────────────────────────────────────────────────────────

const counts = { total: 0, paths: {}, urls: {}, closedEarly: 0 };
const failedOnce = new Set();

function reset() {
  counts.total = 0;
  counts.paths = {};
  counts.urls = {};
  counts.closedEarly = 0;
  failedOnce.clear();
}

function send(res, status, type, body, headers = {}) {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, STATUS_CODES[status] ?? '', {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    // As Fingertips does: nothing may be cached, so every request reaches the counts.
    'Cache-Control': 'no-cache, no-store',
    Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
    // The mock may be read from another origin (the redirect test); whether the real API allows it is unconfirmed.
    'Access-Control-Allow-Origin': '*',
    ...headers,
  });
  res.end(body);
}

/** The same address on the other loopback name, which is another origin. */
function offsite(req, path, search) {
  const host = req.headers.host ?? '127.0.0.1';
  const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace(/^[^:]+/, 'localhost');
  return `http://${other}${path}${search}`;
}

const HTML_ERROR_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>Error | Fingertips</title></head><body><h1>Sorry, there is a problem with the service</h1></body></html>\n';

/** Splits `/fault/<mode>/api/…` into the mode and the real path. */
function faultIn(path) {
  const match = /^\/fault\/([^/]+)(\/.*)$/.exec(path);
  return match ? { fault: decodeURIComponent(match[1]), path: match[2] } : { fault: undefined, path };
}

/**
 * Node request handler. Requests outside the mount go to `next` when there is one (as middleware);
 * without `next` (the standalone server) paths are answered with or without the mount.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => unknown} [next]
 */
export function mockFingertipsHandler(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  let path = url.pathname;
  if (path === MOUNT || path.startsWith(`${MOUNT}/`)) path = path.slice(MOUNT.length) || '/';
  else if (next) return next();

  if (path === '/__requests') return send(res, 200, JSON_TYPE, JSON.stringify(counts));
  if (path === '/__reset') {
    if (req.method !== 'POST') return send(res, 405, TEXT_TYPE, 'Use POST to reset the mock.');
    reset();
    return send(res, 200, JSON_TYPE, JSON.stringify(counts));
  }

  counts.total++;
  counts.paths[path] = (counts.paths[path] ?? 0) + 1;
  const address = `${path}${url.search}`;
  counts.urls[address] = (counts.urls[address] ?? 0) + 1;
  res.on('close', () => {
    if (!res.writableFinished) counts.closedEarly++;
  });

  const { fault, path: realPath } = faultIn(path);
  const params = url.searchParams;
  if (fault === undefined) {
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body);
  }
  if (fault === '429') return send(res, 429, TEXT_TYPE, 'Too many requests.', { 'Retry-After': '120' });
  if (fault === '429-then-ok' || fault === '503-then-ok') {
    if (!failedOnce.has(address)) {
      failedOnce.add(address);
      return fault === '429-then-ok'
        ? send(res, 429, TEXT_TYPE, 'Too many requests.', { 'Retry-After': '1' })
        : send(res, 503, TEXT_TYPE, 'Service Unavailable');
    }
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body);
  }
  if (fault === 'redirect-offsite') {
    const mounted = url.pathname.startsWith(MOUNT) ? MOUNT : '';
    return send(res, 302, TEXT_TYPE, '', { Location: offsite(req, `${mounted}${realPath}`, url.search) });
  }
  if (/^\d{3}$/.test(fault)) {
    const status = Number(fault);
    return send(res, status, TEXT_TYPE, status >= 500 ? 'An error has occurred.' : 'The request is invalid.');
  }
  const slow = /^(slow|cold)(?:-(\d+))?$/.exec(fault);
  const warm = slow?.[1] === 'cold' && failedOnce.has(address);
  if (slow && slow[1] === 'cold') failedOnce.add(address);
  if (slow && !warm) {
    const timer = setTimeout(
      () => {
        const { status, type, body } = answer(realPath, params, undefined);
        send(res, status, type, body);
      },
      Number(slow[2] ?? DEFAULT_SLOW_MS),
    );
    res.on('close', () => clearTimeout(timer));
    return undefined;
  }
  if (warm) {
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body);
  }
  if (fault === 'html') return send(res, 200, 'text/html; charset=utf-8', HTML_ERROR_PAGE);
  if (fault === 'empty-body') return send(res, 200, JSON_TYPE, '');
  if (fault === 'truncated') {
    const { status, type, body } = answer(realPath, params, undefined);
    return send(res, status, type, body.slice(0, Math.floor(body.length / 2)));
  }
  if (fault === 'empty' || fault === 'unknown-indicator') {
    const { status, type, body } = answer(realPath, params, fault);
    return send(res, status, type, body);
  }
  return send(res, 400, TEXT_TYPE, `Unknown fault “${fault}”.`);
}

/**
 * The handler as @web/dev-server (Koa) middleware, answering under the mount and passing every other
 * request on.
 */
export function mockFingertipsMiddleware() {
  return async function mockFingertips(context, next) {
    if (context.path !== MOUNT && !context.path.startsWith(`${MOUNT}/`)) return next();
    context.respond = false;
    // Koa starts every response as a 404; the handler sets the real status, and the runner reads it
    // once the reply is over (a reply the client gave up on keeps this 200 rather than a false 404).
    context.status = 200;
    await new Promise((resolve) => {
      context.res.once('close', resolve);
      mockFingertipsHandler(context.req, context.res);
    });
    return undefined;
  };
}
