/**
 * Reusable typed arrays for the reader's per-token and per-mention tables. A report of a few kB
 * needs half a dozen of them per call; each fresh one is a zeroed allocation outside the heap that
 * the garbage collector tracks and frees, which costs more than the reading of a short report does
 * with them. One reading uses each slot once and never keeps a table past its return (nothing of
 * them reaches a result), so the next call can take the same memory back. Tables above
 * {@link POOL_MAX} entries are allocated fresh, so a long text never pins its memory.
 * @module
 * @internal
 */

/** The largest table kept for reuse (entries). */
const POOL_MAX = 1 << 16;

const int32Pool: (Int32Array | undefined)[] = [];
let uint8Pool: Uint8Array | undefined;

/** An `Int32Array` of `n` entries, all `value`, from slot `slot` of the pool (valid until that slot is asked for again). @internal */
export function int32Table(slot: number, n: number, value: number): Int32Array {
  if (n > POOL_MAX) return new Int32Array(n).fill(value);
  let buf = int32Pool[slot];
  if (buf === undefined || buf.length < n) {
    buf = new Int32Array(Math.min(POOL_MAX, Math.max(n, 256, (buf?.length ?? 0) * 2)));
    int32Pool[slot] = buf;
  }
  // A view by the constructor: `subarray` looks up a species constructor and costs several times more.
  const view = new Int32Array(buf.buffer, 0, n);
  view.fill(value);
  return view;
}

/** A zeroed `Uint8Array` of `n` entries from the pool (valid until it is asked for again). @internal */
export function uint8Table(n: number): Uint8Array {
  if (n > POOL_MAX) return new Uint8Array(n);
  if (uint8Pool === undefined || uint8Pool.length < n) uint8Pool = new Uint8Array(Math.min(POOL_MAX, Math.max(n, 1024, (uint8Pool?.length ?? 0) * 2)));
  const view = new Uint8Array(uint8Pool.buffer, 0, n);
  view.fill(0);
  return view;
}
