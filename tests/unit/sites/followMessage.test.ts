// @vitest-environment happy-dom
// Follow and Message (held back only when the user opts in): who is behind each control, per
// language, people versus companies, the profile's own header versus side cards — and that the
// Connect recognisers still ignore them.
import { describe, expect, it } from 'vitest';
import { recogniseAddFriend } from '../../../src/sites/facebook/addFriend.ts';
import { recogniseFollowMessage as facebook } from '../../../src/sites/facebook/followMessage.ts';
import { recogniseConnect } from '../../../src/sites/linkedin/connect.ts';
import { recogniseFollowMessage as linkedin } from '../../../src/sites/linkedin/followMessage.ts';
import { nameInFollowLabel, nameInMessageLabel } from '../../../src/sites/linkedin/labels.ts';
import type { Recogniser } from '../../../src/sites/recogniser.ts';
import { mount, readFixture } from '../support/fixtures.ts';

function at(recognise: Recogniser, fixture: string, selector: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recognise(target, { url: f.url, document: doc });
}

const slug = (value: string) => ({ site: 'linkedin', kind: 'slug', value });

describe('LinkedIn Follow/Message labels', () => {
  it.each([
    ['en', 'Follow Kate Kallot', 'Kate Kallot'],
    ['pl', 'Obserwuj użytkownika Szymon Nędza', 'Szymon Nędza'],
    ['de', 'Folgen Jonas Becker', 'Jonas Becker'],
    ['fr', 'Suivre Camille Laurent', 'Camille Laurent'],
    ['es', 'Seguir a Lucía Fernández', 'Lucía Fernández'],
    ['pt-BR', 'Seguir Ana Souza', 'Ana Souza'],
    ['it', 'Segui Giulia Romano', 'Giulia Romano'],
    ['nl', 'Volgen Sanne de Vries', 'Sanne de Vries'],
  ])('%s: reads the name out of the Follow label "%s"', (_lang, label, name) => {
    expect(nameInFollowLabel(label)).toBe(name);
  });

  it.each([
    ['en', 'Message Dana Whitfield', 'Dana Whitfield'],
    ['pl', 'Wyślij wiadomość do użytkownika Anna Kowalska', 'Anna Kowalska'],
  ])('%s: reads the name out of the Message label "%s"', (_lang, label, name) => {
    expect(nameInMessageLabel(label)).toBe(name);
  });

  it.each([
    'Obserwuj Wolt.',
    'Following',
    'Unfollow Theo Park',
    'Invite Dana Whitfield to connect',
    'Pending, click to withdraw invitation sent to Kate Ashby',
  ])('finds no person in "%s"', (label) => {
    expect(nameInFollowLabel(label)).toBeUndefined();
    expect(nameInMessageLabel(label)).toBeUndefined();
  });
});

describe('LinkedIn 2026 profile top card: Follow and Message belong to the profile', () => {
  const fixture = 'linkedin/profile-sdui-2026-follow-en.html';

  it('Follow (click on its text) is the profile owner', () => {
    expect(at(linkedin, fixture, 'button[aria-label="Follow Elena Vasquez"] span')).toMatchObject({
      kind: 'follow',
      person: { site: 'linkedin', identity: slug('elena-vasquez'), name: 'Elena Vasquez' },
    });
  });

  it('the Message compose link (no label) is the profile owner', () => {
    expect(at(linkedin, fixture, 'section[componentkey$="Topcard"] a[href*="/messaging/compose/"] span')).toMatchObject(
      {
        kind: 'message',
        person: { identity: slug('elena-vasquez'), name: 'Elena Vasquez' },
      },
    );
  });

  it('a side card’s Follow is that card’s person, not the page’s', () => {
    expect(at(linkedin, fixture, '#pav-follow button')).toMatchObject({
      kind: 'follow',
      person: { identity: slug('ravi-menon-21'), name: 'Ravi Menon' },
    });
  });

  it('a side rail’s bare "Message" is its card’s person', () => {
    expect(at(linkedin, fixture, '#pav-message button')).toMatchObject({
      kind: 'message',
      person: { identity: slug('lena-frost') },
    });
  });

  it.each([
    ['a company in Interests ("Follow Wolt.")', '#interest-company button'],
    ['a company in the owner’s own post', 'button[aria-label="Follow Northwind Labs"]'],
    ['Unfollow / Following', '#pav-following button'],
    ['More', 'button[aria-label="More"]'],
    ['the name heading', 'h2'],
  ])('ignores %s', (_what, selector) => {
    expect(at(linkedin, fixture, selector)).toBeUndefined();
  });

  it('the creator profile: Follow in the top card and in the sticky toolbar, both the owner', () => {
    const more = 'linkedin/profile-sdui-2026-more-en.html';
    expect(
      at(linkedin, more, 'section[componentkey$="Topcard"] button[aria-label="Follow Nora Quinlan"]')?.person.identity,
    ).toEqual(slug('nora-quinlan'));
    expect(at(linkedin, more, 'div[role="toolbar"] button[aria-label="Follow Nora Quinlan"]')?.person.identity).toEqual(
      slug('nora-quinlan'),
    );
  });

  it('the More menu’s "Send profile in a message" (no recipient) is not a message to anyone', () => {
    const f = readFixture('linkedin/profile-sdui-2026-more-en.html');
    const doc = mount(f);
    doc.body.append((doc.getElementById('more-menu') as HTMLTemplateElement).content.cloneNode(true));
    const share = doc.querySelector('[role="menu"] a[href*="/messaging/compose/"]')!;
    expect(linkedin(share, { url: f.url, document: doc })).toBeUndefined();
  });
});

describe.each([
  ['pl', 'szymon-nędza-31a654250', 'Szymon Nędza', 'button[aria-label^="Obserwuj"]'],
  ['de', 'jonas-becker-88', 'Jonas Becker', 'button[aria-label^="Folgen"]'],
  ['fr', 'camille-laurent-3f2', 'Camille Laurent', 'button[aria-label^="Suivre"]'],
  ['es', 'lucia-fernandez-b1', 'Lucía Fernández', 'button[aria-label^="Seguir"]'],
  ['pt-BR', 'ana-souza-9c', 'Ana Souza', 'button[aria-label^="Seguir"]'],
  ['it', 'giulia-romano-4', 'Giulia Romano', 'button[aria-label^="Segui"]'],
  ['nl', 'sanne-de-vries', 'Sanne de Vries', 'button[aria-label^="Volgen"]'],
] as const)('LinkedIn 2026 profile in %s', (lang, owner, name, follow) => {
  const fixture = `linkedin/profile-sdui-2026-${lang}.html`;

  it('Follow is the profile owner', () => {
    expect(at(linkedin, fixture, `section[componentkey$="Topcard"] ${follow}`)).toMatchObject({
      kind: 'follow',
      person: { identity: slug(owner), name },
    });
  });

  it('the Message link is the profile owner', () => {
    expect(at(linkedin, fixture, 'section[componentkey$="Topcard"] a[href^="/messaging/"] span')).toMatchObject({
      kind: 'message',
      person: { identity: slug(owner) },
    });
  });

  it('Connect is still the Connect recogniser’s, never a follow or a message', () => {
    expect(at(linkedin, fixture, 'section[componentkey$="Topcard"] a[href*="custom-invite"]')).toBeUndefined();
    expect(at(recogniseConnect, fixture, `section[componentkey$="Topcard"] ${follow}`)).toBeUndefined();
  });
});

describe('LinkedIn: other eras and contexts', () => {
  it('Ember 2025 "Message Dana Whitfield" in the top card is the owner', () => {
    expect(
      at(linkedin, 'linkedin/profile-ember-2025.html', 'button[aria-label="Message Dana Whitfield"] span'),
    ).toMatchObject({
      kind: 'message',
      person: { identity: slug('dana-whitfield'), name: 'Dana Whitfield' },
    });
  });

  it('Ember Polish "Wyślij wiadomość do użytkownika …" is the owner', () => {
    expect(
      at(linkedin, 'linkedin/profile-ember-2025-message-pl.html', 'button[aria-label^="Wyślij"] span'),
    ).toMatchObject({
      kind: 'message',
      person: { identity: slug('anna-kowalska-5e'), name: 'Anna Kowalska' },
    });
  });

  it('Ember French "Suivre Margaux Petit" is a follow; the menu’s "Envoyer le profil dans un message" is not a message', () => {
    expect(
      at(linkedin, 'linkedin/profile-ember-2024-more-fr.html', 'button[aria-label="Suivre Margaux Petit"]')?.kind,
    ).toBe('follow');
    expect(
      at(linkedin, 'linkedin/profile-ember-2024-more-fr.html', '[aria-label="Envoyer le profil dans un message"]'),
    ).toBeUndefined();
  });

  it('search results: "Message Mira Solberg" is the card’s person', () => {
    expect(
      at(linkedin, 'linkedin/search-ember-2022-en.html', 'button[aria-label="Message Mira Solberg"]')?.person.identity,
    ).toEqual(slug('mira-solberg'));
  });

  it('an unknown UI language (sv "Följ …") is not read, but the language-independent Message link is', () => {
    expect(at(linkedin, 'linkedin/profile-sdui-2026-sv.html', 'button[aria-label^="Följ"]')).toBeUndefined();
    expect(at(linkedin, 'linkedin/profile-sdui-2026-sv.html', 'a[href^="/messaging/"]')?.kind).toBe('message');
  });

  it('Pending is neither a follow nor a message', () => {
    expect(at(linkedin, 'linkedin/negative-pending-en.html', 'a[aria-label^="Pending"]')).toBeUndefined();
  });

  it('a company page: its Follow and its share link are not recognised', () => {
    expect(
      at(linkedin, 'linkedin/negative-company-2026-pl.html', 'button[aria-label="Obserwuj Wolt."]'),
    ).toBeUndefined();
    expect(at(linkedin, 'linkedin/negative-company-2026-pl.html', 'a[href*="/messaging/compose/"]')).toBeUndefined();
  });

  it('a company Follow in a person’s feed post is not lent to that person', () => {
    expect(
      at(linkedin, 'linkedin/negative-feed-en.html', 'button[aria-label="Follow Northwind Labs"]'),
    ).toBeUndefined();
  });
});

describe('Facebook Follow/Message', () => {
  const fixture = 'facebook/profile-follow-en.html';
  const person = { site: 'facebook', identity: { kind: 'username', value: 'jordanblake' }, name: 'Jordan Blake' };

  it.each([
    ['follow', '[data-pagelet="ProfileActions"] [aria-label="Follow"] [data-visualcompletion="ignore"]'],
    ['message', '[data-pagelet="ProfileActions"] [aria-label="Message"] span'],
  ])('the profile header’s %s is the profile owner', (kind, selector) => {
    expect(at(facebook, fixture, selector)).toMatchObject({ kind, person });
  });

  it.each([
    '[data-pagelet="ProfileTimeline"] [aria-label="Follow"]',
    '[data-pagelet="ProfileTimeline"] [aria-label="Message"]',
    '[aria-label="Add friend"]',
    'h1',
  ])('ignores %s (outside the header, Follow/Message name no one; Add friend is not theirs)', (selector) => {
    expect(at(facebook, fixture, selector)).toBeUndefined();
  });

  it('Add friend is still recognised by its own recogniser, Follow/Message are not', () => {
    expect(at(recogniseAddFriend, fixture, '[aria-label="Add friend"]')?.kind).toBe('add-friend');
    expect(at(recogniseAddFriend, fixture, '[data-pagelet="ProfileActions"] [aria-label="Follow"]')).toBeUndefined();
    expect(at(recogniseAddFriend, fixture, '[data-pagelet="ProfileActions"] [aria-label="Message"]')).toBeUndefined();
  });

  it('the existing Comet profiles: header Message is the owner (en, and fr by numeric id)', () => {
    expect(
      at(facebook, 'facebook/profile-comet.html', '[data-pagelet="ProfileActions"] [aria-label="Message"]')?.person
        .identity,
    ).toMatchObject({ value: 'morganreyes' });
    expect(
      at(facebook, 'facebook/profile-numeric-fr.html', '[data-pagelet="ProfileActions"] [aria-label="Message"]')
        ?.person,
    ).toMatchObject({
      identity: { kind: 'id', value: '100088812345' },
      name: 'Inès Moreau',
    });
  });

  it.each([
    ['facebook/m-touch-en.html', 'follow', 'a[href^="/a/subscribe.php"] span', '100044400001'],
    ['facebook/m-touch-en.html', 'message', 'a[href^="/messages/thread/"]', '100044400001'],
    ['facebook/mbasic-en.html', 'follow', 'a[href^="/a/subscribe.php"]', '100044400002'],
    ['facebook/mbasic-en.html', 'message', 'a[href^="/messages/thread/"]', '100044400002'],
  ])('%s: the mobile %s link names the person by id', (fixture, kind, selector, id) => {
    expect(at(facebook, fixture, selector)).toMatchObject({ kind, person: { identity: { kind: 'id', value: id } } });
  });

  it('the group page’s Follow and Message are not recognised', () => {
    expect(at(facebook, 'facebook/negative-feed-en.html', '[aria-label="Follow"]')).toBeUndefined();
    expect(at(facebook, 'facebook/negative-feed-en.html', '[aria-label="Message"]')).toBeUndefined();
  });
});
