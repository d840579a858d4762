import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { hashPassword } from '../../src/identity/credentials.js';
import { MembershipStatus } from '../../src/memberships/membership.entity.js';
import { Helix, OrganizationKind } from '../../src/organizations/organization.enums.js';
import { existingCommercialisationCounts, writeCommercialisation, type CommercialisationCountName } from './synthetic-commercialisation.js';
import { existingTalentCounts, writeTalent, type TalentCountName } from './synthetic-talent.js';
import { IcfFactor, MilestoneKind, MilestoneStatus, ProjectStatus } from '../../src/projects/project.enums.js';
import { MemberRole, ParticipantRole, ParticipantStatus, ProjectVisibility } from '../../src/common/access/vocabulary.js';

/**
 * Synthetic sample data for load tests and demos: organisations, people, memberships, programmes,
 * projects with their participants and milestones, invented but plausible, and reproducible (the
 * same seed gives the same rows, ids included; only the password hash differs, its salt is random).
 *
 * At scale N (fractional allowed) it creates, with R(x) = Math.round(x):
 *   organisations  max(8, R(1000 N))   helices 15% GOVERNMENT, 45% INDUSTRY, 25% ACADEMIA, 15% CIVIL_SOCIETY
 *   users          max(organisations, R(10000 N)), each in 1 or 2 organisations; every organisation has an ADMIN
 *   programmes     max(1, R(25 N))
 *   projects       max(1, R(20000 N)), each with 2 to 8 participants (exactly one active COORDINATOR) and 0 to 6 milestones
 * and on those the commercialisation chain and the exchange (synthetic-commercialisation.ts): technologies,
 * disclosures, IP filings, agreements with obligations and revenue, a few spin-off startups (extra
 * organisations, each with its founder as admin), offers, demands, interests and brokered deals, and
 * incubation programmes (about one per 40 organisations, three cohorts each) that the startups apply to.
 *
 * Everything says so: descriptions start "Sample data", people's names end "(sample data)", codes
 * start `SYN<seed>-`, slugs `syn<seed>-` and emails end `@syn<seed>.sample`. Every account signs in
 * with SYNTHETIC_PASSWORD. A second run with the same seed changes nothing; another seed adds a
 * second, separate set. Dates are relative to SYNTHETIC_AS_OF, not to today, so that they repeat.
 */
export const SYNTHETIC_PASSWORD = 'sample-data-password';
export const SYNTHETIC_AS_OF = '2026-07-01';

export interface SyntheticOptions {
  /** 1 is the reference size (1,000 organisations, 20,000 projects); fractions are allowed. */
  scale: number;
  /** Unsigned 32-bit integer; 1 by default. */
  seed?: number;
  /** Progress messages. */
  log?: (message: string) => void;
}

export interface SyntheticCounts extends Record<CommercialisationCountName | TalentCountName, number> {
  organizations: number;
  users: number;
  memberships: number;
  programmes: number;
  projects: number;
  participants: number;
  milestones: number;
}

export interface SyntheticReport {
  seed: number;
  scale: number;
  /** False when this seed's data was already there: nothing was written. */
  created: boolean;
  counts: SyntheticCounts;
  seconds: number;
  codePrefix: string;
  slugPrefix: string;
  emailDomain: string;
  password: string;
}

/** The documented sizes at a scale. Memberships, participants and milestones vary within their ranges. */
export function plannedCounts(scale: number): Pick<SyntheticCounts, 'organizations' | 'users' | 'programmes' | 'projects'> {
  const organizations = Math.max(8, Math.round(1000 * scale));
  return {
    organizations,
    users: Math.max(organizations, Math.round(10_000 * scale)),
    programmes: Math.max(1, Math.round(25 * scale)),
    projects: Math.max(1, Math.round(20_000 * scale)),
  };
}

export function syntheticPrefixes(seed: number): { codePrefix: string; slugPrefix: string; emailDomain: string } {
  return { codePrefix: `SYN${seed}-`, slugPrefix: `syn${seed}-`, emailDomain: `syn${seed}.sample` };
}

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, one stream per section so that one section's changes leave the others.

class Random {
  private state: number;

  constructor(seed: number, section: string) {
    this.state = createHash('sha256').update(`${seed}:${section}`).digest().readUInt32BE(0);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(count, items.length));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** Picks indices in proportion to their weights (binary search over cumulative weights). */
class WeightedIndex {
  private readonly cumulative: Float64Array;

  constructor(
    readonly indices: readonly number[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, i) => (this.cumulative[i] = sum += weight));
  }

  get size(): number {
    return this.indices.length;
  }

  pick(random: Random): number {
    const point = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > point) high = middle;
      else low = middle + 1;
    }
    return this.indices[low];
  }
}

/** A UUID (version 4 layout) that is the same for the same seed, table and number. */
function uuidFor(seed: number, table: string, index: number): string {
  const hex = createHash('md5').update(`triple-helix-synthetic:${seed}:${table}:${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Days and money as integers; text only at the edge.

const dayMs = 86_400_000;
const asOfDay = Math.floor(Date.parse(`${SYNTHETIC_AS_OF}T00:00:00Z`) / dayMs);
const isoDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
/** A moment on `day` during Vietnamese office hours (01:00 to 11:00 UTC). */
const isoMoment = (day: number, random: Random) => new Date(day * dayMs + random.int(3600, 39_600) * 1000).toISOString();
const yearOf = (day: number) => new Date(day * dayMs).getUTCFullYear();

/** Amounts are kept in minor units (cents, xu) as safe integers and written as exact decimals. */
const decimal = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const vnd = (millions: number) => millions * 1_000_000 * 100;
/** A fixed, invented rate for budgets that mix currencies. */
const vndPerEur = 27_500;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
const slugify = (text: string) =>
  fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

// ---------------------------------------------------------------------------------------------
// Vocabulary.

interface Province {
  vi: string;
  en: string;
  /** "tỉnh" or "thành phố" before the name, as in "Sở Y tế tỉnh Bình Dương". */
  unit: string;
  code: string;
  weight: number;
}

const provinces: Province[] = [
  { vi: 'Bình Dương', en: 'Binh Duong', unit: 'tỉnh', code: 'BD', weight: 40 },
  { vi: 'Hồ Chí Minh', en: 'Ho Chi Minh City', unit: 'Thành phố', code: 'HCM', weight: 16 },
  { vi: 'Đồng Nai', en: 'Dong Nai', unit: 'tỉnh', code: 'DNA', weight: 8 },
  { vi: 'Hà Nội', en: 'Hanoi', unit: 'thành phố', code: 'HN', weight: 8 },
  { vi: 'Đà Nẵng', en: 'Da Nang', unit: 'thành phố', code: 'DN', weight: 5 },
  { vi: 'Bà Rịa - Vũng Tàu', en: 'Ba Ria - Vung Tau', unit: 'tỉnh', code: 'BRVT', weight: 4 },
  { vi: 'Long An', en: 'Long An', unit: 'tỉnh', code: 'LA', weight: 3 },
  { vi: 'Cần Thơ', en: 'Can Tho', unit: 'thành phố', code: 'CT', weight: 3 },
  { vi: 'Tây Ninh', en: 'Tay Ninh', unit: 'tỉnh', code: 'TNI', weight: 2 },
  { vi: 'Bình Phước', en: 'Binh Phuoc', unit: 'tỉnh', code: 'BP', weight: 2 },
  { vi: 'Hải Phòng', en: 'Hai Phong', unit: 'thành phố', code: 'HP', weight: 2 },
  { vi: 'Bắc Ninh', en: 'Bac Ninh', unit: 'tỉnh', code: 'BN', weight: 2 },
  { vi: 'Khánh Hòa', en: 'Khanh Hoa', unit: 'tỉnh', code: 'KH', weight: 1 },
  { vi: 'Thừa Thiên Huế', en: 'Thua Thien Hue', unit: 'tỉnh', code: 'TTH', weight: 1 },
  { vi: 'Lâm Đồng', en: 'Lam Dong', unit: 'tỉnh', code: 'LD', weight: 1 },
];
const provinceLabel = (p: Province) => `${p.unit} ${p.vi}`;

/** Places inside Binh Duong that projects are about (towns and industrial parks). */
const binhDuongPlaces: [string, string][] = [
  ['thành phố Thủ Dầu Một', 'Thu Dau Mot'],
  ['thành phố Thuận An', 'Thuan An'],
  ['thành phố Dĩ An', 'Di An'],
  ['thành phố Bến Cát', 'Ben Cat'],
  ['thành phố Tân Uyên', 'Tan Uyen'],
  ['huyện Bàu Bàng', 'Bau Bang'],
  ['huyện Dầu Tiếng', 'Dau Tieng'],
  ['Thành phố mới Bình Dương', 'Binh Duong New City'],
  ['Khu công nghiệp VSIP II', 'VSIP II industrial park'],
  ['Khu công nghiệp Mỹ Phước 3', 'My Phuoc 3 industrial park'],
  ['Khu công nghiệp Bàu Bàng', 'Bau Bang industrial park'],
];

/** Local People's Committees in Binh Duong, after the provincial ones. */
const binhDuongLocalities: [string, string][] = [
  ['thành phố Thủ Dầu Một', 'Thu Dau Mot City'],
  ['thành phố Thuận An', 'Thuan An City'],
  ['thành phố Dĩ An', 'Di An City'],
  ['thành phố Bến Cát', 'Ben Cat City'],
  ['thành phố Tân Uyên', 'Tan Uyen City'],
  ['huyện Bàu Bàng', 'Bau Bang District'],
  ['huyện Dầu Tiếng', 'Dau Tieng District'],
  ['huyện Phú Giáo', 'Phu Giao District'],
  ['huyện Bắc Tân Uyên', 'Bac Tan Uyen District'],
];

interface City {
  city: string;
  country: string;
  /** The municipality's own name. */
  municipality: string;
  companySuffix: string;
}

const cities: City[] = [
  { city: 'Eindhoven', country: 'NL', municipality: 'Gemeente Eindhoven', companySuffix: 'B.V.' },
  { city: 'Helmond', country: 'NL', municipality: 'Gemeente Helmond', companySuffix: 'B.V.' },
  { city: 'Tilburg', country: 'NL', municipality: 'Gemeente Tilburg', companySuffix: 'B.V.' },
  { city: 'Leuven', country: 'BE', municipality: 'Stad Leuven', companySuffix: 'NV' },
  { city: 'Aachen', country: 'DE', municipality: 'Stadt Aachen', companySuffix: 'GmbH' },
  { city: 'Dresden', country: 'DE', municipality: 'Stadt Dresden', companySuffix: 'GmbH' },
  { city: 'Tampere', country: 'FI', municipality: 'City of Tampere', companySuffix: 'Oy' },
  { city: 'Espoo', country: 'FI', municipality: 'City of Espoo', companySuffix: 'Oy' },
  { city: 'Grenoble', country: 'FR', municipality: 'Ville de Grenoble', companySuffix: 'SAS' },
  { city: 'Sejong', country: 'KR', municipality: 'Sejong Special Self-Governing City', companySuffix: 'Co., Ltd.' },
  { city: 'Daejeon', country: 'KR', municipality: 'Daejeon Metropolitan City', companySuffix: 'Co., Ltd.' },
  { city: 'Kawasaki', country: 'JP', municipality: 'Kawasaki City', companySuffix: 'Corporation' },
  { city: 'Taoyuan', country: 'TW', municipality: 'Taoyuan City Government', companySuffix: 'Co., Ltd.' },
  { city: 'Singapore', country: 'SG', municipality: 'Singapore Urban Office', companySuffix: 'Pte. Ltd.' },
  { city: 'Columbus', country: 'US', municipality: 'City of Columbus', companySuffix: 'Inc.' },
  { city: 'Waterloo', country: 'CA', municipality: 'City of Waterloo', companySuffix: 'Inc.' },
  { city: 'Ipswich', country: 'AU', municipality: 'City of Ipswich', companySuffix: 'Pty Ltd' },
];

const departments: [string, string, string][] = [
  ['Khoa học và Công nghệ', 'Science and Technology', 'KH&CN'],
  ['Kế hoạch và Đầu tư', 'Planning and Investment', 'KH&ĐT'],
  ['Thông tin và Truyền thông', 'Information and Communications', 'TT&TT'],
  ['Công Thương', 'Industry and Trade', 'Công Thương'],
  ['Tài nguyên và Môi trường', 'Natural Resources and Environment', 'TN&MT'],
  ['Giáo dục và Đào tạo', 'Education and Training', 'GD&ĐT'],
  ['Lao động - Thương binh và Xã hội', 'Labour, Invalids and Social Affairs', 'LĐ-TB&XH'],
  ['Nông nghiệp và Phát triển nông thôn', 'Agriculture and Rural Development', 'NN&PTNT'],
  ['Giao thông Vận tải', 'Transport', 'GTVT'],
  ['Xây dựng', 'Construction', 'Xây dựng'],
  ['Y tế', 'Health', 'Y tế'],
  ['Tài chính', 'Finance', 'Tài chính'],
];

const agencies: [string, string][] = [
  ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'Investment, Trade and Tourism Promotion Centre'],
  ['Ban Quản lý các Khu công nghiệp', 'Industrial Parks Management Board'],
  ['Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ', 'Centre for Applied Science and Technology'],
  ['Quỹ Phát triển Khoa học và Công nghệ', 'Science and Technology Development Fund'],
  ['Trung tâm Điều hành Đô thị thông minh', 'Intelligent Operations Centre'],
  ['Trung tâm Chuyển đổi số', 'Digital Transformation Centre'],
  ['Trung tâm Dịch vụ việc làm', 'Employment Service Centre'],
  ['Trung tâm Quan trắc Tài nguyên và Môi trường', 'Environmental Monitoring Centre'],
];

const brandSyllables = ['Minh', 'Phát', 'Thành', 'Công', 'Hưng', 'Thịnh', 'Tân', 'Á', 'Đại', 'Việt', 'Phú', 'An', 'Khang', 'Bình', 'Long', 'Hải', 'Sơn', 'Hoàng', 'Gia', 'Kim', 'Phúc', 'Lộc', 'Thiên', 'Trường', 'Vĩnh', 'Đông', 'Nam', 'Tín', 'Nhật', 'Quang'];
const sectors: [string, string][] = [
  ['Cơ khí chính xác', 'Precision Engineering'],
  ['Điện tử', 'Electronics'],
  ['Logistics', 'Logistics'],
  ['Dược phẩm', 'Pharmaceuticals'],
  ['Nhựa kỹ thuật', 'Engineering Plastics'],
  ['Gỗ nội thất', 'Furniture'],
  ['Dệt may', 'Textiles'],
  ['Thực phẩm', 'Foods'],
  ['Năng lượng xanh', 'Green Energy'],
  ['Phần mềm', 'Software'],
  ['Vật liệu xây dựng', 'Building Materials'],
  ['Tự động hóa', 'Automation'],
  ['Bao bì', 'Packaging'],
  ['Viễn thông', 'Telecommunications'],
  ['Môi trường', 'Environmental Services'],
  ['Nông nghiệp công nghệ cao', 'Hi-tech Agriculture'],
  ['Thiết bị y tế', 'Medical Devices'],
  ['Cao su', 'Rubber'],
  ['Gốm sứ', 'Ceramics'],
];
const startupPrefixes = ['Vina', 'Agri', 'Saigon', 'Lotus', 'Mekong', 'Bamboo', 'Lac', 'Sen', 'Viet', 'Green', 'Smart', 'Blue', 'Eco', 'Med', 'Edu', 'Fin', 'Rong'];
const startupSuffixes = ['Sense', 'Link', 'AI', 'Tech', 'Labs', 'IoT', 'Bot', 'Data', 'Bio', 'Grid', 'Go', 'Hub', 'Farm', 'Care', 'Chain', 'Mind'];
const foreignBrands = ['Brightlane', 'Northwind', 'Polderlight', 'Lumen', 'Kestrel', 'Bluefield', 'Orchid', 'Hanbit', 'Merlion', 'Tulipa', 'Aurora', 'Cobalt', 'Meridian', 'Sakura', 'Fjord', 'Beacon'];
const stateSectors: [string, string][] = [
  ['Cấp thoát nước - Môi trường', 'Water Supply, Sewerage and Environment'],
  ['Phát triển hạ tầng Khu công nghiệp', 'Industrial Park Infrastructure Development'],
  ['Xây dựng và Phát triển đô thị', 'Urban Construction and Development'],
  ['Đầu tư và Phát triển Công nghiệp', 'Industrial Investment and Development'],
  ['Vận tải hành khách công cộng', 'Public Transport'],
  ['Điện lực', 'Power'],
  ['Công viên cây xanh', 'Parks and Green Spaces'],
];
const universityFields: [string, string][] = [
  ['Kinh tế', 'Economics'],
  ['Kỹ thuật Công nghệ', 'Engineering and Technology'],
  ['Y Dược', 'Medicine and Pharmacy'],
  ['Nông Lâm', 'Agriculture and Forestry'],
  ['Sư phạm Kỹ thuật', 'Technical Education'],
  ['Công nghiệp', 'Industry'],
  ['Quốc tế', 'International Studies'],
  ['Công nghệ Thông tin', 'Information Technology'],
  ['Kiến trúc', 'Architecture'],
  ['Luật', 'Law'],
];
const researchFields: [string, string][] = [
  ['Công nghệ Sinh học', 'Biotechnology'],
  ['Khoa học Vật liệu', 'Materials Science'],
  ['Công nghệ Thông tin', 'Information Technology'],
  ['Môi trường và Tài nguyên', 'Environment and Natural Resources'],
  ['Kinh tế Số', 'Digital Economy'],
  ['Năng lượng', 'Energy'],
  ['Cơ khí và Tự động hóa', 'Mechanics and Automation'],
  ['Chính sách và Chiến lược Phát triển', 'Development Policy and Strategy'],
  ['Đô thị thông minh', 'Smart Cities'],
];
const labFields: [string, string][] = [
  ['IoT', 'IoT'],
  ['Trí tuệ nhân tạo', 'Artificial Intelligence'],
  ['Robot', 'Robotics'],
  ['Vật liệu mới', 'Advanced Materials'],
  ['Năng lượng tái tạo', 'Renewable Energy'],
  ['Dữ liệu lớn', 'Big Data'],
  ['Công nghệ thực phẩm', 'Food Technology'],
  ['Vi mạch bán dẫn', 'Semiconductors'],
  ['Thiết kế đô thị', 'Urban Design'],
];
const associations: [string, string][] = [
  ['Hội Doanh nhân trẻ', 'Young Entrepreneurs Association'],
  ['Hiệp hội Doanh nghiệp', 'Business Association'],
  ['Hội Tin học', 'Informatics Association'],
  ['Hội Nữ doanh nhân', 'Women Entrepreneurs Association'],
  ['Trung tâm Phát triển Cộng đồng', 'Community Development Centre'],
  ['Quỹ Hỗ trợ Cộng đồng', 'Community Support Fund'],
  ['Câu lạc bộ Đổi mới sáng tạo', 'Innovation Club'],
  ['Mạng lưới Khởi nghiệp', 'Startup Network'],
  ['Hội Bảo vệ Thiên nhiên và Môi trường', 'Nature and Environment Protection Association'],
];
const incubators: [string, string][] = [
  ['Vườn ươm Doanh nghiệp Công nghệ cao', 'Hi-tech Business Incubator'],
  ['Trung tâm Hỗ trợ Khởi nghiệp Đổi mới sáng tạo', 'Innovative Startup Support Centre'],
  ['Không gian Đổi mới sáng tạo', 'Innovation Space'],
];
const intermediaries: [string, string][] = [
  ['Trung tâm Chuyển giao Công nghệ', 'Technology Transfer Centre'],
  ['Sàn Giao dịch Công nghệ', 'Technology Exchange'],
  ['Trung tâm Tư vấn Sở hữu trí tuệ', 'Intellectual Property Advisory Centre'],
];
const networkRegions = ['Asia-Pacific', 'ASEAN', 'Mekong', 'Europe–Vietnam', 'Brainport', 'Nordic–Asia', 'East Asia', 'Global'];
const networkKinds = ['Smart Cities Network', 'Intelligent Communities Forum', 'Innovation Network', 'Triple Helix Association', 'Living Labs Network'];

const familyNames: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 3], ['Phan', 4.5], ['Vũ', 2], ['Võ', 2.5],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Trương', 1], ['Đinh', 0.8],
];
const middleNames = { male: ['Văn', 'Hữu', 'Minh', 'Đức', 'Quốc', 'Thanh', 'Hoàng', 'Gia'], female: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Bảo', 'Kim'] };
const givenNames = {
  male: ['An', 'Bình', 'Dũng', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Tú', 'Vinh', 'Duy'],
  female: ['Anh', 'Chi', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngọc', 'Nhung', 'Phương', 'Tâm', 'Thảo', 'Trang', 'Vy', 'Yến', 'Hằng', 'Nga'],
};
const foreignFirst = ['Anna', 'Bram', 'Daan', 'Emma', 'Femke', 'Jan', 'Lotte', 'Pieter', 'Sanne', 'Thomas', 'Lukas', 'Sophie', 'Mikko', 'Aino', 'Ji-woo', 'Min-jun', 'Haruto', 'Yui', 'Wei', 'Olivia', 'James', 'Camille'];
const foreignLast = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Müller', 'Schmidt', 'Virtanen', 'Kim', 'Lee', 'Park', 'Tanaka', 'Suzuki', 'Tan', 'Lim', 'Martin', 'Dubois', 'Smith', 'Peeters'];
const positions = {
  admin: ['Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng Hành chính'],
  editor: ['Trưởng phòng R&D', 'Điều phối viên dự án', 'Trưởng phòng Hợp tác quốc tế', 'Quản lý chương trình', 'Trưởng nhóm nghiên cứu'],
  member: ['Chuyên viên', 'Kỹ sư', 'Giảng viên', 'Nghiên cứu viên', 'Chuyên viên phân tích dữ liệu', 'Thực tập sinh', 'Cán bộ dự án'],
  foreign: ['Director', 'Programme Manager', 'Project Coordinator', 'Researcher', 'Engineer', 'Policy Advisor', 'Business Developer'],
};

interface Theme {
  vi: string[];
  en: string[];
  summary: string;
  keywords: string[];
  icf: IcfFactor[];
}

/** Project subjects; `{place}` is where the work happens. */
const themes: Theme[] = [
  {
    vi: ['Hệ thống giám sát chất lượng không khí bằng cảm biến IoT tại {place}', 'Bản đồ ô nhiễm không khí thời gian thực cho {place}'],
    en: ['IoT air-quality monitoring in {place}', 'Real-time air pollution map for {place}'],
    summary: 'Low-cost sensors and open data on air quality, with alerts for residents and factories.',
    keywords: ['IoT', 'chất lượng không khí', 'air quality', 'cảm biến', 'dữ liệu mở'],
    icf: [IcfFactor.SUSTAINABILITY, IcfFactor.BROADBAND, IcfFactor.COMMUNITY_ENGAGEMENT],
  },
  {
    vi: ['Điều khiển đèn tín hiệu giao thông thông minh tại {place}', 'Ứng dụng AI phân tích lưu lượng giao thông tại {place}'],
    en: ['Adaptive traffic lights in {place}', 'AI traffic-flow analytics for {place}'],
    summary: 'Cameras, edge AI and signal control to cut congestion at busy junctions.',
    keywords: ['giao thông thông minh', 'smart mobility', 'AI', 'camera', 'đô thị thông minh'],
    icf: [IcfFactor.INNOVATION, IcfFactor.BROADBAND],
  },
  {
    vi: ['Chuyển đổi số cho doanh nghiệp nhỏ và vừa tại {place}', 'Nền tảng số cho doanh nghiệp công nghiệp hỗ trợ tại {place}'],
    en: ['Digital transformation of SMEs in {place}', 'Digital platform for supporting industries in {place}'],
    summary: 'Diagnostics, training and shared cloud tools that help small manufacturers go digital.',
    keywords: ['chuyển đổi số', 'digital transformation', 'SME', 'doanh nghiệp nhỏ và vừa', 'cloud'],
    icf: [IcfFactor.INNOVATION, IcfFactor.KNOWLEDGE_WORKFORCE, IcfFactor.DIGITAL_EQUALITY],
  },
  {
    vi: ['Nông nghiệp công nghệ cao và truy xuất nguồn gốc tại {place}', 'Tưới tiêu thông minh cho vườn cây ăn trái {place}'],
    en: ['Hi-tech agriculture and traceability in {place}', 'Smart irrigation for orchards in {place}'],
    summary: 'Sensors, drones and QR traceability for farmers and cooperatives.',
    keywords: ['nông nghiệp công nghệ cao', 'smart farming', 'truy xuất nguồn gốc', 'traceability'],
    icf: [IcfFactor.INNOVATION, IcfFactor.SUSTAINABILITY],
  },
  {
    vi: ['Điện mặt trời mái nhà cho khu công nghiệp tại {place}', 'Lưới điện thông minh và lưu trữ năng lượng tại {place}'],
    en: ['Rooftop solar for industrial parks in {place}', 'Smart grid and energy storage in {place}'],
    summary: 'Shared rooftop solar, storage and metering for factories and their neighbours.',
    keywords: ['năng lượng tái tạo', 'renewable energy', 'điện mặt trời', 'solar', 'smart grid'],
    icf: [IcfFactor.SUSTAINABILITY, IcfFactor.INNOVATION],
  },
  {
    vi: ['Đào tạo kỹ năng số cho người lao động tại {place}', 'Chương trình thực tập doanh nghiệp cho sinh viên kỹ thuật tại {place}'],
    en: ['Digital skills for workers in {place}', 'Industry internships for engineering students in {place}'],
    summary: 'Short courses and internships that match graduates with the skills factories need.',
    keywords: ['nguồn nhân lực', 'knowledge workforce', 'đào tạo', 'kỹ năng số', 'internship'],
    icf: [IcfFactor.KNOWLEDGE_WORKFORCE, IcfFactor.DIGITAL_EQUALITY],
  },
  {
    vi: ['Dịch vụ công trực tuyến một cửa tại {place}', 'Cổng dữ liệu mở của chính quyền {place}'],
    en: ['One-stop online public services in {place}', 'Open government data portal for {place}'],
    summary: 'Online procedures and open data that make the administration faster and more transparent.',
    keywords: ['chính quyền số', 'e-government', 'dịch vụ công', 'open data', 'dữ liệu mở'],
    icf: [IcfFactor.BROADBAND, IcfFactor.DIGITAL_EQUALITY, IcfFactor.COMMUNITY_ENGAGEMENT],
  },
  {
    vi: ['Khám chữa bệnh từ xa cho trạm y tế xã tại {place}', 'Hồ sơ sức khỏe điện tử cho người dân {place}'],
    en: ['Telemedicine for commune health stations in {place}', 'Electronic health records for residents of {place}'],
    summary: 'Remote consultations and shared records between hospitals and local clinics.',
    keywords: ['y tế số', 'telemedicine', 'hồ sơ sức khỏe', 'e-health'],
    icf: [IcfFactor.DIGITAL_EQUALITY, IcfFactor.BROADBAND],
  },
  {
    vi: ['Tối ưu hóa logistics và cảng cạn tại {place}', 'Nền tảng kết nối vận tải hàng hóa cho {place}'],
    en: ['Logistics and dry-port optimisation in {place}', 'Freight matching platform for {place}'],
    summary: 'Shared data between shippers, hauliers and the dry port to cut empty trips.',
    keywords: ['logistics', 'cảng cạn', 'dry port', 'vận tải', 'supply chain'],
    icf: [IcfFactor.INNOVATION, IcfFactor.SUSTAINABILITY],
  },
  {
    vi: ['Kinh tế tuần hoàn: tái chế chất thải công nghiệp tại {place}', 'Xử lý nước thải phân tán cho {place}'],
    en: ['Circular economy: industrial waste recycling in {place}', 'Decentralised wastewater treatment for {place}'],
    summary: 'Turning one factory’s waste into another’s input, measured and certified.',
    keywords: ['kinh tế tuần hoàn', 'circular economy', 'tái chế', 'recycling', 'môi trường'],
    icf: [IcfFactor.SUSTAINABILITY, IcfFactor.COMMUNITY_ENGAGEMENT],
  },
  {
    vi: ['Hệ sinh thái khởi nghiệp đổi mới sáng tạo tại {place}', 'Chương trình tăng tốc khởi nghiệp công nghệ {place}'],
    en: ['Innovative startup ecosystem in {place}', 'Tech startup accelerator for {place}'],
    summary: 'Mentoring, seed funding and pilot customers for young technology companies.',
    keywords: ['khởi nghiệp', 'startup', 'đổi mới sáng tạo', 'innovation', 'accelerator'],
    icf: [IcfFactor.INNOVATION, IcfFactor.KNOWLEDGE_WORKFORCE],
  },
  {
    vi: ['Phủ sóng Wi-Fi công cộng và 5G tại {place}', 'Hạ tầng cáp quang cho trường học tại {place}'],
    en: ['Public Wi-Fi and 5G coverage in {place}', 'Fibre for schools in {place}'],
    summary: 'Connectivity for public spaces, schools and clinics that the market does not serve.',
    keywords: ['băng thông rộng', 'broadband', '5G', 'Wi-Fi', 'hạ tầng số'],
    icf: [IcfFactor.BROADBAND, IcfFactor.DIGITAL_EQUALITY],
  },
];

const inKindOffers = [
  'Thời gian chuyên gia (2 kỹ sư, 12 tháng)',
  'Phòng thí nghiệm và thiết bị đo',
  'Mặt bằng thử nghiệm tại khu công nghiệp',
  'Dữ liệu giao thông và cảm biến',
  'Máy chủ và hạ tầng đám mây',
  'Sinh viên thực tập và giảng viên hướng dẫn',
  'Expert time (one senior advisor, 6 months)',
  'Pilot site and operating staff',
];

const milestoneSteps = ['Khởi động dự án', 'Hoàn thành khảo sát hiện trạng', 'Lắp đặt thí điểm', 'Đánh giá giữa kỳ', 'Vận hành thử nghiệm', 'Nghiệm thu giai đoạn', 'Tổng kết dự án'];
const deliverableSteps = ['Báo cáo khảo sát hiện trạng', 'Thiết kế kiến trúc hệ thống', 'Nguyên mẫu phiên bản 1', 'Bộ dữ liệu mở', 'Báo cáo đánh giá tác động', 'Tài liệu hướng dẫn vận hành', 'Báo cáo tổng kết'];

// ---------------------------------------------------------------------------------------------
// Organisations.

interface SyntheticOrganization {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  helix: Helix;
  secondaryHelices: Helix[];
  kind: OrganizationKind;
  parent: number | null;
  country: string;
  province: Province | null;
  city: City | null;
  /** For local People's Committees: the town or district, in Vietnamese and English. */
  locality: [string, string] | null;
  website: string | null;
  verified: boolean;
  createdDay: number;
  /** How much it takes part in projects and employs people, relative to others. */
  weight: number;
}

/** Per cent of organisations in each primary helix. */
const helixShares: [Helix, number][] = [
  [Helix.GOVERNMENT, 15],
  [Helix.INDUSTRY, 45],
  [Helix.ACADEMIA, 25],
  [Helix.CIVIL_SOCIETY, 15],
];

const kindsByHelix: Record<Helix, [OrganizationKind, number][]> = {
  [Helix.GOVERNMENT]: [
    [OrganizationKind.PEOPLES_COMMITTEE, 12],
    [OrganizationKind.GOVERNMENT_DEPARTMENT, 45],
    [OrganizationKind.MUNICIPALITY, 13],
    [OrganizationKind.PUBLIC_AGENCY, 30],
  ],
  [Helix.INDUSTRY]: [
    [OrganizationKind.PRIVATE_COMPANY, 55],
    [OrganizationKind.STARTUP, 30],
    [OrganizationKind.STATE_OWNED_ENTERPRISE, 10],
    [OrganizationKind.INTERMEDIARY, 5],
  ],
  [Helix.ACADEMIA]: [
    [OrganizationKind.UNIVERSITY, 35],
    [OrganizationKind.RESEARCH_INSTITUTE, 35],
    [OrganizationKind.LAB, 30],
  ],
  [Helix.CIVIL_SOCIETY]: [
    [OrganizationKind.NGO, 55],
    [OrganizationKind.INCUBATOR, 20],
    [OrganizationKind.INTERMEDIARY, 10],
    [OrganizationKind.INTERNATIONAL_NETWORK, 15],
  ],
};

/** Share of each kind that is abroad. */
const abroad: Partial<Record<OrganizationKind, number>> = {
  [OrganizationKind.PEOPLES_COMMITTEE]: 0,
  [OrganizationKind.MUNICIPALITY]: 1,
  [OrganizationKind.INTERNATIONAL_NETWORK]: 0.9,
  [OrganizationKind.UNIVERSITY]: 0.2,
  [OrganizationKind.RESEARCH_INSTITUTE]: 0.15,
  [OrganizationKind.PRIVATE_COMPANY]: 0.12,
  [OrganizationKind.STARTUP]: 0.08,
  [OrganizationKind.INCUBATOR]: 0.1,
  [OrganizationKind.NGO]: 0.03,
};

/** Hubs take part in many projects; labs and startups in few. */
const kindWeight: Record<OrganizationKind, number> = {
  [OrganizationKind.PEOPLES_COMMITTEE]: 2.5,
  [OrganizationKind.GOVERNMENT_DEPARTMENT]: 2,
  [OrganizationKind.MUNICIPALITY]: 1,
  [OrganizationKind.PUBLIC_AGENCY]: 1.2,
  [OrganizationKind.STATE_OWNED_ENTERPRISE]: 3,
  [OrganizationKind.PRIVATE_COMPANY]: 1,
  [OrganizationKind.STARTUP]: 0.6,
  [OrganizationKind.UNIVERSITY]: 3,
  [OrganizationKind.RESEARCH_INSTITUTE]: 2,
  [OrganizationKind.LAB]: 0.8,
  [OrganizationKind.INCUBATOR]: 1,
  [OrganizationKind.INTERMEDIARY]: 0.8,
  [OrganizationKind.NGO]: 0.7,
  [OrganizationKind.INTERNATIONAL_NETWORK]: 0.8,
};

/** Kinds that others hang under; created first. */
const parentKinds = new Set([OrganizationKind.PEOPLES_COMMITTEE, OrganizationKind.UNIVERSITY, OrganizationKind.STATE_OWNED_ENTERPRISE]);

const kindLabel = (kind: OrganizationKind) => kind.toLowerCase().replace(/_/g, ' ');

/** Exactly the shares, the remainder going to the largest fractions (ties in list order); integers only. */
function helixQuota(count: number): Helix[] {
  const exact = helixShares.map(([helix, percent]) => ({ helix, whole: Math.floor((percent * count) / 100), fraction: (percent * count) % 100 }));
  let left = count - exact.reduce((sum, entry) => sum + entry.whole, 0);
  for (const entry of [...exact].sort((a, b) => b.fraction - a.fraction)) {
    if (left-- <= 0) break;
    entry.whole += 1;
  }
  return exact.flatMap((entry) => Array.from({ length: entry.whole }, () => entry.helix));
}

function generateOrganizations(seed: number, count: number, slugPrefix: string): SyntheticOrganization[] {
  const random = new Random(seed, 'organizations');
  const drafts = random.shuffle(helixQuota(count)).map((helix) => {
    const kind = random.weighted(kindsByHelix[helix]);
    return { helix, kind, foreign: random.chance(abroad[kind] ?? 0.02) };
  });
  // Parents first (older), so that a child can always point at an earlier row.
  drafts.sort((a, b) => Number(parentKinds.has(b.kind)) - Number(parentKinds.has(a.kind)));

  const popularity = random.shuffle(drafts.map((_, i) => i));
  const usedSlugs = new Set<string>();
  const usedNames = new Map<string, number>();
  const localCommittees = [...provinces.map((p) => ['province', p] as const), ...binhDuongLocalities.map((l) => ['locality', l] as const)];
  let committeesMade = 0;
  const organizations: SyntheticOrganization[] = [];

  drafts.forEach((draft, index) => {
    const { helix, kind, foreign } = draft;
    const pickProvince = () => random.weighted(provinces.map((p) => [p, p.weight] as const));
    let city = foreign ? random.pick(cities) : null;
    let province: Province | null = foreign ? null : pickProvince();
    const adopt = (kinds: OrganizationKind[], probability: number): number | null => {
      if (!random.chance(probability)) return null;
      const country = city?.country ?? 'VN';
      const options = organizations.flatMap((o, i) => (kinds.includes(o.kind) && o.country === country ? [i] : []));
      if (options.length === 0) return null;
      const sameProvince = options.filter((i) => organizations[i].province === province);
      return random.pick(sameProvince.length > 0 && random.chance(0.8) ? sameProvince : options);
    };
    const parentRule: Partial<Record<OrganizationKind, [OrganizationKind[], number]>> = {
      [OrganizationKind.GOVERNMENT_DEPARTMENT]: [[OrganizationKind.PEOPLES_COMMITTEE], 0.8],
      [OrganizationKind.PUBLIC_AGENCY]: [[OrganizationKind.PEOPLES_COMMITTEE], 0.5],
      [OrganizationKind.LAB]: [[OrganizationKind.UNIVERSITY], 0.75],
      [OrganizationKind.RESEARCH_INSTITUTE]: [[OrganizationKind.UNIVERSITY], 0.3],
      [OrganizationKind.INCUBATOR]: [[OrganizationKind.UNIVERSITY, OrganizationKind.STATE_OWNED_ENTERPRISE], 0.4],
      [OrganizationKind.PRIVATE_COMPANY]: [[OrganizationKind.STATE_OWNED_ENTERPRISE], 0.08],
    };
    const rule = parentRule[kind];
    const parent = rule ? adopt(...rule) : null;
    if (parent !== null && organizations[parent].province) province = organizations[parent].province;
    const parentOrg = parent === null ? null : organizations[parent];
    const parentName = parentOrg ? { vi: parentOrg.shortName ?? parentOrg.name, en: parentOrg.nameEn ?? fold(parentOrg.name), locality: parentOrg.locality } : null;

    // Another draw when the name is taken (one Department of Health per province); numbered if all are.
    const nextCommittee = committeesMade < localCommittees.length ? localCommittees[committeesMade] : null;
    let named = nameOrganization(random, kind, province, city, parentName, nextCommittee);
    for (let attempt = 0; usedNames.has(named.name) && attempt < 20; attempt++) {
      if (parent === null && attempt >= 3) {
        if (city) city = random.pick(cities.filter((c) => c.country === city!.country));
        else province = pickProvince();
      }
      named = nameOrganization(random, kind, province, city, parentName, nextCommittee);
    }
    if (kind === OrganizationKind.PEOPLES_COMMITTEE && !foreign) {
      committeesMade += 1;
      if (named.province) province = named.province;
    }
    let name = named.name;
    const seen = usedNames.get(name) ?? 0;
    usedNames.set(named.name, seen + 1);
    if (seen > 0) name = `${name} (${seen + 1})`;

    const base = `${slugPrefix}${slugify(named.nameEn ?? named.name).slice(0, 60).replace(/-+$/, '')}`;
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);

    const secondaryHelices = secondaryFor(random, kind, helix);
    const createdDay = asOfDay - random.int(parentKinds.has(kind) ? 1500 : 30, 2900);
    organizations.push({
      id: uuidFor(seed, 'organization', index),
      slug,
      name,
      nameEn: named.nameEn,
      shortName: named.shortName,
      helix,
      secondaryHelices,
      kind,
      parent,
      country: city?.country ?? 'VN',
      province,
      city,
      locality: named.locality ?? null,
      website: random.chance(0.6) ? `https://www.${slug.slice(slugPrefix.length).slice(0, 40).replace(/-+$/, '')}.example` : null,
      verified: random.chance(0.7),
      createdDay: parentOrg ? Math.max(createdDay, parentOrg.createdDay + 1) : createdDay,
      // Binh Duong is the region the platform starts in: its actors work together most.
      weight: (kindWeight[kind] * (foreign ? 0.5 : province === provinces[0] ? 1.5 : 1)) / Math.sqrt(popularity[index] + 1),
    });
  });
  return organizations;
}

function secondaryFor(random: Random, kind: OrganizationKind, helix: Helix): Helix[] {
  const options: [Helix, number][] = [];
  if (kind === OrganizationKind.STATE_OWNED_ENTERPRISE) options.push([Helix.GOVERNMENT, 0.7]);
  if (kind === OrganizationKind.INCUBATOR) options.push([Helix.INDUSTRY, 0.5], [Helix.ACADEMIA, 0.2]);
  if (kind === OrganizationKind.INTERMEDIARY) options.push([helix === Helix.INDUSTRY ? Helix.CIVIL_SOCIETY : Helix.INDUSTRY, 0.4]);
  if (kind === OrganizationKind.LAB) options.push([Helix.INDUSTRY, 0.2]);
  if (kind === OrganizationKind.STARTUP) options.push([Helix.ACADEMIA, 0.12]);
  if (kind === OrganizationKind.RESEARCH_INSTITUTE) options.push([Helix.INDUSTRY, 0.1]);
  if (kind === OrganizationKind.PUBLIC_AGENCY) options.push([Helix.CIVIL_SOCIETY, 0.05]);
  return options.filter(([secondary, probability]) => secondary !== helix && random.chance(probability)).map(([secondary]) => secondary);
}

interface OrganizationName {
  name: string;
  nameEn: string | null;
  shortName: string | null;
  province?: Province;
  locality?: [string, string];
}

function nameOrganization(
  random: Random,
  kind: OrganizationKind,
  province: Province | null,
  city: City | null,
  parentName: { vi: string; en: string; locality: [string, string] | null } | null,
  nextCommittee: readonly ['province', Province] | readonly ['locality', [string, string]] | null,
): OrganizationName {
  if (city) return foreignName(random, kind, city);
  const p = province ?? provinces[0];
  const brand = () => `${random.pick(brandSyllables)} ${random.pick(brandSyllables)}`;
  switch (kind) {
    case OrganizationKind.PEOPLES_COMMITTEE: {
      if (nextCommittee?.[0] === 'province') {
        const q = nextCommittee[1];
        return { name: `Ủy ban nhân dân ${provinceLabel(q)}`, nameEn: `${q.en} People's Committee`, shortName: `UBND ${q.vi}`, province: q };
      }
      const [vi, en] = nextCommittee?.[0] === 'locality' ? nextCommittee[1] : random.pick(binhDuongLocalities);
      return { name: `Ủy ban nhân dân ${vi}`, nameEn: `${en} People's Committee`, shortName: null, province: provinces[0], locality: [vi, en] };
    }
    case OrganizationKind.GOVERNMENT_DEPARTMENT: {
      const [vi, en, short] = random.pick(departments);
      // Under a town's committee it is a town office (phòng), not a provincial department (sở).
      if (parentName?.locality) return { name: `Phòng ${vi} ${parentName.locality[0]}`, nameEn: `${parentName.locality[1]} Office of ${en}`, shortName: null };
      return { name: `Sở ${vi} ${provinceLabel(p)}`, nameEn: `${p.en} Department of ${en}`, shortName: `Sở ${short} ${p.vi}` };
    }
    case OrganizationKind.PUBLIC_AGENCY: {
      const [vi, en] = random.pick(agencies);
      return { name: `${vi} ${provinceLabel(p)}`, nameEn: `${p.en} ${en}`, shortName: null };
    }
    case OrganizationKind.MUNICIPALITY:
      return { name: `Ủy ban nhân dân ${provinceLabel(p)}`, nameEn: `${p.en} People's Committee`, shortName: null };
    case OrganizationKind.STATE_OWNED_ENTERPRISE: {
      const [vi, en] = random.pick(stateSectors);
      const holding = random.chance(0.5);
      return {
        name: `${holding ? 'Tổng Công ty' : 'Công ty TNHH MTV'} ${vi} ${p.vi}`,
        nameEn: `${p.en} ${en} ${holding ? 'Corporation' : 'One Member Co., Ltd.'}`,
        shortName: null,
      };
    }
    case OrganizationKind.PRIVATE_COMPANY: {
      const [vi, en] = random.pick(sectors);
      const b = brand();
      const limited = random.chance(0.55);
      return { name: `Công ty ${limited ? 'TNHH' : 'Cổ phần'} ${vi} ${b}`, nameEn: `${fold(b)} ${en} ${limited ? 'Co., Ltd.' : 'JSC'}`, shortName: fold(b) };
    }
    case OrganizationKind.STARTUP: {
      const b = `${random.pick(startupPrefixes)}${random.pick(startupSuffixes)}`;
      return { name: `Công ty Cổ phần ${b}`, nameEn: `${b} JSC`, shortName: b };
    }
    case OrganizationKind.UNIVERSITY: {
      if (random.chance(0.2)) return { name: `Trường Đại học ${p.vi}`, nameEn: `${p.en} University`, shortName: null };
      const [vi, en] = random.pick(universityFields);
      if (random.chance(0.3)) return { name: `Trường Cao đẳng ${vi} ${p.vi}`, nameEn: `${p.en} College of ${en}`, shortName: null };
      return { name: `Trường Đại học ${vi} ${p.vi}`, nameEn: `${p.en} University of ${en}`, shortName: null };
    }
    case OrganizationKind.RESEARCH_INSTITUTE: {
      const [vi, en] = random.pick(researchFields);
      return random.chance(0.6)
        ? { name: `Viện ${vi} - ${parentName?.vi ?? p.vi}`, nameEn: `Institute of ${en}, ${parentName?.en ?? p.en}`, shortName: null }
        : { name: `Trung tâm Nghiên cứu ${vi} ${p.vi}`, nameEn: `${p.en} Research Centre for ${en}`, shortName: null };
    }
    case OrganizationKind.LAB: {
      if (random.chance(0.2)) return { name: `Fablab ${parentName?.vi ?? p.vi}`, nameEn: `Fablab ${parentName?.en ?? p.en}`, shortName: null };
      const [vi, en] = random.pick(labFields);
      return { name: `Phòng thí nghiệm ${vi} - ${parentName?.vi ?? p.vi}`, nameEn: `${en} Laboratory, ${parentName?.en ?? p.en}`, shortName: null };
    }
    case OrganizationKind.INCUBATOR: {
      const [vi, en] = random.pick(incubators);
      return { name: `${vi} ${parentName?.vi ?? p.vi}`, nameEn: `${en}, ${parentName?.en ?? p.en}`, shortName: null };
    }
    case OrganizationKind.INTERMEDIARY: {
      if (random.chance(0.4)) {
        const b = brand();
        return { name: `Công ty TNHH Tư vấn Đổi mới sáng tạo ${b}`, nameEn: `${fold(b)} Innovation Consulting Co., Ltd.`, shortName: fold(b) };
      }
      const [vi, en] = random.pick(intermediaries);
      return { name: `${vi} ${p.vi}`, nameEn: `${p.en} ${en}`, shortName: null };
    }
    case OrganizationKind.NGO: {
      const [vi, en] = random.pick(associations);
      return { name: `${vi} ${provinceLabel(p)}`, nameEn: `${p.en} ${en}`, shortName: null };
    }
    case OrganizationKind.INTERNATIONAL_NETWORK:
    {
      const [vi, en] = random.pick([['Đổi mới sáng tạo', 'Innovation'], ['Thành phố thông minh', 'Smart Cities'], ['Chuyển đổi số', 'Digital Transformation'], ['Khởi nghiệp', 'Startup']]);
      return { name: `Mạng lưới ${vi} Việt Nam`, nameEn: `Vietnam ${en} Network`, shortName: null };
    }
  }
}

function foreignName(random: Random, kind: OrganizationKind, city: City): OrganizationName {
  const english = (name: string, shortName: string | null = null): OrganizationName => ({ name, nameEn: name, shortName });
  switch (kind) {
    case OrganizationKind.MUNICIPALITY:
    case OrganizationKind.PEOPLES_COMMITTEE:
      return { name: city.municipality, nameEn: `City of ${city.city}`, shortName: null };
    case OrganizationKind.GOVERNMENT_DEPARTMENT:
    case OrganizationKind.PUBLIC_AGENCY:
      return english(`${city.city} ${random.pick(['Economic Development Board', 'Innovation Agency', 'Digital Office'])}`);
    case OrganizationKind.UNIVERSITY:
      return english(random.pick([`${city.city} University of Technology`, `University of ${city.city}`, `${city.city} University of Applied Sciences`]));
    case OrganizationKind.RESEARCH_INSTITUTE:
    case OrganizationKind.LAB:
      return english(`${city.city} Institute for ${random.pick(researchFields)[1]}`);
    case OrganizationKind.INCUBATOR:
      return english(`${random.pick(foreignBrands)} Accelerator ${city.city}`);
    case OrganizationKind.INTERNATIONAL_NETWORK:
      return english(`${random.pick(networkRegions)} ${random.pick(networkKinds)}`);
    case OrganizationKind.NGO:
      return english(`${city.city} ${random.pick(['Civic Tech Foundation', 'Community Energy Cooperative', 'Digital Inclusion Foundation'])}`);
    default: {
      const brand = random.pick(foreignBrands);
      return english(`${brand} ${random.pick(sectors)[1]} ${city.companySuffix}`, brand);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// People and memberships.

interface SyntheticUser {
  id: string;
  email: string;
  displayName: string;
  createdDay: number;
}

interface SyntheticMembership {
  organization: number;
  user: number;
  role: MemberRole;
  status: MembershipStatus;
  position: string;
  sinceDay: number;
}

function generatePeople(seed: number, userCount: number, organizations: SyntheticOrganization[], emailDomain: string) {
  const random = new Random(seed, 'people');
  const all = new WeightedIndex(
    organizations.map((_, i) => i),
    organizations.map((o) => o.weight),
  );
  const users: SyntheticUser[] = [];
  const memberships: SyntheticMembership[] = [];
  /** Users who may act for each organisation (active admins and editors). */
  const writers: number[][] = organizations.map(() => []);

  for (let i = 0; i < userCount; i++) {
    // The first user of each organisation is its admin; the rest join where the work is.
    const home = i < organizations.length ? i : all.pick(random);
    const org = organizations[home];
    const foreign = org.country !== 'VN';
    let display: string;
    let local: string;
    if (foreign) {
      const first = random.pick(foreignFirst);
      const last = random.pick(foreignLast);
      display = `${first} ${last}`;
      local = `${slugify(first)}.${slugify(last)}`;
    } else {
      const female = random.chance(0.5);
      const family = random.weighted(familyNames);
      const middle = random.pick(female ? middleNames.female : middleNames.male);
      const given = random.pick(female ? givenNames.female : givenNames.male);
      display = `${family} ${middle} ${given}`;
      local = `${slugify(given)}.${slugify(family)}`;
    }
    const createdDay = Math.min(asOfDay - 1, org.createdDay + random.int(1, 900));
    users.push({
      id: uuidFor(seed, 'user_account', i),
      email: `${local.replace(/-/g, '')}.${i + 1}@${emailDomain}`,
      displayName: `${display} (sample data)`,
      createdDay,
    });
    const role = i < organizations.length ? MemberRole.ADMIN : random.weighted([[MemberRole.ADMIN, 5], [MemberRole.EDITOR, 30], [MemberRole.MEMBER, 65]] as const);
    memberships.push({ organization: home, user: i, role, status: MembershipStatus.ACTIVE, position: positionFor(random, role, foreign), sinceDay: createdDay });
    if (role !== MemberRole.MEMBER) writers[home].push(i);

    if (random.chance(0.3)) {
      let second = all.pick(random);
      for (let attempt = 0; second === home && attempt < 10; attempt++) second = all.pick(random);
      if (second !== home) {
        const status = random.chance(0.85) ? MembershipStatus.ACTIVE : MembershipStatus.REQUESTED;
        const secondRole = random.chance(0.2) ? MemberRole.EDITOR : MemberRole.MEMBER;
        const sinceDay = Math.min(asOfDay - 1, Math.max(createdDay, organizations[second].createdDay) + random.int(0, 400));
        memberships.push({ organization: second, user: i, role: secondRole, status, position: positionFor(random, secondRole, organizations[second].country !== 'VN'), sinceDay });
        if (status === MembershipStatus.ACTIVE && secondRole === MemberRole.EDITOR) writers[second].push(i);
      }
    }
  }
  return { users, memberships, writers };
}

function positionFor(random: Random, role: MemberRole, foreign: boolean): string {
  if (foreign) return random.pick(positions.foreign);
  return random.pick(role === MemberRole.ADMIN ? positions.admin : role === MemberRole.EDITOR ? positions.editor : positions.member);
}

// ---------------------------------------------------------------------------------------------
// Writing: columns as arrays, sent as one INSERT ... SELECT FROM unnest(...) per chunk.

type SqlType = 'uuid' | 'text' | 'text[]' | 'date' | 'timestamptz' | 'numeric' | 'int4' | 'bool';

interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

const arrayLiteral = (items: readonly string[]) => `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

class Batch {
  private columns: unknown[][];
  private rows = 0;
  written = 0;

  constructor(
    private readonly client: PgClient,
    private readonly table: string,
    private readonly types: [string, SqlType][],
    private readonly chunk = 5000,
  ) {
    this.columns = types.map(() => []);
  }

  async add(values: unknown[]): Promise<void> {
    values.forEach((value, i) => this.columns[i].push(this.types[i][1] === 'text[]' ? arrayLiteral(value as string[]) : value));
    this.rows += 1;
    if (this.rows >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows === 0) return;
    const names = this.types.map(([name]) => name);
    const selected = this.types.map(([, type], i) => (type === 'text[]' ? `c${i}::text[]` : `c${i}`));
    const unnested = this.types.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`);
    await this.client.query(
      `INSERT INTO ${this.table} (${names.join(', ')}) SELECT ${selected.join(', ')} FROM unnest(${unnested.join(', ')}) AS t(${names.map((_, i) => `c${i}`).join(', ')})`,
      this.columns,
    );
    this.written += this.rows;
    this.rows = 0;
    this.columns = this.types.map(() => []);
  }
}

// ---------------------------------------------------------------------------------------------
// The generator.

/**
 * Loads synthetic sample data at `scale` into the database, in one transaction. Refuses (writes
 * nothing, `created: false`) when this seed's data is already there.
 */
export async function generateSyntheticData(dataSource: DataSource, options: SyntheticOptions): Promise<SyntheticReport> {
  const seed = options.seed ?? 1;
  const scale = options.scale;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new ConfigError('--seed must be an integer from 0 to 4294967295');
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new ConfigError('--scale must be a number above 0 and at most 100, e.g. 1 or 0.01');
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const prefixes = syntheticPrefixes(seed);
  const planned = plannedCounts(scale);
  const report = (created: boolean, counts: SyntheticCounts): SyntheticReport => ({
    seed,
    scale,
    created,
    counts,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ...prefixes,
    password: SYNTHETIC_PASSWORD,
  });

  const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
  const runner = dataSource.createQueryRunner();
  // The driver's own client: no per-statement logging, and all of it in one transaction.
  const client = (await runner.connect()) as PgClient;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL statement_timeout = '15min'`);
    // Two runs with the same seed at once: the second waits here, then finds the first's data.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`synthetic:${seed}`]);
    const present = await existingCounts(client, prefixes);
    if (present.organizations > 0 || present.users > 0 || present.projects > 0) {
      await client.query('ROLLBACK');
      return report(false, present);
    }

    const organizations = generateOrganizations(seed, planned.organizations, prefixes.slugPrefix);
    const orgBatch = new Batch(client, 'organization', [
      ['id', 'uuid'], ['slug', 'text'], ['name', 'text'], ['name_en', 'text'], ['short_name', 'text'], ['helix', 'text'], ['secondary_helices', 'text[]'],
      ['kind', 'text'], ['parent_id', 'uuid'], ['country', 'text'], ['province', 'text'], ['website', 'text'], ['description', 'text'], ['verified', 'bool'],
      ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
    ]);
    const orgRandom = new Random(seed, 'organization-rows');
    for (const o of organizations) {
      const created = isoMoment(o.createdDay, orgRandom);
      await orgBatch.add([
        o.id, o.slug, o.name, o.nameEn, o.shortName, o.helix, o.secondaryHelices, o.kind, o.parent === null ? null : organizations[o.parent].id, o.country,
        o.province?.vi ?? null, o.website,
        `Sample data: an invented ${kindLabel(o.kind)}${o.city ? ` in ${o.city.city}` : ''}, generated by seed:synthetic (seed ${seed}). Not a real organisation.`,
        o.verified, created, created,
      ]);
    }
    await orgBatch.flush();
    log(`${orgBatch.written} organisations`);

    const { users, memberships, writers } = generatePeople(seed, planned.users, organizations, prefixes.emailDomain);
    const userBatch = new Batch(client, 'user_account', [['id', 'uuid'], ['email', 'text'], ['display_name', 'text'], ['password_hash', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']]);
    const userRandom = new Random(seed, 'user-rows');
    for (const u of users) {
      const created = isoMoment(u.createdDay, userRandom);
      await userBatch.add([u.id, u.email, u.displayName, passwordHash, created, created]);
    }
    await userBatch.flush();
    const membershipBatch = new Batch(client, 'membership', [
      ['id', 'uuid'], ['organization_id', 'uuid'], ['user_id', 'uuid'], ['role', 'text'], ['status', 'text'], ['position', 'text'], ['since', 'date'],
      ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
    ]);
    for (const [index, m] of memberships.entries()) {
      const created = isoMoment(m.sinceDay, userRandom);
      await membershipBatch.add([
        uuidFor(seed, 'membership', index), organizations[m.organization].id, users[m.user].id, m.role, m.status, m.position,
        m.status === MembershipStatus.ACTIVE ? isoDay(m.sinceDay) : null, created, created,
      ]);
    }
    await membershipBatch.flush();
    log(`${userBatch.written} users, ${membershipBatch.written} memberships`);

    const programmes = await writeProgrammes(client, seed, planned.programmes, organizations, prefixes.codePrefix);
    const projectCounts = await writeProjects(client, seed, planned.projects, organizations, writers, users, programmes, prefixes.codePrefix, log);
    await client.query('ANALYZE project, project_participant, membership');
    const { organizations: madeOrganizations, memberships: madeMemberships, ...commercialisationCounts } = await writeCommercialisation(client, seed, prefixes, SYNTHETIC_AS_OF, log);
    const talentCounts = await writeTalent(client, seed, prefixes, SYNTHETIC_AS_OF, log);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return report(true, {
      organizations: orgBatch.written + madeOrganizations,
      users: userBatch.written,
      memberships: membershipBatch.written + madeMemberships,
      programmes: programmes.length,
      ...projectCounts,
      ...commercialisationCounts,
      ...talentCounts,
    });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

async function existingCounts(client: PgClient, prefixes: ReturnType<typeof syntheticPrefixes>): Promise<SyntheticCounts> {
  const like = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM organization WHERE slug LIKE $1)::int AS organizations,
            (SELECT count(*) FROM user_account WHERE email LIKE $2)::int AS users,
            (SELECT count(*) FROM membership m JOIN user_account u ON u.id = m.user_id WHERE u.email LIKE $2)::int AS memberships,
            (SELECT count(*) FROM programme WHERE code LIKE $3)::int AS programmes,
            (SELECT count(*) FROM project WHERE code LIKE $3)::int AS projects,
            (SELECT count(*) FROM project_participant pp JOIN project p ON p.id = pp.project_id WHERE p.code LIKE $3)::int AS participants,
            (SELECT count(*) FROM milestone ms JOIN project p ON p.id = ms.project_id WHERE p.code LIKE $3)::int AS milestones`,
    [like(prefixes.slugPrefix), `%@${like(prefixes.emailDomain).slice(0, -1)}`, like(prefixes.codePrefix)],
  );
  return {
    ...(rows[0] as Omit<SyntheticCounts, CommercialisationCountName | TalentCountName>),
    ...(await existingCommercialisationCounts(client, prefixes.codePrefix, prefixes.slugPrefix)),
    ...(await existingTalentCounts(client, prefixes.slugPrefix)),
  };
}

interface SyntheticProgramme {
  id: string;
  province: Province | null;
}

async function writeProgrammes(client: PgClient, seed: number, count: number, organizations: SyntheticOrganization[], codePrefix: string): Promise<SyntheticProgramme[]> {
  const random = new Random(seed, 'programmes');
  const governments = organizations.map((o, i) => [i, o] as const).filter(([, o]) => o.helix === Helix.GOVERNMENT && o.country === 'VN');
  const batch = new Batch(client, 'programme', [['id', 'uuid'], ['code', 'text'], ['name', 'text'], ['description', 'text'], ['owner_organization_id', 'uuid'], ['created_at', 'timestamptz']]);
  const programmes: SyntheticProgramme[] = [];
  for (let i = 0; i < count; i++) {
    const owner = governments.length > 0 ? random.pick(governments)[1] : null;
    const province = owner?.province ?? provinces[0];
    const from = random.int(2019, 2026);
    const name = random.pick([
      `Chương trình Thành phố thông minh ${province.vi} ${from}–${from + 4}`,
      `Chương trình Chuyển đổi số ${province.vi} ${from}–${from + 5}`,
      `Chương trình Hỗ trợ Khởi nghiệp Đổi mới sáng tạo ${province.vi} ${from}–${from + 4}`,
      `Chương trình Phát triển Công nghiệp hỗ trợ ${province.vi} ${from}–${from + 5}`,
      `Chương trình Nông nghiệp công nghệ cao ${province.vi} ${from}–${from + 4}`,
      `Chương trình Hợp tác Việt Nam – châu Âu về Đô thị thông minh ${from}–${from + 3}`,
    ]);
    const id = uuidFor(seed, 'programme', i);
    const createdDay = Math.min(asOfDay - 1, Date.UTC(from - 1, 9, 1) / dayMs + random.int(0, 200));
    await batch.add([
      id, `${codePrefix}PRG-${String(i + 1).padStart(3, '0')}`, name,
      `Sample data: an invented programme generated by seed:synthetic (seed ${seed}).`, owner?.id ?? null, isoMoment(createdDay, random),
    ]);
    programmes.push({ id, province: owner?.province ?? null });
  }
  await batch.flush();
  return programmes;
}

const statusMix: [ProjectStatus, number][] = [
  [ProjectStatus.DRAFT, 8],
  [ProjectStatus.PROPOSED, 12],
  [ProjectStatus.ACTIVE, 40],
  [ProjectStatus.ON_HOLD, 5],
  [ProjectStatus.COMPLETED, 28],
  [ProjectStatus.CANCELLED, 7],
];
/** Status changes a project has been through, for its version. */
const statusMoves: Record<ProjectStatus, number> = { DRAFT: 0, PROPOSED: 1, ACTIVE: 2, ON_HOLD: 3, COMPLETED: 3, CANCELLED: 2 };
const participantCounts: [number, number][] = [[2, 15], [3, 22], [4, 22], [5, 16], [6, 11], [7, 8], [8, 6]];
const milestoneCounts: [number, number][] = [[0, 10], [1, 8], [2, 14], [3, 20], [4, 20], [5, 15], [6, 13]];
const coordinatorFactor: Record<Helix, number> = { [Helix.ACADEMIA]: 1.4, [Helix.INDUSTRY]: 1, [Helix.GOVERNMENT]: 0.9, [Helix.CIVIL_SOCIETY]: 0.5 };
const rolesByHelix: Record<Helix, [ParticipantRole, number][]> = {
  [Helix.GOVERNMENT]: [[ParticipantRole.FUNDER, 50], [ParticipantRole.ADVISOR, 30], [ParticipantRole.PARTNER, 20]],
  [Helix.INDUSTRY]: [[ParticipantRole.PARTNER, 55], [ParticipantRole.FUNDER, 20], [ParticipantRole.IN_KIND_CONTRIBUTOR, 25]],
  [Helix.ACADEMIA]: [[ParticipantRole.PARTNER, 70], [ParticipantRole.ADVISOR, 20], [ParticipantRole.IN_KIND_CONTRIBUTOR, 10]],
  [Helix.CIVIL_SOCIETY]: [[ParticipantRole.PARTNER, 40], [ParticipantRole.ADVISOR, 35], [ParticipantRole.IN_KIND_CONTRIBUTOR, 25]],
};
const participantStatusMix: Record<ProjectStatus, [ParticipantStatus, number][]> = {
  [ProjectStatus.DRAFT]: [[ParticipantStatus.INVITED, 65], [ParticipantStatus.ACTIVE, 35]],
  [ProjectStatus.PROPOSED]: [[ParticipantStatus.INVITED, 30], [ParticipantStatus.ACTIVE, 65], [ParticipantStatus.DECLINED, 5]],
  [ProjectStatus.ACTIVE]: [[ParticipantStatus.ACTIVE, 88], [ParticipantStatus.INVITED, 5], [ParticipantStatus.LEFT, 4], [ParticipantStatus.DECLINED, 3]],
  [ProjectStatus.ON_HOLD]: [[ParticipantStatus.ACTIVE, 85], [ParticipantStatus.INVITED, 5], [ParticipantStatus.LEFT, 7], [ParticipantStatus.DECLINED, 3]],
  [ProjectStatus.COMPLETED]: [[ParticipantStatus.ACTIVE, 94], [ParticipantStatus.LEFT, 4], [ParticipantStatus.DECLINED, 2]],
  [ProjectStatus.CANCELLED]: [[ParticipantStatus.ACTIVE, 80], [ParticipantStatus.INVITED, 8], [ParticipantStatus.LEFT, 12]],
};

/** How milestones whose due date has passed turned out, by project status. */
const pastMilestoneMix: Record<ProjectStatus, [MilestoneStatus, number][]> = {
  [ProjectStatus.COMPLETED]: [[MilestoneStatus.DONE, 90], [MilestoneStatus.MISSED, 10]],
  [ProjectStatus.ACTIVE]: [[MilestoneStatus.DONE, 75], [MilestoneStatus.MISSED, 15], [MilestoneStatus.PLANNED, 10]],
  [ProjectStatus.ON_HOLD]: [[MilestoneStatus.DONE, 60], [MilestoneStatus.MISSED, 25], [MilestoneStatus.PLANNED, 15]],
  [ProjectStatus.CANCELLED]: [[MilestoneStatus.DONE, 50], [MilestoneStatus.MISSED, 50]],
  [ProjectStatus.PROPOSED]: [[MilestoneStatus.PLANNED, 100]],
  [ProjectStatus.DRAFT]: [[MilestoneStatus.PLANNED, 100]],
};

/** Dates in days: the start, the end, and when it was created, as its status implies. */
function projectDates(random: Random, status: ProjectStatus): { start: number | null; end: number | null; created: number } {
  switch (status) {
    case ProjectStatus.COMPLETED: {
      const start = asOfDay - random.int(400, 2900);
      const end = Math.max(start + 90, Math.min(start + random.int(180, 1460), asOfDay - random.int(1, 60)));
      return { start, end, created: start - random.int(30, 240) };
    }
    case ProjectStatus.ACTIVE:
    case ProjectStatus.ON_HOLD: {
      const start = asOfDay - random.int(30, 1100);
      return { start, end: random.chance(0.05) ? null : asOfDay + random.int(30, 900), created: start - random.int(30, 240) };
    }
    case ProjectStatus.CANCELLED: {
      const start = asOfDay - random.int(60, 2500);
      return { start, end: start + random.int(180, 1095), created: start - random.int(30, 240) };
    }
    case ProjectStatus.PROPOSED:
    case ProjectStatus.DRAFT: {
      const created = asOfDay - random.int(1, 200);
      if (status === ProjectStatus.DRAFT && random.chance(0.3)) return { start: null, end: null, created };
      const start = asOfDay + random.int(30, 365);
      return { start, end: start + random.int(180, 1460), created };
    }
  }
}

function cash(random: Random, foreign: boolean, minMillionVnd: number, maxMillionVnd: number): { minor: number; currency: string } {
  if (foreign) {
    // Whole or half euros, e.g. 48750.50.
    const euros = Math.round((random.int(minMillionVnd, maxMillionVnd) * 1_000_000) / vndPerEur / 250) * 250;
    return { minor: Math.max(250, euros) * 100 + (random.chance(0.2) ? 50 : 0), currency: 'EUR' };
  }
  const step = maxMillionVnd >= 1000 ? 10 : 5;
  return { minor: vnd(Math.max(step, Math.round(random.int(minMillionVnd, maxMillionVnd) / step) * step)), currency: 'VND' };
}

async function writeProjects(
  client: PgClient,
  seed: number,
  count: number,
  organizations: SyntheticOrganization[],
  writers: number[][],
  users: SyntheticUser[],
  programmes: SyntheticProgramme[],
  codePrefix: string,
  log: (message: string) => void,
): Promise<Pick<SyntheticCounts, 'projects' | 'participants' | 'milestones'>> {
  const random = new Random(seed, 'projects');
  const all = organizations.map((_, i) => i);
  const anyone = new WeightedIndex(all, organizations.map((o) => o.weight));
  const coordinators = new WeightedIndex(all, organizations.map((o) => o.weight * coordinatorFactor[o.helix] * (o.country === 'VN' ? 1 : 0.4)));
  const byHelix = new Map(
    Object.values(Helix).map((helix) => {
      const members = all.filter((i) => organizations[i].helix === helix);
      return [helix, new WeightedIndex(members, members.map((i) => organizations[i].weight))] as const;
    }),
  );

  const projects = new Batch(client, 'project', [
    ['id', 'uuid'], ['code', 'text'], ['title', 'text'], ['summary', 'text'], ['description', 'text'], ['status', 'text'], ['start_date', 'date'], ['end_date', 'date'],
    ['budget_amount', 'numeric'], ['budget_currency', 'text'], ['visibility', 'text'], ['icf_factors', 'text[]'], ['keywords', 'text[]'], ['programme_id', 'uuid'],
    ['created_by', 'uuid'], ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ], Infinity);
  const participants = new Batch(client, 'project_participant', [
    ['id', 'uuid'], ['project_id', 'uuid'], ['organization_id', 'uuid'], ['role', 'text'], ['status', 'text'], ['since', 'date'], ['until', 'date'],
    ['cash_amount', 'numeric'], ['cash_currency', 'text'], ['in_kind_description', 'text'], ['in_kind_value_amount', 'numeric'], ['in_kind_value_currency', 'text'],
    ['invited_by', 'uuid'], ['responded_by', 'uuid'], ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ], Infinity);
  const milestones = new Batch(client, 'milestone', [
    ['id', 'uuid'], ['project_id', 'uuid'], ['kind', 'text'], ['title', 'text'], ['description', 'text'], ['due_date', 'date'], ['status', 'text'], ['completed_on', 'date'],
    ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ], Infinity);
  // Projects go first in each chunk: participants and milestones refer to them.
  const flush = async () => {
    await projects.flush();
    await participants.flush();
    await milestones.flush();
  };
  let participantNumber = 0;
  let milestoneNumber = 0;
  const writerOf = (org: number) => users[random.pick(writers[org])].id;

  for (let j = 0; j < count; j++) {
    const projectId = uuidFor(seed, 'project', j);
    const status = random.weighted(statusMix);
    const dates = projectDates(random, status);
    const coordinator = coordinators.pick(random);
    const lead = organizations[coordinator];
    const foreignLead = lead.country !== 'VN';

    // Who takes part: the coordinator, often all three helices, then whoever works with whom.
    const size = Math.min(organizations.length, random.weighted(participantCounts));
    const chosen = [coordinator];
    const taken = new Set(chosen);
    const add = (picker: WeightedIndex) => {
      if (picker.size === 0) return;
      let candidate = picker.pick(random);
      for (let attempt = 0; taken.has(candidate) && attempt < 20; attempt++) candidate = picker.pick(random);
      if (taken.has(candidate)) candidate = picker.indices.find((i) => !taken.has(i)) ?? candidate;
      if (taken.has(candidate)) return;
      taken.add(candidate);
      chosen.push(candidate);
    };
    if (size >= 3 && random.chance(0.45)) {
      for (const helix of [Helix.GOVERNMENT, Helix.INDUSTRY, Helix.ACADEMIA]) {
        if (!chosen.some((i) => organizations[i].helix === helix)) add(byHelix.get(helix)!);
      }
    }
    while (chosen.length < size) {
      const before = chosen.length;
      add(anyone);
      if (chosen.length === before) add(new WeightedIndex(all.filter((i) => !taken.has(i)), all.filter((i) => !taken.has(i)).map(() => 1)));
    }

    const creator = writerOf(coordinator);
    const createdMoment = isoMoment(dates.created, random);
    const sinceFor = () => (dates.start !== null && dates.start <= asOfDay ? dates.start : Math.min(asOfDay, dates.created + random.int(1, 30)));
    const currency = foreignLead ? 'EUR' : 'VND';
    let budgetMinor = 0;
    const rows: unknown[][] = [];
    for (const [position, org] of chosen.entries()) {
      const o = organizations[org];
      const isLead = position === 0;
      const role = isLead ? ParticipantRole.COORDINATOR : random.weighted(rolesByHelix[o.helix]);
      const pStatus = isLead ? ParticipantStatus.ACTIVE : random.weighted(participantStatusMix[status]);
      const foreign = o.country !== 'VN';
      let money: { minor: number; currency: string } | null = null;
      let inKind: { description: string; value: { minor: number; currency: string } | null } | null = null;
      if (role === ParticipantRole.FUNDER) money = cash(random, foreign, 500, 20_000);
      else if ((role === ParticipantRole.PARTNER && random.chance(0.35)) || (isLead && random.chance(0.4))) money = cash(random, foreign, 100, 5000);
      if (role === ParticipantRole.IN_KIND_CONTRIBUTOR || (role === ParticipantRole.PARTNER && random.chance(0.2)) || (role === ParticipantRole.ADVISOR && random.chance(0.1))) {
        inKind = { description: random.pick(inKindOffers), value: random.chance(0.85) ? cash(random, foreign, 50, 2000) : null };
      }
      if (money && pStatus !== ParticipantStatus.DECLINED) budgetMinor += money.currency === currency ? money.minor : money.currency === 'EUR' ? money.minor * vndPerEur : Math.round(money.minor / vndPerEur);
      const since = pStatus === ParticipantStatus.ACTIVE || pStatus === ParticipantStatus.LEFT ? sinceFor() : null;
      const until = pStatus === ParticipantStatus.LEFT && since !== null ? Math.min(asOfDay, since + random.int(30, 400)) : null;
      const joinedDay = isLead ? dates.created : Math.min(asOfDay, dates.created + random.int(1, 30));
      const created = isLead ? createdMoment : isoMoment(joinedDay, random);
      const responded = pStatus === ParticipantStatus.INVITED ? null : isLead ? creator : writerOf(org);
      rows.push([
        uuidFor(seed, 'project_participant', participantNumber++), projectId, o.id, role, pStatus,
        since === null ? null : isoDay(since), until === null ? null : isoDay(Math.max(until, since!)),
        money ? decimal(money.minor) : null, money?.currency ?? null,
        inKind?.description ?? null, inKind?.value ? decimal(inKind.value.minor) : null, inKind?.value?.currency ?? null,
        creator, responded, pStatus === ParticipantStatus.INVITED ? 1 : pStatus === ParticipantStatus.ACTIVE ? 2 : 3,
        created, pStatus === ParticipantStatus.INVITED ? created : isoMoment(Math.max(joinedDay, until ?? since ?? joinedDay), random),
      ]);
    }

    // The budget covers the cash pledged and more, rounded up; a few drafts have none yet.
    const roundTo = currency === 'VND' ? vnd(10) : 1000 * 100;
    const budget =
      status === ProjectStatus.DRAFT && random.chance(0.15)
        ? null
        : budgetMinor > 0
          ? Math.ceil((budgetMinor * (1 + random.next() * 0.6)) / roundTo) * roundTo
          : currency === 'VND' ? vnd(random.int(20, 3000) * 10) : random.int(50, 2000) * 1000 * 100;

    const theme = random.pick(themes);
    const place = foreignLead
      ? random.chance(0.6) ? `Binh Duong and ${lead.city!.city}` : lead.city!.city
      : lead.province === provinces[0] || lead.province === null
        ? random.pick(binhDuongPlaces)[0]
        : provinceLabel(lead.province);
    let title = random.pick(foreignLead ? theme.en : theme.vi).replace('{place}', place);
    if (random.chance(0.12)) title += foreignLead ? ' (phase 2)' : ' (giai đoạn 2)';
    const year = yearOf(dates.start ?? dates.created);
    const area = foreignLead ? lead.country : (lead.province ?? provinces[0]).code;
    const code = `${codePrefix}${area}-${year}-${String(j + 1).padStart(5, '0')}`;
    const moves = statusMoves[status];
    const updatedDay = Math.min(asOfDay, Math.max(dates.created, dates.end !== null && dates.end < asOfDay ? dates.end + random.int(0, 20) : asOfDay - random.int(0, 60)));
    await projects.add([
      projectId, code, title, `${theme.summary} (Sample data.)`,
      `Sample data: an invented project generated by seed:synthetic (seed ${seed}). The organisations, money and milestones are made up.`,
      status, dates.start === null ? null : isoDay(dates.start), dates.end === null ? null : isoDay(dates.end),
      budget === null ? null : decimal(budget), currency,
      status === ProjectStatus.DRAFT ? (random.chance(0.1) ? ProjectVisibility.PUBLIC : ProjectVisibility.PARTNERS) : random.chance(0.55) ? ProjectVisibility.PUBLIC : ProjectVisibility.PARTNERS,
      random.sample(theme.icf, random.int(1, Math.min(3, theme.icf.length))).sort(), random.sample(theme.keywords, random.int(2, Math.min(5, theme.keywords.length))),
      programmes.length > 0 && random.chance(0.3) ? random.pick(programmes).id : null,
      creator, 1 + moves + random.int(0, 3), createdMoment, updatedDay > dates.created ? isoMoment(updatedDay, random) : createdMoment,
    ]);
    for (const row of rows) await participants.add(row);

    // Milestones along the planned period; those past the as-of date were reached or missed.
    const planned = status === ProjectStatus.DRAFT ? random.int(0, 2) : random.weighted(milestoneCounts);
    const from = dates.start ?? dates.created + 60;
    const to = dates.end ?? from + 365;
    for (let m = 0; m < planned; m++) {
      const due = Math.round(from + ((m + 1) * (to - from)) / (planned + 1)) + random.int(-10, 10);
      const deliverable = random.chance(0.45);
      const steps = deliverable ? deliverableSteps : milestoneSteps;
      const step = steps[Math.min(steps.length - 1, Math.floor(((m + 0.5) / planned) * steps.length))];
      let mStatus: MilestoneStatus;
      if (due < asOfDay) {
        mStatus = random.weighted(pastMilestoneMix[status]);
      } else {
        mStatus = status === ProjectStatus.CANCELLED ? MilestoneStatus.MISSED : random.chance(0.04) && status === ProjectStatus.ACTIVE ? MilestoneStatus.DONE : MilestoneStatus.PLANNED;
      }
      const completed = mStatus === MilestoneStatus.DONE ? Math.min(asOfDay, Math.max(from, due + random.int(-20, 25))) : null;
      await milestones.add([
        uuidFor(seed, 'milestone', milestoneNumber++), projectId, deliverable ? MilestoneKind.DELIVERABLE : MilestoneKind.MILESTONE,
        step, 'Sample data', isoDay(due), mStatus, completed === null ? null : isoDay(completed),
        mStatus === MilestoneStatus.PLANNED ? 1 : 2, createdMoment, completed === null ? createdMoment : isoMoment(Math.max(completed, dates.created), random),
      ]);
    }
    if ((j + 1) % 1000 === 0) await flush();
    if ((j + 1) % 5000 === 0) log(`${j + 1} projects`);
  }
  await flush();
  log(`${projects.written} projects, ${participants.written} participants, ${milestones.written} milestones`);
  return { projects: projects.written, participants: participants.written, milestones: milestones.written };
}

// ---------------------------------------------------------------------------------------------
// Command line: npm run seed:synthetic -- --scale N [--seed S] [--allow-production]

export async function runSyntheticSeedCommand(dataSource: DataSource, args: string[], log: (message: string) => void = () => undefined): Promise<string> {
  const known = new Set(['--scale', '--seed', '--allow-production']);
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (!known.has(flag)) throw new ConfigError(`seed:synthetic: unknown option "${flag}"; use --scale N [--seed S] [--allow-production]`);
    if (flag === '--allow-production') values.set(flag, 'true');
    else values.set(flag, args[++i] ?? '');
  }
  const scale = Number(values.get('--scale') ?? '1');
  const seed = Number(values.get('--seed') ?? '1');
  if (loadConfig().env === 'production' && !values.has('--allow-production')) {
    throw new ConfigError(
      `seed:synthetic refuses to run with NODE_ENV=production: it creates thousands of accounts sharing a published password. Add --allow-production if this database really is for testing.`,
    );
  }
  const report = await generateSyntheticData(dataSource, { scale, seed, log });
  const c = report.counts;
  const [example] = (await dataSource.query(
    `SELECT u.email, o.name FROM user_account u JOIN membership m ON m.user_id = u.id AND m.role = 'ADMIN' AND m.status = 'ACTIVE'
       JOIN organization o ON o.id = m.organization_id WHERE u.email LIKE $1 ORDER BY u.created_at, u.id LIMIT 1`,
    [`%@${report.emailDomain}`],
  )) as { email: string; name: string }[];
  const what = `${c.organizations} organisations, ${c.users} users, ${c.memberships} memberships, ${c.programmes} programmes, ${c.projects} projects, ${c.participants} participants, ${c.milestones} milestones, ${c.technologies} technologies, ${c.disclosures} disclosures, ${c.ipFilings} IP filings, ${c.agreements} agreements, ${c.obligations} obligations, ${c.spinOffs} spin-offs, ${c.receipts} receipts, ${c.distributions} distributions (${c.distributionLines} lines), ${c.offers} offers, ${c.demands} demands, ${c.interests} interests, ${c.deals} deals, ${c.incubationProgrammes} incubation programmes (${c.incubationCohorts} cohorts, ${c.incubationApplications} applications), ${c.placements} placements, ${c.trainingProgrammes} training programmes (${c.trainingPartners} partners, ${c.trainingIntakes} intakes)`;
  const signIn = `Every synthetic account signs in with the shared sample password "${report.password}"${example ? `, e.g. ${example.email} (admin of ${example.name})` : ''}.`;
  const labels = `Codes start ${report.codePrefix}, slugs ${report.slugPrefix}, emails end @${report.emailDomain}.`;
  return report.created
    ? `sample data (seed ${seed}, scale ${scale}) loaded in ${report.seconds} s: ${what}. ${signIn} ${labels}`
    : `sample data for seed ${seed} is already loaded (${what}); nothing changed. Use another --seed for a second set. ${signIn}`;
}
