import type { LoadedLayoutSet, RawComponent, TaskStep } from '../../src/core/index.ts';
import { textsOf } from './texts.ts';

const texts = textsOf({
  appName: ['Søknad om arrangementstillatelse', 'Application for an event permit'],
  'group.applicant': ['Om søkeren', 'About the applicant'],
  'group.event': ['Om arrangementet', 'About the event'],
  intro: ['Før du starter', 'Before you start'],
  person: ['Personopplysninger', 'Personal details'],
  contact: ['Kontaktinformasjon', 'Contact details'],
  organisation: ['Organisasjon', 'Organisation'],
  when: ['Tid og sted', 'Time and place'],
  safety: ['Sikkerhet og beredskap', 'Safety and emergency preparedness'],
  summary: ['Oppsummering', 'Summary'],
  'name.title': ['Navn', 'Name'],
  'email.title': ['E-post', 'Email'],
  'org.title': ['Søker du for en organisasjon?', 'Are you applying for an organisation?'],
  'orgName.title': ['Organisasjonens navn', "The organisation's name"],
  'date.title': ['Dato', 'Date'],
  'plan.title': ['Beredskapsplan', 'Emergency plan'],
  'intro.body': [
    'Søknaden tar omtrent ti minutter. Ha dato og sted for arrangementet klart.',
    'The application takes about ten minutes. Have the date and place of the event ready.',
  ],
  'yes.label': ['Ja', 'Yes'],
  'no.label': ['Nei', 'No'],
  'task.fill': ['Fyll ut søknaden', 'Fill in the application'],
});

const heading = (page: string): RawComponent => ({
  id: `${page}-heading`,
  type: 'Header',
  size: 'L',
  textResourceBindings: { title: page },
});
const input = (id: string, required = true): RawComponent => ({
  id,
  type: 'Input',
  required,
  dataModelBindings: { simpleBinding: `soknad.${id}` },
  textResourceBindings: { title: `${id}.title` },
});
const buttons = (page: string): RawComponent => ({
  id: `${page}-nav`,
  type: 'NavigationButtons',
  showBackButton: true,
});

const layouts: Record<string, RawComponent[]> = {
  intro: [heading('intro'), { id: 'intro-body', type: 'Paragraph', textResourceBindings: { title: 'intro.body' } }],
  person: [heading('person'), input('name'), input('email')],
  contact: [
    heading('contact'),
    {
      id: 'org',
      type: 'RadioButtons',
      dataModelBindings: { simpleBinding: 'soknad.org' },
      textResourceBindings: { title: 'org.title' },
      options: [
        { value: 'yes', label: 'yes.label' },
        { value: 'no', label: 'no.label' },
      ],
    },
  ],
  // Shown only when the applicant applies for an organisation.
  organisation: [heading('organisation'), input('orgName')],
  when: [heading('when'), input('date')],
  safety: [heading('safety'), input('plan', false)],
  summary: [heading('summary')],
};

/**
 * A form whose Settings.json groups its pages (an information page, two named groups, a summary),
 * with a page hidden by an expression, for the navigation's stories and browser test.
 */
export function groupedForm(pages: Record<string, unknown> = {}): LoadedLayoutSet {
  return {
    id: 'Task_2',
    dataType: 'model',
    tasks: ['Task_2'],
    pageOrder: Object.keys(layouts),
    layouts: Object.fromEntries(
      Object.entries(layouts).map(([page, layout]) => [
        page,
        {
          data: {
            layout: [...layout, buttons(page)],
            ...(page === 'organisation' && { hidden: ['notEquals', ['dataModel', 'soknad.org'], 'yes'] }),
          },
        },
      ]),
    ),
    layoutFiles: {},
    settings: {
      pages: {
        groups: [
          { order: ['intro'], type: 'info' },
          { name: 'group.applicant', order: ['person', 'contact', 'organisation'], markWhenCompleted: true },
          { name: 'group.event', order: ['when', 'safety'], markWhenCompleted: true },
          { order: ['summary'] },
        ],
        ...pages,
      },
    },
    dataModelSchemas: {},
    texts,
    options: {},
  };
}

/** The process steps around the form: filling in done, the form's task current, signing and the receipt to come. */
export const processSteps: readonly TaskStep[] = [
  { key: 'Task_1', kind: 'task', taskId: 'Task_1', taskType: 'data', name: 'taskTypes.data', state: 'completed' },
  { key: 'Task_2', kind: 'task', taskId: 'Task_2', taskType: 'data', name: 'task.fill', state: 'current' },
  { key: 'Task_3', kind: 'task', taskId: 'Task_3', taskType: 'signing', name: 'taskTypes.signing', state: 'upcoming' },
  { key: 'receipt', kind: 'receipt', name: 'taskTypes.receipt', state: 'upcoming' },
];
