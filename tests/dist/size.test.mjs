// The bundle-size budgets (issue 14): what a browser loads of skjema's JavaScript, gzipped, for a
// form of text fields, what one more component type adds, and the client alone. Built and
// measured as an agency's page would be (tests/dist/size/measure.mjs); React, Designsystemet and
// i18next are not counted. The form pages embed their app as the README tells agencies to, with
// `import app from './app?skjema'` (skjema/vite): validators compiled at build time, so the schema
// interpreter is not loaded; the same form with the default interpreter is printed, not budgeted.
// Run after `npm run build` (npm run test:dist does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildFixtures, chunkName, contributors, fixtureDir, kb, largest, measurePages } from './size/measure.mjs';
import { budgetPages } from './size/skjemaPages.mjs';

const KB = 1024;
// What `npm test` holds the build to. The Input-only form's ceiling sits just above what it loads
// today (69.1 KB in 7 files, 8 December 2026: the library build groups what every form loads into
// a few chunks; the shared-libraries code, formatDate's formatter, the lenient JSON reader,
// expression validations, analytics, the reports of subform entries and uploads, the form
// services, the elements of texts with mark-up, the help button and the built-in texts of types
// few forms have are loaded only by the apps and forms that need them; 70.2 KB after the mount
// work on big groups and the light fields' loader), so nothing grows it unnoticed. Issue 14's target for it is TARGETS.input, not reached yet (docs/performance.md says
// what is left). Lower the ceiling as the form shrinks.
const BUDGETS = {
  input: 70.5 * KB,
  // Datepicker's renderer, its calendar, its built-in texts and the compiled `date` format check
  // its model needs; the field parts it shares with Input are loaded already.
  datepicker: 7 * KB,
  client: 6 * KB,
};
const TARGETS = { input: 60 * KB };
// The built-in component types, by their folders: a chunk named after one is its renderer.
const COMPONENT_TYPES = new Set(
  readdirSync(join(ROOT, 'src/react/components'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[A-Z]/.test(entry.name))
    .map((entry) => entry.name),
);

const { skjemaApp } = await import(join(ROOT, 'dist/vite.js'));
const built = buildFixtures(fixtureDir('budgets'), budgetPages, { plugins: [skjemaApp()] });
const measured = built.then((out) => measurePages(out, budgetPages));

async function withinBudget(t, label, figure, budget, files) {
  t.diagnostic(`${label}: ${kb(figure)} gzip (budget ${kb(budget)})`);
  if (figure <= budget) return;
  const by = contributors(await built, files);
  assert.fail(
    `Budget "${label}" exceeded: ${kb(figure)} gzip, the budget is ${kb(budget)}. ` +
      `Largest files (gzip): ${largest(files)}. Largest contributors (before minifying): ${by}.`,
  );
}

test('a form of only Input fields loads no more than its ceiling (issue 14 aims at 60 KB gzip)', async (t) => {
  const { input } = await measured;
  const gap = input.gzip - TARGETS.input;
  t.diagnostic(
    gap > 0
      ? `Input-only form: issue 14's target is ${kb(TARGETS.input)}, ${kb(gap)} still to cut`
      : `Input-only form: within issue 14's target of ${kb(TARGETS.input)}; lower the ceiling`,
  );
  await withinBudget(t, 'Input-only form', input.gzip, BUDGETS.input, input.files);
});

test('the same form checked by the default schema interpreter (not budgeted)', async (t) => {
  const { input, interpreter } = await measured;
  t.diagnostic(`Input-only form, default interpreter: ${kb(interpreter.gzip)} gzip (${kb(interpreter.gzip - input.gzip)} more)`);
  assert.ok(interpreter.gzip > input.gzip, 'The interpreter page loaded no more than the precompiled one: is the interpreter loaded by both?');
});

test('a Datepicker adds its own chunk and what only it needs, no other type\'s renderer', async (t) => {
  const { input, datepicker } = await measured;
  const before = new Set(input.files.map(({ file }) => file));
  const added = datepicker.files.filter(({ file, vendor, entry }) => !vendor && !entry && !before.has(file));
  t.diagnostic(`Datepicker adds: ${added.map(({ file, gzip }) => `${chunkName(file)} ${kb(gzip)}`).join(', ')}`);
  assert.ok(added.length > 0, 'The Datepicker form loaded no chunk the Input form did not: Datepicker is not split out.');
  assert.ok(added.some(({ file }) => chunkName(file) === 'Datepicker'), 'No Datepicker chunk was loaded');
  const otherTypes = added.map(({ file }) => chunkName(file)).filter((name) => name !== 'Datepicker' && COMPONENT_TYPES.has(name));
  assert.deepEqual(otherTypes, [], 'A Datepicker brought the renderers of other types');
  const addedGzip = added.reduce((sum, { gzip }) => sum + gzip, 0);
  await withinBudget(t, 'Datepicker on top of Input', addedGzip, BUDGETS.datepicker, added);
});

test('every built-in renderer is there to load, each in its own chunk', async (t) => {
  const { input, registry } = await measured;
  t.diagnostic(`Every renderer loaded: ${kb(registry.gzip)} gzip`);
  assert.ok(registry.files.length > input.files.length + 40, 'The built-in renderers are not split by type');
});

test('skjema/client loads at most 6 KB gzip', async (t) => {
  const { client } = await measured;
  await withinBudget(t, 'skjema/client', client.gzip, BUDGETS.client, client.files);
});
