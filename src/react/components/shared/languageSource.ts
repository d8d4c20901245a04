import { isSafeMediaUrl } from './safeUrl.ts';

/**
 * Picks the URL for the form's language from a `{ nb, nn, en, … }` map: the language itself, then
 * the reference's fallback order, then whatever the app gives. Only web addresses and paths on the
 * app's site count (`isSafeMediaUrl`); a `javascript:` or `data:` source is as good as none.
 */
export function languageSource(sources: unknown, language: string): string | undefined {
  const url = anyLanguageSource(sources, language);
  return url !== undefined && isSafeMediaUrl(url) ? url : undefined;
}

function anyLanguageSource(sources: unknown, language: string): string | undefined {
  if (sources === null || typeof sources !== 'object') return undefined;
  const map = sources as Record<string, unknown>;
  for (const candidate of [language, 'nb', 'nn', 'en']) {
    const value = map[candidate];
    if (typeof value === 'string' && value !== '') return value;
  }
  return Object.values(map).find((value): value is string => typeof value === 'string' && value !== '');
}
