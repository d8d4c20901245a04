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
