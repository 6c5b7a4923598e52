// Reading the name on a profile page, for "Add <Name> as an interviewer" in the popup. The
// popup runs readProfileName in the tab (scripting.executeScript, in the extension's isolated
// world) once, when it opens: nothing is read before and nothing stays in the page. Each site
// lists where its profiles show the name, as data (sites/<site>/profileName.ts), tested on the
// saved fixtures (tests/unit/sites/profileName.test.ts).
import { FACEBOOK_NAME } from './facebook/profileName.ts';
import { LINKEDIN_NAME } from './linkedin/profileName.ts';
import type { NameReaders } from './nameReaders.ts';

export type { NameReaders };

export const NAME_READERS: Record<'linkedin' | 'facebook', NameReaders> = {
  linkedin: LINKEDIN_NAME,
  facebook: FACEBOOK_NAME,
};

/**
 * The profile's name, or null. Self-contained (no reference outside its body): the browser
 * serialises it into the tab, where `doc` is that page's document.
 */
export function readProfileName(readers: NameReaders, doc: Document = document): string | null {
  const clean = (text: string | null | undefined, suffixes: string[] = []): string => {
    // "(3) Dana Whitfield | LinkedIn": the unread count and the site's suffix are not the name.
    let name = (text ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\(\d+\+?\)\s*/, '');
    for (const suffix of suffixes.map((s) => s.trim()))
      if (name.endsWith(suffix)) name = name.slice(0, -suffix.length).trim();
    // A page titled with the site's name alone ("Facebook") names no one.
    if (suffixes.some((s) => s.replace(/[\s|]/g, '') === name)) return '';
    return name.length > 0 && name.length <= 200 ? name : '';
  };
  for (const selector of readers.selectors) {
    const name = clean(doc.querySelector(selector)?.textContent);
    if (name) return name;
  }
  for (const property of readers.meta) {
    const name = clean(
      doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
      readers.titleSuffixes,
    );
    if (name) return name;
  }
  return clean(doc.title, readers.titleSuffixes) || null;
}
