// @vitest-environment happy-dom
// The language matrix of issue 4: for every (context, UI language) fixture, the request control
// is recognised with the right person — taken from the control or its card, the page URL only
// for the profile's own header/menu or the invite route — and every other control in the same
// page (Pending, Follow, Message, dismiss, menu items…) is not.
// Not here, because no wording is evidenced (docs/dom-catalog.md §13, src/sites/facebook/labels.ts):
// Facebook nl (no add-friend wording at all), Facebook it profile header (only a bare
// "Aggiungi" in people lists), Facebook Confirm outside English.
import { describe, expect, it } from 'vitest';
import { recogniseAddFriend } from '../../../src/sites/facebook/addFriend.ts';
import { recogniseConnect } from '../../../src/sites/linkedin/connect.ts';
import type { Recogniser } from '../../../src/sites/recogniser.ts';
import { mount, readFixture } from '../support/fixtures.ts';

type Person = {
  site: 'linkedin' | 'facebook';
  identity: { site: string; kind: string; value: string } | undefined;
  name: string;
};
interface Case {
  file: string;
  /** Control selector → whose it is. */
  hits: [string, Person][];
  /** Pending, Follow, Message… : each must be in the page and must not be recognised. */
  negatives: string[];
}

const slug = (value: string, name: string): Person => ({
  site: 'linkedin',
  identity: { site: 'linkedin', kind: 'slug', value },
  name,
});
const fbUser = (value: string, name: string): Person => ({
  site: 'facebook',
  identity: { site: 'facebook', kind: 'username', value: value.replace(/\./g, '') },
  name,
});
const fbId = (value: string, name: string): Person => ({
  site: 'facebook',
  identity: { site: 'facebook', kind: 'id', value },
  name,
});
const q = (s: string) => s.replace(/"/g, '\\"');
const label = (s: string) => `[aria-label="${q(s)}"]`;

// ---------- LinkedIn ----------
interface LiWords {
  invite: (n: string) => string;
  pending: (n: string) => string;
  follow: (n: string) => string;
  message: string;
  emberMessage: (n: string) => string;
  more: string;
  dialog?: { send: string; addNote: string; addNoteKnown: boolean; dismiss: string };
}
const LI: Record<string, LiWords> = {
  en: {
    invite: (n) => `Invite ${n} to connect`,
    pending: (n) => `Pending, click to withdraw invitation sent to ${n}`,
    follow: (n) => `Follow ${n}`,
    message: 'Message',
    emberMessage: (n) => `Message ${n}`,
    more: 'More',
  },
  fr: {
    invite: (n) => `Inviter ${n} à rejoindre votre réseau`,
    pending: (n) => `En attente, cliquez pour retirer l’invitation envoyée à ${n}`,
    follow: (n) => `Suivre ${n}`,
    message: 'Message',
    emberMessage: (n) => `Envoyer un message à ${n}`,
    more: 'Plus',
    dialog: { send: 'Envoyer sans note', addNote: 'Ajouter une note', addNoteKnown: true, dismiss: 'Ignorer' },
  },
  de: {
    invite: (n) => `${n} als Kontakt einladen`,
    pending: (n) => `Ausstehend, klicken, um die an ${n} gesendete Einladung zurückzuziehen`,
    follow: (n) => `Folgen ${n}`,
    message: 'Nachricht',
    emberMessage: (n) => `Nachricht an ${n} senden`,
    more: 'Mehr',
    dialog: { send: 'Ohne Notiz senden', addNote: 'Notiz hinzufügen', addNoteKnown: false, dismiss: 'Verwerfen' },
  },
  es: {
    invite: (n) => `Invitar a ${n} a conectar`,
    pending: (n) => `Pendiente, haz clic para retirar la invitación enviada a ${n}`,
    follow: (n) => `Seguir a ${n}`,
    message: 'Mensaje',
    emberMessage: (n) => `Enviar mensaje a ${n}`,
    more: 'Más',
    dialog: { send: 'Enviar sin nota', addNote: 'Añadir una nota', addNoteKnown: false, dismiss: 'Descartar' },
  },
  'pt-BR': {
    invite: (n) => `Convidar ${n} para se conectar`,
    pending: (n) => `Pendente, clique para retirar o convite enviado para ${n}`,
    follow: (n) => `Seguir ${n}`,
    message: 'Mensagem',
    emberMessage: (n) => `Enviar mensagem para ${n}`,
    more: 'Mais',
    dialog: { send: 'Enviar sem nota', addNote: 'Adicionar nota', addNoteKnown: true, dismiss: 'Fechar' },
  },
  it: {
    invite: (n) => `Invita ${n} a collegarsi`,
    pending: (n) => `In attesa, fai clic per ritirare l’invito inviato a ${n}`,
    follow: (n) => `Segui ${n}`,
    message: 'Messaggio',
    emberMessage: (n) => `Invia messaggio a ${n}`,
    more: 'Altro',
    dialog: { send: 'Invia senza nota', addNote: 'Aggiungi una nota', addNoteKnown: false, dismiss: 'Ignora' },
  },
  nl: {
    invite: (n) => `Connectieverzoek verzenden naar ${n}`,
    pending: (n) => `Uitnodiging verzonden, klik om de uitnodiging aan ${n} in te trekken`,
    follow: (n) => `Volgen ${n}`,
    message: 'Bericht',
    emberMessage: (n) => `Bericht aan ${n}`,
    more: 'Meer',
    dialog: { send: 'Verzenden zonder notitie', addNote: 'Notitie toevoegen', addNoteKnown: false, dismiss: 'Sluiten' },
  },
  pl: {
    invite: (n) => `Zaproś użytkownika ${n} do nawiązania kontaktu`,
    pending: (n) => `W toku; kliknij, aby wycofać zaproszenie wysłane do użytkownika ${n}`,
    follow: (n) => `Obserwuj użytkownika ${n}`,
    message: 'Wiadomość',
    emberMessage: (n) => `Wyślij wiadomość do użytkownika ${n}`,
    more: 'Więcej',
  },
};
type Pair = [string, string];
type Cast = [Pair, Pair, Pair, Pair, Pair, Pair, Pair]; // A connect target, B second/side panel, M mutual, P pending, Q message, F follow, O profile owner
const LI_CAST: Record<string, Cast> = {
  en: [
    ['Harriet Vance', 'harriet-vance-4'],
    ['Colin Mercer', 'colin-mercer'],
    ['Priya Nair', 'priya-nair-12'],
    ['Owen Leslie', 'owen-leslie'],
    ['Ruth Calder', 'ruth-calder-3'],
    ['Miles Thorne', 'miles-thorne'],
    ['Imogen Price', 'imogen-price-8'],
  ],
  fr: [
    ['Élodie Garnier', 'elodie-garnier-7'],
    ['Hugo Lefèvre', 'hugo-lefevre-3'],
    ['Paul Roux', 'paul-roux'],
    ['Thomas Girard', 'thomas-girard-2'],
    ['Claire Fontaine', 'claire-fontaine'],
    ['Julien Mercier', 'julien-mercier-9'],
    ['Sophie Lambert', 'sophie-lambert-44'],
  ],
  de: [
    ['Katrin Vogel', 'katrin-vogel-5'],
    ['Felix Braun', 'felix-braun'],
    ['Tobias Lang', 'tobias-lang-1'],
    ['Miriam Schulz', 'miriam-schulz'],
    ['Jan Krüger', 'jan-krueger-7'],
    ['Sabine Wolf', 'sabine-wolf-3'],
    ['Lukas Hartmann', 'lukas-hartmann-21'],
  ],
  es: [
    ['Carmen Navarro', 'carmen-navarro-8'],
    ['Pablo Moreno', 'pablo-moreno-2'],
    ['Javier Gil', 'javier-gil'],
    ['Marta Serrano', 'marta-serrano-6'],
    ['Andrés Vidal', 'andres-vidal'],
    ['Elena Castro', 'elena-castro-4'],
    ['Sergio Ortega', 'sergio-ortega-15'],
  ],
  'pt-BR': [
    ['Beatriz Carvalho', 'beatriz-carvalho-3'],
    ['Thiago Ribeiro', 'thiago-ribeiro'],
    ['Lucas Pereira', 'lucas-pereira-9'],
    ['Fernanda Alves', 'fernanda-alves-2'],
    ['Gustavo Rocha', 'gustavo-rocha'],
    ['Juliana Costa', 'juliana-costa-5'],
    ['Camila Duarte', 'camila-duarte-11'],
  ],
  it: [
    ['Francesca Conti', 'francesca-conti-6'],
    ['Luca Ferrari', 'luca-ferrari'],
    ['Paolo Ricci', 'paolo-ricci-3'],
    ['Sara Galli', 'sara-galli'],
    ['Matteo Greco', 'matteo-greco-8'],
    ['Elisa Marino', 'elisa-marino'],
    ['Davide Esposito', 'davide-esposito-17'],
  ],
  nl: [
    ['Lotte Bakker', 'lotte-bakker-2'],
    ['Daan Visser', 'daan-visser'],
    ['Ruben Smit', 'ruben-smit-5'],
    ['Eva de Boer', 'eva-de-boer'],
    ['Thijs Mulder', 'thijs-mulder-4'],
    ['Iris Dekker', 'iris-dekker'],
    ['Joost van Dijk', 'joost-van-dijk-9'],
  ],
  pl: [
    ['Magdalena Wójcik', 'magdalena-wojcik-3'],
    ['Tomasz Kamiński', 'tomasz-kaminski'],
    ['Łukasz Nowak', 'lukasz-nowak-2'],
    ['Agnieszka Lewandowska', 'agnieszka-lewandowska'],
    ['Paweł Zając', 'pawel-zajac-6'],
    ['Ewa Dąbrowska', 'ewa-dabrowska'],
    ['Marek Szymański', 'marek-szymanski-14'],
  ],
};

const LI_LANGS = ['en', 'fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'pl'] as const;
const linkedin: [string, string, Case][] = [];
for (const lang of LI_LANGS) {
  const w = LI[lang]!;
  const [[A, As], [B, Bs], , [P], [Q], [F], [O, Os]] = LI_CAST[lang]!;
  if (lang !== 'pl')
    linkedin.push([
      'people search (2026 SDUI)',
      lang,
      {
        file: `linkedin/search-sdui-2026-${lang}.html`,
        hits: [[`a[href*="search-custom-invite"]${label(w.invite(A!))}`, slug(As!, A!)]],
        negatives: [
          `a${label(w.pending(P!))}`,
          `button${label(w.follow(F!))}`,
          'a[href*="/messaging/compose/"][href*="screenContext=SEARCH"]',
        ],
      },
    ]);
  if (lang !== 'en')
    linkedin.push([
      'people search (Ember entity-result)',
      lang,
      {
        file: `linkedin/search-ember-2024-${lang}.html`,
        hits: [[`.entity-result__actions button${label(w.invite(A!))}`, slug(As!, A!)]],
        negatives: [
          `button${label(w.pending(P!))}`,
          `button${label(w.follow(F!))}`,
          `button${label(w.emberMessage(Q!))}`,
          '.entity-result a.app-aware-link',
        ],
      },
    ]);
  if (lang !== 'pl')
    linkedin.push([
      'My Network grow cards',
      lang,
      {
        file: `linkedin/mynetwork-sdui-2026-${lang}.html`,
        hits: [
          [`button${label(w.invite(A!))}`, slug(As!, A!)],
          [`button${label(w.invite(B!))}`, slug(Bs!, B!)],
        ],
        negatives: [
          `button${label(w.pending(P!))}`,
          `button${label(w.follow(F!))}`,
          'a[href*="/messaging/compose/"]',
          'button[aria-label="×"]',
        ],
      },
    ]);
  if (lang !== 'en') {
    linkedin.push([
      '2026 More-menu popover item',
      lang,
      {
        file: `linkedin/profile-sdui-2026-more-${lang}.html`,
        hits: [
          [`[role="menu"] a[role="menuitem"][href^="/preload/custom-invite/"]`, slug(Os!, O!)],
          [`aside button${label(w.invite(B!))}`, slug(Bs!, B!)],
        ],
        negatives: [
          `section button${label(w.follow(O!))}`,
          'section a[href*="/messaging/compose/"]',
          `button${label(w.more)}`,
          '[role="menu"] a[href*="body="]',
          '[role="menu"] div[role="menuitem"]',
          '[role="menu"] a[href*="report"]',
          `aside a${label(w.pending(P!))}`,
          `aside button${label(w.follow(F!))}`,
          `aside button${label(w.message)}`,
        ],
      },
    ]);
  }
  if (w.dialog) {
    const d = w.dialog;
    linkedin.push([
      'invitation dialog (/preload/custom-invite/ route)',
      lang,
      {
        file: `linkedin/invite-route-2026-${lang}.html`,
        hits: [
          [`button${label(d.send)}`, slug(As!, A!)],
          ...(d.addNoteKnown ? ([[`button${label(d.addNote)}`, slug(As!, A!)]] as [string, Person][]) : []),
        ],
        negatives: [`button${label(d.dismiss)}`],
      },
    ]);
  }
}

// ---------- Facebook ----------
interface FbWords {
  add?: string;
  short?: string;
  message: string;
  follow: string;
  cancel: string;
}
const FB: Record<string, FbWords> = {
  en: { add: 'Add friend', message: 'Message', follow: 'Follow', cancel: 'Cancel request' },
  fr: {
    add: 'Ajouter ami(e)',
    short: 'Ajouter',
    message: 'Envoyer un message',
    follow: 'Suivre',
    cancel: 'Annuler la demande',
  },
  de: { add: 'Freund/in hinzufügen', message: 'Nachricht senden', follow: 'Abonnieren', cancel: 'Anfrage abbrechen' },
  es: {
    add: 'Añadir como amigo(a)',
    short: 'Añadir',
    message: 'Enviar mensaje',
    follow: 'Seguir',
    cancel: 'Cancelar solicitud',
  },
  'pt-BR': { add: 'Adicionar amigo', message: 'Enviar mensagem', follow: 'Seguir', cancel: 'Cancelar solicitação' },
  it: { short: 'Aggiungi', message: 'Invia messaggio', follow: 'Segui', cancel: 'Annulla richiesta' },
  pl: { add: 'Dodaj do znajomych', message: 'Wyślij wiadomość', follow: 'Obserwuj', cancel: 'Anuluj zaproszenie' },
};
// A add (username), B add (numeric id), O profile owner, K another person on the profile page (numeric id)
const FB_CAST: Record<
  string,
  { A: [string, string]; B: [string, string]; O?: [string, string]; K?: [string, string] }
> = {
  en: { A: ['Manon Dubois', 'manon.dubois.3'], B: ['Léa Martin', '100077700101'] },
  fr: { A: ['Manon Dubois', 'manon.dubois.3'], B: ['Léa Martin', '100077700101'] },
  de: {
    A: ['Anna Schmitt', 'anna.schmitt.7'],
    B: ['Paul Neumann', '100077700201'],
    O: ['Sebastian Richter', 'sebastian.richter.4'],
    K: ['Hannah Meyer', '100077700202'],
  },
  es: {
    A: ['Lucía Martín', 'lucia.martin.5'],
    B: ['Álvaro Sanz', '100077700301'],
    O: ['Raúl Jiménez', 'raul.jimenez.8'],
    K: ['Nuria Blanco', '100077700302'],
  },
  'pt-BR': {
    A: ['Larissa Santos', 'larissa.santos.6'],
    B: ['Rodrigo Melo', '100077700401'],
    O: ['Vinícius Barros', 'vinicius.barros.2'],
    K: ['Aline Freitas', '100077700402'],
  },
  it: { A: ['Giorgia Rinaldi', 'giorgia.rinaldi.4'], B: ['Simone Barbieri', '100077700501'] },
  pl: {
    A: ['Katarzyna Mazur', 'katarzyna.mazur.2'],
    B: ['Michał Krawczyk', '100077700601'],
    O: ['Piotr Zieliński', 'piotr.zielinski.5'],
    K: ['Julia Kaczmarek', '100077700602'],
  },
};
const facebook: [string, string, Case][] = [];
for (const lang of ['en', 'fr', 'de', 'es', 'pt-BR', 'it', 'pl'] as const) {
  const w = FB[lang]!;
  const c = FB_CAST[lang]!;
  const first = w.add ?? w.short!;
  const second = w.short ?? w.add!;
  const rest = [
    `[role="article"] ${label(w.message)}`,
    `[role="article"] ${label(w.follow)}`,
    `[role="article"] ${label(w.cancel)}`,
  ];
  facebook.push([
    'search results',
    lang,
    {
      file: `facebook/search-${lang}.html`,
      hits: [
        [`[role="article"]:nth-child(1) ${label(first)}`, fbUser(c.A[1], c.A[0])],
        [`[role="article"]:nth-child(2) ${label(second)}`, fbId(c.B[1], c.B[0])],
      ],
      negatives: rest,
    },
  ]);
  if (c.O && c.K && w.add)
    facebook.push([
      'profile header',
      lang,
      {
        file: `facebook/profile-${lang}.html`,
        hits: [
          [`[data-pagelet="ProfileActions"] ${label(w.add)}`, fbUser(c.O[1], c.O[0])],
          [`[data-pagelet="ProfileTilesFeed_1"] ${label(w.add)}`, fbId(c.K[1], c.K[0])],
        ],
        negatives: [
          `[data-pagelet="ProfileActions"] ${label(w.message)}`,
          `[data-pagelet="ProfileActions"] ${label(w.follow)}`,
          '[data-pagelet="ProfileActions"] [aria-haspopup="menu"]',
          'h1',
          '[data-pagelet="ProfileTimeline"] p',
        ],
      },
    ]);
}

// ---------- the checks ----------
const CONTROLS = 'a[href], button, [role="button"], [role="menuitem"], [data-mcomponent="MContainer"][data-action-id]';

/** Where a pointer lands on a control: its innermost element that carries text (or the overlay). */
function innermost(control: Element): Element {
  const overlay = control.querySelector('[data-visualcompletion="ignore"]');
  if (overlay) return overlay;
  const leaves = [...control.querySelectorAll('*')].filter(
    (e) => e.children.length === 0 && (e.textContent ?? '').trim(),
  );
  return leaves[0] ?? control;
}

function run(site: 'linkedin' | 'facebook', recognise: Recogniser, cases: [string, string, Case][]) {
  describe.each(cases)(`${site} %s — %s`, (_context, _lang, c) => {
    const f = readFixture(c.file);
    const setup = () => {
      const doc = mount(f);
      return { doc, page: { url: f.url, document: doc } };
    };

    it.each(c.hits)('recognises %s with the person from the control or its card', (selector, person) => {
      const { doc, page } = setup();
      const control = doc.querySelector(selector);
      expect(control, `${c.file}: ${selector}`).not.toBeNull();
      for (const target of [control!, innermost(control!)]) {
        const hit = recognise(target, page);
        expect(hit?.control, selector).toBe(control);
        expect(hit?.person, selector).toEqual(person);
      }
    });

    it('recognises none of the negatives in the same page (each is present)', () => {
      const { doc, page } = setup();
      for (const selector of c.negatives) {
        const el = doc.querySelector(selector);
        expect(el, `${c.file}: ${selector}`).not.toBeNull();
        expect(recognise(el!, page), selector).toBeUndefined();
        expect(recognise(innermost(el!), page), `${selector} (inner)`).toBeUndefined();
      }
    });

    it('recognises no other control in the page', () => {
      const { doc, page } = setup();
      const hits = new Set(c.hits.map(([s]) => doc.querySelector(s)));
      const stray = [...doc.querySelectorAll(CONTROLS)]
        .filter((el) => !hits.has(el) && recognise(el, page))
        .map((el) => el.getAttribute('aria-label') ?? el.getAttribute('href') ?? el.textContent);
      expect(stray).toEqual([]);
    });
  });
}

run('linkedin', recogniseConnect, linkedin);
run('facebook', recogniseAddFriend, facebook);

describe('the matrix', () => {
  it('covers every LinkedIn context in all eight languages', () => {
    const matrix = new Map<string, Set<string>>();
    for (const [context, lang] of linkedin) {
      const key = context.replace(/ \(.*\)$/, '');
      matrix.set(key, (matrix.get(key) ?? new Set()).add(lang));
    }
    expect(matrix.get('people search')?.size).toBe(8);
    expect(matrix.get('My Network grow cards')?.size).toBe(7); // pl: mynetwork-sdui-2026-pl.html (sites/linkedin/connect.test.ts)
    expect(matrix.get('2026 More-menu popover item')?.size).toBe(7); // en: profile-sdui-2026-more-en.html (sites/linkedin/connect.test.ts)
    expect(matrix.get('invitation dialog')?.size).toBe(6); // en route, pl shadow root: sites/linkedin/connect.test.ts
  });
});
