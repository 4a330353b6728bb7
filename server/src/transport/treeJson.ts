/**
 * JSON for messages over a stream, remembering the JSON of trees. After an edit, most of a large
 * outline is the very same symbol objects as before (features/documentSymbols.ts keeps them), so
 * their JSON is made once and the answer is put together from the pieces: encoding the outline of
 * a 1 MB transcript took longer than finding it. The bytes are exactly those of JSON.stringify.
 */
import type { Message } from 'vscode-jsonrpc';
import type { ContentTypeEncoder } from 'vscode-jsonrpc/node';

/** A node of a tree: an object with an array of `children`. */
interface TreeNode {
  children: unknown[];
}

/**
 * The JSON of each tree node answered so far (nodes are never changed once answered): one buffer
 * for a node whose children are leaves, else the pieces it is made of, joined only once per
 * message so that a large tree is not copied at every level.
 */
const encoded = new WeakMap<object, Buffer | Buffer[]>();

const RESULT_MARK = '\u0000tree-result\u0000';
const COMMA = Buffer.from(',');
const ARRAY_OPEN = Buffer.from('[');
const ARRAY_CLOSE = Buffer.from(']');
const CHILDREN_OPEN = Buffer.from(',"children":[');
const CHILDREN_ONLY_OPEN = Buffer.from('{"children":[');
const CHILDREN_CLOSE = Buffer.from(']}');

export const treeJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: async (message) => encodeMessage(message),
};

/** The message as JSON.stringify writes it, in UTF-8. */
export function encodeMessage(message: Message): Buffer {
  const result = (message as { result?: unknown }).result;
  if (!Array.isArray(result) || !result.some(isTree)) return Buffer.from(JSON.stringify(message), 'utf8');
  const [before, after] = JSON.stringify({ ...message, result: RESULT_MARK }).split(JSON.stringify(RESULT_MARK));
  const pieces: Buffer[] = [Buffer.from(before!, 'utf8')];
  appendArray(result, pieces, ARRAY_OPEN, ARRAY_CLOSE);
  pieces.push(Buffer.from(after!, 'utf8'));
  return Buffer.concat(pieces);
}

function isTree(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && Array.isArray((value as { children?: unknown }).children);
}

function appendArray(items: unknown[], pieces: Buffer[], open: Buffer, close: Buffer): void {
  pieces.push(open);
  items.forEach((item, i) => {
    if (i > 0) pieces.push(COMMA);
    if (isTree(item)) appendTree(item, pieces);
    else pieces.push(Buffer.from(JSON.stringify(item) ?? 'null', 'utf8'));
  });
  pieces.push(close);
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
  const keys = Object.keys(node);
  // Written here, `children` comes last: where it does not, or the node has its own way to JSON, leave it to JSON.
  if (keys[keys.length - 1] !== 'children' || typeof (node as { toJSON?: unknown }).toJSON === 'function') {
    return Buffer.from(JSON.stringify(node), 'utf8');
  }
  const own = JSON.stringify({ ...node, children: undefined });
  const pieces: Buffer[] = [];
  if (own === '{}') appendArray(node.children, pieces, CHILDREN_ONLY_OPEN, CHILDREN_CLOSE);
  else {
    pieces.push(Buffer.from(own.slice(0, -1), 'utf8'));
    appendArray(node.children, pieces, CHILDREN_OPEN, CHILDREN_CLOSE);
  }
  return node.children.some(isTree) ? pieces : Buffer.concat(pieces);
}
