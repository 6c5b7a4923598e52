// LinkedIn's wording per UI language, as data with its evidence: the fixtures in tests/fixtures/linkedin/
// that show it and docs/dom-catalog.md §5–§7 for the public sources. Wording that no fixture shows
// says so and names the section of docs/dom-catalog.md that records it.
// Words are the weakest signal: the recogniser first looks for language-independent ones
// (invite-route hrefs, the connect icon ids), and uses these tables to read the person's name
// out of a label, to recognise a control whose only signal is its label, and to tell the
// invitation dialog's sending buttons from its others. A control recognised by href or icon
// whose label is in a language missing here is still recognised (the name comes from its card).
// English-only wording broke other tools
// (https://github.com/felladrin/linkedin-autoconnect-chrome-extension/issues/11).

export interface LinkedInLanguage {
  /** BCP 47 tag of the UI language. */
  lang: string;
  /** `Invite {Name} to connect` in this language; group 1 is the name. */
  inviteLabel: readonly RegExp[];
  /** Visible text of the Connect control (only trusted inside the profile's own More menu). */
  connectText: readonly string[];
  /** Pending (clicking withdraws the invitation): never a request. */
  pendingLabel: readonly RegExp[];
  /** Invitation dialog buttons that send the request or lead to sending it. */
  dialogSend: readonly string[];
}

export const LINKEDIN_LANGUAGES: readonly LinkedInLanguage[] = [
  {
    // Captures (docs/dom-catalog.md §1, §2, §7): tests/fixtures/linkedin/profile-sdui-2026-more-en.html,
    // search-sdui-2026-en.html, profile-2022-more-en.html (a11y-text); Pending: negative-pending-en.html.
    // "Add" is an A/B visible text with the same label (docs/dom-catalog.md §0.6). Dialog:
    // tests/fixtures/linkedin/invite-route-2026-en.html, after
    // https://github.com/jackwener/OpenCLI/blob/fb04d601/clis/linkedin/connect.js; "Send now" (2020)
    // is in https://github.com/felladrin/linkedin-autoconnect-chrome-extension's history; "Send
    // invitation" (the note step's button) is third-party code with no fixture (docs/dom-catalog.md §5).
    lang: 'en',
    inviteLabel: [/^Invite (.+) to connect$/],
    connectText: ['Connect'], // not "Add": the A/B button carries the label anyway
    pendingLabel: [/^Pending, click to withdraw invitation sent to (.+)$/],
    // "Send without a message": A/B wording from third-party code, no fixture (docs/dom-catalog.md §7).
    dialogSend: ['Send without a note', 'Send without a message', 'Send', 'Send invitation', 'Send now', 'Add a note'],
  },
  {
    // Third-party code (docs/dom-catalog.md §7): tests/fixtures/linkedin/profile-sdui-2026-fr.html,
    // search-sdui-2026-fr.html, invite-route-2026-fr.html; "Se connecter" in an Ember menu item with
    // use[href="#connect-medium"]: profile-ember-2024-more-fr.html.
    lang: 'fr',
    // "Invitez …" and "Se mettre en relation avec {Name}" are variants seen only in third-party
    // code; no fixture shows them (docs/dom-catalog.md §7).
    inviteLabel: [
      /^Inviter (.+) à rejoindre votre réseau$/,
      /^Invitez (.+) à rejoindre votre réseau$/,
      /^Se mettre en relation avec (.+)$/,
    ],
    connectText: ['Se connecter', 'Se mettre en relation'],
    pendingLabel: [],
    dialogSend: ['Envoyer sans note', 'Envoyer sans message', 'Envoyer', 'Ajouter une note'],
  },
  {
    // Third-party code from several independent projects, one checked live in 2026
    // (docs/dom-catalog.md §7): tests/fixtures/linkedin/profile-sdui-2026-de.html, search-sdui-2026-de.html,
    // invite-route-2026-de.html.
    lang: 'de',
    inviteLabel: [/^(.+) als Kontakt einladen$/],
    connectText: ['Vernetzen'],
    pendingLabel: [],
    dialogSend: ['Ohne Notiz senden', 'Ohne Nachricht senden', 'Senden'],
  },
  {
    // Third-party code matches /invitar a … conectar/; the exact wording is inferred (docs/dom-catalog.md
    // §7): tests/fixtures/linkedin/profile-sdui-2026-es.html, search-sdui-2026-es.html, invite-route-2026-es.html.
    lang: 'es',
    inviteLabel: [/^Invitar a (.+) a conectar(?:se)?$/],
    connectText: ['Conectar'],
    pendingLabel: [],
    dialogSend: ['Enviar sin nota', 'Enviar sin mensaje', 'Enviar'],
  },
  {
    // Text from third-party code (https://github.com/marllonDev/conecta-linkedIn,
    // aria-label*="Conectar"); the label wording is inferred, no pt-BR capture exists
    // (docs/dom-catalog.md §7): tests/fixtures/linkedin/profile-sdui-2026-pt-BR.html, invite-route-2026-pt-BR.html.
    lang: 'pt-BR',
    inviteLabel: [/^Convidar (.+) para se conectar$/],
    connectText: ['Conectar'],
    pendingLabel: [],
    dialogSend: ['Enviar sem nota', 'Enviar sem mensagem', 'Enviar', 'Adicionar nota'],
  },
  {
    // Third-party code, /invita(re)? … collegar/ and "Invia senza nota" (docs/dom-catalog.md §7):
    // tests/fixtures/linkedin/profile-sdui-2026-it.html, search-sdui-2026-it.html, invite-route-2026-it.html.
    lang: 'it',
    inviteLabel: [/^Invita(?:re)? (.+?) a collegar\p{L}*$/u],
    connectText: ['Collegati'],
    pendingLabel: [],
    dialogSend: ['Invia senza nota', 'Invia senza messaggio', 'Invia'],
  },
  {
    // Third-party code built from the real page (docs/dom-catalog.md §7):
    // tests/fixtures/linkedin/profile-sdui-2026-nl.html,
    // search-sdui-2026-nl.html, invite-route-2026-nl.html ("Verzend zonder notitie" has no fixture).
    lang: 'nl',
    inviteLabel: [/^Connectieverzoek verzenden naar (.+)$/],
    connectText: ['Connectie maken'],
    pendingLabel: [],
    dialogSend: ['Verzenden zonder notitie', 'Verzenden zonder bericht', 'Verzend zonder notitie', 'Verzenden'],
  },
  {
    // Captures from https://github.com/ochhyes/linkedin-msg-generator (2026-05; docs/dom-catalog.md §7):
    // tests/fixtures/linkedin/profile-sdui-2026-pl.html, search-ember-2024-pl.html ("Nawiąż kontakt", Pending),
    // search-sdui-2026-shadow-pl.html (dialog).
    lang: 'pl',
    inviteLabel: [/^Zaproś użytkownika (.+) do nawiązania kontaktu$/],
    connectText: ['Połącz', 'Nawiąż kontakt'],
    pendingLabel: [/^W toku; kliknij, aby wycofać zaproszenie wysłane do użytkownika (.+)$/],
    dialogSend: ['Wyślij bez notatki', 'Wyślij', 'Dodaj notatkę'],
  },
];

const all = <K extends 'inviteLabel' | 'connectText' | 'pendingLabel' | 'dialogSend'>(key: K) =>
  LINKEDIN_LANGUAGES.flatMap((l) => l[key] as LinkedInLanguage[K][number][]);

export const INVITE_LABELS: readonly RegExp[] = all('inviteLabel');
export const PENDING_LABELS: readonly RegExp[] = all('pendingLabel');
export const CONNECT_TEXTS: ReadonlySet<string> = new Set(all('connectText'));
export const DIALOG_SEND: ReadonlySet<string> = new Set(all('dialogSend'));

/** The person's name in a connect label, in any known language. */
export function nameInInviteLabel(label: string): string | undefined {
  const trimmed = label.replace(/\s+/g, ' ').trim();
  for (const pattern of INVITE_LABELS) {
    const name = pattern.exec(trimmed)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

export function isPendingLabel(label: string): boolean {
  const trimmed = label.replace(/\s+/g, ' ').trim();
  return PENDING_LABELS.some((p) => p.test(trimmed));
}

// Follow and Message, held back only when the user opts in (settings). Kept apart from the
// connect table: these controls are *not* requests, and the Connect recogniser must keep
// ignoring them (docs/dom-catalog.md §6). Labels name the person; a company's Follow has the same verb
// ("Obserwuj Wolt.", tests/fixtures/linkedin/negative-company-2026-pl.html), so a name read here
// is trusted only once it agrees with a
// person's profile link or with the profile page's own name (./followMessage.ts).

export interface LinkedInFollowMessageLanguage {
  lang: string;
  /** `Follow {Name}` in this language; group 1 is the name. */
  followLabel: readonly RegExp[];
  /** `Message {Name}` (Ember and earlier); group 1 is the name. */
  messageLabel: readonly RegExp[];
  /** The bare label or text "Message" of side-rail buttons, which name no one (docs/dom-catalog.md §6). */
  messageText: readonly string[];
}

export const LINKEDIN_FOLLOW_MESSAGE: readonly LinkedInFollowMessageLanguage[] = [
  {
    // Captures (docs/dom-catalog.md §6): tests/fixtures/linkedin/profile-sdui-2026-follow-en.html has
    // button[aria-label="Follow <Name>"] and the bare side-rail aria-label="Message"; Ember's
    // "Message <Name>" label is third-party code. 2018's "Send a message to X" is left out: no
    // fixture of that era carries it.
    // "Following"/"Unfollow X" do not match (anchored).
    lang: 'en',
    followLabel: [/^Follow (.+)$/],
    messageLabel: [/^Message (.+)$/],
    messageText: ['Message'],
  },
  {
    // Captures (docs/dom-catalog.md §6, §7): "Obserwuj użytkownika <Name>" for a person
    // (tests/fixtures/linkedin/profile-sdui-2026-pl.html) — companies are "Obserwuj Wolt." without "użytkownika",
    // so they never match (negative-company-2026-pl.html); "Wyślij wiadomość do użytkownika …"
    // (profile-ember-2025-message-pl.html); "Wiadomość".
    lang: 'pl',
    followLabel: [/^Obserwuj użytkownika (.+)$/],
    messageLabel: [/^Wyślij wiadomość do użytkownika (.+)$/],
    messageText: ['Wiadomość'],
  },
  {
    // "Folgen"/"Nachricht" as text from third-party code (docs/dom-catalog.md §7;
    // tests/fixtures/linkedin/profile-sdui-2026-de.html); the label's form "Folgen {Name}" is inferred. The
    // search text "Nachricht an <Name> senden" is not used: no fixture shows it as a label.
    lang: 'de',
    followLabel: [/^Folgen (.+)$/],
    messageLabel: [],
    messageText: ['Nachricht'],
  },
  // fr "Suivre" (tests/fixtures/linkedin/profile-ember-2024-more-fr.html, profile-sdui-2026-fr.html): the verb
  // is the one LinkedIn shows, the label's exact form is inferred (no fr capture of it, docs/dom-catalog.md §7).
  { lang: 'fr', followLabel: [/^Suivre (.+)$/], messageLabel: [], messageText: ['Message'] },
  // es / pt-BR "Seguir", inferred (no es/pt capture, docs/dom-catalog.md §7); Spanish puts "a" before a
  // person. Fixtures: tests/fixtures/linkedin/profile-sdui-2026-es.html, profile-sdui-2026-pt-BR.html.
  { lang: 'es', followLabel: [/^Seguir (?:a )?(.+)$/], messageLabel: [], messageText: ['Mensaje'] },
  { lang: 'pt-BR', followLabel: [/^Seguir (.+)$/], messageLabel: [], messageText: ['Mensagem'] },
  // it "Segui", inferred (tests/fixtures/linkedin/profile-sdui-2026-it.html).
  { lang: 'it', followLabel: [/^Segui (.+)$/], messageLabel: [], messageText: ['Messaggio'] },
  // nl "Volgen", "Bericht": third-party code built from the real page (docs/dom-catalog.md §7;
  // tests/fixtures/linkedin/profile-sdui-2026-nl.html).
  { lang: 'nl', followLabel: [/^Volgen (.+)$/], messageLabel: [], messageText: ['Bericht'] },
];

const FOLLOW_LABELS = LINKEDIN_FOLLOW_MESSAGE.flatMap((l) => l.followLabel);
const MESSAGE_LABELS = LINKEDIN_FOLLOW_MESSAGE.flatMap((l) => l.messageLabel);
const MESSAGE_TEXTS: ReadonlySet<string> = new Set(LINKEDIN_FOLLOW_MESSAGE.flatMap((l) => l.messageText));

function nameIn(patterns: readonly RegExp[], label: string): string | undefined {
  const trimmed = label.replace(/\s+/g, ' ').trim();
  for (const pattern of patterns) {
    const name = pattern.exec(trimmed)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

/** The name in a Follow label, in any known language (a company's name reads the same way). */
export const nameInFollowLabel = (label: string): string | undefined => nameIn(FOLLOW_LABELS, label);
/** The name in a "Message {Name}" label, in any known language. */
export const nameInMessageLabel = (label: string): string | undefined => nameIn(MESSAGE_LABELS, label);
/** A bare "Message" label or text that names no one. */
export const isBareMessage = (label: string): boolean => MESSAGE_TEXTS.has(label.replace(/\s+/g, ' ').trim());
