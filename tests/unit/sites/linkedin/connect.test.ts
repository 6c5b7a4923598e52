// @vitest-environment happy-dom
// LinkedIn recogniser against the saved-structure fixtures, per context and UI language:
// who is behind each control, and that controls which are not requests are never recognised.
import { describe, expect, it } from 'vitest';
import { recogniseConnect } from '../../../../src/sites/linkedin/connect.ts';
import { LINKEDIN_LANGUAGES, nameInInviteLabel } from '../../../../src/sites/linkedin/labels.ts';
import { mount, readFixture } from '../../support/fixtures.ts';

/** Mounts a fixture (declarative open shadow roots attached, as the browser's parser does). */
function load(fixture: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  for (const template of [...doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement!;
    const root = host.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    template.remove();
  }
  return { doc, page: { url: f.url, document: doc } };
}

function at(fixture: string, selector: string, inShadowOf?: string) {
  const { doc, page } = load(fixture);
  const scope: ParentNode = inShadowOf ? doc.querySelector(inShadowOf)!.shadowRoot! : doc;
  const target = scope.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recogniseConnect(target, page);
}

const slug = (value: string) => ({ site: 'linkedin', kind: 'slug', value });

describe('LinkedIn: the label table', () => {
  it.each([
    ['en', 'Invite Dana Whitfield to connect', 'Dana Whitfield'],
    ['fr', 'Inviter Camille Laurent à rejoindre votre réseau', 'Camille Laurent'],
    ['fr', 'Invitez Camille Laurent à rejoindre votre réseau', 'Camille Laurent'],
    ['fr', 'Se mettre en relation avec Camille Laurent', 'Camille Laurent'],
    ['it', 'Invitare Giulia Romano a collegarti', 'Giulia Romano'],
    ['de', 'Jonas Becker als Kontakt einladen', 'Jonas Becker'],
    ['es', 'Invitar a Lucía Fernández a conectar', 'Lucía Fernández'],
    ['pt-BR', 'Convidar Ana Souza para se conectar', 'Ana Souza'],
    ['it', 'Invita Giulia Romano a collegarsi', 'Giulia Romano'],
    ['nl', 'Connectieverzoek verzenden naar Sanne de Vries', 'Sanne de Vries'],
    ['pl', 'Zaproś użytkownika Szymon Nędza do nawiązania kontaktu', 'Szymon Nędza'],
  ])('%s: reads the name out of "%s"', (_lang, label, name) => {
    expect(nameInInviteLabel(label)).toBe(name);
  });

  it('covers the eight languages of the issue', () => {
    expect(LINKEDIN_LANGUAGES.map((l) => l.lang)).toEqual(['en', 'fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'pl']);
  });

  it.each([
    'Pending, click to withdraw invitation sent to Dana Whitfield',
    'Follow Dana Whitfield',
    'Message Dana Whitfield',
    'Connect',
  ])('finds no name in "%s"', (label) => {
    expect(nameInInviteLabel(label)).toBeUndefined();
  });
});

const languages = [
  ['fr', 'camille-laurent-3f2', 'Camille Laurent', 'hugo-marchand', 'Hugo Marchand'],
  ['de', 'jonas-becker-88', 'Jonas Becker', 'lea-hoffmann-2', 'Lea Hoffmann'],
  ['es', 'lucia-fernandez-b1', 'Lucía Fernández', 'diego-ruiz-5', 'Diego Ruiz'],
  ['pt-BR', 'ana-souza-9c', 'Ana Souza', 'rafael-lima-77', 'Rafael Lima'],
  ['it', 'giulia-romano-4', 'Giulia Romano', 'marco-bianchi-12', 'Marco Bianchi'],
  ['nl', 'sanne-de-vries', 'Sanne de Vries', 'bram-jansen-3', 'Bram Jansen'],
] as const;

describe.each([
  ...languages.map(([lang, owner, name]) => [lang, owner, name] as const),
  ['pl', 'szymon-nędza-31a654250', 'Szymon Nędza'] as const,
])('LinkedIn 2026 profile in %s', (lang, owner, ownerName) => {
  const fixture = `linkedin/profile-sdui-2026-${lang}.html`;

  it('recognises the top-card Connect (click on its inner text) as the profile owner, name from the label', () => {
    const hit = at(fixture, 'section[componentkey$="Topcard"] a[href*="custom-invite"] span span');
    expect(hit).toMatchObject({
      kind: 'connect',
      person: { site: 'linkedin', identity: slug(owner), name: ownerName },
    });
  });

  it.each([
    'button[aria-expanded]',
    'svg#add-small',
    'a[href^="/messaging/"] span',
    'section[componentkey$="Topcard"] h2',
    'p',
  ])('ignores %s (More, Follow by its icon, Message, the name, page text)', (selector) => {
    expect(at(fixture, selector)).toBeUndefined();
  });
});

describe.each(languages)('LinkedIn 2026 side panel in %s', (lang, _owner, _name, other, otherName) => {
  it('takes another person’s Connect from its own card and label, not from the page URL', () => {
    const hit = at(`linkedin/profile-sdui-2026-${lang}.html`, 'aside button span span');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug(other), name: otherName });
  });
});

describe('LinkedIn: a UI language missing from the table (Swedish)', () => {
  const fixture = 'linkedin/profile-sdui-2026-sv.html';

  it('still recognises the top-card Connect by its invite href; the name comes from the page', () => {
    const hit = at(fixture, 'section[componentkey$="Topcard"] a[href*="custom-invite"]');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('elin-nilsson-6'), name: 'Elin Nilsson' });
  });

  it('still recognises a side-panel Connect by its icon; identity and name come from the card', () => {
    const hit = at(fixture, 'aside button');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('oskar-berg'), name: 'Oskar Berg' });
  });
});

describe('LinkedIn More menu', () => {
  it('2026: the lazily rendered portal item (after More) names the person by vanityName and label', () => {
    const { doc, page } = load('linkedin/profile-sdui-2026-more-en.html');
    expect(recogniseConnect(doc.querySelector('#more')!, page)).toBeUndefined();
    // What LinkedIn does on the More click: render the menu into a portal at the end of <body>.
    doc.body.append((doc.getElementById('more-menu') as HTMLTemplateElement).content.cloneNode(true));
    const hit = recogniseConnect(doc.querySelector('[role="menu"] a[href*="custom-invite"] p')!, page);
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('nora-quinlan'), name: 'Nora Quinlan' });
    for (const other of [
      '[role="menu"] a[href^="/messaging/"] p',
      '[role="menu"] div[role="menuitem"] p',
      '[role="menu"] a[href*="report"]',
    ]) {
      expect(recogniseConnect(doc.querySelector(other)!, page), other).toBeUndefined();
    }
  });

  it('2024–25 Ember (French): the dropdown item is the page profile, by its label', () => {
    const hit = at('linkedin/profile-ember-2024-more-fr.html', '.artdeco-dropdown__item[aria-label^="Inviter"] span');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('margaux-petit-21'), name: 'Margaux Petit' });
    expect(
      at('linkedin/profile-ember-2024-more-fr.html', '.artdeco-dropdown__item[aria-label^="Enregistrer"]'),
    ).toBeUndefined();
    expect(at('linkedin/profile-ember-2024-more-fr.html', 'button[aria-label^="Suivre"]')).toBeUndefined();
  });

  it('2022: the item without aria-label is known by its li-icon and hidden a11y text', () => {
    const hit = at('linkedin/profile-2022-more-en.html', '#ember196 span[aria-hidden]');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('owen-barlow'), name: 'Owen Barlow' });
    expect(at('linkedin/profile-2022-more-en.html', '[data-control-name="report"]')).toBeUndefined();
    expect(at('linkedin/profile-2022-more-en.html', 'button[aria-label^="Follow"]')).toBeUndefined();
  });
});

describe('LinkedIn search results', () => {
  it('Ember entity-result: the card owner, not the mutual connection', () => {
    const hit = at('linkedin/search-ember-2022-en.html', 'button[aria-label="Invite Tess Okafor to connect"] span');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('tess-okafor'), name: 'Tess Okafor' });
  });

  it.each([
    'button[aria-label^="Pending"]',
    'button[aria-label^="Message"]',
    '.entity-result a[href*="headless"]',
    'a.app-aware-link span',
  ])('Ember: ignores %s', (selector) => {
    expect(at('linkedin/search-ember-2022-en.html', selector)).toBeUndefined();
  });

  it('2026 SDUI: the search-custom-invite link (Polish) names the card owner', () => {
    const hit = at('linkedin/search-sdui-2026-pl.html', 'a[href*="search-custom-invite"] span span');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('gabriel-griffin-7a1'), name: 'Gabriel Griffin' });
  });

  it('2026 SDUI: a click on the card-wide profile link that contains the Connect is not a Connect', () => {
    const { doc, page } = load('linkedin/search-sdui-2026-pl.html');
    // The live page nests the Connect <a> inside the card-wide <a> (script-built DOM, docs/dom-catalog.md §3).
    const card = doc.querySelector<HTMLAnchorElement>('a[href="https://www.linkedin.com/in/gabriel-griffin-7a1/"]')!;
    card.append(doc.querySelector('a[href*="search-custom-invite"]')!);
    expect(recogniseConnect(card.querySelector('img')!, page)).toBeUndefined();
    expect(
      recogniseConnect(card.querySelector('a[href*="search-custom-invite"] span')!, page)?.person.identity,
    ).toEqual(slug('gabriel-griffin-7a1'));
  });
});

describe('LinkedIn My Network (grow, Polish)', () => {
  it('the Connect <button> beside the profile link names that card’s person', () => {
    const hit = at('linkedin/mynetwork-sdui-2026-pl.html', 'button[aria-label*="Kinga"] span span');
    expect(hit?.person).toEqual({ site: 'linkedin', identity: slug('kinga-zielinska-5'), name: 'Kinga Zielińska' });
    const second = at('linkedin/mynetwork-sdui-2026-pl.html', 'button[aria-label*="Piotr"]');
    expect(second?.person.identity).toEqual(slug('piotr-wrobel-81'));
  });

  it('ignores the dismiss button', () => {
    expect(at('linkedin/mynetwork-sdui-2026-pl.html', 'button[aria-label^="Usuń"]')).toBeUndefined();
  });
});

describe('LinkedIn invitation dialog (second safety net)', () => {
  it('on the /preload/custom-invite/ route: "Send without a note" and "Add a note", person from route and <strong>', () => {
    for (const selector of ['button[aria-label="Send without a note"] span', 'button[aria-label="Add a note"]']) {
      const hit = at('linkedin/invite-route-2026-en.html', selector);
      expect(hit?.person, selector).toEqual({ site: 'linkedin', identity: slug('nora-quinlan'), name: 'Nora Quinlan' });
    }
    expect(at('linkedin/invite-route-2026-en.html', 'button[aria-label="Dismiss"]')).toBeUndefined();
  });

  it('the note step: "Send" (primary) is recognised, "Cancel adding a note" is not', () => {
    const { doc, page } = load('linkedin/invite-route-2026-en.html');
    const bar = doc.querySelector('.artdeco-modal__actionbar')!;
    const cancel = doc.createElement('button');
    cancel.setAttribute('aria-label', 'Cancel adding a note');
    cancel.className = 'artdeco-button artdeco-button--secondary';
    const send = doc.createElement('button');
    send.setAttribute('aria-label', 'Send invitation');
    send.className = 'artdeco-button artdeco-button--primary';
    send.textContent = 'Send';
    bar.replaceChildren(cancel, send);
    expect(recogniseConnect(send, page)?.person.name).toBe('Nora Quinlan');
    expect(recogniseConnect(cancel, page)).toBeUndefined();
  });

  it('on search pages, inside the open shadow root of #interop-outlet (Polish): name from <strong> only', () => {
    const hit = at(
      'linkedin/search-sdui-2026-shadow-pl.html',
      'button[aria-label="Wyślij bez notatki"] span',
      '#interop-outlet',
    );
    expect(hit?.person).toEqual({ site: 'linkedin', identity: undefined, name: 'Kinga Zielińska' });
    expect(
      at('linkedin/search-sdui-2026-shadow-pl.html', 'button[aria-label="Dodaj notatkę"]', '#interop-outlet')?.kind,
    ).toBe('connect');
    expect(
      at('linkedin/search-sdui-2026-shadow-pl.html', 'button[aria-label="Odrzuć"]', '#interop-outlet'),
    ).toBeUndefined();
    // The page's own unrelated <dialog> button is not the invitation's.
    expect(at('linkedin/search-sdui-2026-shadow-pl.html', 'dialog button')).toBeUndefined();
  });
});

describe('LinkedIn negatives', () => {
  it.each([
    'p',
    'button[aria-label="Follow Northwind Labs"]',
    'a[href^="/messaging/"]',
    '.calendar-sync button',
    'a[href*="/in/"]',
  ])('feed: ignores %s ("Connect" as text, an unrelated Connect widget, Follow, Message)', (selector) => {
    expect(at('linkedin/negative-feed-en.html', selector)).toBeUndefined();
  });

  it.each([
    'a[aria-label^="Pending"] span span',
    'button[aria-label^="Follow"]',
    'a[href^="/messaging/"]',
    'aside button',
  ])('profile after sending: ignores %s (Pending withdraws, it does not request)', (selector) => {
    expect(at('linkedin/negative-pending-en.html', selector)).toBeUndefined();
  });
});
