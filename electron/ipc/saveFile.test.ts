import { describe, expect, it, vi } from 'vitest';
import { IpcInputError } from './common';
import { MAX_SAVE_BYTES, filtersFor, handleSaveFile } from './saveFile';

function context(chosen: string | null = '/home/medewerker/Documenten/export.csv') {
  return {
    chooseSavePath: vi.fn(async () => chosen),
    writeFile: vi.fn(async () => {}),
  };
}

const valid = { suggestedName: 'zaken-2025.csv', mimeType: 'text/csv', data: 'id;status\n1;open\n' };

describe('saveFile handler', () => {
  it('asks where to save, writes there and reports the path', async () => {
    const ctx = context();
    await expect(handleSaveFile(valid, ctx)).resolves.toEqual({ ok: true, savedTo: '/home/medewerker/Documenten/export.csv' });
    expect(ctx.chooseSavePath).toHaveBeenCalledWith({
      defaultFileName: 'zaken-2025.csv',
      filters: [
        { name: 'CSV', extensions: ['csv'] },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
    });
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/medewerker/Documenten/export.csv', valid.data);
  });

  it('writes bytes unchanged', async () => {
    const ctx = context();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    await handleSaveFile({ suggestedName: 'brief.pdf', mimeType: 'application/pdf', data: bytes }, ctx);
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/medewerker/Documenten/export.csv', bytes);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const ctx = context(null);
    await expect(handleSaveFile(valid, ctx)).resolves.toEqual({ ok: false, cancelled: true });
    expect(ctx.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['a path instead of a name', { ...valid, suggestedName: '../../.bashrc' }],
    ['an absolute path', { ...valid, suggestedName: '/etc/cron.d/x' }],
    ['a Windows path', { ...valid, suggestedName: 'C:\\Users\\x\\startup.bat' }],
    ['a hidden file', { ...valid, suggestedName: '.profile' }],
    ['a reserved device name', { ...valid, suggestedName: 'CON.csv' }],
    ['a control character', { ...valid, suggestedName: 'a\nb.csv' }],
    ['a trailing dot', { ...valid, suggestedName: 'export.' }],
    ['an empty name', { ...valid, suggestedName: '' }],
    ['an over-long name', { ...valid, suggestedName: `${'a'.repeat(300)}.csv` }],
    ['a name that is not a string', { ...valid, suggestedName: 42 }],
    ['a bad MIME type', { ...valid, mimeType: 'text/csv; drop table' }],
    ['data of the wrong type', { ...valid, data: { length: 3 } }],
    ['data as a plain array', { ...valid, data: [1, 2, 3] }],
    ['a missing field', { suggestedName: 'a.csv', mimeType: 'text/csv' }],
    ['no object at all', 'a.csv'],
    ['nothing', undefined],
  ])('rejects %s before showing a dialog', async (_name, input) => {
    const ctx = context();
    await expect(handleSaveFile(input, ctx)).rejects.toBeInstanceOf(IpcInputError);
    expect(ctx.chooseSavePath).not.toHaveBeenCalled();
    expect(ctx.writeFile).not.toHaveBeenCalled();
  });

  it('enforces the size limit on text (in UTF-8 bytes) and on bytes', async () => {
    const ctx = context();
    const justTooLongText = 'é'.repeat(MAX_SAVE_BYTES / 2 + 1); // 2 bytes per character
    await expect(handleSaveFile({ ...valid, data: justTooLongText }, ctx)).rejects.toThrow(/saveFile: invalid input/);
    await expect(handleSaveFile({ ...valid, data: new Uint8Array(MAX_SAVE_BYTES + 1) }, ctx)).rejects.toThrow(/at most/);
    await expect(handleSaveFile({ ...valid, data: new Uint8Array(MAX_SAVE_BYTES) }, ctx)).resolves.toMatchObject({ ok: true });
  });

  it('error messages describe the problem without echoing the data', async () => {
    const secret = 'BSN 123456782';
    const error = await handleSaveFile({ ...valid, suggestedName: `${secret}/x.csv` }, context()).catch((e: unknown) => e);
    expect(String(error)).toContain('suggestedName');
    expect(String(error)).not.toContain(secret);
  });
});

describe('filtersFor', () => {
  it('offers the file’s own type first', () => {
    expect(filtersFor('a.json')[0]).toEqual({ name: 'JSON', extensions: ['json'] });
    expect(filtersFor('README')).toEqual([{ name: 'Alle bestanden', extensions: ['*'] }]);
  });
});
