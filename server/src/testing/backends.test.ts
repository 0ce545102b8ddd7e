import { describe, expect, it } from 'vitest';
import { backends, TEST_DATABASE_URL } from './backends';

// Said once per run, here, so a green run without PostgreSQL can never pass for a run with it.
if (!TEST_DATABASE_URL) console.warn('PostgreSQL backend: not run (TEST_DATABASE_URL not set)');

describe('test database backends', () => {
  it(TEST_DATABASE_URL ? 'runs every server test on PGlite and PostgreSQL' : 'runs every server test on PGlite only', () => {
    expect(backends.map((backend) => backend.name)).toEqual(TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']);
  });
});
