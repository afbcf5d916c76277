import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseValidateArgs, run } from '../../src/cli/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'rutas-validate-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('rutas validate', () => {
  it('parses its arguments', () => {
    expect(parseValidateArgs(['a.csv', '--mapping', 'm.json'])).toEqual({
      files: ['a.csv'],
      mapping: 'm.json',
    });
    expect(parseValidateArgs(['--report'])).toBe('--report needs a value');
    expect(parseValidateArgs([])).toBe('no FILE given');
  });

  it('exits 0 when every row loads, 1 with rejections (and writes the report), 2 when unreadable', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const ok = file('ok.csv', 'id,fecha,pais\n1,2024-01-05,COL\n2,2024-01-06,PER\n');
      expect(await run([ok])).toBe(0);
      expect(log.mock.calls.map((c) => c[0]).join('\n')).toMatch(/rows loaded\s+2/);
      const bad = file(
        'bad.csv',
        'id,fecha,pais\n1,2024-01-05,COL\n2,2024-01-06,Atlantis\n3,2999-01-01,PER\n',
      );
      const report = join(dir, 'rejected.csv');
      expect(await run([bad, '--report', report])).toBe(1);
      const lines = readFileSync(report, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('file,row,column,value,reason,message');
      expect(lines.slice(1).map((l) => l.split(',').slice(1, 5).join(','))).toEqual([
        '2,pais,Atlantis,country_unknown',
        '3,fecha,2999-01-01,date_future',
      ]);
      expect(await run([file('empty.csv', '')])).toBe(2);
      expect(err.mock.calls.map((c) => c[0]).join('\n')).toMatch(/empty\.csv is empty/);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });
});
