import { AnalyticsStore } from '../analytics/analyticsStore.ts';
import { MAX_ANALYTICS_BODY_BYTES, parseAnalyticsEvents } from '../analytics/analyticsEvents.ts';
import { previewStatistics } from '../analytics/statistics.ts';
import { badRequest } from '../http/problem.ts';
import { queryParam, readBody } from '../http/request.ts';
import { sendEmpty, sendJson } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import type { ServerContext } from '../serverContext.ts';
import { requireUser } from './access.ts';

/**
 * The preview page's analytics (`onAnalytics` events, forwarded) and the statistics page's data.
 * Both need a signed-in test user; events are stored without who sent them.
 */
export function registerAnalyticsRoutes(router: Router, context: ServerContext): void {
  const analytics = new AnalyticsStore(context.store.database(), () => `${context.app().org}/${context.app().app}`);

  router.post('skjema/analytics', async ({ req, res }) => {
    await requireUser(context, req);
    const text = (await readBody(req, MAX_ANALYTICS_BODY_BYTES)).toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw badRequest(`The request body is not valid JSON: ${(error as Error).message}`);
    }
    analytics.add(parseAnalyticsEvents(body), context.now().toISOString());
    sendEmpty(res, 204);
  });

  router.get('skjema/statistics', async ({ req, res, url }) => {
    await requireUser(context, req);
    const statistics = previewStatistics(
      {
        db: context.store.database(),
        analytics,
        app: context.app(),
        saves: await context.monitor.metrics.saveCounts(),
      },
      queryParam(url, 'language') ?? 'nb',
    );
    sendJson(res, 200, statistics, { 'cache-control': 'no-store' });
  });
}
