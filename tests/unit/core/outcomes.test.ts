import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/core/rule.ts';
import { dueConnectNow, markConnectNowSent, recordInterception, recordOutcome } from '../../../src/core/outcomes.ts';
import { badgeText, reminderSchedule, reminderText } from '../../../src/core/reminders.ts';
import { researchChecklist, profileUrlOf } from '../../../src/core/research.ts';
import type { HistoryEntry, State } from '../../../src/core/schema.ts';
import { NOW, days, person, process, state } from '../support/state.ts';
import { t, words } from '../support/words.ts';

let n = 0;
const env = { now: NOW, newId: () => `n${++n}` };
const base = (): State =>
  state(
    [person('dana', 'Dana Whitfield', { linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' })],
    [process('p', 'scheduled', [{ at: days(5), people: ['dana'] }], 'Northwind Labs')],
  );
const shown = (id = 'i1'): HistoryEntry => ({
  id,
  at: NOW.toISOString(),
  site: 'linkedin',
  kind: 'connect',
  personName: 'Dana Whitfield',
  personId: 'dana',
  processId: 'p',
  company: 'Northwind Labs',
  reason: 'before-interview',
  outcome: 'shown',
  profileUrl: 'https://www.linkedin.com/in/dana-whitfield/',
});
const dana = [{ personId: 'dana', strength: 'profile' as const }];

describe('interception outcomes', () => {
  it('logs the interception and completes it with the choice', () => {
    const s = recordOutcome(recordInterception(base(), shown()), 'i1', 'cancelled', undefined, env);
    expect(s.history).toEqual([{ ...shown(), outcome: 'cancelled' }]);
  });

  it('"Send anyway" keeps its reason and stops asking about that person in that process', () => {
    const s = recordOutcome(
      recordInterception(base(), shown()),
      'i1',
      'sent-anyway',
      '  We worked together before ',
      env,
    );
    expect(s.history[0]).toMatchObject({ outcome: 'sent-anyway', note: 'We worked together before' });
    expect(decide(dana, s, NOW)).toEqual({ action: 'allow', reason: 'sent-before' });
    const strict = { ...s, settings: { ...s.settings, askAgainAfterSendAnyway: true } };
    expect(decide(dana, strict, NOW)).toMatchObject({ action: 'stop' });
  });

  it('"I got the offer" records the offer, after which requests pass', () => {
    const s = recordOutcome(recordInterception(base(), shown()), 'i1', 'offer', undefined, env);
    expect(s.processes[0]!.status).toBe('offer');
    expect(decide(dana, s, NOW)).toEqual({ action: 'allow', reason: 'offer' });
  });

  it('"Remind me" comes due once, when the process reaches an offer', () => {
    let s = recordOutcome(recordInterception(base(), shown()), 'i1', 'reminded', undefined, env);
    expect(s.connectLater).toMatchObject([
      { personId: 'dana', processId: 'p', profileUrl: 'https://www.linkedin.com/in/dana-whitfield/' },
    ]);
    expect(dueConnectNow(s, NOW).due).toEqual([]);
    s = { ...s, processes: s.processes.map((p) => ({ ...p, status: 'accepted' as const })) };
    const first = dueConnectNow(s, NOW);
    expect(first.due).toMatchObject([{ personName: 'Dana Whitfield', company: 'Northwind Labs' }]);
    // Still pending until the notification was shown, then marked sent.
    expect(first.state).toBe(s);
    expect(dueConnectNow(first.state, NOW).due).toHaveLength(1);
    const sent = markConnectNowSent(
      first.state,
      first.due.map((d) => d.id),
      NOW,
    );
    expect(sent.connectLater[0]!.notifiedAt).toBe(NOW.toISOString());
    expect(dueConnectNow(sent, NOW).due).toEqual([]);
  });

  it('with notifications off, a due "remind me" is marked at once and never announced', () => {
    let s = recordOutcome(recordInterception(base(), shown()), 'i1', 'reminded', undefined, env);
    s = {
      ...s,
      settings: { ...s.settings, notifyConnectNow: false },
      processes: s.processes.map((p) => ({ ...p, status: 'offer' as const })),
    };
    const { state, due } = dueConnectNow(s, NOW);
    expect(due).toEqual([]);
    expect(state.connectLater[0]!.notifiedAt).toBe(NOW.toISOString());
  });

  it('refuses an outcome for an interception it does not know', () => {
    expect(() => recordOutcome(base(), 'nope', 'cancelled', undefined, env)).toThrow('errInterceptionGone');
  });
});

describe('reminders and badge', () => {
  it('schedules a day-before and an hour-before reminder for each round ahead', () => {
    const s = base();
    const at = new Date(days(5)).getTime();
    expect(reminderSchedule(s, NOW)).toEqual([
      { name: 'remind:p-r0:day', when: at - 86_400_000 },
      { name: 'remind:p-r0:hour', when: at - 3_600_000 },
    ]);
    expect(
      reminderSchedule({ ...s, settings: { ...s.settings, remindDayBefore: false } }, NOW).map((r) => r.name),
    ).toEqual(['remind:p-r0:hour']);
    expect(
      reminderSchedule({ ...s, processes: s.processes.map((p) => ({ ...p, status: 'offer' as const })) }, NOW),
    ).toEqual([]);
  });

  it('words a reminder with the research to do and a profile to open', () => {
    expect(reminderText(base(), 'remind:p-r0:hour', words)).toMatchObject({
      title: 'Interview with Northwind Labs in an hour',
      message: expect.stringContaining('With Dana Whitfield.'),
      url: 'https://www.linkedin.com/in/dana-whitfield/',
    });
    expect(reminderText(base(), 'remind:gone:day', words)).toBeUndefined();
  });

  it('shows days until the next interview, hours on the day, nothing when off', () => {
    expect(badgeText(base(), NOW)).toBe('5d');
    const soon = state(
      [],
      [process('p', 'scheduled', [{ at: new Date(NOW.getTime() + 3 * 3_600_000).toISOString(), people: [] }])],
    );
    expect(badgeText(soon, NOW)).toBe('3h');
    expect(badgeText({ ...base(), settings: { ...base().settings, showBadge: false } }, NOW)).toBe('');
  });
});

describe('research checklist', () => {
  it('links each item to the right place on a LinkedIn profile', () => {
    const items = researchChecklist({ site: 'linkedin', kind: 'slug', value: 'dana-whitfield' }, 'Northwind Labs', t);
    expect(items.map((i) => i.url)).toEqual([
      'https://www.linkedin.com/in/dana-whitfield/details/experience/',
      'https://www.linkedin.com/search/results/companies/?keywords=Northwind%20Labs',
      'https://www.linkedin.com/search/results/content/?keywords=Northwind%20Labs',
      'https://www.linkedin.com/in/dana-whitfield/',
      'https://www.linkedin.com/in/dana-whitfield/recent-activity/all/',
    ]);
  });

  it('builds Facebook links for usernames and numeric ids', () => {
    expect(profileUrlOf({ site: 'facebook', kind: 'id', value: '100012' })).toBe(
      'https://www.facebook.com/profile.php?id=100012',
    );
    expect(researchChecklist({ site: 'facebook', kind: 'username', value: 'morganreyes' }, 'X', t)[0]!.url).toBe(
      'https://www.facebook.com/morganreyes/about',
    );
  });

  it('still lists what to look at without a profile', () => {
    expect(researchChecklist(undefined, 'X', t).every((i) => !i.url)).toBe(true);
  });
});
