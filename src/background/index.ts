// Service worker (Chrome) / event page (Firefox). Every listener is registered synchronously
// at the top level so a worker woken by an event finds its listener in place; no state lives
// only in memory (store.ts).
import browser, { type Runtime } from 'webextension-polyfill';
import { handleMessage } from './router.ts';
import { refreshIndex } from './store.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

// An update may change how the watch index is built: rebuild it from the stored state.
browser.runtime.onInstalled.addListener(() => void refreshIndex(new Date()));
browser.runtime.onStartup.addListener(() => void refreshIndex(new Date()));
