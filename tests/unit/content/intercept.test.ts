// @vitest-environment happy-dom
// The dialog opens on the click with the person's name, and the worker's answer fills it in
// (or closes it and lets the click through).
import { describe, expect, it, vi } from 'vitest';
import { createInterceptor } from '../../../src/content/intercept.ts';
import type { ContentMessage } from '../../../src/core/messages.ts';
import type { Recognition } from '../../../src/sites/recogniser.ts';
import { t } from '../support/words.ts';

function setup(outcomeReply: unknown = { ok: true }) {
  document.body.replaceChildren();
  document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
  const control = document.createElement('button');
  document.body.append(control);
  const recognition: Recognition = { kind: 'connect', control, person: { site: 'linkedin', name: 'Dana Whitfield' } };
  const sent: ContentMessage[] = [];
  let answer: (reply: unknown) => void = () => undefined;
  const send = vi.fn((message: ContentMessage) => {
    sent.push(message);
    return message.type === 'getVerdict' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(outcomeReply);
  });
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const interceptor = createInterceptor({ send, t, isTrusted: () => true });
  const replay = vi.fn();
  const done = interceptor.resolve(recognition, replay);
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  return { root, sent, replay, done, answer: (reply: unknown) => answer(reply) };
}

const stop = {
  verdict: { action: 'stop' },
  interceptionId: 'i1',
  dialog: {
    personName: 'Dana Whitfield',
    title: 'Not yet: Dana Whitfield is interviewing you',
    summary: 'Interview with Northwind Labs in 5 days',
    when: '',
    explanation: 'Because.',
  },
};

describe('interceptor', () => {
  it('opens the dialog at once with the name, then fills it in from the answer', async () => {
    const s = setup();
    expect(s.root.querySelector('h2')?.textContent).toBe('Dana Whitfield is on your interview list');
    expect(s.root.querySelector('[role=alertdialog]')?.getAttribute('aria-busy')).toBe('true');
    s.answer(stop);
    await s.done;
    expect(s.root.querySelector('h2')?.textContent).toBe('Not yet: Dana Whitfield is interviewing you');
    expect(s.root.querySelectorAll('[role=alertdialog]')).toHaveLength(1);
    expect(s.root.querySelector('[role=alertdialog]')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('closes it and lets the click through when the worker says allow', async () => {
    const s = setup();
    s.answer({ verdict: { action: 'allow' } });
    await s.done;
    expect(s.replay).toHaveBeenCalledOnce();
    expect(document.documentElement.querySelector(':scope > div')).toBeNull();
  });

  it('records a cancel made before the answer arrived', async () => {
    const s = setup();
    s.root.querySelector('button')!.click();
    s.answer(stop);
    await s.done;
    expect(s.replay).not.toHaveBeenCalled();
    expect(s.sent.at(-1)).toEqual({ type: 'recordOutcome', interceptionId: 'i1', outcome: 'cancelled' });
  });

  it('a refused "I got the offer" keeps the request held and says why, with the way out still there', async () => {
    const refusal =
      'The interview with Northwind Labs was changed elsewhere in the meantime; its status is now Rejected.';
    const s = setup({ error: refusal });
    s.answer(stop);
    await s.done;
    const offer = [...s.root.querySelectorAll('button')].find((b) => b.textContent === t('gotOffer'));
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    offer!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = attach.mock.results[0]!.value as ShadowRoot;
    attach.mockRestore();
    expect(again.querySelector('h2')?.textContent).toBe(t('choiceNotSavedTitle'));
    expect(again.textContent).toContain(refusal);
    expect([...again.querySelectorAll('button')].map((b) => b.textContent)).toContain(t('sendAnyway'));
    expect(s.sent.at(-1)).toEqual({ type: 'recordOutcome', interceptionId: 'i1', outcome: 'offer' });
    expect(s.replay).not.toHaveBeenCalled();
    const dialogs = [...document.documentElement.querySelectorAll(':scope > div')];
    expect(dialogs).toHaveLength(1);
    expect(s.sent.filter((m) => m.type === 'recordOutcome')).toHaveLength(1);
  });
});
