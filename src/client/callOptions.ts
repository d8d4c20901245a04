/** Options every client method accepts as its last argument. */
export interface CallOptions {
  /** Aborting rejects the call with the signal's reason, not with an `AppApiError`. */
  signal?: AbortSignal;
  /** Sent on this call only, on top of the client's headers. */
  headers?: HeadersInit;
}

export interface LanguageCallOptions extends CallOptions {
  /** Overrides the client's language for this call (`nb`, `nn`, `en`, ...). */
  language?: string;
}
