import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/access/public.decorator.js';
import { notFound } from '../common/errors.js';
import { HttpAppErrorFilter } from '../common/http-error.filter.js';
import { columnsByKind, ignoredHeaders } from './columns.js';
import { ImportKind } from './import.model.js';
import { writeCsv, writeXlsx } from './spreadsheet.js';

/**
 * Templates of the imports, public: the canonical headers with a sample row (labelled sample data),
 * as CSV or as an Excel workbook whose second sheet lists every column, the other headers accepted
 * and what each holds.
 */
@Controller()
@UseFilters(HttpAppErrorFilter)
export class ImportTemplateController {
  @Public()
  @Get('imports/templates/:file')
  template(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): string | Buffer {
    const match = /^(organizations|people|projects|technologies)\.(csv|xlsx)$/.exec(file);
    if (!match) throw notFound('template (try organizations, people, projects or technologies, .csv or .xlsx)');
    const [, name, extension] = match;
    const columns = columnsByKind[name.toUpperCase() as ImportKind];
    const header = columns.map((column) => column.name);
    const sample = columns.map((column) => column.sample);
    void reply.header('cache-control', 'public, max-age=3600');
    void reply.header('content-disposition', `attachment; filename="${name}-import-template.${extension}"`);
    if (extension === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return writeCsv(header, [sample]);
    }
    void reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return writeXlsx([
      { name: name, rows: [header, sample] },
      {
        name: 'Columns',
        rows: [
          ['column', 'also accepted', 'required', 'what it holds'],
          ...columns.map((column) => [column.name, column.aliases.join(', '), column.required ? 'yes' : '', column.description]),
          ['', ignoredHeaders.join(', '), '', 'Ignored (row numbers). Any other header is refused. Row 2 of the first sheet is sample data: replace it.'],
        ],
      },
    ]);
  }
}
