/**
 * A loopback server for the Node tests of the built bundle: serves the repository's files, plus pages
 * given as strings, each with an optional Content-Security-Policy.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The strict policy a locked-down council site might send (issue 7). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' https://fingertips.phe.org.uk";

export interface TestPage {
  html: string;
  csp?: string;
}

export interface StaticServer {
  url: string;
  /** Adds or replaces a page served from memory at `path`. */
  page(path: string, page: TestPage): void;
  /** Paths requested so far. */
  requests: string[];
  /** Paths requested that were not found. */
  missing: string[];
  close(): Promise<void>;
}

/**
 * Starts the server. `root` serves another folder than the repository (an unpacked release, say);
 * `missing` lists the paths it could not find, for tests that check a page had every file it asked for.
 */
export async function startStaticServer(options: { csp?: string; root?: string } = {}): Promise<StaticServer> {
  const root = options.root ?? REPO_ROOT;
  const pages = new Map<string, TestPage>();
  const missing: string[] = [];
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    requests.push(request.url ?? '/');
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (options.csp) headers['content-security-policy'] = options.csp;
    const page = pages.get(path);
    if (page) {
      if (page.csp) headers['content-security-policy'] = page.csp;
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html']! });
      response.end(page.html);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      missing.push(path);
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    page: (path, page) => void pages.set(path, page),
    requests,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
