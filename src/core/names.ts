// Who a display name denotes. Pure and import-free: it is bundled into the content scripts and
// runs on every intercepted click. Display names on both sites carry decorations ("Jane Smith
// (she/her) 🚀 | Hiring", "Dr. Jane Smith, PhD", 𝐉𝐚𝐧𝐞 in maths letters); typed names lack
// accents. Both are folded the same way.

// Leading courtesy titles. "m", "ing" and "med" are also initials/given names: stripped only when written "M." / "Ing.".
const HONORIFICS = new Set(
  'dr dra prof profa professor mr mrs ms miss mx sir dame herr frau mme mlle sr sra srta dott dssa dottssa avv rev hon m ing med'.split(
    ' ',
  ),
);
const DOTTED_ONLY = new Set(['m', 'ing', 'med']); // "Dr. med." (German doctor of medicine)
// Trailing credentials and generational suffixes. Never "ma", "do", "peng": common surnames.
const CREDENTIALS = new Set(
  'phd mba cpa md jr sr ii iii iv cfa pmp pe esq msc bsc mphil dphil llm jd dds rn cissp shrm cp scp phr sphr mfa psyd cisa cism csm'.split(
    ' ',
  ),
);
// Latin letters that do not decompose under NFD.
const LATIN_FOLD: Record<string, string> = {
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  ŀ: 'l',
  ς: 'σ',
};
const BRACKETED = /[([{【〔][^)\]}】〕]*(?:[)\]}】〕]|$)/g; // "(she/her)", "[he/him]", an unclosed "(…"
const TRAILING = /\s[-~·/]\s|[|•–—:@#\u2023\u25cf]/; // "| Hiring", "– Recruiter at X", "#OpenToWork"
const HAS_LETTER = /(?![\u02b9-\u02bc])\p{L}/u; // modifier primes/apostrophes are dropped, so they do not count
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1f3fb}-\u{1f3ff}\u200d\ufe0e\ufe0f\u20e3\u{e0020}-\u{e007f}]/gu;

/** Comparable form of a person's name: NFKC, Latin diacritics removed (José→jose, Łukasz→lukasz,
 *  ß→ss), case folded; leading honorifics, trailing credentials, emoji, "(she/her)"/"[…]" decorations
 *  and "| Hiring"-style trailing segments removed; "." and apostrophes join, hyphens split
 *  ("Jean-Luc" ≈ "Jean Luc", "O'Brien" ≈ "OBrien"). Non-Latin scripts are kept as written. */
export function normalizeName(name: string): string {
  if (typeof name !== 'string') return '';
  let s = name.normalize('NFKC').replace(BRACKETED, ' ');
  s = s.split(TRAILING).find((part) => HAS_LETTER.test(part)) ?? '';
  // "Jane Smith, PhD, MBA" → drop what follows the comma; "Smith, Jane" (directory order) → "Jane Smith".
  const [first = '', second = ''] = s.split(/[,，،]/);
  const secondTokens = second.trim().split(/\s+/);
  s =
    !/\s/.test(first.trim()) && secondTokens[0] && !CREDENTIALS.has(fold(secondTokens[0]).replace(/\./g, ''))
      ? `${second} ${first}`
      : first;
  // Unbracketed pronouns ("she/her") are the only tokens with a slash.
  const raw = s
    .replace(EMOJI, ' ')
    .split(/[\s\p{Pd}_・]+/u)
    .filter((t) => t && !t.includes('/'));
  // Apostrophes and dots join ("O'Brien" → obrien, "Ph.D." → phd); other symbols are dropped
  // before folding, so a mark left behind by a dropped symbol folds the same way on a second pass.
  const clean = (t: string) => fold(t.replace(/[^\p{L}\p{M}\p{N}]|[\u02b9-\u02bc]/gu, ''));
  const tokens = raw.map((t) => ({ t: clean(t), dot: t.endsWith('.') })).filter((x) => x.t);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!.t) && (tokens[0]!.dot || !DOTTED_ONLY.has(tokens[0]!.t)))
    tokens.shift();
  // Keep two tokens at least: "Jane Pe" is more likely a surname than an engineering licence.
  while (tokens.length > 2 && CREDENTIALS.has(tokens[tokens.length - 1]!.t)) tokens.pop();
  const out = tokens.map((x) => x.t).join(' ');
  return HAS_LETTER.test(out) ? out : ''; // digits alone are no name (and would not survive a second pass)
}

// Lower-case, then strip accents from Latin letters only (José→jose, Nguyễn→nguyen); other
// scripts keep their marks (Devanagari vowel signs, Arabic harakat are part of the spelling).
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[łßøæœđðþħıŧŀς]/g, (c) => LATIN_FOLD[c] ?? c); // after NFD: "ǽ" is "æ" + acute
}

const tokensOf = (name: string): string[] => normalizeName(name).split(' ');
const keyOf = (t: string[]): string => (t.length > 1 ? `${t[0]} ${t[t.length - 1]}` : (t[0] ?? ''));

/** Index key tolerant of middle names/initials: first + " " + last token of normalizeName. */
export function nameKey(name: string): string {
  return keyOf(tokensOf(name));
}

/** Same person by name alone: same nameKey, and the shorter side's middle tokens appear, in order,
 *  on the other side (an initial "m" matches "maria"); a middle name on one side only is tolerated.
 *  Empty names never match. */
export function namesMatch(a: string, b: string): boolean {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (!ta[0] || !tb[0] || keyOf(ta) !== keyOf(tb)) return false;
  const [short, long] =
    ta.length <= tb.length ? [ta.slice(1, -1), tb.slice(1, -1)] : [tb.slice(1, -1), ta.slice(1, -1)];
  const compatible = (x: string, y: string) =>
    x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  // Greedy in-order matching is enough: the earliest compatible partner never blocks a later one.
  let j = 0;
  for (const m of short) {
    while (j < long.length && !compatible(m, long[j]!)) j++;
    if (j++ >= long.length) return false;
  }
  return true;
}
