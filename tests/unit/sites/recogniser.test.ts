// @vitest-environment happy-dom
// The site recognisers against the saved-structure fixtures: who is behind each control, and
// that controls which are not requests are never recognised.
import { describe, expect, it } from 'vitest';
import { recogniseAddFriend } from '../../../src/sites/facebook/addFriend.ts';
import { recogniseConnect } from '../../../src/sites/linkedin/connect.ts';
import type { Recogniser } from '../../../src/sites/recogniser.ts';
import { mount, readFixture } from '../support/fixtures.ts';

function recogniseAt(recognise: Recogniser, fixture: string, selector: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  const target = doc.querySelector(selector);
  if (!target) throw new Error(`${fixture}: nothing matches ${selector}`);
  return recognise(target, { url: f.url, document: doc });
}

describe('LinkedIn connect', () => {
  const profile = 'linkedin/profile-ember-2025.html';

  it('recognises the top-card Connect (a click on its inner text) as the profile owner', () => {
    const hit = recogniseAt(recogniseConnect, profile, 'button[aria-label="Invite Dana Whitfield to connect"] span');
    expect(hit).toMatchObject({
      kind: 'connect',
      person: { site: 'linkedin', name: 'Dana Whitfield', identity: { kind: 'slug', value: 'dana-whitfield' } },
    });
  });

  it('takes a side-panel Connect from its own card, not from the page URL', () => {
    const hit = recogniseAt(recogniseConnect, profile, 'button[aria-label="Invite Sam Ortega to connect"]');
    expect(hit?.person).toMatchObject({ name: 'Sam Ortega', identity: { kind: 'slug', value: 'sam-ortega-4b2a1' } });
  });

  it.each(['button[aria-label^="Message"]', 'button[aria-label="More actions"]', 'section.artdeco-card p', 'h1'])(
    'ignores %s',
    (selector) => {
      expect(recogniseAt(recogniseConnect, profile, selector)).toBeUndefined();
    },
  );
});

describe('Facebook add friend', () => {
  const profile = 'facebook/profile-comet.html';

  it('recognises the header Add friend (click lands on its overlay) as the profile owner', () => {
    const hit = recogniseAt(
      recogniseAddFriend,
      profile,
      '[data-pagelet="ProfileActions"] [aria-label="Add friend"] [data-visualcompletion="ignore"]',
    );
    expect(hit).toMatchObject({
      kind: 'add-friend',
      person: { site: 'facebook', name: 'Morgan Reyes', identity: { kind: 'username', value: 'morganreyes' } },
    });
  });

  it('takes a suggestion card Add friend from the card link', () => {
    const hit = recogniseAt(
      recogniseAddFriend,
      profile,
      '[data-pagelet="PeopleYouMayKnow"] [aria-label="Add friend"] span',
    );
    expect(hit?.person).toMatchObject({ name: 'Chris Novak', identity: { kind: 'id', value: '100077770001' } });
  });

  it.each(['[aria-label="Message"]', '[data-pagelet="ProfileTimeline"] p', 'h1'])('ignores %s', (selector) => {
    expect(recogniseAt(recogniseAddFriend, profile, selector)).toBeUndefined();
  });
});

describe('more eras', () => {
  it('LinkedIn 2026 invite link: identity from vanityName, equal to the percent-encoded page URL', () => {
    const hit = recogniseAt(
      recogniseConnect,
      'linkedin/profile-sdui-2026-pl.html',
      '[componentkey="bar-narrow"] a[href*="custom-invite"] span span',
    );
    expect(hit?.person.identity).toEqual({ site: 'linkedin', kind: 'slug', value: 'szymon-nędza-31a654250' });
  });

  it('LinkedIn search: the invite route names the card owner, not the mutual connection', () => {
    const hit = recogniseAt(recogniseConnect, 'linkedin/search-sdui-2026-pl.html', 'a[href*="search-custom-invite"]');
    expect(hit?.person.identity).toEqual({ site: 'linkedin', kind: 'slug', value: 'gabriel-griffin-7a1' });
  });

  it('LinkedIn Follow and Message in the 2026 top card are not requests', () => {
    expect(
      recogniseAt(recogniseConnect, 'linkedin/profile-sdui-2026-pl.html', 'button[aria-label^="Obserwuj"]'),
    ).toBeUndefined();
    expect(
      recogniseAt(recogniseConnect, 'linkedin/profile-sdui-2026-pl.html', 'a[href^="/messaging/"] span'),
    ).toBeUndefined();
  });

  it('Facebook older "Add Friend" capitalisation, person from the card link', () => {
    const hit = recogniseAt(
      recogniseAddFriend,
      'facebook/suggestions-classic-caps.html',
      '[aria-label="Add Friend"] span span',
    );
    expect(hit?.person).toMatchObject({
      name: 'Priya Natarajan',
      identity: { kind: 'username', value: 'priyanatarajan5' },
    });
    expect(
      recogniseAt(recogniseAddFriend, 'facebook/suggestions-classic-caps.html', '[aria-label="Remove"]'),
    ).toBeUndefined();
  });
});
