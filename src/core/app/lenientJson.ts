/**
 * Removes `//` and `/* *\/` comments and trailing commas from JSON text, leaving strings intact,
 * so that files the reference backend accepts (it parses app files leniently) load here too.
 * Returns undefined when there was nothing to remove.
 */
export function stripJsonExtensions(text: string): string | undefined {
  let out = '';
  // The last character of `out` that is not white space, kept as it goes: looking it up in `out`
  // at every comma made a large file cost time by the square of its length.
  let last = '';
  let changed = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = endOfString(text, index);
      out += text.slice(index, end);
      last = '"';
      index = end;
    } else if (char === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
      changed = true;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
      out += ' ';
      changed = true;
    } else if (char === ',' && followsValue(last) && isFollowedByClose(text, index + 1)) {
      index++;
      changed = true;
    } else {
      out += char;
      if (!/\s/.test(char)) last = char;
      index++;
    }
  }
  return changed ? out : undefined;
}

/** A trailing comma ends a list of values; `[,]` or `{,}` is a real syntax error and stays one. */
function followsValue(last: string): boolean {
  return last !== '' && last !== '[' && last !== '{' && last !== ',';
}

function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
  return Math.min(index + 1, text.length);
}

/** Whether only white space and comments stand between `from` and a closing `}` or `]`. */
function isFollowedByClose(text: string, from: number): boolean {
  let index = from;
  while (index < text.length) {
    const char = text[index];
    if (/\s/.test(char)) index++;
    else if (char === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index);
      if (end === -1) return false;
      index = end;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      if (end === -1) return false;
      index = end + 2;
    } else return char === '}' || char === ']';
  }
  return false;
}
