import { describe, expect, it } from 'vitest';
import { urlNoticeOf } from '../../../src/app/saved/use-url-sync.ts';
import { decodeView, encodeView } from '../../../src/state/url-state.ts';
import { DEFAULT_VIEW } from '../../../src/state/view-config.ts';
import { validateViewConfig } from '../../../src/state/view-config-schema.ts';

const FP = '3fa2b9c01d4e';

describe('flow ends in the view state', () => {
  it('goes into the URL only when not the default, and comes back', () => {
    expect(encodeView(DEFAULT_VIEW, FP)).not.toContain('fe=');
    const hash = encodeView({ ...DEFAULT_VIEW, flowEnds: 'admin1' }, FP);
    expect(hash).toContain('&fe=admin1&');
    const decoded = decodeView(hash);
    expect(decoded.view?.flowEnds).toBe('admin1');
    expect(decoded.problems).toEqual([]);
  });

  it('reads links made before the switch existed as country ends', () => {
    const decoded = decodeView('v=1&ly=ifc&fs=crime_type&cam=-62,8,2&k=5');
    expect(decoded.view?.flowEnds).toBe('country');
    expect(decoded.problems).toEqual([]);
  });

  it('drops an unknown value and names the part in the notice', () => {
    const decoded = decodeView('v=1&fe=province');
    expect(decoded.view?.flowEnds).toBe('country');
    expect(decoded.problems).toEqual([{ part: 'flowEnds', code: 'invalid' }]);
    expect(urlNoticeOf(decoded, FP)?.dropped).toEqual(['flowEnds']);
  });

  it('validates saved views and decks: absent is the default, a wrong value is reported', () => {
    const { flowEnds: _, ...old } = DEFAULT_VIEW;
    expect(validateViewConfig(old)).toEqual({ view: DEFAULT_VIEW, problems: [] });
    const admin1 = validateViewConfig({ ...DEFAULT_VIEW, flowEnds: 'admin1' });
    expect(admin1?.view.flowEnds).toBe('admin1');
    const wrong = validateViewConfig({ ...DEFAULT_VIEW, flowEnds: 3 });
    expect(wrong?.view.flowEnds).toBe('country');
    expect(wrong?.problems).toEqual([{ part: 'flowEnds', code: 'invalid' }]);
  });
});
