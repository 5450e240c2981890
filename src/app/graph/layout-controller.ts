import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { County } from '../../core/model/sweden-types.ts';
import { loadCountyOutlines, type Ring } from '../geo/county-outlines.ts';
import type { Project } from '../state/project.ts';
import type { LayoutId } from '../state/store.ts';
import { snapshot, type DisplayGraph } from './display-graph.ts';
import { animatePositions } from './layouts/animate.ts';
import { ARC_NAME_DISTANCE, circularLayout, countyArcNames } from './layouts/circular.ts';
import { geographicLayout, type Targets } from './layouts/geographic.ts';
import { indexMirror, type IndexMirror } from './layouts/index-mirror.ts';
import type { OutlineContent } from './outline-layer.ts';
import type { Renderer } from './renderer.ts';

export interface LayoutController {
  /** Switches layout; positions of the layout being left are kept for coming back. */
  show(
    layout: LayoutId,
    project: Project,
    unplacedCaption: (count: number) => string,
    countyName: (code: string | undefined) => string,
  ): Promise<void>;
  startForceAtlas2(): void;
  stopForceAtlas2(): void;
  kill(): void;
}

const ANIMATION_MS = 500;

export function createLayoutController(
  display: DisplayGraph,
  renderer: Renderer,
  outlines: { set(content: OutlineContent | null): void },
  counties: Map<string, County>,
): LayoutController {
  const saved = new Map<LayoutId, Targets>();
  let current: LayoutId = 'forceatlas2';
  // The layout workers run on an index-keyed mirror of the display graph (see indexMirror).
  let fa2: FA2Layout | null = null;
  let fa2Mirror: IndexMirror | null = null;
  let noverlap: NoverlapLayout | null = null;
  let rings: Promise<Ring[]> | null = null;
  let cancelAnimation: (() => void) | null = null;

  const save = () => saved.set(current, snapshot(display));

  // A what-if edit changes the ties: ForceAtlas2's mirror is rebuilt from the display graph
  // (its positions included) and, if it was running, it goes on with the new ties.
  const onStructure = () => {
    if (!fa2) return;
    const running = fa2.isRunning();
    fa2.kill();
    fa2 = null;
    fa2Mirror = null;
    if (running) startFa2();
  };
  for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped'] as const)
    display.on(event, onStructure);

  const startFa2 = () => {
    if (!fa2 || !fa2Mirror) {
      const mirror = (fa2Mirror = indexMirror(display));
      fa2 = new FA2Layout(mirror.graph, {
        settings: {
          ...forceAtlas2.inferSettings(mirror.graph),
          barnesHutOptimize: mirror.graph.order > 500,
        },
        getEdgeWeight: 'strength',
      });
    } else if (!fa2.isRunning()) fa2Mirror.copyIn();
    fa2.start();
  };

  const moveTo = (targets: Targets) =>
    new Promise<void>((resolve) => {
      cancelAnimation?.();
      cancelAnimation = animatePositions(display, targets, ANIMATION_MS, () => {
        cancelAnimation = null;
        // Resolves once the camera has been reset too, so a saved view can move it after.
        void renderer.sigma.getCamera().animatedReset({ duration: 300 }).then(resolve);
      });
    });

  const stopAll = () => {
    fa2?.stop();
    noverlap?.kill();
    noverlap = null;
  };

  return {
    async show(layout, project, unplacedCaption, countyName) {
      stopAll();
      if (layout !== current) save();
      current = layout;
      renderer.labels.setAnnotations([]);
      if (layout !== 'geographic') {
        outlines.set(null);
        if (renderer.sigma.getCustomBBox()) renderer.sigma.setCustomBBox(null);
      }
      const kept = saved.get(layout);
      if (layout === 'geographic') {
        const placed = geographicLayout(project, counties);
        rings ??= loadCountyOutlines();
        const loaded = await rings;
        if (current !== 'geographic') return;
        outlines.set({
          rings: loaded,
          caption: placed.unplaced
            ? {
                x: placed.unplaced.x,
                y: placed.unplaced.top,
                text: unplacedCaption(placed.unplaced.count),
              }
            : null,
        });
        await moveTo(placed.targets);
        if (current === 'geographic') renderer.sigma.setCustomBBox(placed.bbox);
      } else if (layout === 'circular') {
        const targets = circularLayout(project);
        await moveTo(targets);
        if (current !== 'circular') return;
        // Room around the circle for the county names and the outer nodes' labels.
        await renderer.sigma
          .getCamera()
          .animate({ x: 0.5, y: 0.5, ratio: ARC_NAME_DISTANCE + 0.3 }, { duration: 200 });
        if (current !== 'circular') return;
        renderer.labels.setAnnotations(
          countyArcNames(project, targets).map((a) => ({
            x: a.x,
            y: a.y,
            text: countyName(a.county),
          })),
        );
      } else if (kept) await moveTo(kept);
      else if (layout === 'noverlap') {
        const mirror = indexMirror(display);
        noverlap = new NoverlapLayout(mirror.graph, {
          settings: { ratio: 1.2, margin: 2 },
          onConverged: () => {
            noverlap?.kill();
            noverlap = null;
          },
        });
        noverlap.start();
      }
    },
    startForceAtlas2() {
      stopAll();
      startFa2();
    },
    stopForceAtlas2() {
      fa2?.stop();
    },
    kill() {
      cancelAnimation?.();
      fa2?.kill();
      noverlap?.kill();
      for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped'] as const)
        display.removeListener(event, onStructure);
    },
  };
}
