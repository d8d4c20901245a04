import { convertForSchemaType } from './convert.ts';
import { findDataMismatches, fitsSchemaAt, type DataMismatch } from './dataMismatch.ts';
import { schemaAtPath, schemaTypeOf } from './schemaLookup.ts';
import { DataModelStore, type DataConflict } from './store.ts';

export interface DataBinding {
  dataType: string;
  field: string;
}

/**
 * All data models of a form, keyed by data type, each beside an "invalid data" model that keeps
 * text which could not be converted to the schema type. Nothing a user typed is ever dropped:
 * it lives either in the data model or in the invalid model, and `text()` shows whichever holds it.
 * Nothing the form was given is dropped either: data that does not fit the schema stays as it was
 * (listed in `mismatches`), and a write that would have to destroy it is refused.
 */
export class FormData {
  readonly models: Record<string, DataModelStore> = {};
  readonly invalid: Record<string, DataModelStore> = {};
  /** Where the given data does not have the schema's shape, per data type, found once on creation. */
  readonly mismatches: readonly DataMismatch[];
  private readonly modelListeners = new Set<(dataType: string) => void>();

  constructor(
    readonly defaultDataType: string,
    initialData: Readonly<Record<string, unknown>> = {},
    private readonly schemas: Readonly<Record<string, unknown>> = {},
  ) {
    const mismatches: DataMismatch[] = [];
    for (const dataType of new Set([defaultDataType, ...Object.keys(initialData), ...Object.keys(schemas)])) {
      const given = Object.hasOwn(initialData, dataType) ? initialData[dataType] : undefined;
      this.models[dataType] = new DataModelStore(given === undefined ? {} : given);
      this.invalid[dataType] = new DataModelStore({});
      if (given !== undefined) mismatches.push(...findDataMismatches(dataType, schemas[dataType], given));
    }
    this.mismatches = mismatches;
  }

  model(dataType: string = this.defaultDataType): DataModelStore {
    let store = this.models[dataType];
    if (!store) {
      store = this.models[dataType] = new DataModelStore({});
      this.invalid[dataType] = new DataModelStore({});
      for (const listener of this.modelListeners) listener(dataType);
    }
    return store;
  }

  /**
   * Hears a data model created on first use (a binding to a data type the form was not given),
   * before anything is written to it, so that whoever watches every model misses none of its writes.
   */
  subscribeModels(listener: (dataType: string) => void): () => void {
    this.modelListeners.add(listener);
    return () => this.modelListeners.delete(listener);
  }

  get(binding: DataBinding): unknown {
    return this.model(binding.dataType).get(binding.field);
  }

  /** The text to show in an input: the invalid raw text if there is one, else the stored value as text. */
  text(binding: DataBinding): string {
    this.model(binding.dataType);
    const raw = this.invalid[binding.dataType].get(binding.field);
    if (typeof raw === 'string') return raw;
    const value = this.get(binding);
    return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
  }

  isInvalid(binding: DataBinding): boolean {
    this.model(binding.dataType);
    return this.invalid[binding.dataType].get(binding.field) !== undefined;
  }

  /** Whether the stored value has the JSON type (and enum value) the schema wants there; true when empty. */
  fitsSchema(binding: DataBinding): boolean {
    return fitsSchemaAt(this.schemas[binding.dataType], binding.field, this.get(binding));
  }

  /** The stored value a write to this binding would have to destroy, if any: such a write changes nothing. */
  conflictAt(binding: DataBinding): DataConflict | undefined {
    return this.model(binding.dataType).conflictAt(binding.field);
  }

  /** Writes text from a form field, converted to the type the data model's schema wants at that path. */
  setText(binding: DataBinding, raw: string): void {
    const model = this.model(binding.dataType);
    // Text kept as invalid would show a value that can never be stored there.
    if (model.conflictAt(binding.field)) return;
    const type = schemaTypeOf(schemaAtPath(this.schemas[binding.dataType], binding.field));
    const converted = convertForSchemaType(raw, type);
    if (converted.ok) {
      this.invalid[binding.dataType].set(binding.field, undefined);
      model.set(binding.field, converted.value);
    } else {
      this.invalid[binding.dataType].set(binding.field, raw);
      model.set(binding.field, undefined);
    }
  }

  /** Every data model's current JSON, keyed by data type. */
  snapshot(): Record<string, Record<string, unknown>> {
    return Object.fromEntries(Object.entries(this.models).map(([dataType, store]) => [dataType, store.snapshot()]));
  }

  subscribe(listener: () => void): () => void {
    const unsubscribers = [...Object.values(this.models), ...Object.values(this.invalid)].map((store) =>
      store.subscribe(listener),
    );
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }
}
