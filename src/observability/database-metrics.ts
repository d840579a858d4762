import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics.js';

/** What pg's pool tells about itself. */
interface PoolState {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** The database pool's use, read from pg's pool at each scrape: nothing is counted per statement. */
@Injectable()
export class DatabaseMetrics {
  constructor(dataSource: DataSource, metrics: Metrics) {
    const pool = () => (dataSource.driver as unknown as { master?: PoolState }).master;
    metrics.gauge({
      name: 'db_pool_connections_open',
      help: 'Connections the database pool holds, busy or idle.',
      collect() {
        this.set(pool()?.totalCount ?? 0);
      },
    });
    metrics.gauge({
      name: 'db_pool_connections_idle',
      help: 'Connections of the pool that wait for work.',
      collect() {
        this.set(pool()?.idleCount ?? 0);
      },
    });
    metrics.gauge({
      name: 'db_pool_waiting_requests',
      help: 'Requests for a connection waiting because every connection is busy (the pool is too small, or statements too slow).',
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    metrics.gauge({
      name: 'db_pool_connections_max',
      help: 'The most connections the pool opens (DATABASE_POOL_SIZE).',
      collect() {
        this.set(pool()?.options?.max ?? 0);
      },
    });
  }
}
