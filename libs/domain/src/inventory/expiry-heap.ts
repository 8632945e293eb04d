/**
 * A binary min-heap of hold expiries, so the earliest expiry survives removals in O(log n).
 * Removal is lazy: an entry whose hold is gone stays until it reaches the top.
 */
export type Expiry = Readonly<{ at: number; holdId: string }>;

export function pushExpiry(heap: Expiry[], entry: Expiry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent].at <= heap[i].at) return;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

export function popExpiry(heap: Expiry[]): void {
  const last = heap.pop();
  if (last === undefined || heap.length === 0) return;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let min = i;
    if (left < heap.length && heap[left].at < heap[min].at) min = left;
    if (right < heap.length && heap[right].at < heap[min].at) min = right;
    if (min === i) return;
    [heap[min], heap[i]] = [heap[i], heap[min]];
    i = min;
  }
}
