import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLNamedInputType,
} from 'graphql';

/** A small seeded generator (mulberry32), so every run sends the same cases. */
export class SeededRandom {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** `count` distinct items of `pool`, in a seeded order. */
  pick<T>(pool: readonly T[], count: number): T[] {
    const copy = [...pool];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }

  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Text PostgreSQL cannot store, or that only looks like text. */
const unstorableText = ['\u0000', 'before\u0000after', '\ud800', 'x\udfffy', 'trail\ud83d'];
/** Text that passes a loose check and fails a strict one. */
const awkwardText = [
  '   ',
  '\t\n ',
  '',
  'x'.repeat(5000),
  'HTTPS://EXAMPLE.ORG',
  'https://',
  'javascript:alert(1)',
  "'; DROP TABLE organization; --",
  '%00',
  '\u202eevil',
  '🙂'.repeat(300),
];
/** Dates as people and ISO 8601 write them, not all of which PostgreSQL (or the calendar) accepts. */
const awkwardDates = ['2026', '2026-05', '2026-W05', '2024-100', '2023-02-29', '0000-01-01', '-100000-01-01', '99999-01-01', '2026-13-01', '2026-01-01T25:00:00Z'];
/** Numbers written as text: too big, too precise, not numbers at all. */
const awkwardNumbers = ['999999999999999999', '12345678901234567890123456789.99', '1e400', '-1', '-0', '0.000001', 'NaN', 'Infinity', '1,5'];
const awkwardIds = (random: SeededRandom) => [
  '',
  'not-a-uuid',
  '\u0000',
  random.uuid(),
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-8FFF-FFFFFFFFFFFF',
  '1',
  `${random.uuid()} `,
  '6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e-0',
];
const awkwardInts = [2147483647, -2147483648, -1, 0, 1_000_000_000, 99999];
const awkwardFloats = [1e308, -1e308, -1, 0, 1e-300, 0.5];
const awkwardTimestamps = [
  '2026',
  '-100000-01-01T00:00:00Z',
  '+275761-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59Z',
  'yesterday',
];

/** A tampered cursor: the API's cursor shape (base64url of [order, value, id]) with one part spoiled. */
export function tamperedCursors(real: string | undefined, random: SeededRandom): string[] {
  let parts: unknown[] = ['CREATED_AT:DESC', new Date(0).toISOString(), random.uuid()];
  if (real) {
    try {
      const decoded = JSON.parse(Buffer.from(real, 'base64url').toString('utf8'));
      if (Array.isArray(decoded)) parts = decoded;
    } catch {
      // Not the shape this generator knows: spoil the synthetic one instead.
    }
  }
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const withValue = (value: unknown) => encode([parts[0], value, ...parts.slice(2)]);
  return [
    withValue('-100000-01-01T00:00:00.000Z'),
    withValue('+275760-09-13T00:00:00.000Z'),
    withValue('1'.repeat(30)),
    withValue('-1'.repeat(15)),
    withValue('\u0000'),
    withValue('\ud800'),
    withValue(''),
    withValue('2026'),
    withValue('1e400'),
    withValue(12345),
    encode([parts[0], parts[1], 'not-a-uuid']),
    encode([parts[0], parts[1], '00000000-0000-0000-0000-000000000000']),
    encode(['OTHER:ASC', parts[1], parts[2]]),
    encode([...parts, 'extra']),
    encode({ order: parts[0] }),
    encode(null),
    'not a cursor',
    '\u0000',
    real ? real.slice(0, -2) : 'eyJ',
  ];
}

export interface HostileContext {
  random: SeededRandom;
  /** Leaf name (e.g. `after`, `organizationId`), to give cursors to cursors. */
  name: string;
  /** A cursor the list really returned, to tamper with. */
  realCursor?: string;
  /** How many values of each pool to pick. */
  perPool: number;
}

/**
 * Hostile values for one argument or input field, by its type in the schema: explicit null where the
 * type allows it, and values chosen (seeded) from pools that have ended in INTERNAL before.
 */
export function hostileValues(type: GraphQLInputType, context: HostileContext): unknown[] {
  const values: unknown[] = isNonNullType(type) ? [] : [null];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [...values, [], ...hostileValues(inner.ofType, context).slice(0, 2).map((element) => [element])];
  const named: GraphQLNamedInputType = getNamedType(inner);
  const { random, perPool } = context;
  if (isInputObjectType(named)) return [...values, {}];
  if (isEnumType(named)) return values;
  if (!isScalarType(named)) return values;
  switch (named.name) {
    case 'String':
      if (/^(after|before|cursor)$/i.test(context.name)) return [...values, ...random.pick(tamperedCursors(context.realCursor, random), perPool + 3)];
      return [...values, ...random.pick(unstorableText, perPool), ...random.pick([...awkwardText, ...awkwardDates, ...awkwardNumbers], perPool + 1)];
    case 'ID':
      return [...values, ...random.pick(awkwardIds(random), perPool + 1)];
    case 'Int':
      return [...values, ...random.pick(awkwardInts, perPool + 1)];
    case 'Float':
      return [...values, ...random.pick(awkwardFloats, perPool)];
    case 'DateTime':
      return [...values, ...random.pick(awkwardTimestamps, perPool + 1)];
    default:
      return values;
  }
}
