import { readFileSync } from 'node:fs';
import { csvParse, type DSVRowArray } from 'd3-dsv';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** Reads a CSV file into rows keyed by header, dropping a UTF-8 byte order mark. */
export function readCsv(path: string): DSVRowArray<string> {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return csvParse(text);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Reads the named columns of a parquet file as plain objects. */
export async function readParquet(path: string, columns: string[]): Promise<Record<string, unknown>[]> {
  const file = await asyncBufferFromFile(path);
  return parquetReadObjects({ file, columns, compressors });
}
