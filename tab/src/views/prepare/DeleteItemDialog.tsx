import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { AgendaItem } from '../../api/types';
import { useT } from '../../i18n/useT';

/** Asks before deleting: an agenda item is someone's thinking, and there is no undo. */
export function DeleteItemDialog(props: {
  item: AgendaItem;
  open: boolean;
  onConfirm(item: AgendaItem): void;
  onCancel(): void;
}) {
  const { t, locale } = useT();
  const { item } = props;
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface data-testid="delete-dialog">
        <DialogBody>
          <DialogTitle>{t('agenda.deleteTitle')}</DialogTitle>
          <DialogContent>{t('agenda.deleteBody', { theme: item.theme.label[locale] })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onConfirm(item)} data-testid="delete-confirm">
              {t('agenda.delete')}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
