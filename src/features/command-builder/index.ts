/**
 * The command builder's public face: what src/app composes into pages. The app loads this module
 * lazily (src/app/routes/lazy-command-builder.tsx), so nothing here weighs on the entry chunk.
 */
export { CommandBlock } from './components/CommandBlock';
export { CommandInputsFor } from './components/CommandInputsPanel';
export { FixCommandTools } from './components/FixCommandTools';
export type { PowerShellFixLink } from './components/PowerShellAlternative';
