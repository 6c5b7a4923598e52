import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/core/explain.ts';
import { decide } from '../../../src/core/rule.ts';
import { NOW, days, person, process, state } from '../support/state.ts';
import { words } from '../support/words.ts';

const s = state(
  [person('dana', 'Dana Whitfield')],
  [process('p', 'scheduled', [{ at: days(5), people: ['dana'] }], 'Northwind Labs')],
);

function stopFor(strength: 'profile' | 'name') {
  const verdict = decide([{ personId: 'dana', strength }], s, NOW);
  if (verdict.action !== 'stop') throw new Error('expected a stop');
  return verdict;
}

describe('explain', () => {
  it('names the person, the company and when', () => {
    const model = explain(stopFor('profile'), s, 'connect', NOW, words);
    expect(model.summary).toBe('Interview with Northwind Labs in 5 days');
    expect(model.title).toContain('Dana Whitfield');
    expect(model.explanation).toContain('connection request');
    expect(model.caution).toBeUndefined();
  });

  it('speaks of a friend request on Facebook', () => {
    expect(explain(stopFor('profile'), s, 'add-friend', NOW, words).explanation).toContain('friend request');
  });

  it('says when the match is by name only', () => {
    expect(explain(stopFor('name'), s, 'connect', NOW, words).caution).toMatch(/may be Dana Whitfield/);
  });

  it('says so when the name matched several watched people (a name-only card, two interviewers of that name)', () => {
    expect(explain(stopFor('name'), s, 'add-friend', NOW, words, 2).caution).toMatch(
      /Several people .* are called Dana Whitfield/,
    );
    expect(explain(stopFor('profile'), s, 'add-friend', NOW, words, 2).caution).toBeUndefined();
  });
});
