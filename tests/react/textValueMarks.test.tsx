import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent, TextResource } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';

// Values in texts carry private-use marks for the Markdown reader (src/core/texts/textValues.ts).
// Wherever a component shows a text as it is instead (a button label, an aria-label, alt text),
// the marks must be gone: every text binding of every component here reads a variable.
const BINDINGS = [
  'title',
  'description',
  'help',
  'shortName',
  'tableTitle',
  'summaryTitle',
  'summaryAccessibleTitle',
  'body',
  'altText',
  'altTextImg',
  'download',
  'next',
  'back',
  'add_button',
  'add_button_full',
  'edit_button_open',
  'edit_button_close',
  'save_button',
  'save_and_next_button',
  'pagination_next_button',
  'pagination_back_button',
  'addButton',
  'tableEditButton',
  'prefix',
  'suffix',
  'leftColumnHeader',
  'tagTitle',
  'careOfTitle',
  'zipCodeTitle',
  'postPlaceTitle',
  'houseNumberTitle',
];

const texts: Record<string, TextResource[]> = {
  nb: [
    { id: 'v', value: 'Før {0} etter', variables: [{ key: 'name', dataSource: 'dataModel.default' }] },
    {
      id: 'link.target',
      value: 'https://example.com/{0}',
      variables: [{ key: 'name', dataSource: 'dataModel.default' }],
    },
  ],
};
const bindings = Object.fromEntries(BINDINGS.map((key) => [key, 'v']));
const options = [
  { value: 'a', label: 'v', description: 'v', helpText: 'v' },
  { value: 'b', label: 'v' },
];

const components: RawComponent[] = [
  { id: 'input', type: 'Input', dataModelBindings: { simpleBinding: 'name' } },
  { id: 'untitled', type: 'Input', dataModelBindings: { simpleBinding: 'name' } },
  { id: 'textarea', type: 'TextArea', dataModelBindings: { simpleBinding: 'name' } },
  { id: 'date', type: 'Datepicker', dataModelBindings: { simpleBinding: 'date' } },
  { id: 'time', type: 'TimePicker', dataModelBindings: { simpleBinding: 'time' } },
  { id: 'radio', type: 'RadioButtons', dataModelBindings: { simpleBinding: 'radio' }, options },
  { id: 'check', type: 'Checkboxes', dataModelBindings: { simpleBinding: 'check' }, options },
  { id: 'drop', type: 'Dropdown', dataModelBindings: { simpleBinding: 'drop' }, options },
  { id: 'multi', type: 'MultipleSelect', dataModelBindings: { simpleBinding: 'multi' }, options },
  {
    id: 'address',
    type: 'Address',
    dataModelBindings: { address: 'a.address', zipCode: 'a.zip', postPlace: 'a.place' },
  },
  { id: 'para', type: 'Paragraph' },
  { id: 'header', type: 'Header', size: 'M' },
  { id: 'alert', type: 'Alert', severity: 'info' },
  { id: 'panel', type: 'Panel' },
  { id: 'image', type: 'Image', image: { src: { nb: '/x.png' } } },
  { id: 'audio', type: 'Audio', audio: { src: { nb: '/x.mp3' } } },
  { id: 'video', type: 'Video', video: { src: { nb: '/x.mp4' } } },
  { id: 'link', type: 'Link', textResourceBindings: { ...bindings, target: 'link.target' } },
  { id: 'button', type: 'Button' },
  { id: 'print', type: 'PrintButton' },
  { id: 'nav', type: 'NavigationButtons', showBackButton: true },
  { id: 'accordion', type: 'Accordion', children: ['inner'] },
  { id: 'inner', type: 'Paragraph' },
  { id: 'group', type: 'Group', children: ['grouped'] },
  { id: 'grouped', type: 'Input', dataModelBindings: { simpleBinding: 'name' } },
  {
    id: 'rows',
    type: 'RepeatingGroup',
    dataModelBindings: { group: 'rows' },
    children: ['row-name'],
  },
  { id: 'row-name', type: 'Input', dataModelBindings: { simpleBinding: 'rows.name' } },
  { id: 'likert', type: 'Likert', dataModelBindings: { questions: 'rows', simpleBinding: 'rows.answer' }, options },
  { id: 'grid', type: 'Grid', rows: [{ header: true, cells: [{ text: 'v' }] }, { cells: [{ text: 'v' }] }] },
  { id: 'tabs', type: 'Tabs', tabs: [{ id: 'tab1', title: 'v', children: [] }] },
  { id: 'cards', type: 'Cards', cards: [{ title: 'v', description: 'v', footer: 'v' }] },
  { id: 'summary2', type: 'Summary2', target: { type: 'component', id: 'input' } },
  { id: 'summary', type: 'Summary', componentRef: 'input' },
  { id: 'list-summary', type: 'Summary2', target: { type: 'component', id: 'rows' } },
  { id: 'buttons', type: 'ButtonGroup', children: ['custom'] },
  { id: 'custom', type: 'CustomButton', actions: [] },
  { id: 'action', type: 'ActionButton', action: 'reject' },
  { id: 'instantiate', type: 'InstantiationButton' },
  { id: 'upload', type: 'FileUpload', dataTypeId: 'files', maxNumberOfAttachments: 2 },
  {
    id: 'table',
    type: 'SimpleTable',
    title: 'v',
    dataModelBindings: { tableData: 'rows' },
    columns: [{ header: 'v', accessors: ['name'] }],
  },
  { id: 'add', type: 'AddToList', title: 'v', dataModelBindings: { data: 'items' } },
  { id: 'map', type: 'Map', dataModelBindings: { simpleBinding: 'location' } },
];

describe('values in texts shown as they are', () => {
  it('show without their marks in every text and attribute of the form', () => {
    const withBindings = components.map((component) => ({
      textResourceBindings: bindings,
      ...component,
    })) as RawComponent[];
    withBindings[1] = { ...withBindings[1], textResourceBindings: { shortName: 'v' } };
    const { container } = render(
      <SkjemaForm
        layoutSet={formOf(withBindings, { texts })}
        language="nb"
        initialData={{ name: 'Kari', rows: [{ name: 'Ola', answer: 'a' }] }}
      />,
    );
    const leaks: string[] = [];
    for (const element of container.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/[\uE000\uE001]/.test(value)) leaks.push(`${element.tagName.toLowerCase()}#${element.id} ${name}`);
      }
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && /[\uE000\uE001]/.test(child.textContent ?? '')) {
          leaks.push(`${element.tagName.toLowerCase()}#${element.id} text "${child.textContent}"`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // The values are there, as text.
    expect(container.textContent).toContain('Før Kari etter');
    expect(container.querySelector('#link')?.getAttribute('href')).toBe('https://example.com/Kari');
  });
});
