// `npm run bench:size`: the JavaScript a browser loads for a form of text fields, gzipped, for
// skjema and its peers, measured as tests/dist/size.test.mjs measures the budgets (production
// Vite builds of small pages, loaded in headless Chromium). React and react-dom are not counted
// for anyone; for skjema neither are Designsystemet and i18next, which it uses for its UI and
// texts. Also skjema with each schema-validation backend (docs/schema-validation.md). Needs the
// built package: `npm run build` first.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { join } from 'node:path';
import { buildFixtures, fixtureDir, kb, largest, measurePages, ROOT } from '../tests/dist/size/measure.mjs';
import { appWith, budgetPages, textFields } from '../tests/dist/size/skjemaPages.mjs';

const FIELDS = 20;

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('Build the package first: npm run build');
  process.exit(2);
}

const properties = Object.fromEntries(textFields(FIELDS).map(({ id }) => [id, { type: 'string', title: id }]));
const schema = { type: 'object', properties };

const fetchApp = (name) => `const app = await (await fetch('./${name}.app.json')).json();`;
const skjemaPage = (name, { imports = '', session = '', props = '', load = '' } = {}) => ({
  script: `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SkjemaForm, loadLayoutSet, objectSource } from 'skjema';
${imports}
${fetchApp(name)}
const { layoutSet } = await loadLayoutSet(objectSource(app)${load});
${session}
createRoot(document.getElementById('root')).render(createElement(SkjemaForm, { layoutSet, language: 'nb'${props} }));
`,
  assets: { [`${name}.app.json`]: JSON.stringify(appWith(textFields(FIELDS))) },
  ready: 'input[type="text"]',
});

// skjema with each schema backend: the default interpreter, ajv's compiler at run time, and
// validators compiled at build time by skjema/vite.
const skjemaPages = {
  interpreter: skjemaPage('interpreter'),
  ajv: skjemaPage('ajv', {
    imports: "import { createFormSession } from 'skjema/core';\nimport { ajvSchemaBackend } from 'skjema/core/node';",
    session: 'const session = createFormSession({ layoutSet, schemaBackend: ajvSchemaBackend });',
    props: ', session',
  }),
  precompiled: {
    ...skjemaPage('precompiled', {
      imports: "import model from './App/models/model.schema.json?skjema-validators';",
      load: ', { precompiledValidators: { model } }',
      props: ', precompiledValidators: { model }',
    }),
    modules: {
      'App/models/model.schema.json': JSON.stringify(appWith(textFields(FIELDS))['App/models/model.schema.json']),
    },
  },
  datepicker: budgetPages.datepicker,
  registry: budgetPages.registry,
  client: budgetPages.client,
};

const peerPages = {
  rjsf: {
    script: `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
createRoot(document.getElementById('root')).render(createElement(Form, { schema: ${JSON.stringify(schema)}, validator }));
`,
    ready: 'input[type="text"]',
  },
  jsonforms: {
    script: `
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
const schema = ${JSON.stringify(schema)};
const uischema = { type: 'VerticalLayout', elements: Object.keys(schema.properties).map((key) => ({ type: 'Control', scope: '#/properties/' + key })) };
function Page() {
  const [data, setData] = useState({});
  return createElement(JsonForms, { schema, uischema, data, renderers: vanillaRenderers, cells: vanillaCells, onChange: ({ data }) => setData(data) });
}
createRoot(document.getElementById('root')).render(createElement(Page));
`,
    ready: 'input',
  },
};

const { skjemaValidators } = await import(join(ROOT, 'dist/vite.js'));
const { skjemaApp } = await import(join(ROOT, 'dist/vite.js'));
const skjemaOut = await buildFixtures(fixtureDir('bench-skjema'), skjemaPages, {
  plugins: [skjemaValidators(), skjemaApp()],
});
const skjema = await measurePages(skjemaOut, skjemaPages);
const peersOut = await buildFixtures(fixtureDir('bench-peers'), peerPages, { vendor: ['react', 'react-dom'] });
const peers = await measurePages(peersOut, peerPages);

const rows = [
  ['skjema, text fields (default: schema interpreter)', skjema.interpreter],
  ['skjema, text fields + a Datepicker', skjema.datepicker],
  ['skjema, every built-in renderer loaded', skjema.registry],
  ['skjema, text fields, ajvSchemaBackend (ajv compiler)', skjema.ajv],
  ['skjema, text fields, precompiled validators (skjema/vite)', skjema.precompiled],
  ['skjema/client (createAppClient)', skjema.client],
  ['@rjsf/core + @rjsf/validator-ajv8, text fields', peers.rjsf],
  ['@jsonforms/react + vanilla renderers, text fields', peers.jsonforms],
];
console.log(
  `\nJavaScript loaded, gzip -9 (${FIELDS} text fields; React and react-dom not counted, nor Designsystemet and i18next for skjema)\n`,
);
console.log('| page | JS loaded (gzip) | files |');
console.log('|---|---|---|');
for (const [label, { gzip, files }] of rows) {
  console.log(`| ${label} | ${kb(gzip)} | ${files.filter((file) => !file.vendor).length} |`);
}
console.log('\nLargest files:');
for (const [label, { files }] of rows) console.log(`- ${label}: ${largest(files, 4)}`);
