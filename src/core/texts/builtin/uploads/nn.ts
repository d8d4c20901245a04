/**
 * Built-in UI texts of file uploads (FileUpload, FileUploadWithTag, ImageUpload), Norwegian Nynorsk.
 * Same keys as `nb.ts`.
 */
export const nn: Record<string, string> = {
  'file_uploader.choose': 'Vel filer',
  'file_uploader.choose_one': 'Vel fil',
  'file_uploader.max_size': 'Største tillatne filstorleik er {0} MB.',
  'file_uploader.valid_endings': 'Tillatne filtypar: {0}.',
  'file_uploader.count': 'Lasta opp {0} av {1} filer.',
  'file_uploader.too_large': '«{0}» er for stor. Største tillatne filstorleik er {1} MB.',
  'file_uploader.wrong_type': '«{0}» har ein filtype som ikkje er tillaten.',
  'file_uploader.too_many': 'Du kan laste opp høgst {0} filer.',
  'file_uploader.upload_failed': 'Kunne ikkje laste opp «{0}». Prøv igjen.',
  'file_uploader.uploading': 'Lastar opp …',
  'file_uploader.uploaded_files': 'Opplasta filer',
  'file_uploader.file_name': 'Filnamn',
  'file_uploader.file_size': 'Storleik',
  'file_uploader.delete_file': 'Slett {0}',
  'file_uploader.confirm_delete': 'Vil du slette {0}?',
  'file_uploader.tag': 'Kategori',
  'file_uploader.tag_for': '{0} for {1}',
  'image_upload.preview': 'Førehandsvising av {0}',
  'image_upload.crop_title': 'Beskjer biletet',
  'image_upload.crop_instructions':
    'Flytt biletet med piltastane og zoom med + og −. Vel Lagre for å laste opp det som er innanfor ramma.',
  'image_upload.crop_area': 'Beskjeringsramme for {0}',
  'image_upload.zoom': 'Zoom',
  'image_upload.unreadable': 'Biletet {0} kunne ikkje lesast. Vel eit anna bilete.',
  'file_uploader.scan_pending': 'Blir sjekka for virus …',
  'file_uploader.scan_infected': 'Inneheld virus. Slett fila.',
  'file_uploader.scan_clean': 'Ingen virus funne',
  'file_uploader.infected_alert_one': 'Fila {0} inneheld virus. Slett ho før du sender inn.',
  'file_uploader.infected_alert_other': 'Filene {0} inneheld virus. Slett dei før du sender inn.',
};
