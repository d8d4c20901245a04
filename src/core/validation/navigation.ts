import type { PageValidationConfig } from './types.ts';

const PAGE_SCOPES = new Set(['current', 'currentAndPrevious', 'all']);

export function asPageValidationConfig(value: unknown): PageValidationConfig | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { page, show } = value as { page?: unknown; show?: unknown };
  if (typeof page !== 'string' || !PAGE_SCOPES.has(page) || !Array.isArray(show)) return undefined;
  return {
    page: page as PageValidationConfig['page'],
    show: show.filter((name): name is string => typeof name === 'string'),
  };
}

/**
 * Which config applies when leaving a page: the page's own `validationOnNavigation`, else the
 * Settings one (both for forward navigation only), else the button's.
 */
export function navigationConfig(
  direction: 'next' | 'previous',
  pageSetting: unknown,
  settingsSetting: unknown,
  buttonConfig: PageValidationConfig | undefined,
): PageValidationConfig | undefined {
  const fromLayout = asPageValidationConfig(pageSetting) ?? asPageValidationConfig(settingsSetting);
  if (fromLayout && direction === 'next') return fromLayout;
  return asPageValidationConfig(buttonConfig);
}

/** The pages to check and how many of them (from the start) block, given the page order. */
export function pagesToCheck(
  scope: PageValidationConfig['page'],
  from: string,
  order: readonly string[],
): { pages: string[]; blocking: Set<string> } {
  const index = order.indexOf(from);
  const upToCurrent = index < 0 ? [from] : order.slice(0, index + 1);
  const pages =
    scope === 'current'
      ? [from]
      : scope === 'currentAndPrevious'
        ? upToCurrent
        : index < 0
          ? [...order, from]
          : [...order];
  // Errors after the current page are shown but never stop the user from going on.
  return { pages, blocking: new Set(upToCurrent) };
}
