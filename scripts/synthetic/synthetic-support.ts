import { createHash } from 'node:crypto';

/**
 * What the commercialisation part of the synthetic data shares: the client, and randomness and ids
 * that depend only on the seed and a row's key, computed alike in SQL (`$1` is the seed) and in Node.
 */
export interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>;
}

/** A number in [0, 1) that depends only on the seed and `key` (an SQL text expression). */
export const chance = (key: string) => `(('x' || substr(md5($1::text || ':' || ${key}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
/**
 * A deterministic uuid for the row of a table with key `n` (an SQL expression), in the version 4
 * layout that the API's id arguments accept.
 */
export const idFor = (table: string, n: string) => {
  const hex = `md5($1::text || ':${table}:' || ${n})`;
  return `(substr(${hex}, 1, 12) || '4' || substr(${hex}, 14, 3) || substr('89ab', 1 + (get_byte(decode(substr(${hex}, 17, 2), 'hex'), 0) & 3), 1) || substr(${hex}, 18, 15))::uuid`;
};

/** `chance` in Node: the same number for the same seed and key. */
export function chanceOf(seed: number, key: string): number {
  return parseInt(createHash('md5').update(`${seed}:${key}`).digest('hex').slice(0, 8), 16) / 4294967296;
}

/** `idFor` in Node: the same uuid for the same seed, table and key. */
export function idOf(seed: number, table: string, key: string): string {
  const hex = createHash('md5').update(`${seed}:${table}:${key}`).digest('hex');
  const variant = '89ab'[parseInt(hex.slice(16, 18), 16) & 3];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** LIKE pattern of everything that starts with `prefix`. */
export const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const dayMs = 86_400_000;
/** YYYY-MM-DD `days` after `date`. */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/**
 * Inserts rows with one statement per chunk, column by column through unnest (one parameter per
 * column, whatever the number of rows).
 */
export async function insertRows(client: PgClient, table: string, columns: [name: string, type: string][], rows: unknown[][], chunk = 5000): Promise<number> {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const values = columns.map((_, c) => part.map((row) => row[c]));
    await client.query(
      `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
       SELECT * FROM unnest(${columns.map(([, type], c) => `$${c + 1}::${type}[]`).join(', ')})`,
      values,
    );
  }
  return rows.length;
}

/** Technology subjects, English and Vietnamese, matched to what the projects are about. */
export const subjects = [
  ['Low-cost IoT water-quality sensor with cloud alerts', 'water quality, sensor, IoT', 'environmental engineering'],
  ['Cảm biến chất lượng không khí giá rẻ kết nối IoT', 'chất lượng không khí, cảm biến, IoT', 'environmental engineering'],
  ['Edge-AI camera for adaptive traffic-signal control', 'traffic, computer vision, edge AI', 'transport engineering'],
  ['Hệ thống tưới tiêu thông minh dựa trên độ ẩm đất', 'tưới tiêu, nông nghiệp thông minh, cảm biến độ ẩm', 'agricultural engineering'],
  ['Rooftop solar forecasting and battery scheduling software', 'solar, energy storage, forecasting', 'energy engineering'],
  ['Quy trình xử lý nước thải phân tán bằng màng sinh học', 'xử lý nước thải, màng sinh học, môi trường', 'environmental engineering'],
  ['QR traceability platform for agricultural supply chains', 'traceability, QR, supply chain', 'computer science'],
  ['Vật liệu xây dựng tái chế từ tro bay công nghiệp', 'vật liệu tái chế, tro bay, kinh tế tuần hoàn', 'materials engineering'],
  ['Telemedicine kit for commune health stations', 'telemedicine, e-health, remote consultation', 'medical engineering'],
  ['Drone-based crop monitoring with multispectral imaging', 'drone, remote sensing, precision agriculture', 'agricultural engineering'],
  ['Nền tảng dữ liệu mở cho chính quyền số', 'dữ liệu mở, chính quyền số, nền tảng', 'computer science'],
  ['Predictive maintenance for industrial-park pumps', 'predictive maintenance, vibration sensor, machine learning', 'mechanical engineering'],
];
