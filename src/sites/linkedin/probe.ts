// Whether a LinkedIn profile page shows its actions in a shape we know (for the miss notice).
import { parseLinkedInUrl } from '../../core/identity.ts';
import type { ProfileProbe } from '../recogniser.ts';
import { INVITE_LABELS, PENDING_LABELS } from './labels.ts';
import { knownProfileActions, topCard } from './selectors.ts';

const KNOWN = knownProfileActions.join(',');
const LABELS = [...INVITE_LABELS, ...PENDING_LABELS];

export const linkedinProbe: ProfileProbe = {
  isProfilePage: (url) => /^\/in\/[^/]+\/?$/.test(safePath(url)),
  profileOf(url) {
    const parsed = parseLinkedInUrl(url);
    return parsed.ok ? { site: 'linkedin', identity: parsed.identity } : undefined;
  },
  knownActions(document) {
    for (const card of document.querySelectorAll(topCard.join(','))) {
      if (card.querySelector(KNOWN)) return true;
      for (const labelled of card.querySelectorAll('[aria-label]')) {
        const label = labelled.getAttribute('aria-label') ?? '';
        if (LABELS.some((p) => p.test(label))) return true;
      }
    }
    return false;
  },
};

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
