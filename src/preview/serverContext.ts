import type { IncomingMessage } from 'node:http';
import type { FileScanResult } from '../wire/dataElement.ts';
import type { Party } from './auth/parties.ts';
import type { PreviewApp } from './app/previewApp.ts';
import type { Decision } from './auth/decide.ts';
import type { Principal } from './auth/tokens.ts';
import type { PreviewProcessor } from './processor.ts';
import type { PreviewStore } from './storage/store.ts';
import type { TestUsers } from './auth/users.ts';
import type { PreviewMonitor } from './monitoring/monitor.ts';

/** The signed-in user of a request. */
export interface PreviewUser {
  readonly userId: number;
  /** The user's own party. */
  readonly partyId: number;
  readonly name: string;
  readonly authenticationLevel: number;
  /** Who the token speaks for, as the policy decides on it. */
  readonly principal: Principal;
}

/** What the routes need from users, parties and the app's policy (engineer B's `src/preview/auth` underneath). */
export interface AuthGate {
  /**
   * The user of a request from `Authorization: Bearer` or the `AltinnStudioRuntime` cookie;
   * undefined when there is neither. Throws an `HttpProblem` for an invalid token and, for a
   * cookie on a non-GET request, a missing or wrong `X-XSRF-TOKEN`.
   */
  authenticate(req: IncomingMessage): Promise<PreviewUser | undefined>;
  issueToken(userId: number, authenticationLevel: number): Promise<string>;
  /** A service owner token for the app's org (localtest's `GetTestOrgToken`). */
  issueServiceOwnerToken(org: string): Promise<string>;
  parties(user: PreviewUser, options: { allowedToInstantiateFilter: boolean }): Party[];
  party(partyId: number): Party | undefined;
  /** With `instanceId`, also true when the user holds a delegation for that one instance. */
  canRepresent(user: PreviewUser, partyId: number, instanceId?: string): boolean;
  /** Whether the policy permits the action; undefined task = the instance-level rules (instantiate). */
  authorize(request: AuthorizeRequest): Decision;
  profile(user: PreviewUser): unknown;
  /** The test users to print at start. */
  describeUsers(): string[];
  /**
   * The test users who may act for the party and whom the policy lets do `action` in the task (at
   * any authentication level): who an inbox says a confirming or signing task waits for.
   */
  peopleWhoMay(request: { partyId: number; action: string; taskId: string }): PartyPerson[];
}

/** A test user as an inbox names them. */
export interface PartyPerson {
  readonly userId: number;
  /** The person's own party. */
  readonly partyId: number;
  readonly name: string;
}

export interface AuthorizeRequest {
  readonly user: PreviewUser;
  readonly partyId: number;
  /** `{partyId}/{guid}`, so a delegation for this one instance can permit. */
  readonly instanceId?: string;
  readonly action: string;
  readonly taskId?: string;
  readonly endEvent?: string;
  /** `urn:altinn:appresource`, e.g. `events`. */
  readonly appResource?: string;
}

export interface ServerContext {
  app(): PreviewApp;
  readonly store: PreviewStore;
  readonly processor: PreviewProcessor;
  readonly auth: AuthGate;
  /** The test people and organisations: the register prefill reads. */
  readonly users: TestUsers;
  readonly now: () => Date;
  /** Outcome recorded for an uploaded file whose data type asks for scanning; a seam for a settable scanner. */
  readonly fileScan: (dataType: string) => FileScanResult;
  /** Scans the instance's Pending files in the background (src/preview/scan); call after the upload is committed. */
  readonly startFileScans: (instanceId: string) => void;
  /** Runs a request's changes to an instance after the earlier ones to it have finished. */
  serial<T>(instanceId: string, work: () => Promise<T>): Promise<T>;
  /** Instances a `process/next` is running for, so a second one gets 409 as the reference's lock gives. */
  readonly busyInstances: Set<string>;
  /** `http://host:port`, known once the server listens. */
  origin(): string;
  log(message: string): void;
  /** Metrics and the JSON log: report instances created, process moves, file scan results… here. */
  readonly monitor: PreviewMonitor;
}
