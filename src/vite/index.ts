/**
 * `skjema/vite`: build-time help for apps bundled with Vite (Node only).
 * @packageDocumentation
 */
export { extractDataUrls } from './extractDataUrls.ts';
export { skjemaValidators, VALIDATORS_QUERY } from './validatorsPlugin.ts';
export { skjemaApp, APP_QUERY } from './appPlugin.ts';
