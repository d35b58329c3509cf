import { installBufferedBegin } from './bolt-begin';
import { installPlainBoltMaps } from './bolt-maps';
import { installJoinedBoltMessages } from './bolt-messages';
import { installStacklessStatements } from './driver-stacks';
import type { PatchOutcome } from './driver-patch';

/**
 * Every change the project makes to neo4j-driver, with what a driver without it does (for the log line), installed
 * together by GraphDatabase's constructor: each is idempotent and never throws (see driver-patch.ts).
 */
const PATCHES: ReadonlyArray<{ name: string; install: () => PatchOutcome; without: string }> = [
  { name: 'joined Bolt messages (bolt-messages.ts)', install: installJoinedBoltMessages, without: 'large Bolt messages decode as the driver ships them (slower)' },
  { name: 'stackless statements (driver-stacks.ts)', install: installStacklessStatements, without: 'statements capture their stack as the driver ships them (slower)' },
  { name: 'plain decoded maps (bolt-maps.ts)', install: installPlainBoltMaps, without: 'decoded maps are built as the driver ships them (slower)' },
  { name: 'buffered BEGIN (bolt-begin.ts)', install: installBufferedBegin, without: 'BEGIN is written to Neo4j on its own, as the driver ships it (slower)' },
];

/** Installs every driver patch; returns the ones that could not be installed, with why and what that means. */
export function installDriverPatches(): Array<{ name: string; reason: string; without: string }> {
  const missing: Array<{ name: string; reason: string; without: string }> = [];
  for (const { name, install, without } of PATCHES) {
    const outcome = install();
    if (!outcome.installed) missing.push({ name, reason: outcome.reason, without });
  }
  return missing;
}
