import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DocumentResolver } from './document/document.resolver';
import { ImplementationResolver } from './document/implementation.resolver';
import { FigureResolver } from './figure/figure.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { SearchResolver } from './search/search.resolver';
import { ImportResolver } from './import/import.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { MeetingResolver } from './meeting/meeting.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PersonResolver } from './person/person.resolver';
import { SpeechResolver } from './person/speech.resolver';
import { SourceRefResolver } from './source/source-ref.resolver';
import { Figure } from './figure/figure.type';
import { Person } from './person/person.type';
import { Source } from './source/source.type';

/** Builds the executable schema (code-first). Argument classes are validated with class-validator. */
export async function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      GraphResolver,
      SearchResolver,
      ImportResolver,
      TimelineResolver,
      DocumentResolver,
      ImplementationResolver,
      OrganizationResolver,
      MeetingResolver,
      PersonResolver,
      SpeechResolver,
      FigureResolver,
      SourceRefResolver,
    ],
    // Types reachable only through the Node interface must be listed so they are part of the schema.
    orphanedTypes: [Source, Person, Figure],
    // type-graphql skips missing properties by default, which lets an explicit null past @IsInt/@Min/@Max;
    // arguments that may be null say so with @IsOptional.
    validate: { forbidUnknownValues: false, skipMissingProperties: false },
  });
}
