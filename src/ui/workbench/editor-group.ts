import { createContext, useContext } from 'react';

/** Which half of a split editor a view is in; ids of drag-and-drop items include it. */
export type EditorGroup = 'main' | 'side';
export const EditorGroupContext = createContext<EditorGroup>('main');
export const useEditorGroup = (): EditorGroup => useContext(EditorGroupContext);
