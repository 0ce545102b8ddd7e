import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route';

describe('routes', () => {
  it('parses an area and its rest', () => {
    expect(parseRoute('#/cases/abc')).toEqual({ area: 'cases', rest: ['abc'] });
  });
  it('falls back to the contact area for empty or unknown hashes', () => {
    expect(parseRoute('')).toEqual({ area: 'contact', rest: [] });
    expect(parseRoute('#/nope')).toEqual({ area: 'contact', rest: [] });
  });
  it('round-trips encoded segments', () => {
    expect(parseRoute(routeHref('cases', 'OC 2026/1'))).toEqual({ area: 'cases', rest: ['OC 2026/1'] });
  });
});
