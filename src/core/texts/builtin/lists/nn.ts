/**
 * Built-in UI texts of lists and tables (AddToList, List, SimpleTable, MultipleSelect), Norwegian Nynorsk.
 * Same keys as `nb.ts`.
 */
export const nn: Record<string, string> = {
  'multiple_select.filter': 'Søk i alternativa',
  'multiple_select.selected': 'Valt',
  'multiple_select.none_selected': 'Ingenting er valt enno.',
  'multiple_select.remove': 'Fjern {0}',
  'multiple_select.no_match': 'Ingen alternativ passar til søket.',
  'list_component.choose': 'Vel',
  'list_component.no_rows': 'Lista er tom.',
  'list_component.rows_per_page': 'Rader per side',
  'list_component.previous_page': 'Førre side',
  'list_component.next_page': 'Neste side',
  'list_component.pagination_label': 'Sider i lista',
  'add_to_list.rows': 'Rader lagde til: {0}',
  'add_to_list.added': 'Rada er lagd til.',
  'add_to_list.no_fields': 'Datamodellen skildrar ingen felt for ei ny rad.',
  'add_to_list.invalid_number': 'Skriv inn eit tal.',
  'add_to_list.saved': 'Endringane er lagra.',
  'add_to_list.deleted': 'Rada er sletta.',
  'add_to_list.add_named': 'Legg til {0}',
  'add_to_list.edit_named': 'Endre {0}',
  'add_to_list.row_named': 'rad {0}, {1}',
  'add_to_list.one_per_line': 'Skriv éin verdi per linje.',
  'add_to_list.remove_named': 'Fjern {0}',
  'simple_table.no_rows': 'Tabellen er tom.',
  'simple_table.delete_row': 'Slett rad {0}',
  'simple_table.edit_cell': '{0}, rad {1}',
  'simple_table.edit_cell_part': '{0}, del {1}, rad {2}',
  'simple_table.loading': 'Hentar tabellen …',
  'simple_table.load_failed': 'Tabellen kunne ikkje hentast. Prøv igjen seinare.',
};
