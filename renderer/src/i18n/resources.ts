import type { Resource } from 'i18next';

/** UI languages of the application. Visitor-facing print documents may offer more (see locales/). */
export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

// Every locales/<lng>/<namespace>.json is picked up; adding a namespace needs no code change.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json', { eager: true });

function collect(): Resource {
  const out: Resource = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    out[lng] ??= {};
    out[lng][ns] = mod.default;
  }
  return out;
}

export const resources = collect();
