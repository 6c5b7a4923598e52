// Loads a saved-structure fixture into the current (happy-dom) document, at its real URL.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Fixture {
  file: string;
  url: string;
  html: string;
}

/** The first line of every fixture is `<!-- url: <address> | structure: <evidence> -->`. */
export function readFixture(relative: string): Fixture {
  const text = readFileSync(join(ROOT, relative), 'utf8');
  const firstLine = text.slice(0, text.indexOf('\n'));
  const url = /<!--\s*url:\s*(\S+)/.exec(firstLine)?.[1];
  if (!url) throw new Error(`${relative}: first line must name the URL the fixture is served at`);
  return { file: relative, url, html: text.slice(text.indexOf('\n') + 1) };
}

export function fixturesOf(site: 'linkedin' | 'facebook'): Fixture[] {
  return readdirSync(join(ROOT, site))
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFixture(`${site}/${f}`));
}

/** Puts the fixture's markup into `document` (scripts are not run). */
export function mount(fixture: Fixture): Document {
  const parsed = new DOMParser().parseFromString(fixture.html, 'text/html');
  const root = document.adoptNode(parsed.documentElement);
  document.documentElement.replaceChildren(...root.childNodes);
  return document;
}
