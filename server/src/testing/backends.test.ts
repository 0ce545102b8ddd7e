import { describe, expect, it } from 'vitest';
import { backends, backendsFor, TEST_DATABASE_URL } from './backends';

// Said once per run, here, so a green run without PostgreSQL can never pass for a run with it.
if (!TEST_DATABASE_URL) console.warn('PostgreSQL backend: not run (TEST_DATABASE_URL not set)');

describe('choosing the test database backends', () => {
  it('uses PGlite only when no database URL is given, or an empty one', () => {
    expect(backendsFor(undefined).map((backend) => backend.name)).toEqual(['pglite']);
    expect(backendsFor('').map((backend) => backend.name)).toEqual(['pglite']);
  });

  it('adds PostgreSQL after PGlite when a database URL is given', () => {
    expect(backendsFor('postgres://user:secret@db.example:5432/loket').map((backend) => backend.name)).toEqual(['pglite', 'postgres']);
  });
});

describe.each(backends)('the $name test backend', ({ name, open }) => {
  it('opens the database engine its name promises', async () => {
    const { db, dispose } = await open();
    try {
      const { rows } = await db.query<{ version: string; port: number | null }>('select version() as version, inet_server_port() as port');
      if (name === 'pglite') {
        // In-process WebAssembly PostgreSQL: no server socket.
        expect(rows[0]!.version).toMatch(/PGlite/);
        expect(rows[0]!.port).toBeNull();
      } else {
        expect(rows[0]!.version).not.toMatch(/PGlite/);
        expect(rows[0]!.port).toEqual(expect.any(Number));
      }
    } finally {
      await dispose();
    }
  });
});
