/**
 * A bounded least-recently-used map. A sheet with thousands of FORDEL calls over one key
 * asks for the same apportionments again and again (recalculation, fill-down); each is
 * computed once and the oldest entries are dropped when the bound is reached.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used entry.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity)
      this.map.delete(this.map.keys().next().value as K);
  }

  /** The cached value, or `compute()` stored under `key`. */
  getOrCompute(key: K, compute: () => V): V {
    const cached = this.get(key);
    if (cached !== undefined) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const value = compute();
    this.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}
