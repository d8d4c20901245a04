// Types for elementPage.mjs, which is plain JavaScript so that node --test (tests/dist) can import it too.
export declare const STRICT_CSP: string;
export declare const HOSTILE_CSS: string;
export declare function appFiles(folder: string): Record<string, string>;
export declare function startElementPage(options?: {
  app?: string;
  csp?: string | null;
  proxy?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
