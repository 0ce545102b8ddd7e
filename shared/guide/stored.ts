import { z } from 'zod';
import { guideDefinitionSchema } from './definition';

/**
 * The guide as the hub hands it out (GET /guide): the latest version a coordinator saved, or null
 * while desks should keep the guide they ship with. A save (POST /guide) sends a whole definition
 * whose `version` is one above the latest, so an edit made on an older version is refused (409)
 * instead of silently replacing a colleague's.
 */
export const storedGuideSchema = z
  .object({
    guide: guideDefinitionSchema.nullable(),
    savedAt: z.iso.datetime({ offset: true }).nullable(),
    savedBy: z.string().nullable(),
  })
  .strict();
export type StoredGuide = z.infer<typeof storedGuideSchema>;
