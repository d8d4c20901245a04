/**
 * Finds where a JSON text first goes wrong. JSON.parse does not always say (V8 often reports only
 * the offending token), and an app developer needs a line and column to fix a hand-edited file.
 * Returns the offset of the first character that cannot be part of valid JSON, or undefined
 * when the text is valid.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  let position = 0;
  const fail = (): never => {
    throw position;
  };
  const skipSpace = () => {
    while (position < text.length && ' \t\n\r'.includes(text[position])) position++;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text[position] !== char) fail();
      position++;
    }
  };
  const string = () => {
    expect('"');
    while (position < text.length && text[position] !== '"') {
      const char = text[position];
      if (char < ' ') fail();
      if (char === '\\') {
        position++;
        if (text[position] === 'u') {
          position++;
          for (let i = 0; i < 4; i++) if (!/[0-9a-fA-F]/.test(text[position++] ?? '')) fail();
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[position] ?? 'x')) fail();
      }
      position++;
    }
    expect('"');
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(position, position + 400));
    if (!match) fail();
    position += match![0].length;
  };
  const value = (): void => {
    skipSpace();
    const char = text[position];
    if (char === '{') {
      position++;
      skipSpace();
      if (text[position] === '}') return void position++;
      for (;;) {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
        skipSpace();
        if (text[position] === ',') position++;
        else return expect('}');
      }
    }
    if (char === '[') {
      position++;
      skipSpace();
      if (text[position] === ']') return void position++;
      for (;;) {
        value();
        skipSpace();
        if (text[position] === ',') position++;
        else return expect(']');
      }
    }
    if (char === '"') return string();
    if (char === 't') return expect('true');
    if (char === 'f') return expect('false');
    if (char === 'n') return expect('null');
    number();
  };
  try {
    value();
    skipSpace();
    return position < text.length ? position : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}
