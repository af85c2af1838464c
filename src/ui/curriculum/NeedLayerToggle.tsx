import { NEED_LAYERS } from '../../core';
import { useLayout } from '../app/context';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';

/**
 * Whose needs the balance shows: the participants' in the training (the default, what a trainer designs)
 * or the clients' when the techniques are used in a conversation. Kept in the workbench layout, so the day
 * bars and Insights agree and the choice survives a restart.
 */
export function NeedLayerToggle() {
  const { t } = useI18n();
  const { dispatch } = useWorkbench();
  const layer = useLayout((state) => state.needLayer);
  return (
    <fieldset className="need-layer-toggle">
      <legend>{t('needLayer.label')}</legend>
      {NEED_LAYERS.map((option) => (
        <label key={option}>
          <input type="radio" name="need-layer" value={option} checked={layer === option} onChange={() => dispatch({ type: 'show-need-layer', layer: option })} />
          {t(`needLayer.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
