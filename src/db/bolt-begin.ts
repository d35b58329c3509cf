/**
 * Sends a transaction's BEGIN in the same socket write as the messages that follow it in the same turn of the event
 * loop: for a read (driver.executeQuery, GraphDatabase.read), BEGIN, RUN and PULL leave in one write instead of two.
 *
 * neo4j-driver 6.3 flushes BEGIN to the socket on its own, also when it pipelines RUN and PULL right behind it without
 * waiting for BEGIN's answer. Each write is a system call whose loopback delivery the sender pays for, and Neo4j then
 * handles BEGIN alone, answers it, and handles RUN and PULL after: measured on the benchmark's graph, joining the two
 * writes took Neo4j's CPU per path read from 1.4–2.1 ms to 1.1–1.4 ms and the driver's from 0.39–0.48 to 0.36–0.39 ms
 * (three runs each; search reads fell in two runs of three).
 *
 * It wraps BoltProtocol.prototype.write (the one all Bolt versions share) process-wide, once: a BEGIN that would be
 * flushed is only buffered, and the buffer is flushed at the end of the current turn (setImmediate), a no-op when RUN
 * and PULL already took it along. A transaction that waits for BEGIN's answer before anything else (session.executeRead
 * and executeWrite) gets it flushed then, a few microseconds later. A failed write is reported by the socket's error
 * event, which fails every observer waiting on the connection, BEGIN's included, as with the immediate flush.
 * If the driver's internals are not the ones this was written against, it leaves the driver alone and says so.
 */
import { driverModule, driverPatch, type PatchOutcome } from './driver-patch';

interface BoltProtocolPrototype {
  write(this: BoltProtocolInstance, message: { signature: number }, observer: unknown, flush: boolean): void;
}

interface BoltProtocolInstance {
  _chunker?: { flush(): unknown };
  notifyFatalError?(error: unknown): unknown;
}

/** Bolt's BEGIN message signature (the same in every Bolt version). */
const BEGIN = 0x11;

/** Flushes BEGIN with what follows it in the same turn of the event loop. Idempotent; never throws. */
export const installBufferedBegin: () => PatchOutcome = driverPatch(
  'bolt-begin.buffered',
  () => {
    const protocol = driverModule<{ default: { prototype: BoltProtocolPrototype } }>('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v1').default;
    const messages = driverModule<{ SIGNATURES: Record<string, number> }>('neo4j-driver-bolt-connection/lib/bolt/request-message');
    if (typeof protocol?.prototype?.write !== 'function') return 'BoltProtocol.write not found';
    if (messages.SIGNATURES?.BEGIN !== BEGIN) return 'Bolt message signatures not found';
    return protocol.prototype;
  },
  (prototype) => {
    const write = prototype.write;
    prototype.write = function writeBufferingBegin(message, observer, flush) {
      const chunker = this._chunker;
      if (!flush || message?.signature !== BEGIN || typeof chunker?.flush !== 'function') return write.call(this, message, observer, flush);
      write.call(this, message, observer, false);
      setImmediate(() => {
        try {
          chunker.flush();
        } catch (error) {
          // Not expected (a socket reports write failures as events, handled by the connection). Should it happen, the
          // protocol is marked broken and every observer waiting on it fails, BEGIN's included: nothing waits forever.
          this.notifyFatalError?.(error);
        }
      });
    };
  },
);
