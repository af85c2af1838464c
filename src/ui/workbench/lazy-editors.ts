import { lazy } from 'react';

// Every editor but the welcome page loads on first open, so the first screen does not download CodeMirror,
// the compare view, the settings, the handout preview and the rest. Vite gives each its own file.
export const CurriculumEditor = lazy(() => import('../curriculum/CurriculumEditor').then((module) => ({ default: module.CurriculumEditor })));
export const CardEditor = lazy(() => import('../views/CardEditor').then((module) => ({ default: module.CardEditor })));
export const KeybindingsEditor = lazy(() => import('../commands/KeybindingsEditor').then((module) => ({ default: module.KeybindingsEditor })));
export const SettingsEditor = lazy(() => import('../settings/SettingsEditor').then((module) => ({ default: module.SettingsEditor })));
export const ExportEditor = lazy(() => import('../export/ExportEditor').then((module) => ({ default: module.ExportEditor })));
export const CompareTab = lazy(() => import('../compare/CompareTab').then((module) => ({ default: module.CompareTab })));
export const PackImportEditor = lazy(() => import('../library/PackImportEditor').then((module) => ({ default: module.PackImportEditor })));
export const LiveEditor = lazy(() => import('../live/LiveEditor').then((module) => ({ default: module.LiveEditor })));
export const TeamConflictsEditor = lazy(() => import('../team/TeamConflictsEditor').then((module) => ({ default: module.TeamConflictsEditor })));
