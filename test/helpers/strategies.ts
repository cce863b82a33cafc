// Strategies written for tests, beside the minimal Norwegian fixture (test/fixtures/minimal/):
// a small English one, with a scale of its own, so the tool is tried on more than one language
// and more than one organisation.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from './cli.js';

/** A small strategy of an English-speaking museum, with a scale of its own: four goals not met. */
export async function englishStrategy(): Promise<string> {
  const dir = await makeTempDir();
  await mkdir(path.join(dir, 'areas'));
  await mkdir(path.join(dir, 'plans'));
  await writeFile(
    path.join(dir, 'strategy.yaml'),
    [
      'organisation: Harbour Museum',
      'title: Strategy 2020–2027',
      'period: { from: 2020, to: 2027 }',
      'round: 2024',
      'horizon: 3',
      'mission: { title: OUR MISSION, text: We collect and share the history of the harbour. }',
      'challenges: { title: CHALLENGES, items: [{ id: space, title: Space, text: The stores are full. }] }',
      'vision:',
      '  title: VISION',
      '  statements:',
      '    - id: vision.open',
      '      clauses: [{ text: The museum is open to everyone., assessment: MET }]',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'scale.yaml'),
    [
      'threshold: 0.75',
      'marks:',
      '  - { code: MET, label: { nb: Nådd, en: Met }, score: 1, color: "#1a7f37" }',
      '  - { code: PARTLY, label: { nb: Delvis, en: Partly }, score: 0.5, color: "#8a4f00" }',
      '  - { code: NOT MET, label: { nb: Ikke nådd, en: Not met }, score: 0, color: "#b42318" }',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'areas', '01-collections.yaml'),
    [
      'id: collections',
      'title: COLLECTIONS',
      'part: 2',
      'goals:',
      '  - { id: collections.store, text: Move the collections to a new store., assessment: MET }',
      '  - { id: collections.catalogue, text: Put the catalogue online., assessment: NOT MET }',
      '  - { id: collections.loans, text: Lend more objects to other museums., assessment: PARTLY }',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'areas', '02-learning.yaml'),
    [
      'id: learning',
      'title: LEARNING',
      'part: 2',
      'goals:',
      '  - { id: learning.schools, text: Offer a visit to every school class., assessment: NOT MET }',
      '  - { id: learning.online, text: Teach online., assessment: PARTLY }',
      '',
    ].join('\n'),
  );
  return dir;
}
