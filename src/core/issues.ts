// Turning zod issues into words a user can act on, with the path of the field they concern
// (`processes[2].rounds[0].at`). Shared by reading storage (load.ts) and imports (backup/envelope.ts).
import type { Translate } from './i18n.ts';
import type { z } from './zod.ts';

/** `processes[2].rounds[0].at` */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// zod/mini ships without message texts ("Invalid input" for everything), so the reasons a user
// reads are written here, from the issue's details, in the user's words (the catalogs).
const NOUN_KEYS: Record<string, string> = {
  string: 'issueNounText',
  number: 'issueNounNumber',
  int: 'issueNounInt',
  array: 'issueNounList',
  object: 'issueNounObject',
  boolean: 'issueNounBoolean',
};
const noun = (expected: string, t: Translate) => (NOUN_KEYS[expected] ? t(NOUN_KEYS[expected]) : expected);
function shown(value: unknown, t: Translate): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('issueNounList');
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return t('issueNounObject');
  return String(value);
}
export function issueReason(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('issueMissing', { expected: noun(issue.expected, t) });
      return t('issueExpected', { expected: noun(issue.expected, t), found: shown(issue.input, t) });
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1
          ? t('issueNotEmpty')
          : t('issueMinChars', { minimum: Number(issue.minimum) });
      if (issue.origin === 'array') return t('issueMinItems', { minimum: Number(issue.minimum) });
      return t('issueMinValue', { minimum: Number(issue.minimum), found: shown(issue.input, t) });
    case 'too_big':
      if (issue.origin === 'string') return t('issueMaxChars', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return t('issueMaxItems', { maximum: Number(issue.maximum) });
      return t('issueMaxValue', { maximum: Number(issue.maximum), found: shown(issue.input, t) });
    case 'invalid_format':
      if (issue.format === 'datetime') return t('issueDatetime');
      return t('issueFormat', { format: issue.format });
    case 'invalid_value':
      return t('issueValues', {
        values: issue.values.map((v) => JSON.stringify(v)).join(', '),
        found: shown(issue.input, t),
      });
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
export function describeIssue(error: z.core.$ZodError, t: Translate, prefix: Array<string | number> = []): string {
  const issue = error.issues[0];
  if (!issue) return t('issueInvalid');
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  return path.length ? `${formatPath(path)}: ${issueReason(issue, t)}` : issueReason(issue, t);
}
