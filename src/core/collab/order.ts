import { longestIncreasingSubsequence } from '../merge/diff';

/**
 * Order numbers for a list whose items may already have one (undefined: new here, or moved in from
 * another list). The items already in increasing order keep their numbers (the longest run of them);
 * the others get numbers between their neighbours. So a move changes the moved item only, and a
 * colleague's concurrent edit elsewhere in the list is untouched.
 */
export function orderFor(current: readonly (number | undefined)[]): number[] {
  const keep = longestIncreasing(current);
  const orders: number[] = [];
  let index = 0;
  while (index < current.length) {
    if (keep.has(index)) {
      orders.push(current[index]!);
      index++;
      continue;
    }
    // A run of items to place: between the last number given and the next one kept.
    let end = index;
    while (end < current.length && !keep.has(end)) end++;
    const low = orders.length > 0 ? orders[orders.length - 1]! : end < current.length ? current[end]! - (end - index + 1) : 0;
    const high = end < current.length ? current[end]! : low + (end - index + 1);
    const step = (high - low) / (end - index + 1);
    for (let at = index; at < end; at++) orders.push(low + step * (at - index + 1));
    index = end;
  }
  return orders;
}

/** The positions of one longest strictly increasing run of the defined numbers (the rest must move). */
function longestIncreasing(values: readonly (number | undefined)[]): Set<number> {
  const defined = values.flatMap((value, position) => (value !== undefined && Number.isFinite(value) ? [position] : []));
  const kept = longestIncreasingSubsequence(defined.map((position) => values[position]!));
  return new Set([...kept].map((index) => defined[index]!));
}
