// Stored data corrupted at random (a record replaced by junk, a field removed or mistyped, a
// list turned into something else, the whole value unreadable): reading it never throws, and
// every stored record is either read or kept in quarantine with its reason, never dropped.
// Through the worker, a write made on top of corrupted data keeps the quarantine.
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { handleMessage, type RouterDeps } from '../../../src/background/router.ts';
import { STATE_KEY, readState } from '../../../src/background/store.ts';
import { loadState } from '../../../src/core/load.ts';
import { DEFAULT_SETTINGS, State, type State as StateT } from '../../../src/core/schema.ts';
import { NOW, days, person, process, state } from '../support/state.ts';
import { Tally } from '../support/tally.ts';
import { words } from '../support/words.ts';

const LISTS = {
  people: 'person',
  processes: 'process',
  history: 'history',
  connectLater: 'connectLater',
  allowances: 'allowance',
} as const;
type ListName = keyof typeof LISTS;

function sample(): StateT {
  const base = state(
    [
      person('dana', 'Dana Whitfield', { linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield/' }),
      person('sam', 'Sam Ortega', { facebookUrl: 'https://www.facebook.com/sam.ortega' }),
      person('lee', 'Lee Min'),
    ],
    [
      process('n', 'scheduled', [
        { at: days(3), people: ['dana'] },
        { at: days(9), people: ['sam'] },
      ]),
      process('g', 'offer', [{ at: days(-4), people: ['lee'] }]),
      process('h', 'rejected', [{ at: days(-20), people: ['sam'] }]),
    ],
  );
  const entry = (id: string, personId: string, processId: string) => ({
    id,
    at: days(-1),
    site: 'linkedin' as const,
    kind: 'connect' as const,
    personName: 'Dana',
    personId,
    processId,
    company: 'Co',
    reason: 'before-interview',
    outcome: 'cancelled' as const,
  });
  return State.parse({
    ...base,
    history: [entry('h1', 'dana', 'n'), entry('h2', 'sam', 'n'), entry('h3', 'lee', 'g')],
    connectLater: [
      {
        id: 'c1',
        personId: 'lee',
        processId: 'g',
        profileUrl: 'https://www.linkedin.com/in/lee/',
        createdAt: days(-2),
      },
    ],
    allowances: [{ personId: 'sam', processId: 'h', at: days(-3) }],
    settings: { ...DEFAULT_SETTINGS, friction: 'reason' },
  });
}

// One corruption: where, and what it does.
const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.string());
const corruption = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    list: fc.constantFrom(...(Object.keys(LISTS) as ListName[])),
    index: fc.nat(5),
    value: junk,
  }),
  fc.record({
    op: fc.constant('dropField' as const),
    list: fc.constantFrom(...(Object.keys(LISTS) as ListName[])),
    index: fc.nat(5),
    field: fc.constantFrom('id', 'name', 'at', 'rounds', 'company', 'status', 'personId', 'processId', 'outcome'),
  }),
  fc.record({
    op: fc.constant('mistype' as const),
    list: fc.constantFrom(...(Object.keys(LISTS) as ListName[])),
    index: fc.nat(5),
    field: fc.constantFrom('id', 'name', 'at', 'rounds', 'company', 'status', 'interviewerIds', 'timeZone'),
    value: junk,
  }),
  fc.record({
    op: fc.constant('list' as const),
    list: fc.constantFrom(...(Object.keys(LISTS) as ListName[]), 'quarantine'),
    value: junk,
  }),
  fc.record({ op: fc.constant('settings' as const), value: junk }),
  fc.record({
    op: fc.constant('duplicate' as const),
    list: fc.constantFrom(...(Object.keys(LISTS) as ListName[])),
    index: fc.nat(5),
  }),
);
type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(raw: Record<string, unknown>, change: Corruption): void {
  if (change.op === 'settings') {
    raw['settings'] = change.value;
    return;
  }
  if (change.op === 'list') {
    raw[change.list] = change.value;
    return;
  }
  const list = raw[change.list];
  if (!Array.isArray(list) || list.length === 0) return;
  const i = change.index % list.length;
  if (change.op === 'replace') list[i] = change.value;
  else if (change.op === 'duplicate') list.push(structuredClone(list[i]));
  else {
    const record = list[i];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
    const r = record as Record<string, unknown>;
    // A round's fields live one level down.
    const target =
      change.field === 'timeZone' || change.field === 'interviewerIds'
        ? Array.isArray(r['rounds'])
          ? (r['rounds'][0] as Record<string, unknown>)
          : r
        : r;
    if (!target || typeof target !== 'object') return;
    if (change.op === 'dropField') delete target[change.field];
    else target[change.field] = change.value;
  }
}

/** Every stored record read or quarantined: '' when none is missing, else what went missing. */
const earlierCount = (raw: Record<string, unknown>) =>
  Array.isArray(raw['quarantine']) ? raw['quarantine'].length : raw['quarantine'] === undefined ? 0 : 1;

function accounted(raw: Record<string, unknown>, loaded: StateT): string {
  // Records quarantined earlier come first, each kept (a damaged one wrapped as unreadable).
  const keptNow = loaded.quarantine.slice(earlierCount(raw));
  for (const [list, kind] of Object.entries(LISTS) as Array<[ListName, string]>) {
    const value = raw[list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      if (!keptNow.some((q) => q.kind === kind && JSON.stringify(q.data) === JSON.stringify(value)))
        return `${list} (not a list) dropped`;
      continue;
    }
    const read = (loaded[list] as unknown[]).length;
    const kept = keptNow.filter((q) => q.kind === kind).length;
    if (read + kept !== value.length) return `${list}: ${value.length} stored, ${read} read + ${kept} quarantined`;
  }
  if (
    raw['settings'] !== undefined &&
    JSON.stringify(loaded.settings) !== JSON.stringify(raw['settings']) &&
    !keptNow.some((q) => q.kind === 'settings')
  )
    return 'settings dropped';
  const earlier = loaded.quarantine.slice(0, earlierCount(raw));
  const stored = Array.isArray(raw['quarantine'])
    ? raw['quarantine']
    : raw['quarantine'] === undefined
      ? []
      : [raw['quarantine']];
  if (
    earlier.some(
      (q, i) => JSON.stringify(q) !== JSON.stringify(stored[i]) && JSON.stringify(q.data) !== JSON.stringify(stored[i]),
    )
  )
    return 'earlier quarantine dropped';
  return '';
}

const tally = new Tally('fault corrupted records');
afterAll(() => tally.report());

describe('corrupted stored records', () => {
  it('are read or quarantined, never dropped, never a crash (2,000 random corruptions)', () => {
    const base = sample();
    fc.assert(
      fc.property(fc.array(corruption, { minLength: 1, maxLength: 4 }), (changes) => {
        const raw = structuredClone(base) as unknown as Record<string, unknown>;
        for (const change of changes) corrupt(raw, change);
        // What storage.local would hold: structured-clonable JSON (undefined fields vanish).
        const stored = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
        tally.checkSync(JSON.stringify(changes).slice(0, 200), () => {
          const loaded = loadState(stored, NOW);
          if (!State.safeParse(loaded.state).success) return 'loaded an invalid state';
          if (loaded.problems.length !== loaded.state.quarantine.length - earlierCount(stored))
            return 'a quarantined record without a problem shown';
          return accounted(stored, loaded.state) || true;
        });
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it.each([
    ['not an object', 'garbage'],
    ['a list', [1, 2, 3]],
    ['null', null],
    ['no version', { people: [] }],
    ['half a JSON text', JSON.stringify(sample()).slice(0, 300)],
  ])('a whole value that is %s is kept in quarantine, with the reason shown', (_label, raw) => {
    tally.checkSync(`whole state: ${_label}`, () => {
      const loaded = loadState(raw, NOW);
      expect(loaded.problems).toHaveLength(1);
      return (
        (loaded.state.quarantine[0]?.kind === 'state' &&
          JSON.stringify(loaded.state.quarantine[0].data) === JSON.stringify(raw)) ||
        'raw state not kept'
      );
    });
  });

  it('a command on top of corrupted data keeps the quarantined records (200 random corruptions, through the worker)', async () => {
    const BASE = 'chrome-extension://offerfirst/';
    const deps: RouterDeps = {
      runtime: { id: 'offerfirst', getURL: (path) => BASE + path },
      now: () => NOW,
      newId: () => crypto.randomUUID(),
      effects: { afterCommit: () => undefined },
      words: () => words,
    };
    const popup: Runtime.MessageSender = { id: 'offerfirst', url: `${BASE}src/popup/index.html` };
    const cases = fc.sample(fc.array(corruption, { minLength: 1, maxLength: 3 }), { numRuns: 200, seed: 10 });
    for (const changes of cases) {
      const raw = structuredClone(sample()) as unknown as Record<string, unknown>;
      for (const change of changes) corrupt(raw, change);
      await fakeBrowser.storage.local.clear();
      await fakeBrowser.storage.local.set({ [STATE_KEY]: raw });
      await tally.check(`through the worker: ${JSON.stringify(changes).slice(0, 200)}`, async () => {
        const before = await readState(NOW);
        // Built on what the page would have loaded: the settings' current revision.
        const revision = before.state.settingsRevision;
        const message = { type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, showBadge: false }, revision };
        const reply = (await handleMessage(message, popup, deps)) as { ok: boolean };
        if (!reply.ok) return `refused: ${JSON.stringify(reply)}`;
        const after = await readState(NOW);
        if (after.state.quarantine.length < before.state.quarantine.length) return 'quarantine lost on write';
        for (const list of Object.keys(LISTS) as ListName[])
          if ((after.state[list] as unknown[]).length !== (before.state[list] as unknown[]).length)
            return `${list} changed by a settings write`;
        return true;
      });
    }
  }, 60_000);
});
