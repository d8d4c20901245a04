export type AuthFailureCode =
  'no-credentials' | 'malformed-token' | 'bad-signature' | 'expired' | 'missing-claims' | 'xsrf-mismatch';

/**
 * A request the preview server cannot authenticate. `status` is what the app answers: 401 for a
 * missing or bad token, 400 (empty body) for a failed XSRF check.
 */
export class AuthError extends Error {
  override readonly name = 'AuthError';

  constructor(
    readonly code: AuthFailureCode,
    message: string,
  ) {
    super(message);
  }

  get status(): 400 | 401 {
    return this.code === 'xsrf-mismatch' ? 400 : 401;
  }
}

/** A token was asked for a user the test data does not have. localtest answers 404 with the valid ids. */
export class UnknownTestUserError extends Error {
  override readonly name = 'UnknownTestUserError';

  constructor(
    readonly userId: number,
    readonly validUserIds: readonly number[],
    detail = `There is no test user ${userId}. Valid user ids: ${validUserIds.join(', ')}`,
  ) {
    super(detail);
  }
}
