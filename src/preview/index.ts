export { startPreviewServer, type PreviewServer, type PreviewServerOptions } from './server.ts';
export { loadProcessor, type PreviewProcessor, type ProcessDataWriteInput, type TaskHookInput } from './processor.ts';
export { describeStart } from './startBanner.ts';
export type { PreviewApp } from './app/previewApp.ts';
export { clamdScanner, type FileScanner, type ScanVerdict } from './scan/fileScanner.ts';
export type { StoredScanResult } from './scan/scanQueue.ts';
