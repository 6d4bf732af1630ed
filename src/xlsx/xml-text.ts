import { escapeXml } from './xml-edit';

/** Anything a text needs done to it before it goes into XML as content, or as an attribute value. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTENT_SPECIAL = /[&<>\r_\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r_\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
/**
 * Characters XML 1.0 cannot hold, not even as a character reference. Excel writes them as `_x0001_`
 * (ST_Xstring) and reads that back as the character, as FundCheck's own reader does; so do we, and
 * no text loses a character on its way into a report.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it codes
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
/** A text that holds such a run already has its underscore written as `_x005F_`, as Excel does, so it reads back as written. */
const CODED_RUN = /_(?=x[0-9A-Fa-f]{4}_)/g;
/** A CR as a character reference: a literal one is read back as a line feed. */
const CONTENT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
/** In an attribute a literal tab or line break is read back as a space. */
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

const codeOf = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

function coded(text: string): string {
  return text.replace(CODED_RUN, '_x005F_').replace(FORBIDDEN, codeOf);
}

/** A text (ST_Xstring) as element content. */
export function textXml(text: string): string {
  if (!CONTENT_SPECIAL.test(text)) return text;
  return coded(text).replace(/[&<>\r]/g, (c) => CONTENT_ESCAPES[c]);
}

/** A text (ST_Xstring) as an attribute value. */
export function textAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return escapeXml(coded(text)).replace(/[\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

/**
 * A table column's name. Excel finds a line break in one unreadable and repairs the file unless it
 * is coded (`_x000A_`), though the header cell it names holds a plain one.
 */
export function columnNameAttribute(name: string): string {
  return escapeXml(coded(name).replace(/[\t\n\r]/g, codeOf));
}

const isXmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** XML whitespace at either end is kept only when the text says so. */
function padded(text: string): boolean {
  return isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1));
}

/**
 * A cell's text as an inline string (`t="inlineStr"`): text, never a formula, whatever it starts
 * with (=, +, -, @), and no shared-string table to build or, in a copied workbook, to rewrite.
 */
export function inlineString(text: string): string {
  return `<is>${padded(text) ? '<t xml:space="preserve">' : '<t>'}${textXml(text)}</t></is>`;
}
