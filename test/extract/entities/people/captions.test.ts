// Photo captions and headlines, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('photo captions and headlines', () => {
  it('reads the people a caption places, though their list looks like one of names with brackets', () => {
    // Placed beside an official and holding no other post, the bare names are officials too.
    expect(extract('[李家伟(左二)、卓永明(左一)、海南省委书记冯明(右二)在签约仪式合照。').people).toEqual([
      'Official 冯明',
      'Official 卓永明',
      'Official 李家伟',
    ]);
    expect(extract('图为张建国（右一）在车间察看生产情况。').people).toEqual(['Person 张建国']);
  });
  it('reads a headline that opens with a name and 称', () => {
    expect(extract('李家伟称港商乐见合作').people).toEqual(['Person 李家伟']);
  });
});
