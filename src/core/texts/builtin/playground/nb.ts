/**
 * Built-in texts of the designer's playground (src/playground), Norwegian Bokmål. Only the playground
 * loads them. Same rules as `../nb.ts`.
 */
export const nb: Record<string, string> = {
  // The designer's playground (src/playground)
  'playground.heading': 'Lekeplass for skjemaer',
  'playground.intro':
    'Endre layout, datamodell og tekster, og se skjemaet endre seg mens du skriver. Funnene fra skjema check vises ved linjen de gjelder.',
  'playground.start': 'Start fra',
  'playground.start.example': 'Eksempelappen (arrangementstillatelse)',
  'playground.start.blank': 'En tom app',
  'playground.language': 'Språk',
  'playground.viewport': 'Bredde på skjemaet',
  'playground.viewport.option': '{0} piksler',
  'playground.pages': 'Sider',
  'playground.editor.layout': 'Layout for siden {0}',
  'playground.editor.model': 'Datamodell (JSON Schema)',
  'playground.editor.texts': 'Tekster ({0})',
  'playground.palette': 'Komponent å legge til',
  'playground.palette.add': 'Legg til på siden',
  'playground.palette.part': 'Del fra eksempelbiblioteket: {0}',
  'playground.download': 'Last ned appen (.zip)',
  'playground.syntax_error': '{0} er ikke gyldig JSON: {1}. Skjemaet viser siste gyldige versjon.',
  'playground.findings': 'Funn fra skjema check',
  'playground.findings.none': 'Ingen funn.',
  'playground.not_loaded': 'Appen kan ikke vises: se funnene.',
  'playground.form': 'Skjemaet',
  'playground.new_component': 'Ny komponent ({0})',
  'playground.blank.title': 'Ny tjeneste',
  'playground.blank.page': 'Side 1',
};
