import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import type { Attachment, AttachmentService } from '../../core/services/attachments.ts';
import type { SubformEntry, SubformEntryService } from '../../core/services/subformEntries.ts';
import { listSubformEntries } from '../context/SubformScope.ts';

/** A list as a form knows it: what was listed and changed since, and whether that has happened. */
export interface Listed<T> {
  readonly items: readonly T[];
  readonly loaded: boolean;
  readonly failed: boolean;
}

/** The services the lists are fetched through. */
type ListServices = AttachmentService & SubformEntryService;

const NOT_LOADED: Listed<never> = { items: [], loaded: false, failed: false };

/**
 * Lists a form keeps outside its data (subform entries by layout set, attachments by data type),
 * shared by everything that shows or checks them: each is fetched once per form, whether its
 * component is on screen or only checked from another page, and a change made through one
 * reader is what every other reader sees.
 */
export class ListCache<T> {
  private readonly lists = new Map<string, Listed<T>>();
  private readonly loading = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly fetch: (services: ListServices, key: string) => Promise<T[]>) {}

  get(key: string): Listed<T> {
    return this.lists.get(key) ?? NOT_LOADED;
  }

  /** Fetches the list unless it is known or on its way; a failed fetch is tried again by the next caller. */
  load(key: string, services: ListServices): void {
    if (this.lists.get(key)?.loaded || this.loading.has(key)) return;
    this.loading.add(key);
    this.fetch(services, key).then(
      (items) => {
        this.loading.delete(key);
        // A change made while the list was on its way is newer than the listing.
        if (!this.lists.get(key)?.loaded) this.put(key, { items, loaded: true, failed: false });
      },
      () => {
        this.loading.delete(key);
        this.put(key, { ...this.get(key), failed: true });
      },
    );
  }

  /** Applies a change the user made (added, saved, deleted) to the list as known. */
  update(key: string, change: (items: readonly T[]) => readonly T[]): readonly T[] {
    const items = change(this.get(key).items);
    this.put(key, { items, loaded: true, failed: false });
    return items;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private put(key: string, listed: Listed<T>): void {
    this.lists.set(key, listed);
    for (const listener of [...this.listeners]) listener();
  }
}

export interface OutsideLists {
  /** Subform entries by `subformListKey`: the subform's layout set id and the entry they belong to. */
  readonly subformEntries: ListCache<SubformEntry>;
  /** Attachments by data type. */
  readonly attachments: ListCache<Attachment>;
}

export function createOutsideLists(): OutsideLists {
  return {
    subformEntries: new ListCache((services, key) => {
      const [layoutSet, parentEntryId] = JSON.parse(key) as [string, string | undefined];
      return listSubformEntries(services, layoutSet, parentEntryId);
    }),
    attachments: new ListCache((services, dataType) => services.listAttachments(dataType)),
  };
}

/**
 * Where `subformEntries` keeps the entries of a layout set that belong to one parent entry (or to
 * the main form): two Subforms of the same set in different entries list different entries.
 */
export function subformListKey(layoutSet: string, parentEntryId: string | undefined): string {
  return JSON.stringify(parentEntryId === undefined ? [layoutSet] : [layoutSet, parentEntryId]);
}

const OutsideListsContext = createContext<OutsideLists | undefined>(undefined);

export function OutsideListsProvider({ value, children }: { value: OutsideLists; children?: ReactNode }) {
  return createElement(OutsideListsContext.Provider, { value }, children);
}

/** The form's lists; outside a form (a summary of another task) a component keeps its own. */
export function useOutsideLists(): OutsideLists {
  const provided = useContext(OutsideListsContext);
  const [own] = useState(createOutsideLists);
  return provided ?? own;
}
