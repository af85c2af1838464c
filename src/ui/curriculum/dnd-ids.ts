/** Ids of draggables and drop targets; one DndContext spans the library side bar and the editor. */
export type DragItem = { type: 'card'; cardId: string } | { type: 'module'; moduleId: string } | { type: 'block'; key: string; blockId: string };
export type DropTarget =
  | { type: 'block'; key: string; blockId: string }
  | { type: 'container'; key: string; container: 'day'; dayId: string; empty: boolean }
  | { type: 'container'; key: string; container: 'parking'; empty: boolean };

export const cardDragId = (cardId: string) => `card:${cardId}`;
export const moduleDragId = (moduleId: string) => `module:${moduleId}`;
/**
 * Block and area ids carry the editor group, so one curriculum can be open in both halves of a split
 * editor; what a drop means comes from the item's data, never from its id.
 */
export const blockDragId = (group: string, blockId: string) => `${group}:block:${blockId}`;
export const dayDropId = (group: string, dayId: string) => `${group}:day:${dayId}`;
export const parkingDropId = (group: string, key: string) => `${group}:parking:${key}`;
