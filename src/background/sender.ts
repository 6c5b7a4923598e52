// Who sent a message? Privileged commands are accepted only from the extension's own pages;
// content scripts may only ask for verdicts. Firefox does not set `sender.origin`, so the
// page check uses `sender.url` against the extension's own base URL (works in both browsers).
import type { Runtime } from 'webextension-polyfill';

export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
}

export function isExtensionPage(sender: Runtime.MessageSender, runtime: RuntimeLike): boolean {
  return sender.id === runtime.id && typeof sender.url === 'string' && sender.url.startsWith(runtime.getURL(''));
}

export function isOwnContentScript(sender: Runtime.MessageSender, runtime: RuntimeLike): boolean {
  return (
    sender.id === runtime.id &&
    sender.tab !== undefined &&
    typeof sender.url === 'string' &&
    /^https:\/\//.test(sender.url)
  );
}
