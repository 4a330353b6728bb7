/** textDocument/foldingRange: fold a language section, the header, an exchange, a turn or a point. */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { Briefing } from '../model';
import { buildOutline, DEFAULT_OUTLINE_OPTIONS, type OutlineNode, type OutlineOptions, type TextRange } from './outline';

/** Per outline, which is kept per text and options: the editor asks again after every keystroke. */
const rangesByOutline = new WeakMap<readonly OutlineNode[], FoldingRange[]>();

/** The outline the editor shows serves folding too (built once); inline points do not fold. */
export function foldingRanges(briefing: Briefing, options: OutlineOptions = DEFAULT_OUTLINE_OPTIONS): FoldingRange[] {
  const outline = buildOutline(briefing, options);
  let ranges = rangesByOutline.get(outline);
  if (!ranges) rangesByOutline.set(outline, (ranges = rangesOf(outline)));
  return ranges;
}

function rangesOf(outline: readonly OutlineNode[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seenStartLines = new Set<number>();
  const visit = (node: OutlineNode) => {
    if (node.inline) return;
    const { startLine, endLine } = lines(node.range);
    // Editors keep one range per start line; the outer one (visited first) is the useful one.
    if (endLine > startLine && !seenStartLines.has(startLine)) {
      seenStartLines.add(startLine);
      const range = FoldingRange.create(startLine, endLine);
      if (node.kind === 'header') range.kind = FoldingRangeKind.Imports;
      ranges.push(range);
    }
    node.children.forEach(visit);
  };
  outline.forEach(visit);
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

/** The lines a range covers: one that ends at the start of a line ends on the line before. */
function lines({ start, end }: TextRange): { startLine: number; endLine: number } {
  const endsAtLineStart = end.character === 0 && end.line > start.line;
  return { startLine: start.line, endLine: endsAtLineStart ? end.line - 1 : end.line };
}
