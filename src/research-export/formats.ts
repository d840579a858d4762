import type { Xml } from '../common/xml.js';
import { cerifNamespace, cerifSchema, orgUnitXml, patentXml, personXml, productXml, projectXml, type RecordKind } from './cerif.js';
import { dcNamespace, dcSchema, dublinCoreWriters } from './dublin-core.js';

/** A metadata format the repository disseminates every record in. */
export interface MetadataFormat {
  schema: string;
  namespace: string;
  writers: Record<RecordKind, (row: never) => Xml>;
}

/**
 * The OpenAIRE CERIF profile 1.2, under the prefix the guidelines reserve, and unqualified Dublin Core,
 * which OAI-PMH requires of every repository.
 */
export const metadataFormats = {
  oai_cerif_openaire: {
    schema: cerifSchema,
    namespace: cerifNamespace,
    writers: { orgUnit: orgUnitXml, project: projectXml, person: personXml, product: productXml, patent: patentXml },
  },
  oai_dc: { schema: dcSchema, namespace: dcNamespace, writers: dublinCoreWriters },
} satisfies Record<string, MetadataFormat>;

export type MetadataPrefix = keyof typeof metadataFormats;
export const metadataPrefixes = Object.keys(metadataFormats) as MetadataPrefix[];
