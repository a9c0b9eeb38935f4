/**
 * The shape of an N-dimensional table of counts *with its totals*: every dimension has its
 * categories 0…n−1 and then one more index, n, for "all of them". A 2-way table of r rows and c
 * columns is a CountCube([r, c]) of (r+1)×(c+1) cells: the cells, the row totals, the column totals
 * and the grand total. Cells are stored row-major (the last dimension varies fastest).
 */
export class CountCube {
  /** Categories in each dimension (totals not counted). */
  readonly dims: readonly number[];
  /** Indexes in each dimension, the total included: dims[i] + 1. */
  readonly shape: readonly number[];
  /** Number of cells, totals included. */
  readonly size: number;
  private readonly strides: number[];

  constructor(dims: readonly number[]) {
    if (dims.some((n) => !Number.isInteger(n) || n < 0)) throw new Error("CountCube: bad dimensions");
    this.dims = [...dims];
    this.shape = dims.map((n) => n + 1);
    this.strides = [];
    let stride = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      this.strides[i] = stride;
      stride *= this.shape[i];
    }
    this.size = stride;
  }

  /** Flat index of a cell; a coordinate equal to dims[i] means that dimension's total. */
  index(coords: readonly number[]): number {
    let at = 0;
    coords.forEach((c, i) => {
      if (!Number.isInteger(c) || c < 0 || c > this.dims[i]) throw new Error("CountCube: bad coordinate");
      at += c * this.strides[i];
    });
    return at;
  }

  coords(index: number): number[] {
    return this.shape.map((n, i) => Math.floor(index / this.strides[i]) % n);
  }

  /** The flat index of the cell one step along dimension `dim` has coordinate `to` instead. */
  moveAlong(index: number, dim: number, to: number): number {
    const from = Math.floor(index / this.strides[dim]) % this.shape[dim];
    return index + (to - from) * this.strides[dim];
  }

  /**
   * Every additive equation of the table: the cells along one dimension, the others fixed, with
   * the total last (cells[0] + … + cells[n−1] = total). Totals of totals make lines too, so the
   * row totals and the grand total form one, and so on.
   */
  lines(): number[][] {
    const out: number[][] = [];
    for (let dim = 0; dim < this.shape.length; dim++) {
      for (let start = 0; start < this.size; start++) {
        if (this.coords(start)[dim] !== 0) continue;
        const line: number[] = [];
        for (let c = 0; c <= this.dims[dim]; c++) line.push(this.moveAlong(start, dim, c));
        out.push(line);
      }
    }
    return out;
  }

  /** Extends the inner counts (row-major, dims[0]×dims[1]×…) with every total. */
  withTotals(counts: readonly number[]): number[] {
    const inner = this.dims.reduce((a, b) => a * b, 1);
    if (counts.length !== inner) throw new Error("CountCube: wrong number of counts");
    const out = new Array<number>(this.size).fill(0);
    const n = this.dims.length;
    const coords = new Array<number>(n).fill(0);
    for (let i = 0; i < inner; i++) {
      let rest = i;
      for (let d = n - 1; d >= 0; d--) {
        coords[d] = rest % this.dims[d];
        rest = Math.floor(rest / this.dims[d]);
      }
      // Add the count to its cell and to every total it belongs to (2^N places).
      for (let mask = 0; mask < 1 << n; mask++) {
        let at = 0;
        for (let d = 0; d < n; d++) at += (mask & (1 << d) ? this.dims[d] : coords[d]) * this.strides[d];
        out[at] += counts[i];
      }
    }
    return out;
  }

  /** Whether a cell is a total in at least one dimension. */
  isTotal(index: number): boolean {
    return this.coords(index).some((c, i) => c === this.dims[i]);
  }
}
