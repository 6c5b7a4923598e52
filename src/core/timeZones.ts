// Time-zone names: every zone that reaches storage (typed in a form, read from a backup or a
// calendar file) is checked against the IANA database the browser ships, so a made-up or
// hostile name ("Europe/Berlin\r\nATTENDEE:…") can never be stored, shown or exported.

/** Longer than any IANA name ("America/Argentina/ComodRivadavia" is 32). */
const MAX_ZONE_CHARS = 64;
// The shape of an IANA name or alias: "Europe/Berlin", "Etc/GMT+5", "UTC", "EST5EDT". Offset
// forms ("+01:00") are refused although recent V8 accepts them as time zones (ECMA-402 2024):
// they are not zones, a round would lose its daylight-saving rules.
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-]*(?:\/[A-Za-z0-9_+\-]+)*$/;

let supported: Map<string, string> | undefined;
/** The canonical IANA list (lower-cased → as written), read once. */
function supportedZones(): Map<string, string> {
  if (!supported) {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    supported = new Map(list.map((zone) => [zone.toLowerCase(), zone]));
  }
  return supported;
}

/**
 * `name` spelled as the IANA database spells it, or undefined when it is not a zone. Accepts
 * the canonical list (`Intl.supportedValuesOf('timeZone')`) and the aliases Intl resolves but
 * does not list (`UTC`, `Etc/*`, `US/Pacific`, and `Europe/Kyiv` where V8's ICU still
 * canonicalises it to `Europe/Kiev`). An alias is kept as written, not as Intl's canonical
 * form, so a renamed zone stays as the user knows it.
 */
export function ianaZone(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_ZONE_CHARS || !ZONE_SHAPE.test(name))
    return undefined;
  const listed = supportedZones().get(name.toLowerCase());
  if (listed) return listed;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined; // RangeError: Intl does not know it
  }
  // Either the same zone in Intl's case (`utc` → `UTC`), or an alias kept as written.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

export const isIanaZone = (name: unknown): name is string => ianaZone(name) !== undefined;
