/** The words of the charts, in the languages the console speaks (`?lang=vi|en`; English by default). */

export type ChartLanguage = 'vi' | 'en';

export interface ChartWords {
  noData: string;
  helices: { ACADEMIA: string; INDUSTRY: string; GOVERNMENT: string; CIVIL_SOCIETY: string };
  projects(count: string): string;
  tripleHelixProjects(count: string): string;
  ofProjects(count: string): string;
  triangle: { title: string; legend: string };
  trend: { title: string; belowZero: string; x: string; y: string; reference: string; three: string; academiaIndustry: string; industryGovernment: string };
  bridging: { title: string; ranked: string; value: string; category: string; archived: string; partners(count: number): string };
  funnel: {
    title: string;
    share: string;
    value: string;
    category: string;
    disclosures: string;
    applications: string;
    granted: string;
    licences: string;
    startups: string;
    incubated: string;
    graduated: string;
    /** The note of a stage whose count is withheld. */
    withheld: string;
    /** The note of the graduated stage: its share of the incubated. */
    ofIncubated(percent: number): string;
  };
  scope: {
    allYears: string;
    years(from: string, to: string): string;
    province(name: string): string;
    programme: string;
    programmeResults: string;
    organizationProjects(withUnits: boolean): string;
    organization(withUnits: boolean): string;
    hybrids: string;
    statuses: string;
  };
}

export const chartWords: Record<ChartLanguage, ChartWords> = {
  en: {
    noData: 'No data for this selection',
    helices: { ACADEMIA: 'Academia', INDUSTRY: 'Industry', GOVERNMENT: 'Government', CIVIL_SOCIETY: 'Civil society' },
    projects: (count) => `${count} projects`,
    tripleHelixProjects: (count) => `${count} triple-helix projects`,
    ofProjects: (count) => `of ${count} projects`,
    triangle: {
      title: 'Triple Helix collaboration',
      legend: 'Corners: projects in which the helix takes part. Edges: projects shared by the two helices (with or without the third).',
    },
    trend: {
      title: 'Triple Helix synergy over time',
      belowZero: 'Below zero: synergy.',
      x: 'Year (project start)',
      y: 'Mutual information, bits',
      reference: 'no synergy',
      three: 'T(uig), three helices',
      academiaIndustry: 'T(ui), academia–industry',
      industryGovernment: 'T(ig), industry–government',
    },
    bridging: {
      title: 'Organisations that bridge the helices',
      ranked: 'Ranked by cross-helix betweenness.',
      value: 'Cross-helix betweenness (share of shortest paths between helices, 0–1)',
      category: 'Organisation',
      archived: 'Archived organisation',
      partners: (count) => `${count} partners`,
    },
    funnel: {
      title: 'Commercialisation funnel',
      share: 'Percentages: share of the disclosures; graduated: share of the incubated.',
      value: 'Records in the period',
      category: 'Stage',
      disclosures: 'Invention disclosures',
      applications: 'New patent applications',
      granted: 'Patents granted',
      licences: 'Licences and options executed',
      startups: 'Startups formed',
      incubated: 'Startups incubated',
      graduated: 'Startups graduated',
      withheld: 'withheld',
      ofIncubated: (percent) => `${percent}% of incubated`,
    },
    scope: {
      allYears: 'All years',
      years: (from, to) => `Years ${from}–${to}`,
      province: (name) => `province ${name}`,
      programme: 'one programme',
      programmeResults: 'one programme’s results',
      organizationProjects: (units) => `projects of one organisation${units ? ' and its units' : ''}`,
      organization: (units) => `one organisation${units ? ' and its units' : ''}`,
      hybrids: 'hybrids counted in every helix',
      statuses: 'Proposed, active, on-hold and completed projects.',
    },
  },
  vi: {
    noData: 'Không có dữ liệu cho lựa chọn này',
    helices: { ACADEMIA: 'Học thuật', INDUSTRY: 'Doanh nghiệp', GOVERNMENT: 'Nhà nước', CIVIL_SOCIETY: 'Xã hội dân sự' },
    projects: (count) => `${count} dự án`,
    tripleHelixProjects: (count) => `${count} dự án ba nhà`,
    ofProjects: (count) => `trên ${count} dự án`,
    triangle: {
      title: 'Hợp tác Ba Nhà (Triple Helix)',
      legend: 'Đỉnh: số dự án có nhà tham gia. Cạnh: số dự án chung của hai nhà (có hoặc không có nhà thứ ba).',
    },
    trend: {
      title: 'Tính cộng hưởng Ba Nhà theo thời gian',
      belowZero: 'Dưới 0: có cộng hưởng.',
      x: 'Năm (bắt đầu dự án)',
      y: 'Thông tin tương hỗ, bit',
      reference: 'không cộng hưởng',
      three: 'T(uig), ba nhà',
      academiaIndustry: 'T(ui), học thuật–doanh nghiệp',
      industryGovernment: 'T(ig), doanh nghiệp–nhà nước',
    },
    bridging: {
      title: 'Tổ chức kết nối các nhà',
      ranked: 'Xếp theo độ trung gian giữa các nhà.',
      value: 'Độ trung gian giữa các nhà (tỷ lệ đường ngắn nhất giữa các nhà đi qua tổ chức, 0–1)',
      category: 'Tổ chức',
      archived: 'Tổ chức đã lưu trữ',
      partners: (count) => `${count} đối tác`,
    },
    funnel: {
      title: 'Phễu thương mại hoá',
      share: 'Tỷ lệ phần trăm: so với số bản công bố sáng chế; tốt nghiệp: so với số được ươm tạo.',
      value: 'Số hồ sơ trong kỳ',
      category: 'Giai đoạn',
      disclosures: 'Công bố sáng chế',
      applications: 'Đơn đăng ký sáng chế mới',
      granted: 'Bằng sáng chế được cấp',
      licences: 'Hợp đồng li-xăng và quyền chọn',
      startups: 'Doanh nghiệp khởi nguồn',
      incubated: 'Doanh nghiệp được ươm tạo',
      graduated: 'Doanh nghiệp tốt nghiệp ươm tạo',
      withheld: 'không công bố',
      ofIncubated: (percent) => `${percent}% số được ươm tạo`,
    },
    scope: {
      allYears: 'Mọi năm',
      years: (from, to) => `Năm ${from}–${to}`,
      province: (name) => `tỉnh ${name}`,
      programme: 'một chương trình',
      programmeResults: 'kết quả của một chương trình',
      organizationProjects: (units) => `dự án của một tổ chức${units ? ' và các đơn vị trực thuộc' : ''}`,
      organization: (units) => `một tổ chức${units ? ' và các đơn vị trực thuộc' : ''}`,
      hybrids: 'tổ chức lai được tính ở mọi nhà',
      statuses: 'Dự án đề xuất, đang thực hiện, tạm dừng và đã hoàn thành.',
    },
  },
};
