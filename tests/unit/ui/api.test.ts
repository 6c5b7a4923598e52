// The pages' side: a worker that cannot be reached, or answers nothing, still gives every
// caller a refusal with a sentence to show where the user acted; nothing throws.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { api } from '../../../src/ui/api.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/schema.ts';

const draft = { company: 'Contoso', role: '', status: 'scheduled' as const, notes: '', rounds: [] };

describe('page api', () => {
  it('turns an unreachable worker into a message of the reply shape each caller reads', async () => {
    fakeBrowser.runtime.sendMessage = () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const unreachable = /background could not be reached \(Could not establish connection/;
    expect(await api.getState()).toMatchObject({ ok: false, error: expect.stringMatching(unreachable) });
    expect(await api.saveProcess(draft)).toMatchObject({
      ok: false,
      errors: { form: expect.stringMatching(unreachable) },
    });
    expect(await api.setStatus('n1', 'offer', 1)).toMatchObject({
      ok: false,
      error: expect.stringMatching(unreachable),
    });
    expect(await api.deleteProcess('n1', 1)).toMatchObject({ ok: false, error: expect.stringMatching(unreachable) });
    expect(await api.undoDelete('d1')).toMatchObject({ ok: false, error: expect.stringMatching(unreachable) });
    expect(await api.saveSettings(DEFAULT_SETTINGS, 0)).toMatchObject({
      ok: false,
      error: expect.stringMatching(unreachable),
    });
    expect(await api.importBackup('{}', 'merge')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(unreachable)],
    });
    expect(await api.restoreBackup()).toMatchObject({ ok: false, error: expect.stringMatching(unreachable) });
  });

  it("says so when nothing answers, and passes on the router's own refusal", async () => {
    fakeBrowser.runtime.sendMessage = () => Promise.resolve(undefined);
    expect(await api.getState()).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer/) });
    fakeBrowser.runtime.sendMessage = () => Promise.resolve({ error: 'Malformed message.' });
    expect(await api.setStatus('n1', 'offer', 1)).toEqual({ ok: false, error: 'Malformed message.' });
  });
});
