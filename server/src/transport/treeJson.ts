/**
 * JSON for messages over a stream, remembering the JSON of trees. After an edit, most of a large
 * outline is the very same symbol objects as before (features/documentSymbols.ts keeps them), so
 * their JSON is made once and the answer is put together from the pieces: encoding the outline of
 * a 1 MB transcript took longer than finding it.
 *
 * The JSON is JSON.stringify's with every character beyond ASCII written as a \u escape: the
 * editor decodes and parses an ASCII answer about a third faster (an outline of Chinese names is
 * 0.9 MB), for 14% more bytes.
 */
import type { Message } from 'vscode-jsonrpc';

/** A node of a tree: an object with an array of `children`. */
interface TreeNode {
  children: unknown[];
}

/**
 * The JSON of each object of a tree answered so far (they are never changed once answered): one
 * buffer for a leaf or a node whose children are leaves, else the pieces it is made of, joined
 * only once per message so that a large tree is not copied at every level.
 */
const encoded = new WeakMap<object, Buffer | Buffer[]>();

const RESULT_MARK = '\u0000tree-result\u0000';
const COMMA = Buffer.from(',');
const ARRAY_OPEN = Buffer.from('[');
const ARRAY_CLOSE = Buffer.from(']');
const CHILDREN_OPEN = Buffer.from(',"children":[');
const CHILDREN_ONLY_OPEN = Buffer.from('{"children":[');
const CHILDREN_CLOSE = Buffer.from(']}');

/** The message as JSON.stringify writes it, in ASCII. */
export function encodeMessage(message: Message): Buffer {
  return Buffer.concat(messagePieces(message));
}

/** `encodeMessage` in the pieces it is made of, for the writer to put together. */
export function messagePieces(message: Message): Buffer[] {
  const result = (message as { result?: unknown }).result;
  if (!Array.isArray(result) || !result.some(isTree)) return [jsonBytes(message)];
  const [before, after] = JSON.stringify({ ...message, result: RESULT_MARK }).split(JSON.stringify(RESULT_MARK));
  const pieces: Buffer[] = [asciiBytes(before!)];
  appendArray(result, pieces, ARRAY_OPEN, ARRAY_CLOSE);
  pieces.push(asciiBytes(after!));
  return pieces;
}

const BEYOND_ASCII = /[\u0080-\uffff]/;
const RUNS_BEYOND_ASCII = /[\u0080-\uffff]+/g;
const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * JSON text with every character beyond ASCII escaped (each unit of a surrogate pair apart), as
 * bytes. The ASCII between runs of other characters is copied by Buffer.write, a run at a time.
 */
function asciiBytes(json: string): Buffer {
  if (!BEYOND_ASCII.test(json)) return Buffer.from(json, 'latin1');
  let beyond = 0;
  RUNS_BEYOND_ASCII.lastIndex = 0;
  for (let run = RUNS_BEYOND_ASCII.exec(json); run; run = RUNS_BEYOND_ASCII.exec(json)) beyond += run[0].length;
  const bytes = Buffer.allocUnsafe(json.length + 5 * beyond);
  let at = 0;
  let from = 0;
  RUNS_BEYOND_ASCII.lastIndex = 0;
  for (let run = RUNS_BEYOND_ASCII.exec(json); run; run = RUNS_BEYOND_ASCII.exec(json)) {
    at += bytes.write(json.slice(from, run.index), at, 'latin1');
    const units = run[0];
    for (let i = 0; i < units.length; i++) {
      const code = units.charCodeAt(i);
      bytes[at++] = 0x5c; // \
      bytes[at++] = 0x75; // u
      bytes[at++] = HEX[code >> 12]!;
      bytes[at++] = HEX[(code >> 8) & 15]!;
      bytes[at++] = HEX[(code >> 4) & 15]!;
      bytes[at++] = HEX[code & 15]!;
    }
    from = run.index + units.length;
  }
  bytes.write(json.slice(from), at, 'latin1');
  return bytes;
}

/** JSON.stringify's text of a value (`null` where it writes nothing, as inside arrays), as ASCII bytes. */
const jsonBytes = (value: unknown) => asciiBytes(JSON.stringify(value) ?? 'null');

function isTree(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && Array.isArray((value as { children?: unknown }).children);
}

/**
 * The items of an array. An object that is not a tree is a piece of its own, kept like a tree's
 * (a question without points is a leaf of the outline, and stays the same object after an edit);
 * a run of other values is one piece.
 */
function appendArray(items: unknown[], pieces: Buffer[], open: Buffer, close: Buffer): void {
  pieces.push(open);
  let run: string[] = [];
  let written = false;
  const separate = () => {
    if (written) pieces.push(COMMA);
    written = true;
  };
  const flush = () => {
    if (run.length === 0) return;
    separate();
    pieces.push(asciiBytes(run.join(',')));
    run = [];
  };
  for (const item of items) {
    if (typeof item !== 'object' || item === null) {
      run.push(JSON.stringify(item) ?? 'null');
      continue;
    }
    flush();
    separate();
    if (isTree(item)) appendTree(item, pieces);
    else pieces.push(leafBytes(item));
  }
  flush();
  pieces.push(close);
}

function leafBytes(item: object): Buffer {
  let json = encoded.get(item) as Buffer | undefined;
  if (!json) {
    json = jsonBytes(item);
    encoded.set(item, json);
  }
  return json;
}

function appendTree(node: TreeNode, pieces: Buffer[]): void {
  let json = encoded.get(node);
  if (!json) {
    json = encodeTree(node);
    encoded.set(node, json);
  }
  if (Array.isArray(json)) for (const piece of json) pieces.push(piece);
  else pieces.push(json);
}

function encodeTree(node: TreeNode): Buffer | Buffer[] {
  // A node whose children are leaves is one JSON text, which JSON.stringify writes fastest.
  if (!node.children.some(isTree)) return jsonBytes(node);
  const keys = Object.keys(node);
  // Written here, `children` comes last: where it does not, or the node has its own way to JSON, leave it to JSON.
  if (keys[keys.length - 1] !== 'children' || typeof (node as { toJSON?: unknown }).toJSON === 'function') {
    return jsonBytes(node);
  }
  const own = JSON.stringify({ ...node, children: undefined });
  const pieces: Buffer[] = [];
  if (own === '{}') appendArray(node.children, pieces, CHILDREN_ONLY_OPEN, CHILDREN_CLOSE);
  else {
    pieces.push(asciiBytes(own.slice(0, -1)));
    appendArray(node.children, pieces, CHILDREN_OPEN, CHILDREN_CLOSE);
  }
  return pieces;
}
