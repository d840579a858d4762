import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** What a client selected on objects of one type: the field nodes whose selection sets ask for them, in their document. */
export interface Selection {
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;
  fieldNodes: readonly FieldNode[];
}

/** The selection of the field being resolved. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  return { info, fieldNodes: info.fieldNodes };
}

/** The selected fields of `type` by response key (alias or name), with fragments expanded and `@skip` / `@include` applied. */
export function fieldsOf(selection: Selection, type: GraphQLObjectType): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const node of set?.selections ?? []) {
      if (!included(selection, node)) continue;
      if (node.kind === Kind.FIELD) {
        const key = node.alias?.value ?? node.name.value;
        fields.set(key, [...(fields.get(key) ?? []), node]);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        if (!node.typeCondition || applies(selection, node.typeCondition.name.value, type)) collect(node.selectionSet);
      } else {
        const name = node.name.value;
        const fragment = selection.info.fragments[name];
        if (visited.has(name) || !fragment || !applies(selection, fragment.typeCondition.name.value, type)) continue;
        visited.add(name);
        collect(fragment.selectionSet);
      }
    }
  };
  for (const node of selection.fieldNodes) collect(node.selectionSet);
  return fields;
}

/** Whether a field is selected, under any alias. */
export function selects(selection: Selection, type: GraphQLObjectType, name: string): boolean {
  return [...fieldsOf(selection, type).values()].some((nodes) => nodes[0].name.value === name);
}

/** The selection reached through a path of fields without arguments, e.g. `edges`, `node` of a connection. */
export function pathOf(selection: Selection, type: GraphQLObjectType, path: string[]): Selection {
  let current = selection;
  let currentType = type;
  for (const name of path) {
    const nodes = [...fieldsOf(current, currentType).values()].flat().filter((node) => node.name.value === name);
    current = { info: current.info, fieldNodes: nodes };
    let next = currentType.getFields()[name].type;
    while ('ofType' in next) next = next.ofType;
    currentType = next as GraphQLObjectType;
  }
  return current;
}

function included(selection: Selection, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const variables = selection.info.variableValues;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function applies(selection: Selection, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = selection.info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && selection.info.schema.isSubType(conditionType, type);
}
