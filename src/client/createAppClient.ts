import { actionMethods, type ActionMethods } from './actions.ts';
import { appResourceMethods, type AppResourceMethods } from './appResources.ts';
import type { ClientAuth } from './auth.ts';
import { authenticationMethods, type AuthenticationMethods } from './authentication.ts';
import { dataElementMethods, type DataElementMethods } from './dataElements.ts';
import { formDataMethods, type FormDataMethods } from './formData.ts';
import { inboxMethods, type InboxMethods } from './inbox.ts';
import { instanceMethods, type InstanceMethods } from './instances.ts';
import { instantiationMethods, type InstantiationMethods } from './instantiation.ts';
import { optionsMethods, type OptionsMethods } from './options.ts';
import { partyMethods, type PartyMethods } from './parties.ts';
import type { RetryPolicy } from './retry.ts';
import { statelessMethods, type StatelessMethods } from './stateless.ts';
import { tagMethods, type TagMethods } from './tags.ts';
import { createTransport, type FetchLike, type HeadersSource } from './transport.ts';
import { appRootUrl } from './url.ts';

export interface AppClientConfig {
  /**
   * Origin (and any path prefix) in front of `/{org}/{app}`, e.g. `https://ttd.apps.tt02.altinn.no`.
   * Use `''` for root-relative URLs when the form is served by the app itself.
   */
  baseUrl: string;
  org: string;
  app: string;
  /** Defaults to the global `fetch`, looked up at each call. */
  fetch?: FetchLike;
  /**
   * Default `language` for calls that take one. A function is read at each call, so a language
   * switch in the UI needs no new client.
   */
  language?: string | (() => string | undefined);
  /**
   * Sent on every call, e.g. `Authorization: Bearer …` or `X-XSRF-TOKEN`. A function is called per
   * request, so it can hand out a refreshed token.
   */
  headers?: HeadersSource;
  /** A bearer token, or the browser's Altinn cookie with the XSRF echo. Absent: no credentials are added. */
  auth?: ClientAuth;
  /**
   * Retries of GET/HEAD after a network error or a 502/503/504 (default 2, backing off from 300 ms).
   * Writes are never retried by the client.
   */
  retry?: RetryPolicy;
}

export interface AppClient
  extends
    AppResourceMethods,
    OptionsMethods,
    InstanceMethods,
    InstantiationMethods,
    FormDataMethods,
    DataElementMethods,
    TagMethods,
    ActionMethods,
    PartyMethods,
    AuthenticationMethods,
    StatelessMethods,
    InboxMethods {
  /** `{baseUrl}/{org}/{app}`: the root every call is relative to. */
  readonly appUrl: string;
}

/** A headless client for one Altinn 3 app's backend API. It holds no state besides its configuration. */
export function createAppClient(config: AppClientConfig): AppClient {
  const appUrl = appRootUrl(config.baseUrl, config.org, config.app);
  const send = createTransport({
    appRoot: appUrl,
    fetch: config.fetch,
    headers: config.headers,
    auth: config.auth,
    retry: config.retry,
  });
  const defaultLanguage = config.language;
  const context = {
    send,
    language: (override: string | undefined) =>
      override ?? (typeof defaultLanguage === 'function' ? defaultLanguage() : defaultLanguage),
  };

  return {
    appUrl,
    ...appResourceMethods(context),
    ...optionsMethods(context),
    ...instanceMethods(context),
    ...instantiationMethods(context),
    ...formDataMethods(context),
    ...dataElementMethods(context),
    ...tagMethods(context),
    ...actionMethods(context),
    ...partyMethods(context),
    ...authenticationMethods(context),
    ...statelessMethods(context),
    ...inboxMethods(context),
  };
}
