// Validation of what the user types into the interview editor (popup and options page), shared
// by the pages (messages next to the fields) and the worker (which never trusts a page).
// Errors are keyed by the field's path, e.g. "rounds.0.interviewers.1.linkedinUrl".
import type { Translate } from './i18n.ts';
import { parseProfileUrl, refusalText } from './identity.ts';
import type { Site } from './vocabulary.ts';
import { ProcessStatus } from './schema.ts';
import { ianaZone } from './timeZones.ts';
import { z } from './zod.ts';

const str = z.string().check(z.maxLength(10_000));

/** What the editor showed for a stored person, so the worker can tell what the user changed. */
export const PersonBase = z.object({ name: str, linkedinUrl: str, facebookUrl: str });
export type PersonBase = z.infer<typeof PersonBase>;

export const PersonDraft = z.object({
  id: z.optional(str),
  name: str,
  linkedinUrl: str,
  facebookUrl: str,
  title: z.optional(str),
  base: z.optional(PersonBase),
});
export type PersonDraft = z.infer<typeof PersonDraft>;

export const RoundDraft = z.object({
  id: z.optional(str),
  /** The interview's instant as an ISO string, or '' when the field is empty or unreadable. */
  at: str,
  timeZone: str,
  label: str,
  interviewers: z.array(PersonDraft).check(z.maxLength(50)),
});
export type RoundDraft = z.infer<typeof RoundDraft>;

export const ProcessDraft = z.object({
  id: z.optional(str),
  /** The revision the editor loaded (with `id`): the worker refuses a save built on an older one. */
  revision: z.optional(z.number().check(z.int(), z.nonnegative())),
  company: str,
  role: str,
  status: ProcessStatus,
  notes: str,
  rounds: z.array(RoundDraft).check(z.maxLength(50)),
});
export type ProcessDraft = z.infer<typeof ProcessDraft>;

export interface ValidPerson {
  id?: string | undefined;
  name: string;
  linkedinUrl?: string | undefined;
  facebookUrl?: string | undefined;
  title?: string | undefined;
  base?: PersonBase | undefined;
}
export interface ValidRound {
  id?: string | undefined;
  at: string;
  timeZone: string;
  label?: string | undefined;
  interviewers: ValidPerson[];
}
export interface ValidProcess {
  id?: string | undefined;
  revision?: number | undefined;
  company: string;
  role: string;
  status: ProcessStatus;
  notes: string;
  rounds: ValidRound[];
}

export type FieldErrors = Record<string, string>;
export type ProcessValidation = { ok: true; value: ValidProcess } | { ok: false; errors: FieldErrors };

const MAX_TEXT = 200;

export function validateProcessDraft(draft: ProcessDraft, t: Translate): ProcessValidation {
  const errors: FieldErrors = {};
  const company = draft.company.trim();
  if (!company) errors['company'] = t('errCompany');
  else if (company.length > MAX_TEXT) errors['company'] = t('errTooLong', { max: MAX_TEXT });
  const role = draft.role.trim();
  if (role.length > MAX_TEXT) errors['role'] = t('errTooLong', { max: MAX_TEXT });
  const notes = draft.notes.trim();
  if (notes.length > 5000) errors['notes'] = t('errTooLong', { max: 5000 });
  if (draft.rounds.length === 0) errors['rounds'] = t('errNoRounds');

  const rounds = draft.rounds.map((round, r): ValidRound => {
    const at = round.at.trim();
    const instant = at ? new Date(at) : undefined;
    if (!instant) errors[`rounds.${r}.at`] = t('errDate');
    else if (Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 2000 || instant.getUTCFullYear() > 2100)
      errors[`rounds.${r}.at`] = t('errDateInvalid');
    // The zone comes from the browser (editor) or a calendar file (import): both are checked
    // against the IANA list, and an unknown one is refused, not silently replaced. It is shown
    // on the date field, the field it qualifies.
    const timeZone = ianaZone(round.timeZone.trim());
    if (!timeZone && !errors[`rounds.${r}.at`])
      errors[`rounds.${r}.at`] = t('errTimeZone', {
        zone: round.timeZone
          .trim()
          .replace(/[\u0000-\u001F\u007F]/g, ' ')
          .slice(0, 64),
      });
    if (round.label.trim().length > MAX_TEXT) errors[`rounds.${r}.label`] = t('errTooLong', { max: MAX_TEXT });
    const named = round.interviewers.filter((p) => p.name.trim() || p.linkedinUrl.trim() || p.facebookUrl.trim());
    if (named.length === 0) errors[`rounds.${r}.interviewers.0.name`] = t('errName');
    const interviewers = round.interviewers.flatMap((person, i): ValidPerson[] => {
      const path = `rounds.${r}.interviewers.${i}`;
      const name = person.name.trim();
      const blank = !name && !person.linkedinUrl.trim() && !person.facebookUrl.trim();
      if (blank) return []; // an empty extra row is ignored, not an error
      if (!name) errors[`${path}.name`] = t('errName');
      else if (name.length > MAX_TEXT) errors[`${path}.name`] = t('errTooLong', { max: MAX_TEXT });
      const linkedinUrl = profileUrl(person.linkedinUrl, 'linkedin', `${path}.linkedinUrl`, errors, t);
      const facebookUrl = profileUrl(person.facebookUrl, 'facebook', `${path}.facebookUrl`, errors, t);
      const title = person.title?.trim();
      // Not in the editor today, but a draft may carry one: bounded like the stored field, so
      // the worker's final check never has to refuse what the form accepted (found by fuzzing).
      if (title && title.length > MAX_TEXT) errors[`${path}.title`] = t('errTooLong', { max: MAX_TEXT });
      return [{ id: person.id, name, linkedinUrl, facebookUrl, title: title || undefined, base: person.base }];
    });
    return {
      id: round.id,
      at: instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '',
      timeZone: timeZone ?? '',
      label: round.label.trim() || undefined,
      interviewers,
    };
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { id: draft.id, revision: draft.revision, company, role, status: draft.status, notes, rounds },
  };
}

function profileUrl(raw: string, site: Site, field: string, errors: FieldErrors, t: Translate): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (value.length > 2048) {
    errors[field] = t('errUrlTooLong');
    return undefined;
  }
  const parsed = parseProfileUrl(value, site);
  if (!parsed.ok) {
    // English shows the parser's precise reason; other languages a translated hint per site.
    errors[field] = t(site === 'linkedin' ? 'errNotLinkedInProfile' : 'errNotFacebookProfile', {
      reason: refusalText(parsed.reason, t),
    });
    return undefined;
  }
  // Store what the user gave, with a scheme so it opens as a link later.
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}
