import type { Router } from '../http/router.ts';
import { copyData, openCopySource } from '../copy/copyInstance.ts';
import type { ServerContext } from '../serverContext.ts';
import { createInstance } from './instances.ts';

/**
 * `GET legacy/instances/{p}/{g}/copy` (platform spec §3.2 a): the inbox's "new copy" link. It
 * creates the copy and redirects the browser to the new instance's page.
 */
export function registerCopyRoutes(router: Router, context: ServerContext): void {
  router.get('legacy/instances/:party/:guid/copy', async ({ req, res, params }) => {
    const source = await openCopySource(context, req, `${params.party}/${params.guid}`);
    const template = { visibleAfter: source.work.instance.visibleAfter ?? null };
    const instance = await createInstance(context, source.user, source.partyId, {}, template, [], (work, firstTask) =>
      copyData(context, source, work, firstTask),
    );
    const { org, app } = context.app();
    res.writeHead(302, { location: `${context.origin()}/${org}/${app}/#/instance/${instance.id}` });
    res.end();
  });
}
