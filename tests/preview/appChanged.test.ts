import { describe, expect, it } from 'vitest';
import { isAboutApp } from '../../src/preview-page/appChanged.ts';

describe('the preview page and app-changed events', () => {
  it("reloads for its own app's files only when the preview names the app", () => {
    const event = (app: unknown) => JSON.stringify({ app, files: ['App/ui/layouts/page.json'] });
    expect(isAboutApp(event('skjema/permit'), 'skjema', 'permit')).toBe(true);
    expect(isAboutApp(event('Skjema/Permit'), 'skjema', 'permit')).toBe(true);
    expect(isAboutApp(event('skjema/inspection'), 'skjema', 'permit')).toBe(false);
  });

  it('reloads when the event does not say which app, or cannot be read', () => {
    expect(isAboutApp(JSON.stringify({ files: ['App/ui/Settings.json'] }), 'skjema', 'permit')).toBe(true);
    expect(isAboutApp('not json', 'skjema', 'permit')).toBe(true);
  });
});
