import type { Database } from "../db/client.js";
import type { Migration } from "../db/migrate.js";
import { BackupError } from "./format.js";
import { type RestoreProgress, restoreBackup } from "./restore.js";
import { digestTables, exportLines, type TableDigest, withSnapshot } from "./snapshot.js";

export interface MoveTable {
  name: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  same: boolean;
}

export interface MoveResult {
  /** True only when every table has the same row count and checksum on both sides. */
  verified: boolean;
  tables: MoveTable[];
  rows: number;
  /** Tables that differ (or exist on one side only). */
  differing: string[];
}

/**
 * Moves every table of `source` (the embedded database) into the empty `target` (PostgreSQL):
 * the target is migrated, the rows are copied as a backup streamed straight into a restore (one
 * snapshot of the source, one transaction on the target), and then both sides are read again and
 * each table's row count and checksum compared. The result says `verified` only when all agree;
 * the caller must not report success otherwise. `afterCopy` is a test hook that runs between the
 * copy and the verification.
 */
export async function moveDatabase(
  source: Database,
  target: Database,
  options: {
    now?: Date;
    migrations?: Migration[];
    onProgress?: (p: RestoreProgress) => void;
    afterCopy?: (target: Database) => Promise<void>;
  } = {},
): Promise<MoveResult> {
  const channel = lineChannel();
  const produce = withSnapshot(source.db, (tx) =>
    exportLines(tx, { source: source.kind, now: options.now ?? new Date(), emit: channel.push }),
  ).then(
    () => channel.close(),
    (error: unknown) => {
      channel.fail(error);
      throw error;
    },
  );
  const consume = restoreBackup(target, channel.lines(), {
    ...(options.migrations ? { migrations: options.migrations } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  }).catch((error: unknown) => {
    channel.cancel(error);
    throw error;
  });
  const [produced, consumed] = await Promise.allSettled([produce, consume]);
  if (consumed.status === "rejected") throw consumed.reason;
  if (produced.status === "rejected") throw produced.reason;
  if (consumed.value.migratedAfter.length > 0)
    throw new BackupError(
      `Källdatabasen var inte migrerad till den här versionen (${consumed.value.migratedAfter.join(", ")} saknades)`,
    );

  await options.afterCopy?.(target);

  const [before, after] = await Promise.all([
    withSnapshot(source.db, (tx) => digestTables(tx)),
    withSnapshot(target.db, (tx) => digestTables(tx)),
  ]);
  return compareDigests(before, after);
}

export function compareDigests(
  source: Map<string, TableDigest>,
  target: Map<string, TableDigest>,
): MoveResult {
  const names = [...new Set([...source.keys(), ...target.keys()])].sort();
  const tables = names.map((name) => {
    const s = source.get(name);
    const t = target.get(name);
    return {
      name,
      sourceRows: s?.rows ?? -1,
      targetRows: t?.rows ?? -1,
      sourceChecksum: s?.checksum ?? "",
      targetChecksum: t?.checksum ?? "",
      same: !!s && !!t && s.rows === t.rows && s.checksum === t.checksum,
    };
  });
  const differing = tables.filter((t) => !t.same).map((t) => t.name);
  return {
    verified: differing.length === 0 && tables.length > 0,
    tables,
    rows: tables.reduce((sum, t) => sum + Math.max(0, t.sourceRows), 0),
    differing,
  };
}

/** A bounded queue of lines from one producer to one consumer (backpressure both ways). */
function lineChannel(capacity = 2000) {
  const queue: string[] = [];
  let closed = false;
  let failure: { error: unknown } | null = null;
  let cancelled: { error: unknown } | null = null;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = (which: "consumer" | "producer") => {
    const fn = which === "consumer" ? wakeConsumer : wakeProducer;
    if (which === "consumer") wakeConsumer = null;
    else wakeProducer = null;
    fn?.();
  };
  return {
    async push(line: string): Promise<void> {
      if (cancelled) throw cancelled.error;
      queue.push(line);
      wake("consumer");
      while (queue.length >= capacity && !cancelled) await new Promise<void>((r) => (wakeProducer = r));
      const stop = cancelled as { error: unknown } | null;
      if (stop) throw stop.error;
    },
    close() {
      closed = true;
      wake("consumer");
    },
    fail(error: unknown) {
      failure = { error };
      wake("consumer");
    },
    cancel(error: unknown) {
      cancelled = { error };
      wake("producer");
    },
    async *lines(): AsyncGenerator<string> {
      for (;;) {
        if (queue.length > 0) {
          const line = queue.shift() as string;
          if (queue.length < capacity / 2) wake("producer");
          yield line;
          continue;
        }
        if (failure) throw (failure as { error: unknown }).error;
        if (closed) return;
        await new Promise<void>((r) => (wakeConsumer = r));
      }
    },
  };
}
