// Chinese surnames and post titles: general knowledge for recognizing people and their positions.

/** Single-character surnames: the common ones (over 90% of the population) and the rarer ones of the
 *  Hundred Family Surnames that are not also everyday words. */
export const SINGLE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封羊傅谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉仝郜阚花权帅屠朴盖练廉禹井祖漆巴丰支卿狄计宣晋初门敬扈晁芮普阙浦戈伏鹿薄邸雍辜乌裘亓修邰赫杭况逯隆茹诸战慕亢嵇湛宾戎勾茅揭尉冶束檀衣展昝智幸奉植衡富尧萧贝洪钮荀邴糜隗宓郗伊钭韶蓟鄂咸籍赖莘贡逄扶堵郦璩濮郏阎习宦鱼庾暨訾乜蒯竺桓凤昌危官'.split(
    '',
  ),
]);

export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '令狐',
  '宇文',
  '司徒',
  '夏侯',
];

/** Surnames, single and compound. */
export const SURNAMES = new Set([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES]);

/** Heads of post titles, and whether they are posts in government or the Party (an Official's). */
const GOVERNMENT_HEADS = [
  '书记',
  '总书记',
  '总理',
  '副总理',
  '国务委员',
  '副书记',
  '常委',
  '市长',
  '副市长',
  '区长',
  '副区长',
  '县长',
  '副县长',
  '镇长',
  '副镇长',
  '乡长',
  '省长',
  '副省长',
  '主任',
  '副主任',
  '常务副主任',
  '专职副主任',
  '主席',
  '副主席',
  '局长',
  '副局长',
  '部长',
  '副部长',
  '厅长',
  '副厅长',
  '处长',
  '副处长',
  '科长',
  '秘书长',
  '副秘书长',
  '委员',
  '巡视员',
  '调研员',
  '总指挥',
  '组长',
  '副组长',
  '代市长',
  '代区长',
  '代县长',
  '党组成员',
  '部务会成员',
  '一级调研员',
  '二级调研员',
  '三级调研员',
  '四级调研员',
  '一级巡视员',
  '二级巡视员',
  '主任科员',
  '政委',
  '主任委员',
];
const OTHER_HEADS = [
  '董事长',
  '副董事长',
  '总经理',
  '副总经理',
  '总裁',
  '副总裁',
  '经理',
  '总监',
  '创始人',
  '联合创始人',
  '负责人',
  '总工程师',
  '总设计师',
  '首席执行官',
  '首席科学家',
  '行长',
  '理事长',
  '会长',
  '副会长',
  '院长',
  '副院长',
  '校长',
  '副校长',
  '所长',
  '副所长',
  '社长',
  '主编',
  '教授',
  '研究员',
  '院士',
  '专家',
  '执行董事',
  '合伙人',
  '法人代表',
];
/** Bodies whose name is part of the title (党工委书记, 管委会主任, 市委常委). */
const BODY_PREFIXES = [
  '党工委',
  '党委',
  '党组',
  '纪工委',
  '纪委',
  '管委会',
  '人大常委会',
  '人大',
  '政协',
  '区委',
  '市委',
  '县委',
  '省委',
  '州委',
  '旗委',
  '区政府',
  '自治区党委',
  '自治区政府',
  '省政府',
  '市政府',
  '县政府',
  '工委',
  '董事会',
  '监事会',
];

export interface TitleInfo {
  government: boolean;
}

function buildTitles(): Map<string, TitleInfo> {
  const titles = new Map<string, TitleInfo>();
  for (const [heads, government] of [
    [GOVERNMENT_HEADS, true],
    [OTHER_HEADS, false],
  ] as const) {
    for (const head of heads) {
      titles.set(head, { government });
      for (const body of BODY_PREFIXES) titles.set(body + head, { government: government || body !== '董事会' });
    }
  }
  // A bare 委员 or 专家 alone is too weak to make a title.
  titles.delete('专家');
  return titles;
}

export const TITLES: ReadonlyMap<string, TitleInfo> = buildTitles();
export const MAX_TITLE_LENGTH = Math.max(...[...TITLES.keys()].map((t) => t.length));

/** What follows a person's name in news prose: speech and action verbs, particles, punctuation. */
export const NAME_FOLLOWERS = [
  '说',
  '表示',
  '指出',
  '强调',
  '介绍',
  '主持',
  '的',
  '在',
  '对',
  '带领',
  '等',
  '要求',
  '出席',
  '参加',
  '一行',
  '同志',
  '陪同',
  '率队',
  '率',
  '调研',
  '会见',
  '讲话',
  '致辞',
  '宣布',
  '认为',
  '告诉',
  '坦言',
  '透露',
  '称',
  '也',
  '就',
  '和',
  '与',
  '及',
  '先后',
  '一起',
  '亲自',
  '希望',
  '提出',
  '前往',
  '来到',
  '深入',
  '看望',
  '察看',
  '听取',
  '代表',
  '作',
  '为',
  '向',
  '还',
  '则',
  '接受',
  '分别',
  '详细',
  '充满',
  '围绕',
];
