/** Edit distance between two strings (insertions, deletions and substitutions each cost one). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to what someone typed, if it is close enough to be a plausible slip:
 * a candidate containing the input (or contained in it) wins, otherwise the smallest edit distance
 * within roughly a third of the input's length.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const wanted = input.trim().toLowerCase();
  if (!wanted) return undefined;
  const containing = candidates.filter((candidate) => candidate.toLowerCase().includes(wanted) || wanted.includes(candidate.toLowerCase()));
  if (containing.length) return containing.sort((a, b) => Math.abs(a.length - wanted.length) - Math.abs(b.length - wanted.length))[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(wanted.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
