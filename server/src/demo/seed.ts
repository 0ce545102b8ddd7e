import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import type { Db } from '../db/db';
import { insertRecord, lockRevisions } from '../sync/records';
import { isWooCategory, tooiUri } from '../../../shared/woo/categories';
import { HANDWRITTEN_DOCUMENTS, type DemoDocument } from './documents';
import { csvHeader, csvLine, generateCatalogue } from '../catalogue/generate';
import { importCatalogue } from '../catalogue/import';

/** Namespace for demo record ids: uuidv5(key) is the same on every hub and every run. */
const DEMO_NAMESPACE = '0b8f3d6e-5c1a-4e5b-9a57-3f0c2d1e4b6a';
const SEEDED_BY = 'demo-seed';

const fileSchema = z.object({ dc_title: z.string().min(1), dc_source: z.url() });

/** The Woogle dossier fields the demo uses (DOMAIN.md "Formats"). */
const dossierSchema = z.object({
  dc_title: z.string().min(1),
  dc_description: z.string().default(''),
  dc_publisher: z.string().min(1),
  dc_type: z.string().refine(isWooCategory, 'not a Woo art. 3.3 category code'),
  foi_requestDate: z.iso.date().optional(),
  foi_decisionDate: z.iso.date().optional(),
  foi_requestText: z.string().optional(),
  foi_decisionText: z.string().optional(),
  foi_files: z
    .object({
      foi_verzoek: fileSchema.optional(),
      foi_besluit: fileSchema.optional(),
      foi_inventaris: fileSchema.optional(),
      foi_documenten: z.array(fileSchema).default([]),
    })
    .default({ foi_documenten: [] }),
});
type Dossier = z.infer<typeof dossierSchema>;

const publishersSchema = z.array(z.object({ dc_publisher: z.string(), dc_publisher_name: z.string() }));

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`demo data not found at ${path} (set LOKET_REFERENCE_DATA to the folder holding the reference data, data/ in the repository)`, { cause: error });
  }
  return JSON.parse(text);
}

/** One catalogue entry per published file of a dossier: a desk hands over a file, not a dossier. */
function dossierDocuments(dossier: Dossier, publisherName: string): DemoDocument[] {
  const files = dossier.foi_files;
  const common = {
    category: dossier.dc_type as DemoDocument['category'],
    publisher: dossier.dc_publisher,
    publisherName,
    publishedOn: dossier.foi_decisionDate ?? dossier.foi_requestDate ?? '',
    dossier: {
      title: dossier.dc_title,
      ...(dossier.foi_requestDate ? { requestDate: dossier.foi_requestDate } : {}),
      ...(dossier.foi_decisionDate ? { decisionDate: dossier.foi_decisionDate } : {}),
    },
  };
  const parts: Array<{ file: z.infer<typeof fileSchema>; documentType: string; description: string; text?: string }> = [];
  if (files.foi_besluit) {
    parts.push({
      file: files.foi_besluit,
      documentType: 'besluit',
      description: dossier.dc_description,
      ...(dossier.foi_decisionText ? { text: dossier.foi_decisionText } : {}),
    });
  }
  if (files.foi_verzoek) {
    parts.push({ file: files.foi_verzoek, documentType: 'verzoek', description: dossier.foi_requestText ?? dossier.dc_description });
  }
  if (files.foi_inventaris) {
    parts.push({ file: files.foi_inventaris, documentType: 'inventarislijst', description: `Inventarislijst bij ${dossier.dc_title}` });
  }
  for (const file of files.foi_documenten) {
    parts.push({ file, documentType: 'document', description: `Openbaar gemaakt document bij ${dossier.dc_title}` });
  }
  return parts.map(({ file, documentType, description, text }) => ({
    ...common,
    key: `woo-dossier:${file.dc_source}`,
    title: file.dc_title.replace(/\s+/g, ' ').trim(),
    description,
    documentType,
    source: file.dc_source,
    ...(text ? { text } : {}),
  }));
}

/** The documents built from `<referenceDataDir>/woo_dossier_example.json` (the repository's data/). */
export async function loadDossierDocuments(dataDir: string): Promise<DemoDocument[]> {
  const dossiers = z.array(dossierSchema).parse(await readJson(join(dataDir, 'woo_dossier_example.json')));
  const publishers = publishersSchema.parse(await readJson(join(dataDir, 'publishers.json')));
  const names = new Map(publishers.map((publisher) => [publisher.dc_publisher, publisher.dc_publisher_name]));
  return dossiers.flatMap((dossier) => dossierDocuments(dossier, names.get(dossier.dc_publisher) ?? dossier.dc_publisher));
}

export function demoDocumentId(key: string): string {
  return uuidv5(key, DEMO_NAMESPACE);
}

export interface SeedReport {
  added: number;
  alreadyPresent: number;
}

/** How many generated documents `npm start`'s demo hub carries (issue 14 point 8). */
export const DEMO_CATALOGUE_SIZE = 3000;

/**
 * The bodies of the fictitious demo region. The generated documents are invented, so they are
 * credited to invented bodies, never to a real municipality (issue 11 point 9); the municipality
 * is listed three times because a municipal desk's catalogue is mostly its own.
 */
export const DEMO_PUBLISHERS = [
  { dc_publisher: 'gm9999', dc_publisher_name: 'Gemeente Voorbeeldstad (demo)' },
  { dc_publisher: 'gm9999', dc_publisher_name: 'Gemeente Voorbeeldstad (demo)' },
  { dc_publisher: 'gm9999', dc_publisher_name: 'Gemeente Voorbeeldstad (demo)' },
  { dc_publisher: 'pv9999', dc_publisher_name: 'Provincie Voorbeeldland (demo)' },
  { dc_publisher: 'ws9999', dc_publisher_name: 'Waterschap Voorbeeldwaard (demo)' },
] as const;

/**
 * A generated catalogue of `count` documents of the demo region's bodies, through the same
 * streaming import a coordinator uses. Ids follow dc_identifier, so a second run only finds
 * them unchanged and hands out no revisions.
 */
export async function seedDemoCatalogue(db: Db, options: { count?: number } = {}): Promise<SeedReport> {
  const rows = generateCatalogue(options.count ?? DEMO_CATALOGUE_SIZE, DEMO_PUBLISHERS, { seed: 2026, publisherCount: DEMO_PUBLISHERS.length });
  async function* lines() {
    yield csvHeader();
    for (const row of rows) yield csvLine(row);
  }
  const result = await importCatalogue(db, lines(), { format: 'csv', actor: SEEDED_BY });
  return { added: result.added, alreadyPresent: result.updated + result.unchanged };
}

/**
 * Adds the demo documents that are not there yet, each under its own revision so workstations
 * receive them by pull. Running it again adds nothing.
 */
export async function seedDemo(db: Db, options: { referenceDataDir: string; now?: Date }): Promise<SeedReport> {
  const documents = [...(await loadDossierDocuments(options.referenceDataDir)), ...HANDWRITTEN_DOCUMENTS];
  const at = (options.now ?? new Date()).toISOString();
  return db.transaction(async (tx) => {
    // Taken before looking, so two hubs seeding one database at once queue instead of colliding.
    await lockRevisions(tx);
    const ids = documents.map((document) => demoDocumentId(document.key));
    const { rows } = await tx.query<{ id: string }>('select id from documents where id = any($1::uuid[])', [ids]);
    const present = new Set(rows.map((row) => row.id));
    let added = 0;
    for (const { key, ...fields } of documents) {
      const id = demoDocumentId(key);
      if (present.has(id)) continue;
      const data = { ...fields, categoryTooi: tooiUri(fields.category), demo: true };
      await insertRecord(tx, 'documents', id, { data, at, by: SEEDED_BY });
      added++;
    }
    return { added, alreadyPresent: present.size };
  });
}
