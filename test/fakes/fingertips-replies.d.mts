/** Types of fingertips-replies.mjs, the one fake of the Fingertips API (see that file). */
import type { SnapshotFile } from '../../src/sources/snapshot-format.js';

export declare const ENGLAND: string;
export declare const UTLA_AREA_TYPE: number;
export declare const LATEST_DATA_ROUTE: string;

/** One indicator the fake publishes. */
export interface FakeIndicator {
  id: number;
  /** The catalogue's slug, or undefined for an indicator the fake names but has no figures for. */
  slug: string | undefined;
  name: string;
  sexId: number;
  ageId: number;
  age: string;
  polarityId: number;
  profiles: number[];
  unit: string;
  valueType: 'Crude rate' | 'Proportion';
  splits: { sexId?: number; categoryTypeId?: number }[];
}

export declare const MOCK_INDICATORS: readonly FakeIndicator[];
export declare const MOCK_VALUE_NOTES: readonly { Id: number; Text: string }[];

/** The snapshot's figures as the replies are built from them. */
export interface FakeFigures {
  readonly areas: readonly { code: string; name: string; kind: string; parent: string | null }[];
  latest(slug: string): unknown;
}

export declare function readFigures(snapshot: Pick<SnapshotFile, 'areas' | 'indicators'>): FakeFigures;

/** A JSON reply, or a plain-text one. */
export type FakeReply = { status: number; json: unknown } | { status: number; text: string };

export declare function fingertipsReply(figures: FakeFigures, route: string, params: URLSearchParams): FakeReply;
