import type { Transport } from './transport.ts';

/** What each group of methods needs from the client: a way to send, and the default language. */
export interface ClientContext {
  send: Transport;
  language(override: string | undefined): string | undefined;
}
