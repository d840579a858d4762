import { registerEnumType } from '@nestjs/graphql';
import { Lifecycle } from '../common/lifecycle.js';

export enum DisclosureStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_EVALUATION = 'UNDER_EVALUATION',
  DECIDED = 'DECIDED',
}

export enum DisclosureDecision {
  PROTECT = 'PROTECT',
  PUBLISH = 'PUBLISH',
  RELEASE_TO_INVENTORS = 'RELEASE_TO_INVENTORS',
}

/** DRAFT -> SUBMITTED -> UNDER_EVALUATION -> DECIDED (with a decision). */
export const disclosureLifecycle = new Lifecycle<DisclosureStatus>({
  [DisclosureStatus.DRAFT]: [DisclosureStatus.SUBMITTED],
  [DisclosureStatus.SUBMITTED]: [DisclosureStatus.UNDER_EVALUATION],
  [DisclosureStatus.UNDER_EVALUATION]: [DisclosureStatus.DECIDED],
  [DisclosureStatus.DECIDED]: [],
});

export enum IpType {
  PATENT = 'PATENT',
  UTILITY_SOLUTION = 'UTILITY_SOLUTION',
  INDUSTRIAL_DESIGN = 'INDUSTRIAL_DESIGN',
  COPYRIGHT = 'COPYRIGHT',
  TRADE_SECRET = 'TRADE_SECRET',
  PLANT_VARIETY = 'PLANT_VARIETY',
}

export enum IpFilingStatus {
  FILED = 'FILED',
  PUBLISHED = 'PUBLISHED',
  UNDER_EXAMINATION = 'UNDER_EXAMINATION',
  GRANTED = 'GRANTED',
  LAPSED = 'LAPSED',
  EXPIRED = 'EXPIRED',
  ABANDONED = 'ABANDONED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

const ended = [IpFilingStatus.ABANDONED, IpFilingStatus.REJECTED, IpFilingStatus.WITHDRAWN];

/**
 * FILED -> PUBLISHED -> UNDER_EXAMINATION -> GRANTED -> LAPSED | EXPIRED. Examination may start before
 * publication (designs are not published before grant in Viet Nam). A pending application may end
 * as ABANDONED, REJECTED or WITHDRAWN; a granted right ends only by lapse or expiry.
 */
export const ipFilingLifecycle = new Lifecycle<IpFilingStatus>({
  [IpFilingStatus.FILED]: [IpFilingStatus.PUBLISHED, IpFilingStatus.UNDER_EXAMINATION, ...ended],
  [IpFilingStatus.PUBLISHED]: [IpFilingStatus.UNDER_EXAMINATION, ...ended],
  [IpFilingStatus.UNDER_EXAMINATION]: [IpFilingStatus.GRANTED, ...ended],
  [IpFilingStatus.GRANTED]: [IpFilingStatus.LAPSED, IpFilingStatus.EXPIRED],
  [IpFilingStatus.LAPSED]: [],
  [IpFilingStatus.EXPIRED]: [],
  [IpFilingStatus.ABANDONED]: [],
  [IpFilingStatus.REJECTED]: [],
  [IpFilingStatus.WITHDRAWN]: [],
});

/**
 * Where protection can be sought: ISO 3166-1 alpha-2 country codes of the offices partners use, and
 * the international and regional routes (PCT international application, European patent, Eurasian
 * patent, Hague international design registration).
 */
export const ipJurisdictions = [
  'VN', 'LA', 'KH', 'TH', 'MY', 'SG', 'ID', 'PH', 'MM', 'BN',
  'CN', 'JP', 'KR', 'TW', 'HK', 'IN', 'AU', 'NZ',
  'US', 'CA', 'MX', 'BR',
  'GB', 'DE', 'FR', 'NL', 'BE', 'IT', 'ES', 'CH', 'SE', 'DK', 'FI', 'NO', 'AT', 'PL', 'CZ', 'IE',
  'RU', 'IL', 'AE', 'SA', 'ZA',
  'PCT', 'EP', 'EA', 'HAGUE',
] as const;

export enum IpDeadlineKind {
  PRIORITY_YEAR = 'PRIORITY_YEAR',
  PCT_NATIONAL_PHASE = 'PCT_NATIONAL_PHASE',
  EP_REGIONAL_PHASE = 'EP_REGIONAL_PHASE',
  EXAMINATION_REQUEST = 'EXAMINATION_REQUEST',
  ANNUAL_FEE = 'ANNUAL_FEE',
  RENEWAL = 'RENEWAL',
  TERM_EXPIRY = 'TERM_EXPIRY',
}

export enum SharesSubject {
  OWNERS = 'OWNERS',
  INVENTORS = 'INVENTORS',
}

registerEnumType(DisclosureStatus, {
  name: 'DisclosureStatus',
  description: 'Where an invention disclosure is: DRAFT -> SUBMITTED -> UNDER_EVALUATION -> DECIDED.',
  valuesMap: {
    DRAFT: { description: 'Being written by the inventors or the technology’s managers.' },
    SUBMITTED: { description: 'Handed to the institution; no longer editable.' },
    UNDER_EVALUATION: { description: 'The institution is evaluating it.' },
    DECIDED: { description: 'The institution decided what to do (final).' },
  },
});

registerEnumType(DisclosureDecision, {
  name: 'DisclosureDecision',
  description: 'What the institution decided to do with a disclosed invention.',
  valuesMap: {
    PROTECT: { description: 'Seek IP protection (file a patent or another right).' },
    PUBLISH: { description: 'Publish it openly without protection.' },
    RELEASE_TO_INVENTORS: { description: 'Give up the institution’s claim: the inventors may pursue it themselves.' },
  },
});

registerEnumType(IpType, {
  name: 'IpType',
  description: 'The kind of intellectual property right.',
  valuesMap: {
    PATENT: { description: 'Patent for an invention (bằng độc quyền sáng chế).' },
    UTILITY_SOLUTION: { description: 'Utility solution, Viet Nam’s utility model (bằng độc quyền giải pháp hữu ích).' },
    INDUSTRIAL_DESIGN: { description: 'Industrial design (kiểu dáng công nghiệp).' },
    COPYRIGHT: { description: 'Copyright registration, e.g. for software.' },
    TRADE_SECRET: { description: 'Kept as a trade secret (recorded, not published).' },
    PLANT_VARIETY: { description: 'Plant variety protection.' },
  },
});

registerEnumType(IpFilingStatus, {
  name: 'IpFilingStatus',
  description: 'Where a filing is: FILED -> PUBLISHED -> UNDER_EXAMINATION -> GRANTED -> LAPSED | EXPIRED; a pending one may end ABANDONED, REJECTED or WITHDRAWN.',
  valuesMap: {
    FILED: { description: 'Filed with the office.' },
    PUBLISHED: { description: 'Published by the office (needs the publication date).' },
    UNDER_EXAMINATION: { description: 'Under substantive examination.' },
    GRANTED: { description: 'Granted or registered (needs the grant date and the registration number).' },
    LAPSED: { description: 'A granted right that ended early, e.g. a fee not paid (final).' },
    EXPIRED: { description: 'A granted right whose term ended (final).' },
    ABANDONED: { description: 'Given up by the applicant (final).' },
    REJECTED: { description: 'Refused by the office (final).' },
    WITHDRAWN: { description: 'Withdrawn by the applicant (final).' },
  },
});

registerEnumType(IpDeadlineKind, {
  name: 'IpDeadlineKind',
  description: 'The kind of deadline of a filing.',
  valuesMap: {
    PRIORITY_YEAR: { description: 'Last day to file abroad claiming this filing’s priority (Paris Convention).' },
    PCT_NATIONAL_PHASE: { description: 'Last day to enter the national phase of a PCT application.' },
    EP_REGIONAL_PHASE: { description: 'Last day to enter the European regional phase of a PCT application.' },
    EXAMINATION_REQUEST: { description: 'Last day to request substantive examination.' },
    ANNUAL_FEE: { description: 'Next annual maintenance fee of a granted right.' },
    RENEWAL: { description: 'Next renewal of a registered design.' },
    TERM_EXPIRY: { description: 'The end of the maximum term of protection.' },
  },
});

registerEnumType(SharesSubject, {
  name: 'SharesSubject',
  description: 'Whose shares are meant.',
  valuesMap: {
    OWNERS: { description: 'The owning organisations’ ownership shares.' },
    INVENTORS: { description: 'The inventors’ contribution shares.' },
  },
});

/** Where a proposed change of a technology's owners stands. */
export enum OwnersProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(OwnersProposalStatus, {
  name: 'OwnersProposalStatus',
  description: 'Where a proposed change of a technology’s owners stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for every owner whose share it shrinks to accept.' },
    ACCEPTED: { description: 'All of them accepted: the new owners are in force.' },
    DECLINED: { description: 'One of them declined: the owners stay as they were.' },
    SUPERSEDED: { description: 'A newer proposal replaced it before it was decided.' },
  },
});

/** An owner's answer to a proposed change of the owners. */
export enum OwnerConsent {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(OwnerConsent, {
  name: 'OwnerConsent',
  description: 'An owner’s answer to a proposed change of the owners.',
  valuesMap: {
    PENDING: { description: 'Not answered yet.' },
    ACCEPTED: { description: 'Its editors or admins accepted (the proposer accepts for its own organisations by proposing).' },
    DECLINED: { description: 'Its editors or admins declined.' },
  },
});
