#!/usr/bin/env node
// Serves the demo page and the built bundle on a loopback port, with the strict Content-Security-Policy
// a locked-down council site might use, and prints the address. Run `npm start` (which builds first).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, startStaticServer } from './static-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The demo's files: its page at /, the built bundle under /dist/ and the council fixtures under /test/fixtures/. */
function fileFor(path) {
  if (path === '/') return 'demo/index.html';
  return path.startsWith('/dist/') || path.startsWith('/test/fixtures/') ? path : join('demo', path);
}

/** Starts the server; resolves with its address. Port 0 picks a free one. */
export function startDemoServer(port = Number(process.env.PORT ?? 8080), host = '127.0.0.1') {
  return startStaticServer({ root: ROOT, fileFor, headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-cache' }, port, host });
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
