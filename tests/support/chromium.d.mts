// Types for chromium.mjs, which is plain JavaScript so that node --test (tests/dist) can import it too.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
