import type Database from 'better-sqlite3';

/** One right given: an action, everywhere in the app or only while the instance is in one task. */
export interface DelegatedRight {
  readonly action: string;
  /** Null: in every task and after the process has ended. */
  readonly taskId: string | null;
}

/**
 * Party `from` lets party `to` (a person's own party, or an organisation whose people act for it)
 * perform `rights` on this app: on every instance of `from` (`instanceId` null, app-level) or on
 * one instance only.
 */
export interface Delegation {
  readonly id: string;
  readonly from: { readonly partyId: number };
  readonly to: { readonly partyId: number };
  readonly instanceId: string | null;
  readonly rights: readonly DelegatedRight[];
  /** The user who granted it. */
  readonly grantedBy: number;
  /** ISO date-time. */
  readonly granted: string;
}

interface Row {
  json: string;
}

/** Delegations of one app, in the preview's SQLite database (table `delegations`). */
export class DelegationStore {
  constructor(
    private readonly db: Database.Database,
    private readonly appId: () => string,
  ) {}

  insert(delegation: Delegation): void {
    this.db
      .prepare(
        'INSERT INTO delegations (id, app_id, from_party_id, to_party_id, instance_id, json) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        delegation.id,
        this.appId(),
        delegation.from.partyId,
        delegation.to.partyId,
        delegation.instanceId,
        JSON.stringify(delegation),
      );
  }

  get(id: string): Delegation | undefined {
    const row = this.db.prepare('SELECT json FROM delegations WHERE id = ? AND app_id = ?').get(id, this.appId()) as
      Row | undefined;
    return row ? (JSON.parse(row.json) as Delegation) : undefined;
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM delegations WHERE id = ? AND app_id = ?').run(id, this.appId());
  }

  /** Every delegation party `from` has given on this app, oldest first. */
  givenBy(fromPartyId: number): Delegation[] {
    return this.rows(
      this.db
        .prepare('SELECT json FROM delegations WHERE app_id = ? AND from_party_id = ? ORDER BY rowid')
        .all(this.appId(), fromPartyId),
    );
  }

  /** App-level delegations to any of `toPartyIds`, oldest first. */
  appLevelTo(toPartyIds: readonly number[]): Delegation[] {
    if (toPartyIds.length === 0) return [];
    const marks = toPartyIds.map(() => '?').join(', ');
    return this.rows(
      this.db
        .prepare(
          `SELECT json FROM delegations WHERE app_id = ? AND to_party_id IN (${marks}) AND instance_id IS NULL ORDER BY rowid`,
        )
        .all(this.appId(), ...toPartyIds),
    );
  }

  /**
   * The delegations that can bear on a request about party `from`: its app-level ones and, when an
   * instance is named, those for that instance.
   */
  bearingOn(fromPartyId: number, instanceId: string | undefined): Delegation[] {
    // Two lookups on the index rather than one OR, which would read every delegation of a party
    // that has delegated thousands of instances.
    const appLevel = this.db
      .prepare(
        'SELECT json FROM delegations WHERE app_id = ? AND from_party_id = ? AND instance_id IS NULL ORDER BY rowid',
      )
      .all(this.appId(), fromPartyId);
    if (instanceId === undefined) return this.rows(appLevel);
    const forInstance = this.db
      .prepare('SELECT json FROM delegations WHERE app_id = ? AND from_party_id = ? AND instance_id = ? ORDER BY rowid')
      .all(this.appId(), fromPartyId, instanceId);
    return this.rows([...appLevel, ...forInstance]);
  }

  private rows(rows: unknown[]): Delegation[] {
    return (rows as Row[]).map((row) => JSON.parse(row.json) as Delegation);
  }
}
