// RFC 5545 §3.1 line folding: content lines of at most 75 octets.
const encoder = new TextEncoder();
/** Splits a content line into 75-octet pieces, continuation lines starting with a space, never
 *  inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}
