// Host access can be missing or revoked: Firefox lets users switch an add-on off per site
// (and MV3 host permissions there are granted at install only by default), Chrome has
// "on click" site access. Without it the content script never runs and nobody is protected,
// so the pages check it and offer a grant button. permissions.request() only works from a
// user gesture, hence the button (uBlock commit 01e36db23 does the same).
import browser from 'webextension-polyfill';
import { h, present } from './dom.ts';
import { t } from './i18n.ts';

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

export function requiredOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/** Renders the protection line (and the grant button while access is missing) into `slot`. */
export async function renderHostAccess(
  slot: HTMLElement,
  permissions: PermissionsLike = browser.permissions,
  origins: string[] = requiredOrigins(),
): Promise<boolean> {
  const granted = await permissions.contains({ origins });
  const grant = h('button', { class: 'primary', attrs: { type: 'button' } }, t('allowSites'));
  grant.addEventListener('click', async () => {
    const ok = await permissions.request({ origins });
    await renderHostAccess(slot, permissions, origins);
    if (ok) slot.querySelector<HTMLElement>('[role="status"]')?.focus();
  });
  slot.className = granted ? 'access on' : 'access off';
  slot.replaceChildren(
    ...present(
      h('p', { attrs: { role: 'status', tabindex: '-1' } }, granted ? t('protectionOn') : t('protectionOff')),
      !granted && grant,
    ),
  );
  return granted;
}
