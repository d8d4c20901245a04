/**
 * Built-in UI texts of file uploads (FileUpload, FileUploadWithTag, ImageUpload), English.
 * Same keys as `nb.ts`.
 */
export const en: Record<string, string> = {
  'file_uploader.choose': 'Choose files',
  'file_uploader.choose_one': 'Choose a file',
  'file_uploader.max_size': 'The largest allowed file size is {0} MB.',
  'file_uploader.valid_endings': 'Allowed file types: {0}.',
  'file_uploader.count': 'Uploaded {0} of {1} files.',
  'file_uploader.too_large': '“{0}” is too large. The largest allowed file size is {1} MB.',
  'file_uploader.wrong_type': '“{0}” has a file type that is not allowed.',
  'file_uploader.too_many': 'You can upload at most {0} files.',
  'file_uploader.upload_failed': 'Could not upload “{0}”. Please try again.',
  'file_uploader.uploading': 'Uploading…',
  'file_uploader.uploaded_files': 'Uploaded files',
  'file_uploader.file_name': 'File name',
  'file_uploader.file_size': 'Size',
  'file_uploader.delete_file': 'Delete {0}',
  'file_uploader.confirm_delete': 'Do you want to delete {0}?',
  'file_uploader.tag': 'Category',
  'file_uploader.tag_for': '{0} for {1}',
  'image_upload.preview': 'Preview of {0}',
  'image_upload.crop_title': 'Crop the image',
  'image_upload.crop_instructions':
    'Move the image with the arrow keys and zoom with + and −. Choose Save to upload what is inside the frame.',
  'image_upload.crop_area': 'Crop frame for {0}',
  'image_upload.zoom': 'Zoom',
  'image_upload.unreadable': 'The image {0} could not be read. Choose another image.',
  'file_uploader.scan_pending': 'Being checked for viruses …',
  'file_uploader.scan_infected': 'Contains a virus. Delete the file.',
  'file_uploader.scan_clean': 'No virus found',
  'file_uploader.infected_alert_one': 'The file {0} contains a virus. Delete it before you submit.',
  'file_uploader.infected_alert_other': 'The files {0} contain viruses. Delete them before you submit.',
};
