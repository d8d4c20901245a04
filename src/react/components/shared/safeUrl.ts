/**
 * Only web, mail and phone links and app-relative paths; `javascript:` and `data:` URLs never become
 * links, nor `//host` or `/\host`, which browsers read as another site. Tabs and line breaks are
 * removed first, as browsers do before reading a URL (`java\tscript:`, `/\t/host`).
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = asBrowsersRead(url);
  return /^(https?:|mailto:|tel:|#|\.{1,2}\/|\/(?![/\\]))/i.test(cleaned);
}

/**
 * Where an image, video, audio or caption file may come from: a web address, or a path on the
 * app's own site (`assets/kitten.jpg`, `/org/app/images/logo.svg`). Never `javascript:` or `data:`
 * (data a user typed could be shown through a text variable), nor `//host` or `/\host`.
 */
export function isSafeMediaUrl(url: string): boolean {
  const cleaned = asBrowsersRead(url);
  if (cleaned === '' || /^[/\\]{2}|^\/\\/.test(cleaned)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined || /^https?$/i.test(scheme);
}

/** Browsers drop tabs and line breaks from a URL before reading it (`java\tscript:`). */
function asBrowsersRead(url: string): string {
  return url.replace(/[\t\n\r]/g, '').trim();
}
