// A deterministic synthetic graph in the ontology's shape, for the ingest and API benchmarks: every kind, every
// relation type with its allowed endpoints and properties, evidence sentences in synthetic reports, and Chinese names
// built from general syllable and suffix lists (no real park, company or person). Nothing is held in memory: every
// record is computed from its index, so a 1M-entity / 5M-relation graph streams in constant space.
import { ENTITY_KINDS } from '../src/ontology/model.ts';
import type { EntityKind, RelationProperties, RelationType } from '../src/ontology/model.ts';
import type { BulkEntity, BulkGraph, BulkMention, BulkRelation, BulkReport } from '../src/graph/embedded/bulk.ts';
import { nodeId } from '../src/graph/identity.ts';
import { seededRandom } from '../src/seeded-random.ts';

const chars = (text: string) => [...new Set(text)];
const PLACE = chars(
  '江苏浙安徽鲁豫鄂湘粤桂滇黔川陕甘宁青闽吉辽黑蒙津渝沪京宿迁徐淮盐泰扬镇常锡昆嘉兴绍温衢丽舟杭甬汉沙昌阳德平顺永和丰清长武',
);
const BRAND = chars('华信达通恒瑞鑫盛宏远博科创源隆祥安泽辉腾万晟凯锦诚');
const SURNAMES = chars(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const GIVEN = chars(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文辉鹏飞玉兰红梅海燕波斌宇浩凯健俊帆帅旭宁琳晨阳欣怡佳雪峰亮成林',
);
const PARK_SUFFIX = [
  '经济开发区',
  '高新技术产业开发区',
  '工业园区',
  '经济技术开发区',
  '产业园',
  '科技园',
  '物流园区',
  '综合保税区',
];
const COMPANY_WORD = [
  '科技',
  '电子',
  '新材料',
  '机械',
  '新能源',
  '纺织',
  '光电',
  '生物',
  '医药',
  '化工',
  '物流',
  '智能装备',
  '汽车部件',
  '精密',
];
const COMPANY_SUFFIX = ['有限公司', '股份有限公司', '集团有限公司', '实业有限公司'];
const ORG_SUFFIX = [
  '人民政府',
  '党工委',
  '管理委员会',
  '发展和改革委员会',
  '商务局',
  '科学技术局',
  '研究院',
  '职业技术学院',
];
const SECTOR = [
  '电子信息',
  '精密机械',
  '纺织服装',
  '新能源',
  '生物医药',
  '新材料',
  '激光光电',
  '高端装备',
  '集成电路',
  '人工智能',
  '汽车零部件',
  '食品加工',
  '现代物流',
  '节能环保',
  '绿色化工',
  '智能制造',
  '软件服务',
  '数字经济',
  '医疗器械',
  '航空航天',
  '轨道交通',
  '海洋工程',
  '光伏',
  '储能',
  '氢能',
  '半导体',
  '通信设备',
  '家居建材',
  '文化创意',
  '跨境电商',
  '农产品加工',
  '冷链物流',
  '新型显示',
  '工业互联网',
  '机器人',
  '新能源汽车',
  '碳纤维',
  '特种钢材',
  '精细化工',
  '电子商务',
];
const SECTOR_MODIFIER = [
  '高端',
  '智能',
  '绿色',
  '先进',
  '新型',
  '特色',
  '现代',
  '数字',
  '精密',
  '生态',
  '创新',
  '低碳',
];
const PROJECT_WORD = [
  '产业园项目',
  '生产基地',
  '研发中心',
  '智能制造项目',
  '一体化项目',
  '总部基地',
  '孵化器',
  '物流中心',
  '检测中心',
  '技改项目',
  '扩建项目',
  '数据中心',
  '示范线',
  '产业化项目',
  '创新平台',
  '配套工程',
];
const PARTNERSHIP_SUFFIX = ['南北共建', '联动发展', '产业合作', '飞地经济'];
const REGION_SUFFIX = ['区', '县', '市', '镇'];

/** Digits of n in base `alphabet.length`, at least `min` of them, as characters. */
function word(alphabet: readonly string[], n: number, min = 2): string {
  let text = '';
  for (let i = 0; i < min || n > 0; i++) {
    text += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return text;
}

/** 江苏 + 华信 + 科技 + 有限公司: place, brand, trade and legal form, by mixed radix so that every i differs. */
function companyParts(i: number) {
  const places = PLACE.length * PLACE.length;
  const brands = BRAND.length * BRAND.length;
  const rest = Math.floor(i / places / brands);
  return {
    place: word(PLACE, i % places),
    brand: word(BRAND, Math.floor(i / places) % brands),
    trade: COMPANY_WORD[rest % COMPANY_WORD.length]!,
    suffix: COMPANY_SUFFIX[Math.floor(rest / COMPANY_WORD.length) % COMPANY_SUFFIX.length]!,
  };
}

/** A name for the i-th entity of a kind; distinct for distinct i within a kind. */
export function nameOf(kind: EntityKind, i: number): string {
  switch (kind) {
    case 'Region':
      if (i < 30) return `${word(PLACE, i)}省`;
      return `${word(PLACE, i)}${REGION_SUFFIX[i % REGION_SUFFIX.length]}`;
    case 'Park':
      return `${word(PLACE, Math.floor(i / PARK_SUFFIX.length))}${PARK_SUFFIX[i % PARK_SUFFIX.length]}`;
    case 'Company': {
      const { place, brand, trade, suffix } = companyParts(i);
      return `${place}${brand}${trade}${suffix}`;
    }
    case 'Official':
    case 'Person': {
      const given = Math.floor(i / SURNAMES.length);
      return `${SURNAMES[i % SURNAMES.length]}${given < GIVEN.length ? GIVEN[given] : word(GIVEN, given - GIVEN.length)}`;
    }
    case 'Organization':
      return `${nameOf('Region', Math.floor(i / ORG_SUFFIX.length))}${ORG_SUFFIX[i % ORG_SUFFIX.length]}`;
    case 'Industry': {
      const modifier = Math.floor(i / SECTOR.length);
      return `${modifier === 0 ? '' : SECTOR_MODIFIER[(modifier - 1) % SECTOR_MODIFIER.length]}${SECTOR[i % SECTOR.length]}`;
    }
    case 'Project':
      return `${word(PLACE, Math.floor(i / PROJECT_WORD.length))}${PROJECT_WORD[i % PROJECT_WORD.length]}`;
    case 'Partnership':
      return `${word(PLACE, Math.floor(i / PARTNERSHIP_SUFFIX.length))}${PARTNERSHIP_SUFFIX[i % PARTNERSHIP_SUFFIX.length]}`;
  }
}

/** A short form some entities are also called by (a company's brand and trade, a park's place and 开发区). */
function aliasOf(kind: EntityKind, i: number, name: string): string | undefined {
  if (i % 3 !== 0) return undefined;
  if (kind === 'Company') return companyParts(i).brand + companyParts(i).trade;
  if (kind === 'Park' && name.endsWith('经济开发区')) return name.replace('经济开发区', '开发区');
  return undefined;
}

/** How the million entities of the default graph divide among the kinds. */
const KIND_SHARE: Record<EntityKind, number> = {
  Region: 0.02,
  Park: 0.06,
  Company: 0.6015,
  Official: 0.06,
  Person: 0.12,
  Organization: 0.08,
  Industry: 0.0005,
  Project: 0.055,
  Partnership: 0.003,
};

/** Relations per type and endpoint pair, as shares of the total (they sum to 1). */
interface RelationSpec {
  type: RelationType;
  from: EntityKind;
  to: EntityKind;
  share: number;
  properties?: (n: number) => RelationProperties;
}

const STATUSES = ['签约', '开工', '竣工', '投产'] as const;
const TIERS = ['主导', '先导', '新兴'] as const;
const TITLES = ['党工委书记', '管委会主任', '副主任', '区长', '县长', '副市长', '董事长', '总经理'];
const RELATION_SPECS: RelationSpec[] = [
  { type: 'LOCATED_IN', from: 'Park', to: 'Region', share: 0.012 },
  { type: 'LOCATED_IN', from: 'Company', to: 'Park', share: 0.08 },
  { type: 'LOCATED_IN', from: 'Company', to: 'Region', share: 0.04 },
  { type: 'LOCATED_IN', from: 'Region', to: 'Region', share: 0.004 },
  {
    type: 'HOLDS_POSITION',
    from: 'Official',
    to: 'Park',
    share: 0.012,
    properties: (n) => ({ title: TITLES[n % 4]! }),
  },
  {
    type: 'HOLDS_POSITION',
    from: 'Official',
    to: 'Region',
    share: 0.008,
    properties: (n) => ({ title: TITLES[n % 6]! }),
  },
  { type: 'HOLDS_POSITION', from: 'Official', to: 'Organization', share: 0.004 },
  {
    type: 'HOLDS_POSITION',
    from: 'Person',
    to: 'Company',
    share: 0.048,
    properties: (n) => ({ title: TITLES[6 + (n % 2)]! }),
  },
  {
    type: 'MEMBER_OF',
    from: 'Park',
    to: 'Partnership',
    share: 0.004,
    properties: (n) => ({ role: n % 5 ? 'member' : 'lead' }),
  },
  { type: 'MEMBER_OF', from: 'Region', to: 'Partnership', share: 0.0012, properties: () => ({ role: 'member' }) },
  { type: 'CO_BUILT_BY', from: 'Park', to: 'Region', share: 0.006 },
  {
    type: 'FOCUSES_ON',
    from: 'Park',
    to: 'Industry',
    share: 0.048,
    properties: (n) => (n % 2 ? { tier: TIERS[n % 3]! } : {}),
  },
  { type: 'FOCUSES_ON', from: 'Region', to: 'Industry', share: 0.012 },
  { type: 'PART_OF', from: 'Park', to: 'Park', share: 0.004 },
  { type: 'PART_OF', from: 'Project', to: 'Park', share: 0.011 },
  { type: 'PART_OF', from: 'Organization', to: 'Organization', share: 0.008 },
  { type: 'ATTENDED', from: 'Official', to: 'Project', share: 0.02 },
  { type: 'ATTENDED', from: 'Person', to: 'Organization', share: 0.02 },
  {
    type: 'INVESTS_IN',
    from: 'Company',
    to: 'Park',
    share: 0.3,
    properties: (n) => (n % 3 ? { amount: ((n % 97) + 1) * 10_000_000, status: STATUSES[n % 4]! } : {}),
  },
  {
    type: 'INVESTS_IN',
    from: 'Company',
    to: 'Project',
    share: 0.24,
    properties: (n) => ({ amount: ((n % 53) + 1) * 5_000_000 }),
  },
  { type: 'INVESTS_IN', from: 'Company', to: 'Region', share: 0.1178 },
];

export interface SyntheticOptions {
  entities?: number;
  relations?: number;
  /** Entities named per synthetic report (each entity is named in exactly one report). */
  entitiesPerReport?: number;
  seed?: number;
}

const NONE: never[] = [];

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export class SyntheticGraph implements BulkGraph {
  readonly counts: Record<EntityKind, number>;
  /** First global index of each kind (entities are numbered kind by kind). */
  private readonly offsets: Record<EntityKind, number>;
  readonly totalEntities: number;
  readonly totalRelations: number;
  readonly perReport: number;
  private readonly specs: (RelationSpec & { count: number })[];
  private readonly seed: number;

  constructor(options: SyntheticOptions = {}) {
    const entities = options.entities ?? 1_000_000;
    const relations = options.relations ?? 5_000_000;
    this.perReport = options.entitiesPerReport ?? 20;
    this.seed = options.seed ?? 20240601;
    this.counts = Object.fromEntries(
      ENTITY_KINDS.map((k) => [k, Math.max(2, Math.round(entities * KIND_SHARE[k]))]),
    ) as Record<EntityKind, number>;
    let offset = 0;
    this.offsets = {} as Record<EntityKind, number>;
    for (const kind of ENTITY_KINDS) {
      this.offsets[kind] = offset;
      offset += this.counts[kind];
    }
    this.totalEntities = offset;
    const specs = RELATION_SPECS.map((s) => ({ ...s, count: Math.round(relations * s.share) }));
    specs[specs.length - 1]!.count += relations - specs.reduce((sum, s) => sum + s.count, 0);
    for (const s of specs) s.count = Math.min(s.count, this.counts[s.from] * (this.counts[s.to] - 1));
    this.specs = specs;
    this.totalRelations = specs.reduce((sum, s) => sum + s.count, 0);
  }

  get reportCount(): number {
    return Math.ceil(this.totalEntities / this.perReport);
  }

  entityId(kind: EntityKind, i: number): string {
    return nodeId(kind, nameOf(kind, i));
  }

  private readonly idCache = new Map<EntityKind, string[]>();

  /** Every id of a kind, computed once: relation targets repeat them millions of times. */
  private ids(kind: EntityKind): string[] {
    let ids = this.idCache.get(kind);
    if (!ids) {
      ids = Array.from({ length: this.counts[kind] }, (_, i) => this.entityId(kind, i));
      this.idCache.set(kind, ids);
    }
    return ids;
  }

  /** The kind and index within it of a global entity number. */
  private locate(global: number): [EntityKind, number] {
    for (let k = ENTITY_KINDS.length - 1; k >= 0; k--) {
      const kind = ENTITY_KINDS[k]!;
      if (global >= this.offsets[kind]) return [kind, global - this.offsets[kind]];
    }
    throw new Error(`no entity ${global}`);
  }

  reportId(r: number): string {
    return r.toString(16).padStart(16, '0');
  }

  /** The report that names an entity, and the sentence that does. */
  private whereNamed(kind: EntityKind, i: number): { report: string; sentence: number } {
    const global = this.offsets[kind] + i;
    return { report: this.reportId(Math.floor(global / this.perReport)), sentence: global % this.perReport };
  }

  private sentenceOf(kind: EntityKind, i: number): string {
    return `据报道，${nameOf(kind, i)}近期发展态势良好。`;
  }

  get entities(): Iterable<BulkEntity> {
    return {
      [Symbol.iterator]: function* (this: SyntheticGraph) {
        for (const kind of ENTITY_KINDS) {
          for (let i = 0; i < this.counts[kind]; i++) {
            const name = nameOf(kind, i);
            const alias = aliasOf(kind, i, name);
            yield { id: nodeId(kind, name), kind, name, aliases: alias ? [alias] : [] };
          }
        }
      }.bind(this),
    };
  }

  get mentions(): Iterable<BulkMention> {
    return {
      [Symbol.iterator]: function* (this: SyntheticGraph) {
        for (const kind of ENTITY_KINDS) {
          for (let i = 0; i < this.counts[kind]; i++) {
            const name = nameOf(kind, i);
            const alias = aliasOf(kind, i, name);
            const { report, sentence } = this.whereNamed(kind, i);
            yield {
              entity: nodeId(kind, name),
              report,
              aliases: alias ? [alias] : [],
              mentions: [{ sentence, surface: name }],
            };
          }
        }
      }.bind(this),
    };
  }

  /** Out-degree of the i-th entity of `from` in one relation spec: the count spread evenly over the sources. */
  private degree(spec: RelationSpec & { count: number }, i: number): number {
    const n = this.counts[spec.from];
    return Math.floor(spec.count / n) + (i < spec.count % n ? 1 : 0);
  }

  get reports(): Iterable<BulkReport> {
    return {
      [Symbol.iterator]: function* (this: SyntheticGraph) {
        for (let r = 0; r < this.reportCount; r++) {
          const sentences = [];
          let relationCount = 0;
          let offset = 0;
          const first = r * this.perReport;
          const last = Math.min(first + this.perReport, this.totalEntities);
          for (let g = first; g < last; g++) {
            const [kind, i] = this.locate(g);
            const text = this.sentenceOf(kind, i);
            sentences.push({ index: g - first, text, start: offset, end: offset + text.length });
            offset += text.length;
            for (const spec of this.specs) if (spec.from === kind) relationCount += this.degree(spec, i);
          }
          yield {
            id: this.reportId(r),
            name: `synthetic-${String(r).padStart(6, '0')}.txt`,
            title: `园区发展动态第${r + 1}期`,
            publishedAt: `20${String(10 + (r % 15)).padStart(2, '0')}-${String(1 + (r % 12)).padStart(2, '0')}-15`,
            source: '合成数据',
            authors: [],
            entityCount: last - first,
            relationCount,
            sentences,
          };
        }
      }.bind(this),
    };
  }

  /**
   * Every relation once. Each source gets its share of a spec's count, to distinct targets: a skewed start (some
   * targets become hubs, as real parks and regions are) walked with a stride coprime to the target count.
   */
  get relations(): Iterable<BulkRelation> {
    return {
      [Symbol.iterator]: function* (this: SyntheticGraph) {
        const random = seededRandom(this.seed);
        let n = 0;
        for (const spec of this.specs) {
          const targets = this.counts[spec.to];
          const ids = this.ids(spec.to);
          let stride = 7919;
          while (gcd(stride, targets) !== 1) stride += 2;
          for (let i = 0; i < this.counts[spec.from]; i++) {
            const degree = this.degree(spec, i);
            if (degree === 0) continue;
            const from = this.entityId(spec.from, i);
            const { report, sentence } = this.whereNamed(spec.from, i);
            // Shared by this source's relations (records are read, never changed): millions fewer allocations.
            const evidence = [{ reportId: report, sentence }];
            let t = Math.floor(targets * random() ** 2);
            for (let made = 0; made < degree; t = (t + stride) % targets) {
              if (spec.from === spec.to && t === i) continue;
              made++;
              n++;
              const properties = spec.properties?.(n);
              yield {
                from,
                type: spec.type,
                to: ids[t]!,
                evidence,
                claims: properties && Object.keys(properties).length > 0 ? [{ reportId: report, properties }] : NONE,
              };
            }
          }
        }
        this.idCache.clear();
      }.bind(this),
    };
  }
}
