import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { computeAppearance } from '../appearance/appearance.ts';
import { drawnChange, endedTies, laterPositionOf, type EndedTies } from '../change/change-look.ts';
import { clearToStage } from '../graph/canvas-layer.ts';
import { endedTieShapes } from '../graph/change-layer.ts';
import { scopeLegend } from '../scope/scope-legend.ts';
import type { GraphSigma, Stage } from '../graph/stage.ts';
import { WEBGL_NODE_TYPE } from '../graph/node-layer.ts';
import { shownTies } from '../graph/ties.ts';
import type { Store } from '../state/store.ts';
import type { Story } from '../views/story.ts';
import type { AnalysisStrings } from '../../i18n/analysis.ts';
import type { AppText } from '../../i18n/app.ts';
import type { Lang } from '../../i18n/lang.ts';
import { canvasMeasure, type Drawing } from './drawing.ts';
import { changeLegendModel, legendModel } from './legend-model.ts';
import { overlayShapes } from './overlay.ts';
import { paint } from './paint.ts';
import { labelShapes, sceneShapes } from './scene-drawing.ts';
import { drawingToSvg } from './svg.ts';

export type ImageScale = 1 | 2 | 3;
export const IMAGE_SCALES: readonly ImageScale[] = [1, 2, 3];

const BACKGROUND = '#ffffff';

interface Texts {
  t: AppText;
  a: AnalysisStrings;
  lang: Lang;
  /** Said in the picture when it shows the demo's fictitious data. */
  marker: string | null;
}

/** The current view as SVG: the graph as sigma shows it, then the caption and the legends. */
export function viewSvg(store: Store, stage: Stage, story: Story, texts: Texts): string | null {
  const sigma = stage.sigma.peek();
  const overlay = overlayFor(store, story, texts, sigma, 1);
  if (!sigma || !overlay) return null;
  const { width, height } = sigma.getDimensions();
  const over = overlay(width, height);
  const ended = shownChange(store);
  const drawing: Drawing = {
    width,
    height,
    background: BACKGROUND,
    shapes: [...sceneShapes(sigma, over, ended ? endedTieShapes(sigma, ended) : []), ...over],
  };
  return drawingToSvg(drawing);
}

/** The ties that ended, while the graph draws a change of this network; else null. */
function shownChange(store: Store): EndedTies | null {
  const change = drawnChange(store);
  return change && endedTies(change);
}

/**
 * The current view as PNG at `scale` times the screen size: sigma redraws the same camera on a
 * larger canvas with sizes and labels scaled alike, then the caption and legend are painted on.
 */
export async function viewPng(
  store: Store,
  stage: Stage,
  story: Story,
  texts: Texts,
  scale: ImageScale,
): Promise<Blob | null> {
  const sigma = stage.sigma.peek();
  const overlay = overlayFor(store, story, texts, sigma, scale);
  if (!sigma || !overlay) return null;
  const { width, height } = sigma.getDimensions();
  const ended = shownChange(store);
  /** The picture's layers, bottom to top: filled in once its renderer has made them all. */
  const layers: string[] = [];
  const canvas = await drawOnCanvas(sigma as unknown as Sigma, {
    width: width * scale,
    height: height * scale,
    backgroundColor: BACKGROUND,
    sigmaSettings: scaledSettings(sigma, scale),
    layers,
    // Sigma's graph may hold the nodes only (a large network's ties are the tie layer's): the
    // picture's renderer is given the whole display graph, and draws every tie.
    withTempRenderer: (renderer) => {
      const whole = shownTies(sigma).graph();
      if (renderer.getGraph() !== whole) renderer.setGraph(whole);
      const drawn = renderer as unknown as GraphSigma;
      // The ties that ended, dashed between the ties and the nodes, as on screen.
      if (ended) {
        const context = drawn
          .createCanvas('removed-ties', { beforeLayer: 'nodes' })
          .getContext('2d');
        if (context) {
          clearToStage(drawn, context);
          paint(context, endedTieShapes(drawn, ended, scale));
        }
      }
      layers.push(...stackingOrder(drawn));
    },
  });
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const ratio = canvas.width / (width * scale);
  ctx.scale(ratio, ratio);
  const over = overlay(width * scale, height * scale);
  paint(ctx, [...labelShapes(sigma, scale, over), ...over]);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * The renderer's canvases in the order they are stacked on the page: the picture composes them
 * in that order (by default, in the order they were made: a layer put between two would be
 * drawn over all).
 */
function stackingOrder(sigma: GraphSigma): string[] {
  const byElement = new Map<Element, string>(
    Object.entries(sigma.getCanvases()).map(([id, canvas]) => [canvas, id]),
  );
  return [...sigma.getContainer().children].flatMap((el) => {
    const id = byElement.get(el);
    return id === undefined ? [] : [id];
  });
}

function overlayFor(
  store: Store,
  story: Story,
  texts: Texts,
  sigma: GraphSigma | null,
  scale: number,
) {
  const project = store.project.peek();
  if (!sigma || !project) return null;
  const colourBy = store.colourBy.peek();
  // While a change of this network is drawn: the later period's positions, as on screen.
  const change = drawnChange(store);
  const appearance = computeAppearance(
    project,
    colourBy,
    store.sizeBy.peek(),
    change ? laterPositionOf(change, project) : undefined,
  );
  const legend = legendModel(
    project,
    {
      ...appearance,
      legend: scopeLegend(project, appearance.legend, appearance.fill, store).legend,
    },
    colourBy,
    texts,
  );
  const caption = story.caption.peek();
  const measure = canvasMeasure();
  const changeLegend = change
    ? changeLegendModel(change, colourBy.by === 'position', texts.lang)
    : null;
  return (width: number, height: number) =>
    overlayShapes(legend, caption, { width, height }, scale, measure, texts.marker, changeLegend);
}

/** Node sizes and edge widths grow with the picture, so it looks like the screen. */
function scaledSettings(sigma: GraphSigma, scale: number): Partial<Settings> {
  const zoomToSize = sigma.getSetting('zoomToSizeRatioFunction');
  return {
    // The padding scales too, or the nodes would not sit where the labels placed beside them expect.
    stagePadding: sigma.getSetting('stagePadding') * scale,
    zoomToSizeRatioFunction: (ratio: number) => zoomToSize(ratio) / scale,
    // The image draws every tie itself, also those the tie layer draws on screen.
    defaultEdgeType: 'line',
    // And every node, also those the node layer draws on screen.
    defaultNodeType: WEBGL_NODE_TYPE,
    // Which the layers order themselves on screen.
    zIndex: true,
  };
}
