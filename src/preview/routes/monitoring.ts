import type { Router } from '../http/router.ts';
import { forbidden, unauthorized } from '../http/problem.ts';
import type { ServerContext } from '../serverContext.ts';

/**
 * `GET /metrics`: Prometheus' text format. On a loopback address (the default) anyone on the
 * machine may scrape it, as with any local dev server. Bound to another address it answers only
 * the app's service owner token (`GET /Home/GetTestOrgToken/{org}`): the metrics name tasks and
 * routes of a service, which is not for everyone on the network, and a check that cannot decide
 * refuses.
 */
export function registerMonitoringRoutes(router: Router, context: ServerContext, onLoopback: () => boolean): void {
  router.get('metrics', async ({ req, res }) => {
    if (!onLoopback()) {
      const user = await context.auth.authenticate(req);
      if (!user) {
        throw unauthorized(
          `The server listens beyond this machine, so /metrics needs the service owner's token: Authorization: Bearer <GET /Home/GetTestOrgToken/${context.app().org}>.`,
        );
      }
      if (user.principal.kind !== 'org') {
        throw forbidden(`/metrics is for the service owner (${context.app().org}), not test user ${user.userId}.`);
      }
    }
    const { contentType, body } = await context.monitor.metrics.expose();
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    res.end(body);
  });
}

/** Whether an address the server is bound to only takes connections from this machine. */
export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || address === 'localhost' || /^127\./.test(address) || address === '::ffff:127.0.0.1';
}
