/**
 * Who may do what in `skjema preview` (platform §1, §5): localtest's test users and parties (or an
 * app's `testData.json`), test tokens, request authentication, and the app's XACML policy.
 *
 * Choices the reference leaves open:
 * - Tokens are HS256 with a key the server keeps in its data folder (localtest signs RS256 with a
 *   certificate); they carry the claims of localtest's old user token.
 * - SSNs in party lists show the birth date only (`010390*****`).
 * - An app without `policy.xml` gets an `owner-only` policy: whoever may act for the instance owner,
 *   and the app's service owner, may do everything. A `policy.xml` that cannot be read denies
 *   everything (fail closed); both are reported as diagnostics for the start banner.
 */
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
