/**
 * The data model of the AddToList stories and tests: a list of market stalls (`stands`), each row
 * with its `altinnRowId` and a `name` (text key `stand.name`) beside the properties a story needs.
 */
export function standsSchema(
  properties: Record<string, unknown>,
  { required, definitions }: { required?: string[]; definitions?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const items = {
    type: 'object',
    ...(required ? { required } : {}),
    properties: { altinnRowId: { type: 'string' }, name: { type: 'string', title: 'stand.name' }, ...properties },
  };
  return {
    type: 'object',
    properties: { stands: { type: 'array', items } },
    ...(definitions ? { definitions } : {}),
  };
}
