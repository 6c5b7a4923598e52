import { describe, expect, it } from 'vitest';
import { countdown } from '../../../src/core/countdown.ts';

// Local wall-clock dates, as the popup shows them.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);
const now = at(3, 15);

describe('countdown', () => {
  it('counts calendar days, so a day ahead at any hour is "tomorrow"', () => {
    expect(countdown(at(4, 9), now, 'en')).toBe('tomorrow');
    expect(countdown(at(8, 10), now, 'en')).toBe('in 5 days');
    expect(countdown(at(1, 10), now, 'en')).toBe('2 days ago');
  });

  it('uses hours the same day and minutes within the hour', () => {
    expect(countdown(at(3, 18), now, 'en')).toBe('in 3 hours');
    expect(countdown(at(3, 15, 40), now, 'en')).toBe('in 40 minutes');
    expect(countdown(at(3, 13), now, 'en')).toBe('2 hours ago');
    // Across midnight but close: hours, not "tomorrow".
    expect(countdown(at(4, 1), at(3, 22), 'en')).toBe('in 3 hours');
  });

  it('uses weeks, then months, for far dates', () => {
    expect(countdown(at(24, 10), now, 'en')).toBe('in 3 weeks');
    expect(countdown(new Date(2027, 3, 3, 10), now, 'en')).toBe('in 4 months');
  });

  it("speaks the user's language, including Chrome's pt_BR form", () => {
    expect(countdown(at(8, 10), now, 'fr')).toBe('dans 5 jours');
    expect(countdown(at(8, 10), now, 'de')).toBe('in 5 Tagen');
    expect(countdown(at(8, 10), now, 'pt_BR')).toBe('em 5 dias');
  });

  it('falls back to the default language for a tag it cannot read', () => {
    expect(countdown(at(8, 10), now, 'not a tag!')).toMatch(/5/);
  });
});
