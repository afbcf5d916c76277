import { describe, expect, it } from 'vitest';
import { matchHeaders, proposeMapping } from '../../../src/ingest/auto-map.ts';

describe('auto-mapping', () => {
  it('recognises Spanish, Portuguese and English headers', () => {
    const es = matchHeaders([
      'Fecha',
      'País',
      'Tipo de delito',
      'Nacionalidad',
      'Latitud',
      'Longitud',
      'Departamento',
    ]);
    expect(Object.fromEntries(es)).toEqual({
      date: 'Fecha',
      country: 'País',
      crime_type: 'Tipo de delito',
      nationality: 'Nacionalidad',
      lat: 'Latitud',
      lon: 'Longitud',
      admin1: 'Departamento',
    });
    const pt = matchHeaders(['data', 'idade', 'país de exploração', 'nacionalidade']);
    expect(Object.fromEntries(pt)).toEqual({
      date: 'data',
      age: 'idade',
      country: 'país de exploração',
      nationality: 'nacionalidade',
    });
  });
  it('proposes a person-level mapping for sex + age columns', () => {
    const m = proposeMapping(['año', 'sexo', 'edad', 'pais']);
    expect(m.recordLevel).toBe('person');
    expect(m.sexAge).toEqual({ mode: 'person', sex: { column: 'sexo' }, age: { column: 'edad' } });
    expect(m.fields.date).toEqual({ column: 'año' });
  });
  it('proposes count columns and a coordinates column', () => {
    const m = proposeMapping(['id', 'fecha', 'coordenadas', 'mujeres', 'niñas']);
    expect(m.fields.coordinates).toEqual({ column: 'coordenadas' });
    expect(m.sexAge).toEqual({ mode: 'columns', women: { column: 'mujeres' }, girls: { column: 'niñas' } });
  });
});
