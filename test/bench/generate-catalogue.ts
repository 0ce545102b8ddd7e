/**
 * Writes a Woogle-format CSV of N generated documents (issue 14 point 8):
 *   npx tsx test/bench/generate-catalogue.ts 100000 /tmp/catalogue.csv [seed]
 * Publishers are real codes from data/publishers.json (municipalities and provinces).
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { csvHeader, csvLine, generateCatalogue, type Publisher } from '../../server/src/catalogue/generate';

export function localPublishers(): Publisher[] {
  const all = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/publishers.json'), 'utf8')) as Publisher[];
  return all.filter((publisher) => /^(gm|pv)\d/.test(publisher.dc_publisher));
}

export async function writeCatalogueCsv(count: number, path: string, seed = 14): Promise<void> {
  const out = createWriteStream(path);
  out.write(csvHeader());
  for (const row of generateCatalogue(count, localPublishers(), { seed })) {
    if (!out.write(csvLine(row))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [count, path, seed] = process.argv.slice(2);
  if (!count || !path || !Number.isInteger(Number(count)) || Number(count) < 1) {
    console.error('usage: tsx test/bench/generate-catalogue.ts <count> <out.csv> [seed]');
    process.exit(2);
  }
  await writeCatalogueCsv(Number(count), path, seed ? Number(seed) : undefined);
  console.log(`wrote ${count} documents to ${path}`);
}
