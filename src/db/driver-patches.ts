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

type MissingPatch = { name: string; reason: string; without: string };

let missing: readonly MissingPatch[] | undefined;

/**
 * Installs every driver patch, once per process (GraphDatabase's constructor calls it, and every request makes a view
 * of the database); returns the ones that could not be installed, with why and what that means.
 */
export function installDriverPatches(): readonly MissingPatch[] {
  missing ??= PATCHES.flatMap(({ name, install, without }) => {
    const outcome = install();
    return outcome.installed ? [] : [{ name, reason: outcome.reason, without }];
  });
  return missing;
}
