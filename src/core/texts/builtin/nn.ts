/** Built-in UI texts, Norwegian Nynorsk. Same keys and placeholders as `nb.ts`; see the comment there. */
export const nn: Record<string, string> = {
  // Page navigation
  'navigation.next': 'Neste',
  'navigation.back': 'Tilbake',
  'navigation.back_to_summary': 'Tilbake til oppsummeringa',
  'navigation.form_pages': 'Sider i skjemaet',
  'navigation.page_x_of_y': 'Side {0} av {1}',

  // General actions and states
  'general.submit': 'Send inn',
  'general.save': 'Lagre',
  'general.cancel': 'Avbryt',
  'general.close': 'Lukk',
  'general.edit': 'Endre',
  'general.delete': 'Slett',
  'general.add': 'Legg til',
  'general.yes': 'Ja',
  'general.no': 'Nei',
  'general.loading': 'Lastar …',
  'general.required': 'Påkravd',
  'general.optional': 'Valfri',
  'general.error_message': 'Noko gjekk gale. Prøv igjen seinare.',

  // Form filling
  'form_filler.required_label': 'Obligatoriske felt er merkte med *',
  'form_filler.error_required': 'Du må fylle ut {0}',
  'form_filler.error_report_header': 'Du må rette desse feila før du kan gå vidare',
  'form_filler.saving': 'Lagrar …',
  'form_filler.saved': 'Alle endringar er lagra',
  'form_filler.submit_failed': 'Innsendinga mislukkast. Prøv igjen.',
  'form_filler.submitted_heading': 'Skjemaet er sendt inn',
  'form_filler.submitted_body': 'Takk! Vi har teke imot opplysningane du sende inn.',
  'form_filler.page_title': '{0} – {1}',

  // Language selector
  'language.selector.label': 'Språk',
  'language.full_name.nb': 'Norsk (bokmål)',
  'language.full_name.nn': 'Norsk (nynorsk)',
  'language.full_name.en': 'Engelsk',

  // Option components
  'dropdown.choose': 'Vel …',
  'dropdown.no_options': 'Ingen alternativ',

  // Text inputs with maxLength
  'input_components.remaining_characters': 'Du har {0} av {1} teikn att',
  'input_components.exceeded_max_limit': 'Du har gått over maks tal på teikn med {0}',

  // Validation messages
  'validation.generic_field': 'dette feltet',
  'validation_errors.required': 'Feltet er påkravd',
  'validation_errors.pattern': 'Feil format eller verdi',
  'validation_errors.min': 'Minste tillatne verdi er {0}',
  'validation_errors.max': 'Største tillatne verdi er {0}',
  'validation_errors.minLength': 'Bruk minst {0} teikn',
  'validation_errors.maxLength': 'Bruk høgst {0} teikn',
  // Validation engine (src/core/validation): schema keywords, component rules, soft-validation titles
  'validation_errors.enum': 'Berre desse verdiane er tillatne: {0}',
  'validation_errors.minItems': 'Du må leggje til minst {0}',
  'validation_errors.maxItems': 'Du kan leggje til høgst {0}',
  'validation_errors.formatMinimum': 'Tidlegaste tillatne verdi er {0}',
  'validation_errors.formatMaximum': 'Seinaste tillatne verdi er {0}',
  'validation_errors.multipleOf': 'Verdien må vere eit multiplum av {0}',
  'date_picker.invalid_date_message': 'Ugyldig dato. Skriv datoen som dd.mm.åååå.',
  'date_picker.min_date_exeeded': 'Datoen er før tidlegaste tillatne dato',
  'date_picker.max_date_exeeded': 'Datoen er etter seinaste tillatne dato',
  'form_filler.file_uploader_validation_error_file_number': 'For å gå vidare må du laste opp minst {0} vedlegg',
  'form_filler.file_uploader_validation_error_exceeds_max_files': 'Du kan laste opp høgst {0} vedlegg',
  'form_filler.file_uploader_validation_error_mime_type': 'Filtypen er ikkje tillaten',
  'soft_validation.warning_title': 'Merk deg',
  'soft_validation.info_title': 'Lurt å tenkje på',
  'soft_validation.success_title': 'Så flott!',

  // Problems in the app's configuration
  'unknown_component.title': 'Ukjend komponenttype «{0}»',
  'unknown_component.description': 'Komponenten {0} i {1} kan ikkje visast.',
  'layout_error.title': 'Skjemaet kan ikkje visast',
  'layout_error.description': 'Det er ein feil i oppsettet av skjemaet. Kontakt den som har laga skjemaet.',
};
