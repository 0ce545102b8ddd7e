export type LogLevel = 'info' | 'warn' | 'error';

/**
 * Where the hub reports; `error` carries the full error (stack included), which never goes to a
 * client. The hub's log must never contain visitor personal data (AVG): messages name routes,
 * accounts, workstations and counts, never record fields, and errors are redacted before they
 * are written (a database error message can quote the value that failed).
 */
export type Log = (level: LogLevel, message: string, error?: unknown) => void;

const REDACTIONS: ReadonlyArray<[RegExp, string]> = [
  // PostgreSQL quotes values: invalid input syntax for type uuid: "…", Key (email)=(…).
  [/"[^"\n]*"/g, '"…"'],
  [/'[^'\n]*'/g, "'…'"],
  [/=\([^)\n]*\)/g, '=(…)'],
  [/[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi, '[e-mail]'],
  [/\+?\d[\d\s-]{6,}\d/g, '[number]'],
];

export function redact(text: string): string {
  return REDACTIONS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/**
 * An error as one safe text: its name, SQLSTATE code, redacted message and stack frames. Extra
 * properties (a pg error's `detail`, `where`, query parameters) are left out on purpose.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  const cause = error.cause === undefined ? '' : `\ncaused by: ${describeError(error.cause)}`;
  return `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${redact(error.message)}${frames ? `\n${frames}` : ''}${cause}`;
}

export function formatLogLine(level: LogLevel, message: string, error?: unknown): string {
  const line = `[hub] ${level}: ${message}`;
  return error === undefined ? line : `${line} – ${describeError(error)}`;
}

export const consoleLog: Log = (level, message, error) => {
  const write = level === 'info' ? console.log : console.error;
  write(formatLogLine(level, message, error));
};

export const silentLog: Log = () => {};
