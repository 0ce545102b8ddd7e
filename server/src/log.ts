export type LogLevel = 'info' | 'warn' | 'error';

/** Where the hub reports; `error` carries the full error (stack included), which never goes to a client. */
export type Log = (level: LogLevel, message: string, error?: unknown) => void;

export const consoleLog: Log = (level, message, error) => {
  const line = `[hub] ${level}: ${message}`;
  const write = level === 'info' ? console.log : console.error;
  if (error === undefined) write(line);
  else write(line, error);
};

export const silentLog: Log = () => {};
