// The statuses a process can have, in the order the lists offer them. Kept apart from the zod
// schema (schema.ts builds its enum from this) so the popup's first screen lists interviews
// without loading zod.
export const PROCESS_STATUSES = [
  'scheduled',
  'interviewing',
  'awaiting-decision',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];
