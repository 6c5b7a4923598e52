// Where a Facebook profile shows the person's name (sites/profileName.ts reads it).
import type { NameReaders } from '../nameReaders.ts';

export const FACEBOOK_NAME: NameReaders = {
  // Comet profiles: the name is the h1 of div[role=main], in a span[dir=auto]
  // (tests/fixtures/facebook/profile-comet.html, tests/fixtures/facebook/profile-noactions-en.html).
  // Only the main region's h1: the page's other landmarks have headings of their own.
  selectors: ['div[role="main"] h1'],
  meta: ['og:title'],
  // "Morgan Reyes | Facebook" (tests/fixtures/facebook/profile-comet.html); the mobile sites
  // title the page with the name alone (tests/fixtures/facebook/m-touch-en.html).
  titleSuffixes: [' | Facebook'],
};
