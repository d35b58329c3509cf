/**
 * Joins the chunks of a large Bolt message once, before neo4j-driver decodes it.
 *
 * Bolt sends a message in chunks of at most 64 KiB, and a message also arrives in pieces when it straddles two socket
 * reads. neo4j-driver 6.3's Dechunker hands such a message on as a CombinedBuffer, whose every byte read walks the list
 * of chunks from the start and whose every string decode builds a StringDecoder over them. A lineage answer (250 KB,
 * ~15,000 strings) then costs the API 30–37 ms of CPU to decode; joined into one buffer first, 17 ms (measured on the
 * benchmark graph of scale 10). The patch changes only how the bytes are held: the decoder reads the same bytes.
 *
 * It replaces Dechunker.prototype._onHeader process-wide, once. If the driver's internals are not the ones this was
 * written against (another version), it leaves the driver alone and says so: the driver then works as shipped.
 */

import { driverModule, driverPatch, type PatchOutcome } from './driver-patch';

interface ChunkSlice {
  _buffer: Buffer;
  position: number;
}

interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChunkSlice[] }, header: number): unknown;
}

type ChannelBufferClass = new (buffer: Buffer) => ChunkSlice;

let joined = 0;

/** How many multi-piece messages were joined in this process (for tests: proves the path ran). */
export function joinedBoltMessages(): number {
  return joined;
}

let ChannelBuffer: ChannelBufferClass;

/** Makes the driver hand multi-chunk messages to its decoder as one buffer. Idempotent; never throws. */
export const installJoinedBoltMessages: () => PatchOutcome = driverPatch(
  'bolt-messages.joined',
  () => {
    const chunking = driverModule<{ Dechunker: { prototype: DechunkerPrototype } }>('neo4j-driver-bolt-connection/lib/channel/chunking');
    const channelBuf = driverModule<{ default: ChannelBufferClass }>('neo4j-driver-bolt-connection/lib/channel/channel-buf');
    if (typeof chunking.Dechunker?.prototype?._onHeader !== 'function') return 'Dechunker._onHeader not found';
    if (typeof channelBuf.default !== 'function') return 'ChannelBuffer not found';
    ChannelBuffer = channelBuf.default;
    return chunking.Dechunker.prototype;
  },
  (prototype) => {
    const onHeader = prototype._onHeader;
    prototype._onHeader = function joinChunks(header) {
      // Header 0 ends a message; with more than one piece the driver would build a CombinedBuffer from them.
      const pieces = this._currentMessage;
      if (header === 0 && Array.isArray(pieces) && pieces.length > 1) {
        joined += 1;
        this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((piece) => piece._buffer.subarray(piece.position))))];
      }
      return onHeader.call(this, header);
    };
  },
);
