// `Date`: a calendar day as ISO YYYY-MM-DD, the form reports' publishedAt takes; kept a string, so dates compare as
// text. A malformed or impossible date is refused with the input named.
import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

function checkDate(value: unknown): string {
  try {
    return GraphQLLocalDate.parseValue(value) as string;
  } catch {
    throw new TypeError(`"${String(value)}" is not a date: expected YYYY-MM-DD, e.g. 2023-06-30`);
  }
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, ISO YYYY-MM-DD (e.g. 2023-06-30).',
  serialize: (value) => checkDate(value),
  parseValue: (value) => checkDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('a Date is a string: "YYYY-MM-DD"');
    return checkDate(ast.value);
  },
});
