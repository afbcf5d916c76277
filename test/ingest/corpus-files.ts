import { CSV_CASES } from './corpus-csv.ts';
import { FORMAT_CASES } from './corpus-formats.ts';

export type { CorpusCase } from './corpus-helpers.ts';

/** The whole corpus: each entry is one awkward or malformed file and what it must give. */
export const CORPUS = [...CSV_CASES, ...FORMAT_CASES];
