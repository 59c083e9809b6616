/**
 * A bounded least-recently-used map. A sheet with thousands of FORDEL calls over one key
 * asks for the same apportionments again and again (recalculation, fill-down); each is
 * computed once and the oldest entries are dropped when a bound is reached: the number of
 * entries, and – with `sizeOf` – their estimated bytes, so a few huge entries cannot fill
 * memory where many small ones would be fine. An entry larger than `maxBytes` is not kept.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private readonly sizes = new Map<K, number>();
  hits = 0;
  misses = 0;
  /** Estimated bytes held (0 without `sizeOf`). */
  bytes = 0;

  constructor(
    readonly capacity: number,
    readonly maxBytes = Infinity,
    private readonly sizeOf?: (key: K, value: V) => number,
  ) {
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
    this.delete(key);
    const size = this.sizeOf ? this.sizeOf(key, value) : 0;
    if (size > this.maxBytes) return;
    this.map.set(key, value);
    if (this.sizeOf) {
      this.sizes.set(key, size);
      this.bytes += size;
    }
    while (this.map.size > this.capacity || this.bytes > this.maxBytes)
      this.delete(this.map.keys().next().value as K);
  }

  private delete(key: K): void {
    if (!this.map.delete(key)) return;
    this.bytes -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
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
    this.sizes.clear();
    this.bytes = 0;
  }
}

/** Rough bytes of a cache key string and an array of numbers (V8: 2 bytes a character, 8 a number, some overhead). */
export function stringBytes(text: unknown): number {
  return typeof text === "string" ? 2 * text.length + 32 : 16;
}
export function numbersBytes(rows: number): number {
  return 8 * rows + 32;
}
