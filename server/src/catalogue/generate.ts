import { WOO_CATEGORY_CODES, type WooCategoryCode } from '../../../shared/woo/categories';
import TEMPLATE_TEXT from './templates.json';

/**
 * Generates realistic Woogle-format catalogue rows (issue 14 point 8) for tests, the demo and the
 * benchmarks: Dutch titles and descriptions across all 17 art. 3.3 categories, real publisher
 * codes from data/publishers.json, a few hundred distinct subjects, and lengths like real ones
 * (titles 4–14 words, descriptions 1–3 sentences, decision texts for Woo decisions).
 * Deterministic for a given seed, so a benchmark run is repeatable.
 */
export interface WoogleRow {
  dc_identifier: string;
  dc_title: string;
  dc_description: string;
  dc_type: WooCategoryCode;
  dc_publisher: string;
  dc_publisher_name: string;
  dc_source: string;
  foi_requestText: string;
  foi_decisionText: string;
  foi_requestDate: string;
  foi_decisionDate: string;
}

export interface Publisher {
  dc_publisher: string;
  dc_publisher_name: string;
}

export const WOOGLE_COLUMNS: readonly (keyof WoogleRow)[] = [
  'dc_identifier', 'dc_title', 'dc_description', 'dc_type', 'dc_publisher', 'dc_publisher_name', 'dc_source',
  'foi_requestText', 'foi_decisionText', 'foi_requestDate', 'foi_decisionDate',
];

/** Small, fast, seedable PRNG (mulberry32): Math.random cannot be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'bomenkap', 'parkeervergunningen', 'de herinrichting van het centrum', 'windturbines', 'zonneparken', 'het asielzoekerscentrum',
  'jeugdzorg', 'de Wmo-voorzieningen', 'bijstandsuitkeringen', 'schuldhulpverlening', 'het zwembad', 'de bibliotheek',
  'sportvelden', 'het afvalbeleid', 'de riolering', 'hoogwaterbescherming', 'stikstofvergunningen', 'natuurbeheer',
  'woningbouw', 'sociale huurwoningen', 'de omgevingsvisie', 'het bestemmingsplan', 'evenementenvergunningen', 'horecavergunningen',
  'cameratoezicht', 'handhaving van de openbare orde', 'de brandweerkazerne', 'het openbaar vervoer', 'fietspaden', 'laadpalen',
  'luchtkwaliteit', 'geluidsoverlast', 'de gemeentelijke belastingen', 'de begroting', 'subsidies voor verenigingen', 'het cultuurbeleid',
  'onderwijshuisvesting', 'leerlingenvervoer', 'de inburgering', 'arbeidsmigranten', 'de aanbesteding van groenonderhoud', 'ICT-inkoop',
  'datalekken', 'integriteitsmeldingen', 'de ondermijningsaanpak', 'drugsoverlast', 'coffeeshops', 'de energietransitie',
  'warmtenetten', 'aardgasvrije wijken', 'monumenten', 'archeologie', 'de markt', 'de begraafplaats',
] as const;

const PLACES = [
  'Havenkade', 'Molenlaan', 'Stationsplein', 'Dorpsstraat', 'het Julianapark', 'de Binnenstad', 'Noordwijk-Oost',
  'de Kerkbuurt', 'het Industrieterrein De Hoek', 'Sluisweg',
] as const;

// Titles and sentences per Woo category for the demo catalogue ({topic}, {place}, {year}, {date}
// are filled in); the type makes a missing category a compile error.
const TEMPLATES: Record<WooCategoryCode, { titles: string[]; sentences: string[] }> = TEMPLATE_TEXT;

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function isoDate(next: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(next() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `count` rows; `publishers` are taken from the directory (the first `publisherCount` of them). */
export function* generateCatalogue(count: number, publishers: readonly Publisher[], options: { seed?: number; publisherCount?: number } = {}): Generator<WoogleRow> {
  if (publishers.length === 0) throw new Error('generateCatalogue needs at least one publisher');
  const next = random(options.seed ?? 14);
  // Most real catalogues come from a few dozen bodies; a long tail of everyone makes facets useless.
  const bodies = publishers.slice(0, Math.max(1, options.publisherCount ?? 40));
  for (let i = 0; i < count; i++) {
    const category = WOO_CATEGORY_CODES[i % WOO_CATEGORY_CODES.length] as WooCategoryCode;
    const templates = TEMPLATES[category];
    const topic = pick(next, TOPICS);
    const place = pick(next, PLACES);
    const decisionDate = isoDate(next, 2016, 2026);
    const values = { topic, place, year: decisionDate.slice(0, 4), date: decisionDate };
    const publisher = pick(next, bodies);
    const sentences = templates.sentences.slice(0, 1 + Math.floor(next() * templates.sentences.length));
    const title = capitalise(fill(pick(next, templates.titles), values));
    const woo = category === '2i';
    yield {
      dc_identifier: `gen-${publisher.dc_publisher}-${String(i).padStart(7, '0')}`,
      dc_title: title,
      dc_description: sentences.map((sentence) => capitalise(fill(sentence, values))).join(' '),
      dc_type: category,
      dc_publisher: publisher.dc_publisher,
      dc_publisher_name: publisher.dc_publisher_name,
      // example.org (RFC 2606) answers with a page; a `.example` host would open an error page (issue 11 point 9).
      dc_source: `https://example.org/#${publisher.dc_publisher}/${i}`,
      foi_requestText: woo ? `Graag ontvang ik alle documenten over ${topic} in ${place} vanaf ${Number(values.year) - 2}.` : '',
      foi_decisionText: woo ? `Besluit: de documenten over ${topic} worden deels openbaar gemaakt. Namen van medewerkers zijn weggelakt op grond van artikel 5.1 Woo.` : '',
      foi_requestDate: woo ? isoDate(next, 2016, Number(values.year)) : '',
      foi_decisionDate: decisionDate,
    };
  }
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(): string {
  return WOOGLE_COLUMNS.join(',') + '\n';
}

export function csvLine(row: WoogleRow): string {
  return WOOGLE_COLUMNS.map((column) => csvCell(row[column])).join(',') + '\n';
}
