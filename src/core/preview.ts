// The popup's first screen, kept ready by the worker: the first agenda entries, so the popup
// can list the upcoming interviews without reading the whole state (with 10,000 interviewers
// stored, one storage read of it takes hundreds of milliseconds). The full state follows.
import { agendaEntries, type AgendaEntry } from './agenda.ts';
import { ProcessStatus, type State } from './schema.ts';
import { z } from './zod.ts';

export { PREVIEW_KEY } from './previewShape.ts';
/** More than the popup shows before scrolling. */
export const PREVIEW_SIZE = 25;

const text = z.string().check(z.maxLength(2048));
export const PopupPreview = z.object({
  v: z.literal(1),
  items: z.array(
    z.object({
      processId: text,
      company: text,
      role: text,
      status: ProcessStatus,
      revision: z.number().check(z.int(), z.nonnegative()),
      at: text,
      upcoming: z.boolean(),
      interviewers: z.array(text),
    }),
  ),
  /** How many processes the full list has. */
  total: z.number(),
});
export type PopupPreview = z.infer<typeof PopupPreview>;

export function buildPreview(state: State, now: Date): PopupPreview {
  const entries: AgendaEntry[] = agendaEntries(state, now);
  return { v: 1, items: entries.slice(0, PREVIEW_SIZE), total: entries.length };
}
