/**
 * Built-in UI texts of lists and tables (AddToList, List, SimpleTable, MultipleSelect), Norwegian Bokmål.
 * Loaded only by forms with one of those types (`../builtinTextsLoader.ts`); see `../nb.ts` for
 * what built-in texts are. `nn.ts` and `en.ts` have the same keys.
 */
export const nb: Record<string, string> = {
  'multiple_select.filter': 'Søk i alternativene',
  'multiple_select.selected': 'Valgt',
  'multiple_select.none_selected': 'Ingenting er valgt ennå.',
  /** {0} = the option's label. */
  'multiple_select.remove': 'Fjern {0}',
  'multiple_select.no_match': 'Ingen alternativer passer til søket.',
  'list_component.choose': 'Velg',
  'list_component.no_rows': 'Listen er tom.',
  'list_component.rows_per_page': 'Rader per side',
  'list_component.previous_page': 'Forrige side',
  'list_component.next_page': 'Neste side',
  'list_component.pagination_label': 'Sider i listen',
  'add_to_list.rows': 'Rader lagt til: {0}',
  'add_to_list.added': 'Raden er lagt til.',
  'add_to_list.no_fields': 'Datamodellen beskriver ingen felter for en ny rad.',
  'add_to_list.invalid_number': 'Skriv inn et tall.',
  'add_to_list.saved': 'Endringene er lagret.',
  'add_to_list.deleted': 'Raden er slettet.',
  'add_to_list.add_named': 'Legg til {0}',
  'add_to_list.edit_named': 'Endre {0}',
  'add_to_list.row_named': 'rad {0}, {1}',
  'add_to_list.one_per_line': 'Skriv én verdi per linje.',
  'add_to_list.remove_named': 'Fjern {0}',
  'simple_table.no_rows': 'Tabellen er tom.',
  /** {0} = row number. */
  'simple_table.delete_row': 'Slett rad {0}',
  /** {0} = column heading, {1} = row number. */
  'simple_table.edit_cell': '{0}, rad {1}',
  /** A column of several fields: {0} = column heading, {1} = field number in the column, {2} = row number. */
  'simple_table.edit_cell_part': '{0}, del {1}, rad {2}',
  'simple_table.loading': 'Henter tabellen …',
  'simple_table.load_failed': 'Tabellen kunne ikke hentes. Prøv igjen senere.',
};
