// The popup's first screen checks the preview by hand (core/previewShape.ts, no zod); the
// worker writes it through the zod schema (core/preview.ts). Both must accept the same values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPreview, PopupPreview } from '../../../src/core/preview.ts';
import { isPopupPreview } from '../../../src/core/previewShape.ts';
import { days, NOW, person, process, state } from '../support/state.ts';

const built = buildPreview(
  state(
    [person('p1', 'Ada Lovelace'), person('p2', 'Grace Hopper')],
    [
      process('a', 'scheduled', [{ at: days(2), people: ['p1', 'p2'] }]),
      process('b', 'offer', [{ at: days(-3), people: ['p2'] }], 'Acme'),
    ],
  ),
  NOW,
);

describe('the hand-written preview check', () => {
  it('accepts what the worker builds', () => {
    expect(built.items).toHaveLength(2);
    expect(isPopupPreview(built)).toBe(true);
    expect(PopupPreview.safeParse(built).success).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['another version', { ...built, v: 2 }],
    ['no total', { v: 1, items: built.items }],
    ['an unknown status', { ...built, items: [{ ...built.items[0], status: 'hired' }] }],
    ['a negative revision', { ...built, items: [{ ...built.items[0], revision: -1 }] }],
    ['a fractional revision', { ...built, items: [{ ...built.items[0], revision: 1.5 }] }],
    ['an over-long company', { ...built, items: [{ ...built.items[0], company: 'x'.repeat(2049) }] }],
    ['an interviewer that is not text', { ...built, items: [{ ...built.items[0], interviewers: [7] }] }],
    ['a missing date', { ...built, items: [{ ...built.items[0], at: undefined }] }],
  ])('refuses %s, as the schema does', (_, value) => {
    expect(isPopupPreview(value)).toBe(false);
    expect(PopupPreview.safeParse(value).success).toBe(false);
  });

  it('agrees with the schema on arbitrary changes to a field', () => {
    const fields = ['processId', 'company', 'role', 'status', 'revision', 'at', 'upcoming', 'interviewers'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const changed = { ...built, items: [{ ...built.items[0], [field]: value }] };
        expect(isPopupPreview(changed)).toBe(PopupPreview.safeParse(changed).success);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (total) => {
        const changed = { ...built, total };
        expect(isPopupPreview(changed)).toBe(PopupPreview.safeParse(changed).success);
      }),
    );
  });
});
