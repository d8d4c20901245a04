import type { LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { InboxPage, InboxView } from '../wire/index.ts';

export interface ListInstancesOptions extends LanguageCallOptions {
  /** The party whose instances to list; default the signed-in user's own party. */
  partyId?: string | number;
  /** Free text: every word must occur in the instance's title or form data, the last as a prefix. */
  query?: string;
  /** Default `all` (everything but deleted instances). */
  view?: InboxView;
  /** 1-based; default 1. */
  page?: number;
  /** 1 to 100; default 20. */
  pageSize?: number;
}

/** A party's instances with where each stands: an inbox, or a portal's "your cases". */
export interface InboxMethods {
  /**
   * `GET skjema/inbox?party=&q=&view=&page=&pageSize=&language=`: a page of the party's instances
   * (those the user may read), newest change first, or best match first with a `query`. A skjema
   * route: `skjema preview` serves it; an Altinn app backend does not.
   */
  listInstances(options?: ListInstancesOptions): Promise<InboxPage>;
}

export function inboxMethods(context: ClientContext): InboxMethods {
  return {
    async listInstances(options = {}) {
      const query = options.query?.trim();
      const reply = await context.send({
        method: 'GET',
        segments: ['skjema', 'inbox'],
        query: {
          party: options.partyId,
          q: query === '' ? undefined : query,
          view: options.view,
          page: options.page,
          pageSize: options.pageSize,
          language: context.language(options.language),
        },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
