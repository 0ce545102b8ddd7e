import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReferenceData, readReferenceData, REFERENCE_FILES } from './referenceData';

const dataDir = resolve(import.meta.dirname, '../../data');

describe('reference data in data/', () => {
  it('both files are valid: schemas, unique publisher codes, the dossier publisher is known', async () => {
    const data = await readReferenceData(dataDir);
    expect(checkReferenceData(data)).toEqual([]);
  });

  it('has the counts data/README.md states: 1,527 publishers, 2 of them Woogle artefacts; one dossier with 5 files', async () => {
    const { publishers, dossiers } = await readReferenceData(dataDir);
    const list = publishers as Array<{ dc_publisher: string; foi_category: string | null }>;
    expect(list).toHaveLength(1527);
    expect(list.filter((p) => p.foi_category === null || p.foi_category === 'test').map((p) => p.dc_publisher)).toEqual(['mlarooij', 'test']);
    expect(list.find((p) => p.dc_publisher === 'gm0363')).toMatchObject({ dc_publisher_name: 'Gemeente Amsterdam', foi_category: 'Gemeente' });
    const [dossier] = dossiers as Array<{ dc_publisher: string; foi_files: { foi_documenten: unknown[] } }>;
    expect(dossiers).toHaveLength(1);
    expect(dossier!.dc_publisher).toBe('pv24');
    expect(dossier!.foi_files.foi_documenten).toHaveLength(2);
  });

  it('each file is the one data/README.md records (SHA-256), so a change updates its provenance too', async () => {
    const readme = await readFile(resolve(dataDir, 'README.md'), 'utf8');
    const { sha256 } = await readReferenceData(dataDir);
    for (const file of REFERENCE_FILES) {
      const recorded = new RegExp(`^([0-9a-f]{64})  ${file.replace('.', '\\.')}$`, 'm').exec(readme)?.[1];
      expect(recorded, `checksum of ${file} in data/README.md`).toMatch(/^[0-9a-f]{64}$/);
      expect(sha256[file], file).toBe(recorded);
    }
  });
});

describe('the reference data check fails on a broken file', () => {
  const valid = async () => structuredClone(await readReferenceData(dataDir));

  it('a duplicated publisher code', async () => {
    const data = await valid();
    const list = data.publishers as Array<Record<string, unknown>>;
    list.push({ ...list[0]!, dc_publisher_name: 'Copy' });
    expect(checkReferenceData(data)).toEqual([`publishers.json: duplicate code ${list[0]!.dc_publisher as string}`]);
  });

  it('a publisher without a name, with an unknown field, or with a malformed code', async () => {
    const data = await valid();
    const list = data.publishers as Array<Record<string, unknown>>;
    list[3] = { ...list[3], dc_publisher_name: ' ' };
    list[4] = { ...list[4], extra: 1 };
    list[5] = { ...list[5], dc_publisher: 'GM 0363' };
    const problems = checkReferenceData(data);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^publishers\.json 3\.dc_publisher_name: /);
    expect(problems[1]).toMatch(/^publishers\.json 4: .*extra/);
    expect(problems[2]).toMatch(/^publishers\.json 5\.dc_publisher: code is lower-case letters followed by digits/);
  });

  it('a file that is not a list, or an empty list', () => {
    expect(checkReferenceData({ publishers: {}, dossiers: [] })).toEqual([
      'publishers.json (root): Invalid input: expected array, received object',
      expect.stringMatching(/^woo_dossier_example\.json \(root\): Too small/),
    ]);
  });

  it('a dossier with an unknown publisher, a category that is not art. 3.3, or a bad date', async () => {
    const data = await valid();
    const [dossier] = data.dossiers as Array<Record<string, unknown>>;
    dossier!.dc_publisher = 'gm9999';
    expect(checkReferenceData(data)).toEqual(['woo_dossier_example.json 0: publisher gm9999 is not in publishers.json']);
    dossier!.dc_type = '4z';
    dossier!.foi_requestDate = '2022-02-30';
    const problems = checkReferenceData(data);
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['woo_dossier_example.json 0.dc_type', 'woo_dossier_example.json 0.foi_requestDate']);
  });
});
