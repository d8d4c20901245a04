/**
 * Built-in UI texts of PDFPreviewButton, Map and CustomButton, Norwegian Nynorsk.
 * Same keys as `nb.ts`.
 */
export const nn: Record<string, string> = {
  'map_component.no_location': 'Ingen posisjon er vald.',
  'map_component.location': 'Posisjon: {0}',
  'map_component.open_in_map': 'Vis i kart (opnast i ny fane)',
  'pdf_preview.button': 'Førehandsvis PDF',
  'pdf_preview.unavailable': 'Førehandsvising av PDF er ikkje tilgjengeleg her.',
  'pdf_preview.failed': 'Vi fekk ikkje laga førehandsvisinga. Prøv igjen.',
  'pdf_preview.opened': 'Førehandsvisinga er opna i ei ny fane.',
  'custom_button.untitled': 'Utfør',
};
