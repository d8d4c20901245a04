/**
 * The connected layer: a running Altinn app and instance without UI. It talks to the app backend
 * through `skjema/client` and keeps a form's data in sync with it (see docs/autosave.md).
 */
export type {
  AppBootstrap,
  AttachmentMethods,
  ConnectedApp,
  ConnectedAppOptions,
  ConnectedClock,
  ConnectedEventName,
  ConnectedEvents,
  ConnectedInstance,
  CreateInstanceOptions,
  DataModelElement,
  EntryDecision,
  FormModelPort,
  JsonModel,
  ProcessNextResult,
  SaveStatus,
  StatelessOptions,
  SubmitBlocker,
  UploadOptions,
} from './types.ts';
export type { ActiveInstance, ConnectedClient, DataWriteOptions, UserProfile } from './client.ts';
export { createConnectedApp } from './app/createConnectedApp.ts';
export { connectAltinnApp, type ConnectAltinnAppOptions } from './app/connectAltinnApp.ts';
export { decideEntry, selectableParties, type EntryInput } from './app/entryDecision.ts';
export { backendAppSource } from './app/backendSource.ts';
export { createPatch } from './patch/createPatch.ts';
export { mergeModels } from './patch/mergeModels.ts';
export { IGNORED_VALIDATORS } from './save/saveQueue.ts';
export type { PendingEdit, PendingEditsStore } from './pendingEdits/store.ts';
export { memoryPendingEditsStore } from './pendingEdits/memoryStore.ts';
export { indexedDbPendingEditsStore, type IndexedDbPendingEditsOptions } from './pendingEdits/indexedDbStore.ts';
