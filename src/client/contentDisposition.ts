/**
 * `attachment; filename=<name>` with the name percent-encoded, as Altinn's front end sends it and
 * the backend decodes it. Also encoding `!'()*` keeps the value a plain token, so it needs no quotes.
 */
export function attachmentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename=${encoded}`;
}

/**
 * The file name of a `Content-Disposition` header: `filename*=UTF-8''…` (RFC 6266) when present,
 * else `filename=`, quoted or not. Null when the header names none.
 */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    const decoded = decode(extended[2].trim());
    if (decoded !== null) return decoded;
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (!plain) return null;
  const value = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2].trim();
  return decode(value) ?? value;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
