/** The sub-expression a pointer such as `/2/1` names; only array indexes occur inside expressions. */
export function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current = root;
  for (const step of pointer.slice(1).split('/')) {
    if (!Array.isArray(current)) return undefined;
    current = current[Number(step)];
  }
  return current;
}
