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

/** The positions of the longest strictly increasing run (not necessarily adjacent) of the defined numbers. */
function longestIncreasing(values: readonly (number | undefined)[]): Set<number> {
  // Patience sorting: tails[k] is the position ending the best run of length k + 1 found so far.
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    if (value === undefined || !Number.isFinite(value)) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1]!;
    tails[low] = position;
  });
  const kept = new Set<number>();
  for (let position = tails.length > 0 ? tails[tails.length - 1]! : -1; position >= 0; position = previous[position]!) kept.add(position);
  return kept;
}
