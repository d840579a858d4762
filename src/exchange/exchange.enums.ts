import { registerEnumType } from '@nestjs/graphql';

/** What an offer proposes to do with the technology. */
export enum OfferKind {
  LICENCE = 'LICENCE',
  TRANSFER = 'TRANSFER',
  COOPERATION = 'COOPERATION',
}

/** Where an offer or a demand is in its life. */
export enum ExchangeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Sectors an offer serves or a demand comes from; the same list on both sides, so they can meet. */
export enum ExchangeSector {
  AGRICULTURE = 'AGRICULTURE',
  AQUACULTURE = 'AQUACULTURE',
  FOOD = 'FOOD',
  ENVIRONMENT = 'ENVIRONMENT',
  WATER = 'WATER',
  ENERGY = 'ENERGY',
  MANUFACTURING = 'MANUFACTURING',
  MATERIALS = 'MATERIALS',
  ELECTRONICS = 'ELECTRONICS',
  ICT = 'ICT',
  HEALTH = 'HEALTH',
  BIOTECHNOLOGY = 'BIOTECHNOLOGY',
  TRANSPORT = 'TRANSPORT',
  LOGISTICS = 'LOGISTICS',
  CONSTRUCTION = 'CONSTRUCTION',
  SMART_CITY = 'SMART_CITY',
  EDUCATION = 'EDUCATION',
  FINANCE = 'FINANCE',
}

/** The language an offer or demand is written in (ISO 639-1 codes in the database). */
export enum ExchangeLanguage {
  VI = 'vi',
  EN = 'en',
}

export enum InterestStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
}

/** Stages of a brokered deal: INTEREST -> INTRODUCED -> NDA_SIGNED -> NEGOTIATING -> AGREED, or DROPPED on the way. */
export enum DealStage {
  INTEREST = 'INTEREST',
  INTRODUCED = 'INTRODUCED',
  NDA_SIGNED = 'NDA_SIGNED',
  NEGOTIATING = 'NEGOTIATING',
  AGREED = 'AGREED',
  DROPPED = 'DROPPED',
}

/** Why a counterpart was matched. */
export enum MatchReasonKind {
  TEXT = 'TEXT',
  CROSS_LANGUAGE_TERM = 'CROSS_LANGUAGE_TERM',
  SECTOR = 'SECTOR',
  TRL = 'TRL',
}

registerEnumType(OfferKind, {
  name: 'OfferKind',
  description: 'What an offer proposes.',
  valuesMap: {
    LICENCE: { description: 'A licence to use the technology; the owners keep it.' },
    TRANSFER: { description: 'A transfer (assignment) of the technology and its rights.' },
    COOPERATION: { description: 'Joint development or a research cooperation around the technology.' },
  },
});

registerEnumType(ExchangeStatus, {
  name: 'ExchangeStatus',
  description:
    'Where an offer or demand is: DRAFT -> PUBLISHED -> EXPIRED | WITHDRAWN; renewal takes a published or expired one to PUBLISHED with a new expiry date. A published item whose expiry date has passed is EXPIRED, whatever was last written.',
  valuesMap: {
    DRAFT: { description: 'Being prepared; only the organisation’s members see it.' },
    PUBLISHED: { description: 'On the exchange, until and including its expiry date; anyone reads its summary.' },
    EXPIRED: { description: 'Its expiry date has passed; it can be renewed.' },
    WITHDRAWN: { description: 'Taken off the exchange by its organisation (final).' },
  },
});

registerEnumType(ExchangeSector, {
  name: 'ExchangeSector',
  description: 'Sectors of the technology exchange.',
  valuesMap: {
    AGRICULTURE: { description: 'Crops, farming, agricultural inputs.' },
    AQUACULTURE: { description: 'Fish and shrimp farming.' },
    FOOD: { description: 'Food processing, safety and the cold chain.' },
    ENVIRONMENT: { description: 'Pollution, waste, climate and environmental monitoring.' },
    WATER: { description: 'Water supply, quality, wastewater and flooding.' },
    ENERGY: { description: 'Renewable energy, storage, grids and efficiency.' },
    MANUFACTURING: { description: 'Factories, automation and production.' },
    MATERIALS: { description: 'New and construction materials, coatings, composites.' },
    ELECTRONICS: { description: 'Electronic components, semiconductors and devices.' },
    ICT: { description: 'Software, data, AI, networks and IoT platforms.' },
    HEALTH: { description: 'Healthcare, medical devices and pharmaceuticals.' },
    BIOTECHNOLOGY: { description: 'Biotechnology and life sciences.' },
    TRANSPORT: { description: 'Traffic, mobility and vehicles.' },
    LOGISTICS: { description: 'Warehousing, freight and supply chains.' },
    CONSTRUCTION: { description: 'Building and infrastructure.' },
    SMART_CITY: { description: 'Urban services and city operations.' },
    EDUCATION: { description: 'Education and training.' },
    FINANCE: { description: 'Financial services and payments.' },
  },
});

registerEnumType(ExchangeLanguage, {
  name: 'ExchangeLanguage',
  description: 'The language of an offer’s or demand’s text.',
  valuesMap: { VI: { description: 'Vietnamese.' }, EN: { description: 'English.' } },
});

registerEnumType(InterestStatus, {
  name: 'InterestStatus',
  description: 'Whether an expression of interest stands.',
  valuesMap: { OPEN: { description: 'It stands.' }, WITHDRAWN: { description: 'The interested organisation withdrew it (final).' } },
});

registerEnumType(DealStage, {
  name: 'DealStage',
  description: 'Stages of a brokered deal: INTEREST -> INTRODUCED -> NDA_SIGNED -> NEGOTIATING -> AGREED; DROPPED from any stage before AGREED.',
  valuesMap: {
    INTEREST: { description: 'The broker has a match with interest from the seeker.' },
    INTRODUCED: { description: 'The broker has introduced provider and seeker.' },
    NDA_SIGNED: { description: 'The parties signed a non-disclosure agreement.' },
    NEGOTIATING: { description: 'The parties negotiate terms.' },
    AGREED: { description: 'An agreement was reached; the deal names it (final).' },
    DROPPED: { description: 'The deal was abandoned (final).' },
  },
});

registerEnumType(MatchReasonKind, {
  name: 'MatchReasonKind',
  description: 'What a match reason is about.',
  valuesMap: {
    TEXT: { description: 'Words or wording the two texts share (accents and case ignored).' },
    CROSS_LANGUAGE_TERM: { description: 'A glossary concept both texts mention, in either language.' },
    SECTOR: { description: 'Sectors both name.' },
    TRL: { description: 'The offer’s readiness meets the demand’s minimum (weight 0: offers below it are left out, the others are not ranked by it).' },
  },
});
