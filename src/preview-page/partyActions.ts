/**
 * Whether the signed-in user may start a new instance for a party, asked of the preview
 * (`skjema/parties/{partyId}/actions`), which decides it as instantiation would.
 */
export function mayInstantiateWith(org: string, app: string): (partyId: number) => Promise<boolean> {
  return async (partyId) => {
    const response = await fetch(`/${org}/${app}/skjema/parties/${partyId}/actions`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return ((await response.json()) as { instantiate?: boolean }).instantiate === true;
  };
}
