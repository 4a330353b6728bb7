/** textDocument/foldingRange: fold a language section, the header, an exchange, a turn or a point. */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { lineAt, type Briefing, type Span } from '../model';
import { buildOutline, DEFAULT_OUTLINE_OPTIONS, type OutlineNode, type OutlineOptions } from './outline';

/** The outline the editor shows serves folding too (built once); inline points do not fold. */
export function foldingRanges(briefing: Briefing, options: OutlineOptions = DEFAULT_OUTLINE_OPTIONS): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seenStartLines = new Set<number>();
  const visit = (node: OutlineNode) => {
    if (node.inline) return;
    const { startLine, endLine } = lines(briefing, node.range);
    // Editors keep one range per start line; the outer one (visited first) is the useful one.
    if (endLine > startLine && !seenStartLines.has(startLine)) {
      seenStartLines.add(startLine);
      const range = FoldingRange.create(startLine, endLine);
      if (node.kind === 'header') range.kind = FoldingRangeKind.Imports;
      ranges.push(range);
    }
    node.children.forEach(visit);
  };
  buildOutline(briefing, options).forEach(visit);
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

function lines(briefing: Briefing, span: Span): { startLine: number; endLine: number } {
  return {
    startLine: lineAt(briefing.lineStarts, span.start),
    endLine: lineAt(briefing.lineStarts, Math.max(span.start, span.end - 1)),
  };
}
