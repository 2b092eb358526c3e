import { describe, expect, it } from 'vitest';
import { bufferIo } from '../cli-io';
import { ProgressBar, progressBarOn, progressLine } from './progress-bar';

describe('progressLine', () => {
  it('draws a bar with done/total when the total is known, else a count', () => {
    expect(progressLine({ phase: 'backlog', done: 12, total: 48 })).toBe(
      `backlog  [${'#'.repeat(6)}${'·'.repeat(18)}]  12/48 (25 %)`,
    );
    expect(progressLine({ phase: 'reading GitHub', done: 7, total: null })).toBe('reading GitHub  7');
    expect(progressLine({ phase: 'starting', done: 0, total: null })).toBe('starting');
    expect(progressLine({ phase: 'roadmap', done: 0, total: 0 })).toContain('0/0 (100 %)');
  });
});

describe('ProgressBar', () => {
  it('redraws one line in place on a terminal and clears it at the end', () => {
    let written = '';
    const bar = new ProgressBar({ write: (t) => void (written += t), tty: true, columns: 30 });
    bar.update({ phase: 'portfolio', done: 1, total: 2 });
    bar.update({ phase: 'portfolio', done: 1, total: 2 });
    bar.update({ phase: 'a phase with a very long name indeed', done: 3, total: null });
    bar.finish();
    expect(written).not.toContain('\n');
    const draws = written.split('\r').filter(Boolean);
    expect(draws).toEqual([
      `${progressLine({ phase: 'portfolio', done: 1, total: 2 }).slice(0, 28)}…\x1b[K`,
      'a phase with a very long nam…\x1b[K',
      '\x1b[K',
    ]);
  });

  it('prints a line per phase in a log, and the same phase again only after the interval', () => {
    let now = 0;
    let written = '';
    const bar = new ProgressBar({
      write: (t) => void (written += t),
      tty: false,
      now: () => now,
      logEveryMs: 5_000,
    });
    bar.update({ phase: 'reading GitHub', done: 0, total: null });
    now = 1_000;
    bar.update({ phase: 'reading GitHub', done: 40, total: null });
    now = 6_000;
    bar.update({ phase: 'reading GitHub', done: 90, total: null });
    now = 6_500;
    bar.update({ phase: 'backlog', done: 0, total: 10 });
    bar.update({ phase: 'backlog', done: 5, total: 10 });
    bar.finish();
    expect(written.split('\n')).toEqual([
      'reading GitHub',
      'reading GitHub  90',
      progressLine({ phase: 'backlog', done: 0, total: 10 }),
      '',
    ]);
    expect(written).not.toContain('\r');
  });

  it('does not redraw in place when writing to a buffer, whatever the terminal', () => {
    const io = bufferIo();
    const bar = progressBarOn(io);
    bar.update({ phase: 'portfolio', done: 1, total: 4 });
    bar.finish();
    expect(io.stderr()).toBe(`${progressLine({ phase: 'portfolio', done: 1, total: 4 })}\n`);
    expect(io.stdout()).toBe('');
  });
});
