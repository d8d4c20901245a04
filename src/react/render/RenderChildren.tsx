import type { FormNode } from '../../core/form/index.ts';
import { usesColumns } from '../responsiveGrid/gridAttributes.ts';
import { RenderNode } from './RenderNode.tsx';

/**
 * Renders nodes through the registry; containers use it for their children. When one of them is
 * narrower than the full width (Altinn `grid`), they flow in a row of columns that wraps.
 */
export function RenderChildren({ nodes }: { nodes: readonly FormNode[] }) {
  const rendered = nodes.map((node) => <RenderNode key={node.id} node={node} />);
  if (!usesColumns(nodes.map((node) => node.component))) return <>{rendered}</>;
  return <div className="skjema-columns">{rendered}</div>;
}
