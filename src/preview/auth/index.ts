export {
  defaultTestUsers,
  describeTestUsers,
  findOrg,
  findPerson,
  fullName,
  type TestOrg,
  type TestPerson,
  type TestUsers,
} from './users.ts';
export { loadTestUsers, TestDataError, type LoadTestUsersOptions } from './testData.ts';
export {
  canRepresent,
  isPartyTypeAllowed,
  maskSsn,
  partiesFor,
  partyById,
  rolesFor,
  type Party,
  type PartyListOptions,
  type PartyTypeName,
  type PartyTypesAllowed,
} from './parties.ts';
export { AuthError, UnknownTestUserError, type AuthFailureCode } from './errors.ts';
export {
  createTokenKey,
  issueOrgToken,
  issueTestToken,
  tokenKeyFromText,
  tokenKeyToText,
  verifyToken,
  TOKEN_LIFETIME_MINUTES,
  type OrgTokenRequest,
  type Principal,
  type TestTokenRequest,
  type TokenKey,
} from './tokens.ts';
export {
  authenticateRequest,
  parseCookies,
  PARTY_COOKIE,
  RUNTIME_COOKIE,
  XSRF_COOKIE,
  type Authenticated,
  type RequestCredentials,
} from './request.ts';
export {
  loadPolicy,
  type AttributeCategory,
  type LoadedPolicy,
  type Policy,
  type PolicyDiagnostic,
  type PolicyMatch,
  type PolicyRule,
} from './policy.ts';
export { authorize, authorizeMany, type AuthorizationRequest, type Decision } from './decide.ts';
