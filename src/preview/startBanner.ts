import { formatDiagnostic } from '../core/diagnostics.ts';
import { describeTestUsers } from './auth/users.ts';
import type { PreviewApp } from './app/previewApp.ts';
import type { PreviewServer, PreviewServerApp } from './server.ts';

/**
 * What `skjema preview` prints at start: where each app runs, what could not be read (with file
 * and place), what the process cannot run, the test users and how to get a token.
 */
export function describeStart(server: PreviewServer): string[] {
  const apps = server.apps();
  if (apps.length === 1) {
    const app = server.app();
    return [
      `skjema preview: ${app.org}/${app.app} (${app.format ?? 'unknown format'}) at ${server.appUrl}/`,
      `  app folder: ${app.appDir}`,
      `  data folder: ${server.dataDir} (SQLite; delete it to start over)`,
      ...describeApp(app, '  '),
      ...describeServices(server, apps[0]!, '  '),
      ...describeAccess(server),
    ];
  }
  const lines = [`skjema preview: ${apps.length} apps at ${server.url}/`];
  for (const entry of apps) {
    const app = entry.app();
    lines.push(
      `  ${app.org}/${app.app} (${app.format ?? 'unknown format'}) at ${entry.appUrl}/`,
      `    app folder: ${app.appDir}`,
      ...describeApp(app, '    '),
      ...describeServices(server, entry, '    '),
    );
  }
  lines.push(
    `  data folder: ${server.dataDir} (SQLite, one database for all ${apps.length} apps; delete it to start over)`,
  );
  return [...lines, ...describeAccess(server)];
}

function describeApp(app: PreviewApp, indent: string): string[] {
  const lines = [`${indent}layout sets: ${[...app.layoutSets.keys()].join(', ') || 'none'}`];
  const problems = app.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (problems.length > 0) {
    lines.push(`${indent}${problems.length} problem(s) in the app files (the rest is served):`);
    for (const problem of problems) lines.push(`${indent}  ${formatDiagnostic(problem)}`);
  }
  if (!app.process)
    lines.push(`${indent}no App/config/process/process.bpmn: resources are served, instances cannot be created`);
  for (const diagnostic of app.process?.diagnostics ?? []) {
    lines.push(
      `${indent}process.bpmn ${diagnostic.severity}${diagnostic.elementId ? ` at ${diagnostic.elementId}` : ''}: ${diagnostic.message}`,
    );
  }
  for (const diagnostic of app.policy.diagnostics) {
    if (diagnostic.severity !== 'info')
      lines.push(
        `${indent}policy.xml ${diagnostic.severity}${diagnostic.ruleId ? ` in ${diagnostic.ruleId}` : ''}: ${diagnostic.message}`,
      );
  }
  return lines;
}

/** Where an app's delegation page and events are, and its events receiver. */
function describeServices(server: PreviewServer, entry: PreviewServerApp, indent: string): string[] {
  const app = entry.app();
  const page = server.apps().length > 1 ? `/${app.org}/${app.app}/` : '/';
  return [
    `${indent}delegation page: ${server.url}/Home/LogInTestUser?userId=1337&goto=${encodeURIComponent(`${page}#/delegations`)}`,
    `${indent}events: ${server.url}/events/api/v1/app/${app.org}/${app.app} (service owner token: /Home/GetTestOrgToken/${app.org}); events receiver: ${entry.eventsReceiverUrl}`,
  ];
}

function describeAccess(server: PreviewServer): string[] {
  const several = server.apps().length > 1;
  return [
    `  ${server.fileScanning}`,
    `  test users (user id, name, party), ${server.usersSource}${several ? ', for every app' : ''}:`,
    ...describeTestUsers(server.users).map((user) => `    ${user}`),
    `  token: curl '${server.url}/Home/GetTestUserToken?userId=1337&authenticationLevel=2'${several ? ' (valid for every app)' : ''}`,
    `  browser login: ${server.url}/Home/LogInTestUser?userId=1337&goto=/`,
    `  metrics (Prometheus): ${server.url}/metrics`,
  ];
}
