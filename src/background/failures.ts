// Every failure becomes a sentence for the page where the user acted: a refused command
// (core CommandError, in the user's language), a full storage area, or anything unexpected
// (with its own words, so it can be reported). Nothing fails silently.
import { CommandError } from '../core/commandError.ts';
import type { Translate } from '../core/i18n.ts';

export function describeFailure(error: unknown, t: Translate): string {
  if (error instanceof CommandError) {
    const translated = Object.fromEntries(Object.entries(error.keyParams).map(([name, key]) => [name, t(key)]));
    return t(error.message, { ...error.params, ...translated });
  }
  const message = error instanceof Error ? error.message : String(error);
  // Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError" / "… quota …".
  if (/quota/i.test(message)) return t('errStorageFull');
  if (error instanceof RangeError) return t('errTooComplex');
  return t('errUnexpected', { detail: message.slice(0, 300) });
}
