/**
 * The mock Fingertips API on its own port, for Node tests and for trying the library by hand:
 * `node test/mock-fingertips/server.mjs [port]` prints the address and serves until stopped.
 */
import { createServer } from 'node:http';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { mockFingertipsHandler } from './handler.mjs';

/**
 * Starts the mock on 127.0.0.1.
 *
 * @param {{ port?: number }} [options] - port 0 (the default) picks a free one
 * @returns {Promise<{ url: string, apiBase: string, close: () => Promise<void> }>} the server's
 *   address (it answers with or without the /mock-fingertips mount), the API base to give a source,
 *   and a function that stops it, closing any open connections
 */
export function startMockFingertips({ port = 0 } = {}) {
  const server = createServer((req, res) => mockFingertipsHandler(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
      const close = () =>
        new Promise((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          server.closeAllConnections();
        });
      resolve({ url, apiBase: `${url}/api`, close });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url, close } = await startMockFingertips({ port: Number(process.argv[2] ?? 0) });
  process.stdout.write(`Mock Fingertips API at ${url}/api (faults under ${url}/fault/<mode>/api)\n`);
  process.once('SIGINT', () => void close().then(() => process.exit(0)));
}
