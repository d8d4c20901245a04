/**
 * Built-in texts of the designer's playground (src/playground), English. Only the playground
 * loads them. Same rules as `../en.ts`.
 */
export const en: Record<string, string> = {
  // The designer's playground (src/playground)
  'playground.heading': 'Form playground',
  'playground.intro':
    'Change the layout, data model and texts, and watch the form change as you type. What skjema check finds is shown at the line it is about.',
  'playground.start': 'Start from',
  'playground.start.example': 'The example app (event permit)',
  'playground.start.blank': 'A blank app',
  'playground.language': 'Language',
  'playground.viewport': 'Width of the form',
  'playground.viewport.option': '{0} pixels',
  'playground.pages': 'Pages',
  'playground.editor.layout': 'Layout of the page {0}',
  'playground.editor.model': 'Data model (JSON Schema)',
  'playground.editor.texts': 'Texts ({0})',
  'playground.palette': 'Component to add',
  'playground.palette.add': 'Add to the page',
  'playground.palette.part': 'Part from the example library: {0}',
  'playground.download': 'Download the app (.zip)',
  'playground.syntax_error': '{0} is not valid JSON: {1}. The form shows the last valid version.',
  'playground.findings': 'What skjema check finds',
  'playground.findings.none': 'Nothing found.',
  'playground.not_loaded': 'The app cannot be shown: see the findings.',
  'playground.form': 'The form',
  'playground.new_component': 'New component ({0})',
  'playground.blank.title': 'New service',
  'playground.blank.page': 'Page 1',
};
