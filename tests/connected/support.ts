import { applyPatch, type Operation } from 'rfc6902';
import { AppApiError, type DataPatchRequestMultiple, type DataPatchResponseMultiple } from '../../src/client/index.ts';
import type { ConnectedClock, FormModelPort, JsonModel } from '../../src/connected/index.ts';

/** A clock whose timers run only when the test says so. */
export function manualClock(): ConnectedClock & { advance(ms: number): void; pending(): number[] } {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.callback();
      }
    },
    pending: () => [...timers.values()].map((timer) => timer.at - now),
  };
}

/** Lets every queued promise callback run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ScriptedServer {
  models: Map<string, JsonModel>;
  requests: DataPatchRequestMultiple[];
  /** Runs after a patch applied, like an app's ProcessDataWrite. */
  calculate?: (dataElementId: string, model: JsonModel) => void;
  /** Called before a request is handled; throw to fail it. */
  failNext: ((request: DataPatchRequestMultiple) => void)[];
  patchDataMultiple(instanceId: string, request: DataPatchRequestMultiple): Promise<DataPatchResponseMultiple>;
}

/** A PATCH endpoint that behaves like app-api §5.2: test ops → 409 with previousModel, processors, full models back. */
export function scriptedServer(models: Record<string, JsonModel>): ScriptedServer {
  const server: ScriptedServer = {
    models: new Map(Object.entries(models).map(([id, model]) => [id, structuredClone(model)])),
    requests: [],
    failNext: [],
    async patchDataMultiple(instanceId, request) {
      server.requests.push(structuredClone(request));
      const failure = server.failNext.shift();
      if (failure) failure(request);
      const updated = new Map<string, JsonModel>();
      for (const { dataElementId, patch } of request.patches) {
        const model = structuredClone(server.models.get(dataElementId));
        if (!model) throw new AppApiError({ status: 404, method: 'PATCH', url: instanceId });
        const results = applyPatch(model, patch as Operation[]);
        const index = results.findIndex((result) => result !== null);
        if (index !== -1) {
          const conflict = patch[index]?.op === 'test';
          throw new AppApiError({
            status: conflict ? 409 : 422,
            method: 'PATCH',
            url: `/instances/${instanceId}/data`,
            body: {
              title: conflict ? 'Precondition in patch failed' : 'Patch Operation Failed',
              previousModel: server.models.get(dataElementId),
              dataElementId,
              patchOperationIndex: index,
            },
          });
        }
        updated.set(dataElementId, model);
      }
      for (const [id, model] of updated) {
        server.calculate?.(id, model);
        server.models.set(id, model);
      }
      return {
        newDataModels: [...updated].map(([dataElementId, data]) => ({ dataElementId, data: structuredClone(data) })),
        validationIssues: [{ source: 'Custom', issues: [] }],
        instance: { id: instanceId, appId: 'ttd/app', org: 'ttd', instanceOwner: { partyId: '1' }, data: [] },
      };
    },
  };
  return server;
}

/** A form that holds models like the core session would, counting server writes. */
export function fakeForm(models: Record<string, JsonModel>): FormModelPort & {
  models: Record<string, JsonModel>;
  serverWrites: number;
  subscribe(listener: (dataType: string) => void): () => void;
  edit(dataType: string, change: (model: JsonModel) => void): void;
} {
  const listeners = new Set<(dataType: string) => void>();
  const form = {
    models: structuredClone(models),
    serverWrites: 0,
    read: (dataType: string) => structuredClone(form.models[dataType] ?? {}),
    applyServerModel(dataType: string, model: JsonModel) {
      form.serverWrites++;
      form.models[dataType] = structuredClone(model);
    },
    subscribe(listener: (dataType: string) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    edit(dataType: string, change: (model: JsonModel) => void) {
      const model = structuredClone(form.models[dataType] ?? {});
      change(model);
      form.models[dataType] = model;
      for (const listener of listeners) listener(dataType);
    },
  };
  return form;
}
