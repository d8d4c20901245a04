// A form's services and a file the user picked, for docs/services.md.
declare const services: import('skjema/core').FormServices;
declare const file: File;
declare const controller: AbortController;
/** Shows the upload's progress, from 0 to 1. */
declare function show(fraction: number): void;
