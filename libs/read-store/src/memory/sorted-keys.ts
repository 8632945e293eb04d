/**
 * The distinct keys of one secondary index in MongoDB's order (numbers, then strings, then
 * booleans), for range lookups and index-ordered sorts. Writes only append new keys to a
 * pending list and mark removals; the next read merges them in (one sort of the new keys and a
 * linear merge), so a bulk load costs nothing here and a query after a few writes costs O(keys).
 */
import { compareValues } from './values';

type Key = string | number | boolean;
export type Bound = Readonly<{ value: string | number; inclusive: boolean }>;

export class SortedKeys {
  private values: Key[];
  private pending: Key[] = [];
  private stale = false;

  constructor(keys: Iterable<Key>) {
    this.values = [...keys].sort(compareValues);
  }

  added(key: Key): void {
    this.pending.push(key);
  }

  removed(): void {
    this.stale = true;
  }

  /** Brings the order up to date with the index (`present` says which keys it still holds). */
  compact(present: (key: Key) => boolean): this {
    if (this.pending.length === 0 && !this.stale) return this;
    const fresh = this.pending.sort(compareValues);
    const out: Key[] = [];
    let i = 0;
    let j = 0;
    const push = (key: Key) => {
      if (present(key) && (out.length === 0 || compareValues(out[out.length - 1], key) !== 0)) out.push(key);
    };
    while (i < this.values.length || j < fresh.length) {
      if (j >= fresh.length || (i < this.values.length && compareValues(this.values[i], fresh[j]) <= 0))
        push(this.values[i++]);
      else push(fresh[j++]);
    }
    this.values = out;
    this.pending = [];
    this.stale = false;
    return this;
  }

  /** Whether every key has one type (then key order is the order a sort on the field gives). */
  oneType(): boolean {
    const { values } = this;
    return values.length === 0 || typeof values[0] === typeof values[values.length - 1];
  }

  ordered(direction: 1 | -1): Iterable<Key> {
    const { values } = this;
    if (direction === 1) return values;
    return (function* () {
      for (let i = values.length - 1; i >= 0; i--) yield values[i];
    })();
  }

  /** The keys of the bounds' type between the bounds (a missing bound is open on that side). */
  *within(lower: Bound | undefined, upper: Bound | undefined): Iterable<Key> {
    const type = typeof (lower ?? upper)!.value;
    const { values } = this;
    let start: number;
    if (lower !== undefined) {
      start = this.firstAtLeast(lower.value);
      if (!lower.inclusive) while (start < values.length && values[start] === lower.value) start++;
    } else {
      start = this.firstAtLeast(type === 'number' ? -Infinity : '');
    }
    for (let i = start; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== type) return;
      if (upper !== undefined) {
        if (value > upper.value || (!upper.inclusive && value === upper.value)) return;
      }
      yield value;
    }
  }

  /** Index of the first key not before `value` in the order (binary search). */
  private firstAtLeast(value: string | number): number {
    let low = 0;
    let high = this.values.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareValues(this.values[mid], value) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
