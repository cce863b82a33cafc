// What an import read, as the importer counts it and the account after an import says it: a type
// of its own so that the renderer of the account (src/render/import/account.ts) need not import the
// importer.

/** What was read, for the account after an import. */
export interface ImportStats {
  areas: number;
  goals: number;
  marks: number;
  /** Marks by the scale's code, in the order first met. */
  byMark: Record<string, number>;
  visionStatements: number;
  visionMarks: number;
  comments: number;
}

/** What was read, for the account the command gives after every import. */
export interface ImportAccount {
  stats: ImportStats;
  /** Every line with a mark-like word that did not become a mark, with the word. */
  unused: { line: number; mark: string }[];
}
