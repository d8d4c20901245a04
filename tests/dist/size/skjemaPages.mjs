// The skjema fixture pages the size budgets and bench/size.ts measure: one app with text fields
// (Input only), the same with a Datepicker, every built-in renderer, and the client alone. The
// budgeted pages embed the app as the README tells agencies to: `import app from './app?skjema'`
// (the `skjemaApp()` plugin of skjema/vite, which the build must be given), its validators
// compiled at build time and passed to `loadLayoutSet` and the form, so the schema interpreter is
// not loaded. `interpreter` is the same form checked by the default interpreter (printed, not
// budgeted).

/** An Altinn app as `objectSource` takes it, with `components` on its one page. */
export function appWith(components) {
  const properties = Object.fromEntries(components.map(({ id, type }) => [id, { type: 'string', ...(type === 'Datepicker' ? { format: 'date' } : {}) }]));
  return {
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model' }] },
    'App/ui/form/Settings.json': { pages: { order: ['page'] } },
    'App/ui/form/layouts/page.json': { data: { layout: components } },
    'App/models/model.schema.json': { type: 'object', properties },
    'App/config/texts/resource.nb.json': {
      language: 'nb',
      resources: components.map(({ id }) => ({ id: `${id}.title`, value: `Felt ${id}` })),
    },
  };
}

const field = (id, type = 'Input') => ({
  id,
  type,
  dataModelBindings: { simpleBinding: id },
  textResourceBindings: { title: `${id}.title` },
});
export const textFields = (count) => Array.from({ length: count }, (_, index) => field(`field${index + 1}`));

/**
 * A page rendering the app embedded with `?skjema` in `SkjemaForm`, with the validators compiled
 * at build time; `extra` runs after the render is started.
 */
const embeddedFormScript = ({ imports = '', extra = '' } = {}) => `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SkjemaForm, loadLayoutSet, objectSource } from 'skjema';
import app from './APP?skjema';
${imports}
const { layoutSet } = await loadLayoutSet(objectSource(app.files), { precompiledValidators: app.validators });
createRoot(document.getElementById('root')).render(
  createElement(SkjemaForm, { layoutSet, language: 'nb', precompiledValidators: app.validators }),
);
${extra}
`;

/** The app's files as modules beside the page, in the folder `name` that `?skjema` imports. */
const appFolder = (name, components) =>
  Object.fromEntries(Object.entries(appWith(components)).map(([path, json]) => [`${name}/${path}`, JSON.stringify(json)]));

function formPage(name, components, script, ready) {
  return {
    [name]: { script: script.replace('./APP', `./${name}`), modules: appFolder(name, components), ready },
  };
}

/** The same form fetched as JSON and checked by the default schema interpreter. */
const interpreterPage = {
  interpreter: {
    script: `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SkjemaForm, loadLayoutSet, objectSource } from 'skjema';
const app = await (await fetch('./interpreter.app.json')).json();
const { layoutSet } = await loadLayoutSet(objectSource(app));
createRoot(document.getElementById('root')).render(createElement(SkjemaForm, { layoutSet, language: 'nb' }));
`,
    assets: { 'interpreter.app.json': JSON.stringify(appWith(textFields(5))) },
    ready: 'input[type="text"]',
  },
};

/** The pages of the budgets. `ready` is what shows the form has rendered. */
export const budgetPages = {
  ...formPage('input', textFields(5), embeddedFormScript(), 'input[type="text"]'),
  ...formPage('datepicker', [...textFields(5), field('date', 'Datepicker')], embeddedFormScript(), '[data-componenttype="Datepicker"] input'),
  ...interpreterPage,
  ...formPage(
    'registry',
    textFields(5),
    embeddedFormScript({
      imports: "import { createDefaultRegistry } from 'skjema';",
      extra: 'await createDefaultRegistry().loadAll(); window.skjemaLoadedAll = true;',
    }),
    () => window.skjemaLoadedAll === true,
  ),
  client: {
    script: "import { createAppClient } from 'skjema/client';\nwindow.client = createAppClient;\n",
    ready: () => typeof window.client === 'function',
  },
};
