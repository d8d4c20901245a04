import type { DataBinding, NormalizedComponent } from './types.ts';

/** Id of the row component generated for a Likert; `-item` cannot clash with `-<n>` row suffixes. */
export function likertItemId(likertId: string): string {
  return `${likertId}-item`;
}

const COPIED_PROPERTIES = [
  'options',
  'optionsId',
  'mapping',
  'queryParameters',
  'secure',
  'source',
  'sortOrder',
  'optionFilter',
  'required',
  'readOnly',
  'showValidations',
  'columns',
  // Not in the Likert schema, but the row is a LikertItem, which has it; apps write it on the Likert.
  'showLabelsInTable',
] as const;

/**
 * The question row a Likert repeats per item of its `questions` array. The Likert's own
 * `questions`/`questionDescriptions`/`questionHelpTexts` texts become the row's title/description/help,
 * and its `answer` binding becomes the row's `simpleBinding` (transposed per row like any child).
 */
export function likertItemFor(likert: NormalizedComponent): NormalizedComponent {
  const item: Record<string, unknown> = { id: likertItemId(likert.id), type: 'LikertItem', layout: 'table' };
  for (const property of COPIED_PROPERTIES) {
    if (likert[property] !== undefined) item[property] = likert[property];
  }
  const texts = likert.textResourceBindings ?? {};
  const itemTexts: Record<string, unknown> = {};
  if (texts.questions !== undefined) itemTexts.title = texts.questions;
  if (texts.questionDescriptions !== undefined) itemTexts.description = texts.questionDescriptions;
  if (texts.questionHelpTexts !== undefined) itemTexts.help = texts.questionHelpTexts;
  item.textResourceBindings = itemTexts;
  const answer: DataBinding | undefined = likert.dataModelBindings?.answer;
  item.dataModelBindings = answer ? { simpleBinding: answer } : {};
  return item as NormalizedComponent;
}
