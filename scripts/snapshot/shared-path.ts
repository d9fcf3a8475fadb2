import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where the shared reference material lives: $OAT_SHARED, else `../shared` beside the repository.
 * Returns undefined when it is absent (as on a user's machine).
 */
export function findShared(): string | undefined {
  const candidate = process.env.OAT_SHARED ?? join(REPO_ROOT, '..', 'shared');
  return existsSync(join(candidate, 'data', 'indicators-raw')) ? candidate : undefined;
}

/** Like findShared, but stops with a clear message when the reference material is missing. */
export function requireShared(): string {
  const shared = findShared();
  if (!shared) {
    throw new Error('The reference data folder was not found. Put the shared folder beside the repository (../shared) or set OAT_SHARED.');
  }
  return shared;
}

/** Path of a raw indicator file, given its folder (owner__repo) and file name. */
export function rawFile(shared: string, folder: string, file: string): string {
  return join(shared, 'data', 'indicators-raw', folder, file);
}
