import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  GRAPHQL_PROPERTY_TYPES,
  RELATION_FIELDS,
  RELATION_PROPERTY_NAMES,
  RELATION_PROPERTY_TYPES,
  RELATION_SCHEMA,
  RELATION_TYPES,
  SCORED_RELATION_PROPERTIES,
  isRelationPropertyValue,
} from '../../src/ontology/model.ts';

describe('the ontology', () => {
  it('gives every relation property one value type, the same in every format', () => {
    expect(Object.keys(RELATION_PROPERTY_TYPES).sort()).toEqual([...RELATION_PROPERTY_NAMES].sort());
    expect(RELATION_PROPERTY_TYPES).toEqual({
      title: 'string',
      amount: 'number',
      status: 'string',
      tier: 'string',
      role: 'string',
      currency: 'string',
    });
    for (const p of RELATION_PROPERTY_NAMES)
      expect(GRAPHQL_PROPERTY_TYPES[p], p).toBe(RELATION_PROPERTY_TYPES[p] === 'number' ? 'Float' : 'String');
  });

  it('names each relation type in GraphQL both ways, never twice on the same kind', () => {
    for (const kind of ENTITY_KINDS) {
      const names = RELATION_TYPES.flatMap((type) => [
        ...(RELATION_SCHEMA[type].endpoints.some(([from]) => from === kind) ? [RELATION_FIELDS[type].out] : []),
        ...(RELATION_SCHEMA[type].endpoints.some(([, to]) => to === kind) ? [RELATION_FIELDS[type].in] : []),
      ]);
      expect(new Set(names).size, kind).toBe(names.length);
    }
    expect(RELATION_FIELDS.INVESTS_IN).toEqual({ out: 'investsIn', in: 'investors' });
  });

  it('gives INVESTS_IN the currency docs/ontology.md describes, checked but not scored', () => {
    expect(RELATION_SCHEMA.INVESTS_IN.properties).toEqual(['amount', 'status', 'currency']);
    expect(SCORED_RELATION_PROPERTIES).not.toContain('currency');
    expect(isRelationPropertyValue('currency', 'USD')).toBe(true);
    expect(isRelationPropertyValue('currency', '')).toBe(false);
    expect(isRelationPropertyValue('amount', -1)).toBe(false);
    expect(isRelationPropertyValue('status', '开工')).toBe(true);
    expect(isRelationPropertyValue('status', '开张')).toBe(false);
  });
});
