/**
 * Interned strings: each distinct value is stored once and rows hold its number. Exports repeat the same few
 * thousand users, apps, IPs and codes across hundreds of thousands of rows. Id 0 is the empty string.
 */
export class StringPool {
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly values: string[] = [''];

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

  get size(): number {
    return this.values.length;
  }
}
