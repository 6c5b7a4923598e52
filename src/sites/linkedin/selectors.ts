// What LinkedIn's connect controls look like, as data. One entry per alternative, each with
// the era and the evidence it comes from (../shared/reference/DOM-CATALOG.md §1–§7).
// Wording per language lives in ./labels.ts. tests/unit/recognisers.selectors.test.ts checks
// that every control selector matches a positive fixture and nothing in negative-*.html.

/** What a user activates: the recogniser climbs from the event target to the nearest one. */
export const activatable = [
  'a[href]',
  'button',
  // 2024–25 Ember More-menu item, 2022 dropdown item: div[role=button] (DOM-CATALOG §2).
  '[role="button"]',
  // 2026 SDUI More menu: a[role=menuitem] (covered by a[href]) and div[role=menuitem] (§2).
  '[role="menuitem"]',
] as const;

/** Language-independent: the control's href is the invite route naming the person. */
export const inviteRoute = [
  // 2026 SDUI profile top card and More menu: a[href="/preload/custom-invite/?vanityName=<slug>"]
  // (DOM-CATALOG §1, §2: OpenOutreach status_more dump, ochhyes profile_sdui_connect.html).
  'a[href*="/preload/custom-invite/"]',
  // 2026 SDUI people search: the same route with a "search-" prefix (§3, ochhyes search_results_people.html).
  'a[href*="/preload/search-custom-invite/"]',
] as const;

/** Language-independent: the connect icon inside the control (DOM-CATALOG §0.1). */
export const connectIcon = [
  // 2026 SDUI: <svg id="connect-small"> (ids repeat on every Connect; §1 OpenOutreach, ochhyes).
  'svg#connect-small',
  // 2024–25 Ember: <svg data-test-icon="connect-small"> (§1, index id 54173311694 notes).
  '[data-test-icon="connect-small"]',
  // 2022 Ember dropdown item: <li-icon type="connect-icon"> (§2, austinoboyle mar_2022/austin.html).
  'li-icon[type="connect-icon"]',
  // French More-menu item matched by <use href="#connect-medium"> (§2, index id 20355978118).
  'use[href="#connect-medium"]',
] as const;

/** The profile's own header: a control here belongs to the page's profile. */
export const topCard = [
  // 2026 SDUI: <section componentkey="com.linkedin.sdui.profile.card.ref…Topcard"> (§1).
  'section[componentkey$="Topcard"]',
  // 2026 SDUI sticky compact header duplicating name, Follow, Message, More (§1, OpenOutreach).
  'div[role="toolbar"]',
  // 2024–25 Ember: section.artdeco-card[data-member-id] holds the h1 and the action row (§1).
  'section.artdeco-card[data-member-id]',
  // 2022: div.pvs-profile-actions (§1, austinoboyle mar_2022 kireet.html / austin.html).
  'div.pvs-profile-actions',
] as const;

/**
 * The profile's More menu. 2026: a body-level popover portal `div[role=menu]` rendered only
 * after More is clicked (§2, OpenOutreach status_more/katekallot.html); 2022–25: the Ember
 * `.artdeco-dropdown__content` inside the top card (§2, ochhyes anna_voyager.html). On a
 * profile page its Connect item belongs to the page's profile.
 */
export const profileMenu = ['[role="menu"]', '.artdeco-dropdown__content'] as const;

/**
 * The invitation dialog, a second safety net when a request reaches that step.
 * 2026 search pages: inside the OPEN shadow root of div#interop-outlet; on the
 * /preload/custom-invite/ route: in the document (§5, ochhyes preload_modal_dump.md,
 * OpenCLI connect.js, index id 71183692774).
 */
export const inviteDialog = [
  // div[data-test-modal][role=dialog].send-invite (§5, preload_modal_dump.md; index id 46099520479).
  '[role="dialog"].send-invite',
  // div[role=dialog][aria-labelledby="send-invite-modal"] (§5, index id 71183692774).
  '[role="dialog"][aria-labelledby="send-invite-modal"]',
] as const;

/** The sending button of the dialog, language-independent: the action bar's primary button (§5). */
export const dialogPrimary = ['.artdeco-modal__actionbar button.artdeco-button--primary'] as const;

/** The person named in the dialog: "Personalize your invitation to <strong>Name</strong>" (§5). */
export const dialogName = 'strong';

/** The visually hidden label of the 2022 dropdown item, which has no aria-label (§2). */
export const hiddenLabel = '.a11y-text, .visually-hidden';

/** Profile links inside a card: "/in/<slug>/" on any LinkedIn host. */
export const profileLink = 'a[href*="/in/"]';

/** The profile's name on its own page: <h2> in 2026 SDUI (no <h1> in main), <h1> before (§1). */
export const profileName = ['section[componentkey$="Topcard"] h2', 'main h1', 'h1'] as const;

/**
 * Inside the top card, any of these means the page is one we understand, even without a
 * Connect (already connected, Pending, Follow-first creator with Connect in the lazy More menu).
 */
export const knownProfileActions = [
  ...inviteRoute,
  ...connectIcon,
  // 2026 SDUI: Message link /messaging/compose/…, icons send-privately / add-small (Follow) /
  // overflow (More) (§1, §6: OpenOutreach, ochhyes dumps).
  'a[href*="/messaging/compose/"]',
  'svg#send-privately-medium',
  'svg#add-small',
  'svg#overflow-web-ios-small',
  // 2024–25 Ember: data-test-icon send-privately-small, the overflow button id (§1 ochhyes anna_voyager).
  '[data-test-icon^="send-privately"]',
  'button[id$="profile-overflow-action"]',
  // 2022–25 Ember: the More dropdown itself (§2).
  '.artdeco-dropdown',
] as const;

/** Control selectors that must never match anything in a negative fixture. */
export const controlSelectors = [...inviteRoute, ...connectIcon] as const;

/**
 * Message as a link, language-independent: the 2026 compose route *with a recipient*
 * (`/messaging/compose/?profileUrn=urn:li:fsd_profile:<ID>&recipient=<ID>&screenContext=…`,
 * DOM-CATALOG §1, §6, §14: OpenOutreach, ochhyes dumps). The More menu's "Send profile in a
 * message" uses the same route with `body=` and no recipient (§2, status_more/katekallot.html):
 * it shares the profile with someone else, so it is left out.
 */
export const messageRoute = [
  'a[href*="/messaging/compose/"][href*="recipient="]',
  'a[href*="/messaging/compose/"][href*="profileUrn="]',
] as const;

/**
 * Links to organisations: a Follow whose card links here is a company's, school's or
 * showcase page's (Follow on "Interests > Companies", §6 companies "Obserwuj Wolt."). [I] for
 * /school/ and /showcase/ (LinkedIn's other page kinds).
 */
export const organisationLink = 'a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]';

/** Follow/Message selectors that must match a positive fixture (the Follow label is in ./labels.ts). */
export const followMessageSelectors = [...messageRoute] as const;
