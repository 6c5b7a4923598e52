// @vitest-environment happy-dom
// The click guard leaves a click alone when its target is inside none of the site's `controls`
// (content/guard.ts), without running a recogniser. That is only safe while every element a
// recogniser acts on lies inside one: checked here on every saved fixture of each site, for
// connection requests, Follow/Message and comment submissions, on every element of the page
// (a click lands on the control or anything inside it).
import { describe, expect, it } from 'vitest';
import { commentRecogniserFor } from '../../../src/sites/comments.ts';
import { controlsFor, recognisersFor } from '../../../src/sites/index.ts';
import { fixturesOf, mount } from '../support/fixtures.ts';

const HOSTS = { linkedin: 'www.linkedin.com', facebook: 'www.facebook.com' } as const;

/** Every element of the fixture, including those in declarative open shadow roots. */
function everyElement(doc: Document): Element[] {
  for (const template of [...doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement!;
    host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    template.remove();
  }
  const all: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  return all;
}

/** What a click on `el` looks like from window: `el` itself, or the host of its outermost shadow root. */
function lightDomOf(el: Element): Element {
  let at = el;
  for (let root = at.getRootNode(); root instanceof ShadowRoot; root = at.getRootNode()) at = root.host;
  return at;
}

describe.each(Object.entries(HOSTS))('%s: every recognised control lies inside the site’s controls', (site, host) => {
  const controls = controlsFor(host)!;
  const recognisers = recognisersFor(host, { followAndMessage: true });
  const comment = commentRecogniserFor(host);

  it.each(fixturesOf(site as 'linkedin' | 'facebook').map((f) => [f.file, f] as const))('%s', (_, fixture) => {
    const doc = mount(fixture);
    const page = { url: fixture.url, document: doc };
    const outside: string[] = [];
    for (const el of everyElement(doc)) {
      const hit =
        recognisers.some((recognise) => recognise(el, page) !== undefined) ||
        comment?.(el, page, 'click') !== undefined;
      // Inside a shadow root the guard sees the outermost host (a click reaching window is
      // retargeted to it), which must then be inside a control itself.
      if (hit && lightDomOf(el).closest(controls) === null) outside.push(el.outerHTML.slice(0, 120));
    }
    expect(outside).toEqual([]);
  });

  it('recognises requests and comment submissions on the fixtures, so the check above is not vacuous', () => {
    let requests = 0;
    let comments = 0;
    for (const fixture of fixturesOf(site as 'linkedin' | 'facebook')) {
      const doc = mount(fixture);
      const page = { url: fixture.url, document: doc };
      const all = everyElement(doc);
      if (all.some((el) => recognisers.some((recognise) => recognise(el, page) !== undefined))) requests++;
      if (all.some((el) => comment?.(el, page, 'click') !== undefined)) comments++;
    }
    expect(requests).toBeGreaterThan(10);
    expect(comments).toBeGreaterThan(0);
  });
});

describe('controls inside an open shadow root', () => {
  it('LinkedIn’s 2026 search dialog: what a recogniser knows in the shadow root is reached through its listed host', () => {
    const host = HOSTS.linkedin;
    const fixture = fixturesOf('linkedin').find((f) => f.file.endsWith('search-sdui-2026-shadow-pl.html'))!;
    const doc = mount(fixture);
    const page = { url: fixture.url, document: doc };
    const recognisers = recognisersFor(host, { followAndMessage: true });
    const inShadow = everyElement(doc).filter(
      (el) => el.getRootNode() !== doc && recognisers.some((recognise) => recognise(el, page) !== undefined),
    );
    expect(inShadow.length).toBeGreaterThan(0);
    for (const el of inShadow) expect(lightDomOf(el).closest(controlsFor(host)!)?.id).toBe('interop-outlet');
  });
});
