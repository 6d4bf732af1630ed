import zlib from 'zlib';
import { damaged } from './xlsx-error';

const END_OF_CENTRAL = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_SIZE = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x0001;
const UTF8_NAMES = 0x0800;
/** An output piece no smaller than this, so a size understated in the directory cannot mean a million tiny pieces. */
const MIN_PIECE = 64 * 1024;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/** A part's bytes as stored in the zip (deflated or not), and what a zip's headers say of them. */
export interface StoredPart {
  /** The name as written in the zip. */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  /** Uncompressed. */
  readonly size: number;
  readonly data: Buffer;
}

/** OPC part names are case-insensitive and may be written with a leading slash. */
function keyOf(name: string): string {
  return (name.startsWith('/') ? name.replace(/^\/+/, '') : name).toLowerCase();
}

function u64(data: Buffer, at: number): number {
  return data.readUInt32LE(at) + data.readUInt32LE(at + 4) * 0x1_0000_0000;
}

function findEnd(data: Buffer): number {
  const last = data.length - END_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data[at] === 0x50 && data.readUInt32LE(at) === END_OF_CENTRAL) return at;
  }
  throw damaged('zip: no end of central directory (the file is cut short)');
}

/** Where the central directory is and how many entries it lists, through the zip64 records when the plain ones overflow. */
function directoryOf(data: Buffer): { offset: number; size: number; count: number } {
  const end = findEnd(data);
  let count = data.readUInt16LE(end + 10);
  let size = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && data.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const at = u64(data, end - 20 + 8);
    if (at + 56 > data.length || data.readUInt32LE(at) !== ZIP64_END) throw damaged('zip: bad zip64 end record');
    count = u64(data, at + 32);
    size = u64(data, at + 40);
    offset = u64(data, at + 48);
  }
  if (offset + size > data.length) throw damaged('zip: central directory past the end of the file');
  return { offset, size, count };
}

/** The zip64 extra field holds, in this order, whichever of the three the header marks as overflowed. */
function zip64Fields(data: Buffer, from: number, to: number, e: { size: number; compressed: number; offset: number }): void {
  for (let at = from; at + 4 <= to;) {
    const id = data.readUInt16LE(at);
    const length = data.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const take = () => {
        if (field + 8 > at + 4 + length) throw damaged('zip: short zip64 extra field');
        const v = u64(data, field);
        field += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = take();
      if (e.compressed === 0xffffffff) e.compressed = take();
      if (e.offset === 0xffffffff) e.offset = take();
      return;
    }
    at += 4 + length;
  }
}

/**
 * The parts of a zip, found through its central directory (the local headers alone can lie: a
 * streamed zip leaves their sizes zero) and inflated one at a time, on demand.
 */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly data: Buffer) {
    const dir = directoryOf(data);
    let at = dir.offset;
    for (let i = 0; i < dir.count; i++) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_HEADER) throw damaged('zip: bad central directory');
      const flags = data.readUInt16LE(at + 8);
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd + extraLength > data.length) throw damaged('zip: bad central directory');
      const name = data.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1', at + 46, nameEnd);
      const sizes = { compressed: data.readUInt32LE(at + 20), size: data.readUInt32LE(at + 24), offset: data.readUInt32LE(at + 42) };
      zip64Fields(data, nameEnd, nameEnd + extraLength, sizes);
      const crc = data.readUInt32LE(at + 16);
      if (!name.endsWith('/')) this.entries.set(keyOf(name), { name, method: data.readUInt16LE(at + 10), flags, crc, ...sizes });
      at = nameEnd + extraLength + commentLength;
    }
  }

  /** Every part's name as written, in the directory's order. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(keyOf(name));
  }

  /**
   * A part as the zip stores it: its bytes still compressed, with the method, CRC and size that
   * describe them, so it can be copied into another zip without being inflated and deflated again.
   */
  raw(name: string): StoredPart | null {
    const e = this.entries.get(keyOf(name));
    if (!e) return null;
    const data = this.data;
    if (e.flags & ENCRYPTED) throw damaged(`zip: ${e.name} is encrypted`);
    if (e.method !== STORED && e.method !== DEFLATED) throw damaged(`zip: ${e.name} uses compression method ${e.method}`);
    if (e.offset + 30 > data.length || data.readUInt32LE(e.offset) !== LOCAL_HEADER) throw damaged(`zip: bad local header for ${e.name}`);
    const start = e.offset + 30 + data.readUInt16LE(e.offset + 26) + data.readUInt16LE(e.offset + 28);
    if (start + e.compressed > data.length) throw damaged(`zip: ${e.name} runs past the end of the file`);
    if (e.method === STORED && e.compressed !== e.size) throw damaged(`zip: ${e.name} has inconsistent sizes`);
    return { name: e.name, method: e.method, crc: e.crc, size: e.size, data: data.subarray(start, start + e.compressed) };
  }

  /** A part's bytes, null when the zip has no such part. A stored part is a view into the zip, not a copy. */
  read(name: string): Buffer | null {
    const raw = this.raw(name);
    if (!raw) return null;
    if (raw.method === STORED) return raw.data;
    let out: Buffer;
    try {
      // One output piece the size the directory gives: zlib then hands back that piece itself, where
      // its default small pieces are joined at the end into a copy, twice the memory for a sheet of
      // hundreds of megabytes. The directory's size also caps the output, against a zip bomb.
      out = zlib.inflateRawSync(raw.data, { chunkSize: Math.max(raw.size + 1, MIN_PIECE), maxOutputLength: Math.max(raw.size, 1) });
    } catch (err) {
      throw damaged(`zip: ${raw.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (out.length !== raw.size) throw damaged(`zip: ${raw.name} is not the size its directory says`);
    return out;
  }
}
