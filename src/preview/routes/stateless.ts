import type { IncomingMessage } from 'node:http';
import { asRecord } from '../../core/app/appFormat.ts';
import type { Instance } from '../../wire/instance.ts';
import type { DataTypeConfig } from '../app/dataTypes.ts';
import { runPrefill } from '../prefill/apply.ts';
import { prefillFormData } from '../prefill/formData.ts';
import { addRowIds, withoutRowIds } from '../data/rowIds.ts';
import { badRequest, forbidden, notFound } from '../http/problem.ts';
import { header, queryFlag, queryParam, readJson } from '../http/request.ts';
import { sendJson } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import { runHook } from '../instances/taskLifecycle.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { requireUser } from './access.ts';

/**
 * Stateless apps (app-api §3, `v1/data`): form data that lives only in the request. `GET` gives a
 * new model (with `prefill`), `POST` runs the processor's calculations on the model sent and gives
 * it back; nothing is stored. `v1/data/anonymous` does the same without a user, for data types that
 * allow it (`appLogic.allowAnonymousOnStateless`).
 */
export function registerStatelessRoutes(router: Router, context: ServerContext): void {
  router.get('v1/data', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    const owner = ownerParty(context, req, user);
    const type = formDataType(context, url);
    sendJson(res, 200, newModel(context, url, type, { partyId: owner, userId: user.userId }));
  });
  router.post('v1/data', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    const owner = ownerParty(context, req, user);
    sendJson(res, 200, await calculated(context, req, url, formDataType(context, url), owner, user.userId));
  });
  router.get('v1/data/anonymous', async ({ res, url }) => {
    sendJson(res, 200, newModel(context, url, anonymousDataType(context, url), undefined));
  });
  router.post('v1/data/anonymous', async ({ req, res, url }) => {
    sendJson(res, 200, await calculated(context, req, url, anonymousDataType(context, url), undefined));
  });
}

function formDataType(context: ServerContext, url: URL): DataTypeConfig {
  const id = queryParam(url, 'dataType');
  if (!id) throw badRequest('Name the data model: v1/data?dataType=<data type id>.');
  const type = context.app().dataTypes.find((candidate) => candidate.id === id);
  if (!type) throw notFound(`The app has no data type "${id}".`);
  if (!type.isFormData) throw badRequest(`"${id}" holds files, not form data (it has no appLogic.classRef).`);
  return type;
}

function anonymousDataType(context: ServerContext, url: URL): DataTypeConfig {
  const type = formDataType(context, url);
  const metadata = context.app().metadata.dataTypes;
  const entry = Array.isArray(metadata)
    ? metadata.map(asRecord).find((candidate) => candidate?.id === type.id)
    : undefined;
  if (asRecord(entry?.appLogic)?.allowAnonymousOnStateless !== true) {
    throw forbidden(
      `"${type.id}" may not be used without signing in (appLogic.allowAnonymousOnStateless is not true).`,
    );
  }
  return type;
}

/** Who the data is for: the `party: partyid:{id}` header (the user must represent it), else the user. */
function ownerParty(context: ServerContext, req: IncomingMessage, user: PreviewUser): number {
  const party = header(req, 'party');
  if (party === undefined) return user.partyId;
  const match = /^partyid:(\d+)$/i.exec(party.trim());
  if (!match) throw badRequest(`The party header must be "partyid:<id>", not "${party}".`);
  const partyId = Number(match[1]);
  if (!context.auth.canRepresent(user, partyId))
    throw forbidden(`User ${user.userId} cannot act for party ${partyId}.`);
  return partyId;
}

/**
 * A new model with the URL's `prefill` map and, for a signed-in user, the app's prefill
 * configuration (platform spec §2.4); without a user only the map applies, as there is no party
 * to read the register for.
 */
function newModel(
  context: ServerContext,
  url: URL,
  type: DataTypeConfig,
  who: { partyId: number; userId: number } | undefined,
): unknown {
  const model: Record<string, unknown> = {};
  const prefill = queryParam(url, 'prefill');
  let external: Record<string, unknown> | undefined;
  if (prefill !== undefined) {
    let values: unknown;
    try {
      values = JSON.parse(prefill);
    } catch {
      throw badRequest('prefill must be a JSON object of data model paths and values.');
    }
    external = asRecord(values);
    if (!external) throw badRequest('prefill must be a JSON object of data model paths and values.');
  }
  if (who) prefillFormData(context, { dataType: type.id, model, external, ...who });
  else runPrefill({ model, schema: context.app().prefill.schemas.get(type.id), external, register: {}, log: () => {} });
  return withRowIds(model, url);
}

async function calculated(
  context: ServerContext,
  req: IncomingMessage,
  url: URL,
  type: DataTypeConfig,
  owner: number | undefined,
  userId?: number,
): Promise<unknown> {
  const model = asRecord(await readJson(req));
  if (!model) throw badRequest('The body must be the data model as a JSON object.');
  // The reference's stateless POST prefills from the register again, before the calculations.
  if (owner !== undefined) prefillFormData(context, { dataType: type.id, model, partyId: owner, userId });
  addRowIds(model);
  const processor = context.processor;
  let result: Record<string, unknown> = model;
  if (processor.processDataWrite) {
    const input = {
      instance: statelessInstance(context, owner),
      dataType: type.id,
      dataElementId: '',
      data: model,
      previousData: null,
      language: queryParam(url, 'language') ?? 'nb',
    };
    const returned = await runHook('processDataWrite', () => processor.processDataWrite!(input));
    result = asRecord(returned) ?? asRecord(input.data) ?? model;
  }
  return withRowIds(result, url);
}

/** What the processor sees of a request without an instance: the app and the owner, no data elements. */
function statelessInstance(context: ServerContext, owner: number | undefined): Instance {
  const { org, app } = context.app();
  return {
    id: '',
    appId: `${org}/${app}`,
    org,
    instanceOwner: { partyId: owner === undefined ? '' : String(owner) },
    data: [],
  };
}

function withRowIds(model: Record<string, unknown>, url: URL): unknown {
  if (queryFlag(url, 'includeRowId')) {
    addRowIds(model);
    return model;
  }
  return withoutRowIds(model);
}
