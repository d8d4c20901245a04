import type {
  AppProcessState,
  ApplicationMetadata,
  DataElement,
  DataPatchResponse,
  DataPatchResponseMultiple,
  DataPostResponse,
  DataDeleteResponse,
  Instance,
  InstanceFileScanResult,
  InstanceResponse,
  Party,
  ProcessHistoryList,
  SetTagsResponse,
  SimpleInstance,
  TextResource,
  UserActionResponse,
  UserProfile,
  ValidationIssueWithSource,
} from '../../src/wire/index.ts';
import { DATA_ELEMENT_ID, INSTANCE_ID } from './fakeFetch.ts';

// Realistic bodies of the app API, typed by src/wire, that the contract test also checks against the
// OpenAPI document: a wire type that drifts from the API fails one side or the other.

const [PARTY_ID, INSTANCE_GUID] = INSTANCE_ID.split('/');
const NOW = '2026-12-07T01:00:00Z';
const APPS = `https://ttd.apps.tt02.altinn.no/ttd/a/instances/${INSTANCE_ID}`;

export const dataElement: DataElement = {
  id: DATA_ELEMENT_ID,
  instanceGuid: INSTANCE_GUID,
  dataType: 'model',
  contentType: 'application/xml',
  blobStoragePath: `ttd/a/${INSTANCE_GUID}/data/${DATA_ELEMENT_ID}`,
  selfLinks: { apps: `${APPS}/data/${DATA_ELEMENT_ID}`, platform: null },
  size: 512,
  locked: false,
  isRead: true,
  tags: [],
  fileScanResult: 'NotApplicable',
  created: NOW,
  createdBy: '1337',
  lastChanged: NOW,
  lastChangedBy: '1337',
};

export const instance: Instance = {
  id: INSTANCE_ID,
  appId: 'ttd/a',
  org: 'ttd',
  instanceOwner: { partyId: PARTY_ID, personNumber: '01017512345' },
  selfLinks: { apps: APPS, platform: null },
  process: {
    started: NOW,
    startEvent: 'StartEvent_1',
    currentTask: { elementId: 'Task_1', name: 'Utfylling', altinnTaskType: 'data', flow: 2, started: NOW },
  },
  status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 1 },
  data: [dataElement],
  created: NOW,
  createdBy: '1337',
  lastChanged: NOW,
  lastChangedBy: '1337',
};

export const instanceResponse: InstanceResponse = {
  ...instance,
  instanceOwner: {
    partyId: PARTY_ID,
    personNumber: '01017512345',
    organisationNumber: null,
    username: null,
    party: {
      partyId: Number(PARTY_ID),
      partyUuid: '7c9b3f1e-2a4d-4e8b-9c0f-1a2b3c4d5e6f',
      partyTypeName: 1,
      ssn: '01017512345',
      orgNumber: null,
      unitType: null,
      name: 'Ola Nordmann',
      isDeleted: false,
    },
  },
  selfLinks: { apps: APPS, platform: null },
  completeConfirmations: null,
  dueBefore: null,
  visibleAfter: null,
  presentationTexts: null,
  dataValues: null,
  created: NOW,
  createdBy: '1337',
  lastChanged: NOW,
  lastChangedBy: '1337',
};

export const processState: AppProcessState = {
  started: NOW,
  startEvent: 'StartEvent_1',
  currentTask: {
    flow: 2,
    started: NOW,
    elementId: 'Task_1',
    name: 'Utfylling',
    altinnTaskType: 'data',
    ended: null,
    validated: null,
    flowType: 'CompleteCurrentMoveToNext',
    actions: { read: true, write: true },
    userActions: [
      { id: 'read', authorized: true, type: 'ProcessAction' },
      { id: 'lookup', authorized: true, type: 'ServerAction' },
    ],
    read: true,
    write: true,
    elementType: 'Task',
  },
  processTasks: [{ altinnTaskType: 'data', elementId: 'Task_1', elementType: 'Task' }],
  ended: null,
  endEvent: null,
};

export const issue: ValidationIssueWithSource = {
  severity: 1,
  dataElementId: DATA_ELEMENT_ID,
  field: 'melding.name',
  code: 'required',
  description: 'Feltet er påkrevd',
  source: 'Required',
  customTextKey: null,
};

export const patchResponse: DataPatchResponse = {
  validationIssues: { Required: [issue] },
  newDataModel: { melding: { name: 'Ny' } },
  instance,
};

export const patchResponseMultiple: DataPatchResponseMultiple = {
  validationIssues: [{ source: 'Required', issues: [] }],
  newDataModels: [{ dataElementId: DATA_ELEMENT_ID, data: { melding: { name: 'Ny' } } }],
  instance,
};

export const postResponse: DataPostResponse = {
  newDataElementId: DATA_ELEMENT_ID,
  instance,
  validationIssues: [],
  newDataModels: [],
};

export const deleteResponse: DataDeleteResponse = { instance, validationIssues: [], newDataModels: [] };

export const party: Party = {
  partyId: Number(PARTY_ID),
  partyUuid: '7c9b3f1e-2a4d-4e8b-9c0f-1a2b3c4d5e6f',
  partyTypeName: 1,
  ssn: '01017512345',
  name: 'Ola Nordmann',
  isDeleted: false,
  onlyHierarchyElementWithNoAccess: false,
  person: { ssn: '01017512345', name: 'Ola Nordmann', firstName: 'Ola', lastName: 'Nordmann' },
  organization: null,
  childParties: null,
};

export const userProfile: UserProfile = {
  userId: 1337,
  userName: 'ola',
  isReserved: false,
  partyId: Number(PARTY_ID),
  party,
  userType: 1,
  profileSettingPreference: { language: 'nb', preSelectedPartyId: 0, doNotPromptForParty: false },
};

export const activeInstances: SimpleInstance[] = [
  { id: INSTANCE_ID, presentationTexts: {}, dueBefore: null, lastChanged: NOW, lastChangedBy: 'Ola Nordmann' },
];

export const fileScan: InstanceFileScanResult = {
  id: INSTANCE_ID,
  fileScanResult: 'Pending',
  data: [{ id: DATA_ELEMENT_ID, fileScanResult: 'Pending' }],
};

export const setTagsResponse: SetTagsResponse = { tags: ['kvittering'], validationIssues: [] };

export const actionResponse: UserActionResponse = {
  instance,
  updatedDataModels: { [DATA_ELEMENT_ID]: { melding: { name: 'Oppslått' } } },
  updatedValidationIssues: { [DATA_ELEMENT_ID]: { Required: [] } },
  clientActions: [{ id: 'nextPage', metadata: null }],
  error: null,
  redirectUrl: null,
};

export const processHistory: ProcessHistoryList = {
  processHistory: [
    { eventType: 'process_StartEvent', elementId: 'StartEvent_1', occured: NOW, started: NOW, performedBy: '1337' },
  ],
};

export const metadata: ApplicationMetadata = {
  id: 'ttd/a',
  org: 'ttd',
  title: { nb: 'Søknad' },
  dataTypes: [
    {
      id: 'model',
      allowedContentTypes: ['application/xml'],
      appLogic: { autoCreate: true, classRef: 'App.Models.Model', allowAnonymousOnStateless: false },
      taskId: 'Task_1',
      maxCount: 1,
      minCount: 1,
    },
  ],
  partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: true, subUnit: false },
  onEntry: { show: 'new-instance' },
  altinnNugetVersion: '8.5.0.153',
};

export const texts: TextResource = {
  id: 'ttd-a-nb',
  org: 'ttd',
  language: 'nb',
  resources: [
    { id: 'greeting', value: 'Hei {0}', variables: [{ key: 'melding.name', dataSource: 'dataModel.default' }] },
  ],
};
