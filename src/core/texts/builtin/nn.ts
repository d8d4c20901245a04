/** Built-in UI texts, Norwegian Nynorsk. Same keys and placeholders as `nb.ts`; see the comment there. */
export const nn: Record<string, string> = {
  // Page navigation
  'navigation.next': 'Neste',
  'navigation.back': 'Tilbake',
  'navigation.back_to_summary': 'Tilbake til oppsummeringa',
  'navigation.form_pages': 'Sider i skjemaet',
  'navigation.page_x_of_y': 'Side {0} av {1}',
  /** {0} = current step number, {1} = number of steps (taskNavigation). */
  'navigation.step_x_of_y': 'Steg {0} av {1}',
  'navigation.completed': 'Fullført',
  'navigation.has_errors': 'Har feil',
  'navigation.not_started': 'Ikkje starta',
  'navigation.information': 'Informasjon',
  // Names of process steps in the task navigation (taskNavigation entries without a name)
  'taskTypes.data': 'Utfylling',
  'taskTypes.confirmation': 'Stadfesting',
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
  'general.loading': 'Lastar …',
  'general.required': 'Påkravd',
  'general.optional': 'Valfri',
  'general.error_message': 'Noko gjekk gale. Prøv igjen seinare.',

  // Form filling
  'form_filler.required_label': 'Obligatoriske felt er merkte med *',
  'form_filler.error_required': 'Du må fylle ut {0}',
  'form_filler.error_report_header': 'Du må rette desse feila før du kan gå vidare',
  'form_filler.error_report_count': 'Skjemaet har {0} feil som må rettast.',
  'form_filler.saving': 'Lagrar …',
  'form_filler.saved': 'Alle endringar er lagra',
  'form_filler.save_failed': 'Endringane er ikkje lagra enno. Vi prøver igjen når du held fram.',
  'form_filler.submit_failed': 'Innsendinga mislukkast. Prøv igjen.',
  'form_filler.submitted_heading': 'Skjemaet er sendt inn',
  'form_filler.submitted_body': 'Takk! Vi har teke imot opplysningane du sende inn.',
  'form_filler.page_title': '{0} – {1}',

  // Presentation and action components
  'general.print_button_text': 'Skriv ut / lagre som PDF',
  'general.action_not_available': 'Denne handlinga er ikkje tilgjengeleg her.',
  'general.empty_value': '–',
  'instantiate.start': 'Start nytt skjema',
  'actions.confirm': 'Stadfest',
  'actions.sign': 'Signer',
  'actions.reject': 'Avvis',
  'receipt.date_sent': 'Dato sendt',
  'receipt.sender': 'Avsendar',
  'receipt.receiver': 'Mottakar',
  'receipt.ref_num': 'Referansenummer',
  'attachment_list.empty': 'Ingen vedlegg',
  'attachment_list.default_title': 'Vedlegg',
  'iframe.title': 'Innebygd innhald',
  'navigation.show_pages': 'Vis alle sidene',
  'link.new_tab': '(blir opna i ny fane)',
  'helptext.button_title': 'Hjelp til {0}',
  'helptext.button': 'Hjelp',

  // Language selector
  'language.selector.label': 'Språk',
  'language.full_name.nb': 'Norsk (bokmål)',
  'language.full_name.nn': 'Norsk (nynorsk)',
  'language.full_name.en': 'Engelsk',

  // Option components
  'dropdown.choose': 'Vel …',
  'dropdown.no_options': 'Ingen alternativ',
  'options.load_failed': 'Vi fekk ikkje henta svaralternativa. Prøv igjen seinare.',

  // Text inputs with maxLength
  'input_components.remaining_characters': 'Du har {0} av {1} teikn att',
  'input_components.exceeded_max_limit': 'Du har gått over maks tal på teikn med {0}',

  // Validation messages
  'validation.generic_field': 'dette feltet',
  'validation.component_check_failed': 'Kontrollen av komponenten {0} feila. Kontakt den som har laga skjemaet.',
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
  'validation_errors.data_conflict':
    'Dette feltet kan ikkje lagrast, fordi dei lagra dataa her har ei anna form enn skjemaet ventar.',
  'validation_errors.schema_unavailable':
    'Skjemaet kan ikkje kontrollerast, så det kan ikkje sendast inn. Kontakt tenesteeigaren (datamodell {0}).',
  'form_filler.file_uploader_validation_error_file_number': 'For å gå vidare må du laste opp minst {0} vedlegg',
  'form_filler.error_min_count_not_reached_subform': 'For å gå vidare må du leggje til fleire oppføringar (minst {0}).',
  'form_filler.error_max_count_reached_subform_local':
    'Du har lagt til det høgaste talet på oppføringar som er tillate ({0}).',
  'form_filler.error_validation_inside_subform': 'Det er feil i desse oppføringane: {0}',
  'form_filler.file_uploader_validation_error_exceeds_max_files': 'Du kan laste opp høgst {0} vedlegg',
  'form_filler.file_uploader_validation_error_mime_type': 'Filtypen er ikkje tillaten',
  'soft_validation.warning_title': 'Merk deg',
  'soft_validation.info_title': 'Lurt å tenkje på',
  'soft_validation.success_title': 'Så flott!',
  // Field names in required messages for bindings other than simpleBinding ({0} of form_filler.error_required)
  'form_filler.address': 'adresse',
  'form_filler.zipCode': 'postnummer',
  'form_filler.postPlace': 'poststad',
  'form_filler.careOf': 'c/o eller anna tilleggsadresse',
  'form_filler.houseNumber': 'bustadnummer',

  // Containers: repeating groups, Likert
  'general.add_new': 'Legg til ny',
  'general.save_and_close': 'Lagre og lukk',
  'general.save_and_next': 'Lagre og opne neste',
  'group.row_number': 'rad {0}',
  'group.editing_row': 'Redigerer rad {0}',
  'group.row_actions': 'Handlingar',
  'group.row_popover_delete_message': 'Er du sikker på at du vil slette denne rada?',
  'group.row_popover_delete_button_confirm': 'Ja, slett rada',
  'group.max_rows_reached': 'Du kan ikkje leggje til fleire enn {0} rader.',
  'group.min_rows_hint': 'Legg til minst {0} rader.',
  'group.pagination_label': 'Sider i tabellen',
  'likert.left_column_default_header_text': 'Spørsmål',

  // Problems in the app's configuration
  'unknown_component.title': 'Ukjend komponenttype «{0}»',
  'unknown_component.description': 'Komponenten {0} i {1} kan ikkje visast.',
  'layout_error.title': 'Skjemaet kan ikkje visast',
  'layout_error.description': 'Det er ein feil i oppsettet av skjemaet. Kontakt den som har laga skjemaet.',
  'component_load_error.title': 'Ein del av skjemaet kunne ikkje lastast',
  'component_load_error.description':
    'Komponenten {0} i {1} kunne ikkje lastast. Sjekk nettsambandet og last inn sida på nytt.',

  // Form components: subforms, summaries (the texts of dates, times, files, addresses, lookups,
  // lists, tables, payments and signing are parts of their own, loaded by the forms that have
  // them: builtinTextsLoader.ts)
  'general.actions': 'Handlingar',
  'form_filler.checkbox_alert': 'Er du sikker på at du vil fjerne «{0}»?',
  'form_filler.alert_confirm': 'Ja, fjern',
  'form_filler.change_alert': 'Er du sikker på at du vil endre frå «{0}»?',
  'form_filler.change_alert_confirm': 'Ja, endre',
  'form_filler.data': 'minst éi rad',
  'subform.entry': 'Oppføring {0}',
  'subform.no_entries': 'Ingen oppføringar er lagde til enno.',
  'subform.edit_entry': 'Endre {0}',
  'subform.delete_entry': 'Slett {0}',
  'subform.edit_unavailable': 'Oppføringa kan ikkje opnast her enno.',
  'subform.entry_has_errors': 'Oppføringa har feil',
  'subform.save_failed': 'Oppføringa kunne ikkje lagrast. Endringane dine er tekne vare på – prøv igjen.',
  /** CustomButton closing a subform entry, when the layout gives it no title. */
  'general.done': 'Ferdig',
  /** Altinn's own keys for these, which layouts name as button titles (`general.next`). */
  'general.next': 'Neste',
  'general.back': 'Tilbake',
  'summary.change': 'Endre',
  'summary.change_field': 'Endre {0}',
  'summary.no_answer': 'Ikkje svart på',
  'summary.row': 'Rad {0}',
  'summary.task_unavailable': 'Oppsummeringa av steget «{0}» er ikkje tilgjengeleg her.',

  // The receipt, which the service's receipt page and InstanceInformation show (the service's other
  // pages have their texts in appShell/)
  'receipt.title': 'Skjemaet er sendt inn',
  'receipt.body': 'Dette er kvitteringa di. Ta vare på referansenummeret.',
  'receipt.attachments': 'Vedlegg og dokument',
  // A new instance started from this submitted one (copyInstanceSettings)
  'receipt.new_copy': 'Lag ein ny kopi',
  'receipt.new_copy_failed': 'Vi kunne ikkje lage ein kopi. Prøv igjen seinare.',
  // Under a field the service filled in for the user, while the value is unchanged
  'prefill.source.DSF': 'Henta frå Folkeregisteret',
  'prefill.source.ER': 'Henta frå Einingsregisteret',
  'prefill.source.UserProfile': 'Henta frå profilen din',
  'prefill.source.prefill': 'Fylt ut på førehand',

  // Files that stop a submission (virus scan)
  'general.wait_for_attachments': 'Vedlegga blir sjekka for virus. Vent til sjekken er ferdig, og send inn igjen.',
  'general.wait_for_attachments_infected': 'Eit vedlegg inneheld virus. Slett det før du sender inn.',
  'submit_blocked.infected': 'Fila {0} inneheld virus. Slett ho før du sender inn.',
  'submit_blocked.scan_pending': 'Fila {0} blir sjekka for virus. Vent til sjekken er ferdig, og send inn igjen.',
};
