/**
 * The bestuursorganen a request can be addressed to or a visitor referred to: the 1,527 public
 * bodies of the Woogle publisher list (data/publishers.json in the repository, see data/README.md;
 * bundled at build time as its own chunk) plus the configured municipality's own bodies, which
 * come first because almost every request at the desk is for them.
 */
import { z } from 'zod';
import { foldText } from '../../../../shared/text/searchWords';
import type { Bestuursorgaan } from '../../../../shared/woo/request';

export interface DirectoryEntry extends Bestuursorgaan {
  /** Woogle's foi_category ('Gemeente', 'Ministerie', …); null for the municipality's own bodies. */
  category: string | null;
  /** One of the configured municipality's own bodies (college, burgemeester, raad). */
  own: boolean;
  /** Folded name and code, for matching. */
  search: string;
}

export interface Municipality {
  /** TOOI code, e.g. gm0363 */
  code: string;
  /** As in the directory: 'Gemeente Amsterdam' */
  name: string;
}

/**
 * Until a coordinator configures the real municipality, the desk shows the fictitious one the demo
 * documents come from: a real city's bodies, phone number and website must never end up on a
 * visitor's receipt by default. gm9999 is no CBS municipality code, so it clashes with no publisher.
 */
export const DEFAULT_MUNICIPALITY: Municipality = { code: 'gm9999', name: 'Gemeente Voorbeeldstad' };

const publisherSchema = z.object({
  dc_publisher: z.string().trim().regex(/^[a-z0-9]+$/i),
  dc_publisher_name: z.string().trim().min(1),
  // Entries without a category, or marked 'test', are not public bodies (they are Woogle artefacts).
  foi_category: z.string().trim().min(1).refine((value) => value.toLowerCase() !== 'test'),
  foi_country_code: z.string().nullable().optional(),
  logius_oin: z.string().nullable().optional(),
});
export type Publisher = z.infer<typeof publisherSchema>;

/** Valid publishers; anything else is skipped with a warning, never a crash. */
export function parsePublishers(raw: unknown, warn: (message: string) => void = console.warn): Publisher[] {
  if (!Array.isArray(raw)) {
    warn('publishers.json is not a list; the directory is empty.');
    return [];
  }
  const out: Publisher[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const result = publisherSchema.safeParse(item);
    if (!result.success) {
      warn(`publishers.json entry ${index} skipped: ${JSON.stringify(item)?.slice(0, 120)}`);
      return;
    }
    if (seen.has(result.data.dc_publisher)) {
      warn(`publishers.json entry ${index} skipped: duplicate code ${result.data.dc_publisher}`);
      return;
    }
    seen.add(result.data.dc_publisher);
    out.push(result.data);
  });
  return out;
}

function entry(code: string, name: string, category: string | null, own: boolean): DirectoryEntry {
  return { code, name, category, own, search: foldText(`${name} ${code}`) };
}

/** 'Gemeente Amsterdam' → 'Amsterdam'; 'Gemeente 's-Hertogenbosch' → ''s-Hertogenbosch'. */
export function placeName(municipality: Municipality): string {
  return municipality.name.replace(/^gemeente\s+/i, '').trim() || municipality.name;
}

/** The bestuursorganen of a municipality (Gemeentewet): college van B&W, burgemeester, gemeenteraad. */
export function ownBodies(municipality: Municipality): DirectoryEntry[] {
  const place = placeName(municipality);
  return [
    entry(`${municipality.code}:college`, `College van burgemeester en wethouders van ${place}`, null, true),
    entry(`${municipality.code}:burgemeester`, `Burgemeester van ${place}`, null, true),
    entry(`${municipality.code}:raad`, `Gemeenteraad van ${place}`, null, true),
  ];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Own bodies first, then every publisher by name. */
export function buildDirectory(publishers: readonly Publisher[], municipality: Municipality): DirectoryEntry[] {
  const others = publishers
    .map((p) => entry(p.dc_publisher, p.dc_publisher_name, p.foi_category, false))
    .sort((a, b) => collator.compare(a.name, b.name));
  return [...ownBodies(municipality), ...others];
}

/**
 * Entries matching every typed word (accent- and case-insensitive, anywhere in the name or the
 * code). Own bodies stay first; then names or codes starting with the first word; then the rest,
 * each group in directory order. One pass over ~1,500 pre-folded strings: well under a
 * millisecond per keystroke.
 */
export function searchDirectory(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const own: DirectoryEntry[] = [];
  const starts: DirectoryEntry[] = [];
  const rest: DirectoryEntry[] = [];
  const first = words[0]!;
  for (const e of entries) {
    if (!words.every((word) => e.search.includes(word))) continue;
    if (e.own) own.push(e);
    else if (e.search.startsWith(first) || e.search.includes(` ${first}`)) starts.push(e);
    else rest.push(e);
  }
  return [...own, ...starts, ...rest];
}

let loading: Promise<Publisher[]> | undefined;

/** Loads (once) the bundled publisher list. A failed load can be retried. */
export function loadPublishers(): Promise<Publisher[]> {
  loading ??= import('../../../../data/publishers.json')
    .then((module) => parsePublishers(module.default))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
