// Packing a Word document into the bytes of a .docx file (a zip of XML parts): the edge of the
// Word renderers, which build the document as data and never serialise it themselves.
import { Packer, type Document } from 'docx';

export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
