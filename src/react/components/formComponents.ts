import type { ComponentDefinition } from '../registry/types.ts';
import './formComponents.css';
import { Checkboxes } from './Checkboxes/Checkboxes.tsx';
import { Dropdown } from './Dropdown/Dropdown.tsx';
import { Input } from './Input/Input.tsx';
import { RadioButtons } from './RadioButtons/RadioButtons.tsx';
import { TextArea } from './TextArea/TextArea.tsx';
import { Datepicker } from './Datepicker/Datepicker.tsx';
import { MultipleSelect } from './MultipleSelect/MultipleSelect.tsx';
import { FileUpload } from './FileUpload/FileUpload.tsx';
import { FileUploadWithTag } from './FileUploadWithTag/FileUploadWithTag.tsx';
import { Address } from './Address/Address.tsx';
import { List } from './List/List.tsx';
import { TimePicker } from './TimePicker/TimePicker.tsx';
import { PersonLookup } from './PersonLookup/PersonLookup.tsx';
import { OrganisationLookup } from './OrganisationLookup/OrganisationLookup.tsx';
import { Custom } from './Custom/Custom.tsx';
import { SimpleTable } from './SimpleTable/SimpleTable.tsx';
import { AddToList } from './AddToList/AddToList.tsx';
import { AddToListSummary } from './AddToList/AddToListSummary.tsx';
import { Subform } from './Subform/Subform.tsx';
import { SubformSummary } from './Subform/SubformSummary.tsx';
import { ImageUpload } from './ImageUpload/ImageUpload.tsx';
import { Map } from './Map/Map.tsx';

/** Components that hold data through `dataModelBindings`. */
export const formComponents: readonly ComponentDefinition[] = [
  { type: 'Input', render: Input, category: 'form', showsOwnErrors: true },
  { type: 'TextArea', render: TextArea, category: 'form', showsOwnErrors: true },
  { type: 'RadioButtons', render: RadioButtons, category: 'form', showsOwnErrors: true },
  { type: 'Checkboxes', render: Checkboxes, category: 'form', showsOwnErrors: true },
  { type: 'Dropdown', render: Dropdown, category: 'form', showsOwnErrors: true },
  { type: 'Datepicker', render: Datepicker, category: 'form', showsOwnErrors: true },
  { type: 'MultipleSelect', render: MultipleSelect, category: 'form', showsOwnErrors: true },
  { type: 'FileUpload', render: FileUpload, category: 'form', showsOwnErrors: true },
  { type: 'FileUploadWithTag', render: FileUploadWithTag, category: 'form', showsOwnErrors: true },
  { type: 'Address', render: Address, category: 'form', showsOwnErrors: true },
  { type: 'List', render: List, category: 'form', showsOwnErrors: true },
  { type: 'TimePicker', render: TimePicker, category: 'form', showsOwnErrors: true },
  { type: 'PersonLookup', render: PersonLookup, category: 'form', showsOwnErrors: true },
  { type: 'OrganisationLookup', render: OrganisationLookup, category: 'form', showsOwnErrors: true },
  { type: 'Custom', render: Custom, category: 'form', showsOwnErrors: true },
  { type: 'SimpleTable', render: SimpleTable, category: 'form', showsOwnErrors: true },
  { type: 'AddToList', render: AddToList, category: 'form', summary: AddToListSummary },
  { type: 'Subform', render: Subform, category: 'form', showsOwnErrors: true, summary: SubformSummary },
  { type: 'ImageUpload', render: ImageUpload, category: 'form', showsOwnErrors: true },
  { type: 'Map', render: Map, category: 'form', showsOwnErrors: true },
];
