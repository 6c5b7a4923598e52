// setResearch through the worker's router (fake-browser storage): only the extension's pages
// may tick, each tick is stored on the revision the page showed, a stale page is refused with
// the list as it is now, editing the interview keeps the ticks, and the verdict for the watched
// person the user acted on carries how much is done.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { readState } from '../../../../src/background/store.ts';
import type { ChangeReply, SaveReply } from '../../../../src/core/pageMessages.ts';
import { NOW } from '../../support/state.ts';
import { EN } from '../../support/words.ts';
import { contentScript, draftOf, options, send } from '../../support/router.ts';

const PRIYA_IN = 'https://www.linkedin.com/in/priya-raman/';

async function saved() {
  const reply = await send<SaveReply>({
    type: 'saveProcess',
    draft: draftOf('Northwind Labs', [{ name: 'Priya Raman', linkedinUrl: PRIYA_IN }, { name: 'Sam Ortiz' }]),
  });
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  const priya = reply.state.people.find((p) => p.name === 'Priya Raman')!;
  return { processId: reply.processId, state: reply.state, priya };
}
const tick = (personId: string, item: string, done: boolean, revision: number, sender = options) =>
  send<ChangeReply>({ type: 'setResearch', personId, item, done, revision }, sender);
const priyaNow = async () => (await readState(NOW)).state.people.find((p) => p.name === 'Priya Raman')!;
const verdict = () =>
  send<{ researched?: unknown }>(
    {
      type: 'getVerdict',
      kind: 'connect',
      person: { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'priya-raman' } },
    },
    contentScript,
  );

describe('setResearch', () => {
  it('stores a tick with a new revision and answers with the stored state', async () => {
    const { priya, state } = await saved();
    const reply = await tick(priya.id, 'role', true, 0);
    if (!reply.ok) throw new Error(reply.error);
    const stored = await priyaNow();
    expect(stored.research).toEqual({ done: ['role'], updatedAt: NOW.toISOString(), revision: state.revision + 1 });
    expect(reply.state.people.find((p) => p.id === priya.id)).toEqual(stored);
    // The other interviewer of the same process is untouched.
    expect(reply.state.people.find((p) => p.name === 'Sam Ortiz')!.research).toBeUndefined();
    const second = await tick(priya.id, 'posts', true, stored.research!.revision);
    expect(second.ok).toBe(true);
    expect((await priyaNow()).research?.done).toEqual(['role', 'posts']);
  });

  it('refuses a tick from a page that showed an older list, and sends the list as stored', async () => {
    const { priya } = await saved();
    await tick(priya.id, 'role', true, 0);
    const stale = await tick(priya.id, 'notes', true, 0);
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining('Priya Raman') });
    expect(stale.state?.people.find((p) => p.id === priya.id)?.research?.done).toEqual(['role']);
    expect((await priyaNow()).research?.done).toEqual(['role']);
  });

  it('says so when the person is gone, and refuses unknown items and content scripts', async () => {
    await saved();
    expect(await tick('nobody', 'role', true, 0)).toMatchObject({
      ok: false,
      error: 'That interviewer is no longer on your list.',
    });
    const { priya } = await saved();
    expect(await tick(priya.id, 'horoscope', true, 0)).toEqual({ error: EN.errMalformedMessage });
    // A LinkedIn page's content script may not change anything.
    expect(await tick(priya.id, 'role', true, 0, contentScript)).toEqual({ error: EN.errMalformedMessage });
    expect((await priyaNow()).research).toBeUndefined();
  });

  it('keeps the ticks when the interview is edited and the person entered again', async () => {
    const { priya, processId } = await saved();
    await tick(priya.id, 'connections', true, 0);
    const process = (await readState(NOW)).state.processes.find((p) => p.id === processId)!;
    const reply = await send<SaveReply>({
      type: 'saveProcess',
      draft: draftOf('Northwind Labs', [{ name: 'Priya Raman', linkedinUrl: PRIYA_IN }], {
        id: processId,
        revision: process.revision,
        notes: 'Ask about the team',
      }),
    });
    expect(reply.ok).toBe(true);
    expect((await priyaNow()).research?.done).toEqual(['connections']);
  });

  it('tells no tab of a tick: the watch list the content scripts hold is not republished', async () => {
    const { priya } = await saved();
    const sessionWrites = vi.spyOn(fakeBrowser.storage.session, 'set');
    expect((await tick(priya.id, 'notes', true, 0)).ok).toBe(true);
    expect(sessionWrites).not.toHaveBeenCalled();
  });

  it('sends the count in the verdict for the watched person the user acted on', async () => {
    const { priya } = await saved();
    expect(await verdict()).toMatchObject({ researched: { done: 0, total: 5 } });
    await tick(priya.id, 'role', true, 0);
    await tick(priya.id, 'company', true, (await priyaNow()).research!.revision);
    expect(await verdict()).toMatchObject({ researched: { done: 2, total: 5 } });
  });
});
