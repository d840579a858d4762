import { registerEnumType } from '@nestjs/graphql';

/** The sector an organisation belongs to (the three helices, and civil society as the fourth). */
export enum Helix {
  GOVERNMENT = 'GOVERNMENT',
  INDUSTRY = 'INDUSTRY',
  ACADEMIA = 'ACADEMIA',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
}

/** What kind of body an organisation is; finer than its helix. */
export enum OrganizationKind {
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  MUNICIPALITY = 'MUNICIPALITY',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
  STATE_OWNED_ENTERPRISE = 'STATE_OWNED_ENTERPRISE',
  PRIVATE_COMPANY = 'PRIVATE_COMPANY',
  STARTUP = 'STARTUP',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  LAB = 'LAB',
  INCUBATOR = 'INCUBATOR',
  INTERMEDIARY = 'INTERMEDIARY',
  NGO = 'NGO',
  INTERNATIONAL_NETWORK = 'INTERNATIONAL_NETWORK',
}

registerEnumType(Helix, {
  name: 'Helix',
  description: 'The sector of the Triple (or Quadruple) Helix an organisation belongs to.',
  valuesMap: {
    GOVERNMENT: { description: 'Public authorities: People’s Committees, departments, municipalities, agencies.' },
    INDUSTRY: { description: 'Business: companies, state-owned enterprises, startups.' },
    ACADEMIA: { description: 'Universities, research institutes and their labs.' },
    CIVIL_SOCIETY: { description: 'The fourth helix: NGOs, networks, citizens’ organisations.' },
  },
});

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organisation is.',
  valuesMap: {
    PEOPLES_COMMITTEE: { description: 'A Vietnamese People’s Committee (provincial or local executive).' },
    GOVERNMENT_DEPARTMENT: { description: 'A department or ministry of a government, such as a Department of Science and Technology.' },
    MUNICIPALITY: { description: 'A city or municipal government, such as a Dutch gemeente.' },
    PUBLIC_AGENCY: { description: 'Another public body or agency.' },
    STATE_OWNED_ENTERPRISE: { description: 'A company owned wholly or mostly by the state.' },
    PRIVATE_COMPANY: { description: 'A privately owned company.' },
    STARTUP: { description: 'A young company, including research spin-offs.' },
    UNIVERSITY: { description: 'A university or other higher-education institution.' },
    RESEARCH_INSTITUTE: { description: 'A research institute or centre.' },
    LAB: { description: 'A laboratory or maker space such as a Fablab, usually part of a university.' },
    INCUBATOR: { description: 'A startup incubator or accelerator.' },
    INTERMEDIARY: { description: 'A broker, consultancy or technology-transfer office between the helices.' },
    NGO: { description: 'A non-governmental, non-profit organisation.' },
    INTERNATIONAL_NETWORK: { description: 'An international network or forum of cities, regions or organisations.' },
  },
});
