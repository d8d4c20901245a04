/**
 * Built-in UI texts of PDFPreviewButton, Map and CustomButton, English.
 * Same keys as `nb.ts`.
 */
export const en: Record<string, string> = {
  'map_component.no_location': 'No location has been selected.',
  'map_component.location': 'Location: {0}',
  'map_component.open_in_map': 'Show on a map (opens in a new tab)',
  'pdf_preview.button': 'Preview PDF',
  'pdf_preview.unavailable': 'A PDF preview is not available here.',
  'pdf_preview.failed': 'We could not make the preview. Please try again.',
  'pdf_preview.opened': 'The preview opened in a new tab.',
  'custom_button.untitled': 'Run',
};
