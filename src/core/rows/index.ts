export { addRow, removeRow } from './rows.ts';
