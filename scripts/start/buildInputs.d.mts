export interface BuildTarget {
  name: 'server' | 'tab';
  /** Folders (relative to the repository root) whose files, all but tests, the build reads. */
  dirs: readonly string[];
  /** Single files the build reads. */
  files: readonly string[];
  /** Files that must exist after a build. */
  outputs: readonly string[];
  /** Where the finished build records the hash of its inputs. */
  stamp: string;
}

export const ROOT: string;
export const TARGETS: Record<'server' | 'tab', BuildTarget>;
export function hashInputs(target: BuildTarget, root?: string): Promise<string>;
export function staleReason(target: BuildTarget, inputs: string, root?: string): Promise<string | null>;
export function writeStamp(target: BuildTarget, inputs: string, root?: string): Promise<void>;
export function clearStamp(target: BuildTarget, root?: string): Promise<void>;
export function forgetCompileTimes(buildInfoFiles: readonly string[], root?: string): Promise<void>;
