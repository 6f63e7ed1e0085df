/**
 * Small helpers for `npm run bench`: order statistics, a seeded shuffle and plain-text
 * tables. Node only; never imported by `src/`.
 */

/** The `q`-quantile (0..1) of `values` by nearest rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Median of `values` (the 0.5 quantile, nearest rank). */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Largest of `values`; NaN for an empty list. */
export const maximum = (values: readonly number[]): number => (values.length ? Math.max(...values) : Number.NaN);

/** Median, 95th percentile and maximum of a list of timings. */
export interface Spread {
  median: number;
  p95: number;
  max: number;
}

/** The {@link Spread} of `values`. */
export function spread(values: readonly number[]): Spread {
  return { median: median(values), p95: quantile(values, 0.95), max: maximum(values) };
}

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same texts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher-Yates with `random`). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Formats milliseconds with about three significant digits. */
export function fmtMs(v: number): string {
  if (!Number.isFinite(v)) return '-';
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** Formats a ratio as `0.12x`. */
export function fmtRatio(v: number): string {
  if (!Number.isFinite(v)) return '-';
  return `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}x`;
}

/** Formats a byte count as KiB (or B / MiB). */
export function fmtBytes(n: number): string {
  if (!Number.isFinite(n)) return '-';
  if (Math.abs(n) < 1024) return `${Math.round(n)} B`;
  if (Math.abs(n) < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}

/**
 * Renders rows as an aligned plain-text table: first column left-aligned, the others
 * right-aligned (they hold numbers), with a rule under the header.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
