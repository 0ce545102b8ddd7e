import { describe, expect, it, vi } from 'vitest';
import { IpcInputError, IpcRefusedError } from './common';
import { MAX_SAVE_BYTES, SAVE_TYPES, checkChosenPath, filtersFor, handleSaveFile, withExtension } from './saveFile';

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
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/medewerker/Documenten/export.csv', valid.data);
  });

  it('writes bytes unchanged', async () => {
    const ctx = context('/home/medewerker/Documenten/brief.pdf');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    await handleSaveFile({ suggestedName: 'brief.pdf', mimeType: 'application/pdf', data: bytes }, ctx);
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/medewerker/Documenten/brief.pdf', bytes);
  });

  it.each([
    ['application/json', 'zaak', 'zaak.json', 'JSON'],
    ['text/csv', 'contacten.CSV', 'contacten.CSV', 'CSV'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'overzicht', 'overzicht.xlsx', 'Excel'],
    ['application/pdf', 'brief.exe', 'brief.exe.pdf', 'PDF'],
  ])('derives the extension from the MIME type (%s): %s → %s, one filter', async (mimeType, suggestedName, defaultFileName, filterName) => {
    const ctx = context(null);
    await handleSaveFile({ suggestedName, mimeType, data: 'x' }, ctx);
    expect(ctx.chooseSavePath).toHaveBeenCalledWith({ defaultFileName, filters: [{ name: filterName, extensions: [SAVE_TYPES[mimeType]?.extension] }] });
  });

  it('accepts only the four types the app writes', () => {
    expect(Object.values(SAVE_TYPES).map((type) => type.extension).sort()).toEqual(['csv', 'json', 'pdf', 'xlsx']);
  });

  it.each(['text/html', 'application/x-msdownload', 'application/octet-stream', 'text/plain', 'image/svg+xml', 'TEXT/CSV'])(
    'refuses the MIME type %s before showing a dialog',
    async (mimeType) => {
      const ctx = context();
      await expect(handleSaveFile({ ...valid, mimeType }, ctx)).rejects.toThrow(/saveFile: invalid input.*mimeType/s);
      expect(ctx.chooseSavePath).not.toHaveBeenCalled();
    },
  );

  it('adds the extension when the chosen path has none', async () => {
    const ctx = context('/home/medewerker/Documenten/export');
    await expect(handleSaveFile(valid, ctx)).resolves.toEqual({ ok: true, savedTo: '/home/medewerker/Documenten/export.csv' });
    expect(ctx.writeFile).toHaveBeenCalledWith('/home/medewerker/Documenten/export.csv', valid.data);
  });

  it.each([
    ['another extension', '/home/medewerker/Bureaublad/start.desktop', /must end in \.csv/],
    ['a script', '/home/medewerker/export.csv.sh', /must end in \.csv/],
    ['a relative path', 'export.csv', /not a plain absolute path/],
    ['a control character', '/home/medewerker/ex\nport.csv', /not a plain absolute path/],
    ['a Windows device name', '/home/medewerker/NUL.csv', /device name/],
  ])('refuses a chosen path with %s and writes nothing', async (_name, chosen, message) => {
    const ctx = context(chosen);
    const error = await handleSaveFile(valid, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcRefusedError);
    expect(String(error)).toMatch(message);
    expect(ctx.writeFile).not.toHaveBeenCalled();
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
    ['a MIME type that is not a string', { ...valid, mimeType: 42 }],
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

describe('filtersFor, withExtension and checkChosenPath', () => {
  it('offers only the file’s own type', () => {
    expect(filtersFor('application/json')).toEqual([{ name: 'JSON', extensions: ['json'] }]);
    expect(filtersFor('text/html')).toEqual([]);
  });

  it('keeps a matching extension and appends the type’s otherwise', () => {
    expect(withExtension('a.json', 'json')).toBe('a.json');
    expect(withExtension('a.JSON', 'json')).toBe('a.JSON');
    expect(withExtension('a.txt', 'json')).toBe('a.txt.json');
  });

  it('returns the path to write', () => {
    expect(checkChosenPath('/tmp/a.pdf', 'pdf')).toBe('/tmp/a.pdf');
    expect(checkChosenPath('/tmp/a.PDF', 'pdf')).toBe('/tmp/a.PDF');
    expect(checkChosenPath('/tmp/a', 'pdf')).toBe('/tmp/a.pdf');
  });
});
