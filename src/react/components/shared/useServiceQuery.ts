import { useCallback, useEffect, useState } from 'react';

export type ServiceResult<T> = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; value: T };

/**
 * Asks a form service for data whenever `load` changes (keep it stable with `useCallback`), and
 * again on `reload()`. A failed call becomes a state to render, never a thrown error, so one
 * unreachable service leaves the rest of the form working. The last answer stays on screen while
 * a reload is under way, so the page does not jump.
 */
export function useServiceQuery<T>(load: () => Promise<T>): { result: ServiceResult<T>; reload: () => void } {
  const [result, setResult] = useState<ServiceResult<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ status: 'ready', value }),
      () => current && setResult({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((previous) => previous + 1), []);
  return { result, reload };
}

/** Amounts in the order's currency, in the form's language; an unknown currency code is shown as is. */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`;
  }
}

/** An ISO date-time as the language writes it; anything unparsable is shown as given. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
