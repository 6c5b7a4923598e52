// Adding the person on the open profile to an interview on the list: the stored process, the
// person added to its next round, built on the revision shown.
import { describe, expect, it } from 'vitest';
import { draftWithInterviewer, roundFor } from '../../../src/ui/addToProcess.ts';
import { NOW, days, person, process } from '../support/state.ts';

const sam = person('p2', 'Sam Ortega', { linkedinUrl: 'https://www.linkedin.com/in/sam-ortega/' });
const dana = { name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/', facebookUrl: '' };

describe('draftWithInterviewer', () => {
  it('joins the next round, keeps who was there, and is built on the revision shown', () => {
    const stored = {
      ...process('n1', 'scheduled', [
        { at: days(-2), people: ['p2'] },
        { at: days(6), people: [] },
        { at: days(3), people: ['p2'] },
      ]),
      revision: 4,
    };
    expect(roundFor(stored, NOW)).toBe(2);
    const draft = draftWithInterviewer(stored, [sam], dana, NOW);
    expect(draft).toMatchObject({ id: 'n1', revision: 4, status: 'scheduled' });
    expect(draft.rounds[2]!.interviewers.map((p) => p.name)).toEqual(['Sam Ortega', 'Dana Whitfield']);
    expect(draft.rounds[2]!.interviewers[1]).toEqual(dana);
    expect(draft.rounds[0]!.interviewers.map((p) => p.name)).toEqual(['Sam Ortega']);
  });

  it('joins the last round once all are past, replacing the blank row of a round with nobody', () => {
    const stored = process('n1', 'awaiting-decision', [
      { at: days(-9), people: ['p2'] },
      { at: days(-2), people: [] },
    ]);
    expect(roundFor(stored, NOW)).toBe(1);
    const draft = draftWithInterviewer(stored, [sam], dana, NOW);
    expect(draft.rounds[1]!.interviewers).toEqual([dana]);
  });
});
