// Serves the saved-structure fixtures at the real LinkedIn/Facebook addresses. The first line
// of each fixture names its URL; it is stripped before serving (a comment before <!doctype>
// would put the page in quirks mode).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');

/** URL without hash, trailing slash folded, query kept (search pages differ by query). */
export function fixtureKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

function load(): Map<string, string> {
  const map = new Map<string, string>();
  for (const site of ['linkedin', 'facebook']) {
    for (const file of readdirSync(join(ROOT, site)).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(ROOT, site, file), 'utf8');
      const url = /<!--\s*url:\s*(\S+)/.exec(text.slice(0, text.indexOf('\n')))?.[1];
      if (!url) throw new Error(`${site}/${file}: first line must name its URL`);
      map.set(fixtureKey(url), text.slice(text.indexOf('\n') + 1));
    }
  }
  return map;
}

const pages = load();

export type Routed = { status: 200; body: string } | { status: 404 } | 'abort' | 'continue';

/** What to answer for a request: fixtures for the two sites, nothing else from the network. */
export function route(url: string): Routed {
  if (!/^https?:/.test(url)) return 'continue'; // the extension's own pages, data: URLs
  const host = new URL(url).hostname;
  if (/(^|\.)(linkedin|facebook)\.com$/.test(host)) {
    const body = pages.get(fixtureKey(url));
    return body === undefined ? { status: 404 } : { status: 200, body };
  }
  return 'abort';
}

export const FIXTURE = {
  linkedinProfile: 'https://www.linkedin.com/in/dana-whitfield/',
  facebookProfile: 'https://www.facebook.com/morgan.reyes',
  // Detection scenarios (detection.test.ts):
  linkedinProfileFr: 'https://www.linkedin.com/in/camille-laurent-3f2/',
  linkedinMoreMenu: 'https://www.linkedin.com/in/nora-quinlan/',
  linkedinSearch: 'https://www.linkedin.com/search/results/people/?keywords=northwind&origin=GLOBAL_SEARCH_HEADER',
  facebookProfileFr: 'https://www.facebook.com/profile.php?id=100088812345',
  facebookRequests: 'https://www.facebook.com/friends/requests/?profile_id=100099900001',
  linkedinRedesign: 'https://www.linkedin.com/in/quinn-ashworth/',
  facebookTouchAlias: 'https://m.facebook.com/jane.doe.77',
  facebookLiteCards: 'https://m.facebook.com/friends/suggestions/',
  linkedinInviteRoute: 'https://www.linkedin.com/preload/custom-invite/?vanityName=nora-quinlan',
} as const;
