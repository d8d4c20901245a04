import { describe, expect, it } from 'vitest';
import type {
  ActionError,
  AppOption,
  AppProcessElementInfo,
  AppProcessState,
  ApplicationLanguage,
  ApplicationMetadata,
  ClientAction,
  DataDeleteResponse,
  DataElement,
  DataPatchError,
  DataPatchRequest,
  DataPatchRequestMultiple,
  DataPatchResponse,
  DataPatchResponseMultiple,
  DataPostErrorResponse,
  DataPostResponse,
  DataType,
  Instance,
  InstanceFileScanResult,
  InstanceOwner,
  InstanceResponse,
  InstanceStatus,
  InstansiationInstance,
  Organization,
  Party,
  PartyResponse,
  Person,
  ProblemDetails,
  ProcessElementInfo,
  ProcessHistoryList,
  ProcessNext,
  ProcessState,
  SetTagsRequest,
  SetTagsResponse,
  SimpleInstance,
  TagsList,
  TextResource,
  UserAction,
  UserActionRequest,
  UserActionResponse,
  UserProfile,
  ValidationIssueWithSource,
  ValidationSourcePair,
} from '../../src/wire/index.ts';
import { validateComponent } from '../support/openapi.ts';

// Every property of each wire type, filled in (`Required<…>` makes leaving one out a type error),
// and checked against the contract's schema, which refuses properties it does not know. A property
// misspelled or mistyped in src/wire fails here.

const GUID = 'fc121812-0336-45fb-a75c-490df3ad5109';
const INSTANCE_GUID = '5d9e906b-83ed-44df-85a7-2f104c640bff';
const NOW = '2026-12-07T01:00:00Z';

const issue: Required<ValidationIssueWithSource> = {
  severity: 2,
  source: 'Custom-model',
  dataElementId: GUID,
  field: 'people[0].name',
  code: 'tooLong',
  description: 'Too long',
  customTextKey: 'error.tooLong',
  customTextParameters: { max: '10' },
  customTextParams: ['10'],
  noIncrementalUpdates: true,
};
const sourcePair: Required<ValidationSourcePair> = { source: 'Required', issues: [issue] };

const dataElement: Required<DataElement> = {
  id: GUID,
  instanceGuid: INSTANCE_GUID,
  dataType: 'attachments',
  contentType: 'application/pdf',
  filename: 'a.pdf',
  blobStoragePath: `ttd/a/${INSTANCE_GUID}/data/${GUID}`,
  selfLinks: { apps: 'https://ttd.apps.tt02.altinn.no/ttd/a/instances/1/x/data/y', platform: null },
  size: 1024,
  contentHash: null,
  locked: true,
  refs: [INSTANCE_GUID],
  isRead: false,
  tags: ['kvittering'],
  userDefinedMetadata: [{ key: 'k', value: 'v' }],
  metadata: [{ key: 'scan', value: 'ok' }],
  deleteStatus: { isHardDeleted: false, hardDeleted: null },
  fileScanResult: 'Clean',
  references: [{ value: 'Task_1', relation: 'GeneratedFrom', valueType: 'Task' }],
  created: NOW,
  createdBy: '1337',
  lastChanged: NOW,
  lastChangedBy: '1337',
};

const processElement: Required<ProcessElementInfo> = {
  elementId: 'Task_1',
  altinnTaskType: 'data',
  name: 'Utfylling',
  flow: 2,
  started: NOW,
  ended: null,
  flowType: 'CompleteCurrentMoveToNext',
  validated: { timestamp: NOW, canCompleteTask: true },
};
const storageProcess: Required<ProcessState> = {
  started: NOW,
  startEvent: 'StartEvent_1',
  currentTask: processElement,
  ended: null,
  endEvent: null,
};

const userAction: Required<UserAction> = { id: 'sign', authorized: false, type: 'ProcessAction' };
const appTask: Required<AppProcessElementInfo> = {
  ...processElement,
  elementType: 'Task',
  actions: { read: true, write: true, sign: false },
  userActions: [userAction],
  read: true,
  write: true,
};
const appProcess: Required<AppProcessState> = {
  ...storageProcess,
  currentTask: appTask,
  processTasks: [{ elementId: 'Task_1', altinnTaskType: 'data', elementType: 'Task' }],
};

const partyResponse: Required<PartyResponse> = {
  partyId: 501337,
  partyUuid: '7c9b3f1e-2a4d-4e8b-9c0f-1a2b3c4d5e6f',
  partyTypeName: 1,
  ssn: '01017512345',
  orgNumber: null,
  unitType: null,
  name: 'Ola Nordmann',
  isDeleted: false,
};
const owner: Required<InstanceOwner> & { party: PartyResponse } = {
  partyId: '501337',
  personNumber: '01017512345',
  organisationNumber: null,
  username: null,
  externalIdentifier: null,
  party: partyResponse,
};
const status: Required<InstanceStatus> = {
  isArchived: true,
  archived: NOW,
  isSoftDeleted: false,
  softDeleted: null,
  isHardDeleted: false,
  hardDeleted: null,
  readStatus: 2,
  substatus: { label: 'Mottatt', description: null },
};
const instance: Required<InstanceResponse> = {
  id: `501337/${INSTANCE_GUID}`,
  appId: 'ttd/a',
  org: 'ttd',
  instanceOwner: owner,
  selfLinks: { apps: null, platform: null },
  process: storageProcess,
  status,
  completeConfirmations: [{ stakeholderId: 'ttd', confirmedOn: NOW }],
  data: [dataElement],
  dueBefore: NOW,
  visibleAfter: NOW,
  presentationTexts: { title: 'Søknad' },
  dataValues: { amount: null },
  created: NOW,
  createdBy: '1337',
  lastChanged: NOW,
  lastChangedBy: '1337',
};

// Inside write and action responses the app sends the storage instance, whose owner has no `party`.
const { party: _party, ...storageOwner } = owner;
const storageInstance: Instance = { ...instance, instanceOwner: storageOwner };

const person: Required<Person> = {
  ssn: '01017512345',
  name: 'Ola Nordmann',
  firstName: 'Ola',
  middleName: null,
  lastName: 'Nordmann',
  telephoneNumber: null,
  mobileNumber: '99999999',
  mailingAddress: 'Gata 1',
  mailingPostalCode: '0001',
  mailingPostalCity: 'Oslo',
  addressMunicipalNumber: '0301',
  addressMunicipalName: 'Oslo',
  addressStreetName: 'Gata',
  addressHouseNumber: '1',
  addressHouseLetter: null,
  addressPostalCode: '0001',
  addressCity: 'Oslo',
  dateOfDeath: null,
};
const organization: Required<Organization> = {
  orgNumber: '910000000',
  name: 'Testbedrift AS',
  unitType: 'AS',
  telephoneNumber: null,
  mobileNumber: null,
  faxNumber: null,
  eMailAddress: 'post@example.no',
  internetAddress: null,
  mailingAddress: null,
  mailingPostalCode: null,
  mailingPostalCity: null,
  businessAddress: null,
  businessPostalCode: null,
  businessPostalCity: null,
  unitStatus: null,
};
const party: Required<Party> = {
  partyId: 500000,
  partyUuid: null,
  partyTypeName: 2,
  orgNumber: '910000000',
  ssn: null,
  unitType: 'AS',
  name: 'Testbedrift AS',
  isDeleted: false,
  onlyHierarchyElementWithNoAccess: false,
  person: null,
  organization,
  childParties: [{ partyId: 500001, partyTypeName: 4, person, organization: null }],
};
const profile: Required<UserProfile> = {
  userId: 1337,
  userUuid: null,
  userName: 'ola',
  externalIdentity: null,
  isReserved: false,
  phoneNumber: null,
  email: null,
  partyId: 501337,
  party,
  userType: 1,
  profileSettingPreference: { language: 'nn', preSelectedPartyId: 500000, doNotPromptForParty: true },
};

const clientAction: Required<ClientAction> = { id: 'navigateToPage', metadata: { page: 'page2' } };
const actionError: Required<ActionError> = { code: 'Failed', message: 'Nope', metadata: { why: 'x' } };
const actionResponse: Required<UserActionResponse> = {
  instance: storageInstance,
  updatedDataModels: { [GUID]: { a: 1 } },
  updatedValidationIssues: { [GUID]: { Required: [issue] }, '': {} },
  clientActions: [clientAction],
  error: actionError,
  redirectUrl: 'https://example.no/next',
};
const actionRequest: Required<UserActionRequest> = {
  action: 'sign',
  buttonId: 'sign-button',
  metadata: { k: 'v' },
  ignoredValidators: ['Required'],
  onBehalfOf: '910000000',
};

const problem: Required<ProblemDetails> = {
  type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  title: 'Bad Request',
  status: 400,
  detail: 'Something',
  instance: '/ttd/a',
};
const patchError: Required<DataPatchError> = {
  ...problem,
  status: 409,
  previousModel: { a: 1 },
  dataElementId: GUID,
  patchOperationIndex: 1,
};
const postError: Required<DataPostErrorResponse> = { ...problem, uploadValidationIssues: [issue] };

const dataType: Required<DataType> = {
  id: 'attachments',
  description: { nb: 'Vedlegg' },
  allowedContentTypes: ['application/pdf'],
  appLogic: {
    autoCreate: false,
    classRef: null,
    schemaRef: null,
    allowAnonymousOnStateless: false,
    autoDeleteOnProcessEnd: false,
    disallowUserCreate: false,
    disallowUserDelete: true,
  },
  taskId: 'Task_1',
  maxSize: 25,
  maxCount: 0,
  minCount: 0,
  grouping: null,
  enableFileScan: true,
  validationErrorOnPendingFileScan: true,
  actionRequiredToRead: null,
  actionRequiredToWrite: 'sign',
};
const metadata: Required<ApplicationMetadata> = {
  id: 'ttd/a',
  org: 'ttd',
  title: { nb: 'Søknad', en: 'Application' },
  dataTypes: [dataType],
  partyTypesAllowed: { bankruptcyEstate: false, organisation: true, person: true, subUnit: false },
  onEntry: { show: 'select-instance' },
  copyInstanceSettings: { enabled: true },
  disallowUserInstantiation: false,
  altinnNugetVersion: '8.5.0.153',
};

const texts: Required<TextResource> = {
  id: 'ttd-a-nb',
  org: 'ttd',
  language: 'nb',
  resources: [
    {
      id: 'greeting',
      value: 'Hei {0}',
      variables: [{ key: 'name', dataSource: 'dataModel.default', defaultValue: 'du' }],
    },
  ],
};
const options: Required<AppOption>[] = [
  { value: 'a', label: 'A', description: 'First', helpText: null, tags: { group: 'x' } },
  { value: 2, label: 'Two', description: null, helpText: 'Help', tags: null },
  { value: true, label: 'Yes', description: null, helpText: null, tags: null },
];

const patchRequest: Required<DataPatchRequest> = {
  patch: [
    { op: 'test', path: '/a', value: 1 },
    { op: 'remove', path: '/b' },
    { op: 'move', from: '/c', path: '/d' },
  ],
  ignoredValidators: ['Required'],
};
const patchRequestMultiple: Required<DataPatchRequestMultiple> = {
  patches: [{ dataElementId: GUID, patch: [{ op: 'add', path: '/list/-', value: { x: 1 } }] }],
  ignoredValidators: null,
};
const patchResponse: Required<DataPatchResponse> = {
  newDataModel: { a: 2 },
  validationIssues: { Required: [issue] },
  instance: storageInstance,
};
const patchResponseMultiple: Required<DataPatchResponseMultiple> = {
  newDataModels: [{ dataElementId: GUID, data: { a: 2 } }],
  validationIssues: [sourcePair],
  instance: storageInstance,
};
const postResponse: Required<DataPostResponse> = {
  newDataElementId: GUID,
  instance: storageInstance,
  validationIssues: [sourcePair],
  newDataModels: [{ dataElementId: GUID, data: null }],
};
const deleteResponse: Required<DataDeleteResponse> = {
  instance: storageInstance,
  validationIssues: [],
  newDataModels: [],
};

const simpleInstance: Required<SimpleInstance> = {
  id: `501337/${INSTANCE_GUID}`,
  presentationTexts: { title: 'Søknad' },
  dueBefore: null,
  lastChanged: NOW,
  lastChangedBy: 'Ola Nordmann',
};
const instantiation: Required<InstansiationInstance> = {
  instanceOwner: { partyId: '501337', personNumber: null },
  dueBefore: null,
  visibleAfter: null,
  prefill: { 'a.b': 'c', 'a.d': null },
  sourceInstanceId: `501337/${INSTANCE_GUID}`,
};
const fileScan: Required<InstanceFileScanResult> = {
  id: `501337/${INSTANCE_GUID}`,
  fileScanResult: 'Infected',
  data: [{ id: GUID, fileScanResult: 'Infected' }],
};
const tags: Required<TagsList> = { tags: ['a'] };
const setTagsRequest: Required<SetTagsRequest> = { tags: ['a', 'b-c_d'] };
const setTagsResponse: Required<SetTagsResponse> = { tags: ['a'], validationIssues: [sourcePair] };
const history: Required<ProcessHistoryList> = {
  processHistory: [
    {
      eventType: 'process_EndTask',
      elementId: 'Task_1',
      occured: NOW,
      started: NOW,
      ended: NOW,
      performedBy: '1337',
    },
  ],
};
const processNext: Required<ProcessNext> = { action: 'confirm', actionOnBehalfOf: null };
const language: Required<ApplicationLanguage> = { language: 'nn' };

const cases: [schema: string, value: unknown][] = [
  ['ValidationIssueWithSource', issue],
  ['ValidationSourcePair', sourcePair],
  ['DataElement', dataElement],
  ['ProcessState', storageProcess],
  ['AppProcessState', appProcess],
  ['InstanceResponse', instance],
  ['Party', party],
  ['UserProfile', profile],
  ['UserActionRequest', actionRequest],
  ['UserActionResponse', actionResponse],
  ['DataPatchError', patchError],
  ['DataPostErrorResponse', postError],
  ['ApplicationMetadata', metadata],
  ['TextResource', texts],
  ...options.map((option): [string, unknown] => ['AppOption', option]),
  ['DataPatchRequest', patchRequest],
  ['DataPatchRequestMultiple', patchRequestMultiple],
  ['DataPatchResponse', patchResponse],
  ['DataPatchResponseMultiple', patchResponseMultiple],
  ['DataPostResponse', postResponse],
  ['DataDeleteResponse', deleteResponse],
  ['SimpleInstance', simpleInstance],
  ['InstansiationInstance', instantiation],
  ['InstanceFileScanResult', fileScan],
  ['TagsList', tags],
  ['SetTagsRequest', setTagsRequest],
  ['SetTagsResponse', setTagsResponse],
  ['ProcessHistoryList', history],
  ['ProcessNext', processNext],
  ['ApplicationLanguage', language],
  ['ProblemDetails', problem],
];

describe('src/wire against the contract', () => {
  for (const [schema, value] of cases) {
    it(`every property of the wire type for ${schema} is one the contract knows, with its type`, () => {
      expect(validateComponent(schema, value)).toEqual([]);
    });
  }

  it('would notice a misspelled or mistyped property', () => {
    expect(validateComponent('ProcessHistoryList', { processHistory: [{ occurred: NOW }] })).toEqual([
      expect.stringContaining('does not know: occurred'),
    ]);
    expect(validateComponent('ValidationIssueWithSource', { ...issue, severity: 'Error' })).not.toEqual([]);
    expect(validateComponent('NoSuchSchema', {})).toEqual(['the contract has no schema NoSuchSchema']);
  });
});
