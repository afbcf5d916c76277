import { describe, expect, it } from 'vitest';
import {
  coordinateMode,
  dateFormats,
  fieldColumn,
  setCoordinates,
  setDropped,
  setFieldColumn,
  setFieldOptions,
  setGrid,
  setSexAge,
} from '../../../../src/app/ingest/mapping-edit.ts';
import type { ColumnMapping } from '../../../../src/ingest/mapping/types.ts';
import { isColumnMapping } from '../../../../src/ingest/mapping/validate-mapping.ts';

const base: ColumnMapping = { version: 1, recordLevel: 'incident', fields: { country: { column: 'País' } } };

describe('mapping edits', () => {
  it('points a field at a column and keeps its options; "" removes it', () => {
    const withValues = setFieldOptions(base, 'country', { values: { Perusia: 'PER' } });
    const moved = setFieldColumn(withValues, 'country', 'Pais destino');
    expect(moved.fields.country).toEqual({ column: 'Pais destino', values: { Perusia: 'PER' } });
    expect(fieldColumn(moved, 'country')).toBe('Pais destino');
    expect(setFieldColumn(moved, 'country', '').fields.country).toBeUndefined();
    expect(base.fields.country).toEqual({ column: 'País' });
  });

  it('drops empty options instead of saving empty lists', () => {
    const m = setFieldColumn(base, 'date', 'Fecha');
    const custom = setFieldOptions(m, 'date', { formats: ['%m/%d/%Y'] });
    expect(dateFormats(custom)).toEqual(['%m/%d/%Y']);
    const auto = setFieldOptions(custom, 'date', { formats: [] });
    expect(auto.fields.date).toEqual({ column: 'Fecha' });
    expect(isColumnMapping(auto)).toBe(true);
  });

  it('switches coordinates between two columns and one combined column', () => {
    const pair = setCoordinates(base, 'pair', { lat: 'Latitud', lon: 'Longitud' });
    expect(coordinateMode(pair)).toBe('pair');
    const combined = setCoordinates(pair, 'combined', { combined: 'Coordenadas', order: 'lon_lat' });
    expect(combined.fields.lat).toBeUndefined();
    expect(combined.fields.coordinates).toEqual({ column: 'Coordenadas', order: 'lon_lat' });
    expect(coordinateMode(setCoordinates(combined, 'none', {}))).toBe('none');
  });

  it('ticks and unticks dropped columns', () => {
    const dropped = setDropped(setDropped(base, 'Nombre', true), 'DNI', true);
    expect(dropped.drop).toEqual(['Nombre', 'DNI']);
    expect(setDropped(setDropped(dropped, 'Nombre', false), 'DNI', false).drop).toBeUndefined();
  });

  it('person-level sex/age rules make the mapping person-level', () => {
    const person = setSexAge(base, { mode: 'person', sex: { column: 'Sexo' } });
    expect(person.recordLevel).toBe('person');
    const counts = setSexAge(person, { mode: 'columns', women: { column: 'Mujeres' } });
    expect(counts.recordLevel).toBe('incident');
    expect(setSexAge(counts, undefined).sexAge).toBeUndefined();
    expect(isColumnMapping(person)).toBe(true);
  });

  it('keeps the default grid implicit', () => {
    expect(setGrid(base, 0.05).coordinateGrid).toBe(0.05);
    expect('coordinateGrid' in setGrid(setGrid(base, 0.05), 0.01)).toBe(false);
  });
});
