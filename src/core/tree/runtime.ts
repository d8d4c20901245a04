import type { DataModelStore } from '../data/store.ts';
import type { Diagnostic } from '../diagnostics.ts';
import {
  evaluateExpression,
  type ExpectedType,
  type ExpectedTypeMap,
  type ExpressionContext,
  type ExpressionFormat,
  type ValueArguments,
} from '../expressions/index.ts';
import { getAtPath } from '../data/path.ts';
import { pathSegments } from './pathSegments.ts';
import { ExpressionRuntimeError } from '../expressions/errors.ts';
import type { ComponentTypes } from '../components/registry.ts';
import type { NormalizedLayouts } from '../layout/types.ts';
import { Cell, CellGraph } from './cell.ts';
import { DataIndex } from './dataIndex.ts';
import { createHostContext } from './hostContext.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import type { PageNodeImpl } from './pageNode.ts';
import type { FormEnvironment } from './types.ts';

/** A row location in a data model: the path of the row object (`Group[1].Inner[0]`). */
export interface DataLocation {
  readonly dataType: string;
  readonly path: string;
}

/** Where an expression runs, as the host context needs it. */
export interface Site {
  readonly page: string;
  readonly node?: LayoutNodeImpl;
  /** The innermost row the expression runs in, if any. */
  readonly location?: DataLocation;
  readonly positionalArguments?: readonly unknown[];
  readonly valueArguments?: ValueArguments;
}

/** Where an expression is written, for diagnostics. */
export interface Origin {
  readonly file?: string;
  readonly pointer: string;
  readonly componentId?: string;
}

/** State shared by every node of one tree. */
export class TreeRuntime {
  readonly graph = new CellGraph(new DataIndex(), (dataType, path) => this.peek(dataType, path));
  /** Row containers listen here, apart from cells, so rows are reconciled before values recompute. */
  readonly rowsIndex = new DataIndex();
  readonly nodes = new Map<string, LayoutNodeImpl>();
  readonly pages = new Map<string, PageNodeImpl>();
  readonly diagnostics: Diagnostic[] = [];
  readonly changedNodeIds = new Set<string>();
  evaluationCount = 0;
  rowExpansionCount = 0;
  rowVisitCount = 0;
  cellCount = 0;
  private readonly reported = new Set<string>();

  constructor(
    readonly layouts: NormalizedLayouts,
    readonly stores: Readonly<Record<string, DataModelStore>>,
    readonly defaultDataType: string,
    readonly pageOrder: ReadonlySet<string>,
    readonly environment: FormEnvironment,
    readonly componentTypes: ComponentTypes,
    readonly format: ExpressionFormat,
  ) {}

  /** The binding key of a repeating type's row array (`group`, a Likert's `questions`). */
  rowsBindingKey(type: string): string {
    return this.componentTypes.get(type)?.bindings?.rows ?? 'group';
  }

  store(dataType: string): DataModelStore {
    const store = this.stores[dataType];
    if (!store) throw new ExpressionRuntimeError(`Data model with type ${dataType} not found`);
    return store;
  }

  /** Reads a data path and records it as a dependency of the running cell. */
  readData(dataType: string, path: string): unknown {
    const value = getAtPath(this.store(dataType).snapshot(), pathSegments(path));
    this.graph.trackData(dataType, path, value);
    return value;
  }

  /** Reads without tracking; undefined for unknown data types. */
  peek(dataType: string, path: string): unknown {
    const store = this.stores[dataType];
    return store ? getAtPath(store.snapshot(), pathSegments(path)) : undefined;
  }

  cell<T>(compute: () => T, onChange?: () => void): Cell<T> {
    this.cellCount++;
    return new Cell(this.graph, compute, onChange);
  }

  evaluate<T extends ExpectedType, D>(
    expression: unknown,
    context: ExpressionContext,
    expected: T,
    defaultValue: D,
    origin?: Origin | (() => Origin),
  ): { value: ExpectedTypeMap[T] | D; error?: string } {
    this.evaluationCount++;
    const result = evaluateExpression(expression, context, { expected, defaultValue });
    if (!result.error) return { value: result.value };
    if (origin) {
      const { file, pointer, componentId } = typeof origin === 'function' ? origin() : origin;
      this.report({
        severity: 'error',
        code: `expression-${result.error.kind}`,
        message: result.error.message,
        file,
        pointer: pointer + result.error.pointer,
        componentId,
      });
    }
    return { value: result.value, error: result.error.message };
  }

  hostContext(site: Site): ExpressionContext {
    return createHostContext(this, site);
  }

  report(diagnostic: Diagnostic): void {
    const key = `${diagnostic.file}#${diagnostic.pointer}#${diagnostic.componentId}#${diagnostic.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(diagnostic);
  }

  fileOf(page: string): string | undefined {
    return this.pages.get(page)?.file;
  }
}
