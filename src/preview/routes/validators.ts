import { HttpProblem, notFound } from '../http/problem.ts';
import type { Router } from '../http/router.ts';
import type { ServerContext } from '../serverContext.ts';
import type { ValidatorModules } from '../validators/validatorModules.ts';

/**
 * `GET /{org}/{app}/skjema/validators/{dataType}.js`: a data model's precompiled validators as a
 * same-origin ES module, which the preview page imports before its form validates, so the
 * browser runs no schema compiler (and `script-src 'self'` suffices). Not part of the app API.
 */
export function registerValidatorRoutes(router: Router, context: ServerContext, modules: ValidatorModules): void {
  router.get('skjema/validators/:file', async ({ res, params }) => {
    const dataType = /^(.+)\.js$/.exec(params.file!)?.[1];
    const module = dataType === undefined ? undefined : (await modules.forApp(context.app())).get(dataType);
    if (!module) throw notFound(`The app has no data model "${dataType ?? params.file}" with a schema.`);
    if ('diagnostic' in module)
      throw new HttpProblem(500, 'Internal Server Error', module.diagnostic.message, {
        file: module.diagnostic.file,
        pointer: module.diagnostic.pointer,
      });
    // The app's files may change (the server reloads them), so the page asks again each time.
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(module.code);
  });
}
