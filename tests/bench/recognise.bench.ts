// @vitest-environment happy-dom
// The cost a click pays on a real-sized page before the site sees it: recognising the control
// and naming its person, for the page's own Connect and for a click that is not a request.
import { bench, describe } from 'vitest';
import { recognisersFor } from '../../src/sites/index.ts';
import { mount, readFixture } from '../unit/support/fixtures.ts';

const fixture = readFixture('linkedin/profile-ember-2025.html');
const doc = mount(fixture);
const recognisers = recognisersFor('www.linkedin.com');
const connect = doc.querySelector('button[aria-label="Invite Dana Whitfield to connect"] span')!;
const text = doc.querySelector('section.artdeco-card p')!;
const page = { url: fixture.url, document: doc };

describe('LinkedIn profile click', () => {
  bench('on Connect (recognise + identify)', () => {
    for (const r of recognisers) if (r(connect, page)) break;
  });
  bench('on ordinary text (no request)', () => {
    for (const r of recognisers) if (r(text, page)) break;
  });
});
