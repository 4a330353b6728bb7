/**
 * TMX 1.4 (the translation-memory exchange format OmegaT, Trados and memoQ import): one
 * translation unit per aligned pair, a Chinese and an English variant in each.
 */
import type { ExportedDocument } from './segments';

export interface TmxOptions {
  /** The header's creationtoolversion, which TMX requires. */
  toolVersion: string;
  /** Written as the header's creationdate when given; left out otherwise, so the same input gives the same file. */
  creationDate?: Date;
}

export const TMX_TOOL = 'briefing-qa';
/** Language codes of the variants: RFC 4646 codes, as TMX 1.4 asks for xml:lang. */
export const TMX_LANGUAGES = { zh: 'zh-CN', en: 'en' } as const;

/** A TMX 1.4 document of the pairs of every document, in order. */
export function toTmx(documents: readonly ExportedDocument[], options: TmxOptions): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">', header(options), '  <body>'];
  for (const document of documents) {
    for (const pair of document.pairs) {
      out.push(
        '    <tu>',
        // Where each side comes from, as file:line (the form editors jump to): a reviewer of the
        // memory can go back to the text. x- types are TMX's user-defined properties.
        `      <prop type="x-zh-source">${xmlText(`${document.zhName}:${pair.zh.line}`)}</prop>`,
        `      <prop type="x-en-source">${xmlText(`${document.enName}:${pair.en.line}`)}</prop>`,
        `      <tuv xml:lang="${TMX_LANGUAGES.zh}"><seg>${xmlText(pair.zh.text)}</seg></tuv>`,
        `      <tuv xml:lang="${TMX_LANGUAGES.en}"><seg>${xmlText(pair.en.text)}</seg></tuv>`,
        '    </tu>',
      );
    }
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

function header(options: TmxOptions): string {
  const attributes: [string, string][] = [
    ['creationtool', TMX_TOOL],
    ['creationtoolversion', options.toolVersion],
    // One unit per aligned paragraph (or the few paragraphs one link joins), not per sentence.
    ['segtype', 'paragraph'],
    ['o-tmf', 'briefing-transcripts'],
    ['adminlang', 'en'],
    ['srclang', TMX_LANGUAGES.zh],
    ['datatype', 'plaintext'],
  ];
  if (options.creationDate) attributes.push(['creationdate', tmxDate(options.creationDate)]);
  return `  <header ${attributes.map(([name, value]) => `${name}="${xmlAttribute(value)}"`).join(' ')}/>`;
}

/** TMX's date form: ISO 8601 in UTC, without separators (20261203T141500Z). */
function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/**
 * Characters XML 1.0 does not allow at all, not even as references: the C0 controls but tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A transcript pasted from a web
 * page or a word processor can hold them (a form feed, a vertical tab); a TMX holding one is not
 * well-formed and no tool imports it.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // Only needed after "]]", escaped everywhere so that no rule has to look back.
  '>': '&gt;',
  // A parser turns a raw carriage return into a line feed: a reference keeps it as written.
  '\r': '&#13;',
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns raw tabs and line feeds in an attribute into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
};

/**
 * Text safe as XML content, with what XML forbids removed. Quotes stay as written: content needs
 * no escaping of them, and a translator reading the memory reads China's, not China&apos;s.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Text safe in an attribute value, in either kind of quotes. */
export function xmlAttribute(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\r\t\n]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}
