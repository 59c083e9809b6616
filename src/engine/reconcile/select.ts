/**
 * The k-th smallest (from 0) of values[0 .. length), which it reorders so that everything before
 * k is at most it and everything after at least it (quickselect).
 */
export function smallest<C>(
  values: { [i: number]: C; length: number },
  k: number,
  lt: (a: C, b: C) => boolean,
  length = values.length,
): C {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (lt(values[i], pivot)) i++;
      while (lt(pivot, values[j])) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k];
}
