import type { CallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { Party, UserProfile } from '../wire/index.ts';

export interface GetPartiesOptions extends CallOptions {
  /** Only the parties that may instantiate this app (its `partyTypesAllowed` and the policy). */
  allowedToInstantiateFilter?: boolean;
}

/** Who the user is, and which party (person or organisation) they act for. */
export interface PartyMethods {
  /** `GET api/v1/parties?allowedToInstantiateFilter=`: every party the user may represent. */
  getParties(options?: GetPartiesOptions): Promise<Party[]>;
  /**
   * `GET api/authorization/parties/current?returnPartyObject=true`: the selected party. The backend
   * falls back to the user's own party when the selected one cannot be represented.
   */
  getCurrentParty(options?: CallOptions): Promise<Party>;
  /** `PUT api/v1/parties/{partyId}`: select the party to act for (kept in the `AltinnPartyId` cookie). */
  setSelectedParty(partyId: string | number, options?: CallOptions): Promise<void>;
  /** `GET api/v1/profile/user`: the signed-in user (social security numbers masked). */
  getUserProfile(options?: CallOptions): Promise<UserProfile>;
}

export function partyMethods(context: ClientContext): PartyMethods {
  const { send } = context;

  return {
    async getParties(options = {}) {
      const reply = await send({
        method: 'GET',
        segments: ['api', 'v1', 'parties'],
        query: { allowedToInstantiateFilter: options.allowedToInstantiateFilter },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async getCurrentParty(options = {}) {
      const reply = await send({
        method: 'GET',
        segments: ['api', 'authorization', 'parties', 'current'],
        query: { returnPartyObject: true },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async setSelectedParty(partyId, options = {}) {
      // Answers with a plain-text confirmation; nothing in it is worth returning.
      await send({
        method: 'PUT',
        segments: ['api', 'v1', 'parties', String(partyId)],
        signal: options.signal,
        headers: options.headers,
      });
    },

    async getUserProfile(options = {}) {
      const reply = await send({
        method: 'GET',
        segments: ['api', 'v1', 'profile', 'user'],
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },
  };
}
