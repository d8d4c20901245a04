import type { DataElement } from '../../wire/dataElement.ts';
import type { Instance } from '../../wire/instance.ts';
import type { ProcessEvent } from '../process/types.ts';
import type { PreviewStore, StoredInstance } from '../storage/store.ts';

/**
 * One request's changes to an instance, kept in memory until `commit` writes them in a single
 * transaction. Routes run async work (processor hooks) between reads and writes; collecting the
 * writes here means a hook that throws leaves storage exactly as it was.
 */
export class WorkingCopy {
  instance: StoredInstance;
  private elements: DataElement[];
  private readonly contents = new Map<string, Buffer>();
  private readonly models = new Map<string, Record<string, unknown>>();
  private readonly added = new Set<string>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly events: ProcessEvent[] = [];
  private readonly removedElements: DataElement[] = [];
  /** The instance as loaded, for the commit listeners; undefined for a new one. */
  private readonly original: StoredInstance | undefined;
  private hardDeleted = false;

  private constructor(
    private readonly store: PreviewStore,
    instance: StoredInstance,
    elements: DataElement[],
    private readonly isNew: boolean,
  ) {
    this.instance = instance;
    this.elements = elements;
    this.original = isNew ? undefined : instance;
  }

  static load(store: PreviewStore, instanceId: string): WorkingCopy | undefined {
    const instance = store.getInstance(instanceId);
    return instance ? new WorkingCopy(store, instance, store.listDataElements(instanceId), false) : undefined;
  }

  static create(store: PreviewStore, instance: StoredInstance): WorkingCopy {
    return new WorkingCopy(store, instance, [], true);
  }

  get data(): readonly DataElement[] {
    return this.elements;
  }

  full(): Instance {
    return { ...structuredClone(this.instance), data: structuredClone(this.elements) };
  }

  element(id: string): DataElement | undefined {
    return this.elements.find((element) => element.id === id);
  }

  content(id: string): Buffer {
    return this.contents.get(id) ?? this.store.getContent(id) ?? Buffer.alloc(0);
  }

  /** The form data of an element (parsed once per request); an empty object when the stored content is not JSON. */
  model(id: string): Record<string, unknown> {
    let model = this.models.get(id);
    if (!model) {
      try {
        const parsed: unknown = JSON.parse(this.content(id).toString('utf8') || '{}');
        model =
          parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? (parsed as Record<string, unknown>)
            : {};
      } catch {
        model = {};
      }
      this.models.set(id, model);
    }
    return model;
  }

  setModel(id: string, model: Record<string, unknown>, now: string, by: string): void {
    this.models.set(id, model);
    const content = Buffer.from(JSON.stringify(model), 'utf8');
    this.contents.set(id, content);
    const element = this.element(id);
    if (element) this.updateElement({ ...element, size: content.length, lastChanged: now, lastChangedBy: by });
  }

  /** Replaces a file's bytes (a `PUT` of binary data). */
  replaceContent(id: string, content: Buffer): void {
    this.models.delete(id);
    this.contents.set(id, content);
  }

  addElement(element: DataElement, content: Buffer): void {
    this.elements.push(element);
    this.contents.set(element.id, content);
    this.added.add(element.id);
  }

  updateElement(element: DataElement): void {
    this.elements = this.elements.map((existing) => (existing.id === element.id ? element : existing));
    this.changed.add(element.id);
  }

  removeElement(id: string): void {
    const removed = this.element(id);
    this.elements = this.elements.filter((element) => element.id !== id);
    this.models.delete(id);
    this.contents.delete(id);
    if (this.added.delete(id)) return;
    this.removed.add(id);
    if (removed) this.removedElements.push(removed);
  }

  /** Records who changed the instance last, and when. */
  touch(now: string, by: string): void {
    this.instance = { ...this.instance, lastChanged: now, lastChangedBy: by };
  }

  addEvents(events: readonly ProcessEvent[]): void {
    this.events.push(...events);
  }

  /** Deletes the instance, its data and events at commit, after its last changes are written (automatic deletion). */
  deleteOnCommit(): void {
    this.hardDeleted = true;
  }

  /** Writes every change in one transaction. */
  commit(): void {
    this.store.transaction(() => {
      if (this.isNew) this.store.insertInstance(this.instance);
      else this.store.updateInstance(this.instance);
      for (const id of this.removed) this.store.deleteDataElement(id);
      for (const element of this.elements) {
        if (this.added.has(element.id))
          this.store.insertDataElement(this.instance.id, element, this.content(element.id));
        else if (this.changed.has(element.id) || this.contents.has(element.id)) {
          this.store.updateDataElement(element, this.contents.get(element.id));
        }
      }
      this.store.addProcessEvents(this.instance.id, this.events);
      this.store.instanceCommitted({
        before: this.original,
        after: this.instance,
        processEvents: this.events,
        savedElements: this.elements.filter((element) => this.added.has(element.id) || this.contents.has(element.id)),
        removedElements: this.removedElements,
      });
      this.store.searchIndex.update(this.instance, this.elements, (id) => this.content(id));
      if (this.hardDeleted) {
        this.store.deleteInstance(this.instance.id);
        this.store.instanceCommitted({
          before: this.instance,
          after: undefined,
          processEvents: [],
          savedElements: [],
          removedElements: this.elements,
        });
      }
    });
  }
}
