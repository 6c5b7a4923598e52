import { describe, expect, it } from 'vitest';
import { t } from '../support/words.ts';
import { validateProcessDraft, type ProcessDraft } from '../../../src/core/processForm.ts';

const draft = (): ProcessDraft => ({
  company: ' Northwind Labs ',
  role: 'Staff Engineer',
  status: 'scheduled',
  notes: '',
  rounds: [
    {
      at: '2026-12-02T10:00:00.000Z',
      timeZone: 'Europe/Lisbon',
      label: '',
      interviewers: [
        { name: 'Dana Whitfield', linkedinUrl: 'linkedin.com/in/dana-whitfield', facebookUrl: '' },
        { name: '', linkedinUrl: '', facebookUrl: '' },
      ],
    },
  ],
});

describe('validateProcessDraft', () => {
  it('accepts a complete interview, trims it, ignores an empty extra interviewer row', () => {
    expect(validateProcessDraft(draft(), t)).toEqual({
      ok: true,
      value: {
        company: 'Northwind Labs',
        role: 'Staff Engineer',
        status: 'scheduled',
        notes: '',
        rounds: [
          {
            at: '2026-12-02T10:00:00.000Z',
            timeZone: 'Europe/Lisbon',
            interviewers: [{ name: 'Dana Whitfield', linkedinUrl: 'https://linkedin.com/in/dana-whitfield' }],
          },
        ],
      },
    });
  });

  it('names every missing required field by its path', () => {
    const d = draft();
    d.company = ' ';
    d.rounds[0]!.at = '';
    d.rounds[0]!.interviewers = [{ name: '', linkedinUrl: '', facebookUrl: '' }];
    const result = validateProcessDraft(d, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['company', 'rounds.0.at', 'rounds.0.interviewers.0.name']);
  });

  it('rejects links that are not profiles of the right site, next to their field', () => {
    const d = draft();
    d.rounds[0]!.interviewers[1] = {
      name: 'Sam',
      linkedinUrl: 'https://www.linkedin.com/company/northwind/',
      facebookUrl: 'https://www.linkedin.com/in/sam',
    };
    const result = validateProcessDraft(d, t);
    if (result.ok) throw new Error('expected errors');
    expect(result.errors['rounds.0.interviewers.1.linkedinUrl']).toMatch(/company page/);
    expect(result.errors['rounds.0.interviewers.1.facebookUrl']).toMatch(/\w/);
  });

  it('rejects a date that is not a date, and a process without rounds', () => {
    const d = draft();
    d.rounds[0]!.at = 'next tuesday';
    expect(validateProcessDraft(d, t)).toMatchObject({
      ok: false,
      errors: { 'rounds.0.at': expect.stringMatching(/not valid/) },
    });
    expect(validateProcessDraft({ ...draft(), rounds: [] }, t)).toMatchObject({
      ok: false,
      errors: { rounds: expect.any(String) },
    });
  });
});
