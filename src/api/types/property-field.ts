// A relation property as a GraphQL field: its type from the ontology model, nullable (a relation states it or not).
import { Field, Float } from 'type-graphql';
import { GRAPHQL_PROPERTY_TYPES, type RelationProperty } from '../../ontology/model.ts';

/** Declares `property` on the object type whose prototype this is, as the @Field decorator would. */
export function propertyField(prototype: object, property: RelationProperty, description: string): void {
  Field(() => (GRAPHQL_PROPERTY_TYPES[property] === 'Float' ? Float : String), { nullable: true, description })(
    prototype,
    property,
  );
}
