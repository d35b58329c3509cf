import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

const searchable = (type: string) =>
  `@fulltext(indexes: [{ indexName: "search_text", fields: ["searchText"], queryName: "search${type}s" }])`;

/**
 * The peer: `@neo4j/graphql` serving the same graph through its own type definitions, written the way its
 * documentation teaches (relationships as lists, read-only, the existing full-text index declared per type).
 * It generates filters, sorting and limits on every relation, and one Cypher statement per operation.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Implements @relationshipProperties {
    actions: [String!]
  }

  type Document @node @mutation(operations: []) ${searchable('Document')} {
    id: ID!
    code: String
    kind: String
    typeName: String
    name: String
    title: String
    issuedOn: Date
    term: String
    searchText: String
    issuer: [Organization!]! @relationship(type: "ISSUED_BY", direction: OUT)
    implementers: [Organization!]! @relationship(type: "IMPLEMENTS", direction: IN, properties: "Implements")
    meetings: [Meeting!]! @relationship(type: "DISSEMINATED", direction: IN)
    basedOn: [Document!]! @relationship(type: "BASED_ON", direction: OUT)
    derived: [Document!]! @relationship(type: "BASED_ON", direction: IN)
  }

  type Organization @node @mutation(operations: []) ${searchable('Organization')} {
    id: ID!
    name: String
    province: String
    kind: String
    searchText: String
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    organized: [Meeting!]! @relationship(type: "ORGANIZED_BY", direction: IN)
    issued: [Document!]! @relationship(type: "ISSUED_BY", direction: IN)
    implements: [Document!]! @relationship(type: "IMPLEMENTS", direction: OUT, properties: "Implements")
  }

  type Meeting @node @mutation(operations: []) ${searchable('Meeting')} {
    id: ID!
    title: String
    date: Date
    format: String
    searchText: String
    organizer: [Organization!]! @relationship(type: "ORGANIZED_BY", direction: OUT)
    documents: [Document!]! @relationship(type: "DISSEMINATED", direction: OUT)
    speakers: [Person!]! @relationship(type: "SPOKE_AT", direction: IN)
  }

  type Person @node @mutation(operations: []) ${searchable('Person')} {
    id: ID!
    name: String
    role: String
    searchText: String
  }

  type Figure @node @mutation(operations: []) ${searchable('Figure')} {
    id: ID!
    value: Float
    unit: String
    description: String
    searchText: String
  }

  type Source @node @mutation(operations: []) ${searchable('Source')} {
    id: ID!
    url: String
    title: String
    searchText: String
  }
`;

/** The peer's executable schema over `driver`. */
export async function createPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
}
