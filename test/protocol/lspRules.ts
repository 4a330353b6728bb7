/**
 * The rules of LSP 3.17 that a strict client checks on every answer: ranges inside the document as
 * it is, never between the halves of a surrogate pair; selection ranges nested and holding their
 * position; folding ranges within the lines; symbols inside their parents, of kinds the client
 * declared; every number an unsigned integer.
 */
import { strict as assert } from 'node:assert';
import type { CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, LocationLink, Position, Range, SelectionRange } from 'vscode-languageserver-protocol';

const UINTEGER_MAX = 2147483647;

/** The text's lines as LSP counts them: \r\n, \r and \n all end a line. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function offsetOf(lines: string[], text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    offset += lines[line]!.length;
    offset += text.startsWith('\r\n', offset) ? 2 : 1;
  }
  return offset + position.character;
}

export function assertPosition(text: string, position: Position, what: string): void {
  const lines = linesOf(text);
  for (const n of [position.line, position.character]) assert.ok(Number.isInteger(n) && n >= 0 && n <= UINTEGER_MAX, `${what}: ${n} is an unsigned integer`);
  assert.ok(position.line < lines.length, `${what}: line ${position.line} of ${lines.length}`);
  assert.ok(position.character <= lines[position.line]!.length, `${what}: character ${position.character} within line ${position.line} (${lines[position.line]!.length})`);
  const offset = offsetOf(lines, text, position);
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff), `${what}: ${JSON.stringify(position)} splits a surrogate pair`);
}

export function assertRange(text: string, range: Range, what: string): void {
  assertPosition(text, range.start, `${what} start`);
  assertPosition(text, range.end, `${what} end`);
  assert.ok(!after(range.start, range.end), `${what}: start after end ${JSON.stringify(range)}`);
}

function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}

function inside(inner: Range, outer: Range): boolean {
  return !after(outer.start, inner.start) && !after(inner.end, outer.end);
}

export function assertSymbols(text: string, symbols: DocumentSymbol[], kinds: readonly number[], parent?: DocumentSymbol): void {
  for (const symbol of symbols) {
    assertRange(text, symbol.range, `symbol ${symbol.name}`);
    assertRange(text, symbol.selectionRange, `selection of ${symbol.name}`);
    assert.ok(inside(symbol.selectionRange, symbol.range), `the selection of ${symbol.name} is inside its range`);
    if (parent) assert.ok(inside(symbol.range, parent.range), `${symbol.name} is inside ${parent.name}`);
    assert.ok(kinds.includes(symbol.kind), `kind ${symbol.kind} of ${symbol.name} is one the client declared`);
    assertSymbols(text, symbol.children ?? [], kinds, symbol);
  }
}

export function assertFolding(text: string, ranges: FoldingRange[]): void {
  const lines = linesOf(text).length;
  for (const range of ranges) {
    assert.ok(range.startLine >= 0 && range.startLine <= range.endLine && range.endLine < lines, `folding ${JSON.stringify(range)} within ${lines} lines`);
  }
}

export function assertSelectionRanges(text: string, positions: Position[], found: SelectionRange[]): void {
  assert.equal(found.length, positions.length, 'one selection range per position');
  found.forEach((range, i) => {
    const position = positions[i]!;
    assert.ok(inside({ start: position, end: position }, range.range), `the innermost range ${JSON.stringify(range.range)} holds ${JSON.stringify(position)}`);
    for (let r: SelectionRange | undefined = range; r; r = r.parent) {
      assertRange(text, r.range, 'selection range');
      if (r.parent) assert.ok(inside(r.range, r.parent.range), 'each selection range is inside its parent');
    }
  });
}

export function assertHover(text: string, hover: Hover | null): void {
  if (hover?.range) assertRange(text, hover.range, 'hover');
}

/** Completion (the translation memory's): items with a label, each edit a valid range of `text` at the asked position. */
export function assertCompletion(text: string, position: Position, answer: CompletionList | CompletionItem[] | null): void {
  const items = answer === null ? [] : Array.isArray(answer) ? answer : answer.items;
  for (const item of items) {
    assert.ok(typeof item.label === 'string' && item.label.length > 0, 'a completion item has a label');
    const edit = item.textEdit;
    if (!edit) continue;
    const range = 'range' in edit ? edit.range : edit.insert;
    assertRange(text, range, 'completion edit');
    // Where it was asked, or just after the surrogate pair that place split.
    assert.ok(range.start.line === position.line && range.start.character - position.character <= 1 && range.start.character >= position.character, 'a completion inserts where it was asked');
  }
}

/** `textOf` gives the text of a target document as it is now (open, or on disk). */
export function assertDefinitions(text: string, links: LocationLink[], textOf: (uri: string) => string | undefined): void {
  for (const link of links) {
    if (link.originSelectionRange) assertRange(text, link.originSelectionRange, 'definition origin');
    const target = textOf(link.targetUri);
    assert.ok(target !== undefined, `the definition's target ${link.targetUri} exists`);
    assertRange(target, link.targetRange, 'definition target');
    assertRange(target, link.targetSelectionRange, 'definition target selection');
    assert.ok(inside(link.targetSelectionRange, link.targetRange), 'the target selection is inside the target range');
  }
}

/** Diagnostics on `text`, and the related places they point at in `textOf`'s documents as they are now. */
export function assertDiagnostics(text: string, diagnostics: Diagnostic[], textOf: (uri: string) => string | undefined): void {
  for (const diagnostic of diagnostics) {
    assertRange(text, diagnostic.range, 'diagnostic');
    assert.ok(diagnostic.message.length > 0, 'a diagnostic says something');
    for (const related of diagnostic.relatedInformation ?? []) {
      const target = textOf(related.location.uri);
      assert.ok(target !== undefined, `the related document ${related.location.uri} exists`);
      assertRange(target, related.location.range, 'related information');
    }
  }
}

export function assertSemanticTokens(data: number[]): void {
  assert.equal(data.length % 5, 0, 'semantic tokens come in fives');
  for (const n of data) assert.ok(Number.isInteger(n) && n >= 0 && n <= UINTEGER_MAX, `semantic token number ${n}`);
}
