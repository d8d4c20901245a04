/** Built-in UI texts, English. Same keys and placeholders as `nb.ts`; see the comment there. */
export const en: Record<string, string> = {
  // Page navigation
  'navigation.next': 'Next',
  'navigation.back': 'Back',
  'navigation.back_to_summary': 'Back to summary',
  'navigation.form_pages': 'Form pages',
  'navigation.page_x_of_y': 'Page {0} of {1}',
  /** {0} = current step number, {1} = number of steps (taskNavigation). */
  'navigation.step_x_of_y': 'Step {0} of {1}',
  'navigation.completed': 'Completed',
  'navigation.has_errors': 'Has errors',
  'navigation.not_started': 'Not started',
  'navigation.information': 'Information',
  // Names of process steps in the task navigation (taskNavigation entries without a name)
  'taskTypes.data': 'Filling in',
  'taskTypes.confirmation': 'Confirmation',
  'taskTypes.signing': 'Signing',
  'taskTypes.payment': 'Payment',
  'taskTypes.feedback': 'Processing',
  'taskTypes.receipt': 'Receipt',

  // General actions and states
  'general.submit': 'Submit',
  'general.save': 'Save',
  'general.cancel': 'Cancel',
  'general.close': 'Close',
  'general.edit': 'Edit',
  'general.delete': 'Delete',
  'general.add': 'Add',
  'general.yes': 'Yes',
  'general.no': 'No',
  'general.loading': 'Loading…',
  'general.required': 'Required',
  'general.optional': 'Optional',
  'general.error_message': 'Something went wrong. Please try again later.',

  // Form filling
  'form_filler.required_label': 'Required fields are marked with *',
  'form_filler.error_required': 'You must fill in {0}',
  'form_filler.error_report_header': 'You must correct these errors before you can continue',
  'form_filler.error_report_count': 'The form has {0} errors that must be corrected.',
  'form_filler.saving': 'Saving…',
  'form_filler.saved': 'All changes saved',
  'form_filler.save_failed': 'Your changes are not saved yet. We will try again as you continue.',
  'form_filler.submit_failed': 'The submission failed. Please try again.',
  'form_filler.submitted_heading': 'The form has been submitted',
  'form_filler.submitted_body': 'Thank you! We have received the information you submitted.',
  'form_filler.page_title': '{0} – {1}',

  // Presentation and action components
  'general.print_button_text': 'Print / save as PDF',
  'general.action_not_available': 'This action is not available here.',
  'general.empty_value': '–',
  'instantiate.start': 'Start a new form',
  'actions.confirm': 'Confirm',
  'actions.sign': 'Sign',
  'actions.reject': 'Reject',
  'receipt.date_sent': 'Date sent',
  'receipt.sender': 'Sender',
  'receipt.receiver': 'Receiver',
  'receipt.ref_num': 'Reference number',
  'attachment_list.empty': 'No attachments',
  'attachment_list.default_title': 'Attachments',
  'iframe.title': 'Embedded content',
  'navigation.show_pages': 'Show all pages',
  'link.new_tab': '(opens in a new tab)',
  'helptext.button_title': 'Help with {0}',
  'helptext.button': 'Help',

  // Language selector
  'language.selector.label': 'Language',
  'language.full_name.nb': 'Norwegian (Bokmål)',
  'language.full_name.nn': 'Norwegian (Nynorsk)',
  'language.full_name.en': 'English',

  // Option components
  'dropdown.choose': 'Choose…',
  'dropdown.no_options': 'No options',
  'options.load_failed': 'We could not fetch the answer options. Please try again later.',

  // Text inputs with maxLength
  'input_components.remaining_characters': 'You have {0} of {1} characters left',
  'input_components.exceeded_max_limit': 'You have exceeded the maximum number of characters by {0}',

  // Validation messages
  'validation.generic_field': 'this field',
  'validation.component_check_failed': 'The check of component {0} failed. Contact whoever made the form.',
  'validation_errors.required': 'This field is required',
  'validation_errors.pattern': 'Invalid format or value',
  'validation_errors.min': 'The smallest allowed value is {0}',
  'validation_errors.max': 'The largest allowed value is {0}',
  'validation_errors.minLength': 'Use at least {0} characters',
  'validation_errors.maxLength': 'Use at most {0} characters',
  // Validation engine (src/core/validation): schema keywords, component rules, soft-validation titles
  'validation_errors.enum': 'Only these values are allowed: {0}',
  'validation_errors.minItems': 'You must add at least {0}',
  'validation_errors.maxItems': 'You can add at most {0}',
  'validation_errors.formatMinimum': 'The earliest allowed value is {0}',
  'validation_errors.formatMaximum': 'The latest allowed value is {0}',
  'validation_errors.multipleOf': 'The value must be a multiple of {0}',
  'validation_errors.data_conflict':
    'This field cannot be saved, because the data stored here has another shape than the form expects.',
  'validation_errors.schema_unavailable':
    'The form cannot be checked, so it cannot be submitted. Contact the service owner (data model {0}).',
  'form_filler.file_uploader_validation_error_file_number': 'To continue, you must upload at least {0} attachments',
  'form_filler.error_min_count_not_reached_subform': 'To continue, you must add more entries (at least {0}).',
  'form_filler.error_max_count_reached_subform_local': 'You have added the highest number of entries allowed ({0}).',
  'form_filler.error_validation_inside_subform': 'These entries have errors: {0}',
  'form_filler.file_uploader_validation_error_exceeds_max_files': 'You can upload at most {0} attachments',
  'form_filler.file_uploader_validation_error_mime_type': 'The file type is not allowed',
  'soft_validation.warning_title': 'Note',
  'soft_validation.info_title': 'Worth considering',
  'soft_validation.success_title': 'Well done!',
  // Field names in required messages for bindings other than simpleBinding ({0} of form_filler.error_required)
  'form_filler.address': 'address',
  'form_filler.zipCode': 'zip code',
  'form_filler.postPlace': 'post place',
  'form_filler.careOf': 'c/o or other additional address',
  'form_filler.houseNumber': 'house number',

  // Containers: repeating groups, Likert
  'general.add_new': 'Add new',
  'general.save_and_close': 'Save and close',
  'general.save_and_next': 'Save and open next',
  'group.row_number': 'row {0}',
  'group.editing_row': 'Editing row {0}',
  'group.row_actions': 'Actions',
  'group.row_popover_delete_message': 'Are you sure you want to delete this row?',
  'group.row_popover_delete_button_confirm': 'Yes, delete the row',
  'group.max_rows_reached': 'You cannot add more than {0} rows.',
  'group.min_rows_hint': 'Add at least {0} rows.',
  'group.pagination_label': 'Table pages',
  'likert.left_column_default_header_text': 'Question',

  // Problems in the app's configuration
  'unknown_component.title': 'Unknown component type “{0}”',
  'unknown_component.description': 'The component {0} in {1} cannot be displayed.',
  'layout_error.title': 'The form cannot be displayed',
  'layout_error.description': 'There is an error in how the form is set up. Please contact the owner of the form.',
  'component_load_error.title': 'Part of the form could not be loaded',
  'component_load_error.description':
    'The component {0} in {1} could not be loaded. Check your connection and reload the page.',

  // Form components: subforms, summaries (the texts of dates, times, files, addresses, lookups,
  // lists, tables, payments and signing are parts of their own, loaded by the forms that have
  // them: builtinTextsLoader.ts)
  'general.actions': 'Actions',
  'form_filler.checkbox_alert': 'Are you sure you want to remove “{0}”?',
  'form_filler.alert_confirm': 'Yes, remove',
  'form_filler.change_alert': 'Are you sure you want to change from “{0}”?',
  'form_filler.change_alert_confirm': 'Yes, change',
  'form_filler.data': 'at least one row',
  'subform.entry': 'Entry {0}',
  'subform.no_entries': 'No entries have been added yet.',
  'subform.edit_entry': 'Edit {0}',
  'subform.delete_entry': 'Delete {0}',
  'subform.edit_unavailable': 'The entry cannot be opened here yet.',
  'subform.entry_has_errors': 'The entry has errors',
  'subform.save_failed': 'The entry could not be saved. Your changes are kept – please try again.',
  /** CustomButton closing a subform entry, when the layout gives it no title. */
  'general.done': 'Done',
  /** Altinn's own keys for these, which layouts name as button titles (`general.next`). */
  'general.next': 'Next',
  'general.back': 'Back',
  'summary.change': 'Change',
  'summary.change_field': 'Change {0}',
  'summary.no_answer': 'Not answered',
  'summary.row': 'Row {0}',
  'summary.task_unavailable': 'The summary of the step “{0}” is not available here.',

  // The receipt, which the service's receipt page and InstanceInformation show (the service's other
  // pages have their texts in appShell/)
  'receipt.title': 'The form has been submitted',
  'receipt.body': 'This is your receipt. Keep the reference number.',
  'receipt.attachments': 'Attachments and documents',
  // A new instance started from this submitted one (copyInstanceSettings)
  'receipt.new_copy': 'Make a new copy',
  'receipt.new_copy_failed': 'We could not make a copy. Please try again later.',
  // Under a field the service filled in for the user, while the value is unchanged
  'prefill.source.DSF': 'From the National Population Register',
  'prefill.source.ER': 'From the Central Coordinating Register for Legal Entities',
  'prefill.source.UserProfile': 'From your profile',
  'prefill.source.prefill': 'Filled in for you',

  // Files that stop a submission (virus scan)
  'general.wait_for_attachments':
    'The attachments are being checked for viruses. Wait until the check is done, and submit again.',
  'general.wait_for_attachments_infected': 'An attachment contains a virus. Delete it before you submit.',
  'submit_blocked.infected': 'The file {0} contains a virus. Delete it before you submit.',
  'submit_blocked.scan_pending':
    'The file {0} is being checked for viruses. Wait until the check is done, then submit again.',
};
