// Sites a visit names, on invented sentences.
import { describe, expect, it } from 'vitest';
import { recognizeVisitedSites } from '../../../src/extract/entities/visited-sites.ts';

const sites = (text: string) => recognizeVisitedSites(text, 0).map((c) => c.name);

describe('recognizeVisitedSites', () => {
  it('reads no site after a group named by its verb (考察团赴…, 考察团参观…): the group’s own verb comes after', () => {
    expect(sites('考察团赴青禾专用车生产基地考察调研。')).toEqual([]);
    expect(sites('考察团参观青禾专用车生产基地。')).toEqual(['青禾专用车生产基地']);
  });
  it('reads no designation a site is given as a site (参观某县爱国主义教育基地)', () => {
    expect(sites('孩子们参观了青石县爱国主义教育基地。')).toEqual([]);
    expect(sites('师生来到岚湾天文科普基地。')).toEqual([]);
    expect(sites('代表们来到青石县红色教育基地。')).toEqual([]);
  });
  it('reads the site after a verb of visiting, whatever common words its head holds', () => {
    expect(sites('随后，他考察了有机青梅标准化种植基地。')).toEqual(['有机青梅标准化种植基地']);
    expect(sites('走进青禾戏曲艺术博物馆，同票友亲切交谈。')).toEqual(['青禾戏曲艺术博物馆']);
  });
  it('reads a tea garden, a sluice or a flood storage area visited, with the address written before it', () => {
    expect(sites('他来到滨江县青石乡明远油茶园考察调研。')).toEqual(['滨江县青石乡明远油茶园']);
    expect(sites('首先来到滨江市青山县青禾坝闸，听取汇报。')).toEqual(['滨江市青山县青禾坝闸']);
    expect(sites('来到青山县青禾生态湿地蓄洪区考察。')).toEqual(['青山县青禾生态湿地蓄洪区']);
  });
  it('reads the site after 在 only when the sentence goes on from it', () => {
    expect(sites('在青禾一连棉花种植基地，他走进田间。')).toEqual(['青禾一连棉花种植基地']);
    expect(sites('在青禾抗战纪念馆内，他听取介绍。')).toEqual(['青禾抗战纪念馆']);
    expect(sites('企业在青禾棉花种植基地建设中投入资金。')).toEqual([]);
  });
  it('reads no site whose head is short, says whose it is or holds a clause', () => {
    expect(sites('走进葡萄种植园，察看长势。')).toEqual([]);
    expect(sites('参观了企业新材料研发基地。')).toEqual([]);
    expect(sites('来到位于滨江的青禾博物馆。')).toEqual([]);
  });
});
