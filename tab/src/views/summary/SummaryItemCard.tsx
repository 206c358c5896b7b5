import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { summaryText } from '../../i18n/summary';
import { useNamespace } from '../../i18n/useT';
import { LimitedTextField } from '../../textField/LimitedTextField';
import { FitHint } from './FitHint';
import { SUMMARY_TEXT_LIMIT, type SummaryItem, type SummaryItemText } from './summaryApi';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  theirs: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

const FIELDS = ['said', 'decisions', 'actions'] as const;

/** One agenda item's summary: its talk shares, the manager's private fit hint and the three texts to edit. */
export function SummaryItemCard(props: {
  item: SummaryItem;
  text: SummaryItemText;
  /** The other person's saved version after a conflict: shown under each field, the editor's text kept. */
  theirs: SummaryItemText | null;
  isManager: boolean;
  disabled: boolean;
  onChange(text: SummaryItemText): void;
}) {
  const styles = useStyles();
  const { t, locale } = useNamespace(summaryText);
  const { item, text } = props;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const response = item.expectedResponse?.[locale] ?? '';
  const labels = {
    said: t('summary.said'),
    decisions: t('summary.decisions'),
    actions: t('summary.actions'),
  };
  return (
    <li className={styles.root} data-testid="summary-item">
      <Text className={styles.title}>{item.title[locale]}</Text>
      {item.expectedResponse && (
        <Caption1 className={styles.muted}>{t('summary.expected', { response })}</Caption1>
      )}
      <Caption1 className={styles.muted} data-testid="summary-talk">
        {item.talk === null
          ? t('summary.noTalk')
          : t('summary.talk', {
              manager: percent.format(item.talk.managerShare),
              member: percent.format(item.talk.memberShare),
            })}
      </Caption1>
      {props.isManager && item.fit !== null && <FitHint fit={item.fit} response={response} />}
      {FIELDS.map((field) => (
        <div key={field}>
          <LimitedTextField
            label={labels[field]}
            value={text[field]}
            limit={SUMMARY_TEXT_LIMIT}
            rows={field === 'said' ? 4 : 2}
            disabled={props.disabled}
            testId={`summary-${field}`}
            onChange={(value) => props.onChange({ ...text, [field]: value })}
          />
          {props.theirs !== null && props.theirs[field] !== text[field] && (
            <Text as="p" className={styles.theirs} data-testid={`summary-theirs-${field}`}>
              {t('summary.theirVersion')}: {props.theirs[field]}
            </Text>
          )}
        </div>
      ))}
    </li>
  );
}
