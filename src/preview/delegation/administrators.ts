/**
 * Roles that administer a party's access (platform §1.5: 1337 holds HADM and ADMAI, "Tilgangsstyring",
 * for DDG Fitness). In Altinn the register roles that lead an organisation (DAGL, LEDE, INNH, DTPR,
 * DTSO, BEST, KOMP) make their holder main administrator, so they administer too.
 */
export const ADMINISTERING_ROLES: readonly string[] = [
  'HADM',
  'ADMAI',
  'DAGL',
  'LEDE',
  'INNH',
  'DTPR',
  'DTSO',
  'BEST',
  'KOMP',
];

/**
 * Whether someone may give and revoke delegations for a party: it is their own party, or they hold
 * an administering role for it. Role codes compare ignoring case (the test data has `dagl` and `DAGL`).
 */
export function administers(ownPartyId: number, partyId: number, roles: readonly string[]): boolean {
  if (ownPartyId === partyId) return true;
  return roles.some((role) => ADMINISTERING_ROLES.includes(role.toUpperCase()));
}
