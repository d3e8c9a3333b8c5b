/**
 * The command builder's public face: what src/app composes into pages. The app loads this module
 * lazily (src/app/routes/lazy-command-builder.tsx), so nothing here weighs on the entry chunk.
 */
export { CommandBlock } from './components/command-block';
export { CommandInputsFor } from './components/command-inputs-panel';
export { FixCommandTools } from './components/fix-command-tools';
export { PrintedValues } from './components/printed-values';
export type { PowerShellFixLink } from './components/powershell-alternative';
