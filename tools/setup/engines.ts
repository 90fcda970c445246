// Which installed packages do not support a Node version, from npm's record of an install
// (node_modules/.package-lock.json). Optional packages are skipped: npm leaves out those that do not fit.
import semver from 'semver';

export interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
}

export interface EngineReport {
  /** Packages that name a Node range. */
  checked: number;
  /** "name@version: node <range>" for each that excludes `nodeVersion`. */
  unsupported: string[];
}

export function checkEngines(packages: Record<string, LockedPackage>, nodeVersion: string): EngineReport {
  const unsupported: string[] = [];
  let checked = 0;
  for (const [path, info] of Object.entries(packages)) {
    const range = Array.isArray(info.engines) ? undefined : info.engines?.node;
    if (!path || info.optional || !range) continue;
    checked++;
    if (!semver.satisfies(nodeVersion, range, { includePrerelease: true })) {
      unsupported.push(`${path.replace(/^.*node_modules\//, '')}@${info.version}: node ${range}`);
    }
  }
  return { checked, unsupported };
}
