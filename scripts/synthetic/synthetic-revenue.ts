import { fromMinor, toMinor } from '../../src/common/currency.js';
import { allocate, percentToHundredths, splitWeights, type SplitPolicy, type SplitTechnology } from '../../src/revenue/revenue-split.js';
import { addDays, chance, chanceOf, idFor, idOf, insertRows, startsWith, type PgClient } from './synthetic-support.js';

export interface RevenueCounts {
  policies: number;
  receipts: number;
  costs: number;
  distributions: number;
  distributionLines: number;
}

interface AgreementRow {
  id: string;
  code: string;
  type: string;
  currency: string;
  upfront_fee: string | null;
  executed_on: string;
  ended_on: string | null;
  created_by: string;
  acquired: boolean;
}

interface Entry {
  id: string;
  agreementId: string;
  kind: string;
  minor: bigint;
  on: string;
  technologyId?: string | null;
  reference?: string | null;
  milestonePaymentId?: string | null;
  distributionId?: string | null;
}

/**
 * Revenue of the synthetic agreements. The owners' distribution policies are written in SQL; the
 * receipts (upfront fees, yearly royalties, paid milestones, the equity of acquired spin-offs), the
 * deductible costs (legal work, patent costs of the licensed technologies) and, for about two
 * agreements in three, yearly distributions of their net are computed here with the application's
 * own split (`splitWeights` and `allocate`), so that every distribution's lines total its net to the
 * last minor unit, as the database checks at commit. Costs that exceed a year's receipts carry
 * forward, as the application does.
 */
export async function writeRevenue(client: PgClient, seed: number, codePrefix: string, slugPrefix: string, asOf: string): Promise<RevenueCounts> {
  const like = startsWith(codePrefix);
  // Universities and institutes keep 40 to 60% for themselves; companies give their inventors 10%.
  // Some universities raised the inventors' share from 2025.
  const policies = await client.query(
    `WITH owner AS (
       SELECT DISTINCT o.organization_id, org.helix, org.slug,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.organization_id AND m.status = 'ACTIVE' AND m.role = 'ADMIN' ORDER BY m.id LIMIT 1) AS admin_id
         FROM technology_owner o JOIN technology t ON t.id = o.technology_id JOIN organization org ON org.id = o.organization_id
        WHERE t.code LIKE $2 AND org.slug LIKE $3
     ),
     version AS (
       SELECT w.*, v, ${chance(`w.slug || ':policy'`)} AS luck FROM owner w CROSS JOIN generate_series(0, 1) AS v
     ),
     shaped AS (
       SELECT v.*, CASE WHEN v.helix = 'ACADEMIA' THEN 30 + 5 * floor(v.luck * 3) + 5 * v ELSE 10 END AS inventors,
              CASE WHEN v.helix = 'ACADEMIA' THEN 10 + 5 * (floor(v.luck * 1000)::int % 3) ELSE 0 END AS units
         FROM version v WHERE v.v = 0 OR (v.helix = 'ACADEMIA' AND v.luck < 0.35)
     )
     INSERT INTO distribution_policy (id, organization_id, inventors_share, units_share, institution_share, valid_from, note, created_by, created_at)
     SELECT ${idFor('policy', `s.slug || ':' || s.v`)}, s.organization_id, s.inventors, s.units, 100 - s.inventors - s.units,
            CASE s.v WHEN 0 THEN DATE '2015-01-01' ELSE DATE '2025-01-01' END,
            'Sample data: an invented policy' || CASE s.v WHEN 1 THEN ' (inventors'' share raised)' ELSE '' END, s.admin_id,
            CASE s.v WHEN 0 THEN TIMESTAMPTZ '2015-01-01 09:00+07' ELSE TIMESTAMPTZ '2024-12-15 09:00+07' END
       FROM shaped s WHERE s.admin_id IS NOT NULL`,
    [seed, like, startsWith(slugPrefix)],
  );

  const agreements = (
    await client.query(
      `SELECT a.id, a.code, a.type, a.currency, a.upfront_fee::text, a.executed_on::text, a.ended_on::text, a.created_by,
              EXISTS (SELECT 1 FROM spin_off s WHERE s.agreement_id = a.id AND s.status = 'ACQUIRED') AS acquired
         FROM agreement a WHERE a.code LIKE $1 AND a.status <> 'NEGOTIATING' ORDER BY a.code`,
      [like],
    )
  ).rows as unknown as AgreementRow[];
  const ids = agreements.map((a) => a.id);
  const grouped = <T extends { agreement_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.agreement_id, [...(map.get(row.agreement_id) ?? []), row]);
    return map;
  };
  const owners = grouped(
    (
      await client.query(
        `SELECT x.agreement_id, x.technology_id, o.organization_id, o.share::text FROM agreement_technology x JOIN technology_owner o ON o.technology_id = x.technology_id
          WHERE x.agreement_id = ANY($1) AND o.valid_until IS NULL ORDER BY x.technology_id, o.organization_id`,
        [ids],
      )
    ).rows as { agreement_id: string; technology_id: string; organization_id: string; share: string }[],
  );
  const inventors = grouped(
    (
      await client.query(
        `SELECT x.agreement_id, i.technology_id, i.id, i.user_id, i.external_name, i.affiliation_organization_id, i.share::text
           FROM agreement_technology x JOIN technology_inventor i ON i.technology_id = x.technology_id WHERE x.agreement_id = ANY($1) ORDER BY i.technology_id, i.id`,
        [ids],
      )
    ).rows as { agreement_id: string; technology_id: string; id: string; user_id: string | null; external_name: string | null; affiliation_organization_id: string | null; share: string }[],
  );
  const filings = grouped(
    (
      await client.query(
        `SELECT x.agreement_id, f.technology_id, f.application_number, f.filing_date::text FROM agreement_technology x JOIN ip_filing f ON f.technology_id = x.technology_id
          WHERE x.agreement_id = ANY($1) AND f.jurisdiction = 'VN' ORDER BY f.technology_id`,
        [ids],
      )
    ).rows as { agreement_id: string; technology_id: string; application_number: string; filing_date: string }[],
  );
  const payments = grouped(
    (
      await client.query(
        `SELECT agreement_id, id, position, amount::text, due_on::text FROM agreement_milestone_payment WHERE agreement_id = ANY($1) AND status = 'PAID' ORDER BY agreement_id, position`,
        [ids],
      )
    ).rows as { agreement_id: string; id: string; position: number; amount: string; due_on: string }[],
  );
  const policyRows = (
    await client.query(
      `SELECT organization_id, valid_from::text, inventors_share::text, units_share::text, institution_share::text FROM distribution_policy
        WHERE organization_id IN (SELECT o.organization_id FROM technology_owner o JOIN technology t ON t.id = o.technology_id WHERE t.code LIKE $1)
        ORDER BY organization_id, valid_from`,
      [like],
    )
  ).rows as { organization_id: string; valid_from: string; inventors_share: string; units_share: string; institution_share: string }[];
  const policiesOn = (day: string) => {
    const map = new Map<string, SplitPolicy>();
    for (const row of policyRows) {
      if (row.valid_from > day) continue;
      map.set(row.organization_id, {
        inventors: percentToHundredths(row.inventors_share),
        units: percentToHundredths(row.units_share),
        institution: percentToHundredths(row.institution_share),
      });
    }
    return map;
  };

  const receipts: Entry[] = [];
  const costs: Entry[] = [];
  const distributions: unknown[][] = [];
  const lines: unknown[][] = [];
  const random = (key: string) => chanceOf(seed, key);
  const between = (key: string, min: number, max: number) => BigInt(min + Math.floor(random(key) * (max - min + 1)));
  const million = 1_000_000;

  for (const a of agreements) {
    const minor = (amount: string) => toMinor(amount, a.currency)!;
    // Whole units of the currency, not round: the split then has remainders to place.
    const money = (key: string, min: number, max: number) => between(key, min, max) * minor('1');
    const until = a.ended_on && addDays(a.ended_on, 90) < asOf ? addDays(a.ended_on, 90) : asOf;
    const mine: Entry[] = [];
    const spent: Entry[] = [];
    const fee = a.upfront_fee === null ? 0n : minor(a.upfront_fee);
    if (fee > 0n && addDays(a.executed_on, 20) <= asOf) {
      mine.push({ id: idOf(seed, 'receipt', `${a.code}:upfront`), agreementId: a.id, kind: 'UPFRONT', minor: fee, on: addDays(a.executed_on, 20), reference: `${a.code}-UPFRONT` });
    }
    if (a.type.startsWith('LICENCE')) {
      for (let year = 1; addDays(a.executed_on, 365 * year + 30) <= until; year++) {
        mine.push({
          id: idOf(seed, 'receipt', `${a.code}:royalty:${year}`),
          agreementId: a.id,
          kind: 'ROYALTY',
          minor: money(`${a.code}:royalty:${year}`, 5 * million, 150 * million),
          on: addDays(a.executed_on, 365 * year + 30),
          reference: `${a.code}-ROYALTY-${year}`,
        });
      }
    }
    for (const payment of payments.get(a.id) ?? []) {
      mine.push({
        id: idOf(seed, 'receipt', `${a.code}:milestone:${payment.position}`),
        agreementId: a.id,
        kind: 'MILESTONE',
        minor: minor(payment.amount),
        on: addDays(payment.due_on, 20),
        reference: `${a.code}-MILESTONE-${payment.position}`,
        milestonePaymentId: payment.id,
      });
    }
    if (a.acquired) {
      mine.push({ id: idOf(seed, 'receipt', `${a.code}:equity`), agreementId: a.id, kind: 'EQUITY_SALE', minor: money(`${a.code}:equity`, 300 * million, 1500 * million), on: addDays(asOf, -45), reference: `${a.code}-EQUITY` });
    }
    if (random(`${a.code}:legal`) < 0.7) {
      spent.push({ id: idOf(seed, 'cost', `${a.code}:legal`), agreementId: a.id, kind: 'LEGAL', minor: money(`${a.code}:legal`, 5 * million, 25 * million), on: addDays(a.executed_on, -20) });
    }
    for (const filing of filings.get(a.id) ?? []) {
      const on = addDays(filing.filing_date > a.executed_on ? filing.filing_date : a.executed_on, 10);
      if (on > asOf) continue;
      spent.push({
        id: idOf(seed, 'cost', `${a.code}:patent:${filing.technology_id}`),
        agreementId: a.id,
        kind: 'PATENT',
        minor: money(`${a.code}:patent:${filing.technology_id}`, 3 * million, 18 * million),
        on,
        technologyId: filing.technology_id,
        reference: filing.application_number,
      });
    }
    receipts.push(...mine);
    costs.push(...spent);

    // Yearly distributions for about two agreements in three, up to the last year-end before the as-of date.
    if (random(`${a.code}:distributes`) >= 0.65 || mine.length === 0) continue;
    const technologies: SplitTechnology[] = [...new Set((owners.get(a.id) ?? []).map((row) => row.technology_id))].map((technologyId) => ({
      id: technologyId,
      owners: (owners.get(a.id) ?? []).filter((row) => row.technology_id === technologyId).map((row) => ({ organizationId: row.organization_id, share: percentToHundredths(row.share) })),
      inventors: (inventors.get(a.id) ?? [])
        .filter((row) => row.technology_id === technologyId)
        .map((row) => ({ id: row.id, share: percentToHundredths(row.share), unitOrganizationId: row.affiliation_organization_id })),
    }));
    const inventorById = new Map((inventors.get(a.id) ?? []).map((row) => [row.id, row]));
    const lastYear = Number(asOf.slice(0, 4)) - 1;
    for (let year = Number(a.executed_on.slice(0, 4)); year <= lastYear; year++) {
      const periodEnd = `${year}-12-31`;
      const counted = mine.filter((entry) => entry.on <= periodEnd && !entry.distributionId);
      const deducted = spent.filter((entry) => entry.on <= periodEnd && !entry.distributionId);
      if (counted.length === 0) continue;
      const gross = counted.reduce((sum, entry) => sum + entry.minor, 0n);
      const cost = deducted.reduce((sum, entry) => sum + entry.minor, 0n);
      if (gross < cost) continue;
      const policies = policiesOn(periodEnd);
      if (technologies.some((technology) => technology.owners.some((owner) => !policies.has(owner.organizationId)))) continue;
      const distributionId = idOf(seed, 'distribution', `${a.code}:${year}`);
      const created = `${addDays(periodEnd, 15)}T03:00:00Z`;
      distributions.push([distributionId, a.id, periodEnd, a.currency, fromMinor(gross, a.currency), fromMinor(cost, a.currency), fromMinor(gross - cost, a.currency), a.created_by, created]);
      for (const entry of [...counted, ...deducted]) entry.distributionId = distributionId;
      if (gross === cost) continue;
      const paidOn = addDays(periodEnd, 30 + Math.floor(random(`${a.code}:${year}:paid-on`) * 30));
      for (const line of allocate(gross - cost, splitWeights(technologies, policies))) {
        if (line.amount === 0n) continue;
        const inventor = line.technologyInventorId ? inventorById.get(line.technologyInventorId)! : null;
        const paid = paidOn <= asOf && random(`${a.code}:${year}:${line.key}:paid`) < 0.85;
        lines.push([
          idOf(seed, 'distribution-line', `${a.code}:${year}:${line.key}`), distributionId, line.payerOrganizationId, line.kind, line.technologyInventorId,
          inventor?.user_id ?? null, inventor?.external_name ?? null, line.organizationId, fromMinor(line.amount, a.currency), a.currency,
          paid ? 'PAID' : 'PENDING', paid ? paidOn : null, paid ? `SAMPLE-PAYMENT-${a.code}-${year}` : null, paid ? 2 : 1, created, paid ? `${paidOn}T04:00:00Z` : created,
        ]);
      }
    }
  }

  await insertRows(client, 'revenue_distribution', [
    ['id', 'uuid'], ['agreement_id', 'uuid'], ['period_end', 'date'], ['currency', 'text'], ['gross', 'numeric'], ['costs', 'numeric'], ['net', 'numeric'],
    ['created_by', 'uuid'], ['created_at', 'timestamptz'],
  ], distributions);
  await insertRows(client, 'distribution_line', [
    ['id', 'uuid'], ['distribution_id', 'uuid'], ['payer_organization_id', 'uuid'], ['beneficiary_kind', 'text'], ['technology_inventor_id', 'uuid'], ['user_id', 'uuid'],
    ['external_name', 'text'], ['organization_id', 'uuid'], ['amount', 'numeric'], ['currency', 'text'], ['status', 'text'], ['paid_on', 'date'], ['payment_reference', 'text'],
    ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ], lines);
  const currencyOf = new Map(agreements.map((a) => [a.id, a.currency]));
  const recorder = new Map(agreements.map((a) => [a.id, a.created_by]));
  await insertRows(client, 'revenue_receipt', [
    ['id', 'uuid'], ['agreement_id', 'uuid'], ['kind', 'text'], ['amount', 'numeric'], ['currency', 'text'], ['received_on', 'date'], ['reference', 'text'], ['note', 'text'],
    ['milestone_payment_id', 'uuid'], ['distribution_id', 'uuid'], ['recorded_by', 'uuid'], ['created_at', 'timestamptz'],
  ], receipts.map((r) => [
    r.id, r.agreementId, r.kind, fromMinor(r.minor, currencyOf.get(r.agreementId)!), currencyOf.get(r.agreementId), r.on, r.reference ?? null, 'Sample data',
    r.milestonePaymentId ?? null, r.distributionId ?? null, recorder.get(r.agreementId), `${r.on}T02:00:00Z`,
  ]));
  await insertRows(client, 'revenue_cost', [
    ['id', 'uuid'], ['agreement_id', 'uuid'], ['kind', 'text'], ['amount', 'numeric'], ['currency', 'text'], ['incurred_on', 'date'], ['description', 'text'],
    ['technology_id', 'uuid'], ['filing_reference', 'text'], ['distribution_id', 'uuid'], ['recorded_by', 'uuid'], ['created_at', 'timestamptz'],
  ], costs.map((c) => [
    c.id, c.agreementId, c.kind, fromMinor(c.minor, currencyOf.get(c.agreementId)!), currencyOf.get(c.agreementId), c.on,
    c.kind === 'PATENT' ? 'Sample data: invented filing and annual fees' : 'Sample data: invented legal fees for the agreement', c.technologyId ?? null, c.reference ?? null,
    c.distributionId ?? null, recorder.get(c.agreementId), `${c.on}T02:00:00Z`,
  ]));
  return { policies: policies.rowCount ?? 0, receipts: receipts.length, costs: costs.length, distributions: distributions.length, distributionLines: lines.length };
}
