/**
 * Issue 11 point 7, "one look", kept true by a check rather than by memory: every dropdown is the
 * UI kit's (no native <select>, React Aria's Select/ComboBox used only inside renderer/src/ui/), and
 * icons come from the icon library, not from Unicode symbols in screens or texts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so a comment may still draw an arrow or quote a symbol. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Miscellaneous technical symbols, miscellaneous symbols, dingbats and emoji: icons drawn with text. */
const SYMBOL = /[\u2300-\u23ff\u2600-\u27bf\u{1f300}-\u{1faff}]/u;

const screens = files(join(root, 'renderer/src'), /\.tsx?$/);

export function symbolsIn(text: string): string[] {
  return [...text].filter((char) => SYMBOL.test(char));
}

describe('one look', () => {
  it('has no native <select> anywhere in the renderer', () => {
    const offenders = screens.filter((path) => /<select[\s>]/.test(code(path))).map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });

  it("imports React Aria's Select and ComboBox only in the UI kit (renderer/src/ui/)", () => {
    const offenders = screens
      .filter((path) => !relative(root, path).startsWith('renderer/src/ui/'))
      .filter((path) => /import\s*{[^}]*\b(Select|ComboBox)\b[^}]*}\s*from\s*'react-aria-components'/.test(code(path)))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });

  it('draws no icons with Unicode symbols in screens', () => {
    const offenders = screens.flatMap((path) => symbolsIn(code(path)).map((char) => `${relative(root, path)}: ${char}`));
    expect(offenders).toEqual([]);
  });

  it('draws no icons with Unicode symbols in the UI texts', () => {
    const offenders = files(join(root, 'locales'), /\.json$/).flatMap((path) => symbolsIn(readFileSync(path, 'utf8')).map((char) => `${relative(root, path)}: ${char}`));
    expect(offenders).toEqual([]);
  });

  it('would catch each of them (the checks can fail)', () => {
    expect(symbolsIn("const LIGHT = { overdue: '⛔', soon: '⚠', ok: '✓', paused: '⏸', home: '⌂', phone: '☎', edit: '✎' };")).toHaveLength(7);
    expect(symbolsIn('Klaar → volgende stap, 12 °C, “quote”, café')).toEqual([]);
    expect(/<select[\s>]/.test('<select name="x">')).toBe(true);
  });
});
