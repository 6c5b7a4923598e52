// @vitest-environment happy-dom
// The research checklist under an interview in the popup and the options page, over the real
// worker router (fake-browser storage): labelled checkboxes per interviewer, each tick sent
// with the list's revision, what the worker stored shown again, a refusal said and undone.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../src/background/router.ts';
import { readState } from '../../../src/background/store.ts';
import type { SaveReply } from '../../../src/core/pageMessages.ts';
import type { State } from '../../../src/core/schema.ts';
import { researchFor } from '../../../src/ui/researchChecklist.ts';
import { deps, draftOf, popup, send } from '../support/router.ts';
import { NOW } from '../support/state.ts';

beforeEach(() => {
  // The page's messages reach the worker's router, as from the popup.
  fakeBrowser.runtime.sendMessage = (message: unknown) => handleMessage(message, popup, deps)!;
});

async function saved() {
  const reply = await send<SaveReply>({
    type: 'saveProcess',
    draft: draftOf('Northwind Labs', [
      { name: 'Dana Whitfield', linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' },
      { name: 'Sam Ortiz' },
    ]),
  });
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return { state: reply.state, processId: reply.processId };
}

function render(state: State, processId: string) {
  const shown: State[] = [];
  const announce = vi.fn();
  const draw = (next: State) => {
    document.body.replaceChildren(researchFor(next, processId, { onChanged, announce }) ?? '');
  };
  const onChanged = vi.fn((next: State) => {
    shown.push(next);
    draw(next);
  });
  draw(state);
  const box = (person: string, label: string) => {
    const list = [...document.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')!.textContent!.includes(person),
    )!;
    if (!list.querySelector('fieldset')) list.querySelector('summary')!.click(); // opened, as a user does first
    return [...list.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
  };
  return { shown, announce, onChanged, box };
}

const tick = async (input: HTMLInputElement, onChanged: ReturnType<typeof vi.fn>) => {
  const calls = onChanged.mock.calls.length;
  input.click(); // toggles and fires change, as a user's click does
  await vi.waitFor(() => expect(onChanged.mock.calls.length).toBeGreaterThan(calls));
};

describe('research checklist in the pages', () => {
  it('lists each interviewer with five labelled checkboxes and what is done', async () => {
    const { state, processId } = await saved();
    render(state, processId);
    const summaries = [...document.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual([
      'Research on Dana Whitfield · 0 of 5 researched',
      'Research on Sam Ortiz · 0 of 5 researched',
    ]);
    // Folded, a list holds only its summary: its boxes are drawn when it is opened.
    expect(document.querySelectorAll('fieldset, input')).toHaveLength(0);
    document.querySelector('summary')!.click();
    expect(document.querySelectorAll('fieldset')).toHaveLength(1);
    const first = document.querySelector('fieldset')!;
    expect(first.querySelector('legend')!.textContent).toBe('Research on Dana Whitfield');
    expect([...first.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Their role',
      "The company's values and work",
      'Their posts',
      'Shared connections',
      'Your notes on them',
    ]);
    for (const label of first.querySelectorAll('label'))
      expect(label.querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(researchFor(state, 'no-such-process', { onChanged: vi.fn(), announce: vi.fn() })).toBeUndefined();
  });

  it('ticks two items one after the other, shows the stored list, and keeps it open with focus', async () => {
    const { state, processId } = await saved();
    const page = render(state, processId);
    document.querySelector('details')!.open = true;
    document.querySelector('details')!.dispatchEvent(new Event('toggle'));
    await tick(page.box('Dana', 'Their role'), page.onChanged);
    await tick(page.box('Dana', 'Their posts'), page.onChanged);
    const dana = (await readState(NOW)).state.people.find((p) => p.name === 'Dana Whitfield')!;
    expect(dana.research?.done).toEqual(['role', 'posts']);
    expect(page.announce).not.toHaveBeenCalled();
    expect(document.querySelector('summary')!.textContent).toContain('2 of 5 researched');
    expect(document.querySelector('details')!.open).toBe(true);
    expect(page.box('Dana', 'Their role').checked).toBe(true);
    expect(document.activeElement).toBe(page.box('Dana', 'Their posts'));
    expect(page.box('Sam', 'Their role').checked).toBe(false);
  });

  it('draws the boxes of a list opened without a click on its summary', async () => {
    const { state, processId } = await saved();
    render(state, processId);
    const details = document.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect([...details.querySelectorAll('input')].map((box) => box.value)).toEqual([
      'role',
      'company',
      'posts',
      'connections',
      'notes',
    ]);
  });

  it('says why a tick from an older list was refused and shows the list as stored', async () => {
    const { state, processId } = await saved();
    const elsewhere = render(state, processId);
    await tick(elsewhere.box('Dana', 'Their role'), elsewhere.onChanged);
    const stale = render(state, processId); // drawn from the state before that tick
    await tick(stale.box('Dana', 'Shared connections'), stale.onChanged);
    expect(stale.announce).toHaveBeenCalledWith(expect.stringContaining('changed elsewhere'));
    expect(stale.box('Dana', 'Shared connections').checked).toBe(false);
    expect(stale.box('Dana', 'Their role').checked).toBe(true);
  });
});
