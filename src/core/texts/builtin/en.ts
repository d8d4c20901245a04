/** Built-in UI texts, English. Same keys and placeholders as `nb.ts`; see the comment there. */
export const en: Record<string, string> = {
  // Page navigation
  'navigation.next': 'Next',
  'navigation.back': 'Back',
  'navigation.back_to_summary': 'Back to summary',
  'navigation.form_pages': 'Form pages',
  'navigation.page_x_of_y': 'Page {0} of {1}',

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
  'form_filler.saving': 'Saving…',
  'form_filler.saved': 'All changes saved',
  'form_filler.submit_failed': 'The submission failed. Please try again.',
  'form_filler.submitted_heading': 'The form has been submitted',
  'form_filler.submitted_body': 'Thank you! We have received the information you submitted.',
  'form_filler.page_title': '{0} – {1}',

  // Language selector
  'language.selector.label': 'Language',
  'language.full_name.nb': 'Norwegian (Bokmål)',
  'language.full_name.nn': 'Norwegian (Nynorsk)',
  'language.full_name.en': 'English',

  // Option components
  'dropdown.choose': 'Choose…',
  'dropdown.no_options': 'No options',

  // Text inputs with maxLength
  'input_components.remaining_characters': 'You have {0} of {1} characters left',
  'input_components.exceeded_max_limit': 'You have exceeded the maximum number of characters by {0}',

  // Validation messages
  'validation.generic_field': 'this field',
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
  'date_picker.invalid_date_message': 'Invalid date. Write the date as dd.mm.yyyy.',
  'date_picker.min_date_exeeded': 'The date is before the earliest allowed date',
  'date_picker.max_date_exeeded': 'The date is after the latest allowed date',
  'form_filler.file_uploader_validation_error_file_number': 'To continue, you must upload at least {0} attachments',
  'form_filler.file_uploader_validation_error_exceeds_max_files': 'You can upload at most {0} attachments',
  'form_filler.file_uploader_validation_error_mime_type': 'The file type is not allowed',
  'soft_validation.warning_title': 'Note',
  'soft_validation.info_title': 'Worth considering',
  'soft_validation.success_title': 'Well done!',

  // Problems in the app's configuration
  'unknown_component.title': 'Unknown component type “{0}”',
  'unknown_component.description': 'The component {0} in {1} cannot be displayed.',
  'layout_error.title': 'The form cannot be displayed',
  'layout_error.description': 'There is an error in how the form is set up. Please contact the owner of the form.',
};
