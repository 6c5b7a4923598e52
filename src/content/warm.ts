// Work the content script can do ahead of the first click, done when the page is idle rather
// than while it parses (the watch list usually arrives during parsing).
import type { PersonLookup } from '../core/match.ts';

export function warmWhenIdle(lookup: PersonLookup): void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => lookup.warm());
}
