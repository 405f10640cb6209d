// Each recognizer proposes only the kinds it declares.
import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../../../src/extract/entities/recognizers.ts';

const TEXT = [
  '滨江区委书记周明远说，华辰科技有限公司落户滨江睢宁工业园，建成云栖孵化器。',
  '华辰精工、睿达新材料等项目签约，围绕智能传感、储能两大主导产业，深化杭州绍兴山海协作。',
  '滨江区商务局、滨江区科技局等单位参加，经验被《滨江观察》杂志刊发。',
  '落实国务院和省委部署，青石村大力发展石斛产业。',
  '龙头企业华辰精工投资建设生产基地。',
  '滨江高新区主导产业为模具、汽配和五金机械。',
  '滨江高新技术产业开发区（以下简称滨江高新区）获批。',
  '随后，他走进青禾戏曲艺术博物馆参观。',
  '省政府督查室副主任刘宏达出席。',
  '滨湛高铁建成通车。',
  '滨江区二中师生参观。',
  '第五届滨江草原酸奶大会在滨江区举行。',
  '8月1日，滨江新区全球投资合作大会召开。',
  '青禾、云栖电厂相继投产。',
  '华辰汽车上海超级工厂投产。',
];

describe('recognizers', () => {
  for (const recognizer of RECOGNIZERS) {
    it(`${recognizer.name} proposes only ${recognizer.proposes.join(', ')}`, () => {
      const found = TEXT.flatMap((text, i) => recognizer.recognize(text, i));
      expect(found.length).toBeGreaterThan(0);
      for (const c of found) expect(recognizer.proposes).toContain(c.kind);
    });
  }
});
