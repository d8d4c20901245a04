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
  /** {0} = current step number, {1} = number of steps (taskNavigation). */
  'navigation.step_x_of_y': 'Steg {0} av {1}',
  'navigation.completed': 'Fullført',
  'navigation.has_errors': 'Har feil',
  'navigation.not_started': 'Ikke startet',
  'navigation.information': 'Informasjon',
  // Names of process steps in the task navigation (taskNavigation entries without a name)
  'taskTypes.data': 'Utfylling',
  'taskTypes.confirmation': 'Bekreftelse',
  'taskTypes.signing': 'Signering',
  'taskTypes.payment': 'Betaling',
  'taskTypes.feedback': 'Behandling',
  'taskTypes.receipt': 'Kvittering',

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
  'form_filler.error_report_count': 'Skjemaet har {0} feil som må rettes.',
  'form_filler.saving': 'Lagrer …',
  'form_filler.saved': 'Alle endringer er lagret',
  /** Shown when autosave failed; the next change, page change or submit tries again. */
  'form_filler.save_failed': 'Endringene er ikke lagret ennå. Vi prøver igjen når du fortsetter.',
  'form_filler.submit_failed': 'Innsendingen mislyktes. Prøv igjen.',
  'form_filler.submitted_heading': 'Skjemaet er sendt inn',
  'form_filler.submitted_body': 'Takk! Vi har mottatt opplysningene du sendte inn.',
  /** Document title: {0} = page title, {1} = app name. */
  'form_filler.page_title': '{0} – {1}',

  // Presentation and action components
  'general.print_button_text': 'Skriv ut / lagre som PDF',
  'general.action_not_available': 'Denne handlingen er ikke tilgjengelig her.',
  'general.empty_value': '–',
  'instantiate.start': 'Start nytt skjema',
  'actions.confirm': 'Bekreft',
  'actions.sign': 'Signer',
  'actions.reject': 'Avvis',
  'receipt.date_sent': 'Dato sendt',
  'receipt.sender': 'Avsender',
  'receipt.receiver': 'Mottaker',
  'receipt.ref_num': 'Referansenummer',
  'attachment_list.empty': 'Ingen vedlegg',
  'attachment_list.default_title': 'Vedlegg',
  'iframe.title': 'Innebygd innhold',
  'navigation.show_pages': 'Vis alle sider',
  'link.new_tab': '(åpnes i ny fane)',
  /** {0} = what the help is about (the component's title). */
  'helptext.button_title': 'Hjelp til {0}',
  /** The help button of a component without a title. */
  'helptext.button': 'Hjelp',

  // Language selector
  'language.selector.label': 'Språk',
  'language.full_name.nb': 'Norsk (bokmål)',
  'language.full_name.nn': 'Norsk (nynorsk)',
  'language.full_name.en': 'Engelsk',

  // Option components
  'dropdown.choose': 'Velg …',
  'dropdown.no_options': 'Ingen alternativer',
  /** Shown in place of the options when the component's code list (optionsId) could not be fetched. */
  'options.load_failed': 'Vi fikk ikke hentet svaralternativene. Prøv igjen senere.',

  // Text inputs with maxLength
  /** {0} = characters left, {1} = maximum. */
  'input_components.remaining_characters': 'Du har {0} av {1} tegn igjen',
  /** {0} = number of characters over the limit. */
  'input_components.exceeded_max_limit': 'Du har overskredet maks antall tegn med {0}',

  // Validation messages ({0} = the limit from the data model schema)
  'validation.generic_field': 'dette feltet',
  /** A component's own validator (registered by the host) threw; {0} = the component id. */
  'validation.component_check_failed': 'Kontrollen av komponenten {0} feilet. Kontakt den som har laget skjemaet.',
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
  'validation_errors.data_conflict':
    'Dette feltet kan ikke lagres, fordi de lagrede dataene her har en annen form enn skjemaet venter.',
  'validation_errors.schema_unavailable':
    'Skjemaet kan ikke kontrolleres, så det kan ikke sendes inn. Kontakt tjenesteeieren (datamodell {0}).',
  'form_filler.file_uploader_validation_error_file_number': 'For å gå videre må du laste opp minst {0} vedlegg',
  'form_filler.error_min_count_not_reached_subform': 'For å gå videre må du legge til flere oppføringer (minst {0}).',
  'form_filler.error_max_count_reached_subform_local':
    'Du har lagt til det høyeste antallet oppføringer som er tillatt ({0}).',
  'form_filler.error_validation_inside_subform': 'Det er feil i disse oppføringene: {0}',
  'form_filler.file_uploader_validation_error_exceeds_max_files': 'Du kan laste opp høyst {0} vedlegg',
  'form_filler.file_uploader_validation_error_mime_type': 'Filtypen er ikke tillatt',
  'soft_validation.warning_title': 'Merk deg',
  'soft_validation.info_title': 'Lurt å tenke på',
  'soft_validation.success_title': 'Så flott!',
  // Field names in required messages for bindings other than simpleBinding ({0} of form_filler.error_required)
  'form_filler.address': 'adresse',
  'form_filler.zipCode': 'postnummer',
  'form_filler.postPlace': 'poststed',
  'form_filler.careOf': 'c/o eller annen tilleggsadresse',
  'form_filler.houseNumber': 'bolignummer',

  // Containers: repeating groups, Likert
  'general.add_new': 'Legg til ny',
  'general.save_and_close': 'Lagre og lukk',
  'general.save_and_next': 'Lagre og åpne neste',
  /** Names a row in button labels, after the visible text ("Endre rad 2"); {0} = row number. */
  'group.row_number': 'rad {0}',
  /** {0} = row number. */
  'group.editing_row': 'Redigerer rad {0}',
  'group.row_actions': 'Handlinger',
  'group.row_popover_delete_message': 'Er du sikker på at du vil slette denne raden?',
  'group.row_popover_delete_button_confirm': 'Ja, slett raden',
  /** {0} = maxCount. */
  'group.max_rows_reached': 'Du kan ikke legge til flere enn {0} rader.',
  /** {0} = minCount. */
  'group.min_rows_hint': 'Legg til minst {0} rader.',
  'group.pagination_label': 'Sider i tabellen',
  'likert.left_column_default_header_text': 'Spørsmål',

  // Problems in the app's configuration, shown in place of what cannot be rendered
  /** {0} = the component type as written in the layout. */
  'unknown_component.title': 'Ukjent komponenttype «{0}»',
  /** {0} = component id, {1} = page (layout file) name. */
  'unknown_component.description': 'Komponenten {0} i {1} kan ikke vises.',
  'layout_error.title': 'Skjemaet kan ikke vises',
  'layout_error.description': 'Det er en feil i oppsettet av skjemaet. Kontakt den som har laget skjemaet.',
  'component_load_error.title': 'En del av skjemaet kunne ikke lastes',
  'component_load_error.description':
    'Komponenten {0} i {1} kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt.',

  // Form components: subforms, summaries (the texts of dates, times, files, addresses, lookups,
  // lists, tables, payments and signing are parts of their own, loaded by the forms that have
  // them: builtinTextsLoader.ts)
  'general.actions': 'Handlinger',
  /** Asked before unchecking when Checkboxes has `alertOnChange`; {0} = the option's label. */
  'form_filler.checkbox_alert': 'Er du sikker på at du vil fjerne «{0}»?',
  'form_filler.alert_confirm': 'Ja, fjern',
  /** RadioButtons and Dropdown `alertOnChange`; {0} = the label of the earlier choice. */
  'form_filler.change_alert': 'Er du sikker på at du vil endre fra «{0}»?',
  'form_filler.change_alert_confirm': 'Ja, endre',
  'form_filler.data': 'minst én rad',
  /** {0} = entry number, when the entry has no display name. */
  'subform.entry': 'Oppføring {0}',
  'subform.no_entries': 'Ingen oppføringer er lagt til ennå.',
  /** {0} = the entry's display name. */
  'subform.edit_entry': 'Endre {0}',
  /** {0} = the entry's display name. */
  'subform.delete_entry': 'Slett {0}',
  'subform.edit_unavailable': 'Oppføringen kan ikke åpnes her ennå.',
  'subform.entry_has_errors': 'Oppføringen har feil',
  'subform.save_failed': 'Oppføringen kunne ikke lagres. Endringene dine er beholdt – prøv igjen.',
  /** CustomButton closing a subform entry, when the layout gives it no title. */
  'general.done': 'Ferdig',
  /** Altinn's own keys for these, which layouts name as button titles (`general.next`). */
  'general.next': 'Neste',
  'general.back': 'Tilbake',
  'summary.change': 'Endre',
  /** {0} = the field's title. */
  'summary.change_field': 'Endre {0}',
  'summary.no_answer': 'Ikke besvart',
  /** {0} = row number. */
  'summary.row': 'Rad {0}',
  /** {0} = the process task id. */
  'summary.task_unavailable': 'Oppsummeringen av steget «{0}» er ikke tilgjengelig her.',

  // The receipt, which the service's receipt page and InstanceInformation show (the service's other
  // pages have their texts in appShell/)
  'receipt.title': 'Skjemaet er sendt inn',
  'receipt.body': 'Dette er kvitteringen din. Ta vare på referansenummeret.',
  'receipt.attachments': 'Vedlegg og dokumenter',
  // A new instance started from this submitted one (copyInstanceSettings)
  'receipt.new_copy': 'Lag en ny kopi',
  'receipt.new_copy_failed': 'Vi kunne ikke lage en kopi. Prøv igjen senere.',
  // Under a field the service filled in for the user, while the value is unchanged
  'prefill.source.DSF': 'Hentet fra Folkeregisteret',
  'prefill.source.ER': 'Hentet fra Enhetsregisteret',
  'prefill.source.UserProfile': 'Hentet fra profilen din',
  'prefill.source.prefill': 'Fylt ut på forhånd',

  // Files that stop a submission (virus scan)
  'general.wait_for_attachments': 'Vedleggene sjekkes for virus. Vent til sjekken er ferdig, og send inn igjen.',
  'general.wait_for_attachments_infected': 'Et vedlegg inneholder virus. Slett det før du sender inn.',
  'submit_blocked.infected': 'Filen {0} inneholder virus. Slett den før du sender inn.',
  'submit_blocked.scan_pending': 'Filen {0} blir sjekket for virus. Vent til sjekken er ferdig, og send inn igjen.',
};
