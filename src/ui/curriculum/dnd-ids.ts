/** Ids of draggables and drop targets; one DndContext spans the library side bar and the editor. */
export type DragItem =
  | { type: 'card'; cardId: string }
  | { type: 'module'; moduleId: string }
  /** A block, and the drop id of the list it is dragged from. */
  | { type: 'block'; key: string; blockId: string; list?: string };
/** Days and the parking area are the drop targets; where in the list a drop lands, the pointer says. */
export type DropTarget =
  | { type: 'container'; key: string; container: 'day'; dayId: string; empty: boolean }
  | { type: 'container'; key: string; container: 'parking'; empty: boolean };

export const cardDragId = (cardId: string) => `card:${cardId}`;
export const moduleDragId = (moduleId: string) => `module:${moduleId}`;
/** One draggable per list stands for whichever of its blocks is grabbed. */
export const listDragId = (dropId: string) => `drag:${dropId}`;
/**
 * Area ids carry the editor group, so one curriculum can be open in both halves of a split editor; what
 * a drop means comes from the item's data, never from its id.
 */
export const dayDropId = (group: string, dayId: string) => `${group}:day:${dayId}`;
export const parkingDropId = (group: string, key: string) => `${group}:parking:${key}`;
