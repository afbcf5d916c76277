import { describe, expect, it } from 'vitest';
import { sqlIdent, sqlNumber, sqlString, sqlStringList } from '../../../src/ingest/sql-literal.ts';

describe('sql literals', () => {
  it('doubles quotes and drops NUL', () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
    expect(sqlString("a\u0000'")).toBe("'a'''");
    expect(sqlIdent('Col "x"')).toBe('"Col ""x"""');
    expect(sqlStringList(['a', "b'"])).toBe("['a', 'b''']::VARCHAR[]");
  });
  it('refuses non-finite numbers', () => {
    expect(sqlNumber(0.01)).toBe('0.01');
    expect(() => sqlNumber(Number.NaN)).toThrow(RangeError);
  });
});
