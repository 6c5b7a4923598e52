// @vitest-environment happy-dom
// Facebook recogniser against the saved-structure fixtures, per context and UI language.
import { describe, expect, it } from 'vitest';
import { recogniseAddFriend } from '../../../../src/sites/facebook/addFriend.ts';
import { FACEBOOK_LANGUAGES, isAddFriend, isConfirm } from '../../../../src/sites/facebook/labels.ts';
import { mount, readFixture } from '../../support/fixtures.ts';

function at(fixture: string, selector: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recogniseAddFriend(target, { url: f.url, document: doc });
}

const id = (value: string) => ({ site: 'facebook', kind: 'id', value });
const user = (value: string) => ({ site: 'facebook', kind: 'username', value });

describe('Facebook: the label table', () => {
  it('has a row for every language of the issue the site offers wording for (nl: none found)', () => {
    expect(FACEBOOK_LANGUAGES.map((l) => l.lang)).toEqual([
      'en',
      'fr',
      'de',
      'es',
      'es-419',
      'pt-BR',
      'pt-PT',
      'it',
      'pl',
    ]);
  });

  it('folds whitespace and the mobile site’s leading "+" glyphs, and is exact otherwise', () => {
    expect(isAddFriend('  + Add friend ')).toBe(true);
    expect(isAddFriend('＋ Dodaj do znajomych')).toBe(true);
    expect(isAddFriend('Add friends to this group')).toBe(false);
    expect(isAddFriend('Cancel request')).toBe(false);
    expect(isConfirm('Confirm request')).toBe(true);
    expect(isConfirm('Confirm your RSVP')).toBe(false);
  });
});

describe.each([
  ['fr', user('elodiegarnier7'), 'Élodie Garnier'],
  ['de', id('100055510002'), 'Felix Wagner'],
  ['es', user('pablomoreno3'), 'Pablo Moreno'],
  ['es-419', user('valentinarojas22'), 'Valentina Rojas'],
  ['pt-BR', id('100055510005'), 'Beatriz Alves'],
  ['pt-PT', user('tiagocosta9'), 'Tiago Costa'],
  ['it', user('chiaragreco4'), 'Chiara Greco'],
  ['pl', user('zofiakowalczyk1'), 'Zofia Kowalczyk'],
])('Facebook suggestions in %s', (lang, identity, name) => {
  const fixture = `facebook/suggestions-${lang}.html`;

  it('recognises the localized Add friend (click on its overlay) and takes the person from the card', () => {
    const hit = at(fixture, '[role="button"]:not([aria-label="×"]) [data-visualcompletion="ignore"]');
    expect(hit).toMatchObject({ kind: 'add-friend', person: { site: 'facebook', identity, name } });
  });

  it('ignores the card’s other button and its link', () => {
    expect(at(fixture, '[aria-label="×"] span')).toBeUndefined();
    expect(at(fixture, 'a[role="link"] span')).toBeUndefined();
  });
});

describe('Facebook profile header', () => {
  it('/<username>: the header Add friend is the profile (existing fixture)', () => {
    const hit = at(
      'facebook/profile-comet.html',
      '[data-pagelet="ProfileActions"] [aria-label="Add friend"] [data-visualcompletion="ignore"]',
    );
    expect(hit?.person).toEqual({ site: 'facebook', identity: user('morganreyes'), name: 'Morgan Reyes' });
  });

  it('/profile.php?id= in French: the header "Ajouter ami(e)" is the profile by numeric id', () => {
    const hit = at('facebook/profile-numeric-fr.html', '[aria-label="Ajouter ami(e)"] i');
    expect(hit?.person).toEqual({ site: 'facebook', identity: id('100088812345'), name: 'Inès Moreau' });
    expect(at('facebook/profile-numeric-fr.html', '[aria-label="Message"] span')).toBeUndefined();
    expect(at('facebook/profile-numeric-fr.html', '[data-pagelet="ProfileTimeline"] p')).toBeUndefined();
  });
});

describe('Facebook search results and feed', () => {
  it('search (es-419): two people with one name are told apart by their links', () => {
    const f = readFixture('facebook/search-es-419.html');
    const doc = mount(f);
    const [first, second] = [...doc.querySelectorAll('[aria-label="Agregar a amigos"] span span')];
    const page = { url: f.url, document: doc };
    expect(recogniseAddFriend(first!, page)?.person).toEqual({
      site: 'facebook',
      identity: user('mateorojas1'),
      name: 'Mateo Rojas',
    });
    expect(recogniseAddFriend(second!, page)?.person).toEqual({
      site: 'facebook',
      identity: id('100066600009'),
      name: 'Mateo Rojas',
    });
  });

  it('search (es-419): the other wording "Agregar amigo" too', () => {
    expect(at('facebook/search-es-419.html', '[aria-label="Agregar amigo"] span')?.person).toEqual({
      site: 'facebook',
      identity: user('camilaortiz5'),
      name: 'Camila Ortiz',
    });
  });

  it('feed PYMK carousel: each card’s own link (username and /people/Name/id/ forms)', () => {
    expect(at('facebook/feed-en.html', '[data-type="hscroll-child"] [aria-label="Add friend"] span')?.person).toEqual({
      site: 'facebook',
      identity: user('jordanblake12'),
      name: 'Jordan Blake',
    });
    expect(
      at('facebook/feed-en.html', '[data-type="hscroll-child"]:nth-of-type(2) [aria-label="Add friend"]')?.person
        .identity,
    ).toEqual(id('100099900077'));
  });
});

describe('Facebook accepting a request (Confirm)', () => {
  it('right rail: the sender comes from the request link, not the mutual friend’s avatar', () => {
    const hit = at('facebook/feed-en.html', '[role="complementary"] [aria-label="Confirm"]');
    expect(hit).toMatchObject({ kind: 'add-friend', person: { identity: id('100099900002'), name: 'Avery Lund' } });
    expect(at('facebook/feed-en.html', '[role="complementary"] [aria-label="Delete"]')).toBeUndefined();
  });

  it('requests page card', () => {
    expect(at('facebook/requests-en.html', '[aria-label="Confirm"]')?.person).toEqual({
      site: 'facebook',
      identity: id('100099900001'),
      name: 'Riley Chen',
    });
  });

  it('profile "Respond" → "Confirm" menu item is the profile', () => {
    const hit = at('facebook/profile-respond-en.html', '[role="menuitem"] span');
    expect(hit?.person).toEqual({ site: 'facebook', identity: user('taylorbrooks5'), name: 'Taylor Brooks' });
    expect(at('facebook/profile-respond-en.html', '[role="menuitem"][tabindex="-1"]')).toBeUndefined();
    expect(at('facebook/profile-respond-en.html', '[aria-label="Respond"]')).toBeUndefined();
  });
});

describe('Facebook mobile sites', () => {
  it('touch m.facebook.com: the profile_add_friend.php link names the person by subjectid', () => {
    const hit = at('facebook/m-touch-en.html', 'a[href*="profile_add_friend.php"] span');
    expect(hit?.person.identity).toEqual(id('100044400001'));
    for (const other of ['a[href^="/messages/"]', 'a[href*="subscribe.php"]'])
      expect(at('facebook/m-touch-en.html', other)).toBeUndefined();
  });

  it('mbasic: the add-friend link in #objects_container', () => {
    expect(at('facebook/mbasic-en.html', 'a[href*="add_friend.php"]')?.person.identity).toEqual(id('100044400002'));
    expect(at('facebook/mbasic-en.html', 'a[href*="/mbasic/more/"]')).toBeUndefined();
  });

  it('mbasic people list: add_friend.php?id= names the row’s person; its profile link gives the name', () => {
    expect(at('facebook/mbasic-reactions-en.html', 'a[href*="add_friend.php"]')?.person).toEqual({
      site: 'facebook',
      identity: id('100033300001'),
      name: 'Blair Nolan',
    });
    expect(at('facebook/mbasic-reactions-en.html', 'a[href^="/messages/"]')).toBeUndefined();
    expect(at('facebook/mbasic-reactions-en.html', 'strong')).toBeUndefined();
  });

  it('lite renderer: the first "+ Add friend" container on a profile is the profile’s own, by its text', () => {
    const hit = at('facebook/m-lite-en.html', '[data-action-id="32801"] .native-text:last-child');
    expect(hit?.person).toEqual({ site: 'facebook', identity: user('sashalindqvist'), name: 'Sasha Lindqvist' });
  });

  it('lite renderer: a later suggestion’s Add friend exposes no profile link, so it names nobody', () => {
    const hit = at('facebook/m-lite-en.html', '[data-action-id="32811"]');
    expect(hit?.kind).toBe('add-friend');
    expect(hit?.person.identity).toBeUndefined();
  });

  it('lite renderer: Message and a person row are not requests', () => {
    expect(at('facebook/m-lite-en.html', '[data-action-id="32802"]')).toBeUndefined();
    expect(at('facebook/m-lite-en.html', '[data-action-id="32810"] span')).toBeUndefined();
  });
});

describe('Facebook negatives', () => {
  it.each([
    'p',
    '[aria-label="Cancel request"] span',
    '[aria-label="Message"]',
    '[aria-label="Follow"]',
    '[aria-label="Ajouter"]',
    '[role="dialog"] [aria-label="Confirm"] span',
    '[role="dialog"] [aria-label="Cancel"]',
  ])('group page: ignores %s', (selector) => {
    expect(at('facebook/negative-feed-en.html', selector)).toBeUndefined();
  });
});
