import type { AppProblem } from './ErrorPage.tsx';

/**
 * What a failed call means for the user. The app client's errors carry `status` (0 when no answer
 * came) and the parsed `body`; anything without a status (a thrown fetch) is a network failure.
 * A 403 whose body is an obligations map (`{"RequiredAuthenticationLevel":"3"}`) asks for a
 * stronger login rather than saying no.
 */
export function problemOf(error: unknown): AppProblem {
  const status = statusOf(error);
  if (status === undefined || status === 0) return { kind: 'network' };
  if (status === 401 || status === 403) {
    const level = requiredLevelOf(error);
    return level ? { kind: 'authLevel', requiredLevel: level } : { kind: 'forbidden' };
  }
  if (status === 404) return { kind: 'notFound' };
  return { kind: 'unknown', detail: error instanceof Error ? error.message : undefined };
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function requiredLevelOf(error: unknown): string | undefined {
  const body = (error as { body?: unknown }).body;
  if (typeof body !== 'object' || body === null) return undefined;
  const level = (body as Record<string, unknown>).RequiredAuthenticationLevel;
  return typeof level === 'string' || typeof level === 'number' ? String(level) : undefined;
}
