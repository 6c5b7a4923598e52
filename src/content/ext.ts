// The few extension APIs the content script calls, without webextension-polyfill: Firefox
// has `browser`, Chrome's `chrome` returns promises for all of these under MV3. Keeps the
// script that every LinkedIn and Facebook page loads at document_start small.
type Changes = Record<string, { newValue?: unknown }>;

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
}

export interface ContentExt {
  runtime: {
    readonly id: string | undefined;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: { id?: string; tab?: unknown }) => void): void;
      removeListener(listener: (message: unknown, sender: { id?: string; tab?: unknown }) => void): void;
    };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  storage: {
    local: Area;
    /** Chrome only: Firefox's content scripts have no storage.session (docs/SECURITY.md). */
    session?: Area & {
      onChanged: {
        addListener(listener: (changes: Changes) => void): void;
        removeListener(listener: (changes: Changes) => void): void;
      };
    };
  };
}

const scope = globalThis as unknown as { browser?: ContentExt; chrome?: ContentExt };
export const ext: ContentExt = (scope.browser ?? scope.chrome)!;
