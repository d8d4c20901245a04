/** The PDF the form will produce (PDFPreviewButton). */
export interface PdfPreviewService {
  /** A URL showing the PDF; `null` when no preview can be made here. */
  fetchPdfPreviewUrl(language: string): Promise<string | null>;
}
