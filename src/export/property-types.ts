// The value type of each relation property (model.ts types them for TypeScript only): what typed formats declare,
// GraphML's attr.type and the Bloom perspective's dataType.
import type { RelationProperty } from '../graph/model.ts';

export const RELATION_PROPERTY_TYPES: Record<RelationProperty, 'string' | 'number'> = {
  title: 'string',
  amount: 'number',
  status: 'string',
  tier: 'string',
  role: 'string',
};
