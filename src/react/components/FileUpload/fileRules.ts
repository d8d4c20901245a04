/** `validFileEndings` as lower-case endings with a dot (`.pdf`); empty when any file is allowed. */
export function allowedEndings(config: { hasCustomFileEndings?: boolean; validFileEndings?: unknown }): string[] {
  if (!config.hasCustomFileEndings) return [];
  const raw = config.validFileEndings;
  const list = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[,;\s]+/) : [];
  return list
    .map((ending) => ending.trim().toLowerCase())
    .filter((ending) => ending !== '')
    .map((ending) => (ending.startsWith('.') ? ending : `.${ending}`));
}

export function hasAllowedEnding(name: string, endings: readonly string[]): boolean {
  return endings.length === 0 || endings.some((ending) => name.toLowerCase().endsWith(ending));
}

/** A file size for people: kB below one megabyte, else MB with one decimal, in the form's language. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.ceil(bytes / 1024)), 0)} kB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
