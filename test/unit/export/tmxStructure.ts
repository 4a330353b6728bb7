/**
 * Reads a TMX document back as an importing tool would, with a strict XML parser (saxes: it
 * rejects what is not well-formed XML 1.0, characters XML forbids included), and checks it
 * against the content model of the TMX 1.4b DTD (tmx14.dtd) for the elements an export writes:
 *
 *   tmx (header, body)            version="1.4"
 *   header ((note|ude|prop)*)     creationtool, creationtoolversion, segtype, o-tmf, adminlang,
 *                                 srclang, datatype required; segtype block|paragraph|sentence|phrase
 *   body (tu*)
 *   tu ((note|prop)*, tuv+)
 *   tuv ((note|prop)*, seg)       xml:lang required
 *   seg, prop (type required), note: text
 *
 * Throws with what is wrong; returns the units' variants and properties.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface TmxUnit {
  /** The seg text of each variant, by xml:lang. */
  variants: Record<string, string>;
  /** The unit's prop elements, by type. */
  props: Record<string, string>;
}

export interface TmxDocument {
  header: Record<string, string>;
  units: TmxUnit[];
}

const HEADER_REQUIRED = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'];
const SEGTYPES = ['block', 'paragraph', 'sentence', 'phrase'];
/** The elements each element may hold, in the order the DTD allows (a later group may not come before an earlier one). */
const CHILDREN: Record<string, string[][]> = {
  tmx: [['header'], ['body']],
  header: [['note', 'ude', 'prop']],
  body: [['tu']],
  tu: [['note', 'prop'], ['tuv']],
  tuv: [['note', 'prop'], ['seg']],
  seg: [],
  prop: [],
  note: [],
};
/** Elements whose text is content; elsewhere only whitespace may stand between elements. */
const TEXT_ELEMENTS = new Set(['seg', 'prop', 'note']);

interface Open {
  name: string;
  attributes: Record<string, string>;
  children: string[];
  text: string;
}

export function readTmx(xml: string): TmxDocument {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Open[] = [];
  const document: TmxDocument = { header: {}, units: [] };
  let unit: TmxUnit | undefined;
  let language: string | undefined;
  let rootSeen = false;
  const fail = (message: string): never => {
    throw new Error(`TMX line ${parser.line}: ${message}`);
  };

  parser.on('error', (error) => fail(`not well-formed XML: ${error.message}`));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attributes = { ...tag.attributes } as Record<string, string>;
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (rootSeen || tag.name !== 'tmx') fail(`the root element must be one <tmx>, not <${tag.name}>`);
      if (attributes['version'] !== '1.4') fail(`<tmx version="${attributes['version']}">, not 1.4`);
      rootSeen = true;
    } else {
      if (!(parent.name in CHILDREN) || !CHILDREN[parent.name]!.flat().includes(tag.name)) fail(`<${tag.name}> inside <${parent.name}>`);
      parent.children.push(tag.name);
    }
    if (tag.name === 'header') checkHeader(attributes, fail);
    if (tag.name === 'tu') unit = { variants: {}, props: {} };
    if (tag.name === 'tuv') {
      language = attributes['xml:lang'];
      if (!language) fail('<tuv> without xml:lang');
    }
    if (tag.name === 'prop' && !attributes['type']) fail('<prop> without type');
    stack.push({ name: tag.name, attributes, children: [], text: '' });
  });
  parser.on('text', (text) => {
    const open = stack[stack.length - 1];
    if (open && TEXT_ELEMENTS.has(open.name)) open.text += text;
    else if (text.trim()) fail(`text outside seg, prop and note: "${text.trim().slice(0, 40)}"`);
  });
  parser.on('closetag', () => {
    const open = stack.pop()!;
    checkOrder(open, fail);
    if (open.name === 'header') document.header = open.attributes;
    if (open.name === 'seg') unit!.variants[language!] = open.text;
    if (open.name === 'prop' && stack[stack.length - 1]?.name === 'tu') unit!.props[open.attributes['type']!] = open.text;
    if (open.name === 'tu') document.units.push(unit!);
  });
  parser.write(xml).close();
  if (!rootSeen) fail('no <tmx> element');
  return document;
}

function checkHeader(attributes: Record<string, string>, fail: (message: string) => never): void {
  for (const name of HEADER_REQUIRED) if (!attributes[name]) fail(`<header> without ${name}`);
  if (!SEGTYPES.includes(attributes['segtype']!)) fail(`segtype="${attributes['segtype']}"`);
}

/** The children of a closed element, against its content model: groups in order, and the required ones there. */
function checkOrder(open: Open, fail: (message: string) => never): void {
  const groups = CHILDREN[open.name]!;
  let group = 0;
  for (const child of open.children) {
    while (group < groups.length && !groups[group]!.includes(child)) group++;
    if (group === groups.length) fail(`<${child}> out of order in <${open.name}>`);
  }
  const required: Record<string, string[]> = { tmx: ['header', 'body'], tu: ['tuv'], tuv: ['seg'] };
  for (const name of required[open.name] ?? []) if (!open.children.includes(name)) fail(`<${open.name}> without <${name}>`);
  if (open.name === 'tmx' && open.children.length !== 2) fail('<tmx> must hold one header and one body');
  if (open.name === 'tuv' && open.children.filter((c) => c === 'seg').length !== 1) fail('<tuv> must hold one <seg>');
}
