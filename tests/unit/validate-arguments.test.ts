import 'reflect-metadata';
import { ArgumentValidationError } from 'type-graphql';
import { RelationArgs } from '../../src/graphql/common/page.args';
import { validateArguments } from '../../src/graphql/schema';

const args = (first: unknown) => Object.assign(new RelationArgs(), { first });

describe('argument validation (class-validator, remembered for values that passed)', () => {
  it('refuses bad values every time, also after good values of the same class passed', async () => {
    await expect(validateArguments(args(20))).resolves.toBeUndefined();
    for (let i = 0; i < 2; i += 1) {
      await expect(validateArguments(args(0))).rejects.toBeInstanceOf(ArgumentValidationError);
      await expect(validateArguments(args(1001))).rejects.toBeInstanceOf(ArgumentValidationError);
      await expect(validateArguments(args(2.5))).rejects.toBeInstanceOf(ArgumentValidationError);
    }
    await expect(validateArguments(args(20))).resolves.toBeUndefined();
    await expect(validateArguments(args(null))).resolves.toBeUndefined();
  });

  it('names the field and the constraint', async () => {
    const error = (await validateArguments(args(0)).catch((e: unknown) => e)) as ArgumentValidationError;
    expect(error.extensions.validationErrors).toEqual([expect.objectContaining({ property: 'first', constraints: expect.objectContaining({ min: expect.any(String) }) })]);
  });
});
