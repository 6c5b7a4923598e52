// Chrome does not inject a manifest's content scripts into tabs that were already open when the
// extension is installed, updated or reloaded; the scripts left in them are orphaned (their
// runtime is gone). So after each of those, the worker injects the built content script into
// every open tab on the sites; the new instance takes over from an orphan in the same tab
// (content/listeners.ts). Firefox unloads the old scripts with the extension; should it also
// inject the new one into open tabs itself, the two copies share a sandbox and the later one
// takes over from the earlier through the same slot.
import browser from 'webextension-polyfill';

export async function reinjectContentScripts(): Promise<number> {
  let injected = 0;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    const files = script.js ?? [];
    if (files.length === 0 || !script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    await Promise.all(
      tabs.map(async (tab) => {
        // A discarded tab reloads, with its content script, when the user comes back to it.
        if (tab.id === undefined || tab.discarded) return;
        try {
          await browser.scripting.executeScript({
            target: { tabId: tab.id, allFrames: script.all_frames === true },
            files,
          });
          injected++;
        } catch {
          // An error page, or a tab closing meanwhile: nothing to protect there.
        }
      }),
    );
  }
  return injected;
}
