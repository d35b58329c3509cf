import 'reflect-metadata';
import { createWriteStream, mkdirSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config';
import { isInvalidInputError, type InvalidInputError } from '../domain/errors';
import { connectDatabase } from '../db/connect';
import { GraphExportReader } from '../db/repositories/graph-export-reader';
import {
  checkNeighborhood,
  EXPORT_FORMATS,
  exportGraph,
  isExportFormat,
  type ExportFormat,
  type ExportOutput,
  type ExportProgress,
  type NeighborhoodOptions,
} from '../services/export/export-service';

/**
 * npm run export -- --format json|graphml|csv [--from <id> [--hops 1..3] [--limit <n>]] [--out <path>|-]
 * Writes the whole graph, or the neighbourhood of one entity, for Gephi, yEd, Cytoscape or a script. Exit codes:
 * 0 done, 2 a bad command line (format, id, hops, limit), 1 anything else (database, disk).
 */

const USAGE = `usage: npm run export -- --format json|graphml|csv [--from <id> [--hops 1..3] [--limit <n>]] [--out <path>|-]

  --format   json: one file {nodes, edges} (default export/graph.json)
             graphml: for Gephi, yEd, Cytoscape (default export/graph.graphml)
             csv: nodes.csv and edges.csv in a folder (default export/)
  --from     export only the neighbourhood of this entity id (e.g. doc_0123456789abcdef0123)
  --hops     how far the neighbourhood reaches, 1 to 3 (default 1)
  --limit    at most this many entities in the neighbourhood, nearest first (default 5000)
  --out      the file (json, graphml) or folder (csv) to write; - writes json or graphml to standard output
`;

const DEFAULT_FOLDER = 'export';
const DEFAULT_FILES: Record<Exclude<ExportFormat, 'csv'>, string> = { json: 'graph.json', graphml: 'graph.graphml' };

/** A command line the user must fix: printed with the usage, exit code 2. */
class UsageError extends Error {}

interface ExportCommand {
  format: ExportFormat;
  neighborhood: NeighborhoodOptions | undefined;
  /** As given; unset means the default under export/. */
  out: string | undefined;
}

function wholeNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}

/** The command line, checked; range checks of hops and limit are the export's own (same messages everywhere). */
export function parseExportArgs(argv: readonly string[]): ExportCommand | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        hops: { type: 'string' },
        limit: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.format === undefined) throw new UsageError('--format is required');
  if (!isExportFormat(values.format)) {
    throw new UsageError(`unknown format "${values.format}": use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (values.from === undefined && (values.hops !== undefined || values.limit !== undefined)) {
    throw new UsageError('--hops and --limit need --from <id>');
  }
  if (values.format === 'csv' && values.out === '-') {
    throw new UsageError('csv writes two files (nodes.csv, edges.csv): give --out a folder, not -');
  }
  const neighborhood =
    values.from === undefined
      ? undefined
      : { id: values.from.trim(), hops: wholeNumber('--hops', values.hops, 1), limit: wholeNumber('--limit', values.limit, 5000) };
  return { format: values.format, neighborhood, out: values.out };
}

/** The file to write for json/graphml: `out` itself, or the default name inside it when it is a folder. */
function fileFor(format: 'json' | 'graphml', out: string | undefined): string {
  if (out === undefined) return path.join(DEFAULT_FOLDER, DEFAULT_FILES[format]);
  const isFolder = out.endsWith('/') || out.endsWith(path.sep) || isDirectory(out);
  return isFolder ? path.join(out, DEFAULT_FILES[format]) : out;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** A file written under a temporary name and renamed when complete, so that a failed export leaves no half file. */
interface PendingFile {
  stream: WriteStream;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

function openPendingFile(file: string): PendingFile {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const stream = createWriteStream(partial, { encoding: 'utf8' });
  const done = finished(stream);
  // Errors surface through the writer or `commit`; this keeps one from going unhandled meanwhile.
  done.catch(() => undefined);
  return {
    stream,
    async commit() {
      stream.end();
      await done;
      renameSync(partial, file);
    },
    async discard() {
      // A stream destroyed while still opening creates its file afterwards: remove it once the stream is closed.
      stream.destroy();
      await done.catch(() => undefined);
      rmSync(partial, { force: true });
    },
  };
}

/**
 * Progress on standard error: one line rewritten in place on a terminal; elsewhere (logs, CI) a line at most every
 * second and the last count of each step, so that a large export does not flood the log.
 */
function createProgressPrinter(stderr: Writable & { isTTY?: boolean }, intervalMs = 1000): { report(p: ExportProgress): void; end(): void } {
  let step: string | undefined;
  let pending: string | undefined;
  let printedAt = 0;
  const flush = () => {
    if (pending === undefined) return;
    stderr.write(stderr.isTTY ? '\n' : `${pending}\n`);
    pending = undefined;
  };
  return {
    report(progress) {
      const line = `${progress.step}: ${progress.done}/${progress.total}`;
      if (step !== progress.step) flush();
      step = progress.step;
      if (stderr.isTTY) {
        stderr.write(`\r${line}`);
        pending = line;
      } else if (Date.now() - printedAt >= intervalMs && progress.done > 0) {
        stderr.write(`${line}\n`);
        printedAt = Date.now();
        pending = undefined;
      } else {
        pending = line;
      }
    },
    end: flush,
  };
}

/** Says which option is wrong and why (the export's field names are the option names); exit code 2. */
function invalidInput(stderr: Writable, error: InvalidInputError): number {
  stderr.write(`--${error.field} ${error.reason}\n`);
  return 2;
}

export interface ExportCommandIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** Runs the export command and resolves with its exit code; messages go to `stderr`, data to files or `stdout`. */
export async function runExportCommand({ argv, env, stdout, stderr }: ExportCommandIo): Promise<number> {
  let command: ExportCommand | 'help';
  try {
    command = parseExportArgs(argv);
    // Before connecting: the local Neo4j may take seconds to start, a mistyped id should not.
    if (command !== 'help' && command.neighborhood) checkNeighborhood(command.neighborhood);
  } catch (error) {
    if (isInvalidInputError(error)) return invalidInput(stderr, error);
    stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (command === 'help') {
    stdout.write(USAGE);
    return 0;
  }
  const { format, neighborhood, out } = command;

  const config = loadConfig(env);
  // Standard output may carry the export itself: logs go to standard error.
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, base: { app: 'vankien-graph' } }, pino.destination(2));
  const { db } = await connectDatabase({ config, logger });
  const files: PendingFile[] = [];
  const progress = createProgressPrinter(stderr);
  const started = Date.now();
  try {
    let output: ExportOutput;
    let where: string;
    if (format === 'csv') {
      const folder = out ?? DEFAULT_FOLDER;
      const nodes = openPendingFile(path.join(folder, 'nodes.csv'));
      const edges = openPendingFile(path.join(folder, 'edges.csv'));
      files.push(nodes, edges);
      output = { format, nodesOut: nodes.stream, edgesOut: edges.stream };
      where = `${path.join(folder, 'nodes.csv')} and ${path.join(folder, 'edges.csv')}`;
    } else if (out === '-') {
      output = { format, out: stdout };
      where = 'standard output';
    } else {
      where = fileFor(format, out);
      const file = openPendingFile(where);
      files.push(file);
      output = { format, out: file.stream };
    }
    const summary = await exportGraph({ source: new GraphExportReader(db), output, neighborhood, onProgress: progress.report });
    for (const file of files) await file.commit();
    if (out === '-') await new Promise<void>((resolve) => stdout.write('', () => resolve()));
    progress.end();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const skipped = summary.skippedEdges > 0 ? ` (${summary.skippedEdges} relationship(s) to entities created during the export left out)` : '';
    stderr.write(`exported ${summary.nodes} nodes and ${summary.edges} edges as ${format} to ${where} in ${seconds} s${skipped}\n`);
    return 0;
  } catch (error) {
    progress.end();
    for (const file of files) await file.discard();
    if (isInvalidInputError(error)) return invalidInput(stderr, error);
    throw error;
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (| head) is not a failure of the export.
    if (error.code === 'EPIPE') process.exit(0);
  });
  runExportCommand({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
