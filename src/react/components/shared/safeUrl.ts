/** Only web, mail and phone links and app-relative paths; `javascript:` and `data:` URLs never become links. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:|mailto:|tel:|\/|#|\.{1,2}\/)/i.test(url.trim());
}
