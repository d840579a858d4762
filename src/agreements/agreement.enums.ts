import { registerEnumType } from '@nestjs/graphql';

export enum AgreementType {
  LICENCE_EXCLUSIVE = 'LICENCE_EXCLUSIVE',
  LICENCE_NON_EXCLUSIVE = 'LICENCE_NON_EXCLUSIVE',
  OPTION = 'OPTION',
  ASSIGNMENT = 'ASSIGNMENT',
  SPONSORED_RESEARCH = 'SPONSORED_RESEARCH',
  MATERIAL_TRANSFER = 'MATERIAL_TRANSFER',
}

export enum AgreementStatus {
  NEGOTIATING = 'NEGOTIATING',
  EXECUTED = 'EXECUTED',
  ACTIVE = 'ACTIVE',
  TERMINATED = 'TERMINATED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(AgreementType, {
  name: 'AgreementType',
  description: 'What a commercialisation agreement grants.',
  valuesMap: {
    LICENCE_EXCLUSIVE: { description: 'An exclusive licence: only the licensee may use the technology in the territory and field.' },
    LICENCE_NON_EXCLUSIVE: { description: 'A non-exclusive licence: others may be licensed too.' },
    OPTION: { description: 'An option: the right to negotiate or take a licence within a period.' },
    ASSIGNMENT: { description: 'An assignment: ownership of the rights passes to the assignee.' },
    SPONSORED_RESEARCH: { description: 'Sponsored research: the sponsor funds research and receives rights in its results.' },
    MATERIAL_TRANSFER: { description: 'A material transfer agreement: materials are provided for research use.' },
  },
});

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement is in its life: NEGOTIATING -> EXECUTED -> ACTIVE -> TERMINATED | EXPIRED.',
  valuesMap: {
    NEGOTIATING: { description: 'Terms are being negotiated; nothing is signed.' },
    EXECUTED: { description: 'Signed by the parties, not yet in force.' },
    ACTIVE: { description: 'In force.' },
    TERMINATED: { description: 'Ended early by a party (final).' },
    EXPIRED: { description: 'Ended at the end of its term (final).' },
  },
});
