import type { Point } from '../../core/export/types.ts';
import type { ScopeMembers } from '../../core/scope/scope.ts';

/** How far past the county's own actors a partner may sit and still be framed, by their extent. */
const REACH = 0.25;

/**
 * The nodes the camera fits for a county: its own actors, and the partners outside that sit
 * among or close to them. National partners tied to many counties sit far away in the layout;
 * framing them too would shrink the county to a corner, so they are left to the edge.
 */
export function scopeFrameNodes(
  members: ScopeMembers,
  position: (id: string) => Point | undefined,
): string[] {
  const own = [...members.inside].flatMap((id) => {
    const p = position(id);
    return p ? [{ id, ...p }] : [];
  });
  if (own.length === 0) return [...members.inside];
  const xs = own.map((p) => p.x);
  const ys = own.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = Math.max(x1 - x0, y1 - y0) * REACH;
  const near = [...members.partners].filter((id) => {
    const p = position(id);
    return (
      p !== undefined &&
      p.x >= x0 - margin &&
      p.x <= x1 + margin &&
      p.y >= y0 - margin &&
      p.y <= y1 + margin
    );
  });
  return [...own.map((p) => p.id), ...near];
}
