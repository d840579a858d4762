import { createHash } from 'node:crypto';
import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/access/public.decorator.js';
import { notFound } from '../../common/errors.js';
import { HttpAppErrorFilter } from '../../common/http-error.filter.js';
import { ExchangeFeedService, type FeedPage } from './exchange-feed.service.js';
import { atomFeed, csvFeed, jsonFeed, type FeedLinks } from './feed-formats.js';
import { feedFormats, feedQuery, parseFeedRequest, type FeedFormat, type FeedRequest } from './feed-request.js';

const contentTypes: Record<FeedFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  atom: 'application/atom+xml; charset=utf-8',
};

/**
 * The exchange feed for other exchanges and watchers: `GET /feeds/exchange.json`, `.csv` and `.atom`.
 * Public and the same for everyone (credentials change nothing), so shared caches keep it for a minute;
 * `ETag` and `Last-Modified` let pullers ask again for nothing (304). Bad parameters are 400 with a JSON
 * error naming the parameter. See the README, "Exchange feed".
 */
@Controller('feeds')
@UseFilters(HttpAppErrorFilter)
export class ExchangeFeedController {
  constructor(private readonly feed: ExchangeFeedService) {}

  @Public()
  @Get('exchange.:format')
  async exchange(@Param('format') format: string, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(feedFormats as readonly string[]).includes(format)) throw notFound(`feed format ${format}: use json, csv or atom`);
    const feedFormat = format as FeedFormat;
    const feedRequest = parseFeedRequest(query ?? {});
    // Watchers of the Atom feed poll its first page: the latest changes, newest first.
    const page = await this.feed.page(feedRequest, feedFormat === 'atom');

    const base = `${request.protocol}://${request.host}/feeds/exchange`;
    const links = this.links(base, feedFormat, feedRequest, page);
    const tag = `W/"${createHash('sha256')
      .update(JSON.stringify([feedFormat, links.self, links.next, links.resume, page.changes]))
      .digest('base64url')
      .slice(0, 27)}"`;
    const lastChange = page.changes.reduce<string | undefined>((latest, change) => (!latest || change.updatedAt > latest ? change.updatedAt : latest), undefined);
    const lastModified = lastChange ? new Date(lastChange).toUTCString() : undefined;

    void reply.header('cache-control', 'public, max-age=60').header('etag', tag).header('vary', 'Accept-Encoding');
    if (lastModified) void reply.header('last-modified', lastModified);
    const linkHeader = [links.next ? `<${links.next}>; rel="next"` : undefined, `<${links.self}>; rel="self"`].filter(Boolean).join(', ');
    void reply.header('link', linkHeader);

    if (this.notModified(request, tag, lastModified)) {
      await reply.status(304).send();
      return;
    }
    const generatedAt = new Date().toISOString();
    const body =
      feedFormat === 'json'
        ? jsonFeed(page.changes, links, generatedAt)
        : feedFormat === 'csv'
          ? csvFeed(page.changes)
          : atomFeed(page.changes, links, `${base}.atom${feedQuery({ ...feedRequest, limit: 100 })}`, generatedAt);
    if (feedFormat === 'csv') void reply.header('content-disposition', 'inline; filename="exchange-feed.csv"');
    await reply.status(200).header('content-type', contentTypes[feedFormat]).send(body);
  }

  private links(base: string, format: FeedFormat, request: FeedRequest, page: FeedPage): FeedLinks {
    const start = { cursor: request.cursor, since: request.since };
    const at = (f: FeedFormat, where: Parameters<typeof feedQuery>[1]) => `${base}.${f}${feedQuery(request, where)}`;
    return {
      self: at(format, start),
      next: page.next ? at(format, { cursor: page.next }) : undefined,
      resume: page.resume ? at(format, { cursor: page.resume }) : undefined,
      alternates: { json: at('json', start), csv: at('csv', start), atom: at('atom', start) },
    };
  }

  /** RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since, to the second. */
  private notModified(request: FastifyRequest, tag: string, lastModified: string | undefined): boolean {
    const noneMatch = request.headers['if-none-match'];
    if (typeof noneMatch === 'string') {
      const weak = (value: string) => value.trim().replace(/^W\//, '');
      return noneMatch.trim() === '*' || noneMatch.split(',').some((candidate) => weak(candidate) === weak(tag));
    }
    const modifiedSince = request.headers['if-modified-since'];
    if (typeof modifiedSince !== 'string' || !lastModified) return false;
    const since = Date.parse(modifiedSince);
    return !Number.isNaN(since) && Date.parse(lastModified) <= since;
  }
}
