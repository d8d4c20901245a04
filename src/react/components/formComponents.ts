import type { ComponentDefinition } from '../registry/types.ts';
import { withRenderer } from '../registry/withRenderer.ts';
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
  withRenderer('Input', Input, { showsOwnErrors: true }),
  withRenderer('TextArea', TextArea, { showsOwnErrors: true }),
  withRenderer('RadioButtons', RadioButtons, { showsOwnErrors: true }),
  withRenderer('Checkboxes', Checkboxes, { showsOwnErrors: true }),
  withRenderer('Dropdown', Dropdown, { showsOwnErrors: true }),
  withRenderer('Datepicker', Datepicker, { showsOwnErrors: true }),
  withRenderer('MultipleSelect', MultipleSelect, { showsOwnErrors: true }),
  withRenderer('FileUpload', FileUpload, { showsOwnErrors: true }),
  withRenderer('FileUploadWithTag', FileUploadWithTag, { showsOwnErrors: true }),
  withRenderer('Address', Address, { showsOwnErrors: true }),
  withRenderer('List', List, { showsOwnErrors: true }),
  withRenderer('TimePicker', TimePicker, { showsOwnErrors: true }),
  withRenderer('PersonLookup', PersonLookup, { showsOwnErrors: true }),
  withRenderer('OrganisationLookup', OrganisationLookup, { showsOwnErrors: true }),
  withRenderer('Custom', Custom, { showsOwnErrors: true }),
  withRenderer('SimpleTable', SimpleTable, { showsOwnErrors: true }),
  withRenderer('AddToList', AddToList, { summary: AddToListSummary }),
  withRenderer('Subform', Subform, { showsOwnErrors: true, summary: SubformSummary }),
  withRenderer('ImageUpload', ImageUpload, { showsOwnErrors: true }),
  withRenderer('Map', Map, { showsOwnErrors: true }),
];
