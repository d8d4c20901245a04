/** The app's external APIs (SimpleTable `externalApi`). */
export interface ExternalApiService {
  /**
   * The result of one of the app's external APIs (`GET {app}/instances/{id}/api/external/{apiId}`),
   * as parsed JSON; `null` when the app has no API by that id.
   */
  fetchExternalApi(apiId: string, language: string): Promise<unknown>;
}
