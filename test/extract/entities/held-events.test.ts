import { describe, expect, it } from 'vitest';
import { recognizeHeldEvents } from '../../../src/extract/entities/held-events.ts';
import { rulesAloneRelations } from '../relations/support.ts';

const events = (text: string) => recognizeHeldEvents(text, 0).map((c) => c.name);

describe('recognizeHeldEvents', () => {
  it('reads a meeting a clause holds, opens or attends, whatever its head', () => {
    expect(events('7月10日，2023年华辰新区全球投资合作大会召开，14个项目集中签约。')).toEqual([
      '2023年华辰新区全球投资合作大会',
    ]);
    expect(events('当日“投资青禾·共赢未来”招商引资推介会在滨江市隆重举行。')).toEqual([
      '“投资青禾·共赢未来”招商引资推介会',
    ]);
    expect(events('8月11日，“青禾青年创业基地经贸合作交流会”22日在上海举行。')).toEqual([
      '青禾青年创业基地经贸合作交流会',
    ]);
    expect(events('省长王立新出席华辰纺织新材料高质量发展大会并致辞。')).toEqual(['华辰纺织新材料高质量发展大会']);
  });
  it('reads no standing meeting of a body, no pointed-at or dated one, and no ceremony', () => {
    expect(events('8月3日，县委召开常委会会议，市委召开领导干部大会，盟委召开全盟干部大会。')).toEqual([]);
    expect(events('本次招商推介会在滨江举行。')).toEqual([]);
    expect(events('邀请与会人员参加今年9月华辰制造业大会。')).toEqual([]);
    expect(events('8月3日，华辰新区战略合作签约仪式在滨江举行。')).toEqual([]);
    expect(events('王立新代表省委宣传部对大会召开表示祝贺。')).toEqual([]);
  });
  it('reads no name that starts inside a quote', () => {
    expect(events('“青禾同行”大型融媒体报道活动启动会在滨江举行。')).toEqual(['“青禾同行”大型融媒体报道活动启动会']);
    expect(events('青禾“同行”大型融媒体报道活动启动会在滨江举行。')).toEqual(['青禾“同行”大型融媒体报道活动启动会']);
  });
  it('makes a park’s meeting no part of the park', () => {
    const relations = rulesAloneRelations(
      '华辰经济开发区召开投资大会。8月1日，华辰经济开发区全球投资合作大会召开，青禾科技有限公司在华辰经济开发区投资建设新材料项目。',
    );
    expect(relations.filter((r) => r.type === 'PART_OF' && r.from.endsWith('大会'))).toEqual([]);
  });
});
