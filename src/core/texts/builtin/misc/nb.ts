/**
 * Built-in UI texts of PDFPreviewButton, Map and CustomButton, Norwegian Bokmål.
 * Loaded only by forms with one of those types (`../builtinTextsLoader.ts`); see `../nb.ts` for
 * what built-in texts are. `nn.ts` and `en.ts` have the same keys.
 */
export const nb: Record<string, string> = {
  'map_component.no_location': 'Ingen posisjon er valgt.',
  /** {0} = latitude, longitude. */
  'map_component.location': 'Posisjon: {0}',
  'map_component.open_in_map': 'Vis i kart (åpnes i ny fane)',
  'pdf_preview.button': 'Forhåndsvis PDF',
  'pdf_preview.unavailable': 'Forhåndsvisning av PDF er ikke tilgjengelig her.',
  'pdf_preview.failed': 'Vi fikk ikke laget forhåndsvisningen. Prøv igjen.',
  'pdf_preview.opened': 'Forhåndsvisningen er åpnet i en ny fane.',
  /** Any other CustomButton the layout gives no title. */
  'custom_button.untitled': 'Utfør',
};
