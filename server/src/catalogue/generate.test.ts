import { describe, expect, it } from 'vitest';
import { csvHeader, csvLine, generateCatalogue } from './generate';
import { woogleRowSchema } from './woogle';

const PUBLISHERS = [
  { dc_publisher: 'gm0344', dc_publisher_name: 'Gemeente Utrecht' },
  { dc_publisher: 'gm0363', dc_publisher_name: 'Gemeente Amsterdam' },
  { dc_publisher: 'pv26', dc_publisher_name: 'Provincie Utrecht' },
];
const N = 2000;
const rows = [...generateCatalogue(N, PUBLISHERS, { seed: 7 })];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
// A subject is what a title is about once its dates and years are left out.
const stem = (title: string) => title.replace(/\d{4}(-\d{2}-\d{2})?/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

describe('the catalogue generator (issue 14 point 8)', () => {
  it('writes valid Woogle rows with distinct identifiers across all 17 categories', () => {
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((row) => row.dc_identifier)).size).toBe(N);
    expect(new Set(rows.map((row) => row.dc_type)).size).toBe(17);
    for (const row of rows.slice(0, 200)) expect(woogleRowSchema.safeParse(row).success, row.dc_identifier).toBe(true);
    expect(csvHeader().split(',')).toEqual(expect.arrayContaining(['dc_identifier', 'dc_title', 'dc_type', 'dc_publisher_name']));
    expect(csvLine(rows[0]!).endsWith('\n')).toBe(true);
  });

  it('has a few hundred distinct subjects, not a handful repeated', () => {
    const subjects = new Set(rows.map((row) => stem(row.dc_title)));
    expect(subjects.size).toBeGreaterThanOrEqual(200);
    // No single subject dominates the catalogue.
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(stem(row.dc_title), (counts.get(stem(row.dc_title)) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThan(N / 20);
    expect(new Set(rows.map((row) => stem(row.dc_description))).size).toBeGreaterThanOrEqual(300);
  });

  it('has realistic lengths: titles of a few words to a line, descriptions of one to a few sentences', () => {
    const titleWords = rows.map((row) => words(row.dc_title));
    expect(Math.min(...titleWords)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...titleWords)).toBeLessThanOrEqual(16);
    expect(Math.max(...rows.map((row) => row.dc_title.length))).toBeLessThanOrEqual(140);
    const descriptionChars = rows.map((row) => row.dc_description.length);
    expect(Math.min(...descriptionChars)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...descriptionChars)).toBeLessThanOrEqual(600);
    // Lengths vary: not every description is the same number of sentences.
    expect(new Set(rows.map((row) => row.dc_description.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 1).length)).size).toBeGreaterThanOrEqual(2);
    // Woo decisions (2i) carry a request and decision text, other categories do not.
    for (const row of rows) {
      expect(row.foi_decisionText.length > 0, row.dc_identifier).toBe(row.dc_type === '2i');
    }
  });

  it('credits each document to one of the given directory bodies', () => {
    const used = new Set(rows.map((row) => `${row.dc_publisher} ${row.dc_publisher_name}`));
    expect(used).toEqual(new Set(PUBLISHERS.map((body) => `${body.dc_publisher} ${body.dc_publisher_name}`)));
  });
});
