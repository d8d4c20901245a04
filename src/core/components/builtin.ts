import { actionTypes } from './actions.ts';
import { attachmentTypes } from './attachments.ts';
import { containerTypes } from './containers.ts';
import { customTypes } from './custom.ts';
import { dateTypes } from './dates.ts';
import type { ComponentTypeDefinition } from './definition.ts';
import { entryTypes } from './entries.ts';
import { listTypes } from './list.ts';
import { lookupTypes } from './lookups.ts';
import { mapTypes } from './map.ts';
import { optionTypes } from './options.ts';
import { presentationTypes } from './presentation.ts';
import { ComponentTypes } from './registry.ts';
import { taskTypes } from './tasks.ts';
import { textFieldTypes } from './textFields.ts';

/** The engine's definition of every built-in layout component type. */
export const builtinComponentTypeDefinitions: readonly ComponentTypeDefinition[] = [
  ...textFieldTypes,
  ...optionTypes,
  ...dateTypes,
  ...lookupTypes,
  ...attachmentTypes,
  ...listTypes,
  ...mapTypes,
  ...customTypes,
  ...entryTypes,
  ...containerTypes,
  ...presentationTypes,
  ...actionTypes,
  ...taskTypes,
];

/** The built-in types, which a form uses when it is given no others. */
export const builtinComponentTypes = new ComponentTypes(builtinComponentTypeDefinitions);
