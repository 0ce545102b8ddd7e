/**
 * UI text lives in locales/ (Dutch is the source, English complete alongside). This checks that
 * every language has exactly the keys Dutch has, and that every literal key the renderer uses
 * exists in both UI languages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const localesDir = join(root, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

function load(lng: string, ns: string): string[] {
  return flatten(JSON.parse(readFileSync(join(localesDir, lng, `${ns}.json`), 'utf8')) as Tree);
}

const languages = readdirSync(localesDir).filter((name) => statSync(join(localesDir, name)).isDirectory());
const namespaces = (lng: string) => readdirSync(join(localesDir, lng)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

/** Keys without plural suffixes: languages have different plural categories (Polish few/many). */
const baseKeys = (keys: string[]) => [...new Set(keys.map((key) => key.replace(PLURAL, '')))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('has Dutch as the source and English for every Dutch namespace', () => {
    expect(languages).toEqual(expect.arrayContaining(['nl', 'en']));
    for (const ns of namespaces('nl')) expect(namespaces('en'), `locales/en/${ns}.json`).toContain(ns);
  });

  for (const lng of languages.filter((l) => l !== 'nl')) {
    for (const ns of namespaces(lng)) {
      it(`${lng}/${ns} has exactly the keys of nl/${ns}`, () => {
        expect(namespaces('nl'), `locales/nl/${ns}.json must exist`).toContain(ns);
        expect(baseKeys(load(lng, ns))).toEqual(baseKeys(load('nl', ns)));
      });
    }
  }

  it('has no empty strings', () => {
    for (const lng of languages) {
      for (const ns of namespaces(lng)) {
        const raw = readFileSync(join(localesDir, lng, `${ns}.json`), 'utf8');
        expect(raw, `${lng}/${ns}`).not.toMatch(/:\s*""/);
      }
    }
  });
});

describe('translation keys used by the renderer', () => {
  const files = sourceFiles(join(root, 'renderer/src'));

  it('all exist in nl and en', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const declared = [...source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")?/g)].flatMap((match) =>
        match[1] ? [...match[1].matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!) : ['common'],
      );
      const fileNamespaces = declared.length ? declared : ['common'];
      for (const match of source.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) {
        const full = match[1]!;
        const [ns, key] = full.includes(':') ? (full.split(':', 2) as [string, string]) : [undefined, full];
        const candidates = ns ? [ns] : fileNamespaces;
        for (const lng of ['nl', 'en']) {
          const found = candidates.some((candidate) => {
            const keys = namespaces(lng).includes(candidate) ? baseKeys(load(lng, candidate)) : [];
            return keys.includes(key) || keys.some((k) => k.startsWith(`${key}.`));
          });
          if (!found) missing.push(`${relative(root, file)}: ${lng} lacks '${full}' (namespaces: ${candidates.join(', ')})`);
        }
        checked++;
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
