/** skjema: the React renderer. The headless engine is `skjema/core`; the app API client is `skjema/client`. */
import './react/styles.css';

export * from './react/index.ts';
export { loadLayoutSet, objectSource, type LoadedLayoutSet, type Diagnostic } from './core/index.ts';
