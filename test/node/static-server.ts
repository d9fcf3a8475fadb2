/**
 * A loopback server for the Node tests of the built bundle: serves the repository's files, plus pages
 * given as strings, each with an optional Content-Security-Policy.
 */
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { STRICT_CSP, startStaticServer as startServer } from '../../scripts/static-server.mjs';

export { STRICT_CSP };

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
  /** Paths asked for that were not found. */
  missing: string[];
  close(): Promise<void>;
}

/**
 * Starts the server: the repository's files, and pages held in memory, never cached, with an optional
 * policy on every reply. `root` serves another folder than the repository (an unpacked release, say).
 */
export async function startStaticServer(options: { csp?: string; root?: string } = {}): Promise<StaticServer> {
  const pages = new Map<string, TestPage>();
  const requests: string[] = [];
  const missing: string[] = [];
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (options.csp) headers['content-security-policy'] = options.csp;
  const { origin, close } = (await startServer({
    root: options.root ?? REPO_ROOT,
    fileFor: (path: string) => path,
    page: (path: string) => pages.get(path),
    headers,
    onRequest: (url: string) => requests.push(url),
    onMissing: (path: string) => missing.push(path),
  })) as { origin: string; close: () => Promise<void> };
  return { url: origin, page: (path, page) => void pages.set(path, page), requests, missing, close };
}
