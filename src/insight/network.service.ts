import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { RequestContext } from '../common/request-context.js';
import { Helix } from '../organizations/organization.enums.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { betweenness, graphOf } from './network.js';
import { CollaborationNetwork, NetworkPosition, NetworkRanking } from './network.model.js';
import { ReportCache } from './report-cache.js';
import { collaborationPartiesSql, helixBasisOf, kindsOf, networkKinds, readersParam } from './selection.js';
import { SqlParams } from '../common/read/sql.js';

/** Up to this many organisations betweenness is exact; above, it is estimated from `sampledSources` sources. */
export const exactBetweennessLimit = 1000;
/**
 * Enough sources to rank the bridges reliably (Brandes and Pich, 2007) while a network of 5,000
 * organisations and half a million links is walked in about two seconds.
 */
export const sampledSources = 300;

interface ComputedNetwork {
  network: Omit<CollaborationNetwork, 'top'>;
  positions: NetworkPosition[];
}

const helices = Object.values(Helix);

/**
 * The co-participation network. The database aggregates the links (distinct pairs of organisations
 * that collaborate); betweenness needs the whole graph, so the links are then walked in memory, and
 * the result is kept until the records behind it change (ReportCache).
 */
@Injectable()
export class NetworkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportCache,
    private readonly access: AccessService,
  ) {}

  /**
   * The network of the records the caller may read, of the kinds the filter counts (projects and
   * agreements when it names none): PUBLIC projects, the projects and agreements their organisations
   * take part in, their placements and incubation files, consented graduations, public training
   * partnerships (everything for platform admins; see `collaborationPartiesSql`). Who works with whom
   * in a PARTNERS project is for its participants, so each set of readable organisations has its own
   * network, computed and cached apart (the filter, kinds included, is part of the key); the public
   * one is shared by everyone else.
   */
  async network(ctx: RequestContext, filter: CollaborationFilter | undefined, ranking: NetworkRanking, first: number): Promise<CollaborationNetwork> {
    const readable = await this.access.readableOrganizationIds(ctx);
    const reader = readable === 'all' ? 'all' : [...readable].sort();
    const { network, positions } = await this.reports.get(`network:${JSON.stringify(filter ?? {})}:${JSON.stringify(reader)}`, () => this.compute(filter, reader), {
      serveStale: true,
    });
    const key: Record<NetworkRanking, (p: NetworkPosition) => number> = {
      [NetworkRanking.DEGREE]: (p) => p.degree,
      [NetworkRanking.BETWEENNESS]: (p) => p.betweenness,
      [NetworkRanking.CROSS_HELIX_BETWEENNESS]: (p) => p.crossHelixBetweenness,
    };
    const score = key[ranking];
    const top = [...positions]
      .sort((a, b) => score(b) - score(a) || b.degree - a.degree || a.organizationId.localeCompare(b.organizationId))
      .slice(0, first)
      .map((position, index) => ({ ...position, rank: index + 1 }));
    return Object.assign(new CollaborationNetwork(), network, { top });
  }

  private async compute(filter: CollaborationFilter | undefined, reader: string[] | 'all'): Promise<ComputedNetwork> {
    const sql = new SqlParams();
    const readers = readersParam(reader, sql);
    const collaborations = collaborationPartiesSql(filter, kindsOf(filter, networkKinds), sql, readers);
    const { organizationHelices } = helixBasisOf(filter);
    // One pass over the collaborations gives both the links (distinct pairs) and the nodes.
    const rows: { kind: 'node' | 'link'; a: string; b: string; collaborations: number | null }[] = await this.dataSource.query(
      `WITH collaboration AS MATERIALIZED (SELECT id, organization_id FROM (${collaborations}) c)
       SELECT 'node' AS kind, o.id::text AS a, array_to_string(${organizationHelices('o')}, ',') AS b, count(DISTINCT c.id)::int AS collaborations
         FROM collaboration c JOIN organization_fact o ON o.id = c.organization_id
        GROUP BY o.id, o.helix, o.secondary_helices
       UNION ALL
       SELECT DISTINCT 'link', x.organization_id::text, y.organization_id::text, NULL::int
         FROM collaboration x JOIN collaboration y ON y.id = x.id AND y.organization_id > x.organization_id`,
      sql.values,
    );
    // Nodes in id order, so that a sample of sources is the same from run to run.
    const nodes = rows
      .filter((row) => row.kind === 'node')
      .map((row) => {
        const counted = row.b.split(',') as Helix[];
        return { id: row.a, helix: counted[0], helices: counted, collaborations: row.collaborations! };
      })
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const links = rows.filter((row) => row.kind === 'link');

    const number = new Map(nodes.map((node, index) => [node.id, index]));
    const graph = graphOf(nodes.length, links.map((link) => [number.get(link.a)!, number.get(link.b)!]));
    // Each node's helices as a bit mask: with secondary helices counted, a hybrid shares a helix with more partners.
    const groups = Int32Array.from(nodes, (node) => node.helices.reduce((mask, helix) => mask | (1 << helices.indexOf(helix)), 0));
    const centrality = await betweenness(graph, groups, nodes.length > exactBetweennessLimit ? sampledSources : Infinity);

    const positions = nodes.map((node, v) => {
      let crossHelixDegree = 0;
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) if ((groups[graph.targets[e]] & groups[v]) === 0) crossHelixDegree++;
      return Object.assign(new NetworkPosition(), {
        organizationId: node.id,
        rank: 0,
        helix: node.helix,
        degree: graph.offsets[v + 1] - graph.offsets[v],
        crossHelixDegree,
        collaborations: node.collaborations,
        betweenness: centrality.all[v],
        crossHelixBetweenness: centrality.crossGroup[v],
      });
    });
    const possible = (nodes.length * (nodes.length - 1)) / 2;
    return {
      network: {
        organizations: nodes.length,
        links: links.length,
        density: possible ? links.length / possible : 0,
        exact: centrality.sources === nodes.length,
        sources: centrality.sources,
        computedAt: new Date(),
      },
      positions,
    };
  }
}
