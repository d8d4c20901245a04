import type { ApplicationMetadata, LayoutSets, Party, UserProfile } from '../../wire/index.ts';
import type { ActiveInstance } from '../client.ts';
import type { EntryDecision } from '../types.ts';

export interface EntryInput {
  metadata: ApplicationMetadata;
  layoutSets: LayoutSets | undefined;
  /** Parties allowed to instantiate (`allowedToInstantiateFilter=true`). */
  parties: Party[];
  selectedParty: Party | undefined;
  profile: UserProfile | undefined;
  /** The user picked the party in this session: do not ask again. */
  partyChosen: boolean;
  listActiveInstances(partyId: number): Promise<ActiveInstance[]>;
}

/**
 * What the user sees first, by the reference frontend's rules (platform §1.6, first match wins):
 * a selected party the user may not use → party selection; no party → nothing to do; one party
 * or a party picked this session → no prompt; `promptForParty: "always"` → prompt; `"never"` or
 * the profile's `doNotPromptForParty` → no prompt; otherwise, with several parties, prompt.
 * Then `onEntry.show`: a layout set id runs stateless, `select-instance` lists the party's active
 * instances (a new instance when there are none), anything else creates a new instance.
 */
export async function decideEntry(input: EntryInput): Promise<EntryDecision> {
  const { metadata, parties, selectedParty } = input;
  const show = metadata.onEntry?.show ?? 'new-instance';
  const statelessSet = input.layoutSets?.sets.find((set) => set.id === show);
  const usable = selectableParties(parties);

  if (statelessSet && (usable.length === 0 || metadata.dataTypes.some(allowsAnonymous(statelessSet.dataType)))) {
    return { kind: 'stateless', layoutSetId: statelessSet.id, party: selectedParty };
  }
  if (selectedParty && usable.length > 0 && !usable.some((party) => party.partyId === selectedParty.partyId)) {
    return { kind: 'select-party', parties: usable, reason: 'not-allowed' };
  }
  if (usable.length === 0) return { kind: 'no-party' };
  if (!input.partyChosen && usable.length > 1 && shouldPrompt(input)) {
    return { kind: 'select-party', parties: usable, reason: 'prompt' };
  }
  const party = usable.find((candidate) => candidate.partyId === selectedParty?.partyId) ?? usable[0]!;
  if (statelessSet) return { kind: 'stateless', layoutSetId: statelessSet.id, party };
  if (show === 'select-instance') {
    const instances = await input.listActiveInstances(party.partyId);
    if (instances.length > 0) return { kind: 'select-instance', party, instances };
  }
  return { kind: 'new-instance', party };
}

function shouldPrompt(input: EntryInput): boolean {
  const prompt = input.metadata.promptForParty;
  if (prompt === 'always') return true;
  if (prompt === 'never') return false;
  return !input.profile?.profileSettingPreference?.doNotPromptForParty;
}

/** The parties and sub-units the user can act for; a parent shown only for its children is not one. */
export function selectableParties(parties: readonly Party[]): Party[] {
  const result: Party[] = [];
  for (const party of parties) {
    if (!party.onlyHierarchyElementWithNoAccess) result.push(party);
    result.push(...selectableParties(party.childParties ?? []));
  }
  return result;
}

function allowsAnonymous(dataType: string) {
  return (type: ApplicationMetadata['dataTypes'][number]) =>
    type.id === dataType && type.appLogic?.allowAnonymousOnStateless === true;
}
