import type { JSONSchema7 } from 'json-schema';
import {
  createAltinnSchemaChecker,
  type AltinnSchemaChecker,
  type PrecompiledSchemaValidators,
} from '../core/schemas/altinnSchemaChecker.ts';

/** What the playground completes, explains and checks with; each part is optional. */
export interface PlaygroundSchemas {
  /** The Altinn layout schema, for completion and hover in the layout editor. */
  layout?: JSONSchema7;
  /** The Altinn text-resource schema, for the texts editor. */
  textResources?: JSONSchema7;
  /** `skjema check`'s schema checks, run on every change. */
  checker?: AltinnSchemaChecker;
}

/**
 * The schemas built into the page (scripts/vite/playgroundSchemas.ts), loaded when the playground
 * opens so that a page which never shows it does not carry them.
 */
export async function loadBuiltInPlaygroundSchemas(): Promise<PlaygroundSchemas> {
  const [documents, fast, detailed] = await Promise.all([
    import('virtual:skjema-playground/schemas'),
    import('virtual:skjema-playground/validators-fast'),
    import('virtual:skjema-playground/validators-detailed'),
  ]);
  const validators = { fast: { ...fast }, detailed: { ...detailed } } as PrecompiledSchemaValidators;
  return {
    layout: documents.layoutSchema,
    textResources: documents.textResourcesSchema,
    checker: Object.keys(validators.fast).length > 0 ? createAltinnSchemaChecker(validators) : undefined,
  };
}
