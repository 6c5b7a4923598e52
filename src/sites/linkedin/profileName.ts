// Where a LinkedIn profile shows the person's name (sites/profileName.ts reads it).
import type { NameReaders } from '../nameReaders.ts';

export const LINKEDIN_NAME: NameReaders = {
  selectors: [
    // Ember top card, 2022–2025: h1 in section.pv-top-card / section[data-member-id]
    // (tests/fixtures/linkedin/profile-ember-2025.html, tests/fixtures/linkedin/profile-2022-more-en.html,
    // tests/fixtures/linkedin/profile-ember-2024-more-fr.html).
    'section.pv-top-card h1',
    'section[data-member-id] h1',
    // 2026 SDUI top card: the name is the first h2 in section[componentkey$=Topcard], and the
    // page has no h1 (tests/fixtures/linkedin/profile-sdui-2026-fr.html).
    'section[componentkey$="Topcard"] h2',
  ],
  meta: ['og:title'],
  // "Camille Laurent | LinkedIn" on every profile fixture (tests/fixtures/linkedin/profile-sdui-2026-de.html).
  titleSuffixes: [' | LinkedIn'],
};
