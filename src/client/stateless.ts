import type { LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { QueryParams } from './url.ts';

export interface StatelessDataOptions extends LanguageCallOptions {
  /** Use `v1/data/anonymous`, for data types that allow anonymous use on stateless apps. */
  anonymous?: boolean;
  /**
   * Sent as the `party` header: `partyid:{id}`, `person:{ssn}` or `org:{orgnr}`. A number is
   * taken as a party id.
   */
  party?: string | number;
  /** Adds `altinnRowId` to array objects. On by default, as for instance data. */
  includeRowId?: boolean;
}

export interface GetStatelessDataOptions extends StatelessDataOptions {
  /** Values for the new model, keyed by data model path; sent as the `prefill` JSON query parameter. */
  prefill?: Record<string, unknown>;
}

/** Form data without an instance (stateless apps). The backend runs its data processors and returns the model. */
export interface StatelessMethods {
  /** `GET v1/data?dataType=&includeRowId=true&language=`: a new, prefilled model. */
  getStatelessData(dataType: string, options?: GetStatelessDataOptions): Promise<unknown>;
  /** `POST v1/data?dataType=&includeRowId=true&language=` with the whole model: the recalculated model. */
  postStatelessData(dataType: string, data: unknown, options?: StatelessDataOptions): Promise<unknown>;
}

export function statelessMethods(context: ClientContext): StatelessMethods {
  const request = async (
    method: 'GET' | 'POST',
    dataType: string,
    options: GetStatelessDataOptions,
    json: unknown,
    extraQuery: QueryParams = {},
  ) => {
    const headers = new Headers(options.headers);
    if (options.party !== undefined) headers.set('party', partyHeader(options.party));
    const reply = await context.send({
      method,
      segments: options.anonymous ? ['v1', 'data', 'anonymous'] : ['v1', 'data'],
      query: {
        dataType,
        includeRowId: options.includeRowId ?? true,
        language: context.language(options.language),
        ...extraQuery,
      },
      json,
      signal: options.signal,
      headers,
    });
    return jsonOf<unknown>(reply);
  };

  return {
    getStatelessData(dataType, options = {}) {
      const prefill = options.prefill && JSON.stringify(options.prefill);
      return request('GET', dataType, options, undefined, { prefill });
    },
    postStatelessData(dataType, data, options = {}) {
      // An undefined model would send no body at all; the backend wants a JSON object.
      return request('POST', dataType, options, data ?? {});
    },
  };
}

function partyHeader(party: string | number): string {
  return typeof party === 'number' ? `partyid:${party}` : party;
}
