// What LinkedIn's connect controls look like, as data. One entry per alternative, each with
// the era and the evidence it comes from (../shared/reference/DOM-CATALOG.md sections 1 and 7).
// tests/unit/linkedin.test.ts checks every selector against the saved fixtures.

export const connectControl = [
  // 2024–25 Ember client and 2026 SDUI <button>, English UI:
  // <button aria-label="Invite Samantha Byrnes to connect"> (DOM-CATALOG §1, OpenOutreach dumps).
  'button[aria-label^="Invite "][aria-label$=" to connect"]',
  // 2026 SDUI <a> to the invite route, in every UI language: the href is language-independent
  // (DOM-CATALOG §1, ochhyes profile_sdui_connect.html, 2026-05).
  'a[href*="/preload/custom-invite/"]',
  // 2026 SDUI search results: the same route with a "search-" prefix (DOM-CATALOG §3).
  'a[href*="/preload/search-custom-invite/"]',
] as const;

/** The name inside a connect control's label, per UI language (DOM-CATALOG §7). */
export const inviteLabel = [
  /^Invite (.+) to connect$/, // en
] as const;

/** The profile's own header, where a control belongs to the page's profile. */
export const topCard = [
  // 2026 SDUI: <section componentkey="com.linkedin.sdui.profile.card.ref…Topcard"> (DOM-CATALOG §1).
  'section[componentkey$="Topcard"]',
  // 2024–25 Ember: section.artdeco-card[data-member-id] holds the h1 and the action row (§1).
  'section.artdeco-card[data-member-id]',
] as const;

/** Profile links inside a card: "/in/<slug>/" on any LinkedIn host. */
export const profileLink = 'a[href*="/in/"]';
