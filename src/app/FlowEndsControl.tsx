import { useT } from '../i18n/use-t.ts';
import type { FlowEnds } from '../query/flows-query.ts';

/** Props of the flow ends switch. */
export interface FlowEndsControlProps {
  value: FlowEnds;
  onChange: (ends: FlowEnds) => void;
}

/**
 * Chooses where flows end: at the destination country, or at the admin-1 unit (state,
 * province, department) of detection where the data records one. Sits in the legend under
 * the flow colour switch; the hint says what "where the data has it" means.
 */
export function FlowEndsControl({ value, onChange }: FlowEndsControlProps) {
  const { t } = useT('map');
  return (
    <label className="split" title={t('flowEnds.hint')} style={{ flexWrap: 'wrap' }}>
      <span>{t('flowEnds.label')}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value === 'admin1' ? 'admin1' : 'country')}
        data-testid="flow-ends"
        style={{ maxWidth: '100%' }}
      >
        <option value="country">{t('flowEnds.country')}</option>
        <option value="admin1">{t('flowEnds.admin1')}</option>
      </select>
    </label>
  );
}
