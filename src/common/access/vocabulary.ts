/**
 * The vocabulary access decides with: platform roles, API key scopes, organisation roles, and how a
 * project is shown and who takes part in it. The domains that own these records use it too; their
 * GraphQL enums are registered beside their models.
 */

export enum PlatformRole {
  USER = 'USER',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

export enum ApiKeyScope {
  READ = 'READ',
  WRITE = 'WRITE',
}

export enum MemberRole {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  MEMBER = 'MEMBER',
}

export enum ProjectVisibility {
  PUBLIC = 'PUBLIC',
  PARTNERS = 'PARTNERS',
}

/** Participation roles after the research-information standard CERIF. */
export enum ParticipantRole {
  COORDINATOR = 'COORDINATOR',
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
  IN_KIND_CONTRIBUTOR = 'IN_KIND_CONTRIBUTOR',
  ADVISOR = 'ADVISOR',
}

export enum ParticipantStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
}
