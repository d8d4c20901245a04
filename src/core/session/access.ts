import type { FormNode } from '../form/formEngine.ts';
import type { SessionPermissions } from './types.ts';

/**
 * Whether a node may be changed, decided in one place: its own `readOnly` expression, the
 * instance's `write` permission on the current task, and data types that are locked. Permission
 * and lock changes are announced, because they turn every field read-only (or back) at once.
 */
export class SessionAccess {
  private permissions: SessionPermissions;
  private locked: ReadonlySet<string>;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(permissions: SessionPermissions = { write: true }, lockedDataTypes: readonly string[] = []) {
    this.permissions = permissions;
    this.locked = new Set(lockedDataTypes);
  }

  get canWrite(): boolean {
    return this.permissions.write;
  }

  isLocked(dataType: string): boolean {
    return this.locked.has(dataType);
  }

  /** Read-only by the node's expression, evaluated in its own row. */
  static byExpression(node: FormNode): boolean {
    return node.evaluate('readOnly', 'boolean', false) === true;
  }

  isReadOnly(node: FormNode): boolean {
    if (!this.permissions.write) return true;
    if (Object.values(node.bindings).some((binding) => this.locked.has(binding.dataType))) return true;
    return SessionAccess.byExpression(node);
  }

  setPermissions(permissions: SessionPermissions): void {
    if (permissions.write === this.permissions.write) return;
    this.permissions = permissions;
    this.changed();
  }

  setLocked(dataTypes: readonly string[]): void {
    const next = new Set(dataTypes);
    if (next.size === this.locked.size && [...next].every((dataType) => this.locked.has(dataType))) return;
    this.locked = next;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get currentVersion(): number {
    return this.version;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
