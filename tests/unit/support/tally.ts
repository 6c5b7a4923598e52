import { expect } from 'vitest';

// Counts for the fault and fuzz suites: every case is run through `check`, which counts an
// escaped exception as a crash instead of stopping the run, so the printed line is the whole
// story ("fuzz imports: 10000 cases, 0 crashes, 0 silent losses"); the suite then fails unless
// crashes and losses are both 0.
export class Tally {
  cases = 0;
  crashes = 0;
  losses = 0;
  readonly failures: string[] = [];
  /** Counts of interest per suite, printed after the cases ("3120 accepted"). */
  readonly notes = new Map<string, number>();

  constructor(readonly name: string) {}

  /** Runs one case. `fn` returns false (or a reason) for a silent loss. */
  async check(label: string, fn: () => boolean | string | void | Promise<boolean | string | void>): Promise<void> {
    this.cases++;
    try {
      const verdict = await fn();
      if (verdict === false || typeof verdict === 'string')
        this.lose(`${label}: ${verdict === false ? 'lost data' : verdict}`);
    } catch (error) {
      this.crashes++;
      if (this.failures.length < 5)
        this.failures.push(
          `${label}: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
    }
  }

  /** The same, for synchronous cases (fast-check properties). */
  checkSync(label: string, fn: () => boolean | string | void): void {
    this.cases++;
    try {
      const verdict = fn();
      if (verdict === false || typeof verdict === 'string')
        this.lose(`${label}: ${verdict === false ? 'lost data' : verdict}`);
    } catch (error) {
      this.crashes++;
      if (this.failures.length < 5)
        this.failures.push(
          `${label}: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
    }
  }

  /** Prints the suite's line (and up to five failures), then fails the suite unless it is clean. */
  report(minCases = 0): void {
    console.log(this.line());
    for (const failure of this.failures) console.log(failure);
    expect(this.cases).toBeGreaterThanOrEqual(minCases);
    expect(this.crashes).toBe(0);
    expect(this.losses).toBe(0);
  }

  private lose(reason: string) {
    this.losses++;
    if (this.failures.length < 5) this.failures.push(reason);
  }

  note(what: string): void {
    this.notes.set(what, (this.notes.get(what) ?? 0) + 1);
  }

  line(): string {
    const notes = [...this.notes].map(([what, n]) => `${n} ${what}`).join(', ');
    return `${this.name}: ${this.cases} cases${notes ? ` (${notes})` : ''}, ${this.crashes} crashes, ${this.losses} silent losses`;
  }
}
