import { describe, expect, it } from 'vitest';
import { isSafeMediaUrl, isSafeUrl } from '../../../src/react/components/shared/safeUrl.ts';

// Issue 12, point 3: links only to https, mail, phone or the app's own site; media only from
// https or the app's own site; every URL read as the browser reads it.
describe('safe URLs', () => {
  const own = `${location.origin}/org/app/file.pdf`;
  const held = `blob:${location.origin}/6f1c1d2e-0000-4000-8000-000000000000`;

  it('allow secure sites, mail, phone and the own site, for links', () => {
    for (const url of [
      'https://example.com/a',
      'mailto:post@example.com',
      'tel:+4712345678',
      '/org/app',
      './x',
      '#top',
      '?q=1',
      own,
      held,
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuse scripts, data, plain http to other sites and other-site tricks, for links and media', () => {
    const hostile = [
      'javascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000javascript:alert(1)',
      ' \u001Fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      '\u0001data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'http://evil.example/x',
      'blob:https://evil.example/6f1c1d2e-0000-4000-8000-000000000000',
      `http://${location.host}@evil.example/x`,
      '//evil.example/x',
      '/\\evil.example/x',
      '\\\\evil.example/x',
      '/\t/evil.example/x',
    ];
    for (const url of hostile) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
      expect(isSafeMediaUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('allow media from secure sites and the own site', () => {
    for (const url of ['https://example.com/a.png', 'assets/kitten.jpg', '/org/app/logo.svg', own, held]) {
      expect(isSafeMediaUrl(url), url).toBe(true);
    }
  });
});
