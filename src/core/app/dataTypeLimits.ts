/** How many data elements of a data type an instance must and may have. */
export interface DataTypeLimits {
  minCount?: number;
  maxCount?: number;
}

/**
 * A data type's `minCount`/`maxCount` from `applicationmetadata.json`. Zero (or less) means no
 * limit, as in the app backend, and so does a data type the metadata does not describe.
 */
export function dataTypeLimits(metadata: Record<string, unknown> | undefined, dataType: string): DataTypeLimits {
  const dataTypes = Array.isArray(metadata?.dataTypes) ? (metadata.dataTypes as unknown[]) : [];
  const described = dataTypes.find(
    (candidate): candidate is Record<string, unknown> =>
      typeof candidate === 'object' && candidate !== null && (candidate as Record<string, unknown>).id === dataType,
  );
  if (!described) return {};
  return { minCount: positive(described.minCount), maxCount: positive(described.maxCount) };
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
