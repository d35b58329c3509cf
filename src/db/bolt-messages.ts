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

interface ChunkSlice {
  _buffer: Buffer;
  position: number;
}

interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChunkSlice[] }, header: number): unknown;
}

type ChannelBufferClass = new (buffer: Buffer) => ChunkSlice;

const INSTALLED = Symbol.for('vankien-graph.bolt-messages.joined');

/** The outcome of installJoinedBoltMessages: whether the driver decodes joined messages now, and if not, why. */
export type JoinOutcome = { installed: true } | { installed: false; reason: string };

let outcome: JoinOutcome | undefined;
let joined = 0;

/** How many multi-piece messages were joined in this process (for tests: proves the path ran). */
export function joinedBoltMessages(): number {
  return joined;
}

function load(): { Dechunker: { prototype: DechunkerPrototype }; ChannelBuffer: ChannelBufferClass } | string {
  try {
    // Internal modules of the driver's Bolt layer (no "exports" map restricts them); typed here by what is used.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const chunking = require('neo4j-driver-bolt-connection/lib/channel/chunking') as { Dechunker?: { prototype: DechunkerPrototype } };
    const channelBuf = require('neo4j-driver-bolt-connection/lib/channel/channel-buf') as { default?: ChannelBufferClass };
    /* eslint-enable @typescript-eslint/no-require-imports */
    if (typeof chunking.Dechunker?.prototype?._onHeader !== 'function') return 'Dechunker._onHeader not found';
    if (typeof channelBuf.default !== 'function') return 'ChannelBuffer not found';
    return { Dechunker: chunking.Dechunker, ChannelBuffer: channelBuf.default };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Makes the driver hand multi-chunk messages to its decoder as one buffer. Idempotent; never throws. */
export function installJoinedBoltMessages(): JoinOutcome {
  if (outcome) return outcome;
  const found = load();
  if (typeof found === 'string') {
    outcome = { installed: false, reason: found };
    return outcome;
  }
  const { Dechunker, ChannelBuffer } = found;
  const prototype = Dechunker.prototype as DechunkerPrototype & { [INSTALLED]?: true };
  if (!prototype[INSTALLED]) {
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
    prototype[INSTALLED] = true;
  }
  outcome = { installed: true };
  return outcome;
}
