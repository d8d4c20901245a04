/**
 * Built-in UI texts, Norwegian Bokmål.
 *
 * These are the texts skjema itself puts on screen — navigation buttons, the required-field marker,
 * validation messages, error panels — as opposed to the texts an app brings in its
 * `config/texts/resource.<lang>.json`. They are built in so that any app renders a complete,
 * understandable UI without defining them. The keys follow Altinn's naming, so an app overrides any of
 * them simply by defining a text resource with the same id (app texts are looked up first).
 *
 * `{0}`, `{1}` are positional placeholders (Altinn style). `nn.ts` and `en.ts` must have exactly the
 * same keys and the same placeholders per key (enforced by tests/core/texts/builtin.test.ts).
 */
export const nb: Record<string, string> = {
  // Page navigation
  'navigation.next': 'Neste',
  'navigation.back': 'Tilbake',
  'navigation.back_to_summary': 'Tilbake til oppsummeringen',
  'navigation.form_pages': 'Sider i skjemaet',
  /** {0} = current page number, {1} = number of pages. */
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
  'general.loading': 'Laster …',
  'general.required': 'Påkrevd',
  'general.optional': 'Valgfri',
  'general.error_message': 'Noe gikk galt. Prøv igjen senere.',

  // Form filling
  'form_filler.required_label': 'Obligatoriske felter er merket med *',
  /** {0} = the field's label, or `validation.generic_field` when it has none. */
  'form_filler.error_required': 'Du må fylle ut {0}',
  'form_filler.error_report_header': 'Du må rette disse feilene før du kan gå videre',
  'form_filler.saving': 'Lagrer …',
  'form_filler.saved': 'Alle endringer er lagret',
  'form_filler.submit_failed': 'Innsendingen mislyktes. Prøv igjen.',
  'form_filler.submitted_heading': 'Skjemaet er sendt inn',
  'form_filler.submitted_body': 'Takk! Vi har mottatt opplysningene du sendte inn.',
  /** Document title: {0} = page title, {1} = app name. */
  'form_filler.page_title': '{0} – {1}',

  // Language selector
  'language.selector.label': 'Språk',
  'language.full_name.nb': 'Norsk (bokmål)',
  'language.full_name.nn': 'Norsk (nynorsk)',
  'language.full_name.en': 'Engelsk',

  // Option components
  'dropdown.choose': 'Velg …',
  'dropdown.no_options': 'Ingen alternativer',

  // Text inputs with maxLength
  /** {0} = characters left, {1} = maximum. */
  'input_components.remaining_characters': 'Du har {0} av {1} tegn igjen',
  /** {0} = number of characters over the limit. */
  'input_components.exceeded_max_limit': 'Du har overskredet maks antall tegn med {0}',

  // Validation messages ({0} = the limit from the data model schema)
  'validation.generic_field': 'dette feltet',
  'validation_errors.required': 'Feltet er påkrevd',
  'validation_errors.pattern': 'Feil format eller verdi',
  'validation_errors.min': 'Minste tillatte verdi er {0}',
  'validation_errors.max': 'Største tillatte verdi er {0}',
  'validation_errors.minLength': 'Bruk minst {0} tegn',
  'validation_errors.maxLength': 'Bruk høyst {0} tegn',
  // Validation engine (src/core/validation): schema keywords, component rules, soft-validation titles
  'validation_errors.enum': 'Bare disse verdiene er tillatt: {0}',
  'validation_errors.minItems': 'Du må legge til minst {0}',
  'validation_errors.maxItems': 'Du kan legge til høyst {0}',
  'validation_errors.formatMinimum': 'Tidligste tillatte verdi er {0}',
  'validation_errors.formatMaximum': 'Seneste tillatte verdi er {0}',
  'validation_errors.multipleOf': 'Verdien må være et multiplum av {0}',
  'date_picker.invalid_date_message': 'Ugyldig dato. Skriv datoen som dd.mm.åååå.',
  'date_picker.min_date_exeeded': 'Datoen er før tidligste tillatte dato',
  'date_picker.max_date_exeeded': 'Datoen er etter seneste tillatte dato',
  'form_filler.file_uploader_validation_error_file_number': 'For å gå videre må du laste opp minst {0} vedlegg',
  'form_filler.file_uploader_validation_error_exceeds_max_files': 'Du kan laste opp høyst {0} vedlegg',
  'form_filler.file_uploader_validation_error_mime_type': 'Filtypen er ikke tillatt',
  'soft_validation.warning_title': 'Merk deg',
  'soft_validation.info_title': 'Lurt å tenke på',
  'soft_validation.success_title': 'Så flott!',

  // Problems in the app's configuration, shown in place of what cannot be rendered
  /** {0} = the component type as written in the layout. */
  'unknown_component.title': 'Ukjent komponenttype «{0}»',
  /** {0} = component id, {1} = page (layout file) name. */
  'unknown_component.description': 'Komponenten {0} i {1} kan ikke vises.',
  'layout_error.title': 'Skjemaet kan ikke vises',
  'layout_error.description': 'Det er en feil i oppsettet av skjemaet. Kontakt den som har laget skjemaet.',
};
