// The dialog's research box: where to look instead of connecting (links to the person's own
// profile sections only), how much of the user's checklist is done, and the advice on comments.
import type { Translate } from '../core/i18n.ts';
import { el, text, type Colors } from './dialogParts.ts';

export interface ResearchLink {
  text: string;
  url?: string | undefined;
}

export interface ResearchBoxOptions {
  research?: ResearchLink[] | undefined;
  /** How much of the person's checklist is ticked (only for the person the user acted on). */
  researched?: { done: number; total: number } | undefined;
  commentAdvice?: string | undefined;
}

/** Only links to the two sites are shown: the worker builds them, but the page is hostile ground. */
const SAFE_LINK = /^https:\/\/www\.(linkedin|facebook)\.com\//;

export function researchBox(
  doc: Document,
  C: Colors,
  t: Translate,
  options: ResearchBoxOptions,
): HTMLElement | undefined {
  const research = (options.research ?? []).filter((r) => r.text);
  if (research.length === 0) return undefined;
  const box = el(doc, 'div', { background: C.soft, borderRadius: '8px', padding: '12px 14px', margin: '0 0 16px' });
  const heading = text(doc, 'h3', t('researchHeading'), { margin: '0 0 6px', fontSize: '15px', fontWeight: '700' });
  heading.id = 'of-research';
  const list = el(doc, 'ul', { margin: '0', padding: '0 0 0 18px' });
  list.setAttribute('aria-labelledby', 'of-research');
  for (const item of research) {
    const li = el(doc, 'li', { margin: '2px 0' });
    if (item.url && SAFE_LINK.test(item.url)) {
      const a = text(doc, 'a', item.text, { color: C.accent, textDecoration: 'underline' });
      a.href = item.url;
      li.append(a);
    } else li.textContent = item.text;
    list.append(li);
  }
  box.append(heading);
  if (options.researched) {
    const progress = text(doc, 'p', t('researchProgress', options.researched), { margin: '0 0 6px', color: C.muted });
    progress.id = 'of-research-progress';
    list.setAttribute('aria-describedby', progress.id);
    box.append(progress);
  }
  box.append(list);
  if (options.commentAdvice)
    box.append(text(doc, 'p', options.commentAdvice, { margin: '8px 0 0', fontSize: '13px', color: C.muted }));
  return box;
}
