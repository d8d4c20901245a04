export { builtinComponentTypes, builtinComponentTypeDefinitions } from './builtin.ts';
export { idList, gridRowReferences, plainChildren, type RawChildReference } from './children.ts';
export type {
  ComponentBindings,
  ComponentCategory,
  ComponentRuleContext,
  ComponentRuleFinding,
  ComponentTypeDefinition,
  DisplayValueContext,
  MissingValue,
  OutsideData,
} from './definition.ts';
export { ComponentTypes } from './registry.ts';
export { isEmptyValue, missingChoice, missingValues } from './requiredValues.ts';
export { joinedBoundValues } from './values.ts';
