/**
 * Only secure web, mail and phone links and app-relative paths (issue 12): `javascript:`, `data:`
 * and plain `http:` URLs to other sites never become links, nor `//host` or `/\host`, which
 * browsers read as another site. The URL is first read as browsers read it (see `asBrowsersRead`).
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = asBrowsersRead(url);
  return /^(https:|mailto:|tel:|#|\?|\.{1,2}\/|\/(?![/\\]))/i.test(cleaned) || isOwnSite(cleaned);
}

/**
 * Where an image, video, audio or caption file may come from: a secure web address, or a path on
 * the app's own site (`assets/kitten.jpg`, `/org/app/images/logo.svg`). Never `javascript:` or
 * `data:` (data a user typed could be shown through a text variable), nor `//host` or `/\host`.
 */
export function isSafeMediaUrl(url: string): boolean {
  const cleaned = asBrowsersRead(url);
  if (cleaned === '' || /^[/\\]{2}|^\/\\/.test(cleaned)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined || /^https$/i.test(scheme) || isOwnSite(cleaned);
}

/**
 * An absolute address on the page's own site (the app backend's file and PDF links), which
 * `skjema preview` serves over plain `http://localhost`, or a file the page itself holds (`blob:`,
 * an upload before a backend has it).
 */
function isOwnSite(url: string): boolean {
  if (!/^(http:\/\/|blob:)/i.test(url) || typeof location === 'undefined') return false;
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * Browsers drop leading and trailing control characters and spaces (`\u0001javascript:`) and every
 * tab and line break (`java\tscript:`) before they read a URL.
 */
function asBrowsersRead(url: string): string {
  // The URL standard's "C0 control or space" is exactly what these regular expressions must match.
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}
