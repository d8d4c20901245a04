import type { NormalizedPage } from '../layout/types.ts';
import type { Cell } from './cell.ts';
import { announceFollowers, type LayoutNodeImpl } from './layoutNode.ts';
import type { TreeRuntime } from './runtime.ts';
import type { PageNode } from './types.ts';

export class PageNodeImpl implements PageNode {
  readonly children: LayoutNodeImpl[] = [];
  private hiddenCell: Cell<boolean> | undefined;

  constructor(
    private readonly runtime: TreeRuntime,
    private readonly source: NormalizedPage,
  ) {}

  get key(): string {
    return this.source.key;
  }
  get file(): string | undefined {
    return this.source.file;
  }
  get settings(): Readonly<Record<string, unknown>> {
    return this.source.settings;
  }

  isHidden(): boolean {
    this.hiddenCell ??= this.runtime.cell(
      () => this.computeHidden(),
      () => {
        this.runtime.changedNodeIds.add(this.key);
        announceFollowers(this.children, undefined, this.runtime.changedNodeIds);
      },
    );
    return this.hiddenCell.get();
  }

  private computeHidden(): boolean {
    if (!this.runtime.pageOrder.has(this.key)) return true;
    if (this.source.hidden === undefined) return false;
    const origin = { file: this.file, pointer: '/data/hidden' };
    return this.runtime.evaluate(
      this.source.hidden,
      this.runtime.hostContext({ page: this.key }),
      'boolean',
      false,
      origin,
    ).value;
  }

  dispose(): void {
    this.hiddenCell?.dispose();
    for (const child of this.children) child.dispose();
  }
}
