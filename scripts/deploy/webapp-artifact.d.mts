/** Builds the zip-deploy folder (default build/webapp) from a built, production-pruned checkout. */
export function buildWebappArtifact(root?: string, out?: string): string;
