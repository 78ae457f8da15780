// How a bar of a figure with no upper end ("trên 200.000") or a range is drawn: the sure part from zero, then an
// "extra" part stacked on it, an arrow of a fixed share of the axis for an open end, the range's width otherwise.

/** The arrow of an open end, as a share of the axis. */
export const ARROW_SHARE = 0.08;

/** Where a bar's drawing ends before the axis is known: the range's top, or the low end plus room for the arrow. */
export const barReach = (b: { low: number | null; high: number | null }) => (b.low === null ? 0 : (b.high ?? b.low * (1 + 2 * ARROW_SHARE)));

/** The stacked parts of each bar on an axis up to `top`. */
export function withOpenEnds<B extends { low: number | null; high: number | null }>(bars: B[], top: number) {
  return bars.map((b) => {
    const open = b.low !== null && b.high === null;
    const extra = b.low === null ? null : open ? Math.min(top * ARROW_SHARE, top - b.low) : (b.high ?? b.low) - b.low;
    return { ...b, sure: b.low, extra, open, end: b.low === null ? null : b.low + (extra ?? 0) };
  });
}
