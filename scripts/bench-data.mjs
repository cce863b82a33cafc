// The synthetic strategies npm run bench measures (scripts/bench.mjs): areas of 50 goals with marks
// spread over the scale, and one area of goals that all carry an unknown mark.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

const marks = ['JA', 'JA-', 'JA--', 'TJA', 'NEI+', 'NEI', 'VET IKKE', 'JA?'];

export function synthetic(dir, areas, goalsPerArea) {
  mkdirSync(path.join(dir, 'areas'), { recursive: true });
  copyFileSync(path.join(root, 'strategy', 'scale.yaml'), path.join(dir, 'scale.yaml'));
  writeFileSync(
    path.join(dir, 'strategy.yaml'),
    [
      'organisation: Benkemuseet',
      'title: Strategi 2020–2030',
      'period: { from: 2020, to: 2030 }',
      'round: 2025',
      'horizon: 3',
      'mission: { title: OPPDRAG, text: Vi samler og formidler. }',
      'challenges: { title: UTFORDRINGER, items: [] }',
      'vision:',
      '  title: MÅLBILDET',
      '  statements:',
      ...Array.from(
        { length: 10 },
        (_, i) =>
          `    - id: vision.${i + 1}\n      clauses:\n        - text: Utsagn ${i + 1} om framtiden.\n          assessment: "${marks[i % marks.length]}"`,
      ),
      '',
    ].join('\n'),
  );
  for (let a = 1; a <= areas; a++) {
    const id = `omrade-${a}`;
    const lines = [
      `# Område ${a}`,
      `id: ${id}`,
      `title: OMRÅDE ${a}`,
      'part: 2',
      'text: |-',
      `  Område ${a} handler om *noe* viktig.`,
      'goals:',
    ];
    for (let g = 1; g <= goalsPerArea; g++) {
      lines.push(
        `  - id: ${id}.mal-${g}`,
        `    text: Mål ${g} i område ${a}, skrevet ut i en hel setning.`,
        `    assessment: "${marks[(a + g) % marks.length]}"`,
      );
    }
    writeFileSync(path.join(dir, 'areas', `${String(a).padStart(4, '0')}-${id}.yaml`), `${lines.join('\n')}\n`);
  }
}

/**
 * One area file with `goals` goals, every one with a mark the scale does not know: as many
 * diagnostics as goals. Flow style keeps it under the 1 MiB file limit at 20,000 goals.
 */
export function badGoals(dir, goals) {
  synthetic(dir, 0, 0);
  const lines = ['id: stor', 'title: STORT OMRÅDE', 'part: 2', 'goals:'];
  for (let g = 1; g <= goals; g++) lines.push(`  - {id: s.m${g}, text: M, assessment: JAA}`);
  const text = `${lines.join('\n')}\n`;
  // Over the limit, the run would time the size check alone.
  if (Buffer.byteLength(text) > 1024 * 1024)
    throw new Error(`the bad-goals area file is ${Buffer.byteLength(text)} bytes, over 1 MiB`);
  writeFileSync(path.join(dir, 'areas', '01-stor.yaml'), text);
}
