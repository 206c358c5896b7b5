import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { actionItemsText } from '../../i18n/actionItems';
import { useNamespace } from '../../i18n/useT';
import type { ActionItemView } from './actionItemsApi';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    paddingInlineStart: '28px',
  },
  // Its own mark rather than the side panel's StatusPill, so this lazily loaded list shares no
  // module with the panel's first paint (a shared one would split off and grow it).
  overdue: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalXS,
  },
  done: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
});

/**
 * Action items with who and by when; overdue ones are marked. With `onToggle` each has a checkbox
 * either person may tick; without, the list is read-only (the preparation page, the preview).
 * `controls` adds each item's buttons (edit, delete), and `editorFor` shows an item being edited
 * in its place.
 */
export function ActionItemList(props: {
  items: readonly ActionItemView[];
  names: { member: string; manager: string };
  onToggle?: (item: ActionItemView, done: boolean) => void;
  busy?: ReadonlySet<string>;
  controls?: (item: ActionItemView) => ReactNode;
  editorFor?: (item: ActionItemView) => ReactNode | null;
  testId?: string;
}) {
  const styles = useStyles();
  const { t } = useNamespace(actionItemsText);
  return (
    <ul className={styles.list} data-testid={props.testId ?? 'action-items'}>
      {props.items.map((item) => {
        const editor = props.editorFor?.(item) ?? null;
        return (
          <li key={item.id} className={styles.item} data-testid="action-item" data-done={item.done}>
            {editor !== null ? (
              editor
            ) : (
              <>
                {props.onToggle === undefined ? (
                  <span className={item.done ? styles.done : undefined}>{item.text}</span>
                ) : (
                  <Checkbox
                    checked={item.done}
                    disabled={props.busy?.has(item.id)}
                    label={<span className={item.done ? styles.done : undefined}>{item.text}</span>}
                    aria-label={t('actions.doneLabel', { text: item.text })}
                    onChange={(_, data) => props.onToggle?.(item, data.checked === true)}
                    data-testid="action-item-check"
                  />
                )}
                <div className={styles.meta}>
                  <Caption1>
                    {t(`actions.owner.${item.ownerRole}`, { name: props.names[item.ownerRole] })}
                  </Caption1>
                  {item.dueDate !== null && <Caption1>{t('actions.due', { date: item.dueDate })}</Caption1>}
                  {item.overdue && (
                    <Caption1 className={styles.overdue} data-testid="action-item-overdue">
                      {t('actions.overdue')}
                    </Caption1>
                  )}
                  {item.carried && !item.done && <Caption1>{t('actions.carried')}</Caption1>}
                  {props.controls?.(item)}
                </div>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
