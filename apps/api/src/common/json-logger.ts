import { LoggerService } from '@nestjs/common';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let minLevel: Level | 'silent' = 'info';

export function setLogLevel(level: Level | 'silent'): void {
  minLevel = level;
}

/** One JSON object per line on stdout. Callers must never pass passwords, cookies or tokens. */
export function logJson(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[minLevel]) return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

export class JsonLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    logJson('info', String(message), context ? { context } : {});
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    logJson('error', String(message), {
      context: context ?? stackOrContext,
      stack: context ? stackOrContext : undefined,
    });
  }
  warn(message: unknown, context?: string): void {
    logJson('warn', String(message), context ? { context } : {});
  }
  debug(message: unknown, context?: string): void {
    logJson('debug', String(message), context ? { context } : {});
  }
  verbose(message: unknown, context?: string): void {
    logJson('debug', String(message), context ? { context } : {});
  }
}
