/**
 * Texts to edit and seeded random edits of them, as typing makes them: the samples, the corpus
 * when it is there, and a hard-wrapped text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Briefing, ChangedRegion } from '../../../server/src/model';
import { ModelCache } from '../../../server/src/workspace/modelCache';
import { mulberry32 } from '../../../bench/random';

const root = join(__dirname, '..', '..', '..');
const corpusDir = join(root, '..', 'shared', 'corpus');

export function editableTexts(): { name: string; text: string }[] {
  const files = [join(root, 'samples'), corpusDir]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => !/^README/.test(f)).map((f) => join(dir, f)));
  const texts = files.map((file) => ({ name: file.slice(root.length), text: readFileSync(file, 'utf8') }));
  // Hard-wrapped exports join lines into paragraphs: one such text, wrapped from the first sample;
  // and one with Windows line ends.
  return [
    ...texts,
    { name: 'wrapped sample', text: hardWrap(texts[0]!.text, 70) },
    { name: 'CRLF sample', text: texts[1]!.text.replace(/\r?\n/g, '\r\n') },
  ];
}

/** Each line cut into lines of about `width` characters, paragraphs separated by blank lines. */
function hardWrap(text: string, width: number): string {
  const wrapLine = (line: string) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '';
  return text.split('\n').filter((line) => line.trim()).map(wrapLine).join('\n\n');
}

const TYPED = ['我们注意到', ' We noted it.', '问：', '答：', 'Q: ', 'Geng Shuang: ', '一是', '；二是', 'First, ', '; second, ', '（一）', '---', '分享到', '\u3000', '。', '?'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n'];

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A random edit of `text`, mostly inside one line as typing is. */
export function randomEdit(text: string, random: () => number): Edit {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  let start = Math.floor(random() * (text.length + 1));
  // An editor cannot put the cursor between \r and \n.
  if (text[start - 1] === '\r' && text[start] === '\n') start--;
  const kind = random();
  let end = start;
  let inserted = '';
  if (kind < 0.45) inserted = pick(TYPED);
  else if (kind < 0.6) inserted = pick(BREAKS);
  else if (kind < 0.75) end = Math.min(text.length, start + 1 + Math.floor(random() * 3));
  else if (kind < 0.85) end = Math.min(text.length, start + Math.floor(random() * 400));
  else if (kind < 0.95) inserted = pick(BREAKS) + pick(TYPED) + pick(TYPED) + pick(BREAKS);
  else {
    end = Math.min(text.length, start + Math.floor(random() * 60));
    inserted = pick(TYPED);
  }
  if (text[end - 1] === '\r' && text[end] === '\n') end++;
  return { start, end, text: inserted };
}

export function apply(text: string, edit: Edit): { text: string; region: ChangedRegion } {
  return {
    text: text.slice(0, edit.start) + edit.text + text.slice(edit.end),
    region: { start: edit.start, oldEnd: edit.end, newEnd: edit.start + edit.text.length },
  };
}


/** A version of an editable text made by a random edit, as the server applies an editor's change. */
export interface EditedVersion {
  name: string;
  step: number;
  /** The model before the edit, and after it. */
  previous: Briefing;
  briefing: Briefing;
  document: TextDocument;
}

/**
 * Each editable text opened in a model cache of its own and edited `steps` times at random:
 * `prepare` sees each version's model before it is edited (to build what the next version may
 * keep), `check` each version an edit made.
 */
export function editEachText(seed: number, steps: number, prepare: (briefing: Briefing, step: number) => void, check: (version: EditedVersion) => void): void {
  const random = mulberry32(seed);
  for (const { name, text } of editableTexts()) {
    const cache = new ModelCache();
    let document = cache.documents.create(`file:///${encodeURIComponent(name)}`, 'briefing', 1, text);
    for (let step = 0; step < steps; step++) {
      const previous = cache.get(document);
      prepare(previous, step);
      const edit = randomEdit(document.getText(), random);
      const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
      document = cache.documents.update(document, [{ range, text: edit.text }], document.version + 1);
      check({ name, step, previous, briefing: cache.get(document), document });
    }
  }
}
