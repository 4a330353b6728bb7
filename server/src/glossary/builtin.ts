/** The glossary that ships with the server: the TSV files under builtin/, bundled as text. */
import acronyms from './builtin/acronyms.tsv';
import companies from './builtin/companies.tsv';
import countries from './builtin/countries.tsv';
import exercises from './builtin/exercises.tsv';
import institutions from './builtin/institutions.tsv';
import organizations from './builtin/organizations.tsv';
import outlets from './builtin/outlets.tsv';
import people from './builtin/people.tsv';
import phrases from './builtin/phrases.tsv';
import places from './builtin/places.tsv';
import ranks from './builtin/ranks.tsv';
import treaties from './builtin/treaties.tsv';
import { parseTsv } from './tsv';
import type { GlossaryEntry } from './types';

export const BUILTIN_FILES: Record<string, string> = {
  'acronyms.tsv': acronyms,
  'companies.tsv': companies,
  'countries.tsv': countries,
  'exercises.tsv': exercises,
  'institutions.tsv': institutions,
  'organizations.tsv': organizations,
  'outlets.tsv': outlets,
  'people.tsv': people,
  'phrases.tsv': phrases,
  'places.tsv': places,
  'ranks.tsv': ranks,
  'treaties.tsv': treaties,
};

let cached: GlossaryEntry[] | undefined;

export function builtinEntries(): GlossaryEntry[] {
  cached ??= Object.entries(BUILTIN_FILES).flatMap(
    ([file, text]) => parseTsv(text, (line) => ({ kind: 'builtin', file, line })).entries,
  );
  return cached;
}
