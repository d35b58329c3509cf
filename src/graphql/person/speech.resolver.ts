import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MeetingRecord, PersonRecord, SourceRefRecord } from '../../domain/records';
import type { Context } from '../../context';
import { Meeting } from '../meeting/meeting.type';
import { SourceRef } from '../source/source.type';
import { Person, Speech } from './person.type';
import type { SpeechValue } from '../relation-values';

@Resolver(() => Speech)
export class SpeechResolver {
  @FieldResolver(() => Person)
  async speaker(@Root() speech: SpeechValue, @Ctx() ctx: Context): Promise<PersonRecord> {
    const person = speech.speaker ?? (await ctx.loaders.node('Person', speech.personId));
    if (!person) throw new Error(`speech points at missing person ${speech.personId}`);
    return person;
  }

  @FieldResolver(() => Meeting)
  async meeting(@Root() speech: SpeechValue, @Ctx() ctx: Context): Promise<MeetingRecord> {
    const meeting = speech.meeting ?? (await ctx.loaders.node('Meeting', speech.meetingId));
    if (!meeting) throw new Error(`speech points at missing meeting ${speech.meetingId}`);
    return meeting;
  }

  @FieldResolver(() => [SourceRef], { description: 'The sentences that report the speech.' })
  sources(@Root() speech: SpeechValue): SourceRefRecord[] {
    return speech.evidence;
  }
}
