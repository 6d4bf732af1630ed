import { damaged } from './xlsx-error';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const SEMICOLON = 0x3b;
const HASH = 0x23;
const COLON = 0x3a;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const UNDERSCORE = 0x5f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** ST_Xstring: Excel writes a character XML cannot hold (a CR, a control character) as `_x000D_`. */
const CODED = /_x([0-9A-F]{4})_/g;

function validCodePoint(c: number): boolean {
  return (
    c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
  );
}

function uncoded(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(CODED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A pull reader over the bytes of one XML part. A worksheet of a million rows is several hundred
 * megabytes of XML, more than V8 can hold as one string, so nothing here decodes the part: the
 * cursor moves token by token and reports positions, and only the texts a caller asks for become
 * strings. Reading a token allocates nothing. It is no validator: it finds the structure OOXML
 * parts have and reports a part cut short or an unknown entity as damage.
 */
export class XmlCursor {
  private pos = 0;
  /** Where the last OPEN or CLOSE tag starts (its '<'), and tagEnd where it ends: for edits that splice the bytes. */
  tagStart = 0;
  /** The element's name without its namespace prefix, for OPEN and CLOSE. */
  nameStart = 0;
  nameEnd = 0;
  /** An OPEN tag written `<x/>`: no content and no CLOSE follow. */
  empty = false;
  /** TEXT: the raw bytes, and whether they came from a CDATA section (no entities in it). */
  textStart = 0;
  textEnd = 0;
  cdata = false;
  /** The attribute the last firstAttr/nextAttr/attr call stopped at: name without prefix, raw value. */
  attrNameStart = 0;
  attrNameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private attrsStart = 0;
  private attrsEnd = 0;
  private attrPos = 0;
  /** Whether the last decoded text had an underscore, and so perhaps an `_xHHHH_` to decode. */
  private underscore = false;

  constructor(
    readonly xml: Buffer,
    readonly part: string
  ) {
    if (xml[0] === 0xef && xml[1] === 0xbb && xml[2] === 0xbf) this.pos = 3;
  }

  private cut(): Error {
    return damaged(`${this.part}: the XML ends in the middle of a tag`);
  }

  next(): number {
    const b = this.xml;
    const n = b.length;
    let p = this.pos;
    for (;;) {
      if (p >= n) {
        this.pos = p;
        return END;
      }
      if (b[p] !== LT) {
        let q = p + 1;
        while (q < n && b[q] !== LT) q++;
        this.textStart = p;
        this.textEnd = q;
        this.cdata = false;
        this.pos = q;
        return TEXT;
      }
      const c = b[p + 1];
      if (c === SLASH) {
        let q = p + 2;
        let local = q;
        while (q < n) {
          const x = b[q];
          if (x === GT || x <= 0x20) break;
          if (x === COLON) local = q + 1;
          q++;
        }
        this.nameStart = local;
        this.nameEnd = q;
        while (q < n && b[q] !== GT) q++;
        if (q >= n) throw this.cut();
        this.tagStart = p;
        this.pos = q + 1;
        return CLOSE;
      }
      if (c === BANG) {
        if (b[p + 2] === 0x2d && b[p + 3] === 0x2d) {
          const q = b.indexOf('-->', p + 4, 'latin1');
          if (q < 0) throw this.cut();
          p = q + 3;
          continue;
        }
        if (b[p + 2] === OPEN_BRACKET && b.toString('latin1', p + 3, p + 9) === 'CDATA[') {
          const q = b.indexOf(']]>', p + 9, 'latin1');
          if (q < 0) throw this.cut();
          this.textStart = p + 9;
          this.textEnd = q;
          this.cdata = true;
          this.pos = q + 3;
          return TEXT;
        }
        // A DOCTYPE, with any internal subset in brackets.
        let q = p + 2;
        let depth = 0;
        while (q < n) {
          const x = b[q];
          if (x === OPEN_BRACKET) depth++;
          else if (x === CLOSE_BRACKET) depth--;
          else if (x === GT && depth <= 0) break;
          q++;
        }
        if (q >= n) throw this.cut();
        p = q + 1;
        continue;
      }
      if (c === QUESTION) {
        const q = b.indexOf('?>', p + 2, 'latin1');
        if (q < 0) throw this.cut();
        p = q + 2;
        continue;
      }
      let q = p + 1;
      let local = q;
      while (q < n) {
        const x = b[q];
        if (x === GT || x === SLASH || x <= 0x20) break;
        if (x === COLON) local = q + 1;
        q++;
      }
      this.nameStart = local;
      this.nameEnd = q;
      this.attrsStart = q;
      // To the tag's end, stepping over quoted values: a '>' may stand in one.
      while (q < n) {
        const x = b[q];
        if (x === GT) break;
        if (x === DQUOTE || x === SQUOTE) {
          q++;
          while (q < n && b[q] !== x) q++;
        }
        q++;
      }
      if (q >= n) throw this.cut();
      this.empty = b[q - 1] === SLASH;
      this.attrsEnd = this.empty ? q - 1 : q;
      this.tagStart = p;
      this.pos = q + 1;
      return OPEN;
    }
  }

  /** Just past the last OPEN or CLOSE tag, or past the element skip() or elementText() went over. */
  get tagEnd(): number {
    return this.pos;
  }

  /** The namespace prefix of the current element with its colon (`x:`), or '' when it has none. */
  prefix(): string {
    const from = this.tagStart + (this.xml[this.tagStart + 1] === SLASH ? 2 : 1);
    return this.xml.toString('latin1', from, this.nameStart);
  }

  /** Whether the current element is named `name` (ASCII bytes, no prefix). */
  is(name: Uint8Array): boolean {
    const s = this.nameStart;
    if (this.nameEnd - s !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.xml[s + i] !== name[i]) return false;
    return true;
  }

  /** Moves to the open tag's first attribute; false when it has none. */
  firstAttr(): boolean {
    this.attrPos = this.attrsStart;
    return this.nextAttr();
  }

  nextAttr(): boolean {
    const b = this.xml;
    const end = this.attrsEnd;
    let q = this.attrPos;
    while (q < end && b[q] <= 0x20) q++;
    if (q >= end) return false;
    const start = q;
    let local = q;
    while (q < end) {
      const x = b[q];
      if (x === EQUALS || x <= 0x20) break;
      if (x === COLON) local = q + 1;
      q++;
    }
    // xmlns:r is a declaration, not an attribute r: keep its whole name so it never matches one.
    this.attrNameStart = local - start === 6 && b.toString('latin1', start, start + 5) === 'xmlns' ? start : local;
    this.attrNameEnd = q;
    while (q < end && b[q] !== DQUOTE && b[q] !== SQUOTE) q++;
    if (q >= end) throw damaged(`${this.part}: an attribute without a value`);
    const quote = b[q];
    const vs = q + 1;
    q = vs;
    while (q < end && b[q] !== quote) q++;
    if (q >= end) throw damaged(`${this.part}: an unterminated attribute value`);
    this.valueStart = vs;
    this.valueEnd = q;
    this.attrPos = q + 1;
    return true;
  }

  attrIs(name: Uint8Array): boolean {
    const s = this.attrNameStart;
    if (this.attrNameEnd - s !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (this.xml[s + i] !== name[i]) return false;
    return true;
  }

  /** Finds the open tag's attribute `name`, leaving its value at valueStart/valueEnd. */
  attr(name: Uint8Array): boolean {
    for (let ok = this.firstAttr(); ok; ok = this.nextAttr()) if (this.attrIs(name)) return true;
    return false;
  }

  /** The value found, decoded as XML normalises attribute values (a tab or line break reads as a space). */
  value(): string {
    return this.decode(this.valueStart, this.valueEnd, true);
  }

  /** The string value of attribute `name`, null when the tag has none. */
  attrValue(name: Uint8Array): string | null {
    return this.attr(name) ? this.value() : null;
  }

  /**
   * Text bytes as a string: entities and character references resolved, line ends normalised to
   * LF as XML prescribes, and in attributes tabs and line feeds made spaces.
   */
  decode(start: number, end: number, attribute = false): string {
    const b = this.xml;
    let underscore = false;
    let i = start;
    for (; i < end; i++) {
      const x = b[i];
      if (x === AMP || x === CR || (attribute && (x === TAB || x === LF))) break;
      if (x === UNDERSCORE) underscore = true;
    }
    if (i === end) {
      this.underscore = underscore;
      return b.toString('utf8', start, end);
    }
    let out = b.toString('utf8', start, i);
    let from = i;
    for (; i < end; i++) {
      const x = b[i];
      if (x === UNDERSCORE) underscore = true;
      if (x === AMP) {
        out += b.toString('utf8', from, i);
        let semi = i + 1;
        while (semi < end && semi - i <= 10 && b[semi] !== SEMICOLON) semi++;
        if (semi >= end || b[semi] !== SEMICOLON) throw damaged(`${this.part}: a bare & in a text`);
        const entity = b.toString('latin1', i + 1, semi);
        let char: string | undefined;
        if (b[i + 1] === HASH) {
          const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
          if (!/^#(?:x[0-9a-fA-F]+|[0-9]+)$/.test(entity) || !validCodePoint(code))
            throw damaged(`${this.part}: bad character reference &${entity};`);
          char = String.fromCodePoint(code);
        } else char = NAMED[entity];
        if (char === undefined) throw damaged(`${this.part}: unknown entity &${entity};`);
        if (char === '_') underscore = true;
        out += char;
        i = semi;
        from = semi + 1;
      } else if (x === CR || (attribute && (x === TAB || x === LF))) {
        out += b.toString('utf8', from, i);
        out += attribute ? ' ' : '\n';
        if (x === CR && b[i + 1] === LF) i++;
        from = i + 1;
      }
    }
    this.underscore = underscore;
    return out + b.toString('utf8', from, end);
  }

  /** A cell text: decoded, then its `_xHHHH_` escapes too. */
  xstring(start: number, end: number): string {
    const s = this.decode(start, end);
    return this.underscore ? uncoded(s) : s;
  }

  /**
   * For an element just opened: when its content is plain text and its end tag, as `<v>12.5</v>`,
   * leaves that text at textStart/textEnd, moves past the end tag and says true. Otherwise stays put.
   */
  simpleText(): boolean {
    if (this.empty) {
      this.textStart = this.textEnd = this.pos;
      return true;
    }
    const b = this.xml;
    const n = b.length;
    const p = this.pos;
    let q = p;
    while (q < n && b[q] !== LT) q++;
    if (q + 1 >= n || b[q + 1] !== SLASH) return false;
    this.pos = q;
    this.next();
    this.textStart = p;
    this.textEnd = q;
    this.cdata = false;
    return true;
  }

  /** The text content of the element just opened, up to its end tag (texts of nested elements left out). */
  elementText(xstring: boolean): string {
    if (this.simpleText()) return xstring ? this.xstring(this.textStart, this.textEnd) : this.decode(this.textStart, this.textEnd);
    let out = '';
    let depth = 0;
    for (;;) {
      const k = this.next();
      if (k === END) throw this.cut();
      if (k === TEXT) {
        if (depth === 0) out += this.cdata ? this.decodeCdata() : this.decode(this.textStart, this.textEnd);
      } else if (k === OPEN) {
        if (!this.empty) depth++;
      } else if (k === CLOSE) {
        if (depth === 0) return xstring ? uncoded(out) : out;
        depth--;
      }
    }
  }

  private decodeCdata(): string {
    const s = this.xml.toString('utf8', this.textStart, this.textEnd);
    return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
  }

  /** Moves past the element just opened, content and all. */
  skip(): void {
    if (this.empty) return;
    let depth = 0;
    for (;;) {
      const k = this.next();
      if (k === END) throw this.cut();
      if (k === OPEN) {
        if (!this.empty) depth++;
      } else if (k === CLOSE) {
        if (depth === 0) return;
        depth--;
      }
    }
  }
}

/** ASCII bytes to compare element and attribute names with. */
export function bytes(name: string): Uint8Array {
  return Buffer.from(name, 'latin1');
}
