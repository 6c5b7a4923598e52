// @vitest-environment happy-dom
// The interception dialog's choices and friction, driven as a user would (with trusted
// events simulated by the injected check, since every event in a test is untrusted).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDialog, type DialogOptions } from '../../../src/content/dialog.ts';
import type { DialogModel } from '../../../src/core/explain.ts';
import { t } from '../support/words.ts';

const model = {
  personName: 'Dana Whitfield',
  title: 'Not yet: Dana Whitfield is interviewing you',
  summary: 'Interview with Northwind Labs in 5 days',
  when: 'Wed 2 Dec, 10:00',
  explanation: 'Because.',
};

function open(extra: Partial<DialogOptions> = {}) {
  document.body.replaceChildren();
  const origin = document.createElement('button');
  document.body.append(origin);
  const handlers = { onCancel: vi.fn(), onSendAnyway: vi.fn(), onRemind: vi.fn(), onOffer: vi.fn() };
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  openDialog({ model, t, handlers, returnFocusTo: origin, isTrusted: () => true, ...extra });
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  const button = (name: string | RegExp) =>
    [...root.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
    )!;
  return { root, handlers, button, host: document.documentElement.lastElementChild! };
}

afterEach(() => vi.useRealTimers());

describe('dialog choices', () => {
  it('offers remind me and I got the offer, each closing the dialog', () => {
    const a = open();
    a.button('Remind me when I get the offer').click();
    expect(a.handlers.onRemind).toHaveBeenCalledOnce();
    expect(a.host.isConnected).toBe(false);
    const b = open();
    b.button('I got the offer').click();
    expect(b.handlers.onOffer).toHaveBeenCalledOnce();
  });

  it('shows the research checklist, linking only to the two sites', () => {
    const { root } = open({
      research: [
        { text: 'Their role', url: 'https://www.linkedin.com/in/dana/details/experience/' },
        { text: 'Evil', url: 'javascript:alert(1)' },
        { text: 'No link' },
      ],
      commentAdvice: 'One or two comments.',
    });
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.linkedin.com/in/dana/details/experience/']);
    expect(root.textContent).toContain('Evil');
    expect(root.textContent).toContain('One or two comments.');
    expect(root.querySelector('ul')!.getAttribute('aria-labelledby')).toBe('of-research');
  });
});

describe('friction on "Send anyway"', () => {
  it('none: sends at once', () => {
    const { button, handlers } = open({ friction: 'none' });
    button('Send anyway').click();
    expect(handlers.onSendAnyway).toHaveBeenCalledWith();
  });

  it('countdown: waits, announces, then needs a second click', () => {
    vi.useFakeTimers();
    const { button, handlers, root } = open({ friction: 'countdown', countdownSeconds: 5 });
    button('Send anyway').click();
    const send = button(/^Send anyway \(5\)$/);
    expect(send.disabled).toBe(true);
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/in 5 seconds/);
    send.click();
    expect(handlers.onSendAnyway).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5000);
    expect(send.disabled).toBe(false);
    expect(send.textContent).toBe('Send now');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('You can send the request now.');
    send.click();
    expect(handlers.onSendAnyway).toHaveBeenCalledOnce();
  });

  it('reason: asks why, refuses an empty reason, passes the words on', () => {
    const { button, handlers, root } = open({ friction: 'reason' });
    button('Send anyway').click();
    const reason = root.querySelector('textarea')!;
    expect(root.activeElement).toBe(reason);
    expect(root.querySelector(`label[for="${reason.id}"]`)!.textContent).toBe('Why send the request now?');
    button('Send with this reason').click();
    expect(handlers.onSendAnyway).not.toHaveBeenCalled();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    reason.value = 'We worked together for years';
    button('Send with this reason').click();
    expect(handlers.onSendAnyway).toHaveBeenCalledWith('We worked together for years');
  });

  it('never lets an untrusted click through', () => {
    const { button, handlers } = open({ isTrusted: () => false });
    button('Send anyway').click();
    button('I got the offer').click();
    expect(handlers.onSendAnyway).not.toHaveBeenCalled();
    expect(handlers.onOffer).not.toHaveBeenCalled();
  });
});

const hostileModel: DialogModel = {
  personName: 'Dana <b>Whitfield</b>',
  title: 'Not yet: Dana <b>Whitfield</b> is interviewing you',
  summary: 'Interview with Northwind Labs in 5 days',
  when: 'Wed 2 Dec, 10:00',
  explanation: 'Because.',
};

describe('interception dialog basics', () => {
  function open(isTrusted: (e: Event) => boolean = () => true) {
    document.body.replaceChildren();
    const origin = document.createElement('button');
    document.body.append(origin);
    const onCancel = vi.fn();
    const onSendAnyway = vi.fn();
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    openDialog({ model: hostileModel, t, handlers: { onCancel, onSendAnyway }, returnFocusTo: origin, isTrusted });
    const root = attach.mock.results[0]!.value as ShadowRoot;
    attach.mockRestore();
    const host = document.documentElement.lastElementChild!;
    return { origin, onCancel, onSendAnyway, root, host };
  }
  const buttonNamed = (root: ShadowRoot, name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('is an alertdialog named by its title, with page text as text, Cancel focused', () => {
    const { root } = open();
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(hostileModel.title);
    expect(root.querySelector('b')).toBeNull();
    expect(root.activeElement?.textContent).toBe('Cancel');
  });

  it('closes on Escape, returns focus to the page button and reports a cancel', () => {
    const { root, host, origin, onCancel, onSendAnyway } = open();
    root
      .querySelector('[role="alertdialog"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSendAnyway).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(origin);
  });

  it('lets "Send anyway" through only for a trusted event', () => {
    const untrusted = open(() => false);
    buttonNamed(untrusted.root, 'Send anyway').click();
    expect(untrusted.onSendAnyway).not.toHaveBeenCalled();
    expect(untrusted.host.isConnected).toBe(true);

    const trusted = open(() => true);
    buttonNamed(trusted.root, 'Send anyway').click();
    expect(trusted.onSendAnyway).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside the dialog', () => {
    const { root } = open();
    const tab = () =>
      root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    tab();
    expect(root.activeElement?.textContent).toBe('Send anyway');
    tab();
    expect(root.activeElement?.textContent).toBe('Cancel');
  });
});
