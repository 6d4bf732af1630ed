import type { FileHandle } from 'fs/promises';
import { promisify } from 'util';
import zlib from 'zlib';
import type { StoredPart } from './zip-read';

/** Sizes, offsets and counts a zip without zip64 records can hold. */
const MAX_SIZE = 0xffffffff;
const MAX_ENTRIES = 0xffff;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_OF_CENTRAL = 22;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Names are UTF-8 (general purpose bit 11). */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
/**
 * Pieces being deflated, and writes under way, at once: enough to keep libuv's four threads busy
 * while the main thread makes the next piece, few enough that memory stays a few megabytes.
 */
const IN_FLIGHT = 6;
/** Within 0.5 % of level 6's size on a ledger sheet, in two thirds of its time. */
const LEVEL = 5;
/** Bytes deflated as one piece at most: larger gains nothing in ratio. */
const PIECE = 1 << 20;
/**
 * Each piece is deflated on its own and ended with a sync flush (an empty stored block, byte
 * aligned, not final), so the pieces laid end to end are one valid deflate stream, as pigz makes
 * them; this closing empty fixed-Huffman block marks it final.
 */
const LAST_BLOCK = Buffer.from([0x03, 0x00]);
const deflatePiece = promisify((piece: Uint8Array, done: (e: Error | null, out: Buffer) => void) =>
  // An output buffer the size of the piece: with zlib's default 16 kB it would call back to the main
  // thread, busy making the next piece, for every 16 kB it compresses.
  zlib.deflateRaw(
    piece,
    { level: LEVEL, chunkSize: Math.max(piece.length, zlib.constants.Z_MIN_CHUNK), finishFlush: zlib.constants.Z_SYNC_FLUSH },
    done
  )
);

interface Entry {
  readonly name: Buffer;
  readonly method: number;
  readonly offset: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function tooLarge(what: string): RangeError {
  return new RangeError(`${what} is past what a zip without zip64 can hold (4 GiB, 65,535 entries)`);
}

/** Marks a promise that is awaited later as handled now, so an earlier failure leaves no unhandled rejection behind. */
function awaitedLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * Writes a zip (deflate, no zip64) into an open file, entry by entry, so that neither a large entry
 * nor the package is ever whole in memory. Every write goes to a place reserved for it, so writes
 * run while the next piece is made; a local header is written once its entry's CRC and sizes are
 * known, into the space left for it, so the file needs no data descriptors.
 */
export class ZipWriter {
  /** Bytes of the file spoken for so far. */
  private reserved = 0;
  private readonly writing: Promise<void>[] = [];
  private readonly entries: Entry[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly file: FileHandle,
    now = new Date()
  ) {
    this.stamp = dosTime(now);
  }

  /**
   * One entry from its bytes, given in pieces of any size so that a large one need never be whole in
   * memory; the pieces may come as they are inflated from another zip.
   */
  async add(name: string, pieces: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void> {
    if (this.entries.length === MAX_ENTRIES) throw tooLarge('the number of entries');
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.reserve(LOCAL_HEADER + nameBytes.length);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflating: Promise<Buffer>[] = [];
    const writeOldest = async () => {
      const out = await deflating.shift()!;
      compressed += out.length;
      await this.put(out);
    };
    for await (const data of pieces) {
      crc = zlib.crc32(data, crc);
      size += data.length;
      if (size > MAX_SIZE) throw tooLarge(name);
      for (let from = 0; from < data.length; from += PIECE) {
        deflating.push(awaitedLater(deflatePiece(data.subarray(from, from + PIECE))));
        if (deflating.length === IN_FLIGHT) await writeOldest();
      }
    }
    while (deflating.length > 0) await writeOldest();
    await this.put(LAST_BLOCK);
    compressed += LAST_BLOCK.length;
    if (compressed > MAX_SIZE) throw tooLarge(name);
    const entry: Entry = { name: nameBytes, method: DEFLATE, offset, crc, compressed, size };
    this.entries.push(entry);
    await this.put(this.localHeader(entry), offset);
  }

  /** One entry copied as another zip stores it, compressed bytes and all: nothing inflated, nothing deflated again. */
  async copy(name: string, part: StoredPart): Promise<void> {
    if (this.entries.length === MAX_ENTRIES) throw tooLarge('the number of entries');
    if (part.size > MAX_SIZE || part.data.length > MAX_SIZE) throw tooLarge(name);
    const nameBytes = Buffer.from(name, 'utf8');
    const entry: Entry = {
      name: nameBytes,
      method: part.method,
      offset: this.reserved,
      crc: part.crc,
      compressed: part.data.length,
      size: part.size,
    };
    this.entries.push(entry);
    await this.put(this.localHeader(entry));
    await this.put(part.data);
  }

  /** The central directory and its end record; the file is complete once this resolves. */
  async finish(): Promise<void> {
    const start = this.reserved;
    // Every entry, and so every offset, lies before the central directory: this bounds them all.
    if (start > MAX_SIZE) throw tooLarge('the package');
    for (const e of this.entries) await this.put(this.centralHeader(e));
    const end = Buffer.alloc(END_OF_CENTRAL);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.reserved - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    await Promise.all(this.writing.splice(0));
  }

  private reserve(length: number): number {
    const at = this.reserved;
    this.reserved += length;
    return at;
  }

  /** Starts writing data at `at`, or next in the file; waits only while too many writes are under way. */
  private async put(data: Buffer, at = this.reserve(data.length)): Promise<void> {
    this.writing.push(awaitedLater(this.writeAll(data, at)));
    if (this.writing.length > IN_FLIGHT) await this.writing.shift();
  }

  private async writeAll(data: Buffer, at: number): Promise<void> {
    for (let done = 0; done < data.length;) done += (await this.file.write(data, done, data.length - done, at + done)).bytesWritten;
  }

  /** The fields local and central headers share, from "version needed" on. */
  private common(header: Buffer, at: number, e: Entry): void {
    header.writeUInt16LE(VERSION, at);
    header.writeUInt16LE(UTF8_NAMES, at + 2);
    header.writeUInt16LE(e.method, at + 4);
    header.writeUInt16LE(this.stamp.time, at + 6);
    header.writeUInt16LE(this.stamp.date, at + 8);
    header.writeUInt32LE(e.crc, at + 10);
    header.writeUInt32LE(e.compressed, at + 14);
    header.writeUInt32LE(e.size, at + 18);
    header.writeUInt16LE(e.name.length, at + 22);
  }

  private localHeader(e: Entry): Buffer {
    const header = Buffer.alloc(LOCAL_HEADER + e.name.length);
    header.writeUInt32LE(0x04034b50, 0);
    this.common(header, 4, e);
    e.name.copy(header, LOCAL_HEADER);
    return header;
  }

  private centralHeader(e: Entry): Buffer {
    const header = Buffer.alloc(CENTRAL_HEADER + e.name.length);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4);
    this.common(header, 6, e);
    header.writeUInt32LE(e.offset, 42);
    e.name.copy(header, CENTRAL_HEADER);
    return header;
  }
}
