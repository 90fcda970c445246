import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITTED_NGINX_CONF, nginxServerBlock, PRODUCTION_SERVER } from '../../tools/deploy/nginx-config.ts';

describe('nginx configuration', () => {
  it('the committed deploy/nginx/tin-ha-noi.conf is what the generator writes', () => {
    const committed = readFileSync(new URL(`../../${COMMITTED_NGINX_CONF}`, import.meta.url), 'utf8');
    expect(committed).toBe(nginxServerBlock(PRODUCTION_SERVER));
  });
  it('sends every security header in every location, since nginx does not inherit add_header', () => {
    const conf = nginxServerBlock({ root: '/srv', listen: '80', serverName: 'x' });
    const locations = conf.split('location ').slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(6);
    for (const block of locations) expect(block).toContain('add_header Content-Security-Policy');
  });
});
