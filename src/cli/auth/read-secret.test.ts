import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../exit-codes';
import { readSecretFrom } from './read-secret';

describe('readSecretFrom', () => {
  it('reads a piped token whole and trimmed, without a prompt', async () => {
    const prompts: string[] = [];
    const read = readSecretFrom(Readable.from(['rdt_abc', 'def\n']), (text) => prompts.push(text));
    expect(await read('Token: ')).toBe('rdt_abcdef');
    expect(prompts).toEqual([]);
  });

  it('prompts at a terminal and does not echo what is typed', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    const written: string[] = [];
    const reading = readSecretFrom(input, (text) => written.push(text))('Token: ');
    input.write('rdt_secret\n');
    expect(await reading).toBe('rdt_secret');
    expect(written.join('')).toBe('Token: \n');
  });

  it('refuses when the terminal closes before a line', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    const reading = readSecretFrom(input, () => undefined)('Token: ');
    input.end();
    await expect(reading).rejects.toBeInstanceOf(UsageError);
  });
});
