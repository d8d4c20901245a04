/**
 * A part of the engine that only some apps need, loaded with a dynamic `import()` the first time
 * it is asked for, then available synchronously. Loading twice costs nothing; a load that failed
 * (a lost connection, say) is tried again the next time it is asked for.
 */
export interface OnDemand<T> {
  /** The part, if it has loaded. */
  loaded(): T | undefined;
  /** Loads the part (once) and resolves to it. */
  load(): Promise<T>;
}

export function onDemand<T>(importPart: () => Promise<T>): OnDemand<T> {
  let part: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    loaded: () => part,
    load() {
      loading ??= importPart().then(
        (value) => (part = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
