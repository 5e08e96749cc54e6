/**
 * Interned strings: each distinct value is stored once and rows hold its number. Exports repeat the same few
 * thousand users, apps, IPs and codes across hundreds of thousands of rows. Id 0 is the empty string.
 */
export class StringPool {
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly values: string[] = [''];

  /** A pool holding `values` with their positions as ids (`values[0]` must be the empty string). */
  static of(values: readonly string[]): StringPool {
    const pool = new StringPool();
    for (let id = 1; id < values.length; id++) {
      pool.values.push(values[id]!);
      pool.ids.set(values[id]!, id);
    }
    return pool;
  }

  /** Every value, by id (to send the pool to another thread). */
  all(): readonly string[] {
    return this.values;
  }

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  get(id: number): string {
    return this.values[id] ?? '';
  }

  /** The id of `value` if it occurs, without adding it. */
  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** Ids of every value `test` accepts (O(distinct values)), e.g. a user name written in another case. */
  matching(test: (value: string) => boolean): number[] {
    const out: number[] = [];
    for (let id = 1; id < this.values.length; id++) if (test(this.values[id]!)) out.push(id);
    return out;
  }

  get size(): number {
    return this.values.length;
  }
}
