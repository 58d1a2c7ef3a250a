// PDF fonts: RecentCache, a bounded two-generation cache by text for the process-long font caches.

/**
 * A cache of values by text that keeps what was used recently and stays bounded, for caches
 * that live as long as the process (a batch export renders thousands of documents). Two
 * generations: a value used in the current or the previous one is kept; when the current one
 * has taken `budget` (the key's characters plus `entryCost` per entry, as the values here grow
 * with their text), the previous one is dropped. At most about 2 × `budget` is held, and keys
 * every document uses never leave.
 */
export class RecentCache<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();
  #used = 0;

  constructor(
    readonly budget: number,
    readonly entryCost: number,
  ) {}

  /**
   * The value of `key`, computed by `make(key, arg)` unless a recent call computed it already
   * (`arg` lets `make` be a module function rather than a closure made per caller).
   */
  get(key: string, make: (key: string) => V): V;
  get<A>(key: string, make: (key: string, arg: A) => V, arg: A): V;
  get<A>(key: string, make: (key: string, arg?: A) => V, arg?: A): V {
    let value = this.#current.get(key);
    if (value !== undefined) return value;
    value = this.#previous.get(key);
    if (value === undefined) value = make(key, arg);
    const cost = key.length + this.entryCost;
    if (this.#used + cost > this.budget) {
      this.#previous = this.#current;
      this.#current = new Map();
      this.#used = 0;
    }
    this.#current.set(key, value);
    this.#used += cost;
    return value;
  }

  /** How many entries are held. */
  get size(): number {
    return this.#current.size + this.#previous.size;
  }
}
