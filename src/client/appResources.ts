import type { CallOptions, LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { configJsonOf, jsonOf, optionalConfigJsonOf } from './transport.ts';
import type {
  ApplicationLanguage,
  ApplicationMetadata,
  ApplicationSettings,
  LayoutSets,
  TextResource,
} from '../wire/index.ts';

/** The app's configuration. None of these need a signed-in user. */
export interface AppResourceMethods {
  /** `GET api/v1/applicationmetadata` */
  getApplicationMetadata(options?: CallOptions): Promise<ApplicationMetadata>;
  /** `GET api/v1/applicationsettings`: the app's front-end settings as a free map. */
  getApplicationSettings(options?: CallOptions): Promise<ApplicationSettings>;
  /** `GET api/v1/applicationlanguages` */
  getApplicationLanguages(options?: CallOptions): Promise<ApplicationLanguage[]>;
  /** `GET api/layoutsets`: `layout-sets.json` as it is in the app. */
  getLayoutSets(options?: CallOptions): Promise<LayoutSets>;
  /** `GET api/layouts/{layoutSetId}`: every page file of the set, keyed by page name. */
  getLayouts(layoutSetId: string, options?: CallOptions): Promise<Record<string, unknown>>;
  /** `GET api/layoutsettings/{layoutSetId}`: the set's `Settings.json`. */
  getLayoutSettings(layoutSetId: string, options?: CallOptions): Promise<unknown>;
  /**
   * `GET api/v1/texts/{language}`, with the call's or else the client's language. The backend
   * answers with `nb` texts for a language the app lacks.
   */
  getTexts(options?: LanguageCallOptions): Promise<TextResource>;
  /** `GET api/jsonschema/{dataType}`: the data model's JSON Schema. */
  getJsonSchema(dataType: string, options?: CallOptions): Promise<unknown>;
  /** `GET api/validationconfig/{dataType}`: expression validations, or `null` when the app has none. */
  getValidationConfig(dataType: string, options?: CallOptions): Promise<unknown>;
}

export function appResourceMethods(context: ClientContext): AppResourceMethods {
  const { send } = context;
  const get = (segments: string[], options: CallOptions = {}) =>
    send({ method: 'GET', segments, signal: options.signal, headers: options.headers });

  return {
    async getApplicationMetadata(options) {
      return jsonOf(await get(['api', 'v1', 'applicationmetadata'], options));
    },
    async getApplicationSettings(options) {
      return jsonOf(await get(['api', 'v1', 'applicationsettings'], options));
    },
    async getApplicationLanguages(options) {
      return jsonOf(await get(['api', 'v1', 'applicationlanguages'], options));
    },
    async getLayoutSets(options) {
      return configJsonOf(await get(['api', 'layoutsets'], options));
    },
    async getLayouts(layoutSetId, options) {
      return configJsonOf(await get(['api', 'layouts', layoutSetId], options));
    },
    async getLayoutSettings(layoutSetId, options) {
      return configJsonOf(await get(['api', 'layoutsettings', layoutSetId], options));
    },
    async getTexts(options = {}) {
      const language = context.language(options.language);
      if (!language) throw new TypeError('getTexts needs a language: pass { language } or set it on the client');
      return jsonOf(await get(['api', 'v1', 'texts', language], options));
    },
    async getJsonSchema(dataType, options) {
      return configJsonOf(await get(['api', 'jsonschema', dataType], options));
    },
    async getValidationConfig(dataType, options) {
      return optionalConfigJsonOf(await get(['api', 'validationconfig', dataType], options));
    },
  };
}
