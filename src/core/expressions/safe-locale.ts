/**
 * The language code as an Intl locale, or `nb` (the platform default) when the host reports
 * something Intl rejects; a bad language setting should not make every date expression fail.
 */
export function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'nb';
  } catch {
    return 'nb';
  }
}
