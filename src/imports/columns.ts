import { ImportKind } from './import.model.js';

/**
 * The columns of each kind of import: the canonical header (English, as the API names the field),
 * the other headers accepted (Vietnamese and English), whether a row must fill it, what it holds,
 * and the value of the sample row of the templates. Headers are matched without regard to case,
 * accents, spaces or punctuation: "Tên", "TEN" and "tên" are one header.
 */
export interface ColumnDefinition {
  name: string;
  aliases: string[];
  required?: boolean;
  description: string;
  sample: string;
}

/** Columns every kind ignores: the row numbers Vietnamese sheets usually start with. */
export const ignoredHeaders = ['stt', 'số thứ tự', 'no', 'no.', '#'];

export const columnsByKind: Record<ImportKind, ColumnDefinition[]> = {
  [ImportKind.ORGANIZATIONS]: [
    { name: 'slug', aliases: ['mã định danh', 'đường dẫn'], required: true, description: 'URL handle, the key of the row: lower-case letters and digits joined by hyphens.', sample: 'sample-binh-duong-fablab' },
    { name: 'name', aliases: ['tên', 'tên tổ chức', 'tên chính thức'], required: true, description: 'Official name, as the organisation writes it.', sample: 'Sample data: Fablab Bình Dương' },
    { name: 'nameEn', aliases: ['name (English)', 'English name', 'tên tiếng Anh'], description: 'English name.', sample: 'Sample data: Binh Duong Fablab' },
    { name: 'shortName', aliases: ['short name', 'tên viết tắt', 'viết tắt'], description: 'Abbreviation or usual short name.', sample: 'BD Fablab' },
    { name: 'helix', aliases: ['nhà', 'khối'], required: true, description: 'GOVERNMENT, INDUSTRY, ACADEMIA or CIVIL_SOCIETY (also: nhà nước, doanh nghiệp, nhà trường, xã hội dân sự).', sample: 'ACADEMIA' },
    { name: 'secondaryHelices', aliases: ['secondary helices', 'nhà phụ'], description: 'Further helices of a hybrid actor, separated by ";".', sample: '' },
    { name: 'kind', aliases: ['loại hình', 'loại'], required: true, description: 'PEOPLES_COMMITTEE, GOVERNMENT_DEPARTMENT, MUNICIPALITY, PUBLIC_AGENCY, STATE_OWNED_ENTERPRISE, PRIVATE_COMPANY, STARTUP, UNIVERSITY, RESEARCH_INSTITUTE, LAB, INCUBATOR, INTERMEDIARY, NGO or INTERNATIONAL_NETWORK.', sample: 'LAB' },
    { name: 'country', aliases: ['quốc gia', 'nước'], required: true, description: 'ISO 3166-1 alpha-2 code, e.g. VN.', sample: 'VN' },
    { name: 'province', aliases: ['tỉnh', 'tỉnh/thành phố', 'tỉnh thành'], description: 'Province, state or region.', sample: 'Bình Dương' },
    { name: 'website', aliases: ['trang web', 'trang thông tin điện tử'], description: 'Public website, an http(s) URL.', sample: 'https://example.org' },
    { name: 'rorId', aliases: ['ror', 'ror id'], description: 'ROR ID, bare or as its URL.', sample: '' },
    { name: 'parent', aliases: ['parent slug', 'đơn vị chủ quản', 'trực thuộc'], description: 'Slug of the organisation it belongs to (you must be its admin).', sample: '' },
    { name: 'description', aliases: ['mô tả', 'giới thiệu'], description: 'What the organisation is and does (up to 5,000 characters).', sample: 'Sample data: a maker space for students and local firms.' },
  ],
  [ImportKind.PEOPLE]: [
    { name: 'email', aliases: ['e-mail', 'thư điện tử'], required: true, description: 'The address to invite, the key of the row; nobody already a member or invited is invited again.', sample: 'sample.person@example.org' },
    { name: 'role', aliases: ['vai trò', 'quyền'], description: 'ADMIN, EDITOR or MEMBER (also: quản trị, biên tập, thành viên); MEMBER when empty.', sample: 'MEMBER' },
    { name: 'position', aliases: ['chức vụ', 'chức danh'], description: 'Position or title in the organisation.', sample: 'Sample data: researcher' },
  ],
  [ImportKind.PROJECTS]: [
    { name: 'code', aliases: ['mã', 'mã dự án', 'project code'], required: true, description: 'Unique code, the key of the row: upper-case letters, digits and hyphens.', sample: 'SAMPLE-BD-2026-01' },
    { name: 'title', aliases: ['tên', 'tên dự án', 'name'], required: true, description: 'Title (1 to 300 characters).', sample: 'Sample data: water-quality sensors for industrial parks' },
    { name: 'summary', aliases: ['tóm tắt'], description: 'A paragraph for listings (up to 1,000 characters).', sample: 'Sample data.' },
    { name: 'description', aliases: ['mô tả'], description: 'The full description.', sample: '' },
    { name: 'startDate', aliases: ['start date', 'ngày bắt đầu'], description: 'YYYY-MM-DD (or an Excel date).', sample: '2026-03-01' },
    { name: 'endDate', aliases: ['end date', 'ngày kết thúc'], description: 'YYYY-MM-DD, not before the start.', sample: '2027-02-28' },
    { name: 'budget', aliases: ['kinh phí', 'ngân sách'], description: 'Total budget, an exact amount (digits, a "." before decimals).', sample: '1500000000' },
    { name: 'currency', aliases: ['tiền tệ', 'đơn vị tiền'], description: 'ISO 4217 code of the budget; VND when empty.', sample: 'VND' },
    { name: 'visibility', aliases: ['phạm vi', 'hiển thị'], description: 'PUBLIC or PARTNERS (also: công khai, đối tác); PARTNERS when empty.', sample: 'PUBLIC' },
    { name: 'icfFactors', aliases: ['icf factors', 'icf', 'yếu tố icf'], description: 'ICF factors separated by ";": BROADBAND, KNOWLEDGE_WORKFORCE, INNOVATION, DIGITAL_EQUALITY, SUSTAINABILITY, COMMUNITY_ENGAGEMENT.', sample: 'INNOVATION;SUSTAINABILITY' },
    { name: 'keywords', aliases: ['từ khóa', 'từ khoá'], description: 'Keywords separated by ";".', sample: 'water quality;IoT' },
    { name: 'participants', aliases: ['đơn vị tham gia', 'tham gia'], description: 'Organisations invited to take part, as slug:ROLE separated by ";" (PARTNER, FUNDER, IN_KIND_CONTRIBUTOR, ADVISOR); your organisation coordinates.', sample: 'becamex-idc:PARTNER' },
  ],
  [ImportKind.TECHNOLOGIES]: [
    { name: 'code', aliases: ['mã', 'mã công nghệ', 'technology code'], required: true, description: 'Unique code, the key of the row: upper-case letters, digits and hyphens.', sample: 'SAMPLE-WQ-01' },
    { name: 'title', aliases: ['tên', 'tên công nghệ', 'name'], required: true, description: 'Title (1 to 300 characters).', sample: 'Sample data: low-cost water-quality sensor' },
    { name: 'abstract', aliases: ['tóm tắt', 'mô tả'], description: 'Abstract (up to 10,000 characters).', sample: 'Sample data.' },
    { name: 'fields', aliases: ['lĩnh vực'], description: 'Fields of science and technology separated by ";".', sample: 'Environmental engineering' },
    { name: 'keywords', aliases: ['từ khóa', 'từ khoá'], description: 'Keywords separated by ";".', sample: 'sensor;water quality' },
    { name: 'owners', aliases: ['chủ sở hữu', 'sở hữu'], description: 'Owners as slug:share separated by ";", shares totalling 100; your organisation alone (100) when empty. It must be among them.', sample: '' },
    { name: 'inventors', aliases: ['tác giả', 'nhà sáng chế', 'tác giả sáng chế'], description: 'Inventors as Name:share separated by ";", shares totalling 100.', sample: 'Sample Inventor A:60;Sample Inventor B:40' },
    { name: 'projects', aliases: ['project codes', 'dự án', 'mã dự án'], description: 'Codes of the projects it came out of, separated by ";".', sample: '' },
  ],
};

/** Vietnamese (or any) text with its accents folded away, đ as d. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A header as compared: lower case, accents folded (đ as d), letters and digits only. */
export function foldHeader(header: string): string {
  return withoutAccents(header).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The canonical column of each header the file has (undefined for unknown headers, null for ignored ones). */
export function matchHeaders(kind: ImportKind, header: string[]): (string | null | undefined)[] {
  const byFolded = new Map<string, string>();
  for (const column of columnsByKind[kind]) for (const alias of [column.name, ...column.aliases]) byFolded.set(foldHeader(alias), column.name);
  const ignored = new Set(ignoredHeaders.map(foldHeader));
  return header.map((cell) => {
    const folded = foldHeader(cell);
    if (ignored.has(folded) || folded === '') return null;
    return byFolded.get(folded);
  });
}
