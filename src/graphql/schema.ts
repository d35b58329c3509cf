import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema } from 'type-graphql';
import { DocumentResolver } from './document/document.resolver';
import { ImplementationResolver } from './document/implementation.resolver';
import { FigureResolver } from './figure/figure.resolver';
import { GraphEdgeResolver } from './graph/graph-edge.resolver';
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
import { resolveNodeTypeSynchronously } from './node/node.interface';
import { answerReadAheadFields } from './prefetch';
import { answerCarriedEnds } from './relation-values';
import { Person } from './person/person.type';
import { Source } from './source/source.type';

// type-graphql skips missing properties by default, which lets an explicit null past @IsInt/@Min/@Max; arguments that
// may be null say so with @IsOptional.
const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: false };

/** Argument objects already found valid, per argument class, by their JSON (small ones only). */
const validArguments = new WeakMap<object, Set<string>>();
const MAX_REMEMBERED_KEY = 256;
const MAX_REMEMBERED_PER_CLASS = 5000;

/**
 * class-validator on every argument object, remembering the small ones it passed: a relation list's `first: 20` is
 * validated once, not once per parent item (400 times in a three-level tree). The constraints are pure functions of
 * the values, so the same values of the same class always pass.
 */
export async function validateArguments(argValue: unknown): Promise<void> {
  for (const item of Array.isArray(argValue) ? argValue : [argValue]) {
    if (item === null || typeof item !== 'object') continue;
    const key = JSON.stringify(item);
    let passed = validArguments.get(item.constructor);
    if (passed?.has(key)) continue;
    try {
      await validateOrReject(item as object, VALIDATOR_OPTIONS);
    } catch (errors) {
      throw new ArgumentValidationError(errors as ValidationError[]);
    }
    if (key.length > MAX_REMEMBERED_KEY) continue;
    if (!passed) validArguments.set(item.constructor, (passed = new Set()));
    if (passed.size >= MAX_REMEMBERED_PER_CLASS) passed.clear();
    passed.add(key);
  }
}

/** Builds the executable schema (code-first). Argument classes are validated with class-validator. */
export async function buildGraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      GraphResolver,
      GraphEdgeResolver,
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
    validateFn: validateArguments,
  });
  resolveNodeTypeSynchronously(schema);
  answerReadAheadFields(schema);
  answerCarriedEnds(schema);
  return schema;
}
