/**
 * Runs the writes to one instance one after another. A request reads the instance, may await
 * processor hooks, then writes it back whole; two such requests interleaved would let the later
 * one overwrite the earlier one's changes (or a process move) with what it read before.
 */
export class InstanceQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(instanceId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(instanceId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => {});
    this.tails.set(instanceId, tail);
    void tail.then(() => {
      if (this.tails.get(instanceId) === tail) this.tails.delete(instanceId);
    });
    return result;
  }
}
