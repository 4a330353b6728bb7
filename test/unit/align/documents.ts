/** Small bilingual documents written for the alignment tests, and helpers to query an alignment. */
import { strict as assert } from 'node:assert';
import { alignSections, type AlignOptions, type Alignment, type Link } from '../../../server/src/align';
import { parseBriefing, type Briefing, type Language } from '../../../server/src/model';

export interface Aligned {
  zh: Briefing;
  en: Briefing;
  alignment: Alignment;
}

/** Parses one document per language (paragraphs given as lines) and aligns their sections. */
export function alignTexts(zhParagraphs: string[], enParagraphs: string[], options?: AlignOptions): Aligned {
  const zh = parseBriefing(zhParagraphs.join('\n\n'));
  const en = parseBriefing(enParagraphs.join('\n\n'));
  const alignment = alignSections({ briefing: zh, sections: [sectionOf(zh, 'zh')] }, { briefing: en, sections: [sectionOf(en, 'en')] }, options);
  return { zh, en, alignment };
}

export function sectionOf(briefing: Briefing, language: Language) {
  const section = briefing.sections.find((s) => s.language === language);
  assert.ok(section, `a ${language} section`);
  return section;
}

/** The index of the one paragraph that contains `snippet`. */
export function paragraphWith(briefing: Briefing, snippet: string): number {
  const found = briefing.paragraphs.filter((p) => briefing.text.slice(p.start, p.end).includes(snippet));
  assert.equal(found.length, 1, `exactly one paragraph contains ${snippet}`);
  return found[0]!.index;
}

/** The alignment as snippets: each link's paragraphs shown by their first characters. */
export function linkTexts(aligned: Aligned, length = 6): string[] {
  const head = (briefing: Briefing, index: number) => {
    const p = briefing.paragraphs[index]!;
    return briefing.text.slice(p.start, p.end).slice(0, length);
  };
  return aligned.alignment.links.map(
    (link: Link) => `${link.zh.map((i) => head(aligned.zh, i)).join('+')} ↔ ${link.en.map((i) => head(aligned.en, i)).join('+')}`,
  );
}

export const ZH_BRIEFING = [
  '2024年3月5日外交部发言人例行记者会',
  '问：据报道，3月4日两国签署了12项合作协议。中方对此有何评论？',
  '答：我们注意到有关报道。两国在2024年签署的12项协议涵盖经贸、教育和文化领域，体现了双方关系的高水平。',
  '中方愿同各方一道，继续深化务实合作，推动两国关系不断向前发展，更好造福两国人民。',
  '问：有消息称明年将举办第三届论坛，能否介绍有关情况？',
  '答：第三届论坛将于2025年10月举行，主要成果包括：一是扩大人员往来；二是加强科技合作；三是深化地方交流。',
  '欢迎各方积极参与，共同把论坛办好。',
];

export const EN_BRIEFING = [
  "Foreign Ministry Spokesperson's Regular Press Conference on March 5, 2024",
  'Q: It is reported that the two countries signed 12 cooperation agreements on March 4. What is your comment?',
  'A: We noted relevant reports. The 12 agreements signed in 2024 cover trade, education and culture, reflecting the high level of bilateral relations.',
  'China stands ready to work with all parties to further deepen practical cooperation, move the relationship forward and deliver more benefits to the two peoples.',
  'Q: It is said that the third forum will be held next year. Can you share more details?',
  'A: The third forum will be held in October 2025. The main outcomes include: first, expanding people-to-people exchanges; second, strengthening cooperation in science and technology; third, deepening subnational exchanges.',
  'All parties are welcome to take part and make the forum a success.',
];
