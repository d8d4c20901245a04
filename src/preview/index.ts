export {
  startPreviewServer,
  type PreviewAppOptions,
  type PreviewServer,
  type PreviewServerApp,
  type PreviewServerOptions,
} from './server.ts';
export { loadProcessor, type PreviewProcessor, type ProcessDataWriteInput, type TaskHookInput } from './processor.ts';
export { describeStart } from './startBanner.ts';
export type { PreviewApp } from './app/previewApp.ts';
export { LOG_FORMATS, type LogFormat } from './monitoring/jsonLog.ts';
export { PreviewMetrics } from './monitoring/metrics.ts';
export { PreviewMonitor } from './monitoring/monitor.ts';
export { clamdScanner, type FileScanner, type ScanVerdict } from './scan/fileScanner.ts';
export type { StoredScanResult } from './scan/scanQueue.ts';
