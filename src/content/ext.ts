// The few extension APIs the content script calls, without webextension-polyfill: Firefox
// has `browser`, Chrome's `chrome` returns promises for all of these under MV3. Keeps the
// script that every LinkedIn and Facebook page loads at document_start small.
export interface ContentExt {
  runtime: { readonly id: string | undefined; sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const scope = globalThis as unknown as { browser?: ContentExt; chrome?: ContentExt };
export const ext: ContentExt = (scope.browser ?? scope.chrome)!;
