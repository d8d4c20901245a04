import type { AppOption } from '../../wire/option.ts';

export interface OptionsQuery {
  language: string;
  /** Evaluated `queryParameters` of the component. */
  queryParameters?: Readonly<Record<string, string>>;
  /** `secure: true`: the instance-aware endpoint. */
  secure?: boolean;
}

export interface FetchedOptions {
  options: AppOption[];
  /** The `altinn-downstreamparameters` header, written to a bound `metadata` field. */
  downstreamParameters?: string;
}

/** Code lists the app serves (`optionsId` of a component that are not in the layout set). */
export interface OptionsService {
  fetchOptions(optionsId: string, query: OptionsQuery): Promise<FetchedOptions>;
}
