import { describe, expect, it } from 'vitest';
import { validateInterview, type InterviewInput } from '../../src/core/interviewInput.ts';

const valid: InterviewInput = {
  company: ' Northwind Labs ',
  role: 'Staff Engineer',
  at: '2026-12-02T10:00:00.000Z',
  timeZone: 'Europe/Lisbon',
  interviewerName: 'Dana Whitfield',
  linkedinUrl: 'linkedin.com/in/dana-whitfield',
  facebookUrl: '',
};

describe('validateInterview', () => {
  it('accepts a complete interview and trims it', () => {
    expect(validateInterview(valid)).toEqual({
      ok: true,
      value: {
        company: 'Northwind Labs',
        role: 'Staff Engineer',
        at: '2026-12-02T10:00:00.000Z',
        timeZone: 'Europe/Lisbon',
        interviewer: { name: 'Dana Whitfield', linkedinUrl: 'https://linkedin.com/in/dana-whitfield', facebookUrl: undefined },
      },
    });
  });

  it('names every missing required field', () => {
    const result = validateInterview({ ...valid, company: '  ', at: '', interviewerName: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['at', 'company', 'interviewerName']);
  });

  it('rejects links that are not profiles of the right site, with a message', () => {
    const result = validateInterview({
      ...valid,
      linkedinUrl: 'https://www.linkedin.com/company/northwind-labs/',
      facebookUrl: 'https://www.linkedin.com/in/dana-whitfield',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.linkedinUrl).toMatch(/\w/);
    expect(result.errors.facebookUrl).toMatch(/\w/);
  });

  it('rejects a date that is not a date', () => {
    const result = validateInterview({ ...valid, at: 'next tuesday' });
    expect(result.ok || result.errors.at).toMatch(/not valid/);
  });
});
