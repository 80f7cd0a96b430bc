import { describe, expect, it } from 'vitest';
import { parseTenantHost } from '../../src/live/domain.js';

describe('parseTenantHost', () => {
  it.each([
    ['example.eu.auth0.com', 'example.eu.auth0.com'],
    ['Example.EU.auth0.com', 'example.eu.auth0.com'],
    ['  example.auth0.com ', 'example.auth0.com'],
    ['localhost:8443', 'localhost:8443'],
    ['127.0.0.1:3000', '127.0.0.1:3000'],
    ['https://example.auth0.com', 'example.auth0.com'],
    ['https://example.auth0.com/', 'example.auth0.com'],
    ['https://login.example.com:443', 'login.example.com:443'],
  ])('accepts %j as %j', (value, hostPort) => {
    expect(parseTenantHost(value, '--domain').hostPort).toBe(hostPort);
  });

  it.each([
    ['', /is empty/],
    ['http://example.auth0.com', /"http:\/\/" is not accepted/],
    ['ftp://example.auth0.com', /not accepted/],
    ['https://example.auth0.com/api/v2/', /without a path/],
    ['example.auth0.com/api', /without a path/],
    ['https://user:pw@example.auth0.com', /must not contain credentials/],
    ['user@example.auth0.com', /must not contain credentials/],
    ['example.auth0.com?x=1', /without a path, query/],
    ['example.auth0.com#x', /without a path, query/],
    ['example.auth0.com:0', /invalid port/],
    ['example.auth0.com:70000', /invalid port/],
    ['example.auth0.com:', /not a valid host name/],
    ['-bad.auth0.com', /not a valid host name/],
    ['exa mple.auth0.com', /not a valid host name/],
    ['999.1.1.1', /not a valid host name/],
    ['a..b', /not a valid host name/],
  ])('refuses %j', (value, message) => {
    expect(() => parseTenantHost(value, '--domain')).toThrow(message);
  });

  it('never echoes credentials back in its message', () => {
    /* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design */
    expect(() => parseTenantHost('https://admin:hunter2@example.auth0.com', '--domain')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
    /* eslint-enable @typescript-eslint/no-unsafe-assignment */
  });
});
