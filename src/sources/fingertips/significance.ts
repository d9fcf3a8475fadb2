import type { Significance } from '../../model.js';

/** Fingertips' polarity ids (PolarityId on a grouping). */
export const FINGERTIPS_POLARITY = { notApplicable: -1, lowIsGood: 0, highIsGood: 1, noJudgement: 99 } as const;

/**
 * Comparison methods whose significance codes mean lower/similar/higher. The others (quintiles,
 * quartiles, the suicide prevention plan) put a rank in the same field, which is no significance.
 */
const TESTED_METHODS: ReadonlySet<number> = new Set([1, 5, 6, 12, 17]);

/**
 * Undoes Fingertips' polarity swap. Fingertips stores 1 and 4 for "worse" and 3 and 5 for "better"
 * (2 is similar); for a low-is-good indicator that means 1 and 4 are higher and 3 and 5 lower, while
 * for high-is-good and no-judgement indicators 1 and 4 are lower and 3 and 5 higher.
 *
 * @param code - `Sig["4"]`, the comparison with England
 * @param polarityId - the grouping's PolarityId
 * @param methodId - the grouping's ComparatorMethodId, when known
 * @returns the significance before polarity, or undefined when Fingertips made no such comparison
 */
export function significanceFromCode(code: unknown, polarityId: unknown, methodId?: unknown): Significance | undefined {
  if (typeof code !== 'number') return undefined;
  if (typeof methodId === 'number' && !TESTED_METHODS.has(methodId)) return undefined;
  if (code === 2) return 'similar';
  const worse = code === 1 || code === 4;
  const better = code === 3 || code === 5;
  if (!worse && !better) return undefined;
  if (polarityId === FINGERTIPS_POLARITY.lowIsGood) return worse ? 'higher' : 'lower';
  if (polarityId === FINGERTIPS_POLARITY.highIsGood || polarityId === FINGERTIPS_POLARITY.noJudgement) return worse ? 'lower' : 'higher';
  return undefined;
}
