import { Counter, Histogram, Registry } from 'prom-client';
import type { FileScanResult } from '../../wire/dataElement.ts';

/** Severities as the app API numbers them (app-api §7.7). */
const SEVERITY_NAMES: Readonly<Record<number, string>> = {
  1: 'error',
  2: 'warning',
  3: 'informational',
  4: 'fixed',
  5: 'success',
};

export interface RequestMeasurement {
  readonly method: string;
  /** The router's pattern (`/skjema/event-permit/instances/:party/:guid/data`), never the raw path. */
  readonly route: string;
  readonly status: number;
  readonly seconds: number;
}

export type SaveOutcome = 'saved' | 'conflict';

/**
 * The preview server's Prometheus metrics, in a registry of its own so that two servers in one
 * process (tests, `skjema preview appA appB`) do not count into each other. Labels are bounded:
 * route patterns, task ids, results — never instance ids, users or form data.
 */
export class PreviewMetrics {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'skjema_preview_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: 'skjema_preview_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly saves = new Counter({
    name: 'skjema_preview_saves_total',
    help: 'Form data saves (PATCH data) by outcome: saved, or conflict (409, a failed JSON Patch test).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly validationFailures = new Counter({
    name: 'skjema_preview_validation_failures_total',
    help: 'process/next refused because the task did not validate, by task.',
    labelNames: ['task'] as const,
    registers: [this.registry],
  });

  private readonly validationIssues = new Counter({
    name: 'skjema_preview_validation_failure_issues_total',
    help: 'Issues in refused process/next answers, by task and severity.',
    labelNames: ['task', 'severity'] as const,
    registers: [this.registry],
  });

  private readonly transitions = new Counter({
    name: 'skjema_preview_process_transitions_total',
    help: 'Process moves from one task to the next ("end" when the process ended).',
    labelNames: ['from', 'to'] as const,
    registers: [this.registry],
  });

  private readonly fileScans = new Counter({
    name: 'skjema_preview_file_scans_total',
    help: 'File scan results recorded for uploaded files, by result.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  private readonly instancesCreated = new Counter({
    name: 'skjema_preview_instances_created_total',
    help: 'Instances created.',
    registers: [this.registry],
  });

  private readonly instancesDeleted = new Counter({
    name: 'skjema_preview_instances_deleted_total',
    help: 'Instances deleted, by kind (soft or hard).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  request({ method, route, status, seconds }: RequestMeasurement): void {
    this.requests.inc({ method, route, status: String(status) });
    this.latency.observe({ method, route }, seconds);
  }

  save(outcome: SaveOutcome): void {
    this.saves.inc({ outcome });
  }

  validationFailed(task: string, issues: readonly { readonly severity?: unknown }[]): void {
    this.validationFailures.inc({ task });
    for (const issue of issues) {
      const severity = typeof issue.severity === 'number' ? SEVERITY_NAMES[issue.severity] : undefined;
      this.validationIssues.inc({ task, severity: severity ?? 'unspecified' });
    }
  }

  processMoved(from: string, to: string | undefined): void {
    this.transitions.inc({ from, to: to ?? 'end' });
  }

  /** The recorder a file scanner calls whenever it sets an element's `fileScanResult`. */
  fileScanned(result: FileScanResult): void {
    this.fileScans.inc({ result });
  }

  instanceCreated(): void {
    this.instancesCreated.inc();
  }

  instanceDeleted(kind: 'soft' | 'hard'): void {
    this.instancesDeleted.inc({ kind });
  }

  /** Saves stored and refused as conflicts since the server started, for the statistics page. */
  async saveCounts(): Promise<{ saved: number; conflicts: number }> {
    const { values } = await this.saves.get();
    const of = (outcome: SaveOutcome) => values.find((value) => value.labels.outcome === outcome)?.value ?? 0;
    return { saved: of('saved'), conflicts: of('conflict') };
  }

  /** The text exposition format (`text/plain; version=0.0.4`). */
  async expose(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
