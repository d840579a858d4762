import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { defaultPageSize, maxPageSize } from '../pagination/pagination.args.js';

/** How the cost of an operation is estimated; see `estimateCost`. */
export interface CostModel {
  /** Items assumed in a list that has no `first` argument (a project's participants, a schema's types). */
  assumedListSize: number;
  /** What one root mutation field weighs, in objects: writes cost more than reads. */
  mutationCost: number;
}

/**
 * The objects an operation may return, estimated from its document and variables before it runs, in
 * the way GitHub and Shopify cost their GraphQL APIs: every object counts 1 (scalars are free), a
 * field with `first` multiplies what it selects by the page asked for (20 when omitted, at most 100),
 * any other list by `assumedListSize`, and fragments count where they are spread. Introspection is
 * costed like any other selection. An upper bound, not a forecast: inline fragments on different types
 * are all counted.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  model: CostModel,
  operationName?: string | null,
): number {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const estimator = new CostEstimator(schema, fragments, variables ?? {}, model);
  const rootCost = estimator.selectionCost(root, operation.selectionSet, undefined);
  const writes = operation.operation === 'mutation' ? estimator.rootFieldCount(operation.selectionSet) * model.mutationCost : 0;
  return rootCost + writes;
}

class CostEstimator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly model: CostModel,
  ) {}

  /**
   * What a selection set costs once. `pageSize` is the page its parent connection asked for: the
   * connection's `edges` (or `nodes`) list holds that many items.
   */
  selectionCost(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, pageSize: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(parent, selection, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += this.selectionCost(type, selection.selectionSet, pageSize);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type)) total += this.selectionCost(type, fragment.selectionSet, pageSize);
      }
    }
    return total;
  }

  rootFieldCount(selectionSet: SelectionSetNode): number {
    return selectionSet.selections.filter((selection) => selection.kind !== Kind.FIELD || selection.name.value !== '__typename').length;
  }

  private fieldCost(parent: GraphQLCompositeType, node: FieldNode, pageSize: number | undefined): number {
    const field = this.fieldOf(parent, node.name.value);
    if (!field || isLeafType(getNamedType(field.type)) || !node.selectionSet) return 0;
    const type = getNamedType(field.type) as GraphQLCompositeType;
    const firstArgument = field.args.find((arg) => arg.name === 'first');
    const asked = firstArgument ? this.pageAsked(node, firstArgument.defaultValue) : undefined;
    const isList = isListType(getNullableType(field.type));
    // A list inside a connection holds the connection's page; another list holds its own `first`, or
    // the assumed size.
    const items = isList ? (pageSize ?? asked ?? this.model.assumedListSize) : 1;
    return items * (1 + this.selectionCost(type, node.selectionSet, isList ? undefined : asked));
  }

  private fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === SchemaMetaFieldDef.name && parent === this.schema.getQueryType()) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parent === this.schema.getQueryType()) return TypeMetaFieldDef;
    return 'getFields' in parent ? parent.getFields()[name] : undefined;
  }

  /** The page a field's `first` asks for (or its default), within the bounds every list enforces. */
  private pageAsked(node: FieldNode, fieldDefault: unknown): number {
    const argument = node.arguments?.find((arg) => arg.name.value === 'first');
    const value = argument ? valueFromASTUntyped(argument.value, this.variables) : fieldDefault;
    if (typeof value !== 'number' || !Number.isFinite(value)) return defaultPageSize;
    return Math.min(Math.max(Math.trunc(value), 0), maxPageSize);
  }
}
