// Industry and sector terms used in Chinese industrial policy (general vocabulary), and tier words.
import type { IndustryTier } from '../../graph/model.ts';

export const INDUSTRY_TERMS: readonly string[] = [
  '电子信息', '新一代信息技术', '信息技术', '集成电路', '半导体', '人工智能', '大数据', '云计算', '物联网',
  '软件和信息服务', '软件信息', '数字经济', '智能制造', '高端装备制造', '高端装备', '装备制造', '智能装备',
  '精密机械', '机械制造', '汽车零部件', '汽车及零部件', '新能源汽车', '智能网联汽车', '新能源', '新材料',
  '新能源新材料', '生物医药', '医药健康', '大健康', '医疗器械', '生命健康', '生物技术', '纺织服装', '高端纺织',
  '绿色建材', '新型建材', '激光光电', '光电信息', '光伏', '储能', '氢能', '锂电', '节能环保', '现代物流',
  '食品加工', '绿色食品', '农产品加工', '现代农业', '精细化工', '新型化工', '石油化工', '冶金', '有色金属',
  '智能家居', '家居制造', '电子商务', '跨境电商', '文化旅游', '现代服务业', '金融服务', '航空航天', '船舶制造',
  '海洋经济', '轨道交通', '新型显示', '机器人', '电子元器件', '装配式建筑', '新能源装备', '绿色能源',
  '数字创意', '工业互联网', '通用航空', '清洁能源', '循环经济', '检验检测',
];

/** Tier words (ONTOLOGY: 主导, 先导, 新兴) as they qualify 产业 in policy prose. */
export const TIER_WORDS: ReadonlyArray<readonly [string, IndustryTier]> = [
  ['战略性新兴', '新兴'],
  ['主导', '主导'],
  ['先导', '先导'],
  ['新兴', '新兴'],
];

/** Words that qualify 产业 without naming one (传统产业, 特色产业): never an industry's name. */
export const GENERIC_INDUSTRY_WORDS = new Set([
  '主导', '先导', '新兴', '战略性新兴', '传统', '特色', '优势', '重点', '支柱', '相关', '现代', '前沿', '未来',
  '高成长性', '战略性', '上下游', '配套', '全', '本', '该', '各', '新', '大', '三大', '四大', '五大',
]);
