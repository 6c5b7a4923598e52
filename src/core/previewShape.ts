// The popup preview's key and a hand-written check of its shape (core/preview.ts has the zod
// schema the worker writes with): the popup's first screen reads the preview without loading
// zod, which is most of the popup's script. What passes here is what PopupPreview accepts.
import type { AgendaEntry } from './agenda.ts';
import { PROCESS_STATUSES } from './statuses.ts';

export { PREVIEW_KEY } from './storageKeys.ts';

/** What core/preview.ts's PopupPreview accepts (tests/unit/core/previewShape.test.ts holds them together). */
export interface PreviewShape {
  v: 1;
  items: AgendaEntry[];
  total: number;
}

const MAX_TEXT = 2048;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isItem(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { processId, company, role, status, revision, at, upcoming, interviewers } = value;
  return (
    isText(processId) &&
    isText(company) &&
    isText(role) &&
    (PROCESS_STATUSES as readonly unknown[]).includes(status) &&
    Number.isSafeInteger(revision) && // z.int() refuses integers past 2^53 too
    (revision as number) >= 0 &&
    isText(at) &&
    typeof upcoming === 'boolean' &&
    Array.isArray(interviewers) &&
    interviewers.every(isText)
  );
}

export function isPopupPreview(value: unknown): value is PreviewShape {
  return (
    isRecord(value) &&
    value['v'] === 1 &&
    Number.isFinite(value['total']) && // z.number() refuses NaN and infinities
    Array.isArray(value['items']) &&
    value['items'].every(isItem)
  );
}
