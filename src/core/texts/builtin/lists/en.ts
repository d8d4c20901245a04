/**
 * Built-in UI texts of lists and tables (AddToList, List, SimpleTable, MultipleSelect), English.
 * Same keys as `nb.ts`.
 */
export const en: Record<string, string> = {
  'multiple_select.filter': 'Search the options',
  'multiple_select.selected': 'Selected',
  'multiple_select.none_selected': 'Nothing selected yet.',
  'multiple_select.remove': 'Remove {0}',
  'multiple_select.no_match': 'No options match the search.',
  'list_component.choose': 'Select',
  'list_component.no_rows': 'The list is empty.',
  'list_component.rows_per_page': 'Rows per page',
  'list_component.previous_page': 'Previous page',
  'list_component.next_page': 'Next page',
  'list_component.pagination_label': 'List pages',
  'add_to_list.rows': 'Rows added: {0}',
  'add_to_list.added': 'The row was added.',
  'add_to_list.no_fields': 'The data model describes no fields for a new row.',
  'add_to_list.invalid_number': 'Enter a number.',
  'add_to_list.saved': 'The changes were saved.',
  'add_to_list.deleted': 'The row was deleted.',
  'add_to_list.add_named': 'Add {0}',
  'add_to_list.edit_named': 'Edit {0}',
  'add_to_list.row_named': 'row {0}, {1}',
  'add_to_list.one_per_line': 'Write one value per line.',
  'add_to_list.remove_named': 'Remove {0}',
  'simple_table.no_rows': 'The table is empty.',
  'simple_table.delete_row': 'Delete row {0}',
  'simple_table.edit_cell': '{0}, row {1}',
  'simple_table.edit_cell_part': '{0}, part {1}, row {2}',
  'simple_table.loading': 'Loading the table …',
  'simple_table.load_failed': 'The table could not be loaded. Try again later.',
};
