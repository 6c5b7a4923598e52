// @vitest-environment happy-dom
// The popup's offer for the profile open in the tab: add the person to an interview on the
// list (through the worker, on the revision shown), start a new one with them, or say where
// they already are.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import type { State } from '../../../src/core/schema.ts';
import type { ActiveProfile } from '../../../src/ui/activeProfile.ts';
import type { NewPerson } from '../../../src/ui/editor.ts';
import { mountProfileOffer } from '../../../src/ui/profileOffer.ts';
import { days, person, process, state } from '../support/state.ts';

const danaTab: ActiveProfile = {
  site: 'linkedin',
  key: 'linkedin:slug:dana-whitfield',
  url: 'https://www.linkedin.com/in/dana-whitfield/',
  name: 'Dana Whitfield',
};
const sam = person('p2', 'Sam Ortega');
const northwind = { ...process('n1', 'scheduled', [{ at: days(30), people: ['p2'] }], 'Northwind Labs'), revision: 3 };

function mount(found: ActiveProfile | undefined) {
  const root = document.createElement('section');
  const calls = { addWith: [] as NewPerson[], announced: [] as string[], changed: [] as State[] };
  const offer = mountProfileOffer(
    root,
    {
      addWith: (p) => calls.addWith.push(p),
      announce: (m) => calls.announced.push(m),
      onChanged: (s) => (calls.changed.push(s), offer.follow(s)),
    },
    async () => found,
  );
  return { root, calls, offer };
}

const buttonNamed = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('profile offer', () => {
  it('stays hidden when the tab shows no profile', async () => {
    const { root, offer } = mount(undefined);
    await offer.ready;
    offer.follow(state([sam], [northwind]));
    expect(root.hidden).toBe(true);
  });

  it('adds the person to the interview picked, through the worker, on the revision shown', async () => {
    const sent: unknown[] = [];
    const stored = state(
      [sam, person('p1', 'Dana Whitfield', { linkedinUrl: danaTab.url })],
      [{ ...northwind, revision: 4, rounds: [{ ...northwind.rounds[0]!, interviewerIds: ['p2', 'p1'] }] }],
    );
    fakeBrowser.runtime.sendMessage = async (message: unknown) => {
      sent.push(message);
      return { ok: true, processId: 'n1', state: stored };
    };
    const { root, calls, offer } = mount(danaTab);
    await offer.ready;
    offer.follow(state([sam], [northwind]));
    expect(root.hidden).toBe(false);
    buttonNamed(root, 'Add Dana Whitfield as an interviewer').click();
    const select = root.querySelector<HTMLSelectElement>('#profile-process')!;
    expect([...select.options].map((o) => o.text)).toEqual(['Northwind Labs · Engineer', 'A new interview']);
    root.querySelector('form')!.requestSubmit();
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'saveProcess', draft: { id: 'n1', revision: 3 } });
    const interviewers = (sent[0] as { draft: { rounds: Array<{ interviewers: NewPerson[] }> } }).draft.rounds[0]!
      .interviewers;
    expect(interviewers.map((p) => p.name)).toEqual(['Sam Ortega', 'Dana Whitfield']);
    expect(calls.announced).toEqual(['Added Dana Whitfield to your interview with Northwind Labs.']);
    expect(root.textContent).toContain('Dana Whitfield is already on your list.');
    expect(root.textContent).toMatch(/Northwind Labs · Engineer: interview in \d weeks/);
  });

  it('says where the worker refused, and shows what changed', async () => {
    const newer = state([sam], [{ ...northwind, revision: 4, status: 'offer' }]);
    fakeBrowser.runtime.sendMessage = async () => ({
      ok: false,
      errors: { form: 'This interview was changed elsewhere.' },
      state: newer,
    });
    const { root, calls, offer } = mount(danaTab);
    await offer.ready;
    offer.follow(state([sam], [northwind]));
    buttonNamed(root, 'Add Dana Whitfield as an interviewer').click();
    const form = root.querySelector('form')!;
    form.requestSubmit();
    await settle();
    expect(calls.changed).toEqual([newer]);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This interview was changed elsewhere.');
  });

  it('starts a new interview with the person, name and link filled in', async () => {
    const { root, calls, offer } = mount({ ...danaTab, site: 'facebook', url: 'https://www.facebook.com/dana.w' });
    await offer.ready;
    offer.follow(state([], []));
    buttonNamed(root, 'Add Dana Whitfield as an interviewer').click();
    expect(calls.addWith).toEqual([
      { name: 'Dana Whitfield', linkedinUrl: '', facebookUrl: 'https://www.facebook.com/dana.w' },
    ]);
  });
});
