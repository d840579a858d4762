import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** How long an answer is kept for replay (Stripe's 24 hours). */
export const replayWindowHours = 24;

/**
 * A request under way longer than this is taken for abandoned (its process died before it could
 * store the answer): a retry with the same body may then run it again, unless its writes had
 * committed. Far above the longest a request can take (statement timeouts), far below the replay window.
 */
export const abandonedAfterMs = 120_000;

export type Reservation =
  | { outcome: 'reserved' }
  | { outcome: 'replay'; statusCode: number; body: string }
  | { outcome: 'inFlight' }
  | { outcome: 'answerLost' }
  | { outcome: 'otherRequest' };

/** The only code that reads and writes `idempotent_request`. */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this request, unless it holds another one's answer or request: one statement,
   * so two requests with one key cannot both take it. An expired row, or an abandoned one of the same
   * request, is taken over.
   */
  async reserve(principal: string, key: string, requestHash: Buffer): Promise<Reservation> {
    for (;;) {
      const taken: unknown[] = await this.dataSource.query(
        `INSERT INTO idempotent_request AS r (principal, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (principal, key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, status_code = NULL, response_body = NULL, created_at = now(), completed_at = NULL
          WHERE r.created_at < now() - make_interval(hours => $4)
             OR (r.status_code IS NULL AND r.committed_at IS NULL AND r.request_hash = EXCLUDED.request_hash
                 AND r.created_at < now() - make_interval(secs => $5))
         RETURNING 1`,
        [principal, key, requestHash, replayWindowHours, abandonedAfterMs / 1000],
      );
      if (taken.length > 0) return { outcome: 'reserved' };
      const [held]: { request_hash: Buffer; status_code: number | null; response_body: string | null; answer_lost: boolean }[] = await this.dataSource.query(
        `SELECT request_hash, status_code, response_body,
                committed_at IS NOT NULL AND status_code IS NULL AND created_at < now() - make_interval(secs => $3) AS answer_lost
           FROM idempotent_request WHERE principal = $1 AND key = $2`,
        [principal, key, abandonedAfterMs / 1000],
      );
      if (!held) continue; // released in between: try again
      if (!held.request_hash.equals(requestHash)) return { outcome: 'otherRequest' };
      if (held.answer_lost) return { outcome: 'answerLost' };
      if (held.status_code === null) return { outcome: 'inFlight' };
      return { outcome: 'replay', statusCode: held.status_code, body: held.response_body! };
    }
  }

  /** Notes, inside the request's own transaction, that its writes commit. */
  async markCommitted(manager: EntityManager, principal: string, key: string): Promise<void> {
    await manager.query(`UPDATE idempotent_request SET committed_at = now() WHERE principal = $1 AND key = $2 AND committed_at IS NULL`, [principal, key]);
  }

  /** Keeps the answer for replay. */
  async complete(principal: string, key: string, statusCode: number, body: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotent_request SET status_code = $3, response_body = $4, completed_at = now()
        WHERE principal = $1 AND key = $2 AND status_code IS NULL`,
      [principal, key, statusCode, body],
    );
  }

  /**
   * Gives the key up (the answer was a fault), so the client may retry with it; unless writes of the
   * request committed, when nothing is given up: answers false, and the answer is kept instead.
   */
  async release(principal: string, key: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotent_request WHERE principal = $1 AND key = $2 AND status_code IS NULL AND committed_at IS NULL`,
      [principal, key],
    );
    return count > 0;
  }

  /** Forgets answers older than the replay window; returns how many. */
  async deleteExpired(): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotent_request WHERE created_at < now() - make_interval(hours => $1)`,
      [replayWindowHours],
    );
    return count;
  }
}
