// @vitest-environment happy-dom
// Issue 13 against the saved-structure fixtures: one person with several identities, name-only
// cards, and no attribution across regions. Each case is checked through the same lookup the
// content script uses, with the interviewer watched, so "untouched" means the click would pass.
import { describe, expect, it } from 'vitest';
import { learnAliases } from '../../../../src/core/aliases.ts';
import { PersonLookup, type SeenPerson } from '../../../../src/core/match.ts';
import type { Person } from '../../../../src/core/schema.ts';
import { buildWatchIndex, watchEntry } from '../../../../src/core/watchIndex.ts';
import { recogniseAddFriend } from '../../../../src/sites/facebook/addFriend.ts';
import { recogniseFollowMessage } from '../../../../src/sites/facebook/followMessage.ts';
import { facebookProbe } from '../../../../src/sites/facebook/probe.ts';
import { cardAncestors } from '../../../../src/sites/dom.ts';
import { mount, readFixture } from '../../support/fixtures.ts';
import { NOW, days, person, process, state } from '../../support/state.ts';

function at(fixture: string, selector: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recogniseAddFriend(target, { url: f.url, document: doc });
}

const id = (value: string) => ({ site: 'facebook' as const, kind: 'id' as const, value });
const user = (value: string) => ({ site: 'facebook' as const, kind: 'username' as const, value });
const watching = (...people: Person[]) => new PersonLookup(people.map(watchEntry));
const matched = (lookup: PersonLookup, seen: SeenPerson | undefined) => (seen ? lookup.find(seen) : []);

const JANE_BY_USERNAME = person('jane', 'Jane Doe', { facebookUrl: 'https://www.facebook.com/jane.doe.77' });
const JANE_BY_ID = person('jane', 'Jane Doe', {
  facebookUrl: 'https://www.facebook.com/profile.php?id=100012345678901',
});

describe('one person, several identities (facebook/m-touch-alias-en.html)', () => {
  const fixture = 'facebook/m-touch-alias-en.html';
  const header = '#actions a[href*="hf=profile_button"] span';

  it('the profile button carries the link’s numeric id and the page’s username', () => {
    expect(at(fixture, header)?.person).toEqual({
      site: 'facebook',
      identity: id('100012345678901'),
      also: [user('janedoe77')],
      name: 'Jane Doe',
    });
  });

  it('matches whichever of the two the user saved', () => {
    const seen = at(fixture, header)?.person;
    expect(matched(watching(JANE_BY_USERNAME), seen)).toEqual([{ personId: 'jane', strength: 'profile' }]);
    expect(matched(watching(JANE_BY_ID), seen)).toEqual([{ personId: 'jane', strength: 'profile' }]);
  });

  it('the page gives both identities for its profile (what the worker is told to remember)', () => {
    const f = readFixture(fixture);
    expect(facebookProbe.identitiesOn!(mount(f), f.url)).toEqual([user('janedoe77'), id('100012345678901')]);
    // Off a profile page, nothing.
    expect(facebookProbe.identitiesOn!(mount(f), 'https://m.facebook.com/friends/requests/?profile_id=1')).toEqual([]);
  });

  it('negative: the namesake in People you may know (another numeric id) is never taken for her', () => {
    const seen = at(fixture, '#namesake a[href*="subjectid=100077700001"] span')?.person;
    expect(seen).toMatchObject({ identity: id('100077700001'), name: 'Jane Doe' });
    expect(seen?.also).toBeUndefined();
    expect(matched(watching(JANE_BY_ID), seen)).toEqual([]);
    // Saved by username only, the same name with an id is "may be" — until the pair is learnt.
    expect(matched(watching(JANE_BY_USERNAME), seen)).toEqual([{ personId: 'jane', strength: 'name' }]);
    const learnt = { ...JANE_BY_USERNAME, aliases: ['facebook:id:100012345678901'] };
    expect(matched(watching(learnt), seen)).toEqual([]);
  });

  it('negative: the card’s Message and Follow are not requests', () => {
    expect(at(fixture, '#actions a[href^="/messages/thread/"] span')).toBeUndefined();
    expect(at(fixture, '#actions a[href^="/a/subscribe.php"] span')).toBeUndefined();
  });
});

describe('remembering the pair (core/aliases.ts)', () => {
  const jane = JANE_BY_USERNAME;
  const other = person('other', 'Sam Park', { facebookUrl: 'https://www.facebook.com/profile.php?id=100077700002' });
  const watched = state([jane, other], [process('p1', 'scheduled', [{ at: days(3), people: ['jane', 'other'] }])]);
  const pair = [user('janedoe77'), id('100012345678901')];

  it('adds the new identity to the watched person who owns the other, and the watch list then has both keys', () => {
    const next = learnAliases(watched, pair, NOW);
    expect(next.people.find((p) => p.id === 'jane')?.aliases).toEqual(['facebook:id:100012345678901']);
    const entry = buildWatchIndex(next, NOW).people.find((p) => p.id === 'jane');
    expect(entry?.keys).toEqual(['facebook:username:janedoe77', 'facebook:id:100012345678901']);
    // A later page showing only the id now matches.
    expect(
      new PersonLookup(buildWatchIndex(next, NOW).people).find({ site: 'facebook', identity: id('100012345678901') }),
    ).toEqual([{ personId: 'jane', strength: 'profile' }]);
    // Learning it again changes nothing.
    expect(learnAliases(next, pair, NOW)).toBe(next);
  });

  it('never learns for someone not watched, nor an identity that is someone else’s', () => {
    const done = state([jane], [process('p1', 'offer', [{ at: days(-3), people: ['jane'] }])]);
    expect(learnAliases(done, pair, NOW)).toBe(done);
    expect(learnAliases(watched, [user('janedoe77'), id('100077700002')], NOW)).toBe(watched);
    expect(learnAliases(watched, [user('nobody'), id('100000000009')], NOW)).toBe(watched);
  });
});

describe.each(['en', 'fr'])('name-only lite cards (facebook/m-lite-cards-%s.html)', (lang) => {
  const fixture = `facebook/m-lite-cards-${lang}.html`;
  const RILEY = person('riley', 'Riley Chen');

  it('the add-friend of a card with no link is known by the name the card shows, and matched by name', () => {
    const seen = at(fixture, '[data-action-id="41001"] .native-text:last-child')?.person;
    expect(seen).toEqual({ site: 'facebook', identity: undefined, name: 'Riley Chen' });
    expect(matched(watching(RILEY), seen)).toEqual([{ personId: 'riley', strength: 'name' }]);
    // Two watched people of that name: both match (the dialog then says so: core/explain.test.ts).
    expect(matched(watching(RILEY, person('riley2', 'Riley Chen')), seen)).toHaveLength(2);
  });

  it('negative: a different name is never stopped, and the card’s Message and Remove are not requests', () => {
    const seen = at(fixture, '[data-action-id="41011"]')?.person;
    expect(seen?.name).toBe('Jordan Blake');
    expect(matched(watching(RILEY), seen)).toEqual([]);
    expect(at(fixture, '[data-action-id="41002"]')).toBeUndefined();
    expect(at(fixture, '[data-action-id="41003"]')).toBeUndefined();
    expect(at(fixture, '[data-action-id="41000"]')).toBeUndefined();
  });
});

describe.each(['en', 'fr'])('no attribution across regions (facebook/profile-noactions-%s.html)', (lang) => {
  const fixture = `facebook/profile-noactions-${lang}.html`;
  const SAM = person('sam', 'Sam Park', { facebookUrl: 'https://www.facebook.com/profile.php?id=100077700002' });

  it('a header Add friend without ProfileActions is the page’s profile, not the sidebar’s one link', () => {
    const seen = at(fixture, '#header-add [data-visualcompletion="ignore"]')?.person;
    expect(seen).toEqual({ site: 'facebook', identity: user('janedoe77'), name: 'Jane Doe' });
    expect(matched(watching(JANE_BY_USERNAME), seen)).toEqual([{ personId: 'jane', strength: 'profile' }]);
    expect(matched(watching(SAM), seen)).toEqual([]);
  });

  it('negative: the sidebar suggestion is its own card’s person, never the page’s', () => {
    const seen = at(fixture, '#linked-card [role="button"] span')?.person;
    expect(seen).toMatchObject({ identity: id('100077700002'), name: 'Sam Park' });
    expect(matched(watching(JANE_BY_USERNAME), seen)).toEqual([]);
  });

  it('a sidebar card naming nobody belongs to nobody (the content script reports it as layout drift)', () => {
    const seen = at(fixture, '#name-card [role="button"]')?.person;
    expect(seen).toEqual({ site: 'facebook', identity: undefined, name: undefined });
    expect(matched(watching(JANE_BY_USERNAME), seen)).toEqual([]);
  });

  it('negative: the header’s Message is not a request (and not a Follow/Message outside ProfileActions)', () => {
    expect(at(fixture, '#header-message span')).toBeUndefined();
    const f = readFixture(fixture);
    const doc = mount(f);
    expect(
      recogniseFollowMessage(doc.querySelector('#header-message span')!, { url: f.url, document: doc }),
    ).toBeUndefined();
  });
});

describe('the climb (sites/dom.ts)', () => {
  it('stops before a region landmark and after a card landmark', () => {
    const f = readFixture('facebook/profile-noactions-en.html');
    const doc = mount(f);
    const header = [...cardAncestors(doc.querySelector('#header-add')!, 20)];
    expect(header.some((n) => n.matches('[role="main"], [role="complementary"]'))).toBe(false);
    const card = doc.createElement('div');
    card.innerHTML = '<div role="listitem"><p><button>Add</button></p></div>';
    const climbed = [...cardAncestors(card.querySelector('button')!, 20)];
    expect(climbed.map((n) => n.tagName.toLowerCase() + (n.getAttribute('role') ?? ''))).toEqual(['p', 'divlistitem']);
  });
});
