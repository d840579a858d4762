import { Helix, OrganizationKind } from '../organizations/organization.enums.js';

export interface DemoOrganization {
  slug: string;
  name: string;
  nameEn: string;
  shortName?: string;
  helix: Helix;
  secondaryHelices?: Helix[];
  kind: OrganizationKind;
  parentSlug?: string;
  country: string;
  province?: string;
  website?: string;
  description: string;
  verified: boolean;
}

/**
 * The real actors of the Binh Duong Triple Helix, as they name themselves. Only facts from the
 * source article are stated; parents come before children. Invented records (the sample broker)
 * carry "Sample data" in their description.
 */
export const demoOrganizations: DemoOrganization[] = [
  {
    slug: 'binh-duong-peoples-committee',
    name: 'Ủy ban nhân dân tỉnh Bình Dương',
    nameEn: "Binh Duong Provincial People's Committee",
    shortName: 'UBND Bình Dương',
    helix: Helix.GOVERNMENT,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
    country: 'VN',
    province: 'Bình Dương',
    website: 'https://www.binhduong.gov.vn',
    description:
      'Provincial government of Binh Duong, the government helix of the province’s "Ba Nhà" (three houses) model. Binh Duong was named TOP 1 Intelligent Community of 2023 by the Intelligent Community Forum.',
    verified: true,
  },
  {
    slug: 'binh-duong-dost',
    name: 'Sở Khoa học và Công nghệ tỉnh Bình Dương',
    nameEn: 'Binh Duong Department of Science and Technology',
    shortName: 'Sở KH&CN Bình Dương',
    helix: Helix.GOVERNMENT,
    kind: OrganizationKind.GOVERNMENT_DEPARTMENT,
    parentSlug: 'binh-duong-peoples-committee',
    country: 'VN',
    province: 'Bình Dương',
    description:
      'Department of the People’s Committee in charge of science and technology: applied R&D, commercialisation of research results and the provincial technology exchange.',
    verified: true,
  },
  {
    slug: 'becamex-idc',
    name: 'Tổng Công ty Becamex IDC',
    nameEn: 'Becamex IDC Corporation',
    shortName: 'Becamex IDC',
    helix: Helix.INDUSTRY,
    secondaryHelices: [Helix.GOVERNMENT],
    kind: OrganizationKind.STATE_OWNED_ENTERPRISE,
    country: 'VN',
    province: 'Bình Dương',
    website: 'https://becamex.com.vn',
    description: 'State-owned industrial developer owned by the province: the business helix of the Binh Duong Triple Helix.',
    verified: true,
  },
  {
    slug: 'eiu',
    name: 'Trường Đại học Quốc tế Miền Đông',
    nameEn: 'Eastern International University',
    shortName: 'EIU',
    helix: Helix.ACADEMIA,
    kind: OrganizationKind.UNIVERSITY,
    country: 'VN',
    province: 'Bình Dương',
    website: 'https://eiu.edu.vn',
    description: 'University in Binh Duong: the university helix of the province’s Triple Helix.',
    verified: true,
  },
  {
    slug: 'eiu-fablab',
    name: 'EIU Fablab',
    nameEn: 'EIU Fablab',
    shortName: 'Fablab',
    helix: Helix.ACADEMIA,
    kind: OrganizationKind.LAB,
    parentSlug: 'eiu',
    country: 'VN',
    province: 'Bình Dương',
    description: 'Fabrication laboratory of Eastern International University.',
    verified: true,
  },
  {
    slug: 'eindhoven',
    name: 'Gemeente Eindhoven',
    nameEn: 'City of Eindhoven',
    shortName: 'Eindhoven',
    helix: Helix.GOVERNMENT,
    kind: OrganizationKind.MUNICIPALITY,
    country: 'NL',
    province: 'Noord-Brabant',
    website: 'https://www.eindhoven.nl',
    description: 'Municipality of Eindhoven, the Netherlands: Binh Duong’s strategic smart-city partner since 2016.',
    verified: true,
  },
  {
    slug: 'intelligent-community-forum',
    name: 'Intelligent Community Forum',
    nameEn: 'Intelligent Community Forum',
    shortName: 'ICF',
    helix: Helix.CIVIL_SOCIETY,
    kind: OrganizationKind.INTERNATIONAL_NETWORK,
    country: 'US',
    province: 'New York',
    website: 'https://www.intelligentcommunity.org',
    description:
      'International network in New York that ranks Intelligent Communities on six factors (connectivity, knowledge workforce, innovation, digital equality, sustainability, community engagement).',
    verified: true,
  },
  {
    // Invented, so that the technology exchange has a verified broker to try deals with.
    slug: 'sample-technology-transfer-office',
    name: 'Văn phòng Chuyển giao Công nghệ mẫu',
    nameEn: 'Sample Technology Transfer Office',
    shortName: 'Sample TTO',
    helix: Helix.INDUSTRY,
    kind: OrganizationKind.INTERMEDIARY,
    country: 'VN',
    province: 'Bình Dương',
    description:
      'Sample data: an invented technology-transfer office that brokers deals between offers and demands on the provincial technology exchange. Not a real organisation.',
    verified: true,
  },
];
