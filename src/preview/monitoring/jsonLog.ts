import { pino, stdTimeFunctions, type Logger } from 'pino';

/** How the server writes its log: `human` (start-up and reload lines, as always) or `json` (one JSON object a line). */
export type LogFormat = 'human' | 'json';

export const LOG_FORMATS: readonly LogFormat[] = ['human', 'json'];

/**
 * A pino logger that hands each JSON line to `write` (the server's `log`), so the JSON log goes
 * where the human one went and a test can read it. Level names, not numbers, and ISO times,
 * because log tools (Loki, Elastic, CloudWatch) read those without configuration.
 */
export function createJsonLogger(write: (line: string) => void): Logger {
  return pino(
    {
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    { write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) },
  );
}
