import { useEffect } from 'react';
import { useApplication, useStore } from '../app/context';
import { useChoice } from '../components/ModalHost';
import { useI18n } from '../i18n';

/** Shows the application layer's questions (conflicts, unsaved changes) in the workbench's modal, translated. */
export function AppDialogs(): null {
  const app = useApplication();
  const pending = useStore(app.dialogs.store, (state) => state);
  const choose = useChoice();
  const { t } = useI18n();
  useEffect(() => {
    if (!pending) return;
    void choose({
      title: t(pending.title.key, pending.title.params),
      message: t(pending.message.key, pending.message.params),
      choices: pending.choices.map((choice) => ({ id: choice.id, label: t(choice.label.key, choice.label.params), danger: choice.danger, default: choice.default })),
    }).then((answer) => pending.answer(answer));
    // Each pending question is shown once; a language change meanwhile does not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);
  return null;
}
