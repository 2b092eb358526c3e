import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError } from '../exit-codes';

/** Reads a secret such as a token, so it stays out of the shell's history. */
export type ReadSecret = (prompt: string) => Promise<string>;

type Input = NodeJS.ReadableStream & { isTTY?: boolean };

/**
 * At a terminal: writes the prompt to `err` and reads one line without echoing it. From a pipe or a
 * file (`rodtrad login < token.txt`, `pass show rodtrad | rodtrad login`): everything, trimmed.
 */
export function readSecretFrom(input: Input, err: (text: string) => void): ReadSecret {
  return async (prompt) => {
    if (!input.isTTY) {
      let text = '';
      for await (const chunk of input) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      return text.trim();
    }
    err(prompt);
    // readline echoes what is typed to its output; an output that drops everything hides the token.
    const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input, output: silent, terminal: true });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        rl.once('line', resolve);
        rl.once('close', () => reject(new UsageError('no token entered')));
        // Raw mode swallows Ctrl-C; without this listener readline would only pause.
        rl.once('SIGINT', () => reject(new UsageError('cancelled: no token entered')));
      });
      err('\n');
      return line.trim();
    } finally {
      rl.close();
    }
  };
}

export const readSecretFromStdin: ReadSecret = (prompt) =>
  readSecretFrom(process.stdin, (text) => void process.stderr.write(text))(prompt);
