import type { ProjectParts } from '../../core/project/create-project.ts';
import type { JsonObject } from '../../core/project/types.ts';
import { userRecord } from '../../core/model/user-record.ts';
import { currentPositions, type Stage } from '../graph/stage.ts';
import type { Store } from '../state/store.ts';
import { captureView } from '../views/capture-view.ts';
import type { Story } from '../views/story.ts';
import { viewToJson } from '../views/view-json.ts';

/** The project file's parts besides the graph: the current view, the edits, positions and the story. */
export function projectParts(
  store: Store,
  stage: Stage,
  story: Story,
): ProjectParts<JsonObject, JsonObject> {
  const baseline = store.baseline.peek();
  const settings: JsonObject = {
    view: viewToJson(captureView(store, stage.sigma.peek())),
    caption: story.caption.peek(),
    edits: store.edits.peek().map((edit) => ({ ...edit })),
  };
  return {
    report: baseline?.data.report ?? null,
    mapping: baseline?.data.saved?.mapping,
    settings,
    // A record without a prototype: an actor called "__proto__" is a key like any other.
    positions: userRecord(currentPositions(stage) ?? []),
    views: story.steps.peek().map((step) => ({
      name: step.name,
      caption: step.caption,
      state: viewToJson(step.state),
    })),
  };
}
