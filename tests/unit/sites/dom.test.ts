// @vitest-environment happy-dom
// Desktop cards that link to no profile: LinkedIn's "More profiles for you" cards
// whose link leads to a Premium page, Facebook's "People you may know" cards showing only a
// name. Such a request is known by the name the card shows (cardName in src/sites/dom.ts,
// shared with the mobile lite cards) and matched by name: stopped with the "this may be …"
// wording, the dialog saying so when two watched people share the name, and a different name
// never stopped. Each case goes through the lookup the content script uses and the worker's
// rule and wording, with the interviewer watched.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/core/explain.ts';
import { PersonLookup, type SeenPerson } from '../../../src/core/match.ts';
import { decide } from '../../../src/core/rule.ts';
import type { Person } from '../../../src/core/schema.ts';
import { watchEntry } from '../../../src/core/watchIndex.ts';
import { recogniseAddFriend } from '../../../src/sites/facebook/addFriend.ts';
import { recogniseFollowMessage as facebookFollowMessage } from '../../../src/sites/facebook/followMessage.ts';
import { recogniseConnect } from '../../../src/sites/linkedin/connect.ts';
import { recogniseFollowMessage as linkedinFollowMessage } from '../../../src/sites/linkedin/followMessage.ts';
import type { Recogniser } from '../../../src/sites/recogniser.ts';
import { mount, readFixture } from '../support/fixtures.ts';
import { NOW, days, person, process, state } from '../support/state.ts';
import { words } from '../support/words.ts';

function at(recognise: Recogniser, fixture: string, selector: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recognise(target, { url: f.url, document: doc });
}

const watching = (...people: Person[]) => new PersonLookup(people.map(watchEntry));
const matched = (people: Person[], seen: SeenPerson | undefined) => (seen ? watching(...people).find(seen) : []);

/** The dialog's caution for a click on `seen`, with `people` all interviewing in 3 days. */
function caution(people: Person[], seen: SeenPerson | undefined): string | undefined {
  const s = state(people, [process('p1', 'scheduled', [{ at: days(3), people: people.map((p) => p.id) }])]);
  const matches = matched(people, seen);
  const verdict = decide(matches, s, NOW);
  if (verdict.action !== 'stop') throw new Error('expected a stop');
  return explain(verdict, s, 'connect', NOW, words, matches.length).caution;
}

const RILEY = person('riley', 'Riley Chen');
const RILEY_TOO = person('riley2', 'Riley Chen');
const RILEY_LINKED_IN = person('riley', 'Riley Chen', { linkedinUrl: 'https://www.linkedin.com/in/riley-chen-3/' });
const RILEY_ON_FACEBOOK = person('riley', 'Riley Chen', {
  facebookUrl: 'https://www.facebook.com/profile.php?id=100012300001',
});

describe('LinkedIn "More profiles for you" cards that link to no profile (linkedin/profile-browsemap-en.html)', () => {
  const fixture = 'linkedin/profile-browsemap-en.html';
  const connect = (selector: string) => at(recogniseConnect, fixture, selector);

  it('a Connect whose card links only to Premium is known by its label’s name, and stopped as “may be”', () => {
    const seen = connect('#card-premium button svg')?.person;
    expect(seen).toEqual({ site: 'linkedin', identity: undefined, name: 'Riley Chen' });
    expect(matched([RILEY], seen)).toEqual([{ personId: 'riley', strength: 'name' }]);
    expect(caution([RILEY], seen)).toMatch(/may be Riley Chen/);
  });

  it('two watched people of that name: both match, and the dialog says so', () => {
    const seen = connect('#card-premium button')?.person;
    expect(matched([RILEY, RILEY_TOO], seen)).toHaveLength(2);
    expect(caution([RILEY, RILEY_TOO], seen)).toMatch(/Several people .* are called Riley Chen/);
  });

  it('a Connect with no label is known by the name its card shows (never a neighbour’s)', () => {
    const seen = connect('#card-unlabelled .artdeco-button__text')?.person;
    expect(seen).toEqual({ site: 'linkedin', identity: undefined, name: 'Jordan Blake' });
    expect(matched([RILEY], seen)).toEqual([]);
    expect(matched([person('jordan', 'Jordan Blake')], seen)).toEqual([{ personId: 'jordan', strength: 'name' }]);
  });

  it('negative: a different name is never stopped', () => {
    expect(matched([person('jordan', 'Jordan Blake')], connect('#card-premium button')?.person)).toEqual([]);
  });

  it('negative: the namesake linking another profile is that profile, never the interviewer saved by link', () => {
    const seen = connect('#card-namesake button')?.person;
    expect(seen).toEqual({
      site: 'linkedin',
      identity: { site: 'linkedin', kind: 'slug', value: 'riley-chen-77' },
      name: 'Riley Chen',
    });
    expect(matched([RILEY_LINKED_IN], seen)).toEqual([]);
    // The name-only card is still "may be" for the interviewer saved by link.
    expect(matched([RILEY_LINKED_IN], connect('#card-premium button')?.person)).toEqual([
      { personId: 'riley', strength: 'name' },
    ]);
  });

  it('negative: a card’s Follow and Message are not requests, and a name-only card’s are nobody’s', () => {
    for (const selector of [
      '#card-linked button[aria-label^="Follow"]',
      '#card-linked a[aria-label="Message"]',
      '#card-follow button[aria-label^="Follow"]',
      '#card-follow button[aria-label="Message"]',
      '#browsemap_recommendation h2',
    ])
      expect(connect(selector), selector).toBeUndefined();
    // With Follow and Message held back (opt-in), a card without a link names no one: its
    // Follow is not borrowed from the namesake's card next to it.
    expect(at(linkedinFollowMessage, fixture, '#card-follow button[aria-label^="Follow"]')).toBeUndefined();
    expect(at(linkedinFollowMessage, fixture, '#card-follow button[aria-label="Message"]')).toBeUndefined();
  });
});

describe('Facebook “People you may know” cards showing only a name (facebook/feed-pymk-names-en.html)', () => {
  const fixture = 'facebook/feed-pymk-names-en.html';
  const add = (selector: string) => at(recogniseAddFriend, fixture, selector);

  it('an Add friend on a card with no link is known by the name the card shows, and stopped as “may be”', () => {
    const seen = add('#pymk-riley [data-visualcompletion="ignore"]')?.person;
    expect(seen).toEqual({ site: 'facebook', identity: undefined, name: 'Riley Chen' });
    expect(matched([RILEY], seen)).toEqual([{ personId: 'riley', strength: 'name' }]);
    expect(caution([RILEY], seen)).toMatch(/may be Riley Chen/);
    expect(caution([RILEY, RILEY_TOO], seen)).toMatch(/Several people .* are called Riley Chen/);
  });

  it('negative: a different name is never stopped', () => {
    const seen = add('#pymk-jordan [role="button"][aria-label="Add friend"] span span')?.person;
    expect(seen?.name).toBe('Jordan Blake');
    expect(matched([RILEY], seen)).toEqual([]);
  });

  it('negative: the namesake linking another account is that account, never the interviewer saved by link', () => {
    const seen = add('#pymk-namesake [role="button"]')?.person;
    expect(seen).toMatchObject({ identity: { site: 'facebook', kind: 'id', value: '100077700009' } });
    expect(matched([RILEY_ON_FACEBOOK], seen)).toEqual([]);
  });

  it('negative: a card’s Message and Follow, Remove and the heading are not requests', () => {
    for (const selector of [
      '#pymk-actions [aria-label="Message"]',
      '#pymk-actions [aria-label="Follow"]',
      '#pymk-riley [aria-label="Remove"]',
      'h2 span',
    ]) {
      expect(add(selector), selector).toBeUndefined();
      expect(at(facebookFollowMessage, fixture, selector), selector).toBeUndefined();
    }
  });
});
