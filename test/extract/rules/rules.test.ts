// The rule loader: the shipped rules load, and each kind of mistake in a table is an error naming the table and entry.
import { describe, expect, it } from 'vitest';
import { readRules, RuleError, validateRules, type RawRules } from '../../../src/extract/rules/index.ts';

/** The shipped rules, with one edit (the parsed JSON, untyped as a file on disk is). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edited(edit: (raw: any) => void): RawRules {
  const raw = structuredClone(readRules());
  edit(raw);
  return raw;
}

function errorOf(raw: RawRules): RuleError {
  try {
    validateRules(raw);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('the rules loaded without an error');
}

describe('rule loader', () => {
  it('loads the shipped rules', () => {
    const rules = validateRules(readRules());
    expect(rules.suffixes.park.kind).toBe('Park');
    expect(rules.suffixes.park.entries.every((e) => e.rank! >= 1)).toBe(true);
    expect(rules.listTypes.map((r) => r.type)).toContain('industry');
    expect(new RegExp(rules.listCount).test('4户')).toBe(true);
  });

  it('gives the list rules’ count fragment to the recognizers that find counts themselves', () => {
    const count = '(?:[0-9]+)(?:个|户)';
    expect(validateRules(edited((raw) => (raw.lists.fragments.COUNT = count))).listCount).toBe(count);
  });

  it('rejects a suffix listed under two kinds', () => {
    const error = errorOf(edited((raw) => raw.suffixes.tables.project.entries.push('工业园')));
    expect(error.message).toBe(
      'rules/suffixes.json: table project, entry «工业园»: listed under two kinds: Park (table park) and Project',
    );
  });

  it('rejects an unknown entity kind', () => {
    const error = errorOf(edited((raw) => (raw.suffixes.tables.organization.kind = 'Agency')));
    expect(error.table).toBe('organization');
    expect(error.message).toMatch(/unknown entity kind "Agency"/);
    const inList = errorOf(edited((raw) => (raw.lists.listTypes[0].kind = 'Sector')));
    expect(inList.message).toMatch(
      /rules\/lists\.json: table listTypes, entry «industry»: unknown entity kind "Sector"/,
    );
  });

  it('rejects a duplicate entry', () => {
    const error = errorOf(edited((raw) => raw.boundaries.tables.leftStopWords.entries.push('落户')));
    expect(error.message).toBe('rules/boundaries.json: table leftStopWords, entry «落户»: listed twice');
  });

  it('rejects an empty entry and an empty pattern: they can never match', () => {
    expect(errorOf(edited((raw) => raw.industries.tables.terms.entries.push(' '))).message).toMatch(
      /table terms, entry « »: empty: it can never match/,
    );
    expect(errorOf(edited((raw) => (raw.lists.listTypes[1].tail = ''))).message).toMatch(
      /entry «project»: empty pattern: it can never match/,
    );
  });

  it('rejects an entry that normalized text can never hold (Traditional or full-width forms)', () => {
    const error = errorOf(edited((raw) => raw.suffixes.tables.project.entries.push('數據中心')));
    expect(error.message).toMatch(/entry «數據中心»: texts are normalized to «数据中心», so it can never match/);
  });

  it('rejects a suffix shadowed by an earlier, shorter one in a table read in order', () => {
    const error = errorOf(edited((raw) => raw.suffixes.tables.park.entries.push({ word: '滨江综合保税区', rank: 3 })));
    expect(error.message).toMatch(/entry «滨江综合保税区»: can never match: the earlier «综合保税区» ends every name/);
  });

  it('rejects a missing attribute, an unknown attribute, an unknown table and a pattern that does not compile', () => {
    expect(errorOf(edited((raw) => raw.suffixes.tables.park.entries.push('智造园'))).message).toMatch(
      /entry «智造园»: needs a rank/,
    );
    expect(
      errorOf(edited((raw) => raw.suffixes.tables.company.entries.push({ word: '商行', weight: 2 }))).message,
    ).toMatch(/entry «商行»: unknown attribute "weight"/);
    expect(errorOf(edited((raw) => (raw.suffixes.tables.brands = { about: 'x', entries: [] }))).message).toMatch(
      /table brands: no recognizer reads it/,
    );
    expect(errorOf(edited((raw) => (raw.lists.listTypes[2].tail = '^等(企业'))).message).toMatch(
      /entry «enterprise»: pattern does not compile/,
    );
    expect(errorOf(edited((raw) => (raw.lists.listTypes[2].tail = '^{AMOUNT}企业'))).message).toMatch(
      /unknown fragment \{AMOUNT\}/,
    );
  });

  it('rejects a priority table missing a name the recognizers read', () => {
    const error = errorOf(edited((raw) => delete raw.priorities.priorities.quoted));
    expect(error.message).toBe('rules/priorities.json: table priorities, entry «quoted»: needs a number');
  });

  it('names a rule file that is missing or not JSON', () => {
    expect(() => readRules('/nonexistent-rules-dir')).toThrow(/rules\/suffixes\.json: table \(file\): cannot be read/);
  });
});

describe('rule loader, suffix and partnership tables', () => {
  it('rejects a suffix table without a minHead', () => {
    const error = errorOf(edited((raw) => delete raw.suffixes.tables.company.minHead));
    expect(error.message).toMatch(/rules\/suffixes\.json: table company: needs a minHead/);
  });
  it('rejects a scheme head listed after a shorter head that ends it', () => {
    const error = errorOf(edited((raw) => raw.partnerships.tables.schemeHeads.entries.push('园区协作')));
    expect(error.message).toMatch(
      /rules\/partnerships\.json: table schemeHeads, entry «园区协作»: can never match: the earlier «协作»/,
    );
  });
  it('reads which organization suffixes are named after their place', () => {
    const { organization } = validateRules(readRules()).suffixes;
    expect(organization.entries.filter((e) => e.placeNamed).map((e) => e.word)).toContain('人民政府');
  });
  it('reads which bodies a level word may name and which company suffixes are branches', () => {
    const { organization, company } = validateRules(readRules()).suffixes;
    expect(organization.entries.filter((e) => e.levelNamed).map((e) => e.word)).toContain('管委会');
    expect(company.entries.filter((e) => e.branch).map((e) => e.word)).toEqual([
      '分公司',
      '营业部',
      '分行',
      '支行',
      '事业部',
      '经营部',
      '分部',
      '货运中心',
      '分厂',
      '工厂',
      '厂',
    ]);
  });
  it('rejects a levelNamed or branch flag that is not true or false', () => {
    const error = errorOf(edited((raw) => raw.suffixes.tables.company.entries.push({ word: '分店', branch: 'yes' })));
    expect(error.message).toMatch(/table company, entry «分店»: invalid branch "yes"/);
  });
});
