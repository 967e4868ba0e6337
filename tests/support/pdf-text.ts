/** What a reader gets out of a PDF, via Mozilla's pdf.js: its text, and its first page as a picture. */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function withPdf<T>(bytes: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

/** Every page's text in reading order, a line break where the PDF ends a line. */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return withPdf(bytes, async (doc) => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n');
  });
}

/** The canvas pdf.js makes in Node (@napi-rs/canvas): it can encode itself as PNG. */
interface NodeCanvas {
  toBuffer(mime: 'image/png'): Buffer;
}

/** The first page drawn `width` pixels wide, as PNG bytes (pdf.js draws on @napi-rs/canvas in Node). */
export function pdfFirstPagePng(bytes: Uint8Array, width: number): Promise<Buffer> {
  return withPdf(bytes, async (doc) => {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: NodeCanvas; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
    return canvas.toBuffer('image/png');
  });
}
