import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Instance } from '../wire/instance.ts';
import type { EventHandlerInput } from './events/receiver.ts';

export interface ProcessDataWriteInput {
  readonly instance: Instance;
  readonly dataType: string;
  readonly dataElementId: string;
  /** The model after the client's patch; mutate it, or return a new one. */
  data: Record<string, unknown>;
  readonly previousData: unknown;
  readonly language: string;
}

export interface TaskHookInput {
  readonly instance: Instance;
  readonly taskId: string;
}

/**
 * What a `--processor` module may export, like the app backend's data processing interfaces
 * (`IDataProcessor.ProcessDataWrite`, `IProcessTaskStart`, `IProcessTaskEnd`). Every hook may be
 * async. A hook that throws fails the request with a 500 naming it, and nothing is saved.
 */
export interface PreviewProcessor {
  processDataWrite?(input: ProcessDataWriteInput): unknown;
  onTaskStart?(input: TaskHookInput): unknown;
  onTaskEnd?(input: TaskHookInput): unknown;
  /** Events delivered to the app's `api/v1/eventsreceiver` (the reference's `IEventHandler`); false asks for a retry. */
  handleEvent?(input: EventHandlerInput): unknown;
}

const HOOKS = ['processDataWrite', 'onTaskStart', 'onTaskEnd', 'handleEvent'] as const;

/** Loads a processor module (its named exports, or the default export object), refusing one with no hooks. */
export async function loadProcessor(file: string): Promise<PreviewProcessor> {
  const path = resolve(file);
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const candidate = (
    HOOKS.some((hook) => typeof module[hook] === 'function') ? module : (module.default ?? {})
  ) as Record<string, unknown>;
  const processor: PreviewProcessor = {};
  for (const hook of HOOKS) {
    const value = candidate[hook];
    if (value === undefined) continue;
    if (typeof value !== 'function') throw new Error(`${path}: "${hook}" must be a function.`);
    (processor as Record<string, unknown>)[hook] = value;
  }
  if (Object.keys(processor).length === 0) {
    throw new Error(`${path} exports none of the processor hooks (${HOOKS.join(', ')}).`);
  }
  return processor;
}
