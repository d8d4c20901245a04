/**
 * Built-in texts of the designer's playground (src/playground), Norwegian Nynorsk. Only the playground
 * loads them. Same rules as `../nn.ts`.
 */
export const nn: Record<string, string> = {
  // The designer's playground (src/playground)
  'playground.heading': 'Leikeplass for skjema',
  'playground.intro':
    'Endra layout, datamodell og tekstar, og sjå skjemaet endra seg medan du skriv. Funna frå skjema check blir viste ved linja dei gjeld.',
  'playground.start': 'Start frå',
  'playground.start.example': 'Eksempelappen (arrangementsløyve)',
  'playground.start.blank': 'Ein tom app',
  'playground.language': 'Språk',
  'playground.viewport': 'Breidd på skjemaet',
  'playground.viewport.option': '{0} pikslar',
  'playground.pages': 'Sider',
  'playground.editor.layout': 'Layout for sida {0}',
  'playground.editor.model': 'Datamodell (JSON Schema)',
  'playground.editor.texts': 'Tekstar ({0})',
  'playground.palette': 'Komponent å leggje til',
  'playground.palette.add': 'Legg til på sida',
  'playground.palette.part': 'Del frå eksempelbiblioteket: {0}',
  'playground.download': 'Last ned appen (.zip)',
  'playground.syntax_error': '{0} er ikkje gyldig JSON: {1}. Skjemaet viser siste gyldige versjon.',
  'playground.findings': 'Funn frå skjema check',
  'playground.findings.none': 'Ingen funn.',
  'playground.not_loaded': 'Appen kan ikkje visast: sjå funna.',
  'playground.form': 'Skjemaet',
  'playground.new_component': 'Ny komponent ({0})',
  'playground.blank.title': 'Ny teneste',
  'playground.blank.page': 'Side 1',
};
