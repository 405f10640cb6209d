/// <reference lib="dom" />
// The drawing: Cytoscape.js with its force-directed `cose` layout. Nodes are colored by kind (the shared style of
// src/bloom/style.ts) and sized by their degree in the drawing; edges by relation type. Knows nothing of the API.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntityKind, RelationType } from '../../ontology/model.ts';
import { KIND_STYLE, RELATION_STYLE } from '../../bloom/style.ts';
import type { Entity, Relation } from './api.ts';

/** CJK fonts first, so names render the same on every system that has one (Debian: fonts-noto-cjk). */
export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

cytoscape.use(fcose);

const LABEL_SIZE = 13;
const MIN_LABEL_PX = 12;
const MIN_NODE_PX = 14;
const FIT_PADDING = 24;
const MAX_FIT_ZOOM = 1.2;
/** Space kept between two entities' boxes (circle and label), in drawing units. */
const LABEL_GAP = 4;

export interface ViewEvents {
  node(id: string): void;
  edge(id: string): void;
  edgeHover(id: string | undefined): void;
  background(): void;
}

export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, events: ViewEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            'border-width': 1,
            'border-color': '#5b6169',
            label: 'data(name)',
            'font-family': FONT_FAMILY,
            'font-size': () => this.labelSize(),
            color: '#1f2328',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '130px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            width: (node: cytoscape.NodeSingular) => this.nodeSize(node),
            height: (node: cytoscape.NodeSingular) => this.nodeSize(node),
          },
        },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1f2328' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f6feb', 'overlay-opacity': 0 } },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.9,
            'curve-style': 'bezier',
            opacity: 0.8,
            'font-family': FONT_FAMILY,
          },
        },
        {
          selector: 'edge.hover, edge:selected',
          style: {
            width: 4,
            opacity: 1,
            label: 'data(label)',
            'font-size': 12,
            color: 'data(color)',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': '2px',
          },
        },
        { selector: '.hidden', style: { display: 'none' } },
      ],
    });
    let pending = false;
    this.cy.on('zoom', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.cy.style().update();
      });
    });
    this.cy.on('tap', 'node', (e) => events.node(e.target.id()));
    this.cy.on('tap', 'edge', (e) => events.edge(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) events.background();
    });
    this.cy.on('mouseover', 'edge', (e) => {
      e.target.addClass('hover');
      events.edgeHover(e.target.id());
    });
    this.cy.on('mouseout', 'edge', (e) => {
      e.target.removeClass('hover');
      events.edgeHover(undefined);
    });
  }

  /** Labels stay at least MIN_LABEL_PX on screen however far the drawing is zoomed out to fit. */
  private labelSize(): number {
    return Math.max(LABEL_SIZE, MIN_LABEL_PX / this.cy.zoom());
  }

  /** 22 to 56 by degree in the drawing (12 and more: largest), and never under MIN_NODE_PX on screen. */
  private nodeSize(node: cytoscape.NodeSingular): number {
    const degree = Math.min(Number(node.data('degree')) || 1, 12);
    return Math.max(22 + ((degree - 1) / 11) * 34, MIN_NODE_PX / this.cy.zoom());
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Adds what is not drawn yet, new entities in a ring around `around` (where the layout then starts them); returns
   * how many entities were new.
   */
  add(nodes: Entity[], edges: Relation[], around?: string): number {
    const newNodes = nodes.filter((n) => this.cy.getElementById(n.id).empty());
    const center = around ? this.cy.getElementById(around) : undefined;
    const origin = center?.nonempty() ? center.position() : { x: 0, y: 0 };
    this.cy.add(
      newNodes.map((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
        return {
          group: 'nodes' as const,
          data: { id: n.id, name: n.name, kind: n.kind, color: KIND_STYLE[n.kind].color, degree: 1 },
          position: { x: origin.x + 150 * Math.cos(angle), y: origin.y + 150 * Math.sin(angle) },
        };
      }),
    );
    const newEdges = edges.filter(
      (e) =>
        this.cy.getElementById(e.id).empty() &&
        !this.cy.getElementById(e.fromId).empty() &&
        !this.cy.getElementById(e.toId).empty(),
    );
    this.cy.add(
      newEdges.map((e) => ({
        group: 'edges' as const,
        data: {
          id: e.id,
          source: e.fromId,
          target: e.toId,
          type: e.type,
          label: RELATION_STYLE[e.type].label,
          color: RELATION_STYLE[e.type].color,
        },
      })),
    );
    this.cy.nodes().forEach((n) => {
      n.data('degree', Math.max(1, n.degree(false)));
    });
    return newNodes.length;
  }

  markExpanded(id: string): void {
    this.cy.getElementById(id).addClass('expanded');
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass('expanded');
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  /**
   * Force-directed layout; keeps the current positions as the start when only some entities are new. Fitting the
   * drawing zooms out, which enlarges the labels (labelSize); a second pass spaces the entities for those labels.
   */
  async layout(fresh: boolean): Promise<void> {
    await this.runLayout(fresh);
    if (this.labelSize() > LABEL_SIZE) {
      this.cy.style().update();
      await this.runLayout(false);
    }
    this.orientToContainer();
    this.cy.fit(this.shown(), FIT_PADDING);
    this.cy.style().update();
    if (this.separateLabels()) this.cy.fit(this.shown(), FIT_PADDING);
    // A few entities would fill the screen with huge circles: fit, but no closer than MAX_FIT_ZOOM.
    if (this.cy.zoom() > MAX_FIT_ZOOM) this.cy.zoom({ level: MAX_FIT_ZOOM, position: this.centerOfShown() });
    this.cy.style().update();
  }

  /**
   * Force-directed layouts leave a few labels touching; nudges apart every two entities whose boxes (circle and label)
   * overlap, along the axis where they overlap least. Returns whether anything moved.
   */
  private separateLabels(): boolean {
    const nodes = this.shown().nodes().toArray();
    let movedAny = false;
    for (let round = 0; round < 50; round++) {
      const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
      let moved = false;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + LABEL_GAP;
          const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + LABEL_GAP;
          if (ox <= 0 || oy <= 0) continue;
          const [dx, dy] = ox < oy ? [ox / 2, 0] : [0, oy / 2];
          const sign = (ox < oy ? a.x1 + a.x2 < b.x1 + b.x2 : a.y1 + a.y2 < b.y1 + b.y2) ? -1 : 1;
          for (const [node, box, s] of [
            [nodes[i]!, a, sign],
            [nodes[j]!, b, -sign],
          ] as const) {
            const p = node.position();
            node.position({ x: p.x + s * dx, y: p.y + s * dy });
            box.x1 += s * dx;
            box.x2 += s * dx;
            box.y1 += s * dy;
            box.y2 += s * dy;
          }
          moved = true;
        }
      }
      if (!moved) break;
      movedAny = true;
    }
    return movedAny;
  }

  private centerOfShown(): cytoscape.Position {
    const box = this.shown().nodes().boundingBox({});
    return { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  }

  /** A force-directed drawing has no preferred direction: turn it a quarter when that lets it fill the container. */
  private orientToContainer(): void {
    const box = this.shown().nodes().boundingBox({});
    const tall = box.h > box.w * 1.2;
    const wide = box.w > box.h * 1.2;
    const containerWide = this.cy.width() > this.cy.height();
    if (!(tall && containerWide) && !(wide && !containerWide)) return;
    const cx = box.x1 + box.w / 2;
    const cy = box.y1 + box.h / 2;
    this.shown()
      .nodes()
      .positions((node) => {
        const p = node.position();
        return { x: cx + (p.y - cy), y: cy - (p.x - cx) };
      });
  }

  private runLayout(randomize: boolean): Promise<void> {
    // fcose: Cytoscape.js's force-directed layout with a spectral start and label-aware spacing.
    const layout = this.shown().layout({
      name: 'fcose',
      quality: 'proof',
      randomize,
      animate: false,
      fit: true,
      padding: FIT_PADDING,
      nodeDimensionsIncludeLabels: true,
      uniformNodeDimensions: false,
      packComponents: true,
      nodeRepulsion: () => 20000,
      idealEdgeLength: () => 100,
      edgeElasticity: () => 0.45,
      gravity: 0.25,
      numIter: 5000,
    } as unknown as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    return done;
  }

  /**
   * Hides the entities of `kinds`, the relations of `types` and the relations in `edges` (an entity's hidden
   * relations go with it).
   */
  filter(
    hiddenKinds: ReadonlySet<EntityKind>,
    hiddenTypes: ReadonlySet<RelationType>,
    hiddenEdges: ReadonlySet<string> = new Set(),
  ): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hiddenKinds.has(n.data('kind') as EntityKind));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('hidden', hiddenTypes.has(e.data('type') as RelationType) || hiddenEdges.has(e.id()));
      });
    });
  }

  /**
   * The elements not filtered out: entities of shown kinds, relations of shown types between them. (By class, not
   * `:visible`, which Cytoscape updates only when it next draws.)
   */
  shown(): cytoscape.CollectionReturnValue {
    const nodes = this.cy.nodes().not('.hidden');
    const edges = this.cy
      .edges()
      .filter((e) => !e.hasClass('hidden') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden'));
    return nodes.union(edges);
  }

  /** What is drawn and not filtered out, by kind and by type. */
  visibleCounts(): { nodes: number; edges: number; kinds: Map<string, number>; types: Map<string, number> } {
    const shown = this.shown();
    const tally = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return counts;
    };
    return {
      nodes: shown.nodes().length,
      edges: shown.edges().length,
      kinds: tally(shown.nodes().map((n) => n.data('kind') as string)),
      types: tally(shown.edges().map((e) => e.data('type') as string)),
    };
  }
}
