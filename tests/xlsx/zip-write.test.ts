import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { open } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import JSZip from 'jszip';
import zlib from 'zlib';
import { ZipArchive } from '../../src/xlsx/zip-read';
import { ZipWriter } from '../../src/xlsx/zip-write';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that deflate only somewhat, as worksheet XML does: a repeated pattern with a counter in it. */
function xmlLike(length: number): Buffer {
  const out = Buffer.alloc(length);
  let at = 0;
  for (let i = 0; at < length; i++) at += out.write(`<row r="${i}"><c t="inlineStr"><is><t>第${i * 7919}笔</t></is></c></row>`, at);
  return out;
}

function* inPieces(data: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

interface Header {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
}

/** Central directory entries with the local header each points at and where its data starts, read by hand from the end record. */
function headers(zip: Buffer): { central: Header; local: Header; data: number }[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  const out: { central: Header; local: Header; data: number }[] = [];
  let at = zip.readUInt32LE(end + 16);
  const read = (p: number, base: number): Header => ({
    flags: zip.readUInt16LE(p + base + 2),
    method: zip.readUInt16LE(p + base + 4),
    crc: zip.readUInt32LE(p + base + 10),
    compressed: zip.readUInt32LE(p + base + 14),
    size: zip.readUInt32LE(p + base + 18),
    name: '',
  });
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const central = { ...read(at, 6), name: zip.toString('utf8', at + 46, at + 46 + nameLength) };
    const offset = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(offset)).toBe(0x04034b50);
    const local = { ...read(offset, 4), name: zip.toString('utf8', offset + 30, offset + 30 + zip.readUInt16LE(offset + 26)) };
    out.push({ central, local, data: offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe('the zip writer', () => {
  const big = xmlLike(3_500_000);
  const entries: [string, Buffer, number][] = [
    ['[Content_Types].xml', Buffer.from('<Types/>'), 8],
    ['empty.xml', Buffer.alloc(0), 1],
    ['xl/worksheets/sheet1.xml', big, 31_337],
    ['one-large-piece.xml', big, big.length],
    ['数据/名称.bin', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24)), 4096],
  ];
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'test.zip');
    const out = await open(file, 'w');
    const zip = new ZipWriter(out);
    for (const [name, data, piece] of entries) await zip.add(name, inPieces(data, piece));
    await zip.finish();
    await out.close();
  });

  test('JSZip reads every entry back byte for byte, its CRC-32 checked', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map(([name]) => name));
    for (const [name, data] of entries) expect(Buffer.from(await zip.file(name)!.async('uint8array')).equals(data)).toBe(true);
  });

  test('local headers carry the CRC and sizes, with no data descriptors, and match the central directory', () => {
    const zip = readFileSync(file);
    const found = headers(zip);
    expect(found.map((h) => h.central.name)).toEqual(entries.map(([name]) => name));
    for (const [i, { central, local }] of found.entries()) {
      expect(local).toEqual(central);
      expect(central.flags & 0x0008).toBe(0);
      expect(central.method).toBe(8);
      expect(central.size).toBe(entries[i][1].length);
      expect(central.crc).toBe(zlib.crc32(entries[i][1]));
    }
  });

  test('a large entry deflated in pieces is one deflate stream that zlib inflates whole', () => {
    const zip = readFileSync(file);
    const { local, data } = headers(zip)[2];
    expect(zlib.inflateRawSync(zip.subarray(data, data + local.compressed)).equals(big)).toBe(true);
    expect(local.compressed).toBeLessThan(big.length / 4);
  });
});

describe('copying entries from another zip', () => {
  test('stored and deflated entries are copied as they are compressed, and read back whole', async () => {
    const source = new JSZip();
    const xml = xmlLike(200_000);
    const picture = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 24));
    source.file('xl/worksheets/sheet1.xml', xml, { compression: 'DEFLATE' });
    source.file('xl/media/image1.png', picture, { compression: 'STORE' });
    const archive = new ZipArchive(await source.generateAsync({ type: 'nodebuffer' }));
    const file = path.join(dir, 'copied.zip');
    const out = await open(file, 'w');
    const zip = new ZipWriter(out);
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/media/image1.png']) await zip.copy(name, archive.raw(name)!);
    await zip.finish();
    await out.close();

    const copied = readFileSync(file);
    const found = headers(copied);
    expect(found.map((h) => [h.central.name, h.central.method])).toEqual([
      ['xl/worksheets/sheet1.xml', 8],
      ['xl/media/image1.png', 0],
    ]);
    for (const { central, local, data } of found) {
      expect(local).toEqual(central);
      expect(copied.subarray(data, data + central.compressed).equals(archive.raw(central.name)!.data)).toBe(true);
    }
    const back = await JSZip.loadAsync(copied, { checkCRC32: true });
    expect(await back.file('xl/worksheets/sheet1.xml')!.async('nodebuffer')).toEqual(xml);
    expect(await back.file('xl/media/image1.png')!.async('nodebuffer')).toEqual(picture);
  });
});
