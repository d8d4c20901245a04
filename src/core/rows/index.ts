export { addRow, removeRow } from './rows.ts';
export { chooseRow, chosenRows, rowChoiceOf, unchooseRow } from './optionRows.ts';
export type { DeletionStrategy, RowChoice } from './optionRows.ts';
