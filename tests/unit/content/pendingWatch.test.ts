// @vitest-environment happy-dom
// Pending invitations read by the dialog script's page check (missWatch.ts with a pending
// reader): a watched person's pending invitation is told to the worker once; anyone else's,
// on the sent invitations page or a profile, is never sent; nothing is added to the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForMisses } from '../../../src/content/missWatch.ts';
import type { ContentMessage } from '../../../src/core/messages.ts';
import { pendingReaderFor } from '../../../src/sites/comments.ts';
import { probeFor } from '../../../src/sites/index.ts';
import { mount, readFixture } from '../support/fixtures.ts';

afterEach(() => vi.useRealTimers());

function tellsOn(fixture: string, watchedSlugs: string[]) {
  const f = readFixture(fixture);
  mount(f);
  vi.useFakeTimers();
  Object.defineProperty(window, 'location', { value: new URL(f.url), configurable: true });
  const told: ContentMessage[] = [];
  const before = document.documentElement.outerHTML;
  const watch = watchForMisses({
    win: window,
    probe: probeFor(location.hostname)!,
    pending: pendingReaderFor(location.hostname),
    find: ({ identity }) =>
      identity && watchedSlugs.includes(identity.value) ? [{ personId: identity.value, strength: 'profile' }] : [],
    tell: (message) => void told.push(message),
    settleMs: 100,
  });
  vi.advanceTimersByTime(5000);
  watch.stop();
  expect(document.documentElement.outerHTML).toBe(before);
  return told.filter((m) => m.type === 'notePending');
}

describe('pending invitations seen on a page', () => {
  it('tells the worker about a watched person only, once', () => {
    expect(tellsOn('linkedin/sent-invitations-en.html', ['kate-ashby'])).toEqual([
      {
        type: 'notePending',
        person: {
          site: 'linkedin',
          identity: { site: 'linkedin', kind: 'slug', value: 'kate-ashby' },
          name: 'Kate Ashby',
        },
      },
    ]);
    expect(tellsOn('linkedin/negative-pending-en.html', ['kate-ashby'])).toHaveLength(1);
    expect(tellsOn('facebook/pending-profile-en.html', ['kateashby9'])).toHaveLength(1);
  });

  it('says nothing about an invitation to someone not watched, or a profile showing Connect', () => {
    expect(tellsOn('linkedin/sent-invitations-en.html', [])).toEqual([]);
    expect(tellsOn('linkedin/negative-pending-en.html', ['leo-brandt'])).toEqual([]);
    expect(tellsOn('linkedin/profile-ember-2025.html', ['dana-whitfield'])).toEqual([]);
  });
});
