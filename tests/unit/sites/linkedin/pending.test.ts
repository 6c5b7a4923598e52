// @vitest-environment happy-dom
// Invitations already pending, read from saved-structure fixtures: a profile's own Pending
// (2026 and Ember), the sent invitations page; a Connect button, or a Pending elsewhere, is none.
import { describe, expect, it } from 'vitest';
import { readFacebookPending } from '../../../../src/sites/facebook/pending.ts';
import { readLinkedInPending } from '../../../../src/sites/linkedin/pending.ts';
import { mount, readFixture } from '../../support/fixtures.ts';

function read(fixture: string) {
  const f = readFixture(fixture);
  const doc = mount(f);
  return (fixture.startsWith('linkedin/') ? readLinkedInPending : readFacebookPending)(doc, f.url);
}

const slug = (value: string) => ({ site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value } });

describe('pending invitations', () => {
  it('reads the profile’s own Pending (2026, Ember) and Facebook’s Cancel request', () => {
    expect(read('linkedin/negative-pending-en.html')).toEqual([{ ...slug('kate-ashby'), name: 'Kate Ashby' }]);
    expect(read('linkedin/pending-profile-ember-en.html')).toEqual([{ ...slug('kate-ashby'), name: 'Kate Ashby' }]);
    expect(read('facebook/pending-profile-en.html')).toEqual([
      { site: 'facebook', identity: { site: 'facebook', kind: 'username', value: 'kateashby9' }, name: 'Kate Ashby' },
    ]);
  });

  it('reads every invitation on the sent invitations page', () => {
    expect(read('linkedin/sent-invitations-en.html')).toEqual([
      { ...slug('kate-ashby'), name: 'Kate Ashby' },
      { ...slug('leo-brandt'), name: 'Leo Brandt' },
    ]);
  });

  it('finds none on a profile with Connect or Add friend', () => {
    expect(read('linkedin/profile-ember-2025.html')).toEqual([]);
    expect(read('linkedin/profile-sdui-2026-more-en.html')).toEqual([]);
    expect(read('facebook/profile-comet.html')).toEqual([]);
    expect(read('facebook/timeline-comments-en.html')).toEqual([]);
  });
});
