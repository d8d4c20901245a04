import { flushSync } from 'react-dom';

/**
 * The light fields of one page that still wait for their full component, in page order. A field
 * that has the focus is left light: swapping its element would drop the focus (and an IME's
 * composition) and the keys after it. It upgrades itself when it loses the focus.
 */
export class LightFieldUpgrades {
  private readonly waiting = new Map<string, () => void>();
  private focused: string | undefined;

  /** Adds a light field; `upgrade` makes it render its full component. Returns its removal. */
  register(id: string, upgrade: () => void): () => void {
    this.waiting.set(id, upgrade);
    return () => {
      if (this.waiting.get(id) === upgrade) this.waiting.delete(id);
    };
  }

  /** The light field that has the focus, if any. */
  setFocused(id: string | undefined): void {
    this.focused = id;
  }

  /** Light fields that an upgrade would swap now: all but the focused one. */
  get remaining(): number {
    return this.waiting.size - (this.focused !== undefined && this.waiting.has(this.focused) ? 1 : 0);
  }

  /**
   * Upgrades the next `count` fields. `now` renders them before returning, so that no event can
   * reach a field between the decision to swap it and the swap; without it (when React may be
   * rendering already, as when a store notifies) they render with the update under way.
   */
  upgrade(count: number, now: boolean): void {
    const batch: (() => void)[] = [];
    for (const [id, upgrade] of this.waiting) {
      if (batch.length >= count) break;
      if (id === this.focused) continue;
      batch.push(upgrade);
      this.waiting.delete(id);
    }
    if (batch.length === 0) return;
    const run = () => batch.forEach((upgrade) => upgrade());
    if (now) flushSync(run);
    else run();
  }
}
