import { describe, expect, it } from 'vitest';
import { formatStats } from '../../../src/cli/actions/stats.ts';

describe('kg stats --format table', () => {
  it('lines up counts under their labels', () => {
    const text = formatStats({ reports: 3, entities: { Park: 12, Region: 7 }, relations: { LOCATED_IN: 150 } });
    expect(text).toBe(
      [
        'reports         3',
        'entities       19',
        '  Park         12',
        '  Region        7',
        'relations     150',
        '  LOCATED_IN  150',
        '',
      ].join('\n'),
    );
  });
});
