import type { ComponentDefinition } from '../registry/types.ts';
import { withLazyRenderer } from '../registry/withLazyRenderer.ts';
import './formComponents.css';

/** Components that hold data through `dataModelBindings`. */
export const formComponents: readonly ComponentDefinition[] = [
  withLazyRenderer('Input', () => import('./Input/Input.tsx').then((m) => ({ render: m.Input })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer('TextArea', () => import('./TextArea/TextArea.tsx').then((m) => ({ render: m.TextArea })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer(
    'RadioButtons',
    () => import('./RadioButtons/RadioButtons.tsx').then((m) => ({ render: m.RadioButtons })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer('Checkboxes', () => import('./Checkboxes/Checkboxes.tsx').then((m) => ({ render: m.Checkboxes })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer('Dropdown', () => import('./Dropdown/Dropdown.tsx').then((m) => ({ render: m.Dropdown })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer('Datepicker', () => import('./Datepicker/Datepicker.tsx').then((m) => ({ render: m.Datepicker })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer(
    'MultipleSelect',
    () => import('./MultipleSelect/MultipleSelect.tsx').then((m) => ({ render: m.MultipleSelect })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer('FileUpload', () => import('./FileUpload/FileUpload.tsx').then((m) => ({ render: m.FileUpload })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer(
    'FileUploadWithTag',
    () => import('./FileUploadWithTag/FileUploadWithTag.tsx').then((m) => ({ render: m.FileUploadWithTag })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer('Address', () => import('./Address/Address.tsx').then((m) => ({ render: m.Address })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer('List', () => import('./List/List.tsx').then((m) => ({ render: m.List })), { showsOwnErrors: true }),
  withLazyRenderer('TimePicker', () => import('./TimePicker/TimePicker.tsx').then((m) => ({ render: m.TimePicker })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer(
    'PersonLookup',
    () => import('./PersonLookup/PersonLookup.tsx').then((m) => ({ render: m.PersonLookup })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer(
    'OrganisationLookup',
    () => import('./OrganisationLookup/OrganisationLookup.tsx').then((m) => ({ render: m.OrganisationLookup })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer('Custom', () => import('./Custom/Custom.tsx').then((m) => ({ render: m.Custom })), {
    showsOwnErrors: true,
  }),
  withLazyRenderer(
    'SimpleTable',
    () => import('./SimpleTable/SimpleTable.tsx').then((m) => ({ render: m.SimpleTable })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer(
    'AddToList',
    () =>
      Promise.all([import('./AddToList/AddToList.tsx'), import('./AddToList/AddToListSummary.tsx')]).then(([r, s]) => ({
        render: r.AddToList,
        summary: s.AddToListSummary,
      })),
    { hasSummary: true },
  ),
  withLazyRenderer(
    'Subform',
    () =>
      Promise.all([import('./Subform/Subform.tsx'), import('./Subform/SubformSummary.tsx')]).then(([r, s]) => ({
        render: r.Subform,
        summary: s.SubformSummary,
      })),
    { showsOwnErrors: true, hasSummary: true },
  ),
  withLazyRenderer(
    'ImageUpload',
    () => import('./ImageUpload/ImageUpload.tsx').then((m) => ({ render: m.ImageUpload })),
    { showsOwnErrors: true },
  ),
  withLazyRenderer('Map', () => import('./Map/Map.tsx').then((m) => ({ render: m.Map })), { showsOwnErrors: true }),
];
