// The worker's alarms and notifications over the in-memory browser: reminder alarms stay far
// under Chrome's cap of 500 and are all in place when syncReminders resolves; a refused
// create() is not swallowed; "you can connect now" is marked sent only after it was shown.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { REFRESH_ALARM, deliverConnectNow, syncReminders } from '../../../src/background/effects.ts';
import { STATE_KEY, readState } from '../../../src/background/store.ts';
import { MAX_REMINDER_ALARMS } from '../../../src/core/reminders.ts';
import { State } from '../../../src/core/schema.ts';
import { NOW, person, process, state } from '../support/state.ts';

const manyRounds = (n: number) =>
  state(
    [],
    [
      process(
        'p',
        'scheduled',
        Array.from({ length: n }, (_, i) => ({
          at: new Date(NOW.getTime() + (i + 2) * 7_200_000).toISOString(),
          people: [],
        })),
      ),
    ],
  );

describe('reminder alarms', () => {
  it(`keeps at most ${MAX_REMINDER_ALARMS} reminder alarms (plus the refresh), the soonest, all created when it resolves`, async () => {
    await syncReminders(manyRounds(400), NOW); // 800 reminders ahead
    const alarms = await fakeBrowser.alarms.getAll();
    const reminders = alarms.filter((a) => a.name.startsWith('remind:'));
    expect(reminders).toHaveLength(MAX_REMINDER_ALARMS);
    expect(alarms.some((a) => a.name === REFRESH_ALARM && a.periodInMinutes === 60)).toBe(true);
    expect(Math.max(...reminders.map((a) => a.scheduledTime))).toBeLessThan(NOW.getTime() + 60 * 7_200_000);
    // An hour later, the refresh moves the window on: the fired ones are gone, the next ones come.
    const later = new Date(NOW.getTime() + 30 * 7_200_000);
    await syncReminders(manyRounds(400), later);
    const next = (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('remind:'));
    expect(next).toHaveLength(MAX_REMINDER_ALARMS);
    expect(Math.min(...next.map((a) => a.scheduledTime))).toBeGreaterThan(later.getTime());
  });

  it('does not swallow a refused alarm (Chrome: "An extension cannot have more than 500 active alarms")', async () => {
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(
      new Error('An extension cannot have more than 500 active alarms.'),
    );
    await expect(syncReminders(manyRounds(2), NOW)).rejects.toThrow('500 active alarms');
    vi.restoreAllMocks();
  });
});

describe('"you can connect now"', () => {
  const offered = () =>
    State.parse({
      ...state([person('d', 'Dana')], [process('p', 'offer', [{ at: NOW.toISOString(), people: ['d'] }])]),
      connectLater: [
        {
          id: 'c1',
          personId: 'd',
          processId: 'p',
          profileUrl: 'https://www.linkedin.com/in/dana/',
          createdAt: NOW.toISOString(),
        },
        {
          id: 'c2',
          personId: 'd',
          processId: 'p',
          profileUrl: 'https://www.facebook.com/dana',
          createdAt: NOW.toISOString(),
        },
      ],
    });
  const item = (id: string) => ({ id, personName: 'Dana', company: 'Co p', profileUrl: '' });

  it('marks only the notifications that were shown; a failed one stays pending', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: offered() });
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) =>
      id === 'connect:c2'
        ? Promise.reject(new Error('notifications disabled'))
        : create(id, options)) as typeof fakeBrowser.notifications.create);
    await expect(deliverConnectNow([item('c1'), item('c2')], NOW)).rejects.toThrow('notifications disabled');
    vi.restoreAllMocks();
    const { state: after } = await readState(NOW);
    expect(after.connectLater.map((c) => [c.id, c.notifiedAt])).toEqual([
      ['c1', NOW.toISOString()],
      ['c2', undefined],
    ]);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['connect:c1']);
  });
});
