import { register, type Account } from './support/accounts.js';
import { createDemand, createOffer, createOrganizationOfKind, ownedTechnology, publish } from './support/exchange.js';
import { addMember, createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const matchesForDemand = graphql(`query MatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {
  score offer { id title } reasons { kind detail weight } } }`);
const matchesForOffer = graphql(`query MatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score demand { id title } reasons { kind detail weight } } }`);

/** A small labelled set (sample data): offers in English and Vietnamese across sectors. */
const offers = {
  waterSensor: { title: 'Low-cost IoT water-quality sensor for aquaculture ponds', summary: 'Solar-powered probes measure dissolved oxygen, pH and turbidity and report over LoRaWAN.', language: 'EN', sectors: ['WATER', 'AQUACULTURE'], trl: 6 },
  traffic: { title: 'AI traffic signal control for smart cities', summary: 'Computer vision counts vehicles at intersections and adapts signal timing.', language: 'EN', sectors: ['TRANSPORT', 'SMART_CITY'], trl: 7 },
  irrigation: { title: 'Hệ thống tưới nhỏ giọt tự động cho cây cà phê', summary: 'Tiết kiệm nước và phân bón, điều khiển qua điện thoại.', language: 'VI', sectors: ['AGRICULTURE'], trl: 6 },
  battery: { title: 'Lithium-ion battery storage for rooftop solar', summary: 'Stores daytime solar power for factories and homes.', language: 'EN', sectors: ['ENERGY'], trl: 7 },
  bricks: { title: 'Gạch không nung từ tro bay', summary: 'Vật liệu xây dựng thân thiện môi trường từ tro bay nhiệt điện.', language: 'VI', sectors: ['CONSTRUCTION', 'MATERIALS'], trl: 8 },
  telemedicine: { title: 'Telemedicine platform for rural clinics', summary: 'Video consultation and electronic health records for district hospitals.', language: 'EN', sectors: ['HEALTH'], trl: 8 },
  airSensor: { title: 'Cảm biến chất lượng không khí giá rẻ', summary: 'Đo bụi mịn PM2.5 trong khu dân cư.', language: 'VI', sectors: ['ENVIRONMENT'], trl: 5 },
  membrane: { title: 'Wastewater treatment membrane for industrial parks', summary: 'Ultrafiltration modules for effluent reuse.', language: 'EN', sectors: ['WATER'], trl: 7 },
  immatureSensor: { title: 'Water quality sensor prototype using graphene', summary: 'Laboratory prototype measuring dissolved oxygen.', language: 'EN', sectors: ['WATER'], trl: 3 },
} as const;

describe('matching offers and demands across Vietnamese and English', () => {
  let t: TestApp;
  let providerEditor: Account;
  let seekerEditor: Account;
  let provider: string;
  let seeker: string;
  const offerIds: Record<string, string> = {};
  const demandIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const providerAdmin = await register(t, 'provider-admin@example.org');
    providerEditor = await register(t, 'provider-editor@example.org');
    const seekerAdmin = await register(t, 'seeker-admin@example.org');
    seekerEditor = await register(t, 'seeker-editor@example.org');
    provider = (await createOrganizationOfKind(t, providerAdmin, 'UNIVERSITY', 'ACADEMIA')).id;
    seeker = (await createOrganization(t, seekerAdmin)).id;
    await addMember(t, providerAdmin, provider, providerEditor, 'EDITOR');
    await addMember(t, seekerAdmin, seeker, seekerEditor, 'EDITOR');
    const technologyId = await ownedTechnology(t, providerEditor, provider, 9);
    for (const [name, offer] of Object.entries(offers)) {
      const created = await createOffer(t, providerEditor, { organizationId: provider, technologyId, kind: 'LICENCE', ...offer });
      offerIds[name] = (await publish(t, providerEditor, 'offer', created)).id;
    }
    const demands = {
      withAccents: { title: 'Cần cảm biến chất lượng nước', description: 'Giám sát nước cho ao nuôi tôm.', sectors: ['WATER'], minTrl: 5 },
      withoutAccents: { title: 'cam bien chat luong nuoc', description: 'giam sat nuoc ao nuoi', sectors: [], minTrl: 5 },
      traffic: { title: 'Cần giải pháp điều khiển đèn giao thông thông minh', description: 'Giảm ùn tắc tại các nút giao thông đô thị.', sectors: ['TRANSPORT'], minTrl: null },
      demanding: { title: 'Water quality monitoring for industrial zones', description: 'Proven sensors only.', sectors: ['WATER'], minTrl: 8 },
    } as const;
    for (const [name, demand] of Object.entries(demands)) {
      const created = await createDemand(t, seekerEditor, { organizationId: seeker, language: name === 'demanding' ? 'EN' : 'VI', ...demand });
      demandIds[name] = (await publish(t, seekerEditor, 'demand', created)).id;
    }
  });
  afterAll(() => t.close());

  const rank = async (demand: string) => (await t.graphql(matchesForDemand, { id: demandIds[demand], first: 20 })).data.matchesForDemand as {
    score: number;
    offer: { id: string; title: string };
    reasons: { kind: string; detail: string; weight: number }[];
  }[];

  it.each(['withAccents', 'withoutAccents'])('ranks the English water-quality sensor first for the Vietnamese demand written %s', async (demand) => {
    const matches = await rank(demand);
    expect(matches[0].offer.id).toBe(offerIds.waterSensor);
    const score = (name: string) => matches.find((match) => match.offer.id === offerIds[name])?.score ?? 0;
    for (const unrelated of ['traffic', 'irrigation', 'battery', 'bricks', 'telemedicine', 'airSensor', 'membrane']) {
      expect(score(unrelated)).toBeLessThan(matches[0].score);
    }
    for (const unrelated of ['traffic', 'battery', 'bricks', 'telemedicine']) expect(score(unrelated)).toBe(0);
    const [best] = matches;
    expect(best.score).toBeGreaterThan(0.4);
    expect(best.score).toBeLessThanOrEqual(1);
    expect(best.reasons).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'CROSS_LANGUAGE_TERM', detail: 'water quality / chất lượng nước' }),
      expect.objectContaining({ kind: 'CROSS_LANGUAGE_TERM', detail: 'sensor / cảm biến' }),
      expect.objectContaining({ kind: 'TRL', detail: 'TRL 6 meets the minimum of 5' }),
    ]));
    const total = best.reasons.reduce((sum, reason) => sum + reason.weight, 0);
    expect(total).toBeCloseTo(best.score, 2);
    // Scores are in order.
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a));
  });

  it('leaves out offers below the demand’s minimum TRL', async () => {
    const ids = (await rank('withAccents')).map((match) => match.offer.id);
    expect(ids).not.toContain(offerIds.immatureSensor);
    const demanding = (await rank('demanding')).map((match) => match.offer.id);
    expect(demanding).not.toContain(offerIds.waterSensor);
    expect(demanding).not.toContain(offerIds.immatureSensor);
  });

  it('names shared sectors and finds same-language matches by their words', async () => {
    const withSector = (await rank('withAccents'))[0].reasons.find((reason) => reason.kind === 'SECTOR');
    expect(withSector?.detail).toBe('shared sectors: WATER');
    const traffic = await rank('traffic');
    expect(traffic[0].offer.id).toBe(offerIds.traffic);
    expect(traffic[0].reasons.map((reason) => reason.kind)).toContain('CROSS_LANGUAGE_TERM');
  });

  it('is symmetric: the offer finds the demands, with the same score from either side', async () => {
    const matches = (await t.graphql(matchesForOffer, { id: offerIds.waterSensor })).data.matchesForOffer as { score: number; demand: { id: string } }[];
    const ids = matches.map((match) => match.demand.id);
    expect(ids.slice(0, 2).sort()).toEqual([demandIds.withAccents, demandIds.withoutAccents].sort());
    expect(ids).not.toContain(demandIds.demanding);
    const fromDemand = (await rank('withAccents')).find((match) => match.offer.id === offerIds.waterSensor)!.score;
    expect(matches.find((match) => match.demand.id === demandIds.withAccents)!.score).toBeCloseTo(fromDemand, 4);
    const traffic = matches.find((match) => match.demand.id === demandIds.traffic);
    expect(traffic?.score ?? 0).toBeLessThan(matches[1].score);
  });

  it('reads the matched offers, with what is selected below them, in a fixed number of statements whatever their number', async () => {
    const nested = graphql(`query MatchingMatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {
      score offer { id title status details price { amount currency } organization { name } interests { id } } } }`);
    // The ranking is kept until an offer or a demand changes: each question is asked twice, so both counts are of a kept ranking.
    const statementsFor = async (first: number) => {
      let statements = 0;
      let matches = 0;
      for (let round = 0; round < 2; round++) {
        const before = t.statementCount();
        const response = await t.graphql(nested, { id: demandIds.withAccents, first });
        expect(response.errors).toBeUndefined();
        statements = t.statementCount() - before;
        matches = response.data.matchesForDemand.length;
      }
      return { statements, matches };
    };
    const one = await statementsFor(1);
    const many = await statementsFor(20);
    expect(one.matches).toBe(1);
    expect(many.matches).toBeGreaterThan(2);
    expect(many.statements).toBe(one.statements);
  });

  it('ranks only published counterparts of other organisations, and hides drafts as sources', async () => {
    const draft = await createDemand(t, seekerEditor, { organizationId: seeker, title: 'Cảm biến chất lượng nước (bản nháp)', language: 'VI', sectors: ['WATER'], minTrl: 5 });
    const hidden = await t.graphql(matchesForDemand, { id: draft.id });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const own = (await t.graphql(matchesForDemand, { id: draft.id }, seekerEditor.headers)).data.matchesForDemand;
    expect(own[0].offer.id).toBe(offerIds.waterSensor);
    // The draft demand is not a counterpart for the offer.
    const forOffer = (await t.graphql(matchesForOffer, { id: offerIds.waterSensor })).data.matchesForOffer.map((match: { demand: { id: string } }) => match.demand.id);
    expect(forOffer).not.toContain(draft.id);
    // An offer withdrawn from the exchange is no longer matched, though the ranking was kept before.
    expect((await rank('withAccents')).map((match) => match.offer.id)).toContain(offerIds.waterSensor);
    await t.dataSource.query(`UPDATE technology_offer SET status = 'WITHDRAWN' WHERE id = $1`, [offerIds.waterSensor]);
    expect((await rank('withAccents')).map((match) => match.offer.id)).not.toContain(offerIds.waterSensor);
  });
});
