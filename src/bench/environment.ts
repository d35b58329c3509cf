import path from 'node:path';
import { findFreePort } from '../db/local-neo4j';

/** The project root (src/bench or dist/bench → two levels up). */
export const projectRoot = path.resolve(__dirname, '..', '..');

/** The data directory of the synthetic graph of `scale`: never the user's graph. */
export function benchDataDir(scale: number): string {
  return path.join(projectRoot, '.data', `bench-${scale}`);
}

/**
 * The environment `gen` and `bench` run with: the user's, and, when NEO4J_URI is unset (the local Neo4j), defaults that
 * keep the synthetic graph in its own data directory on a free port, with memory for a million nodes. Every variable
 * the user set wins.
 */
export async function benchEnvironment(scale: number, env: NodeJS.ProcessEnv = process.env): Promise<NodeJS.ProcessEnv> {
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  const defaults: Record<string, string> = { LOG_LEVEL: 'warn', SEED_ON_START: 'false', NEO4J_TX_TIMEOUT_MS: '120000' };
  if (!set('NEO4J_URI')) {
    defaults.NEO4J_DATA_DIR = benchDataDir(scale);
    defaults.NEO4J_HEAP = '2g';
    defaults.NEO4J_PAGECACHE = '2g';
    if (!set('NEO4J_BOLT_PORT')) defaults.NEO4J_BOLT_PORT = String(await findFreePort());
  }
  const merged: NodeJS.ProcessEnv = { ...env };
  for (const [name, value] of Object.entries(defaults)) if (!set(name)) merged[name] = value;
  return merged;
}

/** Reads `--scale`: a number above 0 and at most 1000. */
export function parseScale(value: string | undefined): number {
  const scale = Number(value ?? '1');
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new Error(`--scale must be a number above 0 and at most 1000, got "${value}"`);
  return scale;
}

/** 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
