// @vitest-environment happy-dom
// The popup's comment pacing and pending invitations: "Commented on 1 of 2 posts" per
// interviewer; a pending invitation with how to withdraw it, a link to the right page and
// "Leave it", which dismisses it; nothing shown when there is nothing to say.
import { describe, expect, it, vi } from 'vitest';
import { renderPacing, SENT_INVITATIONS_URL } from '../../../src/ui/commentPacing.ts';
import type { PacingReply } from '../../../src/core/pageMessages.ts';

const reply: PacingReply = {
  ok: true,
  comments: [{ personId: 'kate', name: 'Kate Ashby', company: 'Northwind Labs', count: 1, limit: 2 }],
  pending: [
    { personId: 'kate', name: 'Kate Ashby', site: 'linkedin', profileUrl: 'https://www.linkedin.com/in/kate-ashby/' },
    { personId: 'leo', name: 'Leo Brandt', site: 'facebook', profileUrl: 'https://www.facebook.com/leo.brandt.3' },
  ],
};

describe('popup: comments and invitations', () => {
  it('shows the count, each pending invitation with its link, and dismisses one on "Leave it"', async () => {
    const slot = document.createElement('section');
    const dismissPending = vi.fn(async () => ({ ...reply, pending: reply.ok ? reply.pending.slice(1) : [] }));
    await renderPacing(slot, { getPacing: async () => reply, dismissPending });
    expect(slot.hidden).toBe(false);
    expect(slot.querySelector('.pacing-comments')?.textContent).toBe(
      'Kate Ashby: commented on 1 of 2 posts (Northwind Labs)',
    );
    const links = [...slot.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([SENT_INVITATIONS_URL, 'https://www.facebook.com/leo.brandt.3']);
    expect(slot.querySelector('.pending p')?.textContent).toBe(
      'An invitation to Kate Ashby is still pending. It was sent before the offer.',
    );
    slot.querySelector<HTMLButtonElement>('[data-person="kate"] button')!.click();
    await vi.waitFor(() => expect(slot.querySelectorAll('.pending')).toHaveLength(1));
    expect(dismissPending).toHaveBeenCalledWith('kate');
  });

  it('after "Post anyway", says the count went past the suggested number (not "3 of 2")', async () => {
    const slot = document.createElement('section');
    const over: PacingReply = {
      ok: true,
      comments: [{ personId: 'kate', name: 'Kate Ashby', company: 'Northwind Labs', count: 3, limit: 2 }],
      pending: [],
    };
    await renderPacing(slot, { getPacing: async () => over, dismissPending: vi.fn() });
    expect(slot.querySelector('.pacing-comments')?.textContent).toBe(
      'Kate Ashby: commented on 3 posts, more than the 2 suggested (Northwind Labs)',
    );
  });

  it('stays hidden with nothing to say, and says a failure', async () => {
    const slot = document.createElement('section');
    const dismissPending = vi.fn();
    await renderPacing(slot, { getPacing: async () => ({ ok: true, comments: [], pending: [] }), dismissPending });
    expect(slot.hidden).toBe(true);
    await renderPacing(slot, { getPacing: async () => ({ ok: false, error: 'No answer.' }), dismissPending });
    expect(slot.hidden).toBe(false);
    expect(slot.textContent).toBe('No answer.');
  });
});
