import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has safe defaults: localhost, port 3000, embedded database in ./data', () => {
    expect(loadConfig({})).toEqual({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'info' });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/rodtrad',
      DATABASE_URL: 'postgres://db/rodtrad',
      LOG_LEVEL: 'warn',
    });
    expect(config).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/rodtrad',
      DATABASE_URL: 'postgres://db/rodtrad',
      LOG_LEVEL: 'warn',
    });
  });

  it('names each bad variable in one message', () => {
    const attempt = () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });
});
