// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderHostAccess, type PermissionsLike } from '../../../src/ui/hostAccess.ts';

const ORIGINS = ['https://www.linkedin.com/*', 'https://www.facebook.com/*'];

function permissions(granted: boolean): PermissionsLike & { requests: number } {
  const fake = {
    granted,
    requests: 0,
    contains: async () => fake.granted,
    request: async () => {
      fake.requests++;
      fake.granted = true;
      return true;
    },
  };
  return fake;
}

describe('host access line', () => {
  it('says protection is on when access is granted, with no button', async () => {
    const slot = document.createElement('div');
    expect(await renderHostAccess(slot, permissions(true), ORIGINS)).toBe(true);
    expect(slot.textContent).toContain('Protection is on');
    expect(slot.querySelector('button')).toBeNull();
  });

  it('says plainly that protection is off, and the button asks for access', async () => {
    const slot = document.createElement('div');
    const fake = permissions(false);
    expect(await renderHostAccess(slot, fake, ORIGINS)).toBe(false);
    expect(slot.querySelector('[role="status"]')!.textContent).toMatch(/^Protection is off/);
    slot.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.requests).toBe(1);
    expect(slot.textContent).toContain('Protection is on');
  });
});
