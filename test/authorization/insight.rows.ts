import { editorsA, judges, readersA, staleVersion, validCallers, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import type { AnyOperation } from '../support/test-app.js';
import { graphql } from '../graphql/index.js';

/** Insight: ICF indicators and the public reports. */

export interface Fixtures {
  w: World;
  /** Reported by A, not yet verified: public only once verified. */
  measurement: string;
}

const report = graphql(`mutation ReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename ... on IndicatorMeasurement { id } } }`);
const measurementInput = (organizationId: string, periodStart: string) => ({
  input: { organizationId, factor: 'BROADBAND' as const, indicator: 'Households with fixed broadband', value: '87.5', unit: '%', periodStart, periodEnd: '2025-12-31' },
});

async function setUp(w: World): Promise<Fixtures> {
  const measurement = await w.must('editorA', report, measurementInput(w.orgA, '2025-01-01'));
  return { w, measurement: measurement.id };
}

let periods = 0;
/** A public report: anyone with working (or no) credentials reads it. */
const publicReport = (name: string, query: AnyOperation): Row<Fixtures> => ({ name: `query ${name} (public)`, query, allowed: validCallers });

const rows: Row<Fixtures>[] = [
  {
    name: 'query indicatorMeasurements (lists A’s unverified one)',
    query: graphql(`query IndicatorMeasurements { indicatorMeasurements(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.measurement, 'indicatorMeasurements'),
    allowed: readersA,
  },
  {
    name: 'mutation reportIndicator of A',
    query: report,
    // Each report a period of its own: a second report of the same period is refused as a duplicate.
    variables: (f) => measurementInput(f.w.orgA, `2024-${String((periods++ % 12) + 1).padStart(2, '0')}-01`),
    allowed: editorsA,
  },
  {
    name: 'mutation correctIndicator of A (stale version)',
    query: graphql(`mutation CorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.measurement, expectedVersion: staleVersion, value: '88' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation reviewIndicator of A (stale version)',
    query: graphql(`mutation ReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.measurement, expectedVersion: staleVersion, verified: true } }),
    allowed: ['platformAdmin'],
  },
  publicReport('icfSelfAssessment', graphql(`query IcfSelfAssessment { icfSelfAssessment { fromYear } }`)),
  publicReport('commercialisationFunnel', graphql(`query CommercialisationFunnel { commercialisationFunnel { years { year } } }`)),
  publicReport('trlProgression', graphql(`query TrlProgression { trlProgression { technologies } }`)),
  publicReport('helixContributions', graphql(`query HelixContributions { helixContributions { helix } }`)),
  publicReport('icfFactors', graphql(`query IcfFactors { icfFactors { factor } }`)),
  publicReport('tripleHelixSynergy', graphql(`query TripleHelixSynergy { tripleHelixSynergy { projects } }`)),
  publicReport('collaborationNetwork', graphql(`query CollaborationNetwork { collaborationNetwork { density } }`)),
  publicReport('bridgingOrganizations', graphql(`query BridgingOrganizations { bridgingOrganizations { rank } }`)),
];

export const insightRows: RowModule<Fixtures> = { setUp, rows };
