import type { ComponentTypeDefinition } from '../components/definition.ts';
import { formatPath, getAtPath, parsePath, type PathSegment } from '../data/path.ts';
import type { FormEngine } from '../form/formEngine.ts';
import { NodeListeners } from '../form/nodeListeners.ts';
import type { FormTree, LayoutNode, RowNode } from '../tree/types.ts';
import { groupBySource, toBackendGroup, type BackendGroup } from './backendIssues.ts';
import { componentIssues, type ComponentRuleContext } from './componentRules.ts';
import { ComponentValidators, customIssues } from './customRules.ts';
import type { ExpressionValidations } from './expressionValidations.ts';
import type * as ExpressionValidationsPart from './expressionValidationsPart.ts';
import {
  hasValidationConfigs,
  loadedExpressionValidations,
  loadExpressionValidations,
} from './expressionValidationsLoader.ts';
import { FieldIssueStore, fieldKey } from './fieldIssueStore.ts';
import { IdsByKey } from './idsByKey.ts';
import { dataConflictIssues } from './dataConflicts.ts';
import { invalidDataIssues } from './invalidData.ts';
import { isVisibleUnder, toMask, ValidationMask, type MaskInput } from './masks.ts';
import { messageOf } from './messages.ts';
import { navigationConfig, pagesToCheck } from './navigation.ts';
import {
  bindingsSignature,
  categoriesOf,
  collectIssues,
  sameNodeIssues,
  visibleOf,
  type NodeState,
} from './nodeState.ts';
import { PathIndex } from './pathIndex.ts';
import { requiredIssues } from './requiredRule.ts';
import { keepsIssuesWhenMoved, movedFieldIssue, movedNodeIssue, previousIndices, rowOfField } from './rowMoves.ts';
import { defaultSchemaBackend } from './schema/defaultBackend.ts';
import { SchemaInterpreterLoading } from './schema/interpreterLoader.ts';
import type { SchemaBackend } from './schema/types.ts';
import { SchemaValidator, type SchemaSource } from './schemaValidator.ts';
import { uncheckedModelIssue } from './uncheckedModel.ts';
import type {
  BackendValidationIssue,
  FormValidator,
  FormValidatorOptions,
  Issue,
  NavigationRequest,
  NodeIssue,
  ValidationOutcome,
  ValidationStats,
} from './types.ts';
import { walkRow, walkTree } from './walk.ts';

/** Bindings that hold rows: the group's own checks follow its rows, which the tree reports. */
const ARRAY_BINDINGS = new Set(['group', 'questions']);
const SCHEMA_ROOTS_KEPT = 50;
const OK: ValidationOutcome = { ok: true, blocking: [] };

interface FormLists {
  readonly version: number;
  readonly all: readonly NodeIssue[];
  readonly visible: readonly NodeIssue[];
  readonly task: readonly Issue[];
}

class FormValidatorImpl implements FormValidator {
  private tree: FormTree;
  private readonly states = new Map<string, NodeState>();
  /** The registered states with any issue: while there is none, the form-wide lists are empty without a walk of every node. */
  private readonly withIssues = new Set<NodeState>();
  /** The state of each node object, to follow a node whose id changed when its row moved. */
  private readonly stateOfNode = new WeakMap<LayoutNode, NodeState>();
  /** Each model as last seen, to tell which rows of a replaced array are the same rows moved. */
  private readonly seenModels = new Map<string, unknown>();
  /** Nodes moved with their rows since the last write: their issues moved with them. */
  private readonly movedNodes = new Set<NodeState>();
  /** Every node whose state followed it to a new id since the last write. */
  private readonly followedNodes = new Set<NodeState>();
  /** Rows whose nodes are registered. */
  private readonly seenRows = new WeakSet<RowNode>();
  private readonly rowsAtSync = new WeakMap<LayoutNode, readonly RowNode[]>();
  /** Value bindings → node ids, to re-run the nodes a write touches. */
  private readonly runIndex = new PathIndex<string>();
  /** Exact field → node ids, to re-collect the nodes whose field issues changed. */
  private readonly fieldNodes = new IdsByKey();
  private readonly fieldIssues = new FieldIssueStore();
  private readonly schemas = new Map<string, SchemaValidator>();
  /** Data models that cannot be checked against their schema, each with its blocking issue. */
  private readonly unchecked = new Map<string, Issue>();
  private readonly custom: ComponentValidators;
  private readonly expressions: ExpressionValidations[] = [];
  private readonly backend = new Map<string, BackendGroup>();
  private readonly dirtyRun = new Set<string>();
  private readonly dirtyCollect = new Set<string>();
  private readonly nodeListeners = new NodeListeners();
  private readonly listeners = new Set<() => void>();
  private readonly counters = {
    nodeRuns: 0,
    customRuns: 0,
    expressionRuns: 0,
    schemaRuns: 0,
    schemaRoots: [] as string[],
  };
  private unsubscribers: (() => void)[] = [];
  private readonly unsubscribeEngine: () => void;
  private changed = false;
  private flushQueued = false;
  /** Nodes whose issues changed since listeners were last told. */
  private readonly notifyNodes = new Set<string>();
  private versionBumped = false;
  private cachedLists: FormLists | undefined;
  private currentVersion = 0;
  private disposed = false;
  /** Checks waiting for the schema interpreter; dispose empties them so a pending load holds no closed form. */
  private readonly awaitingParts: PendingLoad<never>[] = [];

  constructor(
    private readonly engine: FormEngine,
    private readonly options: FormValidatorOptions,
  ) {
    this.tree = engine.tree;
    this.custom = new ComponentValidators({ ...engine.componentTypes.validators(), ...options.componentValidators });
    const { layoutSet } = engine;
    for (const [dataType, schema] of Object.entries(layoutSet.dataModelSchemas)) {
      if (schema !== null && typeof schema === 'object' && !Array.isArray(schema)) {
        const source = schemaSourceOf(dataType, options);
        const validator = new SchemaValidator(dataType, schema as Record<string, unknown>, source);
        this.schemas.set(dataType, validator);
        if (validator.failure instanceof SchemaInterpreterLoading) {
          this.checkWhenLoaded(validator.failure, dataType, schema as Record<string, unknown>);
        }
      }
    }
    if (hasValidationConfigs(layoutSet.validationConfigs)) {
      const part = loadedExpressionValidations();
      if (part) this.expressions.push(...this.createExpressions(part));
      else this.runExpressionsWhenLoaded();
    }
    this.subscribeAll();
    this.unsubscribeEngine = engine.subscribe(() => {
      if (engine.tree !== this.tree) this.rebuild();
    });

    for (const [dataType, validator] of this.schemas) this.runSchema(validator, dataType, []);
    for (const [dataType, store] of Object.entries(engine.data.models)) this.seenModels.set(dataType, store.snapshot());
    for (const dataType of Object.keys(engine.data.invalid)) this.runInvalidData(dataType);
    for (const expressions of this.expressions) expressions.start();
    if (options.backendIssues) this.applyBackend(options.backendIssues, true);
    this.registerAll();
    this.flush();
    this.changed = false;
    this.notifyNodes.clear();
  }

  // ── Reading ────────────────────────────────────────────────────────────

  issuesFor(nodeId: string): readonly NodeIssue[] {
    this.flushIfDirty();
    return this.states.get(nodeId)?.visible ?? [];
  }

  allIssuesFor(nodeId: string): readonly NodeIssue[] {
    this.flushIfDirty();
    return this.states.get(nodeId)?.all ?? [];
  }

  allIssues(): readonly NodeIssue[] {
    return this.lists().all;
  }

  visibleIssues(): readonly NodeIssue[] {
    return this.lists().visible;
  }

  taskIssues(): readonly Issue[] {
    return this.lists().task;
  }

  /**
   * Form-wide lists, rebuilt only when some component's issues changed (every such change bumps
   * the version), so renderers may read them on every render and compare by identity.
   */
  private lists(): FormLists {
    this.flushIfDirty();
    if (this.cachedLists?.version !== this.currentVersion) {
      const states = this.withIssues.size > 0 ? this.orderedStates() : [];
      this.cachedLists = {
        version: this.currentVersion,
        all: states.flatMap((state) => state.all),
        visible: states.flatMap((state) => state.visible),
        task: [...this.unchecked.values(), ...[...this.backend.values()].flatMap((group) => group.task)],
      };
    }
    return this.cachedLists;
  }

  unboundIssues(): readonly Issue[] {
    this.flushIfDirty();
    return this.fieldIssues.all().filter((issue) => {
      const ids = this.fieldNodes.get(fieldKey(issue.dataType, issue.field));
      return ![...ids].some((id) => this.states.get(id)?.skipped === false);
    });
  }

  message(issue: Issue, language: string = this.engine.language): string {
    return messageOf(this.engine, issue, language);
  }

  subscribeNode(nodeId: string, listener: () => void): () => void {
    return this.nodeListeners.subscribe(nodeId, listener);
  }

  nodeVersion(nodeId: string): number {
    return this.nodeListeners.version(nodeId);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get version(): number {
    this.flushIfDirty();
    return this.currentVersion;
  }

  get stats(): ValidationStats {
    return { ...this.counters, schemaRoots: [...this.counters.schemaRoots] };
  }

  // ── Triggers ───────────────────────────────────────────────────────────

  validateOnNavigation(request: NavigationRequest): ValidationOutcome {
    const pageSetting = this.tree.page(request.from)?.settings.validationOnNavigation;
    const pagesSettings = this.engine.layoutSet.settings.pages;
    const settingsSetting =
      pagesSettings && typeof pagesSettings === 'object'
        ? (pagesSettings as Record<string, unknown>).validationOnNavigation
        : undefined;
    const config = navigationConfig(request.direction, pageSetting, settingsSetting, request.buttonConfig);
    if (!config) return OK;
    const { pages, blocking } = pagesToCheck(config.page, request.from, this.engine.navigablePages());
    const checked = new Set(pages);
    const states = this.orderedStates().filter((state) => checked.has(state.node.page));
    return this.check(states, toMask(config.show, 0), (state) => blocking.has(state.node.page));
  }

  validateRow(groupNodeId: string, rowIndex: number, mask?: MaskInput): ValidationOutcome {
    this.flushIfDirty();
    const group = this.tree.node(groupNodeId);
    const row = group?.rows?.find((candidate) => candidate.index === rowIndex);
    if (!group || !row) return OK;
    const bits = toMask(mask ?? group.component.validateOnSaveRow, 0);
    const nodes: LayoutNode[] = [];
    walkRow(row, nodes);
    return this.check(this.statesOf(nodes), bits, () => true);
  }

  validateAll(options: { readonly includeBackend?: boolean } = {}): ValidationOutcome {
    const mask = options.includeBackend ? ValidationMask.AllIncludingBackend : ValidationMask.All;
    // Incremental schema runs start at the written value's parent; submit checks everything once.
    for (const [dataType, validator] of this.schemas) this.runSchema(validator, dataType, []);
    const outcome = this.check(this.orderedStates(), mask, () => true);
    if (this.unchecked.size === 0) return outcome;
    return { ok: false, blocking: outcome.blocking, unchecked: [...this.unchecked.values()] };
  }

  show(mask: MaskInput, nodeIds?: readonly string[]): void {
    this.flushIfDirty();
    const bits = toMask(mask, 0);
    const states = nodeIds
      ? nodeIds.map((id) => this.states.get(id)).filter((s): s is NodeState => !!s)
      : [...this.states.values()];
    for (const state of states) this.raise(state, bits);
    this.flush();
  }

  /** Raises visibility on the nodes with errors under `mask`; the errors of `blocks` nodes stop the action. */
  private check(states: readonly NodeState[], mask: number, blocks: (state: NodeState) => boolean): ValidationOutcome {
    if (mask === 0) return OK;
    const blocking: NodeIssue[] = [];
    for (const state of states) {
      if (state.skipped) continue;
      const errors = state.all.filter((issue) => issue.severity === 'error' && isVisibleUnder(issue.category, mask));
      if (errors.length === 0) continue;
      this.raise(state, mask);
      if (blocks(state)) blocking.push(...errors);
    }
    this.flush();
    return { ok: blocking.length === 0, blocking };
  }

  private raise(state: NodeState, mask: number): void {
    const raised = state.raised | (mask & categoriesOf(state.all));
    if (raised === state.raised) return;
    state.raised = raised;
    this.dirtyCollect.add(state.id);
  }

  // ── Backend ────────────────────────────────────────────────────────────

  setBackendIssues(source: string, issues: readonly BackendValidationIssue[]): void {
    this.setBackendGroup(source, issues);
    this.flush();
  }

  replaceBackendIssues(issues: readonly BackendValidationIssue[]): void {
    this.applyBackend(issues, false);
    this.flush();
  }

  private applyBackend(issues: readonly BackendValidationIssue[], initial: boolean): void {
    const groups = groupBySource(issues);
    if (!initial) for (const source of this.backend.keys()) if (!groups.has(source)) this.setBackendGroup(source, []);
    for (const [source, group] of groups) this.setBackendGroup(source, group);
  }

  private setBackendGroup(source: string, issues: readonly BackendValidationIssue[]): void {
    const defaultType = this.engine.layoutSet.dataType;
    const group = toBackendGroup(
      issues.filter((issue) => issue.source === source),
      (id) => (id ? this.options.dataTypeOfElement?.(id) : undefined) ?? defaultType,
    );
    const before = this.backend.get(source);
    if (group.fields.length === 0 && group.task.length === 0) this.backend.delete(source);
    else this.backend.set(source, group);
    if ((before?.task.length ?? 0) > 0 || group.task.length > 0) this.changed = true;
    this.recollectFields(this.fieldIssues.replace(`backend:${source}`, () => true, group.fields));
  }

  refreshAttachments(nodeId?: string): void {
    for (const [id, state] of this.states) {
      if (nodeId ? id === nodeId : this.typeOf(state.node)?.outsideData === 'attachments') this.dirtyRun.add(id);
    }
    this.flush();
  }

  refreshSubformEntries(nodeId?: string): void {
    for (const [id, state] of this.states) {
      if (nodeId ? id === nodeId : this.typeOf(state.node)?.outsideData === 'subformEntries') this.dirtyRun.add(id);
    }
    this.flush();
  }

  dispose(): void {
    this.disposed = true;
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    this.unsubscribeEngine();
    for (const expressions of this.expressions) expressions.dispose();
    this.listeners.clear();
    this.nodeListeners.clear();
    for (const pending of this.awaitingParts) pending.run = undefined;
    this.awaitingParts.length = 0;
  }

  // ── Incremental work ───────────────────────────────────────────────────

  private subscribeAll(): void {
    const { data } = this.engine;
    this.unsubscribers = [
      this.tree.subscribe((ids) => this.onTreeChange(ids)),
      // Subscribed after the tree, so rows are reconciled by the time a write reaches us.
      ...Object.entries(data.models).map(([dataType, store]) =>
        store.subscribe((path) => this.onWrite(dataType, path, false)),
      ),
      ...Object.entries(data.invalid).map(([dataType, store]) =>
        store.subscribe((path) => this.onWrite(dataType, path, true)),
      ),
    ];
  }

  private rebuild(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.tree = this.engine.tree;
    this.subscribeAll();
    this.registerAll();
    this.flush();
  }

  private onWrite(dataType: string, path: string, invalid: boolean): void {
    if (invalid) {
      this.runInvalidData(dataType);
      this.runIndex.affectedBy(dataType, path, this.dirtyRun);
    } else {
      const segments = parsePath(path);
      const model = this.engine.data.model(dataType).snapshot();
      const seen = this.seenModels.get(dataType);
      const before = getAtPath(seen, segments);
      const after = getAtPath(model, segments);
      this.seenModels.set(dataType, model);
      const validator = this.schemas.get(dataType);
      const moved = Array.isArray(before) && Array.isArray(after) ? previousIndices(before, after) : undefined;
      if (validator && !(moved && this.moveSchemaIssues(validator, dataType, segments, moved))) {
        this.runSchema(validator, dataType, schemaRootFor(validator, segments));
      }
      for (const expressions of this.expressions) this.recollectFields(expressions.onWrite(dataType, path));
      if (moved) this.runRowsReplaced(dataType, segments, moved, (before as unknown[]).length, seen);
      else this.runIndex.affectedBy(dataType, path, this.dirtyRun);
    }
    this.movedNodes.clear();
    this.followedNodes.clear();
    this.flush();
  }

  /**
   * An array replaced by one holding some of the same rows (a row deleted, rows sorted): the
   * schema issues of the kept rows move to their new index, and only new rows are checked.
   * False when the array's schema judges its items together, so the whole array is checked.
   */
  private moveSchemaIssues(
    validator: SchemaValidator,
    dataType: string,
    segments: readonly PathSegment[],
    previous: readonly number[],
  ): boolean {
    if (!validator.itemsMoveAlone(segments)) return false;
    const fresh: number[] = [];
    // Plain arrays, not Maps: ten thousand rows are walked in a few microseconds.
    const toOf: number[] = [];
    previous.forEach((from, to) => (from < 0 ? fresh.push(to) : (toOf[from] = to)));
    if (fresh.some((to) => validator.rootFor([...segments, to]).length !== segments.length + 1)) return false;
    const arrayPath = formatPath(segments);
    const issues = this.fieldIssues.within('schema', dataType, arrayPath).flatMap((issue) => {
      const from = rowOfField(issue.field, arrayPath);
      if (from === undefined) return [issue];
      const to = toOf[from];
      if (to === undefined) return [];
      return [to === from ? issue : movedFieldIssue(issue, arrayPath, from, to)];
    });
    const model = this.engine.data.model(dataType).snapshot();
    for (const to of fresh) {
      this.countSchemaRun(formatPath([...segments, to]));
      issues.push(...validator.validate(model, [...segments, to]));
    }
    this.recollectFields(this.fieldIssues.replaceWithin('schema', dataType, arrayPath, issues));
    return true;
  }

  /**
   * Re-runs what a replaced array can change: nodes bound at or above it, and nodes bound in a
   * row whose data is not the row that was there before, unless the node moved with its row.
   */
  private runRowsReplaced(
    dataType: string,
    segments: readonly PathSegment[],
    previous: readonly number[],
    lengthBefore: number,
    seen: unknown,
  ): void {
    this.runIndex.affectedBy(dataType, segments, this.dirtyRun, false);
    const changedRows = new Set<string>();
    const length = Math.max(previous.length, lengthBefore);
    for (let index = 0; index < length; index++) {
      if (previous[index] !== index) this.runIndex.affectedBy(dataType, [...segments, index], changedRows);
    }
    const arrayPath = formatPath(segments);
    const inherited: [NodeState, readonly NodeIssue[]][] = [];
    for (const id of changedRows) {
      const state = this.states.get(id);
      if (state && this.movedNodes.has(state)) continue;
      const own = state && this.ownOfRowBefore(state, arrayPath, previous, seen);
      if (own && state) inherited.push([state, own]);
      else this.dirtyRun.add(id);
    }
    // Assigned after all are read: a row's issues may come from a row that takes another's.
    for (const [state, own] of inherited) {
      state.own = own;
      this.dirtyCollect.add(state.id);
    }
  }

  /**
   * Rows keyed by place (no `altinnRowId`) keep their nodes while their data shifts: a node whose
   * row now holds the data of row i takes over the own issues of row i's node of the same
   * component, re-keyed, when that node held the same values and nothing else can differ.
   */
  private ownOfRowBefore(
    state: NodeState,
    arrayPath: string,
    previous: readonly number[],
    seen: unknown,
  ): readonly NodeIssue[] | undefined {
    const { node } = state;
    const row = node.row;
    if (!row || row.path !== `${arrayPath}[${row.index}]`) return undefined;
    const from = previous[row.index];
    if (from === undefined || from < 0) return undefined;
    const fromId = node.baseId + [...node.rowIndices.slice(0, -1), from].map((index) => `-${index}`).join('');
    const source = this.states.get(fromId);
    if (!source || source.node.baseId !== node.baseId || source.skipped || state.skipped) return undefined;
    // A state that followed its node here holds issues of other data than row `from` had.
    if (this.followedNodes.has(source)) return undefined;
    if (!this.sameDataMoved(source.bindings, node.bindings, { dataType: row.dataType, model: seen })) return undefined;
    if (!keepsIssuesWhenMoved(node, this.engine.componentTypes, (n) => this.custom.for(n) !== undefined))
      return undefined;
    return source.own.map((issue) => movedNodeIssue(issue, fromId, node));
  }

  private onTreeChange(ids: ReadonlySet<string>): void {
    const arrived = this.followMoves(ids);
    for (const id of ids) if (!arrived.has(id)) this.sync(id);
    // Normally the write that caused this reaches onWrite next and flushes; this covers the rest.
    if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => {
        this.flushQueued = false;
        this.movedNodes.clear();
        this.followedNodes.clear();
        this.flush();
      });
    }
  }

  /** Brings one node id in line with the tree: new, moved, re-bound or gone. */
  private sync(id: string): void {
    const node = this.tree.node(id);
    const state = this.states.get(id);
    if (!node) {
      if (state) this.unregister(id);
      return;
    }
    if (!this.isRegistered(node)) this.register(node);
    this.dirtyRun.add(id);
    if (node.rows) {
      // Rows seen before are registered already (a moved row's nodes followed it): adding one row
      // to ten thousand registers that row alone.
      const below: LayoutNode[] = [];
      // The rows before the first one that differs from last time were seen then.
      const last = this.rowsAtSync.get(node) ?? [];
      this.rowsAtSync.set(node, node.rows);
      let start = 0;
      while (start < node.rows.length && node.rows[start] === last[start]) start++;
      for (const row of node.rows.slice(start)) {
        if (this.seenRows.has(row)) continue;
        this.seenRows.add(row);
        walkRow(row, below);
      }
      for (const child of below) {
        if (!this.isRegistered(child)) {
          this.register(child);
          this.dirtyRun.add(child.id);
        }
      }
    }
  }

  /**
   * Nodes whose row moved keep their object but get a new id and bindings: their state follows
   * them, with their own issues re-keyed, instead of being checked again (see rowMoves.ts).
   * Returns the ids the moved states now sit at.
   */
  private followMoves(ids: ReadonlySet<string>): Set<string> {
    const moving = new Set<NodeState>();
    for (const id of ids) {
      const node = this.tree.node(id);
      const state = node && this.stateOfNode.get(node);
      if (state && state.id !== node.id && this.states.get(state.id) === state) moving.add(state);
    }
    const arrived = new Set<string>();
    if (moving.size === 0) return arrived;
    const notify = new Set<string>();
    for (const state of moving) {
      if (state.all.length > 0) notify.add(state.id);
      this.states.delete(state.id);
      this.unindex(state);
    }
    const types = this.engine.componentTypes;
    const hasCustom = (node: LayoutNode) => this.custom.for(node) !== undefined;
    for (const state of moving) {
      const { node } = state;
      const from = state.id;
      const occupant = this.states.get(node.id);
      if (occupant) {
        if (occupant.all.length > 0) notify.add(node.id);
        this.unregister(node.id);
      }
      const sameData = this.sameDataMoved(state.bindings, node.bindings);
      state.id = node.id;
      state.bindings = node.bindings;
      this.states.set(node.id, state);
      this.index(state);
      arrived.add(node.id);
      this.followedNodes.add(state);
      if (state.all.length > 0) notify.add(node.id);
      if (sameData && keepsIssuesWhenMoved(node, types, hasCustom)) {
        this.movedNodes.add(state);
        state.own = state.own.map((issue) => movedNodeIssue(issue, from, node));
        this.dirtyCollect.add(node.id);
      } else {
        this.dirtyRun.add(node.id);
      }
    }
    for (const id of notify) this.bump(id);
    return arrived;
  }

  /**
   * Whether a moved node finds at its new bindings the values it had at its old ones: the model
   * as last seen is the one before the write under way (or `written`, the one before a write
   * already taken in).
   */
  private sameDataMoved(
    before: LayoutNode['bindings'],
    after: LayoutNode['bindings'],
    written?: { readonly dataType: string; readonly model: unknown },
  ): boolean {
    return Object.entries(before).every(([key, binding]) => {
      const moved = after[key];
      if (!moved) return false;
      const root = binding.dataType === written?.dataType ? written.model : this.seenModels.get(binding.dataType);
      const seen = getAtPath(root, binding.field);
      return Object.is(seen, this.engine.data.models[moved.dataType]?.get(moved.field));
    });
  }

  /** Whether the node is registered as it is now; a group's rows that did not move are checked by identity alone. */
  private isRegistered(node: LayoutNode): boolean {
    const state = this.states.get(node.id);
    if (!state || state.node !== node) return false;
    if (state.bindings === node.bindings) return true;
    if (bindingsSignature(state.bindings) !== bindingsSignature(node.bindings)) return false;
    state.bindings = node.bindings;
    return true;
  }

  private registerAll(): void {
    // At mount nothing is registered yet, so nothing can be left over: no set of every id to keep.
    const seen = this.states.size > 0 ? new Set<string>() : undefined;
    for (const node of walkTree(this.tree, this.engine.layoutSet.pageOrder)) {
      seen?.add(node.id);
      if (node.rows) for (const row of node.rows) this.seenRows.add(row);
      this.register(node);
      this.dirtyRun.add(node.id);
    }
    if (seen) for (const id of [...this.states.keys()]) if (!seen.has(id)) this.unregister(id);
  }

  private register(node: LayoutNode): void {
    const previous = this.states.get(node.id);
    if (previous) {
      this.unindex(previous);
      if (this.stateOfNode.get(previous.node) === previous) this.stateOfNode.delete(previous.node);
    }
    const state: NodeState = {
      id: node.id,
      node,
      bindings: node.bindings,
      initialMask: toMask(node.component.showValidations, ValidationMask.AllExceptRequired),
      raised: previous?.raised ?? 0,
      skipped: false,
      own: [],
      all: previous?.all ?? [],
      visible: previous?.visible ?? [],
    };
    this.states.set(node.id, state);
    if (previous) this.withIssues.delete(previous);
    if (state.all.length > 0) this.withIssues.add(state);
    this.stateOfNode.set(node, state);
    this.index(state);
  }

  private index(state: NodeState): void {
    const { node, id, bindings } = state;
    for (const key in bindings) {
      const binding = bindings[key];
      if (this.runsOn(node, key)) this.runIndex.add(binding.dataType, binding.field, id);
      this.fieldNodes.add(fieldKey(binding.dataType, binding.field), id);
    }
  }

  private unregister(id: string): void {
    const state = this.states.get(id);
    if (!state) return;
    this.unindex(state);
    this.states.delete(id);
    this.withIssues.delete(state);
    if (this.stateOfNode.get(state.node) === state) this.stateOfNode.delete(state.node);
    this.dirtyRun.delete(id);
    this.dirtyCollect.delete(id);
    if (state.all.length > 0) this.bump(id);
  }

  private unindex(state: NodeState): void {
    const { node, id } = state;
    for (const [key, binding] of Object.entries(state.bindings)) {
      if (this.runsOn(node, key)) this.runIndex.remove(binding.dataType, binding.field, id);
      this.fieldNodes.delete(fieldKey(binding.dataType, binding.field), id);
    }
  }

  /**
   * A model whose schema interpreter is still loading stays unchecked (the form cannot submit)
   * until it is loaded; then it is checked as if it had been there from the start.
   */
  private checkWhenLoaded(loading: SchemaInterpreterLoading, dataType: string, schema: Record<string, unknown>): void {
    const pending: PendingLoad<SchemaBackend> = {
      run: (backend) => {
        if (this.disposed) return;
        const validator = new SchemaValidator(dataType, schema, backend);
        this.schemas.set(dataType, validator);
        this.unchecked.delete(dataType);
        this.changed = true;
        this.runSchema(validator, dataType, []);
        this.flush();
      },
    };
    this.awaitingParts.push(pending);
    runWhenLoaded(loading.loaded, pending);
  }

  private createExpressions(part: typeof ExpressionValidationsPart): ExpressionValidations[] {
    return part.createExpressionValidations(
      this.engine.layoutSet.validationConfigs ?? {},
      this.fieldIssues,
      () => this.tree,
      this.engine.data,
      () => this.counters.expressionRuns++,
    );
  }

  /**
   * Expression validations still loading (a layout set `loadLayoutSet` did not read) leave the
   * form unable to submit until they are loaded; then they run as if they had been there.
   */
  private runExpressionsWhenLoaded(): void {
    const key = 'expression|unchecked';
    const [dataType = ''] = Object.keys(this.engine.layoutSet.validationConfigs ?? {});
    this.unchecked.set(key, { ...uncheckedModelIssue(dataType), key });
    const pending: PendingLoad<typeof ExpressionValidationsPart> = {
      run: (part) => {
        if (this.disposed) return;
        this.unchecked.delete(key);
        this.changed = true;
        for (const expressions of this.createExpressions(part)) {
          this.expressions.push(expressions);
          this.recollectFields(expressions.start());
        }
        this.flush();
      },
    };
    this.awaitingParts.push(pending);
    runWhenLoaded(loadExpressionValidations(), pending);
  }

  private countSchemaRun(path: string): void {
    this.counters.schemaRuns++;
    this.counters.schemaRoots.push(path);
    if (this.counters.schemaRoots.length > SCHEMA_ROOTS_KEPT) this.counters.schemaRoots.shift();
  }

  private runSchema(validator: SchemaValidator, dataType: string, root: readonly (string | number)[]): void {
    const path = formatPath(root);
    this.countSchemaRun(path);
    const issues = validator.validate(this.engine.data.model(dataType).snapshot(), root);
    this.recollectFields(this.fieldIssues.replaceWithin('schema', dataType, path, issues));
    if (validator.failure !== undefined && !this.unchecked.has(dataType)) {
      // Said once per form, where a developer looks: the user sees the issue in the error report.
      if (!(validator.failure instanceof SchemaInterpreterLoading))
        console.error(`skjema: the data model "${dataType}" cannot be checked against its schema`, validator.failure);
      this.unchecked.set(dataType, uncheckedModelIssue(dataType));
      this.changed = true;
    }
  }

  private runInvalidData(dataType: string): void {
    const issues = invalidDataIssues(dataType, this.engine.data.invalid[dataType]?.snapshot());
    this.recollectFields(this.fieldIssues.replace(`invalidData`, (type) => type === dataType, issues));
  }

  private recollectFields(fields: Iterable<string>): void {
    for (const field of fields) for (const id of this.fieldNodes.get(field)) this.dirtyCollect.add(id);
  }

  /**
   * Reads catch up on pending work without notifying anyone: a reader may be a renderer in the
   * middle of rendering, where listeners must not fire. They hear about it a microtask later.
   */
  private flushIfDirty(): void {
    if (this.dirtyRun.size === 0 && this.dirtyCollect.size === 0) return;
    this.flush(false);
    if (this.notifyNodes.size > 0 || this.changed) queueMicrotask(() => this.notify());
  }

  private flush(notify = true): void {
    const attachmentsCount = this.options.attachmentsCount ?? (() => 0);
    const subformEntries = this.options.subformEntries ?? (() => undefined);
    const context = { data: this.engine.data, attachmentsCount, subformEntries, today: () => new Date() };
    for (const id of this.dirtyRun) {
      const state = this.states.get(id);
      if (!state) continue;
      this.counters.nodeRuns++;
      const { node } = state;
      state.skipped = node.isHidden() || node.component.renderAsSummary === true;
      state.own = state.skipped ? [] : this.ownIssues(node, context);
      this.dirtyCollect.add(id);
    }
    this.dirtyRun.clear();
    for (const id of this.dirtyCollect) {
      const state = this.states.get(id);
      if (state) this.collect(state);
    }
    this.dirtyCollect.clear();
    if (this.changed && !this.versionBumped) {
      this.currentVersion++;
      this.versionBumped = true;
    }
    if (notify) this.notify();
  }

  private typeOf(node: LayoutNode): ComponentTypeDefinition | undefined {
    return this.engine.componentTypes.get(node.type);
  }

  private ownIssues(node: LayoutNode, context: ComponentRuleContext): NodeIssue[] {
    const definition = this.typeOf(node);
    const issues = requiredIssues(node, this.engine.data, definition);
    // Most nodes have none of these: no new list for each of 50,000 row fields.
    const component = componentIssues(node, definition, context);
    if (component.length > 0) issues.push(...component);
    const conflicts = dataConflictIssues(node, this.engine.data);
    if (conflicts.length > 0) issues.push(...conflicts);
    const validate = this.custom.for(node);
    if (validate) {
      this.counters.customRuns++;
      issues.push(...customIssues(node, validate, this.engine.data));
    }
    return issues;
  }

  /**
   * Whether a write under `key`'s field re-runs the node. A group's own checks follow its rows,
   * which the tree reports; a host's validator reads the whole bound value, rows included.
   */
  private runsOn(node: LayoutNode, key: string): boolean {
    return (
      !ARRAY_BINDINGS.has(key) || this.typeOf(node)?.bindings?.rowChoice === true || this.custom.for(node) !== undefined
    );
  }

  private notify(): void {
    const ids = [...this.notifyNodes];
    this.notifyNodes.clear();
    for (const id of ids) this.nodeListeners.notify(id);
    if (!this.changed) return;
    this.changed = false;
    this.versionBumped = false;
    for (const listener of [...this.listeners]) listener();
  }

  private collect(state: NodeState): void {
    const all = collectIssues(state, (dataType, field) => this.fieldIssues.at(dataType, field));
    // A raised bit lasts only while its category has issues: fixed and broken again stays quiet.
    state.raised &= categoriesOf(all);
    const visible = visibleOf(state, all);
    const allChanged = !sameNodeIssues(all, state.all);
    const visibleChanged = !sameNodeIssues(visible, state.visible);
    if (allChanged) {
      state.all = all;
      if (all.length > 0) this.withIssues.add(state);
      else this.withIssues.delete(state);
    }
    if (visibleChanged) state.visible = visible;
    if (allChanged || visibleChanged) this.bump(state.id);
  }

  private bump(id: string): void {
    this.nodeListeners.bump(id);
    this.changed = true;
    this.notifyNodes.add(id);
  }

  private orderedStates(): NodeState[] {
    this.flushIfDirty();
    const out: NodeState[] = [];
    for (const node of walkTree(this.tree, this.engine.layoutSet.pageOrder)) {
      const state = this.states.get(node.id);
      if (state && !state.skipped) out.push(state);
    }
    return out;
  }

  private statesOf(nodes: readonly LayoutNode[]): NodeState[] {
    return nodes
      .map((node) => this.states.get(node.id))
      .filter((state): state is NodeState => !!state && !state.skipped);
  }
}

/**
 * Where to re-check the schema after a write: the written value's parent, whose keywords (sibling
 * rules, array counts) may change too — except at the top level, where that would be the whole
 * model; there the value itself is checked, and submit re-checks the whole model. A row written
 * into an array whose schema has no keyword over all its items (a row added to a group) is
 * checked alone, so adding a row to ten thousand does not check the other rows again.
 */
function schemaRootFor(
  validator: SchemaValidator,
  segments: readonly (string | number)[],
): readonly (string | number)[] {
  if (segments.length > 1) {
    const parent = segments.slice(0, -1);
    const rowAlone = typeof segments[segments.length - 1] === 'number' && validator.itemsCheckedAlone(parent);
    return validator.rootFor(rowAlone ? segments : parent);
  }
  return validator.rootFor(segments);
}

/**
 * A data type's validators: precompiled ones when the host lists the data type (even a broken
 * entry: it fails closed rather than falling back), else the host's backend or the default.
 */
function schemaSourceOf(dataType: string, options: FormValidatorOptions): SchemaSource {
  const precompiled = options.precompiledValidators;
  if (precompiled && Object.hasOwn(precompiled, dataType)) return precompiled[dataType];
  return options.schemaBackend ?? defaultSchemaBackend;
}

/** Work to run once a part (the schema interpreter, expression validations) is loaded; emptied when its form is disposed. */
interface PendingLoad<T> {
  run?: (part: T) => void;
}

/**
 * A part's loading promise lives as long as the module: its reaction holds only the pending
 * work, never the validator, so a form disposed while a part loads (or a load that never ends)
 * does not keep the form's engine, tree and data on the heap.
 */
function runWhenLoaded<T>(loaded: Promise<T>, pending: PendingLoad<T>): void {
  loaded.then(
    (part) => pending.run?.(part),
    // What waited stays unchecked, which the form already shows; the load is tried again on the next form.
    () => {},
  );
}

/** Validation for a running form; create one per engine and dispose it with the engine. */
export function createFormValidator(engine: FormEngine, options: FormValidatorOptions = {}): FormValidator {
  return new FormValidatorImpl(engine, options);
}
