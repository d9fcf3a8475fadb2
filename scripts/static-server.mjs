// One small static file server on a loopback port, for the demo (`npm start`), the Storybook smoke test,
// the bench and the Node tests of the built files. It serves files under one folder and never outside
// it, plus pages held in memory, with the headers asked for.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** The strict policy a locked-down council site might send (issue 7). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' https://fingertips.phe.org.uk";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
};

/** The content type of a file, by its ending. */
export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * Starts the server; resolves with `{ server, url, origin, close }` once it listens.
 *
 * @param {object} options
 * @param {string} options.root - the folder files are served from
 * @param {(path: string) => string | undefined} [options.fileFor] - maps a request path to a path under `root` (default: the path itself; a path ending in `/` gets `index.html`)
 * @param {(path: string) => { html: string, csp?: string } | undefined} [options.page] - a page held in memory for a path, served before any file
 * @param {Record<string, string>} [options.headers] - headers sent with every reply (a page's own `csp` replaces the policy)
 * @param {(url: string) => void} [options.onRequest] - told of every request's address
 * @param {(path: string) => void} [options.onMissing] - told of every path it could not find
 * @param {number} [options.port] - 0 (default) picks a free port
 * @param {string} [options.host] - 127.0.0.1 by default
 */
export function startStaticServer({ root, fileFor, page, headers = {}, onRequest, onMissing, port = 0, host = '127.0.0.1' }) {
  const base = normalize(root);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    onRequest?.(request.url ?? '/');
    const held = page?.(path);
    if (held) {
      const policy = held.csp ? { 'content-security-policy': held.csp } : {};
      response.writeHead(200, { ...headers, ...policy, 'content-type': TYPES['.html'] });
      response.end(held.html);
      return;
    }
    if (path === '/favicon.ico') {
      // Browsers ask for it by themselves; a 404 would only add an error to the page's log.
      response.writeHead(204, headers).end();
      return;
    }
    const relative = fileFor ? fileFor(path) : path.endsWith('/') ? `${path}index.html` : path;
    const file = relative === undefined ? undefined : normalize(join(base, relative));
    if (!file || !file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      onMissing?.(path);
      response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': contentType(file) });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({
        server,
        origin,
        url: `${origin}/`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
