import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Schema } from 'node-schematron';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

/**
 * Validates OAI-PMH responses against the OAI-PMH 2.0 schema and, inside them, the CERIF records against
 * the OpenAIRE Guidelines for CRIS Managers' schema (test/fixtures/openaire, see its README) and the
 * Dublin Core ones against `oai_dc` (test/fixtures/dublin-core), with libxml2. The OAI-PMH schema checks
 * a record's metadata strictly, so one validation covers both.
 */

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

function schemaFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return schemaFiles(file);
    return file.endsWith('.xsd') ? [file] : [];
  });
}

/** The adaptations the fixtures' READMEs describe: nothing else changes in the files. */
function adapted(text: string): string {
  return text
    .replace('schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="../cached/xml.xsd"')
    .replace('schemaLocation="http://www.w3.org/2001/03/xml.xsd"', 'schemaLocation="../openaire/cached/xml.xsd"')
    .replace(/(<xs:pattern value=")([^"]*)"/g, (_match, start: string, pattern: string) => `${start}${pattern.replace(/\\([/:-])/g, '$1')}"`);
}

let preload: XMLFileInfo[] | undefined;

// One schema that brings in the four namespaces a response may hold.
const harvestSchema = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-harvest-validation" elementFormDefault="qualified">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="openaire/cached/OAI-PMH.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai-identifier" schemaLocation="openaire/cached/oai-identifier.xsd"/>
  <xs:import namespace="https://www.openaire.eu/cerif-profile/1.2/" schemaLocation="openaire/openaire-cerif-profile.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="dublin-core/oai_dc.xsd"/>
</xs:schema>`;

/** The schema errors of an OAI-PMH response (with its CERIF records); none when it is valid. */
export async function harvestSchemaErrors(xml: string): Promise<string[]> {
  preload ??= schemaFiles(fixtures).map((file) => ({ fileName: `/${path.relative(fixtures, file)}`, contents: adapted(readFileSync(file, 'utf8')) }));
  const result = await validateXML({
    xml: { fileName: '/response.xml', contents: xml },
    schema: { fileName: '/harvest.xsd', contents: harvestSchema },
    preload,
    // Absolute names: libxml2 then resolves the schemas' "../includes/" and "./includes/" to one file.
    disableFileNameValidation: true,
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

let schematron: Schema | undefined;

/**
 * What the guidelines' Schematron rules (openaire-cerif-profile.sch: a start not after its end, Open
 * Access mandates, access-right dates) find in a response; none when it keeps them. XML Schema cannot
 * say these, so a valid response is checked against both.
 */
export function harvestRuleFindings(xml: string): string[] {
  schematron ??= Schema.fromString(readFileSync(path.join(fixtures, 'openaire/openaire-cerif-profile.sch'), 'utf8'));
  return schematron.validateString(xml).map((finding) => (finding.message ?? '').trim());
}
