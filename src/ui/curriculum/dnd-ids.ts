/** Ids of draggables and drop targets; one DndContext spans the library side bar and the editor. */
export type DragItem = { type: 'card'; cardId: string } | { type: 'module'; moduleId: string } | { type: 'block'; key: string; blockId: string };
export type DropTarget =
  | { type: 'block'; key: string; blockId: string }
  | { type: 'container'; key: string; container: 'day'; dayId: string; empty: boolean }
  | { type: 'container'; key: string; container: 'parking'; empty: boolean };

export const cardDragId = (cardId: string) => `card:${cardId}`;
export const moduleDragId = (moduleId: string) => `module:${moduleId}`;
export const blockDragId = (blockId: string) => `block:${blockId}`;
export const dayDropId = (dayId: string) => `day:${dayId}`;
export const parkingDropId = (key: string) => `parking:${key}`;
