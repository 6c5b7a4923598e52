// The profile in the tab the popup is about: only a profile address counts, and what the page
// gives for the name is checked like any input.
import { describe, expect, it } from 'vitest';
import { activeProfile, type TabAccess } from '../../../src/ui/activeProfile.ts';

function access(url: string | undefined, name: unknown, fail?: 'tab' | 'read'): TabAccess & { reads: number } {
  const fake = {
    reads: 0,
    async tab() {
      if (fail === 'tab') throw new Error('No tab with id: 7');
      return { id: 7, url };
    },
    async readName() {
      fake.reads++;
      if (fail === 'read') throw new Error('Cannot access contents of the page');
      return name;
    },
  };
  return fake;
}

describe('activeProfile', () => {
  it('reads the name on a LinkedIn or Facebook profile, with the clean link to store', async () => {
    expect(
      await activeProfile(access('https://www.linkedin.com/in/dana-whitfield/?trk=x', '  Dana   Whitfield ')),
    ).toEqual({
      site: 'linkedin',
      key: 'linkedin:slug:dana-whitfield',
      url: 'https://www.linkedin.com/in/dana-whitfield/',
      name: 'Dana Whitfield',
    });
    expect((await activeProfile(access('https://www.facebook.com/morgan.reyes', 'Morgan Reyes')))?.name).toBe(
      'Morgan Reyes',
    );
  });

  it('does not read anything from a tab that is not a profile', async () => {
    for (const url of ['https://www.linkedin.com/feed/', 'https://example.com/', undefined]) {
      const tabs = access(url, 'Someone');
      expect(await activeProfile(tabs)).toBeUndefined();
      expect(tabs.reads).toBe(0);
    }
    expect(await activeProfile(access(undefined, 'x', 'tab'))).toBeUndefined();
  });

  it('keeps the profile without a name when the page gives none, or something that is not one', async () => {
    const url = 'https://www.linkedin.com/in/dana-whitfield/';
    for (const read of [null, 42, { name: 'x' }, '   ', 'x'.repeat(201)])
      expect((await activeProfile(access(url, read)))?.name, String(read)).toBeUndefined();
    const failed = await activeProfile(access(url, 'Dana', 'read'));
    expect(failed).toMatchObject({ key: 'linkedin:slug:dana-whitfield' });
    expect(failed?.name).toBeUndefined();
  });
});
