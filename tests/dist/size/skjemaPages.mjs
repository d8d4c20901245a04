// The skjema fixture pages the size budgets and bench/size.ts measure: one app with text fields
// (Input only), the same with a Datepicker, every built-in renderer, and the client alone.

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

/** A page rendering `app.json` with `SkjemaForm`; `extra` runs after the render is started. */
const formScript = ({ imports = '', props = '{}', extra = '' } = {}) => `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SkjemaForm, loadLayoutSet, objectSource } from 'skjema';
${imports}
const app = await (await fetch('./APP')).json();
const { layoutSet } = await loadLayoutSet(objectSource(app));
createRoot(document.getElementById('root')).render(createElement(SkjemaForm, { layoutSet, language: 'nb', ...${props} }));
${extra}
`;

function formPage(name, components, script, ready) {
  return {
    [name]: {
      script: script.replace('./APP', `./${name}.app.json`),
      assets: { [`${name}.app.json`]: JSON.stringify(appWith(components)) },
      ready,
    },
  };
}

/** The pages of the budgets. `ready` is what shows the form has rendered. */
export const budgetPages = {
  ...formPage('input', textFields(5), formScript(), 'input[type="text"]'),
  ...formPage('datepicker', [...textFields(5), field('date', 'Datepicker')], formScript(), '[data-componenttype="Datepicker"] input'),
  ...formPage(
    'registry',
    textFields(5),
    formScript({
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
