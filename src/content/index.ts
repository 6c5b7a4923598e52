// The content script: one capture-phase click listener on window, registered at
// document_start before the site's own handlers, plus the read-only watch list it consults.
// Built as one self-contained file with nothing web-accessible (LinkedIn probes
// web_accessible_resources to fingerprint extensions; see vite.config.ts).
import browser from 'webextension-polyfill';
import { PersonLookup } from '../core/match.ts';
import { ContentMessage, VerdictReply } from '../core/messages.ts';
import { WatchIndex } from '../core/watchIndex.ts';
import { recognisersFor } from '../sites/index.ts';
import type { Recognition } from '../sites/recogniser.ts';
import { openDialog, type OpenDialog } from './dialog.ts';
import { createGuard } from './guard.ts';

const INDEX_KEY = 'watchIndex';
const recognisers = recognisersFor(location.hostname);
let lookup = new PersonLookup([]);
let dialog: OpenDialog | undefined;

function useIndex(raw: unknown) {
  const parsed = WatchIndex.safeParse(raw);
  // An unreadable index watches nobody rather than breaking the page; the worker rewrites it.
  lookup = new PersonLookup(parsed.success ? parsed.data.people : []);
}

void browser.storage.local.get(INDEX_KEY).then((got) => useIndex(got[INDEX_KEY]));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && INDEX_KEY in changes) useIndex(changes[INDEX_KEY]?.newValue);
});

/**
 * After the extension is reloaded or updated, Chrome leaves this script running in open tabs
 * with its runtime gone ("Extension context invalidated", w3c/webextensions#138): stand down.
 */
function contextAlive(): boolean {
  try {
    return typeof browser.runtime.id === 'string';
  } catch {
    return false;
  }
}

const guard = createGuard({
  recognise(target) {
    for (const recognise of recognisers) {
      const hit = recognise(target, { url: location.href, document });
      if (hit) return hit;
    }
    return undefined;
  },
  isWatched(person) {
    return lookup.find(person).length > 0;
  },
  onStopped(recognition, replay) {
    void resolve(recognition, replay);
  },
});

async function resolve(recognition: Recognition, replay: () => void) {
  const reply = await askVerdict(recognition);
  if (reply?.verdict.action === 'allow') return replay();
  if (dialog) return; // one dialog at a time; a second click while it is open is dropped
  dialog = openDialog({
    model: reply?.dialog ?? fallbackModel(recognition),
    returnFocusTo: recognition.control,
    handlers: {
      onCancel: () => (dialog = undefined),
      onSendAnyway: () => {
        dialog = undefined;
        replay();
      },
    },
  });
}

async function askVerdict(recognition: Recognition): Promise<VerdictReply | undefined> {
  const message: ContentMessage = { type: 'getVerdict', kind: recognition.kind, person: recognition.person };
  try {
    const parsed = VerdictReply.safeParse(await browser.runtime.sendMessage(message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** When the worker cannot answer, still explain rather than silently swallow the click. */
function fallbackModel(recognition: Recognition) {
  const name = recognition.person.name ?? 'This person';
  return {
    personName: name,
    title: `${name} is on your interview list`,
    summary: 'Offer First could not load the interview details just now.',
    when: '',
    explanation:
      'A request to an interviewer before you have an offer can come across as presumptuous. ' +
      'If you are sure, you can still send it.',
  };
}

function onClick(event: MouseEvent) {
  if (!contextAlive()) {
    window.removeEventListener('click', onClick, true);
    return;
  }
  guard.handleClick(event);
}

if (recognisers.length > 0) window.addEventListener('click', onClick, true);
