/**
 * Only web, mail and phone links and app-relative paths; `javascript:` and `data:` URLs never become
 * links, nor `//host` or `/\host`, which browsers read as another site. Tabs and line breaks are
 * removed first, as browsers do before reading a URL (`java\tscript:`, `/\t/host`).
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').trim();
  return /^(https?:|mailto:|tel:|#|\.{1,2}\/|\/(?![/\\]))/i.test(cleaned);
}
