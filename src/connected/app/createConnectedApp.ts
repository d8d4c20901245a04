import { isAppApiError } from '../../client/index.ts';
import { loadLayoutSet } from '../../core/index.ts';
import type { ApplicationMetadata, LayoutSets, Party, UserProfile } from '../../wire/index.ts';
import { Emitter } from '../instance/emitter.ts';
import { openConnectedInstance, type InstanceContext } from '../instance/connectedInstance.ts';
import { memoryPendingEditsStore } from '../pendingEdits/memoryStore.ts';
import type {
  AppBootstrap,
  ConnectedApp,
  ConnectedAppOptions,
  ConnectedClock,
  ConnectedEvents,
  EntryDecision,
  JsonModel,
  StatelessOptions,
} from '../types.ts';
import { backendAppSource } from './backendSource.ts';
import { decideEntry } from './entryDecision.ts';

const systemClock: ConnectedClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * A running Altinn app without UI. `load()` reads what the first screen needs and decides it;
 * instances are then created or opened, each keeping its form data in sync with the backend.
 */
export function createConnectedApp(options: ConnectedAppOptions): ConnectedApp {
  const { client } = options;
  const language = () => (typeof options.language === 'function' ? options.language() : options.language);
  const appEvents = new Emitter<ConnectedEvents>();
  const store = options.pendingEdits ?? memoryPendingEditsStore();
  let metadata: Promise<ApplicationMetadata> | undefined;
  let layoutSets: Promise<LayoutSets> | undefined;
  let parties: Party[] = [];
  let selectedParty: Party | undefined;
  let profile: UserProfile | undefined;
  let partyChosen = false;

  const getMetadata = () => (metadata ??= client.getApplicationMetadata());
  // An app without layout-sets.json (a single legacy layout folder) has no sets to map tasks to.
  const getLayoutSets = () =>
    (layoutSets ??= client
      .getLayoutSets()
      .catch(when([404], undefined))
      .then((sets) => sets ?? { sets: [] }));
  const languages = async () => {
    const available = await client.getApplicationLanguages().catch(() => []);
    const codes = available.map((entry) => entry.language);
    const current = language();
    return codes.length > 0 ? codes : current ? [current] : ['nb'];
  };
  const context = async (): Promise<InstanceContext> => ({
    client,
    language,
    store,
    clock: options.clock ?? systemClock,
    scanPollMs: options.scanPollMs ?? 5000,
    maxRebases: options.maxRebases ?? 3,
    metadata: await getMetadata(),
    layoutSets: await getLayoutSets(),
    appEvents,
  });
  const decide = async (): Promise<EntryDecision> =>
    decideEntry({
      metadata: await getMetadata(),
      layoutSets: await getLayoutSets(),
      parties,
      selectedParty,
      profile,
      partyChosen,
      listActiveInstances: (partyId) => client.getActiveInstances(partyId),
    });
  const statelessCall = (extra: StatelessOptions = {}) => ({
    language: language(),
    party: extra.party,
    anonymous: extra.anonymous,
  });

  return {
    async load(): Promise<AppBootstrap> {
      const [appMetadata, sets, settings, texts] = await Promise.all([
        getMetadata(),
        getLayoutSets(),
        client.getApplicationSettings().catch(when([404], {})),
        client.getTexts({ language: language() ?? 'nb' }).catch(when([404], undefined)),
      ]);
      // Anonymous users (stateless apps) have no profile and no parties; that is not an error.
      [profile, parties, selectedParty] = await Promise.all([
        client.getUserProfile().catch(when(SIGNED_OUT, undefined)),
        client.getParties({ allowedToInstantiateFilter: true }).catch(when(SIGNED_OUT, [])),
        client.getCurrentParty().catch(when(SIGNED_OUT, undefined)),
      ]);
      return {
        metadata: appMetadata,
        layoutSets: sets,
        settings,
        texts,
        profile,
        parties,
        selectedParty,
        entry: await decide(),
      };
    },

    async selectParty(partyId) {
      await client.setSelectedParty(partyId);
      partyChosen = true;
      selectedParty = findParty(parties, partyId) ?? (await client.getCurrentParty());
      return decide();
    },

    listActiveInstances: (partyId) => client.getActiveInstances(partyId),

    async createInstance(partyId, createOptions = {}) {
      const instance = createOptions.prefill
        ? await client.instantiate(
            { instanceOwner: { partyId }, prefill: createOptions.prefill },
            { language: language() },
          )
        : await client.createInstance(partyId, { language: language() });
      appEvents.emit('instanceCreated', { instance });
      return openConnectedInstance(await context(), instance);
    },

    async copyInstance(sourceInstanceId) {
      const instance = await client.copyInstance(sourceInstanceId, {}, { language: language() });
      appEvents.emit('instanceCreated', { instance });
      return openConnectedInstance(await context(), instance);
    },

    async openInstance(instanceId) {
      return openConnectedInstance(await context(), await client.getInstance(instanceId));
    },

    loadLayoutSet: (layoutSetId, options) =>
      loadLayoutSet(backendAppSource(client, languages), { ...options, layoutSetId }),

    async getStatelessData(dataType, extra = {}) {
      return (await client.getStatelessData(dataType, {
        ...statelessCall(extra),
        prefill: extra.prefill,
      })) as JsonModel;
    },

    async recalculateStateless(dataType, model, extra = {}) {
      return (await client.postStatelessData(dataType, model, statelessCall(extra))) as JsonModel;
    },

    on: (event, listener) => appEvents.on(event, listener),

    dispose() {
      appEvents.clear();
    },
  };
}

/** What the backend answers an anonymous (or not user-authenticated) caller for user and party calls. */
const SIGNED_OUT = [400, 401, 403];

/** A fallback for the expected refusals only: a network failure or a server fault still fails `load()`. */
function when<T>(statuses: readonly number[], fallback: T) {
  return (error: unknown): T => {
    if (isAppApiError(error) && statuses.includes(error.status)) return fallback;
    throw error;
  };
}

function findParty(parties: readonly Party[], partyId: number): Party | undefined {
  for (const party of parties) {
    if (party.partyId === partyId) return party;
    const child = findParty(party.childParties ?? [], partyId);
    if (child) return child;
  }
  return undefined;
}
