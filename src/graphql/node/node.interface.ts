import { Field, ID, InterfaceType } from 'type-graphql';
import { entityTypeOfId } from '../../domain/ids';

@InterfaceType('Node', {
  description: 'Anything with a stable, opaque, global id: the same entity keeps its id across restarts and re-imports.',
  resolveType: (value: { id: string }) => entityTypeOfId(value.id),
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
