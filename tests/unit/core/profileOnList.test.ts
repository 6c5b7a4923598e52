// The profile open in a tab: who it is, the link to store, and where they already are.
import { describe, expect, it } from 'vitest';
import { findOnList, profileOf } from '../../../src/core/profileOnList.ts';
import { NOW, days, person, process, state } from '../support/state.ts';

describe('profileOf', () => {
  it('keeps only the profile itself: no sub-page, tracking parameter or fragment', () => {
    expect(profileOf('https://www.linkedin.com/in/dana-whitfield/details/experience/?trk=abc#top')).toEqual({
      site: 'linkedin',
      key: 'linkedin:slug:dana-whitfield',
      url: 'https://www.linkedin.com/in/dana-whitfield/',
    });
    expect(profileOf('https://m.facebook.com/morgan.reyes?ref=bookmarks')).toEqual({
      site: 'facebook',
      key: 'facebook:username:morganreyes',
      url: 'https://www.facebook.com/morgan.reyes',
    });
    expect(profileOf('https://www.facebook.com/profile.php?id=100088812345&sk=about')?.url).toBe(
      'https://www.facebook.com/profile.php?id=100088812345',
    );
  });

  it('is undefined on pages that are not a person', () => {
    for (const address of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/company/northwind/',
      'https://www.facebook.com/friends/requests/',
      'https://example.com/in/dana',
      'chrome://extensions/',
      '',
    ])
      expect(profileOf(address), address).toBeUndefined();
  });
});

describe('findOnList', () => {
  const dana = person('p1', 'Dana Whitfield', { linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' });
  const sam = person('p2', 'Sam Ortega', { facebookUrl: 'https://www.facebook.com/sam.ortega' });
  const stored = state(
    [dana, sam],
    [
      process('n1', 'awaiting-decision', [{ at: days(-4), people: ['p1'] }], 'Contoso'),
      process(
        'n2',
        'scheduled',
        [
          { at: days(-1), people: ['p1'] },
          { at: days(5), people: ['p1', 'p2'] },
        ],
        'Northwind',
      ),
      process('n3', 'scheduled', [{ at: days(9), people: ['p2'] }], 'Fabrikam'),
    ],
  );

  it('names each process the person is in, with their next round, upcoming first', () => {
    const found = findOnList(stored, 'linkedin:slug:dana-whitfield', NOW);
    expect(found?.person.name).toBe('Dana Whitfield');
    expect(found?.places).toEqual([
      { processId: 'n2', company: 'Northwind', role: 'Engineer', at: days(5), upcoming: true },
      { processId: 'n1', company: 'Contoso', role: 'Engineer', at: days(-4), upcoming: false },
    ]);
  });

  it('finds a person by any form of their link, and by a learnt alias', () => {
    const key = profileOf('https://m.facebook.com/sam.ortega/')!.key;
    expect(findOnList(stored, key, NOW)?.places.map((p) => p.company)).toEqual(['Northwind', 'Fabrikam']);
    const aliased = state([{ ...sam, aliases: ['facebook:id:100077'] }], []);
    expect(findOnList(aliased, 'facebook:id:100077', NOW)?.person.id).toBe('p2');
  });

  it('is undefined for someone not on the list', () => {
    expect(findOnList(stored, 'linkedin:slug:someone-else', NOW)).toBeUndefined();
  });
});
