// The browser's own extension namespace, for the popup's first screen: Firefox has `browser`,
// Chrome's `chrome` returns promises in MV3 for what the first screen calls (storage.local.get,
// runtime.openOptionsPage), so it can do without webextension-polyfill, which the rest of the
// pages load afterwards.
import type Browser from 'webextension-polyfill';

type Namespace = Pick<Browser.Browser, 'i18n' | 'storage' | 'runtime'>;

const scope = globalThis as { browser?: Namespace; chrome?: Namespace };
export const ext: Namespace = scope.browser ?? scope.chrome!;
