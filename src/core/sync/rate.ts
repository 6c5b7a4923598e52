// The browsers cap writes to sync: Chrome allows 120 write operations a minute and 1,800 an
// hour (storage.sync MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR), each set() or remove()
// counting as one, whatever it holds. Offer First keeps under both, with room to spare.
export const WRITES_PER_MINUTE = 100;
export const WRITES_PER_HOUR = 1_500;
const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Milliseconds to wait before `ops` more writes fit, given the times of recent ones. */
export function waitBeforeWrites(writes: readonly number[], ops: number, now: number): number {
  const wait = (window: number, limit: number) => {
    const recent = writes.filter((t) => t > now - window).sort((a, b) => a - b);
    const over = recent.length + ops - limit;
    return over <= 0 ? 0 : recent[over - 1]! + window - now;
  };
  return Math.max(wait(MINUTE, WRITES_PER_MINUTE), wait(HOUR, WRITES_PER_HOUR));
}

/** The write times still worth keeping (the last hour), with `ops` new ones at `now`. */
export const recordWrites = (writes: readonly number[], ops: number, now: number): number[] => [
  ...writes.filter((t) => t > now - HOUR),
  ...Array.from({ length: ops }, () => now),
];
