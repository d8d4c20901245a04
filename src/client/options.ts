import type { LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { AppOption } from '../wire/index.ts';
import { instanceSegments, type QueryParams } from './url.ts';

export interface GetOptionsOptions extends LanguageCallOptions {
  /** Extra query parameters for the app's options provider (an option's `mapping`, for instance). */
  query?: QueryParams;
  /** Ask the instance-aware route (`instances/{id}/options/{optionsId}`), for secure code lists. */
  instanceId?: string;
}

export interface OptionsResult {
  options: AppOption[];
  /**
   * The `Altinn-DownstreamParameters` response header: the parameters the provider used, which
   * the form stores beside the chosen value when a component asks for it. `null` when absent.
   */
  downstreamParameters: string | null;
}

export interface OptionsMethods {
  /** `GET api/options/{optionsId}?language=&…query` (or the instance-aware route). */
  getOptions(optionsId: string, options?: GetOptionsOptions): Promise<OptionsResult>;
}

export function optionsMethods(context: ClientContext): OptionsMethods {
  return {
    async getOptions(optionsId, options = {}) {
      const base = options.instanceId ? instanceSegments(options.instanceId) : ['api'];
      const language = context.language(options.language);
      const reply = await context.send({
        method: 'GET',
        segments: [...base, 'options', optionsId],
        query: language ? { ...options.query, language } : options.query,
        signal: options.signal,
        headers: options.headers,
      });
      return {
        options: jsonOf<AppOption[]>(reply),
        downstreamParameters: reply.response.headers.get('Altinn-DownstreamParameters'),
      };
    },
  };
}
