// What LinkedIn's connect controls look like, as data. One entry per alternative, each with
// the era, the fixture that shows it (tests/fixtures/linkedin/) and the section of
// docs/dom-catalog.md (§1–§7) that gives its public source. Wording per language lives in
// ./labels.ts. tests/unit/sites/linkedin/selectors.test.ts checks that every control selector
// matches a positive fixture and nothing in negative-*.html.

/** What a user activates: the recogniser climbs from the event target to the nearest one. */
export const activatable = [
  // 2026 SDUI Connect links (tests/fixtures/linkedin/profile-sdui-2026-pl.html) and buttons
  // (tests/fixtures/linkedin/mynetwork-sdui-2026-en.html, search-ember-2022-en.html); docs/dom-catalog.md §1–§4.
  'a[href]',
  'button',
  // 2024–25 Ember More-menu item, 2022 dropdown item: div[role=button] (docs/dom-catalog.md §2;
  // tests/fixtures/linkedin/profile-ember-2024-more-fr.html, profile-2022-more-en.html).
  '[role="button"]',
  // 2026 SDUI More menu: a[role=menuitem] (covered by a[href]) and div[role=menuitem]
  // (docs/dom-catalog.md §2; tests/fixtures/linkedin/profile-sdui-2026-more-en.html).
  '[role="menuitem"]',
] as const;

/**
 * Hosts of the open shadow roots that hold controls. A click inside one reaches the content
 * script's window listener retargeted to the host, so the guard's one look at the target
 * (content/guard.ts) has to find the host itself.
 */
export const shadowHosts = [
  // 2026 search: the invitation dialog in the open shadow root of
  // div#interop-outlet[data-testid="interop-shadowdom"] (docs/dom-catalog.md §5;
  // tests/fixtures/linkedin/search-sdui-2026-shadow-pl.html).
  '#interop-outlet',
] as const;

/**
 * Everything a click could act on (sites/registry.ts): the activatable controls, which
 * include the comment box's submit button (commentSelectors.ts) and Follow/Message, and the
 * shadow hosts that hold more of them.
 */
export const controls = [...activatable, ...shadowHosts] as const;

/** Language-independent: the control's href is the invite route naming the person. */
export const inviteRoute = [
  // 2026 SDUI profile top card and More menu: a[href="/preload/custom-invite/?vanityName=<slug>"]
  // (docs/dom-catalog.md §1, §2; tests/fixtures/linkedin/profile-sdui-2026-pl.html, profile-sdui-2026-more-en.html).
  'a[href*="/preload/custom-invite/"]',
  // 2026 SDUI people search: the same route with a "search-" prefix (docs/dom-catalog.md §3;
  // tests/fixtures/linkedin/search-sdui-2026-pl.html).
  'a[href*="/preload/search-custom-invite/"]',
] as const;

/** Language-independent: the connect icon inside the control (docs/dom-catalog.md §0.1). */
export const connectIcon = [
  // 2026 SDUI: <svg id="connect-small"> (ids repeat on every Connect; docs/dom-catalog.md §1;
  // tests/fixtures/linkedin/profile-sdui-2026-pl.html).
  'svg#connect-small',
  // 2024–25 Ember: <svg data-test-icon="connect-small"> (docs/dom-catalog.md §1;
  // tests/fixtures/linkedin/profile-ember-2025.html).
  // TODO(2027-06): remove if no fixture of 2026 still shows the Ember top card.
  '[data-test-icon="connect-small"]',
  // 2022 Ember dropdown item: <li-icon type="connect-icon"> (docs/dom-catalog.md §2;
  // tests/fixtures/linkedin/profile-2022-more-en.html, after austinoboyle's
  // https://github.com/austinoboyle/scrape-linkedin-selenium/tree/39aae16/test/mar_2022).
  // TODO(2027-06): remove if no fixture of 2026 still shows the 2022 layout.
  'li-icon[type="connect-icon"]',
  // French Ember More-menu item found by <use href="#connect-medium"> (docs/dom-catalog.md §2;
  // tests/fixtures/linkedin/profile-ember-2024-more-fr.html).
  // TODO(2027-06): remove if no fixture of 2026 still shows the Ember More menu.
  'use[href="#connect-medium"]',
] as const;

/** The profile's own header: a control here belongs to the page's profile. */
export const topCard = [
  // 2026 SDUI: <section componentkey="com.linkedin.sdui.profile.card.ref…Topcard">
  // (docs/dom-catalog.md §1; tests/fixtures/linkedin/profile-sdui-2026-pl.html).
  'section[componentkey$="Topcard"]',
  // 2026 SDUI sticky compact header duplicating name, Follow, Message, More (docs/dom-catalog.md §1;
  // tests/fixtures/linkedin/profile-sdui-2026-more-en.html).
  'div[role="toolbar"]',
  // 2024–25 Ember: section.artdeco-card[data-member-id] holds the h1 and the action row
  // (docs/dom-catalog.md §1; tests/fixtures/linkedin/profile-ember-2025.html).
  // TODO(2027-06): remove if no fixture of 2026 still shows the Ember top card.
  'section.artdeco-card[data-member-id]',
  // 2022: div.pvs-profile-actions (docs/dom-catalog.md §1; tests/fixtures/linkedin/profile-2022-more-en.html).
  // TODO(2027-06): remove if no fixture of 2026 still shows the 2022 layout.
  'div.pvs-profile-actions',
] as const;

/**
 * The profile's More menu. 2026: a body-level popover portal `div[role=menu]` rendered only
 * after More is clicked (docs/dom-catalog.md §2; tests/fixtures/linkedin/profile-sdui-2026-more-en.html);
 * 2022–25: the Ember `.artdeco-dropdown__content` inside the top card (docs/dom-catalog.md §2;
 * tests/fixtures/linkedin/profile-ember-2024-more-fr.html). On a profile page its Connect item
 * belongs to the page's profile.
 */
export const profileMenu = ['[role="menu"]', '.artdeco-dropdown__content'] as const;

/**
 * The invitation dialog, a second safety net when a request reaches that step.
 * 2026 search pages: inside the OPEN shadow root of div#interop-outlet
 * (tests/fixtures/linkedin/search-sdui-2026-shadow-pl.html, after
 * https://github.com/ochhyes/linkedin-msg-generator/blob/8b71b25/extension/tests/fixtures/preload_modal_dump.md);
 * on the /preload/custom-invite/ route: in the document (tests/fixtures/linkedin/invite-route-2026-en.html,
 * after https://github.com/jackwener/OpenCLI/blob/fb04d601/clis/linkedin/connect.js). docs/dom-catalog.md §5.
 */
export const inviteDialog = [
  // div[data-test-modal][role=dialog].send-invite (both fixtures above).
  '[role="dialog"].send-invite',
  // div[role=dialog][aria-labelledby="send-invite-modal"] (tests/fixtures/linkedin/invite-route-2026-en.html).
  '[role="dialog"][aria-labelledby="send-invite-modal"]',
] as const;

/**
 * The sending button of the dialog, language-independent: the action bar's primary button
 * (docs/dom-catalog.md §5; tests/fixtures/linkedin/invite-route-2026-en.html, search-sdui-2026-shadow-pl.html).
 */
export const dialogPrimary = ['.artdeco-modal__actionbar button.artdeco-button--primary'] as const;

/**
 * The person named in the dialog: "Personalize your invitation to <strong>Name</strong>"
 * (docs/dom-catalog.md §5; tests/fixtures/linkedin/invite-route-2026-en.html).
 */
export const dialogName = 'strong';

/**
 * The visually hidden label of the 2022 dropdown item, which has no aria-label
 * (docs/dom-catalog.md §2; tests/fixtures/linkedin/profile-2022-more-en.html).
 */
export const hiddenLabel = '.a11y-text, .visually-hidden';

/**
 * Profile links inside a card: "/in/<slug>/" on any LinkedIn host (docs/dom-catalog.md §14;
 * tests/fixtures/linkedin/search-sdui-2026-en.html, search-ember-2022-en.html).
 */
export const profileLink = 'a[href*="/in/"]';

/**
 * Where a card shows its person's name when it links to no profile, in document order: Ember's
 * visible copy beside a visually hidden one (the hidden copy would double the name), SDUI
 * paragraphs (docs/dom-catalog.md §4b; tests/fixtures/linkedin/profile-browsemap-en.html).
 * Text in a control or a section heading ("More profiles for you") is not a name.
 */
export const cardText = 'span[aria-hidden="true"],p,h3';
export const cardTextSkip = 'button,[role="button"],[role="menuitem"],h2';

/**
 * The profile's name on its own page: <h2> in 2026 SDUI (no <h1> in main), <h1> before
 * (docs/dom-catalog.md §1; tests/fixtures/linkedin/profile-sdui-2026-pl.html, profile-ember-2025.html).
 */
export const profileName = ['section[componentkey$="Topcard"] h2', 'main h1', 'h1'] as const;

/**
 * Inside the top card, any of these means the page is one we understand, even without a
 * Connect (already connected, Pending, Follow-first creator with Connect in the lazy More menu).
 */
export const knownProfileActions = [
  ...inviteRoute,
  ...connectIcon,
  // 2026 SDUI: Message link /messaging/compose/…, icons send-privately / add-small (Follow) /
  // overflow (More) (docs/dom-catalog.md §1, §6; tests/fixtures/linkedin/profile-sdui-2026-follow-en.html,
  // profile-sdui-2026-pl.html).
  'a[href*="/messaging/compose/"]',
  'svg#send-privately-medium',
  'svg#add-small',
  'svg#overflow-web-ios-small',
  // 2024–25 Ember: data-test-icon send-privately-small, the overflow button id (docs/dom-catalog.md §1;
  // tests/fixtures/linkedin/profile-ember-2025-message-pl.html).
  // TODO(2027-06): remove these three if no fixture of 2026 still shows the Ember top card.
  '[data-test-icon^="send-privately"]',
  'button[id$="profile-overflow-action"]',
  // 2022–25 Ember: the More dropdown itself (docs/dom-catalog.md §2;
  // tests/fixtures/linkedin/profile-ember-2024-more-fr.html).
  '.artdeco-dropdown',
] as const;

/** Control selectors that must never match anything in a negative fixture. */
export const controlSelectors = [...inviteRoute, ...connectIcon] as const;

/**
 * Message as a link, language-independent: the 2026 compose route *with a recipient*
 * (`/messaging/compose/?profileUrn=urn:li:fsd_profile:<ID>&recipient=<ID>&screenContext=…`,
 * docs/dom-catalog.md §1, §6, §14; tests/fixtures/linkedin/profile-sdui-2026-follow-en.html). The More
 * menu's "Send profile in a message" uses the same route with `body=` and no recipient
 * (docs/dom-catalog.md §2; tests/fixtures/linkedin/negative-company-2026-pl.html): it shares the
 * profile with someone else, so it is left out.
 */
export const messageRoute = [
  'a[href*="/messaging/compose/"][href*="recipient="]',
  'a[href*="/messaging/compose/"][href*="profileUrn="]',
] as const;

/**
 * Links to organisations: a Follow whose card links here is a company's, school's or
 * showcase page's (Follow on "Interests > Companies": docs/dom-catalog.md §6;
 * tests/fixtures/linkedin/profile-sdui-2026-follow-en.html, negative-company-2026-pl.html).
 * /school/ and /showcase/ are inferred (LinkedIn's other page kinds), with no fixture yet.
 */
export const organisationLink = 'a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]';

/** Follow/Message selectors that must match a positive fixture (the Follow label is in ./labels.ts). */
export const followMessageSelectors = [...messageRoute] as const;
