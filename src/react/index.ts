export { SkjemaForm, type FormTaskNavigation, type SkjemaFormProps } from './SkjemaForm.tsx';
export type { TaskStep, TaskStepState } from '../core/navigation/index.ts';
export type { SavedModel, AutoSaveBehavior } from '../core/save/index.ts';
export { ComponentRegistry } from './registry/ComponentRegistry.ts';
export { builtinComponents, createDefaultRegistry } from './registry/defaultRegistry.ts';
export type {
  ComponentDefinition,
  ConfiguredComponentProps,
  SkjemaComponentProps,
  SkjemaSummaryProps,
} from './registry/types.ts';
export { lazyComponent, type LazyComponentSpec } from './registry/lazyComponent.tsx';
export type { LazyRenderer, RendererModule } from './registry/lazyRenderer.ts';
export {
  defineComponent,
  type ConfiguredComponentSpec,
  type ConfiguredValidatorInput,
} from './registry/defineComponent.tsx';
export type {
  ComponentValidator,
  ComponentValidatorInput,
  ComponentValidatorIssue,
  ComponentValidatorMessage,
  Severity,
} from '../core/validation/index.ts';
export type {
  ComponentCategory,
  ComponentTypeDefinition,
  DisplayValueContext,
  MissingValue,
} from '../core/components/index.ts';
export type { SummaryOverride } from './components/Summary2/overrides.ts';
export {
  useFormContext,
  type FormContextValue,
  type FormNavigation,
  type SummaryReturn,
} from './context/FormContext.ts';
export type { TaskLayoutSet } from './context/TaskLayoutSets.ts';
export { useOpenSubformEntry, type OpenSubformEntry } from './context/SubformEditor.ts';
export { useBinding, type BoundValue } from './hooks/useBinding.ts';
export { useNodeState, type NodeState } from './hooks/useNodeState.ts';
export { useNodeText } from './hooks/useNodeText.ts';
export { useNodeValidation, type NodeValidation } from './hooks/useNodeValidation.tsx';
export { useOptions, type ResolvedOption } from './hooks/useOptions.ts';
export { useText } from './i18n/useTexts.ts';
export { Markdown } from './components/shared/Markdown.tsx';
export {
  FormServicesProvider,
  useFormServices,
  type Attachment,
  type DataListPage,
  type DataListQuery,
  type FetchedOptions,
  type FormServices,
  type OptionsQuery,
  type OrderDetails,
  type OrderDetailsQuery,
  type OrderLine,
  type OrganisationLookupResult,
  type PaymentInformation,
  type PaymentStart,
  type PaymentStatus,
  type PersonLookupResult,
  type Signee,
  type SigneeStatus,
  type SigningDocument,
  type SigningOrganisation,
  type SigningUser,
  type SubformEntry,
  type SubformEntryScope,
  type TaskAction,
  type TaskActionOptions,
} from './context/FormServices.ts';
export { createInMemoryFormServices, type InMemorySeed } from '../core/services/inMemoryFormServices.ts';
export {
  ServerActionsProvider,
  useServerActions,
  type ActionSource,
  type ServerActions,
} from './context/ServerActionsContext.ts';
export { AppInstanceProvider, useAppInstance, type AppInstance } from './context/AppInstanceContext.ts';
export { AltinnApp, type AltinnAppOptions, type AltinnAppProps } from './app/AltinnApp.tsx';
export type { AltinnAppConnection } from './app/useConnectedApp.ts';
export type { AltinnAppEvent } from './app/useInstanceState.ts';
export type { PageLocation } from './app/pageLocation.ts';
export { CaseList, type CaseListProps, type CaseListRequest } from './inbox/CaseList.tsx';
export type { TitleLevel } from './render/formHeadings.tsx';
