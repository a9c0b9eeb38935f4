import { describe, expect, it } from "vitest";
import { CountCube } from "@/lib/domain/count-cube";
import { suppressSmallCounts, type SuppressedCounts } from "@/lib/domain/suppress-small-counts";
import { suppressRegisterCounts } from "@/lib/domain/suppress-register-counts";
import { attack, type AttackProblem, type Label } from "../support/disclosure-attacker";

const K = 10;

/** Every cell of a suppressed table as the attacker sees it, with the table's equations. */
function published(prefix: string, t: SuppressedCounts, truth: number[], into?: AttackProblem) {
  const problem: AttackProblem = into ?? { threshold: t.threshold, cells: {}, equations: [] };
  t.status.forEach((s, i) => {
    problem.cells[`${prefix}${i}`] = { label: s, value: t.counts[i] ?? -1 };
  });
  for (const line of t.cube.lines()) {
    problem.equations.push(
      line.map((c, j) => ({ id: `${prefix}${c}`, coef: j === line.length - 1 ? -1 : 1 })),
    );
  }
  const truthById = Object.fromEntries(truth.map((v, i) => [`${prefix}${i}`, v]));
  return { problem, truth: truthById };
}

function attackTable(t: SuppressedCounts, counts: number[]) {
  const truth = t.cube.withTotals(counts);
  const { problem, truth: byId } = published("t", t, truth);
  return attack(problem, byId);
}

/** A 2-way table from rows of cells (totals are worked out). */
function table(rows: number[][], k = K) {
  const counts = rows.flat();
  return { t: suppressSmallCounts({ dims: [rows.length, rows[0].length], counts }, k), counts };
}

function statusGrid(t: SuppressedCounts): string[][] {
  const [r, c] = t.cube.shape;
  return Array.from({ length: r }, (_, i) =>
    Array.from({ length: c }, (_, j) => t.status[t.cube.index([i, j])][0]),
  );
}

/** A small seeded PRNG, so "random" tables are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function expectEveryLineSafe(t: SuppressedCounts) {
  for (const line of t.cube.lines()) {
    const unpublished = line.filter((c) => t.status[c] !== "shown").length;
    expect(unpublished === 0 || unpublished >= 2, `line ${line.join(",")}`).toBe(true);
  }
}

describe("primary suppression", () => {
  it("hides counts from 1 to k−1 and shows zero and counts of k or more", () => {
    const { t } = table([
      [0, 1, 9, 10, 50],
      [0, 30, 40, 20, 50],
    ]);
    const at = (r: number, c: number) => t.cube.index([r, c]);
    expect(t.status[at(0, 0)]).toBe("shown");
    expect(t.counts[at(0, 0)]).toBe(0);
    expect(t.status[at(0, 1)]).toBe("small");
    expect(t.status[at(0, 2)]).toBe("small");
    expect(t.counts[at(0, 1)]).toBeNull();
    expect(t.status[at(1, 4)]).toBe("shown");
    expect(t.counts[at(1, 4)]).toBe(50);
  });

  it("treats a small total as small too", () => {
    const { t } = table([
      [3, 0],
      [20, 30],
    ]);
    expect(t.status[t.cube.index([0, 2])]).toBe("small"); // row total 3
  });

  it("uses the council's threshold", () => {
    const rows = [
      [6, 12],
      [15, 30],
    ];
    expect(table(rows, 5).t.status.every((s) => s === "shown")).toBe(true);
    expect(table(rows, 10).t.status[0]).toBe("small");
  });

  it("publishes a table with nothing small as it is", () => {
    const { t, counts } = table([
      [12, 40],
      [15, 30],
    ]);
    expect(t.status.every((s) => s === "shown")).toBe(true);
    expect(t.counts).toEqual(t.cube.withTotals(counts));
  });
});

describe("secondary suppression", () => {
  it("never leaves a row, column or line of totals with a single hidden number", () => {
    const { t } = table([
      [4, 25, 30, 22],
      [18, 40, 19, 33],
      [21, 27, 50, 31],
    ]);
    expectEveryLineSafe(t);
    // The 4 alone would be row total − the rest; at least its row and column now hide another.
    const grid = statusGrid(t);
    expect(grid[0].filter((s) => s !== "s").length).toBeGreaterThanOrEqual(2);
    expect(grid.map((r) => r[0]).filter((s) => s !== "s").length).toBeGreaterThanOrEqual(2);
  });

  it("hides the smallest other cell of the line first", () => {
    const { t } = table([
      [4, 90, 30, 12],
      [18, 95, 60, 80],
      [15, 97, 70, 85],
    ]);
    const at = (r: number, c: number) => t.status[t.cube.index([r, c])];
    expect(at(0, 3)).toBe("hidden"); // 12, the smallest in the 4's row
    expect(at(2, 0)).toBe("hidden"); // 15, the smallest in the 4's column
    expect(at(0, 1)).toBe("shown"); // 90 stays
  });

  it("keeps every shown number true", () => {
    const { t, counts } = table([
      [4, 90, 30, 12],
      [0, 95, 7, 80],
    ]);
    const truth = t.cube.withTotals(counts);
    t.counts.forEach((c, i) => {
      if (c !== null) expect(c).toBe(truth[i]);
    });
  });
});

describe("an attacker with the published table", () => {
  it("works out a hidden cell when only row and column rules are kept (the attacker is real)", () => {
    // Two "fewer than 10" cells in one row, each line with two hidden: the row says they add up
    // to 18, and both are at most 9, so both are 9. A line rule alone lets this through.
    const rows = [
      [9, 9, 40],
      [20, 30, 40],
    ];
    const cube = new CountCube([2, 3]);
    const truth = cube.withTotals(rows.flat());
    const naive: Label[] = truth.map(() => "shown");
    for (const cell of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ])
      naive[cube.index(cell)] = truth[cube.index(cell)] < K ? "small" : "hidden";
    const problem: AttackProblem = {
      threshold: K,
      cells: Object.fromEntries(truth.map((v, i) => [`t${i}`, { label: naive[i], value: v }])),
      equations: cube
        .lines()
        .map((l) => l.map((c, j) => ({ id: `t${c}`, coef: j === l.length - 1 ? -1 : 1 }))),
    };
    const result = attack(problem, Object.fromEntries(truth.map((v, i) => [`t${i}`, v])));
    expect(result.pinned[`t${cube.index([0, 0])}`]).toBe(9);
  });

  it("finds a cell that is determined by several lines at once (not just one)", () => {
    // Two separate 2×2 blocks of hidden cells joined by one hidden cell: every line has two
    // hidden, yet rows 0–1 minus columns 0–1 leaves exactly the joining cell.
    const rows = [
      [5, 6, 7, 30, 30],
      [6, 5, 30, 30, 30],
      [30, 30, 5, 6, 30],
      [30, 30, 6, 5, 30],
    ];
    const cube = new CountCube([4, 5]);
    const truth = cube.withTotals(rows.flat());
    const hiddenCells = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [0, 2],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
    ];
    const labels: Label[] = truth.map(() => "shown");
    for (const c of hiddenCells) labels[cube.index(c)] = "small";
    const problem: AttackProblem = {
      threshold: K,
      cells: Object.fromEntries(truth.map((v, i) => [`t${i}`, { label: labels[i], value: v }])),
      equations: cube
        .lines()
        .map((l) => l.map((c, j) => ({ id: `t${c}`, coef: j === l.length - 1 ? -1 : 1 }))),
    };
    const result = attack(problem, Object.fromEntries(truth.map((v, i) => [`t${i}`, v])));
    expect(result.pinned[`t${cube.index([0, 2])}`]).toBe(7);
  });

  it.each([
    [
      "two 9s in a row",
      [
        [9, 9, 40],
        [20, 30, 40],
      ],
    ],
    [
      "two 1s in a row",
      [
        [1, 1, 40],
        [20, 30, 40],
      ],
    ],
    [
      "a 3 beside two 10s",
      [
        [3, 10, 10],
        [40, 50, 60],
      ],
    ],
    [
      "a lone small cell with zeros beside it",
      [
        [5, 0, 0],
        [20, 30, 40],
        [25, 12, 18],
      ],
    ],
    ["a single row", [[4, 12, 30]]],
    ["a single column", [[4], [12], [30]]],
    [
      "all small",
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ["a 1×1 table", [[7]]],
    [
      "a small cell whose row total is small",
      [
        [3, 2, 0],
        [40, 12, 16],
        [11, 13, 20],
      ],
    ],
    [
      "the seeded demo's shape",
      [
        [16, 6, 1, 0, 2],
        [3, 13, 5, 1, 0],
        [10, 2, 0, 4, 1],
        [0, 1, 2, 0, 3],
      ],
    ],
  ])("cannot pin any hidden number: %s", (_name, rows) => {
    const { t, counts } = table(rows);
    expect(t.withheld).toBe(false);
    expectEveryLineSafe(t);
    const result = attackTable(t, counts);
    expect(result.undecided).toEqual([]);
    expect(result.pinned).toEqual({});
  });

  it("cannot pin any hidden number in 200 random tables of small counts", () => {
    const next = rng(42);
    for (let n = 0; n < 200; n++) {
      const r = 1 + Math.floor(next() * 5);
      const c = 1 + Math.floor(next() * 6);
      const k = [3, 5, 10][n % 3];
      const counts = Array.from({ length: r * c }, () => {
        const x = next();
        return x < 0.2 ? 0 : x < 0.6 ? 1 + Math.floor(next() * (k - 1)) : k + Math.floor(next() * 40);
      });
      const t = suppressSmallCounts({ dims: [r, c], counts }, k);
      if (t.withheld) continue;
      expectEveryLineSafe(t);
      const result = attackTable(t, counts);
      expect(result.undecided, `table ${n}`).toEqual([]);
      expect(result.pinned, `table ${n}: ${JSON.stringify({ r, c, k, counts })}`).toEqual({});
    }
  });
});

/** A district × age band × need cube (what the statistics pages publish slices of). */
function demoCube(seed: number, d = 4, a = 4, n = 5) {
  const next = rng(seed);
  return {
    dims: [d, a, n],
    counts: Array.from({ length: d * a * n }, () => {
      const x = next();
      return x < 0.25 ? 0 : x < 0.7 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 25);
    }),
  };
}

describe("views that overlap (the difference between two views)", () => {
  it("an attacker pins a cell when each view is suppressed on its own (why we use one cube)", () => {
    // Need 0 in district 0: ages [3, 20, 20, 20]. The all-ages view shows 63; each age band's
    // view shows its 20s; so 63 − 60 = 3 however well the age band 0 view hides its own 3.
    const dims = [3, 4, 3];
    const cube = new CountCube(dims);
    const counts = new Array(3 * 4 * 3).fill(20);
    counts[0] = 3;
    const truth = cube.withTotals(counts);
    const problem: AttackProblem = { threshold: K, cells: {}, equations: [] };
    const truthById: Record<string, number> = {};
    // Each view: district × need for one age band (or all ages), suppressed as its own table.
    for (let age = 0; age <= 4; age++) {
      const view: number[] = [];
      for (let dd = 0; dd < 3; dd++)
        for (let nn = 0; nn < 3; nn++) view.push(truth[cube.index([dd, age, nn])]);
      const t = suppressSmallCounts({ dims: [3, 3], counts: view }, K);
      // Name each view cell by its cube cell, so views that share a number share an unknown.
      t.status.forEach((s, i) => {
        const [dd, nn] = t.cube.coords(i);
        const id = `c${cube.index([dd, age, nn])}`;
        problem.cells[id] = { label: s, value: t.counts[i] ?? -1 };
        truthById[id] = truth[cube.index([dd, age, nn])];
      });
    }
    // The attacker knows the cube adds up along the age bands.
    for (const line of cube.lines()) {
      const ids = line.map((c) => `c${c}`);
      if (ids.every((id) => id in problem.cells))
        problem.equations.push(ids.map((id, j) => ({ id, coef: j === ids.length - 1 ? -1 : 1 })));
    }
    const result = attack(problem, truthById);
    expect(result.pinned[`c${cube.index([0, 0, 0])}`]).toBe(3);
  });

  it("the same data through one suppressed cube: no view, filter or pair of them pins a number", () => {
    const dims = [3, 4, 3];
    const counts = new Array(3 * 4 * 3).fill(20);
    counts[0] = 3;
    const t = suppressSmallCounts({ dims, counts }, K);
    const result = attackTable(t, counts);
    expect(result.undecided).toEqual([]);
    expect(result.pinned).toEqual({});
  });

  it.each([1, 2, 3, 4, 5, 6])(
    "random district × age × need cube %i: all slices together pin nothing",
    (seed) => {
      const { dims, counts } = demoCube(seed);
      const t = suppressSmallCounts({ dims, counts }, K);
      expect(t.withheld).toBe(false);
      expectEveryLineSafe(t);
      const result = attackTable(t, counts);
      expect(result.undecided).toEqual([]);
      expect(result.pinned).toEqual({});
    },
  );

  it.each([
    [11, 260, 0.5],
    [12, 260, 0.5],
    [7, 120, 0.15],
    [9, 120, 0.15],
    [14, 120, 0.15],
    [20, 120, 0.15],
  ])(
    "children by district × age (all needs) beside each need's district × age, seed %i: nothing pinned",
    (seed, children, twoNeeds) => {
      const data = registerData(seed, children, twoNeeds);
      const tables = suppressRegisterCounts(data, K);
      expect(tables.children.withheld || tables.needs.withheld).toBe(false);
      const result = attack(...linkedProblem(data, tables));
      expect(result.undecided).toEqual([]);
      expect(result.pinned).toEqual({});
    },
  );

  it("an attacker pins a count when the two tables are suppressed without their links (why they are linked)", () => {
    const data = registerData(7, 120, 0.15);
    const tables = {
      children: suppressSmallCounts({ dims: [4, 4], counts: data.children }, K),
      needs: suppressSmallCounts({ dims: [4, 4, 4], counts: data.needCounts }, K),
    };
    const result = attack(...linkedProblem(data, tables));
    expect(Object.keys(result.pinned).length).toBeGreaterThan(0);
  });

  it("withholds the need table, and protects the children table alone, when needs cannot be protected", () => {
    // Eight children in two districts and two age bands: too few to publish any need safely.
    const data = {
      districts: 2,
      ageBands: 2,
      needs: 3,
      children: [5, 1, 0, 2],
      needCounts: [2, 1, 2, 0, 1, 0, 0, 0, 0, 0, 1, 2],
    };
    const tables = suppressRegisterCounts(data, K);
    expect(tables.needs.withheld).toBe(true);
    expect(tables.needs.counts.every((c) => c === null)).toBe(true);
    expect(tables.children.withheld).toBe(false);
    expect(attackTable(tables.children, data.children).pinned).toEqual({});
  });
});

/** A register of children, each in a district and age band with one or two of `n` needs. */
function registerData(seed: number, count: number, twoNeeds: number, [d, a, n] = [4, 4, 4]) {
  const next = rng(seed);
  const children = new Array<number>(d * a).fill(0);
  const needCounts = new Array<number>(d * a * n).fill(0);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * d) * a + Math.floor(next() * a);
    const first = Math.floor(next() * n);
    const second = Math.floor(next() * n);
    children[at]++;
    needCounts[at * n + first]++;
    if (next() < twoNeeds && second !== first) needCounts[at * n + second]++;
  }
  return { districts: d, ageBands: a, needs: n, children, needCounts };
}

/** Both tables as published, with what anyone can infer between them: with a need ≤ children ≤ needs. */
function linkedProblem(
  data: ReturnType<typeof registerData>,
  tables: { children: SuppressedCounts; needs: SuppressedCounts },
): [AttackProblem, Record<string, number>] {
  const { districts: d, ageBands: a, needs: n } = data;
  const childCube = new CountCube([d, a]);
  const needCube = new CountCube([d, a, n]);
  const one = published("c", tables.children, childCube.withTotals(data.children));
  const both = published("n", tables.needs, needCube.withTotals(data.needCounts), one.problem);
  both.problem.atMost = [];
  for (let i = 0; i < needCube.size; i++) {
    const [dd, aa, nn] = needCube.coords(i);
    const child = `c${childCube.index([dd, aa])}`;
    if (nn === n) both.problem.atMost.push({ lo: child, hi: `n${i}` });
    else both.problem.atMost.push({ lo: `n${i}`, hi: child });
  }
  return [both.problem, { ...one.truth, ...both.truth }];
}

describe("zeros", () => {
  it("shows zeros, and still protects a small cell whose row is otherwise zero", () => {
    // Row [5, 0, 0]: the row total equals the 5, so both are hidden, and the protection must
    // move them together with other non-zero cells, never through a published zero.
    const { t, counts } = table([
      [5, 0, 0],
      [20, 30, 40],
      [25, 12, 18],
    ]);
    expect(t.counts[t.cube.index([0, 1])]).toBe(0);
    expect(t.status[t.cube.index([0, 3])]).not.toBe("shown");
    expect(attackTable(t, counts).pinned).toEqual({});
  });
});
