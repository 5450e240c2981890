export function GoalQuadrant() {
  return null;
}
