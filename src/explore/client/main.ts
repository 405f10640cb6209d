/// <reference lib="dom" />
// /explore in the browser: search an entity by name (Simplified or Traditional), draw its neighborhood, expand an
// entity by clicking it, read a relation's type, properties and evidence by hovering or selecting it, filter by kind
// and relation type. State that should survive a reload or be linked to (?q=, ?id=, ?report=) lives in the URL.
import { ENTITY_KINDS, RELATION_SCHEMA, RELATION_TYPES } from '../../ontology/model.ts';
import type { EntityKind, RelationType } from '../../ontology/model.ts';
import { KIND_STYLE, RELATION_STYLE } from '../../bloom/style.ts';
import * as api from './api.ts';
import type { Entity, Relation } from './api.ts';
import { GraphView } from './view.ts';

/** Entities drawn per load or expansion: readable without a wall of labels. */
const NEIGHBORHOOD_LIMIT = 60;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#search');
const input = $<HTMLInputElement>('#q');
const results = $<HTMLUListElement>('#results');
const status = $<HTMLElement>('#status');
const info = $<HTMLElement>('#info');

const entities = new Map<string, Entity>();
const relations = new Map<string, Relation>();
const hiddenKinds = new Set<EntityKind>();
const hiddenTypes = new Set<RelationType>();
/** Only relations seen in this year (firstSeen to lastSeen), or all when undefined. */
let year: string | undefined;
const yearSelect = $<HTMLSelectElement>('#year');
let selectedEdge: string | undefined;

const view = new GraphView($('#graph'), {
  node: (id) => void expand(id),
  edge: (id) => {
    selectedEdge = id;
    showRelation(id);
  },
  edgeHover: (id) => {
    if (id) showRelation(id);
    else if (selectedEdge) showRelation(selectedEdge);
  },
  background: () => {
    selectedEdge = undefined;
  },
});
// For debugging in the console, and for the end-to-end test.
(window as unknown as { explore: { cy: typeof view.cy } }).explore = { cy: view.cy };

// ---- small DOM helpers ----

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

function swatch(color: string, shape: 'dot' | 'line'): HTMLElement {
  const s = el('span', { class: `swatch ${shape}`, 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/** Yuan as people read it: 亿 (10^8) and 万 (10^4). */
function formatAmount(yuan: number): string {
  const trim = (n: number) => String(Math.round(n * 100) / 100);
  if (yuan >= 1e8) return `${trim(yuan / 1e8)} 亿元`;
  if (yuan >= 1e4) return `${trim(yuan / 1e4)} 万元`;
  return `${trim(yuan)} 元`;
}

// ---- legend and filters ----

function legendItem(
  list: HTMLElement,
  key: string,
  label: string,
  english: string,
  color: string,
  shape: 'dot' | 'line',
  hidden: Set<string>,
) {
  const box = el('input', { type: 'checkbox', 'data-filter': key });
  box.checked = !hidden.has(key);
  box.addEventListener('change', () => {
    if (box.checked) hidden.delete(key);
    else hidden.add(key);
    view.filter(hiddenKinds, hiddenTypes, outsideYear());
    refreshCounts();
  });
  list.append(
    el(
      'li',
      {},
      el(
        'label',
        {},
        box,
        swatch(color, shape),
        el('span', { class: 'name' }, label, ' ', el('small', {}, english)),
        el('span', { class: 'count', 'data-count': key }),
      ),
    ),
  );
}

function buildLegend(): void {
  for (const kind of ENTITY_KINDS) {
    const style = KIND_STYLE[kind];
    legendItem($('#kinds'), kind, style.label, kind, style.color, 'dot', hiddenKinds as Set<string>);
  }
  for (const type of RELATION_TYPES) {
    const style = RELATION_STYLE[type];
    legendItem($('#types'), type, style.label, type, style.color, 'line', hiddenTypes as Set<string>);
  }
}

/** The relations drawn that no report of the chosen year states (by firstSeen..lastSeen; undated ones too). */
function outsideYear(): Set<string> {
  const hidden = new Set<string>();
  if (!year) return hidden;
  for (const r of relations.values()) {
    if (!r.firstSeen || !r.lastSeen || r.firstSeen.slice(0, 4) > year || r.lastSeen.slice(0, 4) < year)
      hidden.add(r.id);
  }
  return hidden;
}

/** The years the drawn relations were seen in, as the year filter's choices. */
function refreshYears(): void {
  const years = new Set<string>();
  for (const r of relations.values()) {
    if (!r.firstSeen || !r.lastSeen) continue;
    for (let y = Number(r.firstSeen.slice(0, 4)); y <= Number(r.lastSeen.slice(0, 4)); y++) years.add(String(y));
  }
  if (year) years.add(year);
  yearSelect.replaceChildren(
    el('option', { value: '' }, '全部年份'),
    ...[...years].sort().map((y) => el('option', { value: y }, `${y} 年`)),
  );
  yearSelect.value = year ?? '';
}

function applyFilters(): void {
  view.filter(hiddenKinds, hiddenTypes, outsideYear());
  refreshCounts();
}

yearSelect.addEventListener('change', () => {
  year = yearSelect.value || undefined;
  applyFilters();
});

function refreshCounts(): void {
  const counts = view.visibleCounts();
  document.querySelectorAll<HTMLElement>('[data-count]').forEach((cell) => {
    const key = cell.dataset.count!;
    const n = counts.kinds.get(key) ?? counts.types.get(key) ?? 0;
    cell.textContent = n ? String(n) : '';
  });
  status.dataset.nodes = String(counts.nodes);
  status.dataset.edges = String(counts.edges);
  if (entities.size > 0) setStatus(`${counts.nodes} 个实体 · ${counts.edges} 条关系（点击实体展开）`);
}

// ---- the info panel ----

function entityLabel(id: string): HTMLElement {
  const e = entities.get(id);
  if (!e) return el('span', {}, id);
  return el('span', { class: 'entity' }, swatch(KIND_STYLE[e.kind].color, 'dot'), e.name);
}

function reportLink(report: api.ReportRef): HTMLElement {
  const text = report.title ?? report.name;
  const meta = [report.publishedAt, report.source].filter(Boolean).join(' · ');
  const link = el('a', { href: `?report=${encodeURIComponent(report.id)}`, 'data-report': report.id }, text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void showReport(report.id);
  });
  return el('div', { class: 'report' }, '报告：', link, meta ? el('span', { class: 'meta' }, ` (${meta})`) : '');
}

/** A fact as one line: its type, and both ends (each opens its entity). */
function factItem(fact: api.Fact): HTMLElement {
  const end = (e: Entity) => {
    const button = el('button', { type: 'button', class: 'entity-link', 'data-open': e.id }, e.name);
    button.addEventListener('click', () => void open(e.id));
    return button;
  };
  return el(
    'li',
    { 'data-relation': fact.id },
    end(fact.from),
    ` ${RELATION_STYLE[fact.type].label} `,
    end(fact.to),
    fact.firstSeen ? el('span', { class: 'meta' }, ` (${fact.firstSeen})`) : '',
  );
}

/** Which entity the panel shows: a slower answer about another one must not overwrite it. */
let shownEntity: string | undefined;

function showEntity(entity: Entity): void {
  const spec = KIND_STYLE[entity.kind];
  const details = el('div', { class: 'details' }, el('p', { class: 'hint' }, '加载关系与提及…'));
  info.replaceChildren(
    el('h2', {}, entity.name),
    el('p', { class: 'kind' }, swatch(spec.color, 'dot'), `${spec.label} · ${entity.kind}`),
    ...(entity.aliases.length ? [el('p', {}, `别名：${entity.aliases.join('、')}`)] : []),
    el('p', { class: 'id' }, entity.id),
    el('p', { class: 'hint' }, view.isExpanded(entity.id) ? '已展开。' : '点击图中的实体展开它的关系。'),
    details,
  );
  shownEntity = entity.id;
  void api
    .entityDetails(entity.id)
    .then((found) => {
      if (shownEntity !== entity.id || !found) return;
      details.replaceChildren(
        el('h3', {}, `关系（${found.relations.totalCount}）`),
        el('ul', { class: 'facts' }, ...found.relations.edges.map((e) => factItem(e.node))),
        el('h3', {}, `提及（${found.mentions.length}）`),
        el(
          'ol',
          { class: 'evidence mentions' },
          ...found.mentions.map((m) => el('li', {}, el('blockquote', {}, m.sentence), reportLink(m.report))),
        ),
      );
    })
    .catch((error: Error) => details.replaceChildren(el('p', { class: 'error' }, error.message)));
}

function showRelation(id: string): void {
  const r = relations.get(id);
  if (!r) return;
  const style = RELATION_STYLE[r.type];
  const properties: [string, string][] = [];
  if (r.title) properties.push(['职务 title', r.title]);
  if (r.amount !== null) properties.push(['金额 amount', formatAmount(r.amount)]);
  if (r.status) properties.push(['阶段 status', r.status]);
  if (r.tier) properties.push(['层级 tier', r.tier]);
  if (r.role) properties.push(['角色 role', r.role]);
  info.replaceChildren(
    el('h2', { class: 'relation-type' }, swatch(style.color, 'line'), `${style.label} ${r.type}`),
    el(
      'p',
      { class: 'relation' },
      entityLabel(r.fromId),
      ` ${RELATION_SCHEMA[r.type].description} `,
      entityLabel(r.toId),
    ),
    ...(properties.length ? [el('dl', {}, ...properties.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]))] : []),
    el('h3', {}, `证据（${r.evidenceCount}）`),
    el(
      'ol',
      { class: 'evidence' },
      ...r.evidence.map((e) => el('li', {}, el('blockquote', {}, e.sentence), reportLink(e.report))),
    ),
  );
}

async function showReport(id: string): Promise<void> {
  history.replaceState(null, '', `?${new URLSearchParams({ ...currentParams(), report: id })}`);
  const report = await api.report(id).catch((error: Error) => {
    setStatus(error.message, true);
    return null;
  });
  if (!report) return void info.replaceChildren(el('p', {}, `没有找到报告 ${id}。`));
  const rows: [string, string][] = [
    ['标题', report.title ?? '—'],
    ['文件', report.name],
    ['日期', report.publishedAt ?? '—'],
    ['来源', report.source ?? '—'],
    ['作者', report.authors.join('、') || '—'],
    ['实体 / 关系', `${report.entityCount} / ${report.relationCount}`],
  ];
  const facts = el('div', { class: 'details' }, el('p', { class: 'hint' }, '加载报告中的关系…'));
  info.replaceChildren(
    el('h2', {}, report.title ?? report.name),
    el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('p', { class: 'id' }, `id: ${report.id}`),
    facts,
  );
  shownEntity = undefined;
  const stated = await api.reportFacts(id).catch((error: Error) => {
    facts.replaceChildren(el('p', { class: 'error' }, error.message));
    return undefined;
  });
  if (!stated) return;
  facts.replaceChildren(
    el('h3', {}, `报告中的关系（${stated.totalCount}）`),
    el('ul', { class: 'facts report-facts' }, ...stated.facts.map(factItem)),
  );
}

// ---- loading ----

function currentParams(): Record<string, string> {
  const params = Object.fromEntries(new URLSearchParams(location.search));
  delete params.report;
  return params;
}

function remember(nodes: Entity[], edges: Relation[]): void {
  for (const n of nodes) entities.set(n.id, n);
  for (const e of edges) relations.set(e.id, e);
  refreshYears();
}

/** Draws `id` and its neighbours from scratch. */
async function open(id: string): Promise<void> {
  setStatus('加载中…');
  try {
    const { nodes, edges } = await api.neighborhood(id, NEIGHBORHOOD_LIMIT);
    if (nodes.length === 0) return setStatus(`没有找到实体 ${id}。`, true);
    entities.clear();
    relations.clear();
    remember(nodes, edges);
    view.clear();
    view.add(nodes, edges);
    view.markExpanded(id);
    view.filter(hiddenKinds, hiddenTypes, outsideYear());
    await view.layout(false);
    view.select(id);
    showEntity(entities.get(id)!);
    history.replaceState(null, '', `?${new URLSearchParams({ id })}`);
    refreshCounts();
  } catch (error) {
    setStatus(`出错了：${(error as Error).message}`, true);
  }
}

/** Adds an entity's neighbours to the drawing. */
async function expand(id: string): Promise<void> {
  const entity = entities.get(id);
  if (entity) showEntity(entity);
  if (view.isExpanded(id)) return;
  setStatus('展开中…');
  try {
    const { nodes, edges } = await api.neighborhood(id, NEIGHBORHOOD_LIMIT);
    remember(nodes, edges);
    view.add(nodes, edges, id);
    view.markExpanded(id);
    view.filter(hiddenKinds, hiddenTypes, outsideYear());
    await view.layout(false);
    if (entity) showEntity(entity);
    refreshCounts();
  } catch (error) {
    setStatus(`出错了：${(error as Error).message}`, true);
  }
}

function showResults(found: Entity[], text: string): void {
  results.replaceChildren(
    ...found.map((e) => {
      const button = el(
        'button',
        { type: 'button', 'data-id': e.id },
        swatch(KIND_STYLE[e.kind].color, 'dot'),
        el('span', { class: 'name' }, e.name),
        el('span', { class: 'kind' }, KIND_STYLE[e.kind].label),
      );
      button.addEventListener('click', () => {
        results.replaceChildren();
        void open(e.id);
      });
      return el('li', {}, button);
    }),
  );
  if (found.length === 0) setStatus(`没有名称包含“${text}”的实体。`, true);
  else setStatus(`找到 ${found.length} 个实体，选择一个查看它的关系。`);
}

async function runSearch(text: string, openFirst: boolean): Promise<void> {
  if (!text) return;
  setStatus('搜索中…');
  try {
    const found = await api.search(text);
    if ((openFirst || found.length === 1) && found[0]) {
      results.replaceChildren();
      return open(found[0].id);
    }
    showResults(found, text);
  } catch (error) {
    setStatus(`出错了：${(error as Error).message}`, true);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(input.value.trim(), false);
});

buildLegend();
const params = new URLSearchParams(location.search);
if (params.get('id')) void open(params.get('id')!);
else if (params.get('q')) {
  input.value = params.get('q')!;
  void runSearch(params.get('q')!, true);
}
if (params.get('report')) void showReport(params.get('report')!);
