/** Long generated bilingual documents for the performance test (random but reproducible). */

const HAN = '合作发展关系问题国家政府会议双方中方表示坚持推动加强共同国际地区和平稳定';
const WORDS = ['cooperation', 'development', 'relations', 'the', 'two', 'sides', 'will', 'continue', 'to', 'strengthen', 'peace', 'and', 'stability'];

/** A small deterministic generator, so that every run aligns the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export interface Generated {
  zh: string[];
  en: string[];
}

/** Exchanges of a question, an answer and up to three continuations; every 97th English paragraph is left out. */
export function generate(count: number): Generated {
  const next = random(7);
  const zh: string[] = ['2024年3月5日外交部发言人例行记者会'];
  const en: string[] = ["Foreign Ministry Spokesperson's Regular Press Conference on March 5, 2024"];
  for (let exchange = 0; zh.length < count; exchange++) {
    const turn = ['question', 'answer', ...Array.from({ length: Math.floor(next() * 4) }, () => 'continuation')];
    for (const kind of turn) {
      if (zh.length >= count) break;
      const length = 20 + Math.floor(next() * 120);
      const number = String(1000 + zh.length);
      const zhLabel = kind === 'question' ? '问：' : kind === 'answer' ? '答：' : '';
      const enLabel = kind === 'question' ? 'Q: ' : kind === 'answer' ? 'A: ' : '';
      zh.push(`${zhLabel}${han(next, length)}${number}${han(next, 5)}。`);
      if (zh.length % 97 !== 0) en.push(`${enLabel}${words(next, length * 3.9)} ${number} ${words(next, 20)}.`);
    }
  }
  return { zh, en };
}

function han(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += HAN[Math.floor(next() * HAN.length)];
  return text;
}

function words(next: () => number, length: number): string {
  const out: string[] = [];
  let total = 0;
  while (total < length) {
    const word = WORDS[Math.floor(next() * WORDS.length)]!;
    out.push(word);
    total += word.length + 1;
  }
  return out.join(' ');
}

