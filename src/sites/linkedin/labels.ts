// LinkedIn's wording per UI language, as data with its evidence (DOM-CATALOG §5, §6, §7).
// Words are the weakest signal: the recogniser first looks for language-independent ones
// (invite-route hrefs, the connect icon ids), and uses these tables to read the person's name
// out of a label, to recognise a control whose only signal is its label, and to tell the
// invitation dialog's sending buttons from its others. A control recognised by href or icon
// whose label is in a language missing here is still recognised (the name comes from its card).
// English-only wording broke other tools (felladrin/linkedin-autoconnect-chrome-extension #11).

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
    // [E-dump] eracle/OpenOutreach 2026 dumps, austinoboyle 2022 a11y-text; "Add" is an A/B
    // visible text with the same label (design note, DOM-CATALOG §1). Dialog: OpenCLI
    // connect.js @fb04d601, index ids 71183692774 ("Send invitation"), felladrin 2020-10 ("Send now").
    lang: 'en',
    inviteLabel: [/^Invite (.+) to connect$/],
    connectText: ['Connect'], // not "Add": the A/B button carries the label anyway
    pendingLabel: [/^Pending, click to withdraw invitation sent to (.+)$/],
    // "Send without a message": A/B wording (index id 63193371971).
    dialogSend: ['Send without a note', 'Send without a message', 'Send', 'Send invitation', 'Send now', 'Add a note'],
  },
  {
    // [E-code] index ids 52470021707, 20355978118 ("Se connecter" in a menu item with
    // use[href="#connect-medium"]), 63193371971; "Envoyer sans note" claimed there.
    lang: 'fr',
    // "Se mettre en relation avec {Name}": index id 63193371971 (/\bse mettre en relation avec\b/i).
    inviteLabel: [/^Inviter (.+) à rejoindre votre réseau$/, /^Invitez (.+) à rejoindre votre réseau$/, /^Se mettre en relation avec (.+)$/],
    connectText: ['Se connecter', 'Se mettre en relation'],
    pendingLabel: [],
    dialogSend: ['Envoyer sans note', 'Envoyer sans message', 'Envoyer', 'Ajouter une note'],
  },
  {
    // [E-code, several repos, one "live verifiziert 2026-07-15"] index ids 63193371971,
    // 63385026057, 55944178996, 68985151057, 63281298495, 70127908356.
    lang: 'de',
    inviteLabel: [/^(.+) als Kontakt einladen$/],
    connectText: ['Vernetzen'],
    pendingLabel: [],
    dialogSend: ['Ohne Notiz senden', 'Ohne Nachricht senden', 'Senden'],
  },
  {
    // [E-code] index id 63193371971 matches /invitar a … conectar/; the exact wording is [I].
    lang: 'es',
    inviteLabel: [/^Invitar a (.+) a conectar(?:se)?$/],
    connectText: ['Conectar'],
    pendingLabel: [],
    dialogSend: ['Enviar sin nota', 'Enviar sin mensaje', 'Enviar'],
  },
  {
    // Text [E-code] marllonDev/conecta-linkedIn seletores-avancados.json (aria-label*="Conectar"),
    // "Adicionar nota" index id 42108571779; the label wording is [I] (no pt-BR capture found).
    lang: 'pt-BR',
    inviteLabel: [/^Convidar (.+) para se conectar$/],
    connectText: ['Conectar'],
    pendingLabel: [],
    dialogSend: ['Enviar sem nota', 'Enviar sem mensagem', 'Enviar', 'Adicionar nota'],
  },
  {
    // [E-code] index ids 28186935544, 63193371971 (/invita(re)? … collegar/, "Invia senza nota").
    lang: 'it',
    inviteLabel: [/^Invita(?:re)? (.+?) a collegar\p{L}*$/u],
    connectText: ['Collegati'],
    pendingLabel: [],
    dialogSend: ['Invia senza nota', 'Invia senza messaggio', 'Invia'],
  },
  {
    // [E-code, built from real DOM] index id 70945970109; 63193371971.
    lang: 'nl',
    inviteLabel: [/^Connectieverzoek verzenden naar (.+)$/],
    connectText: ['Connectie maken'],
    pendingLabel: [],
    dialogSend: ['Verzenden zonder notitie', 'Verzenden zonder bericht', 'Verzend zonder notitie', 'Verzenden'],
  },
  {
    // [E-dump] ochhyes/linkedin-msg-generator fixtures (2026-05): profile_sdui_connect.html,
    // search_entity_result.html ("Nawiąż kontakt"), preload_modal_dump.md (pending, modal).
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
// ignoring them (DOM-CATALOG §6). Labels name the person; a company's Follow has the same verb
// ("Obserwuj Wolt.", ochhyes, §6), so a name read here is trusted only once it agrees with a
// person's profile link or with the profile page's own name (./followMessage.ts).

export interface LinkedInFollowMessageLanguage {
  lang: string;
  /** `Follow {Name}` in this language; group 1 is the name. */
  followLabel: readonly RegExp[];
  /** `Message {Name}` (Ember and earlier); group 1 is the name. */
  messageLabel: readonly RegExp[];
  /** The bare label or text "Message" of side-rail buttons, which name no one (§6). */
  messageText: readonly string[];
}

export const LINKEDIN_FOLLOW_MESSAGE: readonly LinkedInFollowMessageLanguage[] = [
  {
    // [E-dump] OpenOutreach 2026 dumps: button[aria-label="Follow Kate Kallot"]; side rails
    // aria-label="Message". Ember button[aria-label="Message Jane Doe"]; 2018 "Send a message to X"
    // (austinoboyle otherProfile.html, 2018-12) is left out: no fixture of that era carries it.
    // "Following"/"Unfollow X" do not match (anchored).
    lang: 'en',
    followLabel: [/^Follow (.+)$/],
    messageLabel: [/^Message (.+)$/],
    messageText: ['Message'],
  },
  {
    // [E-dump] ochhyes fixtures (2026-05): "Obserwuj użytkownika Szymon Nędza" for a person —
    // companies are "Obserwuj Wolt." without "użytkownika", so they never match;
    // anna_voyager.html: "Wyślij wiadomość do użytkownika …"; "Wiadomość" (§7).
    lang: 'pl',
    followLabel: [/^Obserwuj użytkownika (.+)$/],
    messageLabel: [/^Wyślij wiadomość do użytkownika (.+)$/],
    messageText: ['Wiadomość'],
  },
  {
    // "Folgen"/"Nachricht" as text [E-code] (§7, index ids 63385026057, 70127908356); the
    // label's form "Folgen {Name}" is [I]. The search text "Nachricht an Julien senden" [E-code]
    // is not used: no fixture shows it as a label.
    lang: 'de',
    followLabel: [/^Folgen (.+)$/],
    messageLabel: [],
    messageText: ['Nachricht'],
  },
  // fr "Suivre" (Ember 2024 fr fixture "Suivre Margaux Petit"): the verb is the one LinkedIn
  // shows, the label's exact form is [I] (no fr capture of it, §7).
  { lang: 'fr', followLabel: [/^Suivre (.+)$/], messageLabel: [], messageText: ['Message'] },
  // es / pt-BR "Seguir" [I] (§7 has no es/pt capture); Spanish puts "a" before a person.
  { lang: 'es', followLabel: [/^Seguir (?:a )?(.+)$/], messageLabel: [], messageText: ['Mensaje'] },
  { lang: 'pt-BR', followLabel: [/^Seguir (.+)$/], messageLabel: [], messageText: ['Mensagem'] },
  // it "Segui" [I].
  { lang: 'it', followLabel: [/^Segui (.+)$/], messageLabel: [], messageText: ['Messaggio'] },
  // nl "Volgen", "Bericht" [E-code, built from real DOM] index id 70945970109 (§7).
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
