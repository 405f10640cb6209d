import { describe, expect, it } from 'vitest';
import {
  closeLetterSpacing,
  foldUnit,
  mainland,
  pinyinKind,
  simplifierFor,
  taiwan,
  toSimplified,
} from '../../src/extract/chinese.ts';

describe('foldUnit', () => {
  it('folds the full-width ASCII block and wide spaces, deletes zero-width characters', () => {
    expect(String.fromCharCode(foldUnit('Ａ'.charCodeAt(0)))).toBe('A');
    expect(String.fromCharCode(foldUnit('～'.charCodeAt(0)))).toBe('~');
    expect(foldUnit(0x3000)).toBe(0x20);
    expect(foldUnit(0x200b)).toBe(-1);
    // 丨 is a headline's bar (快讯丨某某), not a word's character.
    expect(String.fromCharCode(foldUnit('丨'.charCodeAt(0)))).toBe('|');
    expect([...'•・‧∙'].map((c) => String.fromCharCode(foldUnit(c.charCodeAt(0)))).join('')).toBe('····');
    expect(String.fromCharCode(foldUnit('｡'.charCodeAt(0)))).toBe('。');
  });

  it('folds every Unicode space separator to a space, as String.prototype.trim sees them', () => {
    for (let c = 0x80; c < 0x10000; c++) {
      if (/\p{Zs}/u.test(String.fromCharCode(c))) expect(foldUnit(c), c.toString(16)).toBe(0x20);
    }
  });

  it('reads Traditional quotation marks as the Simplified ones', () => {
    const fold = (s: string) => [...s].map((ch) => String.fromCharCode(foldUnit(ch.charCodeAt(0)))).join('');
    expect(fold('「』『」｢｣〝〞〟﹁﹂﹃﹄')).toBe('“’‘”“”“””“”‘’');
  });

  it('keeps CJK punctuation and ordinary characters', () => {
    for (const ch of '。、“”《》【】…—·中a1') expect(foldUnit(ch.charCodeAt(0))).toBe(ch.charCodeAt(0));
  });
});

describe('pinyinKind', () => {
  it('recognizes toned and toneless pinyin syllables', () => {
    expect(pinyinKind('yè')).toBe('toned');
    expect(pinyinKind('zhuàng')).toBe('toned');
    expect(pinyinKind('lǜ')).toBe('toned');
    expect(pinyinKind('chǎn yè')).toBe('toned');
    expect(pinyinKind('de')).toBe('plain');
  });

  it('rejects what is not pinyin', () => {
    for (const inner of ['CIM', 'app', 'sg', 'a', 'xyz', 'hello', 'bim']) expect(pinyinKind(inner)).toBeUndefined();
  });
});

describe('Traditional → Simplified', () => {
  it('picks the Taiwan table only for mostly Traditional text', () => {
    expect(simplifierFor('蘇宿工業園區全力構建產業新格局') === taiwan).toBe(true);
    expect(simplifierFor('苏宿工业园区全力构建产业新格局,坚持项目为王,引进了來自臺灣的企業') === mainland).toBe(true);
    expect(simplifierFor('') === mainland).toBe(true);
  });

  it('converts phrases and characters', () => {
    expect(toSimplified('頭髮與發展')).toBe('头发与发展');
    expect(mainland.convert('著名的顯著成果')).toBe('著名的显著成果');
    expect(taiwan.convert('跟著')).toBe('跟着');
  });

  it('converts Hong Kong forms: variant characters in Traditional text, HK-only ones anywhere', () => {
    expect(toSimplified('紅衞村的衞生院裏,綫路改造有着成效,峯會在枱前舉行')).toBe(
      '红卫村的卫生院里,线路改造有着成效,峰会在台前举行',
    );
    // Characters only Hong Kong writes are never Simplified, so even mostly Simplified text converts them.
    expect(mainland.convert('敍枱粧糭衞衹')).toBe('叙台妆粽卫只');
    expect(mainland.convert('红卫村卫生院有着成效')).toBe('红卫村卫生院有着成效');
  });

  it('keeps place names the gazetteer writes with a character t2s would change', () => {
    expect(toSimplified('乾县经济开发区的乾燥剂')).toBe('乾县经济开发区的干燥剂');
    expect(toSimplified('乾縣經濟開發區與乾安縣的企業')).toBe('乾县经济开发区与乾安县的企业');
    expect(mainland.convert('於潜镇和濛江乡')).toBe('於潜镇和濛江乡');
    expect(mainland.convert('於是乾淨')).toBe('于是干净');
  });

  it('keeps the variants Simplified text writes in names on purpose (昇, 陞); Traditional text converts them', () => {
    expect(mainland.convert('华昇精密工具有限公司和青陞公司')).toBe('华昇精密工具有限公司和青陞公司');
    expect(toSimplified('華昇科技股份有限公司與青陞生化公司將於園區設廠')).toBe(
      '华升科技股份有限公司与青升生化公司将于园区设厂',
    );
  });

  it('reads Taiwan forms: 臺 and 台, 裡, 著', () => {
    expect(toSimplified('臺灣的台商在園區裡跟著發展')).toBe('台湾的台商在园区里跟着发展');
  });

  it('reports every changed span with its replacement', () => {
    const spans: [number, number, string][] = [];
    mainland.forEachConversion('A園區B', 0, 4, (s, e, v) => spans.push([s, e, v]));
    expect(spans).toEqual([
      [1, 2, '园'],
      [2, 3, '区'],
    ]);
  });
});

describe('closeLetterSpacing', () => {
  it('closes up a line written one Han character at a time', () => {
    expect(closeLetterSpacing('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(closeLetterSpacing('  工\u3000作\u3000总\u3000结 ')).toBe('工作总结');
  });
  it('leaves lines with words, or with too few characters, as they are', () => {
    expect(closeLetterSpacing('市长 张明远')).toBe('市长 张明远');
    expect(closeLetterSpacing('张 伟')).toBe('张 伟');
  });
});
