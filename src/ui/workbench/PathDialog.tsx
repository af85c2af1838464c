/** The workbench mounts the browser edition's file dialog under its old name; see ../files/FileDialog. */
export { FileDialog as PathDialog } from '../files/FileDialog';
