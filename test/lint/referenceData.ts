/**
 * Validation of the reference data in data/ (data/README.md): the shape of each file, unique
 * publisher codes, and that the example dossier names a known publisher. Returns every problem
 * found, so a broken file is reported in one run instead of one error at a time.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isWooCategory } from '../../shared/woo/categories';

const publisherSchema = z.strictObject({
  // Lower-case letters then digits, as in TOOI's gm0363 / pv24 / mnre1010.
  dc_publisher: z.string().regex(/^[a-z]+[0-9]*$/, 'code is lower-case letters followed by digits'),
  dc_publisher_name: z.string().trim().min(1),
  foi_category: z.string().min(1).nullable(),
  foi_country_code: z.string().length(2).nullable(),
  logius_oin: z.string().regex(/^\d{20}$/, 'an OIN has 20 digits').nullable(),
});

const fileSchema = z.object({ dc_title: z.string().trim().min(1), dc_source: z.url({ protocol: /^https$/ }) });

const dossierSchema = z.object({
  dc_title: z.string().trim().min(1),
  dc_description: z.string(),
  dc_publisher: z.string().min(1),
  dc_type: z.string().refine(isWooCategory, 'not a Woo art. 3.3 category code'),
  foi_requestDate: z.iso.date(),
  foi_decisionDate: z.iso.date(),
  foi_requestText: z.string(),
  foi_decisionText: z.string(),
  foi_files: z.object({
    foi_verzoek: fileSchema,
    foi_besluit: fileSchema,
    foi_inventaris: fileSchema,
    foi_documenten: z.array(fileSchema),
  }),
});

export interface ReferenceData {
  publishers: unknown;
  dossiers: unknown;
}

const issues = (file: string, error: z.ZodError) =>
  error.issues.slice(0, 20).map((issue) => `${file} ${issue.path.join('.') || '(root)'}: ${issue.message}`);

/** Every problem with the two files; [] when they are valid. */
export function checkReferenceData(data: ReferenceData): string[] {
  const problems: string[] = [];
  const publishers = z.array(publisherSchema).min(1).safeParse(data.publishers);
  const dossiers = z.array(dossierSchema).min(1).safeParse(data.dossiers);
  if (!publishers.success) problems.push(...issues('publishers.json', publishers.error));
  if (!dossiers.success) problems.push(...issues('woo_dossier_example.json', dossiers.error));

  const codes = new Set<string>();
  if (publishers.success) {
    for (const { dc_publisher: code } of publishers.data) {
      if (codes.has(code)) problems.push(`publishers.json: duplicate code ${code}`);
      codes.add(code);
    }
  }
  if (publishers.success && dossiers.success) {
    dossiers.data.forEach((dossier, index) => {
      if (!codes.has(dossier.dc_publisher)) problems.push(`woo_dossier_example.json ${index}: publisher ${dossier.dc_publisher} is not in publishers.json`);
      if (dossier.foi_decisionDate < dossier.foi_requestDate) problems.push(`woo_dossier_example.json ${index}: decision before request`);
    });
  }
  return problems;
}

export const REFERENCE_FILES = ['publishers.json', 'woo_dossier_example.json'] as const;

export async function readReferenceData(dir: string): Promise<ReferenceData & { sha256: Record<string, string> }> {
  const [publishers, dossiers] = await Promise.all(REFERENCE_FILES.map((file) => readFile(join(dir, file))));
  const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  return {
    publishers: JSON.parse(publishers!.toString('utf8')),
    dossiers: JSON.parse(dossiers!.toString('utf8')),
    sha256: { 'publishers.json': hash(publishers!), 'woo_dossier_example.json': hash(dossiers!) },
  };
}
