/** Typed arrays that grow by doubling while the index is built, then are trimmed to the row count. */
type TypedArray = Uint8Array | Uint32Array | Float64Array;
type TypedArrayCtor<T extends TypedArray> = { new (length: number): T };

export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(private readonly ctor: TypedArrayCtor<T>, initial = 1024) {
    this.data = new ctor(initial);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.ctor(this.data.length * 2);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, sharing memory: stays valid (and unchanged) after later pushes, which grow into new memory. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }

  /** The filled part as an array of exactly `length` elements. */
  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}
