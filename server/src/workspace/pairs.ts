/**
 * The aligned paragraph pairs of the workspace's translated briefings (files on disk with a
 * sibling in the other language, and bilingual files), where the hover looks for how a term the
 * glossary lacks was rendered before. Read in the background when first asked for, and again
 * after files change; until then the pairs found so far serve.
 */
import { linkedTexts, type ParagraphPair } from '../align';
import type { Paired, ParallelVersions } from './parallel';
import type { WorkspaceFiles } from './workspaceFiles';

export class WorkspacePairs {
  /** By the URI of each pair's Chinese version. */
  private groups = new Map<string, readonly ParagraphPair[]>();
  private stale = true;
  private building: Promise<void> | undefined;

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly parallel: ParallelVersions,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * The pairs read so far, one array per translated briefing, but for `exceptZhUri` (the pair
   * being edited, whose file on disk may be older); starts reading the workspace when it has not
   * been read since it changed.
   */
  current(exceptZhUri?: string): (readonly ParagraphPair[])[] {
    if (this.stale && !this.building) {
      this.stale = false;
      this.building = this.read()
        .catch((error) => this.log(`Reading the workspace's translated briefings failed: ${(error as Error).message}`))
        .finally(() => (this.building = undefined));
    }
    return [...this.groups].filter(([uri]) => uri !== exceptZhUri).map(([, pairs]) => pairs);
  }

  /** A briefing file changed on disk, appeared or went away. */
  invalidate(): void {
    this.stale = true;
  }

  private async read(): Promise<void> {
    const found = new Map<string, readonly ParagraphPair[]>();
    for (const { document, briefing } of await this.files.documents(this.log)) {
      const pairing = await this.parallel.pairingOf(document, briefing);
      // Each pair once: from its Chinese file (or its bilingual file).
      if (pairing.kind === 'paired' && pairing.zh.uri === document.uri) found.set(document.uri, alignedParagraphPairs(pairing));
    }
    this.groups = found;
  }
}

const ofAlignment = new WeakMap<object, ParagraphPair[]>();

/** The texts of each link that pairs Chinese with English paragraphs: one array per alignment. */
export function alignedParagraphPairs(pairing: Paired): ParagraphPair[] {
  let pairs = ofAlignment.get(pairing.alignment);
  if (!pairs) ofAlignment.set(pairing.alignment, (pairs = linkedTexts(pairing.zh.briefing, pairing.en.briefing, pairing.alignment.links)));
  return pairs;
}
