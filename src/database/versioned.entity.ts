import { Column } from 'typeorm';

/** What every editable record carries: its version for optimistic concurrency, and its times. */
export abstract class VersionedEntity {
  /** Increases with every change; updates name the version they read. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
