// What a page that embeds a form already has, for the docs' snippets that leave it out
// (`<!-- snippet: prelude=app -->`). A script, not a module: everything here is global to the snippet.
declare const layoutSet: import('skjema/core').LoadedLayoutSet;
declare const data: Record<string, unknown>;
declare const initialData: Record<string, unknown>;
/** The data model's JSON Schema. */
declare const schema: Record<string, unknown>;
declare const client: import('skjema/client').AppClient;
declare const auth: import('skjema/client').ClientAuth;
declare const formSession: import('skjema/core').FormSession;
declare const instance: import('skjema/connected').ConnectedInstance;
declare const baseUrl: string;
declare const org: string;
declare const app: string;
/** The host's sign-in: an Altinn token for the user. */
declare function token(): string;
declare function getToken(): string;
declare function getAltinnToken(): string;
declare const session: { currentAltinnToken(): string };
declare function log(value: unknown): void;
declare function save(models: readonly import('skjema/core').SavedModel[]): Promise<void>;
/** Looks up a value in the data model by its dotted path. */
declare function lookup(path: string): unknown;
/** Where the app's files are read from (`objectSource`, `httpSource`, …). */
declare const source: import('skjema/core').AppSource;
/** Each data type's validators, compiled at build time (`skjema compile`, the Vite plugin). */
declare const precompiledValidators: Readonly<Record<string, import('skjema/core').PrecompiledModelValidators>>;
