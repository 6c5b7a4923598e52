// "in 5 days", "tomorrow", "in 3 hours", "2 days ago": how far an interview is, in the user's
// language (Intl.RelativeTimeFormat, no locale data bundled). Days are counted on the
// calendar, not in 24-hour steps, so an interview next Tuesday reads the same all day long.
const HOUR = 3_600_000;

/** The local calendar day of `date`, as a day number (time zone of the runtime, as the dates shown). */
const dayNumber = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;

function formatter(lang: string | undefined): Intl.RelativeTimeFormat {
  try {
    // Chrome's i18n names Brazilian Portuguese "pt_BR" in places; BCP 47 wants "pt-BR".
    return new Intl.RelativeTimeFormat(lang?.replace('_', '-'), { numeric: 'auto' });
  } catch {
    return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }); // an unknown tag: the runtime's default
  }
}

/** How far `at` is from `now`, in words of `lang` (a BCP 47 tag; undefined: the runtime's). */
export function countdown(at: Date, now: Date, lang?: string): string {
  const rtf = formatter(lang);
  const ms = at.getTime() - now.getTime();
  if (Math.abs(ms) < HOUR) return rtf.format(Math.round(ms / 60_000), 'minute');
  const days = dayNumber(at) - dayNumber(now);
  // Within a few hours, or later the same day, hours say more than "today".
  if (days === 0 || Math.abs(ms) < 6 * HOUR) return rtf.format(Math.round(ms / HOUR), 'hour');
  if (Math.abs(days) < 14) return rtf.format(days, 'day');
  if (Math.abs(days) < 60) return rtf.format(Math.round(days / 7), 'week');
  return rtf.format(Math.round(days / 30.44), 'month');
}
