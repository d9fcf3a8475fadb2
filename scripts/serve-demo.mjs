#!/usr/bin/env node
// Serves the demo page and the built bundle on a loopback port, with the strict Content-Security-Policy
// a locked-down council site might use, and prints the address. Run `npm start` (which builds first).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' https://fingertips.phe.org.uk";

/** Maps a request path to a file under the repository, refusing anything outside it. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = path === '/' ? 'demo/index.html' : path.startsWith('/dist/') || path.startsWith('/test/fixtures/') ? path.slice(1) : join('demo', path);
  const file = normalize(join(ROOT, relative));
  if (!file.startsWith(ROOT + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Starts the server; resolves with its address. Port 0 picks a free one. */
export function startDemoServer(port = Number(process.env.PORT ?? 8080), host = '127.0.0.1') {
  const server = createServer((request, response) => {
    const file = fileFor(request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(ROOT, 'dist', 'oat.js'))) {
    console.error('dist/oat.js is missing: run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const start = (port) =>
    startDemoServer(port).catch((error) => {
      if (error.code === 'EADDRINUSE' && port !== 0) return start(0);
      throw error;
    });
  const { url } = await start(Number(process.env.PORT ?? 8080));
  console.log(`\nThe demo is running at ${url}\nPress Ctrl+C to stop.\n`);
}
