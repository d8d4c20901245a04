/**
 * `skjema/vite`: build-time help for apps bundled with Vite (Node only).
 * @packageDocumentation
 */
export { skjemaValidators, VALIDATORS_QUERY } from './validatorsPlugin.ts';
