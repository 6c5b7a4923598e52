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

describe('choices that could not be saved', () => {
  /** An interceptor whose outcome writes are held until the test fails them together. */
  function held() {
    document.body.replaceChildren();
    document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
    const failures: (() => void)[] = [];
    const send = vi.fn((message: ContentMessage) =>
      message.type === 'getVerdict'
        ? Promise.resolve(stop)
        : new Promise((_, reject) =>
            failures.push(() => reject(new Error('The message channel closed before a response was received'))),
          ),
    );
    const interceptor = createInterceptor({ send, t, isTrusted: () => true });
    const hosts = () => [...document.documentElement.querySelectorAll(':scope > div')];
    const control = (name: string) => {
      const button = document.createElement('button');
      document.body.append(button);
      const recognition: Recognition = { kind: 'connect', control: button, person: { site: 'linkedin', name } };
      return recognition;
    };
    /** A click stopped, the dialog filled in, and Cancel pressed: its outcome write is held. */
    async function cancelOn(recognition: Recognition) {
      const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
      await interceptor.resolve(recognition, vi.fn());
      const root = attach.mock.results[0]!.value as ShadowRoot;
      attach.mockRestore();
      [...root.querySelectorAll('button')].find((b) => b.textContent === t('cancel'))!.click();
      expect(hosts()).toHaveLength(0);
    }
    async function failAll() {
      const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
      failures.splice(0).forEach((fail) => fail());
      await new Promise((resolve) => setTimeout(resolve, 0));
      const roots = attach.mock.results.map((r) => r.value as ShadowRoot);
      attach.mockRestore();
      return roots;
    }
    return { interceptor, hosts, control, cancelOn, failAll };
  }

  it('say so once per request, not in one stacked dialog per failed write', async () => {
    const h = held();
    const dana = h.control('Dana Whitfield');
    for (let i = 0; i < 3; i++) await h.cancelOn(dana);
    const [notice] = await h.failAll();
    expect(h.hosts()).toHaveLength(1);
    expect(notice!.querySelector('h2')?.textContent).toBe(t('choiceNotSavedTitle'));
    [...notice!.querySelectorAll('button')].find((b) => b.textContent === t('cancel'))!.click();
    expect(h.hosts()).toHaveLength(0);
  });

  it('about two requests come one after the other, and a watched click after them opens its own dialog', async () => {
    const h = held();
    await h.cancelOn(h.control('Dana Whitfield'));
    await h.cancelOn(h.control('Lee Park'));
    const roots = await h.failAll();
    expect(h.hosts()).toHaveLength(1);
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === t('cancel'))!.click();
    const second = attach.mock.results[0]!.value as ShadowRoot;
    expect(h.hosts()).toHaveLength(1);
    expect(second.querySelector('h2')?.textContent).toBe(t('choiceNotSavedTitle'));
    [...second.querySelectorAll('button')].find((b) => b.textContent === t('cancel'))!.click();
    attach.mockRestore();
    expect(h.hosts()).toHaveLength(0);
    await h.cancelOn(h.control('Dana Whitfield')); // opens (and closes) a dialog of its own
  });
});
