// The popup's part of comment pacing and pending invitations: per interviewer, "Commented on 1 of 2 posts"; and, once per
// person, an invitation already pending with how to withdraw it on that site, a link to the
// right page, and "Leave it". What the content scripts learnt from the pages is shown here,
// never in the pages (docs/SECURITY.md). Nothing is sent or withdrawn from here.
import type { PacingReply } from '../core/pageMessages.ts';
import { api } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

export const SENT_INVITATIONS_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
const FACEBOOK_PROFILE = /^https:\/\/(www|m|web|mbasic)\.facebook\.com\//;

export interface PacingApi {
  getPacing(): Promise<PacingReply>;
  dismissPending(personId: string): Promise<PacingReply>;
}

/** Fills `slot` (hidden when there is nothing to say); a failure is said in it. */
export async function renderPacing(slot: HTMLElement, deps: PacingApi = api): Promise<void> {
  draw(slot, await deps.getPacing(), deps);
}

function draw(slot: HTMLElement, reply: PacingReply, deps: PacingApi) {
  if (!reply.ok) {
    slot.replaceChildren(h('p', { class: 'problem', attrs: { role: 'alert' } }, reply.error));
    slot.hidden = false;
    return;
  }
  const comments = reply.comments.map((c) =>
    h(
      'li',
      {},
      t(c.count > c.limit ? 'commentedOnOver' : 'commentedOn', { name: c.name, count: c.count, limit: c.limit }),
      ` (${c.company})`,
    ),
  );
  const pending = reply.pending.map((p) => {
    const linkedin = p.site === 'linkedin';
    const href = linkedin
      ? SENT_INVITATIONS_URL
      : p.profileUrl && FACEBOOK_PROFILE.test(p.profileUrl)
        ? p.profileUrl
        : 'https://www.facebook.com/';
    const leave = h('button', { class: 'link', attrs: { type: 'button' } }, t('leaveIt'));
    leave.addEventListener('click', () => {
      leave.disabled = true;
      void deps.dismissPending(p.personId).then((next) => draw(slot, next, deps));
    });
    return h(
      'li',
      { class: 'pending', attrs: { 'data-person': p.personId } },
      h('p', {}, t('pendingNotice', { name: p.name })),
      h('p', {}, t(linkedin ? 'pendingHowLinkedIn' : 'pendingHowFacebook')),
      h(
        'p',
        {},
        h(
          'a',
          { attrs: { href, target: '_blank', rel: 'noreferrer' } },
          t(linkedin ? 'pendingOpenLinkedIn' : 'pendingOpenFacebook'),
        ),
        ' ',
        leave,
      ),
    );
  });
  slot.replaceChildren(
    h('h2', { id: 'pacing-heading' }, t('pacingHeading')),
    ...(comments.length ? [h('ul', { class: 'pacing-comments' }, ...comments)] : []),
    ...(pending.length ? [h('ul', { class: 'pacing-pending' }, ...pending)] : []),
  );
  slot.hidden = comments.length === 0 && pending.length === 0;
}
