import { buildSchema, parse } from 'graphql';
import { withInputDefaults } from './input-defaults.js';

describe('withInputDefaults', () => {
  const schema = buildSchema(`
    enum Direction { ASC DESC }
    input Order { field: String!, direction: Direction = DESC, nulls: Boolean = true }
    input Filter { orders: [Order!], inner: Order, text: String }
    type Query { list(order: Order, filter: Filter, first: Int): [String] }
  `);
  const document = parse(`
    query One($order: Order, $filter: Filter) { list(order: $order, filter: $filter) }
    query Two($first: Int) { list(first: $first) }
  `);

  it('fills the defaults the variables leave out, in lists and nested objects too, as a client would write them', () => {
    const variables = { order: { field: 'title' }, filter: { orders: [{ field: 'a', direction: 'ASC' }, { field: 'b' }], inner: { field: 'c', nulls: false } } };
    expect(withInputDefaults(schema, document, variables, 'One')).toEqual({
      order: { field: 'title', direction: 'DESC', nulls: true },
      filter: { orders: [{ field: 'a', direction: 'ASC', nulls: true }, { field: 'b', direction: 'DESC', nulls: true }], inner: { field: 'c', direction: 'DESC', nulls: false } },
    });
    // The caller's object is not changed.
    expect(variables.order).toEqual({ field: 'title' });
  });

  it('keeps values it cannot read as the declared type, and variables that need nothing, as they are', () => {
    const odd = { order: 'not an object', filter: { orders: 'nor a list' } };
    expect(withInputDefaults(schema, document, odd, 'One')).toEqual({ order: 'not an object', filter: { orders: 'nor a list' } });
    const complete = { order: { field: 'x', direction: 'ASC', nulls: false } };
    expect(withInputDefaults(schema, document, complete, 'One')).toBe(complete);
    expect(withInputDefaults(schema, document, { first: 3 }, 'Two')).toEqual({ first: 3 });
    // Without an operation name, a document of two operations names no variable types.
    expect(withInputDefaults(schema, document, { order: { field: 'x' } })).toEqual({ order: { field: 'x' } });
  });
});
