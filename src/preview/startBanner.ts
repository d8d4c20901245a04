import { formatDiagnostic } from '../core/diagnostics.ts';
import { describeTestUsers } from './auth/users.ts';
import type { PreviewServer } from './server.ts';

/**
 * What `skjema preview` prints at start: where the app runs, what could not be read (with file and
 * place), what the process cannot run, the test users and how to get a token.
 */
export function describeStart(server: PreviewServer): string[] {
  const app = server.app();
  const lines = [
    `skjema preview: ${app.org}/${app.app} (${app.format ?? 'unknown format'}) at ${server.appUrl}/`,
    `  app folder: ${app.appDir}`,
    `  data folder: ${server.dataDir} (SQLite; delete it to start over)`,
    `  layout sets: ${[...app.layoutSets.keys()].join(', ') || 'none'}`,
  ];
  const problems = app.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (problems.length > 0) {
    lines.push(`  ${problems.length} problem(s) in the app files (the rest is served):`);
    for (const problem of problems) lines.push(`    ${formatDiagnostic(problem)}`);
  }
  if (!app.process)
    lines.push('  no App/config/process/process.bpmn: resources are served, instances cannot be created');
  for (const diagnostic of app.process?.diagnostics ?? []) {
    lines.push(
      `  process.bpmn ${diagnostic.severity}${diagnostic.elementId ? ` at ${diagnostic.elementId}` : ''}: ${diagnostic.message}`,
    );
  }
  for (const diagnostic of app.policy.diagnostics) {
    if (diagnostic.severity !== 'info')
      lines.push(
        `  policy.xml ${diagnostic.severity}${diagnostic.ruleId ? ` in ${diagnostic.ruleId}` : ''}: ${diagnostic.message}`,
      );
  }
  lines.push(`  ${server.fileScanning}`);
  lines.push(`  test users (user id, name, party), ${server.usersSource}:`);
  for (const user of describeTestUsers(server.users)) lines.push(`    ${user}`);
  lines.push(
    `  token: curl '${server.url}/Home/GetTestUserToken?userId=1337&authenticationLevel=2'`,
    `  browser login: ${server.url}/Home/LogInTestUser?userId=1337&goto=/`,
    `  delegation page: ${server.url}/Home/LogInTestUser?userId=1337&goto=%2F%23%2Fdelegations`,
    `  events: ${server.url}/events/api/v1/app/${app.org}/${app.app} (service owner token: /Home/GetTestOrgToken/${app.org}); this app's events receiver: ${server.eventsReceiverUrl}`,
    `  metrics (Prometheus): ${server.url}/metrics`,
  );
  return lines;
}
