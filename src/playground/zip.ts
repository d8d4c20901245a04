/**
 * A .zip of text files built in the browser, each entry deflated by the platform's own
 * CompressionStream (no library: every current browser and Node ≥ 18 has it). Only what an app
 * folder needs: UTF-8 names, no folders entries, no zip64 (an app folder is far from 4 GB).
 */
export async function zipFiles(files: Readonly<Record<string, string>>): Promise<Blob> {
  const encoder = new TextEncoder();
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [path, text] of Object.entries(files)) {
    const name = encoder.encode(path);
    const content = encoder.encode(text);
    const compressed = await deflateRaw(content);
    const crc = crc32(content);
    const header = entryHeader(0x04034b50, 30, name, crc, compressed.length, content.length);
    local.push(header, compressed);
    const entry = entryHeader(0x02014b50, 46, name, crc, compressed.length, content.length);
    new DataView(entry.buffer).setUint32(42, offset, true);
    central.push(entry);
    offset += header.length + compressed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, central.length, true);
  view.setUint16(10, central.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  return new Blob([...local, ...central, end].map(asBlobPart), { type: 'application/zip' });
}

/** A local (30 bytes) or central (46 bytes) header followed by the name; method 8 = deflate, flag 11 = UTF-8 name. */
function entryHeader(
  signature: number,
  size: 30 | 46,
  name: Uint8Array,
  crc: number,
  packed: number,
  unpacked: number,
) {
  const bytes = new Uint8Array(size + name.length);
  const view = new DataView(bytes.buffer);
  const at = size === 46 ? 2 : 0; // the central header has "version made by" before the common part
  view.setUint32(0, signature, true);
  if (size === 46) view.setUint16(4, 20, true);
  view.setUint16(4 + at, 20, true);
  view.setUint16(6 + at, 1 << 11, true);
  view.setUint16(8 + at, 8, true);
  view.setUint16(10 + at, 0, true);
  view.setUint16(12 + at, 0x21, true); // 1980-01-01: a fixed date keeps the same app the same zip
  view.setUint32(14 + at, crc, true);
  view.setUint32(18 + at, packed, true);
  view.setUint32(22 + at, unpacked, true);
  view.setUint16(26 + at, name.length, true);
  bytes.set(name, size);
  return bytes;
}

async function deflateRaw(content: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([asBlobPart(content)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The files of a zip that `zipFiles` (or any tool writing deflated or stored entries) made. */
export async function unzipFiles(zip: Blob): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await zip.arrayBuffer());
  const view = new DataView(bytes.buffer);
  const decoder = new TextDecoder();
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('Not a zip file: no end of central directory.');
  const files: Record<string, string> = {};
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index++) {
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + packed);
    files[name] = decoder.decode(method === 8 ? await inflateRaw(data) : data);
    at += 46 + skip;
  }
  return files;
}

async function inflateRaw(content: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([asBlobPart(content)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// TypeScript's Uint8Array<ArrayBufferLike> is not a BlobPart (it might view a SharedArrayBuffer); these never do.
const asBlobPart = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
