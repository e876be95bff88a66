// Commits an import's chunks in file order with at most two transactions in flight: while one
// chunk commits, the next one's inserts already run in a second transaction (which waits for the
// first before it takes the operation's lock), and the rows after it are read and checked meanwhile.
import type { Db } from "@/lib/db/client";
import { commitImportChunk, type ImportContext, type PreparedRow } from "./commit-import-chunk";

export class ChunkPipeline {
  private previous: Promise<boolean> | null = null;
  private committed = 0;

  constructor(
    private readonly db: Db,
    private readonly ctx: ImportContext,
    private cursor: number,
    private readonly afterChunk?: (chunksCommitted: number) => void | Promise<void>,
  ) {}

  /** Starts this chunk; resolves once the one before it is committed (false: stop, it was not). */
  async add(rows: PreparedRow[], lastRow: number, final: boolean): Promise<boolean> {
    const mine = commitImportChunk(this.db, this.ctx, rows, { after: this.cursor, lastRow, final }, this.previous ?? undefined);
    mine.catch(() => {}); // awaited below or in settle(); this only keeps a failure from going unhandled meanwhile
    this.cursor = lastRow;
    const before = this.previous;
    this.previous = mine;
    if (before && !(await this.confirm(before))) return false;
    if (final) return this.confirm(mine);
    return true;
  }

  /** Waits for the chunk still in flight, whatever its outcome (its failure is reported by add()). */
  async settle(): Promise<void> {
    const last = this.previous;
    this.previous = null;
    await last?.catch(() => {});
  }

  private async confirm(chunk: Promise<boolean>): Promise<boolean> {
    if (!(await chunk)) return false;
    await this.afterChunk?.(++this.committed);
    return true;
  }
}
