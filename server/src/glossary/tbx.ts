/**
 * TBX (ISO 30042 term-base exchange): each termEntry holds langSets (xml:lang="zh…", "en…") with
 * terms in tig or termSec elements, and notes or definitions.
 */
import { SaxesParser } from 'saxes';
import { msg } from '../l10n';
import type { GlossaryEntry, GlossaryProblem, GlossarySource, LoadedGlossary } from './types';

interface Draft {
  line: number;
  zh: string[];
  en: string[];
  notes: string[];
}

export function parseTbx(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  const entries: GlossaryEntry[] = [];
  const problems: GlossaryProblem[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  let draft: Draft | undefined;
  let language: string | undefined;
  let collecting: 'term' | 'note' | undefined;
  let buffer = '';
  const startCollecting = (what: 'term' | 'note') => {
    collecting = what;
    buffer = '';
  };

  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    if (name === 'termEntry' || name === 'conceptEntry') draft = { line: parser.line - 1, zh: [], en: [], notes: [] };
    else if (name === 'langSet' || name === 'langSec') language = String(tag.attributes['xml:lang'] ?? tag.attributes['lang'] ?? '').toLowerCase();
    else if (name === 'term') startCollecting('term');
    else if ((name === 'note' || (name === 'descrip' && /definition|note|context/.test(String(tag.attributes['type'] ?? '')))) && draft) startCollecting('note');
    // Any other tag (inline markup such as <hi>) keeps collecting the text around it.
  });
  parser.on('text', (value) => {
    if (collecting) buffer += value;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    if (collecting === 'term' && name === 'term' && draft) {
      const side = language?.startsWith('zh') ? draft.zh : language?.startsWith('en') ? draft.en : undefined;
      if (side && buffer.trim()) side.push(buffer.trim());
      collecting = undefined;
    } else if (collecting === 'note' && (name === 'note' || name === 'descrip') && draft) {
      if (buffer.trim()) draft.notes.push(buffer.trim());
      collecting = undefined;
    } else if ((name === 'termEntry' || name === 'conceptEntry') && draft) {
      finish(draft);
      draft = undefined;
    }
  });

  const finish = (d: Draft) => {
    if (d.zh.length === 0 || d.en.length === 0) {
      problems.push({ line: d.line, message: msg('glossary.tbxEntry', { zh: d.zh.length, en: d.en.length }) });
      return;
    }
    const entry: GlossaryEntry = { zh: d.zh, en: d.en, source: sourceOf(d.line) };
    if (d.notes.length > 0) entry.note = d.notes.join(' ');
    entries.push(entry);
  };

  try {
    parser.write(text.replace(/^\ufeff/, '')).close();
  } catch (error) {
    problems.push({ line: Math.max(0, parser.line - 1), message: msg('glossary.tbxInvalid', { error: (error as Error).message.replace(/^[^:]*:\d+:\d+: /, '') }) });
  }
  return { entries, problems };
}
