import { describe, expect, it } from 'vitest';
import { checkEngines } from '../../tools/setup/engines.mjs';

const astro = { version: '7.3.5', engines: { node: '>=22.12.0' } };

describe('checkEngines', () => {
  it('names each installed package (optional ones too) whose Node range excludes the Node it is given', () => {
    const packages = {
      '': { version: '0.1.0', engines: { node: '>=24 <25' } }, // the project itself, checked on its own
      'node_modules/astro': astro,
      'node_modules/a/node_modules/old': { version: '1.0.0', engines: { node: '^18 || ^20' } },
      'node_modules/@img/sharp-wasm32': { version: '0.34.5', engines: { node: '>=99' }, optional: true },
      'node_modules/legacy': { version: '0.0.1', engines: ['node >= 0.4'] },
      'node_modules/plain': { version: '2.0.0' },
    };
    expect(checkEngines(packages, 'v24.21.0')).toEqual({
      checked: 3,
      unsupported: ['old@1.0.0: node ^18 || ^20', '@img/sharp-wasm32@0.34.5: node >=99'],
    });
  });
  it('is the check npm makes, against another Node: on the machine Node 20, Astro is unsupported', () => {
    expect(checkEngines({ 'node_modules/astro': astro }, 'v20.20.2').unsupported).toEqual(['astro@7.3.5: node >=22.12.0']);
    expect(checkEngines({ 'node_modules/astro': astro }, 'v24.21.0').unsupported).toEqual([]);
  });
});
