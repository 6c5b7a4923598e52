// The editor's model: filled from a stored process with what it showed of each person, and
// moved onto a newer version of the process keeping only what the user typed.
import { describe, expect, it } from 'vitest';
import { modelOf, rebase, toDraft } from '../../../src/ui/editorModel.ts';
import { NOW, days, person, process } from '../support/state.ts';

const priya = person('p1', 'Priya Raman', { linkedinUrl: 'https://www.linkedin.com/in/priya-raman/' });

describe('editor model', () => {
  it('sends the revision it was loaded from and what the form showed of each person', () => {
    const stored = { ...process('n1', 'scheduled', [{ at: days(3), people: ['p1'] }]), revision: 7 };
    const draft = toDraft(modelOf(stored, [priya]));
    expect(draft).toMatchObject({ id: 'n1', revision: 7, status: 'scheduled' });
    expect(draft.rounds[0]!.interviewers[0]).toEqual({
      id: 'p1',
      name: 'Priya Raman',
      linkedinUrl: priya.linkedinUrl,
      facebookUrl: '',
      base: { name: 'Priya Raman', linkedinUrl: priya.linkedinUrl, facebookUrl: '' },
    });
    expect(new Date(draft.rounds[0]!.at).getTime()).toBe(new Date(days(3)).getTime());
  });

  it('"keep my input" takes the newer status and the person details the user did not touch', () => {
    const old = { ...process('n1', 'scheduled', [{ at: days(3), people: ['p1'] }]), revision: 1 };
    const model = modelOf(old, [priya]);
    model.notes = 'Typed by the user';
    model.rounds[0]!.interviewers[0]!.name = 'Priya R.';
    const newer = { ...old, status: 'offer' as const, revision: 2, updatedAt: NOW.toISOString() };
    const withFacebook = { ...priya, facebookUrl: 'https://www.facebook.com/priya.raman.77' };
    rebase(model, newer, [withFacebook]);
    expect(model).toMatchObject({ revision: 2, status: 'offer', notes: 'Typed by the user' });
    expect(model.rounds[0]!.interviewers[0]).toMatchObject({
      name: 'Priya R.',
      facebookUrl: 'https://www.facebook.com/priya.raman.77',
      base: { name: 'Priya Raman', facebookUrl: 'https://www.facebook.com/priya.raman.77' },
    });
  });
});
