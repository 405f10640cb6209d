// Events a government's work report names among its year's work are no entities; a platform that is a venue is.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const projects = (text: string) =>
  extractReport({ name: 't.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Project')
    .map((e) => e.name);

const WORK = ['政府工作报告', '滨海县人民政府县长 张明远', '各位代表：现在，我代表县人民政府向大会报告工作。'];
const EVENTS = '成功举办第三届滨海青禾文化节，组织企业参加华东澄源博览会。';

describe('dropWorkReportEvents', () => {
  it('takes no fair or festival a work report names in passing for a project', () => {
    const found = projects([...WORK, EVENTS].join('\n'));
    expect(found.filter((p) => /文化节|博览会/.test(p))).toEqual([]);
  });
  it('keeps an event-like venue listed among platforms', () => {
    expect(projects([...WORK, '依托青禾交流中心、澄湖会等平台，开展交流活动。'].join('\n'))).toContain('澄湖会');
  });
  it('keeps the events of a report that is no work report', () => {
    const found = projects(['滨海县举办文化节', EVENTS].join('\n'));
    expect(found.filter((p) => /文化节|博览会/.test(p)).length).toBeGreaterThan(0);
  });
});
