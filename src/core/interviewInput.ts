// Validation of the "Add interview" form, shared by the popup (to show messages next to the
// fields) and the worker (which never trusts what a page sends).
import { parseProfileUrl } from './identity.ts';
import { z } from './zod.ts';

export const InterviewInput = z.object({
  company: z.string(),
  role: z.string(),
  /** The interview's instant as an ISO string, or '' when the field is empty or invalid. */
  at: z.string(),
  timeZone: z.optional(z.string()),
  interviewerName: z.string(),
  linkedinUrl: z.string(),
  facebookUrl: z.string(),
});
export type InterviewInput = z.infer<typeof InterviewInput>;

export type InterviewField = 'company' | 'role' | 'at' | 'interviewerName' | 'linkedinUrl' | 'facebookUrl';

export interface ValidInterview {
  company: string;
  role: string;
  at: string;
  timeZone?: string | undefined;
  interviewer: { name: string; linkedinUrl?: string | undefined; facebookUrl?: string | undefined };
}

export type InterviewValidation =
  | { ok: true; value: ValidInterview }
  | { ok: false; errors: Partial<Record<InterviewField, string>> };

const MAX_TEXT = 200;

export function validateInterview(input: InterviewInput): InterviewValidation {
  const errors: Partial<Record<InterviewField, string>> = {};
  const company = input.company.trim();
  const role = input.role.trim();
  const name = input.interviewerName.trim();
  if (!company) errors.company = 'Enter the company you are interviewing with.';
  else if (company.length > MAX_TEXT) errors.company = `Keep the company name under ${MAX_TEXT} characters.`;
  if (role.length > MAX_TEXT) errors.role = `Keep the role under ${MAX_TEXT} characters.`;
  if (!name) errors.interviewerName = "Enter the interviewer's name.";
  else if (name.length > MAX_TEXT) errors.interviewerName = `Keep the name under ${MAX_TEXT} characters.`;

  const at = input.at.trim();
  const instant = at ? new Date(at) : undefined;
  if (!instant) errors.at = 'Enter the date and time of the interview.';
  else if (Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 2000 || instant.getUTCFullYear() > 2100)
    errors.at = 'That date is not valid. Pick it with the date picker.';

  const linkedinUrl = profileUrl(input.linkedinUrl, 'linkedin', 'linkedinUrl', errors);
  const facebookUrl = profileUrl(input.facebookUrl, 'facebook', 'facebookUrl', errors);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      company,
      role,
      at: instant!.toISOString(),
      timeZone: input.timeZone || undefined,
      interviewer: { name, linkedinUrl, facebookUrl },
    },
  };
}

function profileUrl(
  raw: string,
  site: 'linkedin' | 'facebook',
  field: 'linkedinUrl' | 'facebookUrl',
  errors: Partial<Record<InterviewField, string>>,
): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (value.length > 2048) {
    errors[field] = 'That link is too long to be a profile address.';
    return undefined;
  }
  const parsed = parseProfileUrl(value, site);
  if (!parsed.ok) {
    errors[field] = parsed.reason;
    return undefined;
  }
  // Store what the user gave, with a scheme so it opens as a link later.
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}
