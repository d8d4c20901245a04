import { asRecord } from '../../core/app/appFormat.ts';
import { parseJsonFile } from '../../core/app/json.ts';
import { findSettingsFile } from '../../core/app/settingsFile.ts';
import type { PreviewApp } from '../app/previewApp.ts';
import { notFound } from '../http/problem.ts';
import { sendEmpty, sendJson, sendText } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import type { ServerContext } from '../serverContext.ts';

/** The app's static resources (app-api §3, "App metadata and configuration"): anonymous GETs. */
export function registerResourceRoutes(router: Router, context: ServerContext): void {
  const app = () => context.app();

  router.get('api/v1/applicationmetadata', ({ res }) => sendJson(res, 200, app().metadata));

  router.get('api/v1/applicationsettings', async ({ res }) => {
    const settings = asRecord(await readAppJson(app(), 'App/appsettings.json'));
    const frontEnd = asRecord(settings?.FrontEndSettings) ?? {};
    sendJson(res, 200, { ...frontEnd, appOidcProvider: null });
  });

  router.get('api/v1/applicationlanguages', async ({ res }) => {
    const languages = (await app().source.list('App/config/texts'))
      .map((name) => /^resource\.([a-z]{2,3})\.json$/.exec(name)?.[1])
      .filter((language): language is string => language !== undefined);
    sendJson(
      res,
      200,
      languages.map((language) => ({ language })),
    );
  });

  router.get('api/v1/texts/:language', async ({ res, params }) => {
    const language = params.language!;
    // The reference answers this one with a plain string, as the API documents.
    if (!/^[a-zA-Z]{2}$/.test(language)) {
      sendText(res, 400, `"${language}" is not a two-letter language code.`);
      return;
    }
    const current = app();
    const texts =
      (await readAppJson(current, `App/config/texts/resource.${language.toLowerCase()}.json`)) ??
      (await readAppJson(current, 'App/config/texts/resource.nb.json'));
    if (texts === undefined) throw notFound(`The app has no texts in "${language}" and none in nb to fall back to.`);
    sendJson(res, 200, {
      id: `${current.org}-${current.app}-${language}`,
      org: current.org,
      language,
      ...asRecord(texts),
    });
  });

  router.get('api/layoutsets', ({ res }) => sendJson(res, 200, layoutSetsDocument(app())));

  router.get('api/layouts/:set', async ({ res, params }) => {
    const current = app();
    const entry = current.layoutSetEntries.find((set) => set.id === params.set);
    if (!entry) throw notFound(`No layout set "${params.set}" in the app.`);
    const pages: Record<string, unknown> = {};
    for (const name of (await current.source.list(`${entry.folder}/layouts`)).filter((n) => n.endsWith('.json'))) {
      const page = await readAppJson(current, `${entry.folder}/layouts/${name}`);
      if (page !== undefined) pages[name.slice(0, -'.json'.length)] = page;
    }
    sendJson(res, 200, pages);
  });

  router.get('api/layoutsettings/:set', async ({ res, params }) => {
    const current = app();
    const entry = current.layoutSetEntries.find((set) => set.id === params.set);
    if (!entry) throw notFound(`No layout set "${params.set}" in the app.`);
    // An older app's `settings.json` is served as the backend would serve `Settings.json` (loading warns).
    const file = await findSettingsFile(current.source, entry.folder);
    sendJson(res, 200, (file && (await readAppJson(current, file.path))) ?? {});
  });

  router.get('api/jsonschema/:dataType', async ({ res, params }) => {
    const file = await modelFile(app(), params.dataType!, '.schema.json');
    if (!file) throw notFound(`No JSON Schema for data type "${params.dataType}" in App/models.`);
    sendJson(res, 200, await readAppJson(app(), file));
  });

  router.get('api/validationconfig/:dataType', async ({ res, params }) => {
    const file = await modelFile(app(), params.dataType!, '.validation.json');
    const config = file ? await readAppJson(app(), file) : undefined;
    if (config === undefined) sendEmpty(res, 204);
    else sendJson(res, 200, config);
  });

  router.get('api/ruleconfiguration/:set', async ({ res, params }) => {
    const config = await readFromSetFolder(app(), params.set!, 'RuleConfiguration.json');
    if (config === undefined) sendEmpty(res, 204);
    else sendText(res, 200, config, 'application/json');
  });

  router.get('api/rulehandler/:set', async ({ res, params }) => {
    const handler = await readFromSetFolder(app(), params.set!, 'RuleHandler.js');
    if (handler === undefined) sendEmpty(res, 204);
    else sendText(res, 200, handler, 'application/javascript');
  });

  router.get('api/v1/footer', async ({ res }) => {
    const footer = await readAppJson(app(), 'App/ui/footer.json');
    if (footer === undefined) sendEmpty(res, 204);
    else sendJson(res, 200, footer);
  });

  router.get('api/options/:id', ({ res, params }) => sendOptions(app(), params.id!, res));
  router.get('instances/:party/:guid/options/:id', ({ res, params }) => sendOptions(app(), params.id!, res));

  router.get('api/v1/meta/process', ({ res }) => {
    const xml = app().processXml;
    if (xml === undefined) throw notFound('The app has no App/config/process/process.bpmn.');
    sendText(res, 200, xml, 'application/xml');
  });

  router.get('api/v1/meta/authorizationpolicy', ({ res }) => {
    const xml = app().policyXml;
    if (xml === undefined) throw notFound('The app has no App/config/authorization/policy.xml.');
    sendText(res, 200, xml, 'application/xml');
  });
}

async function sendOptions(app: PreviewApp, id: string, res: import('node:http').ServerResponse): Promise<void> {
  // The id becomes part of a file path: only a plain name may, never a way out of App/options.
  if (!/^[\w.-]+$/.test(id) || id.includes('..')) throw notFound(`"${id}" is not a code list id.`);
  const list = await readAppJson(app, `App/options/${id}.json`);
  if (!Array.isArray(list)) {
    throw notFound(
      `No static code list "${id}" (App/options/${id}.json). Dynamic options (IAppOptionsProvider) are C# code that needs the app backend; the preview serves only static lists.`,
    );
  }
  sendJson(res, 200, list, { 'Altinn-DownstreamParameters': '' });
}

/** `layout-sets.json` as written (v8); for v9 the equivalent the frontend understands, one set per UI folder. */
export function layoutSetsDocument(app: PreviewApp): Record<string, unknown> {
  return {
    sets: app.layoutSetEntries.map((entry) => ({
      id: entry.id,
      dataType: entry.dataType ?? null,
      tasks: entry.tasks ?? [],
      ...(entry.type ? { type: entry.type } : {}),
    })),
    // The shared page settings (a v9 app's App/ui/Settings.json too), so taskNavigation reaches the page.
    ...(Object.keys(app.uiSettings).length > 0 && { uiSettings: app.uiSettings }),
  };
}

/** A JSON app file parsed, or undefined when missing or broken (broken files are reported at load). */
async function readAppJson(app: PreviewApp, path: string): Promise<unknown> {
  const text = await app.source.read(path);
  if (text === undefined) return undefined;
  const parsed = parseJsonFile(text, path);
  return parsed.ok ? parsed.value : undefined;
}

async function modelFile(app: PreviewApp, dataType: string, suffix: string): Promise<string | undefined> {
  const type = app.metadata.dataTypes;
  const classRef = Array.isArray(type)
    ? asRecord(asRecord(type.find((entry) => asRecord(entry)?.id === dataType))?.appLogic)?.classRef
    : undefined;
  const candidates = [dataType, typeof classRef === 'string' ? classRef.split('.').pop() : undefined];
  const files = await app.source.list('App/models');
  for (const candidate of candidates) {
    if (!candidate) continue;
    const match = files.find((name) => name.toLowerCase() === `${candidate.toLowerCase()}${suffix}`);
    if (match) return `App/models/${match}`;
  }
  return undefined;
}

async function readFromSetFolder(app: PreviewApp, setId: string, file: string): Promise<string | undefined> {
  const entry = app.layoutSetEntries.find((set) => set.id === setId);
  return (entry ? await app.source.read(`${entry.folder}/${file}`) : undefined) ?? app.source.read(`App/ui/${file}`);
}
