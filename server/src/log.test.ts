import { describe, expect, it } from 'vitest';
import { describeError, formatLogLine, redact } from './log';

describe('the hub log', () => {
  it('redacts values a database error quotes', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "Fenna Zwartewaal"'), { code: '22P02', detail: 'Key (email)=(fenna@example.nl)' });
    const text = describeError(error);
    expect(text).toContain('Error [22P02]: invalid input syntax for type uuid: "…"');
    expect(text).not.toContain('Fenna');
    expect(text).not.toContain('fenna@example.nl');
    expect(text).toMatch(/\n\s+at /);
  });

  it('removes e-mail addresses, phone numbers and key values from messages', () => {
    expect(redact('duplicate key Key (email)=(a.b@example.nl) already exists')).toBe('duplicate key Key (email)=(…) already exists');
    expect(redact('call 06 1234 5678 or +31 20 555 1234, mail jan@example.nl')).toBe('call [number] or [number], mail [e-mail]');
    expect(redact('POST /sync/push failed')).toBe('POST /sync/push failed');
  });

  it('writes one line per event, the error described safely, causes included', () => {
    const line = formatLogLine('error', 'POST /sync/push failed', new Error('outer', { cause: new Error("value 'Jan de Vries' too long") }));
    expect(line.startsWith('[hub] error: POST /sync/push failed – Error: outer')).toBe(true);
    expect(line).toContain("caused by: Error: value '…' too long");
    expect(line).not.toContain('Jan de Vries');
  });
});
