// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { openDialog } from '../../src/content/dialog.ts';
import { createGuard } from '../../src/content/guard.ts';
import type { DialogModel } from '../../src/core/explain.ts';

function page() {
  document.body.replaceChildren();
  const watched = document.createElement('button');
  watched.setAttribute('aria-label', 'Invite Dana Whitfield to connect');
  const stranger = document.createElement('button');
  stranger.setAttribute('aria-label', 'Invite Sam Ortega to connect');
  document.body.append(watched, stranger);
  const siteClicks: string[] = [];
  document.addEventListener('click', (e) => siteClicks.push((e.target as Element).getAttribute('aria-label')!));
  return { watched, stranger, siteClicks };
}

describe('click guard', () => {
  it('stops a watched person’s click before the site sees it, and replays it exactly once', () => {
    const { watched, stranger, siteClicks } = page();
    const stopped: Array<() => void> = [];
    const guard = createGuard({
      recognise: (target) => {
        const control = target.closest('button')!;
        return { kind: 'connect', control, person: { site: 'linkedin', name: control.getAttribute('aria-label')! } };
      },
      isWatched: (person) => person.name!.includes('Dana'),
      onStopped: (_, replay) => stopped.push(replay),
    });
    const listener = (e: Event) => guard.handleClick(e as MouseEvent);
    window.addEventListener('click', listener, true);
    try {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      watched.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(true);
      expect(siteClicks).toEqual([]);
      expect(stopped).toHaveLength(1);

      stranger.click();
      expect(siteClicks).toEqual(['Invite Sam Ortega to connect']);

      stopped[0]!();
      stopped[0]!();
      expect(siteClicks).toEqual(['Invite Sam Ortega to connect', 'Invite Dana Whitfield to connect']);
    } finally {
      window.removeEventListener('click', listener, true);
    }
  });
});

const model: DialogModel = {
  personName: 'Dana <b>Whitfield</b>',
  title: 'Not yet: Dana <b>Whitfield</b> is interviewing you',
  summary: 'Interview with Northwind Labs in 5 days',
  when: 'Wed 2 Dec, 10:00',
  explanation: 'Because.',
};


describe('interception dialog', () => {
  function open(isTrusted: (e: Event) => boolean = () => true) {
    document.body.replaceChildren();
    const origin = document.createElement('button');
    document.body.append(origin);
    const onCancel = vi.fn();
    const onSendAnyway = vi.fn();
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    openDialog({ model, handlers: { onCancel, onSendAnyway }, returnFocusTo: origin, isTrusted });
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
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(model.title);
    expect(root.querySelector('b')).toBeNull();
    expect(root.activeElement?.textContent).toBe('Cancel');
  });

  it('closes on Escape, returns focus to the page button and reports a cancel', () => {
    const { root, host, origin, onCancel, onSendAnyway } = open();
    root.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
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
    const tab = () => root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    tab();
    expect(root.activeElement?.textContent).toBe('Send anyway');
    tab();
    expect(root.activeElement?.textContent).toBe('Cancel');
  });
});
