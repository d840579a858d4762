import type { EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { VersionConflictError } from '../common/graphql/common-errors.js';
import type { VersionedEntity } from './versioned.entity.js';

/**
 * Writes `changes` to the record if it is still at `version` (the one its writer read, or the one
 * the caller named as `expectedVersion`), moving its version on and its `updatedAt` to now. Answers
 * the typed conflict, with the version the record had when read, when someone else changed it first;
 * undefined when written. Every versioned update goes through here.
 */
export async function updateVersioned<T extends VersionedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  record: { id: string; version: number },
  changes: QueryDeepPartialEntity<T>,
  version = record.version,
): Promise<VersionConflictError | undefined> {
  const updated = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id: record.id, version })
    .execute();
  return updated.affected === 0 ? new VersionConflictError(record.version) : undefined;
}

/**
 * Writes `changes` to a record this transaction has locked (read `FOR UPDATE`), or whose version the
 * caller does not name: its version moves on and its `updatedAt` to now, whatever version it had.
 */
export async function updateLocked<T extends VersionedEntity>(manager: EntityManager, entity: EntityTarget<T>, id: string, changes: QueryDeepPartialEntity<T>): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as QueryDeepPartialEntity<T>)
    .where('id = :id', { id })
    .execute();
}
