/**
 * Helpers for browser tests that talk to the mock Fingertips API, which the test runner serves at
 * /mock-fingertips/ (test/mock-fingertips/handler.mjs).
 */

/** The mock's API base, as a same-origin path. */
export const MOCK_API = '/mock-fingertips/api';

/** The API base under which every request meets the given fault (see the handler for the modes). */
export function faultApi(mode: string): string {
  return `/mock-fingertips/fault/${mode}/api`;
}

/** What the mock has counted since it was last reset. */
export interface MockRequests {
  total: number;
  /** By path, fault prefix included. */
  paths: Record<string, number>;
  /** By path and query. */
  urls: Record<string, number>;
  /** Requests whose client went away before the reply was sent. */
  closedEarly: number;
}

export async function mockRequests(): Promise<MockRequests> {
  const response = await fetch('/mock-fingertips/__requests', { cache: 'no-store' });
  return (await response.json()) as MockRequests;
}

export async function resetMock(): Promise<void> {
  await fetch('/mock-fingertips/__reset', { method: 'POST', cache: 'no-store' });
}

/** Requests the mock saw for one path (the part after the mount, e.g. `/api/latest_data/…`). */
export async function requestsFor(path: string): Promise<number> {
  return (await mockRequests()).paths[path] ?? 0;
}

/** Polls until a condition holds, failing after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 3000, what = 'the condition'): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const LATEST_PATH = '/api/latest_data/specific_indicators_for_child_areas';
export const CSV_PATH = '/api/all_data/csv/by_indicator_id';

/** The fault-prefixed path the mock counts for a route. */
export function faultPath(mode: string, path: string): string {
  return `/fault/${mode}${path}`;
}
