import { Button, Card, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { CatalogKind, LocalizedText } from '../../api/types';
import { useT } from '../../i18n/useT';
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
        <Field label={t('admin.labelJa')} required validationMessage={error('label.ja')}>
          <Input
            lang="ja"
            value={entry.label.ja}
            maxLength={100}
            onChange={(_, data) => setLabel({ ...entry.label, ja: data.value })}
            data-testid="label-ja"
          />
        </Field>
        <Field label={t('admin.labelEn')} required validationMessage={error('label.en')}>
          <Input
            lang="en"
            value={entry.label.en}
            maxLength={100}
            onChange={(_, data) => setLabel({ ...entry.label, en: data.value })}
            data-testid="label-en"
          />
        </Field>
        {HAS_DESCRIPTION[kind] && (
          <>
            <Field
              label={t('admin.descriptionJa')}
              hint={
                kind === 'themes'
                  ? t('admin.descriptionHelp.themes')
                  : t('admin.descriptionHelp.expectedResponses')
              }
              validationMessage={error('description.ja')}
            >
              <Textarea
                lang="ja"
                value={description.ja}
                maxLength={300}
                resize="vertical"
                onChange={(_, data) => setDescription({ ...description, ja: data.value })}
              />
            </Field>
            <Field label={t('admin.descriptionEn')} validationMessage={error('description.en')}>
              <Textarea
                lang="en"
                value={description.en}
                maxLength={300}
                resize="vertical"
                onChange={(_, data) => setDescription({ ...description, en: data.value })}
              />
            </Field>
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
