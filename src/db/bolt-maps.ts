/**
 * Builds the maps neo4j-driver decodes by plain assignment instead of one Object.defineProperty per entry.
 *
 * neo4j-driver 6.3's Unpacker defines every key of every decoded map with Object.defineProperty (so that a key named
 * `__proto__` cannot set the object's prototype). Defining properties one by one that way is V8's slow path: it was
 * the single largest function in a profile of the document and organization-tree operations (a tenth of the API's
 * CPU there), and the objects it
 * builds are slower to read again in the resolvers and in JSON.stringify. Plain assignment gives the same own,
 * enumerable, writable, configurable data properties for every key but `__proto__` (Object.prototype's only accessor),
 * which keeps the driver's defineProperty.
 *
 * It replaces Unpacker.prototype._unpackMapWithSize process-wide, once. If the driver's internals are not the ones
 * this was written against (another version), it leaves the driver alone and says so: the driver then works as shipped.
 */

import { driverModule, driverPatch, type PatchOutcome } from './driver-patch';

interface UnpackerPrototype {
  unpack(buffer: unknown, hydrate: unknown): unknown;
  _unpackMapWithSize(size: number, buffer: unknown, hydrate: unknown): Record<string, unknown>;
}

/** Makes the driver build decoded maps by assignment. Idempotent; never throws. */
export const installPlainBoltMaps: () => PatchOutcome = driverPatch(
  'bolt-maps.plain',
  () => {
    const prototype = driverModule<{ Unpacker: { prototype: UnpackerPrototype } }>('neo4j-driver-bolt-connection/lib/packstream/packstream-v1').Unpacker?.prototype;
    if (typeof prototype?._unpackMapWithSize !== 'function' || typeof prototype.unpack !== 'function') return 'Unpacker._unpackMapWithSize not found';
    // The replaced method reads a key, then a value, `size` times; a driver that does otherwise is not this one.
    if (prototype._unpackMapWithSize.length !== 3) return 'Unpacker._unpackMapWithSize has another signature';
    return prototype;
  },
  (prototype) => {
    prototype._unpackMapWithSize = function plainMap(size, buffer, hydrate) {
      const value: Record<string, unknown> = {};
      for (let i = 0; i < size; i += 1) {
        const key = this.unpack(buffer, hydrate) as string;
        const entry = this.unpack(buffer, hydrate);
        if (key === '__proto__') Object.defineProperty(value, key, { value: entry, writable: true, enumerable: true, configurable: true });
        else value[key] = entry;
      }
      return value;
    };
  },
);
