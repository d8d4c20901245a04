/** The message of anything thrown; hosts may throw strings or objects that cannot even be stringified. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'Unknown error';
  }
}
