// Turning zod issues into words a user can act on, with the path of the field they concern
// (`processes[2].rounds[0].at`). Shared by reading storage (load.ts) and imports (backup/envelope.ts).
import type { z } from './zod.ts';

/** `processes[2].rounds[0].at` */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// zod/mini ships without message texts ("Invalid input" for everything), so the reasons a user
// reads are written here, from the issue's details.
const NOUNS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'an object', boolean: 'true or false',
};
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
export function issueReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `Missing (expected ${NOUNS[issue.expected] ?? issue.expected}).`;
      return `Expected ${NOUNS[issue.expected] ?? issue.expected}, found ${shown(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'Must not be empty.' : `Must be at least ${issue.minimum} characters long.`;
      if (issue.origin === 'array') return `Needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}.`;
      return `Must be ${issue.minimum} or more (found ${shown(issue.input)}).`;
    case 'too_big':
      if (issue.origin === 'string') return `Must be at most ${issue.maximum} characters long.`;
      if (issue.origin === 'array') return `Must have at most ${issue.maximum} items.`;
      return `Must be ${issue.maximum} or less (found ${shown(issue.input)}).`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'Invalid ISO datetime (expected a date and time with its offset, like 2026-12-01T15:00:00+01:00).';
      return `Not a valid ${issue.format}.`;
    case 'invalid_value':
      return `Expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${shown(issue.input)}.`;
    // Codes our schemas rarely produce: zod's own message says enough.
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return issue.message;
  }
}

/** The first issue of an error, as `path: reason`. */
export function describeIssue(error: z.core.$ZodError, prefix: Array<string | number> = []): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid.';
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  return path.length ? `${formatPath(path)}: ${issueReason(issue)}` : issueReason(issue);
}
