// Domain edges: relationship fields that read like the domain (a park's companies, an official's positions, ...).
// Each carries the relation's properties and the evidence that states it. The edge type of each relation type with
// properties (Position, Investment, ...) is made from the ontology model: its name, description, end field names
// and properties are the model's, so a property added there appears here.
import { Field, ObjectType, type ClassType } from 'type-graphql';
import {
  RELATION_PROPERTY_SCHEMA,
  RELATION_SCHEMA,
  RELATION_TYPES,
  endKinds,
  type EntityKind,
  type RelationProperty,
  type RelationType,
} from '../../ontology/model.ts';
import { Entity, KIND_TYPES } from './entity.ts';
import { RelationTypeEnum } from './enums.ts';
import { propertyField } from './property-field.ts';

/** Every domain edge type: each has evidence, firstSeen and lastSeen too (resolvers/domain.ts). */
export const DOMAIN_EDGE_TYPES: ClassType[] = [];

/** A domain edge's object type, its fields declared by `fields` on its prototype. */
function edgeType(name: string, description: string, fields: (prototype: object) => void): ClassType {
  const type = { [name]: class {} }[name]!;
  fields(type.prototype);
  ObjectType(name, { description, simpleResolvers: true })(type);
  DOMAIN_EDGE_TYPES.push(type);
  return type;
}

const upperFirst = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function propertyFields(prototype: object, properties: readonly RelationProperty[]): void {
  for (const p of properties)
    propertyField(prototype, p, `${upperFirst(RELATION_PROPERTY_SCHEMA[p].description)}, where stated.`);
}

/** An end of an edge: the kind's type when only one kind may stand there, else Entity, described by its kinds. */
function endField(prototype: object, name: string, kinds: EntityKind[]): void {
  if (kinds.length === 1) {
    Field(() => KIND_TYPES[kinds[0]!])(prototype, name);
    return;
  }
  const names = kinds.map((kind) => kind.toLowerCase());
  const description = `The ${names.slice(0, -1).join(', ')} or ${names.at(-1)!}.`;
  Field(() => Entity, { description })(prototype, name);
}

/** The edge type of each relation type the model gives one (those with properties). */
export const RELATION_EDGE_TYPES: Partial<Record<RelationType, ClassType>> = Object.fromEntries(
  RELATION_TYPES.flatMap((type) => {
    const { edge, properties } = RELATION_SCHEMA[type];
    if (!edge) return [];
    const made = edgeType(edge.name, edge.description, (prototype) => {
      endField(prototype, edge.from, endKinds(type, 'from'));
      endField(prototype, edge.to, endKinds(type, 'to'));
      propertyFields(prototype, properties);
    });
    return [[type, made]];
  }),
);

/** The relation types a park's companies come from. */
export const PARK_COMPANY_TYPES: RelationType[] = ['INVESTS_IN', 'LOCATED_IN'];

export const ParkCompany = edgeType(
  'ParkCompany',
  'A company in a park: one that invests in it or is located in it.',
  (prototype) => {
    Field(() => KIND_TYPES.Company)(prototype, 'company');
    Field(() => RelationTypeEnum, { description: `${PARK_COMPANY_TYPES.join(' or ')}.` })(prototype, 'type');
    propertyFields(prototype, [...new Set(PARK_COMPANY_TYPES.flatMap((type) => RELATION_SCHEMA[type].properties))]);
  },
);

/** A link to the other end of a relation, in the field `field`; `kind` when it links only to that kind. */
export interface LinkType {
  type: ClassType;
  field: string;
  kind?: EntityKind;
}

function linkType(name: string, description: string, kind?: EntityKind): LinkType {
  const field = kind ? kind.toLowerCase() : 'entity';
  const type = edgeType(name, description, (prototype) => {
    Field(() => (kind ? KIND_TYPES[kind] : Entity))(prototype, field);
  });
  return { type, field, ...(kind ? { kind } : {}) };
}

export const ParkLink = linkType('ParkLink', 'A related park.', 'Park');
export const RegionLink = linkType('RegionLink', 'A related region.', 'Region');
export const EntityLink = linkType('EntityLink', 'A related entity.');

export const LinkedPark = edgeType(
  'LinkedPark',
  'A park linked to this one through a partnership both belong to (evidence: its membership).',
  (prototype) => {
    Field(() => KIND_TYPES.Park)(prototype, 'park');
    Field(() => KIND_TYPES.Partnership)(prototype, 'partnership');
  },
);
