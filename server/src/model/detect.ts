/** Whether a plain-text file is a briefing transcript, from its first few kilobytes. */

const SAMPLE = 8192;

const TITLE_WORDS = /记者会|发布会|吹风会|答记者问|Press Conference|Press Briefing|News Conference/i;
const TURN_LABEL = /^[\s\u3000\u00a0]*(?:问|答|记者|[^\s：:]{1,20}记者|Q|A|Journalist|Reporter|Follow-up)[ \u00a0]*[：:]/m;
const BARE_Q = /^Q[\u00a0 ]{2,}\S/m;
const SPOKESPERSON = /发言人|Spokesperson|Press Secretary/i;

/**
 * A transcript names the event in its title, or has at least two question/answer turns, or a
 * spokesperson and one turn. One signal alone (a note that mentions a press conference) is not
 * enough.
 */
export function looksLikeBriefing(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const turns = (sample.match(new RegExp(TURN_LABEL.source, 'gm')) ?? []).length + (BARE_Q.test(sample) ? 1 : 0);
  const title = TITLE_WORDS.test(sample);
  if (turns >= 2) return true;
  return turns >= 1 && (title || SPOKESPERSON.test(sample));
}
