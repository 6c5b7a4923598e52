// @vitest-environment happy-dom
// The dialog says how much of the research checklist is already ticked off ("2 of 5
// researched"), next to the research list, when the worker sent the count.
import { describe, expect, it, vi } from 'vitest';
import { openDialog, type DialogOptions } from '../../../src/content/dialog.ts';
import { t } from '../support/words.ts';

const model = {
  personName: 'Dana Whitfield',
  title: 'Not yet: Dana Whitfield is interviewing you',
  summary: 'Interview with Northwind Labs in 5 days',
  when: '',
  explanation: 'Because.',
};

function open(extra: Partial<DialogOptions>): ShadowRoot {
  document.body.replaceChildren();
  const origin = document.createElement('button');
  document.body.append(origin);
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const handlers = { onCancel: vi.fn(), onSendAnyway: vi.fn() };
  openDialog({ model, t, handlers, returnFocusTo: origin, isTrusted: () => true, ...extra });
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  return root;
}

describe('research progress in the dialog', () => {
  it('says how much is done, tied to the research list', () => {
    const root = open({ research: [{ text: 'Their role' }], researched: { done: 2, total: 5 } });
    const progress = root.getElementById('of-research-progress')!;
    expect(progress.textContent).toBe('2 of 5 researched');
    expect(root.querySelector('ul')!.getAttribute('aria-describedby')).toBe('of-research-progress');
    // Right after the research heading, before the list.
    expect(progress.previousElementSibling?.id).toBe('of-research');
    expect(progress.nextElementSibling?.tagName).toBe('UL');
  });

  it('shows no count when none was sent', () => {
    const root = open({ research: [{ text: 'Their role' }] });
    expect(root.getElementById('of-research-progress')).toBeNull();
    expect(root.textContent).not.toContain('researched');
  });
});
