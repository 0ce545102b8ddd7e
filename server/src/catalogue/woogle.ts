import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { isWooCategory, tooiUri, WOO_CATEGORIES, type WooCategoryCode } from '../../../shared/woo/categories';
import { DOCUMENT_TITLE_MAX } from '../../../shared/model/case';

/** Namespace for catalogue ids: uuidv5(dc_identifier), so a re-import updates instead of duplicating. */
const CATALOGUE_NAMESPACE = '7c1e0a52-3d4f-4b8e-9e61-0f2a6b9d4c13';

export function catalogueDocumentId(identifier: string): string {
  return uuidv5(`woogle:${identifier}`, CATALOGUE_NAMESPACE);
}

const TOOI_TO_CODE = new Map<string, WooCategoryCode>(Object.entries(WOO_CATEGORIES).map(([code, tooi]) => [tooi, code as WooCategoryCode]));

/**
 * Woogle's dc_type as found in the wild: the letter code ('2i'), the TOOI URI or its last part
 * ('c_3baef532'), or the code with the article ('3.3.2i', '3.3 2i').
 */
export function categoryOf(dcType: string): WooCategoryCode | undefined {
  const value = dcType.trim().toLowerCase();
  if (isWooCategory(value)) return value;
  const tooi = value.split('/').pop() ?? '';
  const byTooi = TOOI_TO_CODE.get(tooi);
  if (byTooi) return byTooi;
  const article = /^3\.3[.\s]*([12][a-l])$/.exec(value)?.[1];
  return article && isWooCategory(article) ? article : undefined;
}

const text = (max: number) => z.string().max(max).optional().default('');
const optionalDate = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? '')
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}/.test(value), 'not an ISO date (YYYY-MM-DD)')
  .transform((value) => value.slice(0, 10));

/** One Woogle row (CSV line or JSON array element); unknown columns are ignored. */
export const woogleRowSchema = z.object({
  dc_identifier: z.string().trim().min(1, 'dc_identifier is empty').max(500),
  dc_title: z.string().trim().min(1, 'dc_title is empty').max(DOCUMENT_TITLE_MAX),
  dc_description: text(20_000),
  dc_type: z.string().refine((value) => categoryOf(value) !== undefined, 'dc_type is not one of the 17 art. 3.3 categories'),
  dc_publisher: text(200),
  dc_publisher_name: text(500),
  dc_source: z.url({ protocol: /^https?$/ }),
  foi_requestText: text(100_000),
  foi_decisionText: text(100_000),
  foi_requestDate: optionalDate,
  foi_decisionDate: optionalDate,
});
export type WoogleInput = z.input<typeof woogleRowSchema>;

/** The catalogue record as `documents.data` holds it (the shape the desk's finder reads). */
export function documentData(row: z.output<typeof woogleRowSchema>): Record<string, unknown> {
  const category = categoryOf(row.dc_type)!;
  const text = [row.foi_requestText, row.foi_decisionText].filter(Boolean).join('\n\n');
  return {
    identifier: row.dc_identifier,
    title: row.dc_title.replace(/\s+/g, ' '),
    description: row.dc_description,
    category,
    categoryTooi: tooiUri(category),
    ...(row.dc_publisher ? { publisher: row.dc_publisher } : {}),
    publisherName: row.dc_publisher_name || row.dc_publisher,
    publishedOn: row.foi_decisionDate || row.foi_requestDate,
    source: row.dc_source,
    ...(text ? { text } : {}),
  };
}
