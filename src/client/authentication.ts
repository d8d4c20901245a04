import type { CallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';

export interface AuthenticationMethods {
  /**
   * `GET api/Authentication/keepAlive`: renews the login (and the runtime cookie) while the user is
   * active; Altinn's own front end calls it every 10 minutes.
   */
  keepAlive(options?: CallOptions): Promise<void>;
}

export function authenticationMethods(context: ClientContext): AuthenticationMethods {
  return {
    async keepAlive(options = {}) {
      await context.send({
        method: 'GET',
        segments: ['api', 'Authentication', 'keepAlive'],
        signal: options.signal,
        headers: options.headers,
      });
    },
  };
}
