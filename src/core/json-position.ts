/**
 * Where JSON text stops being valid, for error messages: Node 20's JSON.parse often names no
 * position. Run only after JSON.parse has failed; walks the text once without building values.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else if (i + word.length > n && word.startsWith(text.slice(i))) {
      i = n; // the file ends inside the word: truncated
      fail();
    } else fail();
  };
  const string = (): void => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) i += 2;
      else if (c < 32) fail();
      else i++;
    }
    fail();
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  // An explicit stack instead of recursion: deeply nested hostile input must not overflow.
  const stack: string[] = [];
  const key = (): void => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  try {
    let expectValue = true;
    for (;;) {
      ws();
      const c = text[i];
      if (expectValue) {
        expectValue = false;
        if (c === '{' || c === '[') {
          i++;
          ws();
          if (text[i] === (c === '{' ? '}' : ']')) i++;
          else {
            stack.push(c);
            if (c === '{') key();
            expectValue = true;
          }
        } else if (c === '"') string();
        else if (c === 't') literal('true');
        else if (c === 'f') literal('false');
        else if (c === 'n') literal('null');
        else if (c === '-' || (c >= '0' && c <= '9')) number();
        else fail();
        continue;
      }
      if (stack.length === 0) {
        if (i < n) fail();
        return n;
      }
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        if (top === '{') key();
        expectValue = true;
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        stack.pop();
        i++;
      } else fail();
    }
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, n);
    throw at;
  }
}

/**
 * Whether JSON text nests arrays and objects deeper than `max` levels, found without building
 * anything: one pass, constant memory. For text from elsewhere (a server's answer), before
 * JSON.parse builds a value per level: `'['.repeat(4e6) + ']'.repeat(4e6)`, 8 MB, costs hundreds
 * of MB parsed.
 */
export function jsonNestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
