import { Field, ID, ObjectType } from 'type-graphql';
import { PLAIN_FIELDS } from './plain-fields';

@ObjectType('PageInfo', { ...PLAIN_FIELDS })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ObjectType('GraphNode', { ...PLAIN_FIELDS })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The entity type, e.g. "Document".' })
  type!: string;

  @Field({ description: 'What to write on the node: a code, a name, a title.' })
  label!: string;
}

@ObjectType('GraphEdge', { ...PLAIN_FIELDS })
export class GraphEdge {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field({ description: 'The relationship, e.g. "IMPLEMENTS".' })
  type!: string;
}

@ObjectType('Subgraph', { ...PLAIN_FIELDS, description: 'A piece of the graph, ready to draw.' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
