import type { LoadedLayoutSet } from '../app/types.ts';
import { builtinComponentTypes } from '../components/builtin.ts';
import type { ComponentTypes } from '../components/registry.ts';
import { FormData } from '../data/formData.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { INSTANCE_CONTEXT_KEYS, instanceContextValue, type InstanceLike } from '../expressions/index.ts';
import { loadedBuiltinTexts } from '../texts/builtin/builtinTextsLoader.ts';
import { createTextResolver, type TextResolver } from '../texts/textResolver.ts';
import { createFormTree } from '../tree/createFormTree.ts';
import { NodeListeners } from './nodeListeners.ts';
import type { FormEnvironment, FormTree, LayoutNode } from '../tree/index.ts';

/** A component in the form tree, as renderers see it. */
export type FormNode = LayoutNode;

export interface FormEngineOptions {
  layoutSet: LoadedLayoutSet;
  /** Initial content of the layout set's default data model. */
  initialData?: unknown;
  /** Initial content of other data models, keyed by data type. */
  dataModels?: Readonly<Record<string, unknown>>;
  /** Language code; default `nb`. */
  language?: string;
  /** Instance, process, settings and the like, for expressions that read them. */
  environment?: Omit<FormEnvironment, 'language' | 'textResources' | 'codeLists' | 'currentPage'>;
  /** What the form knows about each component type (display values, required, checks); default: the built-in types. */
  componentTypes?: ComponentTypes;
}

/**
 * The headless form: data models, the node tree with its expressions, texts and navigation order.
 * Renderers (React, later a custom element) subscribe to it; nothing here knows about a UI.
 */
export class FormEngine {
  readonly layoutSet: LoadedLayoutSet;
  readonly data: FormData;
  readonly componentTypes: ComponentTypes;
  private currentTree: FormTree;
  private currentLanguage: string;
  private currentPage: string | undefined;
  private readonly nodeListeners = new NodeListeners();
  private readonly listeners = new Set<() => void>();
  private unsubscribeTree: () => void = () => {};
  private readonly resolvers = new Map<string, TextResolver>();

  constructor(private readonly options: FormEngineOptions) {
    this.layoutSet = options.layoutSet;
    this.currentLanguage = options.language ?? 'nb';
    this.componentTypes = options.componentTypes ?? builtinComponentTypes;
    this.data = new FormData(
      options.layoutSet.dataType,
      // A `null` given is kept (and reported): only a model not given at all starts empty.
      {
        ...options.dataModels,
        [options.layoutSet.dataType]: options.initialData === undefined ? {} : options.initialData,
      },
      options.layoutSet.dataModelSchemas,
    );
    this.currentTree = this.buildTree();
  }

  get tree(): FormTree {
    return this.currentTree;
  }

  get language(): string {
    return this.currentLanguage;
  }

  /** Layout problems and expression errors found so far, each with its file, pointer and component id. */
  get diagnostics(): readonly Diagnostic[] {
    return this.currentTree.diagnostics;
  }

  /**
   * Switches the language. Expressions may read the language (`text`, `formatDate`), so the tree
   * is rebuilt over the same data stores: the data itself is untouched.
   */
  setLanguage(language: string): void {
    if (language === this.currentLanguage) return;
    this.currentLanguage = language;
    this.unsubscribeTree();
    this.currentTree.dispose();
    this.currentTree = this.buildTree();
    for (const id of [...this.nodeListeners.subscribedIds()]) this.bump(id);
    this.emit();
  }

  /** Tells expressions which page the user is on (`linkToPage` back links). */
  setCurrentPage(page: string): void {
    this.currentPage = page;
  }

  /** The pages the user can visit now, in order: the page order without hidden pages. */
  navigablePages(): string[] {
    return this.layoutSet.pageOrder.filter((key) => !this.currentTree.page(key)?.isHidden());
  }

  /** Text lookup for a language: app texts, then built-in texts, then the key; variables read the live data. */
  texts(language: string = this.currentLanguage): TextResolver {
    let resolver = this.resolvers.get(language);
    if (!resolver) {
      const builtin = loadedBuiltinTexts(language);
      resolver = createTextResolver(language, this.layoutSet.texts[language] ?? [], builtin ?? {}, {
        dataModel: (path, dataType) => this.data.model(dataType ?? this.layoutSet.dataType).get(path),
        applicationSettings: this.options.environment?.frontendSettings,
        instanceContext: instanceContextOf(this.options.environment?.instance),
      });
      // Without its built-in texts (not loaded yet) the resolver is made again once they are.
      if (builtin) this.resolvers.set(language, resolver);
    }
    return resolver;
  }

  /** Listens for changes to one node's evaluated properties (hidden, required, texts…). */
  subscribeNode(nodeId: string, listener: () => void): () => void {
    return this.nodeListeners.subscribe(nodeId, listener);
  }

  nodeVersion(nodeId: string): number {
    return this.nodeListeners.version(nodeId);
  }

  /** Listens for any change in the tree (a node, a row, a page's hidden state, the language). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.unsubscribeTree();
    this.currentTree.dispose();
    this.listeners.clear();
    this.nodeListeners.clear();
  }

  private buildTree(): FormTree {
    const { layoutSet } = this;
    const tree = createFormTree({
      layouts: layoutSet.layouts,
      pageOrder: layoutSet.pageOrder,
      defaultDataType: layoutSet.dataType,
      dataModels: this.data.models,
      fileOf: (page) => layoutSet.layoutFiles[page],
      componentTypes: this.componentTypes,
      format: layoutSet.appFormat,
      environment: {
        ...this.options.environment,
        language: this.currentLanguage,
        textResources: layoutSet.texts[this.currentLanguage] ?? [],
        codeLists: layoutSet.options,
        currentPage: () => this.currentPage,
      },
    });
    this.unsubscribeTree = tree.subscribe((changed) => {
      for (const id of changed) this.bump(id);
      this.emit();
    });
    return tree;
  }

  private bump(nodeId: string): void {
    this.nodeListeners.bump(nodeId);
    this.nodeListeners.notify(nodeId);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function instanceContextOf(instance: unknown): Record<string, string | null> | undefined {
  if (!instance) return undefined;
  return Object.fromEntries(
    INSTANCE_CONTEXT_KEYS.map((key) => [key, instanceContextValue(instance as InstanceLike, key)]),
  );
}

export function createFormEngine(options: FormEngineOptions): FormEngine {
  return new FormEngine(options);
}
