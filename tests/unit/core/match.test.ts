import { describe, expect, it } from 'vitest';
import { parseProfileUrl } from '../../../src/core/identity.ts';
import type { Identity } from '../../../src/core/vocabulary.ts';
import { PersonLookup } from '../../../src/core/match.ts';
import { watchEntry } from '../../../src/core/watchIndex.ts';
import { person } from '../support/state.ts';

function id(url: string): Identity {
  const parsed = parseProfileUrl(url);
  if (!parsed.ok) throw new Error(parsed.reason.key);
  return parsed.identity;
}

const lookup = new PersonLookup(
  [
    person('dana', 'Dana Whitfield', { linkedinUrl: 'https://de.linkedin.com/in/Dana-Whitfield' }),
    person('jose', 'José Müller'),
    person('jane', 'Jane Doe', { facebookUrl: 'https://www.facebook.com/jane.doe' }),
  ].map(watchEntry),
);

describe('PersonLookup', () => {
  it('counts the people it watches, and answers the same before and after warm()', () => {
    const fresh = new PersonLookup([person('jose', 'José Müller')].map(watchEntry));
    expect(fresh.size).toBe(1);
    const seen = { site: 'linkedin' as const, name: 'Jose Muller' };
    const before = fresh.find(seen);
    const warmed = new PersonLookup([person('jose', 'José Müller')].map(watchEntry));
    warmed.warm();
    expect(warmed.find(seen)).toEqual(before);
    expect(before).toEqual([{ personId: 'jose', strength: 'name' }]);
    expect(new PersonLookup([]).size).toBe(0);
  });

  it('uses the name the worker folded, and folds only an entry from an earlier version that lacks it', () => {
    const jose = watchEntry(person('jose', 'José Müller'));
    expect(jose.nameKey).toBe('jose muller');
    const seen = { site: 'linkedin' as const, name: 'Jose Muller' };
    // Keyed by what the worker sent, not folded again here: a stand-in key finds nothing.
    expect(new PersonLookup([{ ...jose, nameKey: 'stand-in' }]).find(seen)).toEqual([]);
    const { nameKey: _, ...earlier } = jose;
    expect(new PersonLookup([earlier]).find(seen)).toEqual([{ personId: 'jose', strength: 'name' }]);
    // A name with nothing to fold carries no key, and matches no one by name.
    expect(watchEntry(person('dots', '…')).nameKey).toBeUndefined();
  });

  it('matches a profile identity across URL forms (country subdomain vs www)', () => {
    expect(lookup.find({ site: 'linkedin', identity: id('https://www.linkedin.com/in/dana-whitfield/') })).toEqual([
      { personId: 'dana', strength: 'profile' },
    ]);
  });

  it('falls back to the name, weaker, when the page gives no identity', () => {
    expect(lookup.find({ site: 'linkedin', name: 'Jose Muller' })).toEqual([{ personId: 'jose', strength: 'name' }]);
  });

  it('treats the same kind of identity with another value as a different person, even with the same name', () => {
    expect(
      lookup.find({ site: 'facebook', identity: id('https://www.facebook.com/jane.doe.73'), name: 'Jane Doe' }),
    ).toEqual([]);
  });

  it('falls back to the name when the page gives another kind of identity (numeric id vs username)', () => {
    expect(
      lookup.find({
        site: 'facebook',
        identity: id('https://www.facebook.com/profile.php?id=1000123'),
        name: 'Jane Doe',
      }),
    ).toEqual([{ personId: 'jane', strength: 'name' }]);
  });

  it('finds nobody for strangers', () => {
    expect(
      lookup.find({ site: 'linkedin', identity: id('https://www.linkedin.com/in/sam-ortega'), name: 'Sam Ortega' }),
    ).toEqual([]);
    expect(lookup.find({ site: 'linkedin' })).toEqual([]);
  });
});
