import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { TEXT_LIMITS } from '../../api/limits';
import type { CatalogKind, LocalizedText } from '../../api/types';
import { useT } from '../../i18n/useT';
import { LimitedTextField } from '../../textField/LimitedTextField';
import { LimitedTextInput } from '../../textField/LimitedTextInput';
import { type DraftEntry, fieldKey, HAS_DESCRIPTION, PERMANENT_IDS } from './catalogDraft';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
    // Japanese beside English: two columns at most, one in a narrow panel.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** One active entry: its names and description in both languages, its place, and removing it. */
export function CatalogEntryEditor(props: {
  kind: CatalogKind;
  entry: DraftEntry;
  index: number;
  count: number;
  errors: Map<string, string>;
  onChange(entry: DraftEntry): void;
  onMove(delta: -1 | 1): void;
  onRetire(): void;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const { entry, kind, index } = props;
  const name =
    entry.label[locale].trim() || entry.label.ja.trim() || entry.label.en.trim() || t('admin.newEntry');
  const error = (path: string) => props.errors.get(fieldKey(kind, index, path));
  const headingId = `entry-${entry.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const setLabel = (label: LocalizedText) => props.onChange({ ...entry, label });
  const description = entry.description ?? { ja: '', en: '' };
  const setDescription = (next: LocalizedText) => props.onChange({ ...entry, description: next });
  const permanent = entry.id !== null && PERMANENT_IDS[kind].includes(entry.id);

  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="catalog-entry">
      <Text as="h3" weight="semibold" id={headingId} className={styles.title}>
        {t('admin.entryLabel', { n: index + 1, name })}
      </Text>
      {(error('id') ?? null) && (
        <Text role="alert" className={styles.muted}>
          {error('id')}
        </Text>
      )}
      <div className={styles.grid}>
        <LimitedTextInput
          label={t('admin.labelJa')}
          required
          validationMessage={error('label.ja')}
          lang="ja"
          value={entry.label.ja}
          limit={TEXT_LIMITS.catalogLabel}
          onChange={(value) => setLabel({ ...entry.label, ja: value })}
          testId="label-ja"
        />
        <LimitedTextInput
          label={t('admin.labelEn')}
          required
          validationMessage={error('label.en')}
          lang="en"
          value={entry.label.en}
          limit={TEXT_LIMITS.catalogLabel}
          onChange={(value) => setLabel({ ...entry.label, en: value })}
          testId="label-en"
        />
        {HAS_DESCRIPTION[kind] && (
          <>
            <LimitedTextField
              label={t('admin.descriptionJa')}
              hint={
                kind === 'themes'
                  ? t('admin.descriptionHelp.themes')
                  : t('admin.descriptionHelp.expectedResponses')
              }
              validationMessage={error('description.ja')}
              lang="ja"
              value={description.ja}
              limit={TEXT_LIMITS.catalogDescription}
              onChange={(value) => setDescription({ ...description, ja: value })}
              testId="description-ja"
            />
            <LimitedTextField
              label={t('admin.descriptionEn')}
              validationMessage={error('description.en')}
              lang="en"
              value={description.en}
              limit={TEXT_LIMITS.catalogDescription}
              onChange={(value) => setDescription({ ...description, en: value })}
              testId="description-en"
            />
          </>
        )}
      </div>
      {HAS_DESCRIPTION[kind] && (
        <Text size={200} className={styles.muted}>
          {kind === 'themes'
            ? t('admin.descriptionHelp.themes')
            : t('admin.descriptionHelp.expectedResponses')}
        </Text>
      )}
      {permanent && (
        <Text size={200} className={styles.muted}>
          {t('admin.permanent')}
        </Text>
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="subtle"
          disabled={index === 0}
          aria-label={t('admin.moveUp', { name })}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={index === props.count - 1}
          aria-label={t('admin.moveDown', { name })}
          onClick={() => props.onMove(1)}
        >
          ↓
        </Button>
        {!permanent && (
          <Button size="small" appearance="secondary" onClick={props.onRetire} data-testid="entry-retire">
            {t('admin.retire', { name })}
          </Button>
        )}
      </div>
    </Card>
  );
}
