/**
 * Turns and numbered points of twelve archive briefings (../shared/archive), six dates from 2018
 * to 2020 in both languages, against expectations written after reading every labelled paragraph
 * and every place a marker could stand in each file (test/corpus/archive-expectations.json: the
 * line of each turn and its label, the line of each point and its marker). Recall of turns and
 * points, and points the model makes where none is expected, are printed and held to floors.
 * Skipped, with a note, where ../shared/archive is absent.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lineAt, parseBriefing, type Briefing, type Point } from '../../server/src/model';

const archive = join(__dirname, '..', '..', '..', 'shared', 'archive');
const skipReason = existsSync(archive) ? undefined : `no archive at ${archive}`;
if (skipReason) console.log(`archive format test skipped: ${skipReason}`);

interface Expected {
  file: string;
  turns: [number, string][];
  points: [number, string][];
}
const expectations = JSON.parse(readFileSync(join(__dirname, 'archive-expectations.json'), 'utf8')) as Expected[];

/** "line:name" of every speaker-labelled turn and of every point, children included. */
function found(briefing: Briefing): { turns: Set<string>; points: Set<string> } {
  const line = (offset: number) => lineAt(briefing.lineStarts, offset) + 1;
  const turns = new Set<string>();
  const points = new Set<string>();
  const visit = (p: Point) => {
    points.add(`${line(p.markerStart)}:${p.marker}`);
    p.children.forEach(visit);
  };
  for (const section of briefing.sections) {
    for (const turn of [...section.announcements, ...section.exchanges.flatMap((e) => (e.question ? [e.question, ...e.turns] : e.turns))]) {
      if (turn.speaker) turns.add(`${line(turn.start)}:${turn.speaker.name}`);
      turn.points.forEach(visit);
    }
  }
  return { turns, points };
}

describe('archive formats', { skip: skipReason }, () => {
  it('finds the turns and points read in twelve briefings of 2018–2020', () => {
    let turns = 0;
    let turnsFound = 0;
    let points = 0;
    let pointsFound = 0;
    const stray: string[] = [];
    for (const expected of expectations) {
      const model = found(parseBriefing(readFileSync(join(archive, expected.file), 'utf8')));
      const wantedPoints = new Set(expected.points.map(([line, marker]) => `${line}:${marker}`));
      turns += expected.turns.length;
      turnsFound += expected.turns.filter(([line, label]) => model.turns.has(`${line}:${label}`)).length;
      points += wantedPoints.size;
      pointsFound += [...wantedPoints].filter((key) => model.points.has(key)).length;
      stray.push(...[...model.points].filter((key) => !wantedPoints.has(key)).map((key) => `${expected.file}:${key}`));
    }
    console.log(`turns ${turnsFound}/${turns}, points ${pointsFound}/${points}, stray points ${stray.length} ${stray.join(', ')}`);
    assert.ok(turnsFound / turns >= 0.99, `turn recall ${turnsFound}/${turns}`);
    assert.ok(pointsFound / points >= 0.98, `point recall ${pointsFound}/${points}`);
    assert.deepEqual(stray, [], 'no point where none is expected');
  });
});
