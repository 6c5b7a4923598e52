import { resolve } from 'node:path';

/** Screenshots of every screen; `DOCS_SCREENSHOTS=1` refreshes the README's copies in docs/. */
export const SCREENSHOTS = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  ...(process.env['DOCS_SCREENSHOTS'] === '1' ? ['docs', 'screenshots'] : ['test-results', 'screenshots']),
);
