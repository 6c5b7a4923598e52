/** Marks the popup interactive with its list, once. Read by `npm run bench`; invisible to users. */
export function markInteractive(): void {
  if (performance.getEntriesByName('offer-first:interactive').length === 0) performance.mark('offer-first:interactive');
}
