// The document_start script and the document_idle script share the dialog's code through a
// slot on their (isolated) world's global object.
import { describe, expect, it, vi } from 'vitest';
import {
  DIALOG_SLOT,
  lazyInterceptor,
  lazyMissWatch,
  registerDialog,
  type DialogModule,
} from '../../../src/content/lazyDialog.ts';

describe('dialog code loaded at document_idle', () => {
  it('serves every waiter once it registers, and nothing before', async () => {
    expect((globalThis as Record<string, unknown>)[DIALOG_SLOT]).toBeUndefined();
    const resolve = vi.fn(async () => undefined);
    const stop = vi.fn();
    const module: DialogModule = {
      createInterceptor: () => ({ resolve, close: vi.fn() }),
      watchForMisses: () => ({ stop, seen: vi.fn() }),
    };
    const deps = { send: vi.fn(), t: (key: string) => key };
    const interceptor = lazyInterceptor(deps);
    const misses = lazyMissWatch({} as Parameters<typeof lazyMissWatch>[0]);
    const resolving = interceptor.resolve({} as never, () => undefined);
    await Promise.resolve();
    expect(resolve).not.toHaveBeenCalled();

    registerDialog(module);
    await resolving;
    expect(resolve).toHaveBeenCalledOnce();
    misses.stop();
    expect(stop).toHaveBeenCalledOnce();
    expect((globalThis as Record<string, unknown>)[DIALOG_SLOT]).toBe(module);
  });
});
