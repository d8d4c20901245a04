/**
 * Built-in UI texts of file uploads (FileUpload, FileUploadWithTag, ImageUpload), Norwegian Bokmål.
 * Loaded only by forms with one of those types (`../builtinTextsLoader.ts`); see `../nb.ts` for
 * what built-in texts are. `nn.ts` and `en.ts` have the same keys.
 */
export const nb: Record<string, string> = {
  'file_uploader.choose': 'Velg filer',
  'file_uploader.choose_one': 'Velg fil',
  /** {0} = maxFileSizeInMB. */
  'file_uploader.max_size': 'Største tillatte filstørrelse er {0} MB.',
  /** {0} = the allowed file endings, comma-separated. */
  'file_uploader.valid_endings': 'Tillatte filtyper: {0}.',
  /** {0} = files uploaded, {1} = maxNumberOfAttachments. */
  'file_uploader.count': 'Lastet opp {0} av {1} filer.',
  /** {0} = file name, {1} = maxFileSizeInMB. */
  'file_uploader.too_large': '«{0}» er for stor. Største tillatte filstørrelse er {1} MB.',
  /** {0} = file name. */
  'file_uploader.wrong_type': '«{0}» har en filtype som ikke er tillatt.',
  /** {0} = maxNumberOfAttachments. */
  'file_uploader.too_many': 'Du kan laste opp høyst {0} filer.',
  /** {0} = file name. */
  'file_uploader.upload_failed': 'Kunne ikke laste opp «{0}». Prøv igjen.',
  'file_uploader.uploading': 'Laster opp …',
  'file_uploader.uploaded_files': 'Opplastede filer',
  'file_uploader.file_name': 'Filnavn',
  'file_uploader.file_size': 'Størrelse',
  /** {0} = file name. */
  'file_uploader.delete_file': 'Slett {0}',
  /** {0} = file name. */
  'file_uploader.confirm_delete': 'Vil du slette {0}?',
  'file_uploader.tag': 'Kategori',
  /** {0} = the tag title (Kategori), {1} = file name. */
  'file_uploader.tag_for': '{0} for {1}',
  /** {0} = file name. */
  'image_upload.preview': 'Forhåndsvisning av {0}',
  'image_upload.crop_title': 'Beskjær bildet',
  'image_upload.crop_instructions':
    'Flytt bildet med piltastene og zoom med + og −. Velg Lagre for å laste opp det som er innenfor rammen.',
  /** {0} = file name. */
  'image_upload.crop_area': 'Beskjæringsramme for {0}',
  'image_upload.zoom': 'Zoom',
  'image_upload.unreadable': 'Bildet {0} kunne ikke leses. Velg et annet bilde.',
  'file_uploader.scan_pending': 'Sjekkes for virus …',
  'file_uploader.scan_infected': 'Inneholder virus. Slett filen.',
  'file_uploader.scan_clean': 'Ingen virus funnet',
  'file_uploader.infected_alert_one': 'Filen {0} inneholder virus. Slett den før du sender inn.',
  'file_uploader.infected_alert_other': 'Filene {0} inneholder virus. Slett dem før du sender inn.',
};
