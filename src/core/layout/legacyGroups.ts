import type { Diagnostic } from '../diagnostics.ts';

type RawComponent = Record<string, unknown>;

export interface LegacyUpgrade {
  /** The page's components as the current format writes them; same length and order as the input. */
  components: unknown[];
  /** One note per upgraded component, by its index on the page. */
  notes: { index: number; componentId: string; message: string }[];
}

/**
 * Apps made before frontend v4 wrote repeating groups as `Group` with `maxCount > 1`, and Likert
 * questions as a `Group` in `edit.mode: "likert"` around a Likert with a `simpleBinding`. Studio's
 * migration rewrites both; an app that was never migrated is read as if it had been, so it
 * renders as it did. Indexes are kept, so pointers into the file stay right.
 */
export function upgradeLegacyGroups(layout: readonly unknown[]): LegacyUpgrade {
  const components = [...layout];
  const notes: LegacyUpgrade['notes'] = [];
  const indexById = new Map<string, number>();
  components.forEach((component, index) => {
    const id = asComponent(component)?.id;
    if (typeof id === 'string' && !indexById.has(id)) indexById.set(id, index);
  });

  components.forEach((raw, index) => {
    const group = asComponent(raw);
    if (!group || typeof group.type !== 'string' || group.type.toLowerCase() !== 'group') return;
    const id = String(group.id);
    const edit = asComponent(group.edit);
    const groupBinding = asComponent(group.dataModelBindings)?.group;
    if (edit?.mode === 'likert' && typeof groupBinding === 'string') {
      const { maxCount: _maxCount, edit: _edit, dataModelBindings: _bindings, ...plainGroup } = group;
      components[index] = plainGroup;
      for (const childId of Array.isArray(group.children) ? group.children : []) {
        const childIndex = typeof childId === 'string' ? indexById.get(childId) : undefined;
        const child = childIndex === undefined ? undefined : asComponent(components[childIndex]);
        if (childIndex === undefined || !child) continue;
        components[childIndex] = likertFromRow(child, groupBinding, edit.filter);
      }
      notes.push({
        index,
        componentId: id,
        message:
          'A Group in edit mode "likert" is the pre-v4 Likert format; read as a Group around a Likert with `questions`/`answer` bindings (Studio\'s migration writes it that way).',
      });
      return;
    }
    // maxCount 1 (or none) was the non-repeating group, which may still carry a group binding.
    if (typeof group.maxCount === 'number' && group.maxCount > 1) {
      components[index] = { ...group, type: 'RepeatingGroup' };
      notes.push({
        index,
        componentId: id,
        message:
          "A Group with maxCount above 1 is the pre-v4 repeating-group format; read as a RepeatingGroup (Studio's migration renames it).",
      });
    }
  });
  return { components, notes };
}

/** The notes of an upgrade as warnings located in the page's file. */
export function legacyNotesAsDiagnostics(upgrade: LegacyUpgrade, file: string | undefined): Diagnostic[] {
  return upgrade.notes.map(({ index, componentId, message }) => ({
    severity: 'warning',
    code: 'legacy-format',
    file,
    pointer: `/data/layout/${index}/type`,
    componentId,
    message,
  }));
}

function likertFromRow(row: RawComponent, questions: string, filter: unknown): RawComponent {
  const bindings = asComponent(row.dataModelBindings);
  const answer = bindings?.simpleBinding;
  if (typeof answer !== 'string' || bindings?.questions !== undefined) return row;
  const { simpleBinding: _simple, ...otherBindings } = bindings ?? {};
  const texts = asComponent(row.textResourceBindings) ?? {};
  const { title, description, help, ...otherTexts } = texts;
  const upgraded: RawComponent = {
    ...row,
    dataModelBindings: { ...otherBindings, questions, answer },
    // The old row's title was the per-question text; the group carries the heading.
    textResourceBindings: {
      ...otherTexts,
      ...(title !== undefined ? { questions: title } : {}),
      ...(description !== undefined ? { questionDescriptions: description } : {}),
      ...(help !== undefined ? { questionHelpTexts: help } : {}),
    },
  };
  if (Array.isArray(filter) && row.filter === undefined) upgraded.filter = filter;
  return upgraded;
}

function asComponent(value: unknown): RawComponent | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RawComponent) : undefined;
}
