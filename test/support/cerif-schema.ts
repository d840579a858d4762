import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

/**
 * Validates OAI-PMH responses against the OAI-PMH 2.0 schema and, inside them, the CERIF records against
 * the OpenAIRE Guidelines for CRIS Managers' schema (test/fixtures/openaire, see its README), with
 * libxml2. The OAI-PMH schema checks a record's metadata strictly, so one validation covers both.
 */

const root = fileURLToPath(new URL('../fixtures/openaire', import.meta.url));

function schemaFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return schemaFiles(file);
    return file.endsWith('.xsd') ? [file] : [];
  });
}

/** The two adaptations the fixtures' README describes: nothing else changes in the files. */
function adapted(text: string): string {
  return text
    .replace('schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="../cached/xml.xsd"')
    .replace(/(<xs:pattern value=")([^"]*)"/g, (_match, start: string, pattern: string) => `${start}${pattern.replace(/\\([/:-])/g, '$1')}"`);
}

let preload: XMLFileInfo[] | undefined;

// One schema that brings in the three namespaces a response may hold.
const harvestSchema = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-harvest-validation" elementFormDefault="qualified">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="cached/OAI-PMH.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai-identifier" schemaLocation="cached/oai-identifier.xsd"/>
  <xs:import namespace="https://www.openaire.eu/cerif-profile/1.2/" schemaLocation="openaire-cerif-profile.xsd"/>
</xs:schema>`;

/** The schema errors of an OAI-PMH response (with its CERIF records); none when it is valid. */
export async function harvestSchemaErrors(xml: string): Promise<string[]> {
  preload ??= schemaFiles(root).map((file) => ({ fileName: `/openaire/${path.relative(root, file)}`, contents: adapted(readFileSync(file, 'utf8')) }));
  const result = await validateXML({
    xml: { fileName: '/response.xml', contents: xml },
    schema: { fileName: '/openaire/harvest.xsd', contents: harvestSchema },
    preload,
    // Absolute names: libxml2 then resolves the schemas' "../includes/" and "./includes/" to one file.
    disableFileNameValidation: true,
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
