import pino, { type Logger } from 'pino';

/** The structured logger (JSON lines on stdout). */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { app: 'vankien-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}
