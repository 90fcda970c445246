// @ts-check
// Which installed packages do not support a Node version, from npm's record of what it installed
// (node_modules/.package-lock.json: only packages on disk, optional ones included when present).
// Plain JavaScript, like check-engines.mjs, so that it loads on any Node.
import semver from 'semver';

/**
 * @typedef {{ version?: string, engines?: { node?: string } | string[], optional?: boolean }} LockedPackage
 * @typedef {{ checked: number, unsupported: string[] }} EngineReport
 */

/**
 * @param {Record<string, LockedPackage>} packages  npm's installed packages, by path ("" is the project itself)
 * @param {string} nodeVersion  e.g. "v24.21.0"
 * @returns {EngineReport}  "name@version: node <range>" for each package whose range excludes nodeVersion
 */
export function checkEngines(packages, nodeVersion) {
  /** @type {string[]} */
  const unsupported = [];
  let checked = 0;
  for (const [path, info] of Object.entries(packages)) {
    const range = Array.isArray(info.engines) ? undefined : info.engines?.node;
    if (!path || !range) continue;
    checked++;
    if (!semver.satisfies(nodeVersion, range, { includePrerelease: true })) {
      unsupported.push(`${path.replace(/^.*node_modules\//, '')}@${info.version}: node ${range}`);
    }
  }
  return { checked, unsupported };
}
