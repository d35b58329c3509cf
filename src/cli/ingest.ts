import 'reflect-metadata';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import type { ArticleInput } from '../domain/article';
import { isInvalidInputError } from '../domain/errors';
import { connectDatabase } from '../db/connect';
import { runMigrations } from '../db/migrations';
import { articleExtractor } from '../ingest/article-extractor';
import { createLogger } from '../logger';
import { ImportService } from '../services/import-service';

/**
 * npm run ingest -- <files or folders>
 * Imports articles: NAME.txt (with an optional NAME.meta.json holding url, title, publisher, author, publishedOn)
 * or NAME.json holding one such object with its text, or a list of them. Every file is tried; the exit code is 1
 * when any failed, and the failures are named.
 */

interface Job {
  label: string;
  load: () => ArticleInput;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readUtf8(file: string): string {
  try {
    return utf8.decode(readFileSync(file));
  } catch {
    throw new Error(`${file} is not valid UTF-8 text`);
  }
}

function jobsFor(target: string): Job[] {
  if (!existsSync(target)) return [{ label: target, load: () => { throw new Error('no such file or folder'); } }];
  if (statSync(target).isDirectory()) {
    return readdirSync(target)
      .sort()
      .flatMap((entry) => {
        const full = path.join(target, entry);
        if (statSync(full).isDirectory()) return jobsFor(full);
        return /\.(txt|json)$/i.test(entry) && !/\.(meta|gold|facts)\.json$/i.test(entry) ? jobsFor(full) : [];
      });
  }
  if (/\.json$/i.test(target)) {
    let parsed: ArticleInput | ArticleInput[];
    try {
      parsed = JSON.parse(readUtf8(target)) as ArticleInput | ArticleInput[];
    } catch (error) {
      // This file fails; the others are still imported.
      const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : (error as Error).message;
      return [{ label: target, load: () => { throw new Error(reason); } }];
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    if (list.length === 0) return [{ label: target, load: () => { throw new Error('holds an empty list: no article to import'); } }];
    return list.map((article, i) => ({ label: list.length > 1 ? `${target}#${i + 1}` : target, load: () => article }));
  }
  return [
    {
      label: target,
      load: () => {
        const meta = target.replace(/\.txt$/i, '.meta.json');
        const extra = existsSync(meta) ? (JSON.parse(readUtf8(meta)) as Omit<ArticleInput, 'text'>) : {};
        return { ...extra, text: readUtf8(target) };
      },
    },
  ];
}

function progress(done: number, total: number, label: string): void {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line.slice(0, process.stderr.columns - 1).padEnd(process.stderr.columns - 1)}`);
  else process.stderr.write(`${line}\n`);
}

async function main(targets: string[]): Promise<number> {
  if (targets.length === 0) {
    process.stderr.write('usage: npm run ingest -- <files or folders>\n');
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const jobs = targets.flatMap(jobsFor);
  const { db } = await connectDatabase({ config, logger });
  const rows: string[][] = [];
  const failures: string[] = [];
  try {
    await runMigrations(db);
    const importer = new ImportService(db, articleExtractor);
    for (const [i, job] of jobs.entries()) {
      progress(i, jobs.length, job.label);
      try {
        const { plan, created, warnings } = await importer.importArticle(job.load());
        rows.push([
          job.label,
          String(plan.documents.length),
          String(plan.organizations.length),
          String(plan.meetings.length),
          String(plan.figures.length),
          String(created.nodesCreated),
          String(created.relationshipsCreated),
          String(warnings.length),
        ]);
      } catch (error) {
        const reason = isInvalidInputError(error) ? error.message : error instanceof Error ? error.message : String(error);
        failures.push(`${job.label}: ${reason}`);
        rows.push([job.label, '-', '-', '-', '-', '-', '-', 'FAILED']);
      }
    }
    progress(jobs.length, jobs.length, 'done');
    if (process.stderr.isTTY) process.stderr.write('\n');
  } finally {
    await db.close();
  }
  printTable(['article', 'documents', 'bodies', 'meetings', 'figures', 'new nodes', 'new links', 'warnings'], rows);
  if (failures.length > 0) {
    process.stderr.write(`\n${failures.length} of ${jobs.length} failed (the others were imported):\n  ${failures.join('\n  ')}\n`);
    return 1;
  }
  return 0;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
