import { playgroundTexts } from '../core/texts/builtin/playground/index.ts';
import type { AppFiles } from './playgroundApp.ts';

const EXAMPLE_ROOT = '../../examples/event-permit/';
const exampleFiles = import.meta.glob('../../examples/event-permit/App/**/*', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

/** The bundled example app (examples/event-permit), every file of its App folder. */
export function exampleApp(): AppFiles {
  return Object.fromEntries(
    Object.entries(exampleFiles).map(([path, text]) => [path.slice(EXAMPLE_ROOT.length), text]),
  );
}

const CDN = 'https://altinncdn.no/toolkits/altinn-app-frontend/4/schemas/json';
const file = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The smallest app `skjema check` accepts: one layout set with one page holding a heading, a data
 * model with one field, texts in nb, nn and en, and a process of one data task.
 */
export function blankApp(): AppFiles {
  const texts = (language: 'nb' | 'nn' | 'en') =>
    file({
      $schema: `${CDN}/text-resources/text-resources.schema.v1.json`,
      language,
      resources: [
        { id: 'appName', value: playgroundTexts[language]['playground.blank.title'] },
        { id: 'page1', value: playgroundTexts[language]['playground.blank.page'] },
      ],
    });
  return {
    'App/ui/layout-sets.json': file({
      $schema: `${CDN}/layout/layout-sets.schema.v1.json`,
      sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }],
    }),
    'App/ui/form/Settings.json': file({
      $schema: `${CDN}/layout/layoutSettings.schema.v1.json`,
      pages: { order: ['page1'] },
    }),
    'App/ui/form/layouts/page1.json': file({
      $schema: `${CDN}/layout/layout.schema.v1.json`,
      data: {
        layout: [{ id: 'page1-heading', type: 'Header', size: 'L', textResourceBindings: { title: 'appName' } }],
      },
    }),
    'App/models/model.schema.json': file({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { name: { type: 'string' } },
    }),
    'App/config/applicationmetadata.json': file({
      $schema: `${CDN}/application/application-metadata.schema.v1.json`,
      id: 'playground/new-app',
      org: 'playground',
      title: Object.fromEntries(
        (['nb', 'nn', 'en'] as const).map((language) => [
          language,
          playgroundTexts[language]['playground.blank.title'],
        ]),
      ),
      dataTypes: [
        {
          id: 'model',
          allowedContentTypes: ['application/xml'],
          appLogic: { autoCreate: true, classRef: 'Altinn.App.Models.Model' },
          taskId: 'Task_1',
          maxCount: 1,
          minCount: 1,
        },
      ],
      partyTypesAllowed: { bankruptcyEstate: false, organisation: true, person: true, subUnit: true },
    }),
    'App/config/texts/resource.nb.json': texts('nb'),
    'App/config/texts/resource.nn.json': texts('nn'),
    'App/config/texts/resource.en.json': texts('en'),
    'App/config/process/process.bpmn': BLANK_PROCESS,
  };
}

const BLANK_PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:altinn="http://altinn.no/process" id="Playground_Definitions"
    targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Playground" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1">
      <bpmn:outgoing>Flow_Start_Task1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:task id="Task_1" name="Task_1">
      <bpmn:extensionElements>
        <altinn:taskExtension>
          <altinn:taskType>data</altinn:taskType>
        </altinn:taskExtension>
      </bpmn:extensionElements>
      <bpmn:incoming>Flow_Start_Task1</bpmn:incoming>
      <bpmn:outgoing>Flow_Task1_End</bpmn:outgoing>
    </bpmn:task>
    <bpmn:endEvent id="EndEvent_1">
      <bpmn:incoming>Flow_Task1_End</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_Start_Task1" sourceRef="StartEvent_1" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_Task1_End" sourceRef="Task_1" targetRef="EndEvent_1" />
  </bpmn:process>
</bpmn:definitions>
`;
