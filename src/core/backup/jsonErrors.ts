// Where a JSON file breaks: browsers' JSON.parse messages name the spot in different ways (or
// not at all), so a backup import can still tell the user which line to look at.

/** Where a JSON.parse error is: a line and column, or 'end' when the file stops too soon.
 *  Firefox and newer V8 put the line and column in the message; older V8 says only "at
 *  position 41", and V8 11 (Node 20) sometimes nothing, so then our own scan finds the spot. */
export function jsonErrorLocation(text: string, message: string): { line: number; column: number } | 'end' | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  if (offset >= text.trimEnd().length) return 'end';
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Offset of the first character that breaks the JSON grammar (RFC 8259), or undefined when
 *  the text is valid or too deeply nested to scan. Only run after JSON.parse failed. */
export function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  };
  const word = (w: string) => {
    for (const c of w)
      if (s[i] === c) i++;
      else fail();
  };
  const string = () => {
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c !== '\\') i++;
      else if (s[i + 1] === 'u') {
        i += 2;
        for (let k = 0; k < 4; k++)
          if (/[\da-f]/i.test(s[i] ?? '')) i++;
          else fail();
      } else if ('"\\/bfnrt'.includes(s[i + 1] ?? 'x')) i += 2;
      else {
        i++;
        fail();
      }
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (s[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (s[i] === ',') {
        i++;
        ws();
      } else if (s[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{')
      list('}', () => {
        if (s[i] !== '"') fail();
        string();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
      });
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === 't') word('true');
    else if (c === 'f') word('false');
    else if (c === 'n') word('null');
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(s)) fail();
      i = NUMBER.lastIndex;
    }
  };
  try {
    value();
    ws();
    return i < s.length ? i : undefined;
  } catch (error) {
    return typeof error === 'number' ? error : undefined; // RangeError: nested beyond the stack
  }
}
