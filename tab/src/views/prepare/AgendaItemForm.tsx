import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { TEXT_LIMITS } from '../../api/limits';
import type { AgendaContent, AgendaItem, Catalog, CatalogEntry, Role } from '../../api/types';
import { FREE_TEXT_THEME_ID } from '../../api/types';
import { useT } from '../../i18n/useT';
import { LimitedTextField, withinLimit } from '../../textField/LimitedTextField';
import { LimitedTextInput } from '../../textField/LimitedTextInput';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 360px)': { padding: tokens.spacingHorizontalS },
  },
  title: { margin: 0 },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  chip: { minWidth: 0, maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start', height: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
  radioLabel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Active entries to offer, plus the one the item already uses if it has since been retired. */
function choices(entries: readonly CatalogEntry[], currentId: string | null): CatalogEntry[] {
  return entries.filter((entry) => !entry.retired || entry.id === currentId);
}

type Errors = Partial<Record<'theme' | 'themeText' | 'expected', string>>;

/** Add or edit one agenda item: a theme (chips or own words), the hoped-for response, details. */
export function AgendaItemForm(props: {
  catalog: Catalog;
  role: Role;
  item?: AgendaItem;
  /** Content to start from (a rolled-back attempt), else the item's, else empty. */
  initial?: AgendaContent;
  onSubmit(content: AgendaContent): void;
  /** Every change, as typed: the caller keeps it as a draft that survives a reload. */
  onChange?(content: AgendaContent): void;
  onCancel(): void;
  testId?: string;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const ids = useId();
  const start: AgendaContent = props.initial ?? {
    themeId: props.item?.theme.id ?? null,
    themeText: props.item?.theme.text ?? null,
    expectedResponseId: props.item?.expectedResponse?.id ?? '',
    detail: props.item?.detail ?? null,
  };
  const [themeId, setThemeIdState] = useState<string | null>(start.themeId);
  const [themeText, setThemeTextState] = useState(start.themeText ?? '');
  const [expected, setExpectedState] = useState(start.expectedResponseId);
  const [detail, setDetailState] = useState(start.detail ?? '');
  const typed = (changes: Partial<AgendaContent>) =>
    props.onChange?.({ themeId, themeText, expectedResponseId: expected, detail, ...changes });
  const setThemeId = (value: string) => {
    setThemeIdState(value);
    typed({ themeId: value });
  };
  const setThemeText = (value: string) => {
    setThemeTextState(value);
    typed({ themeText: value });
  };
  const setExpected = (value: string) => {
    setExpectedState(value);
    typed({ expectedResponseId: value });
  };
  const setDetail = (value: string) => {
    setDetailState(value);
    typed({ detail: value });
  };
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);

  // The button that opened the form is gone; start keyboard users at the first choice.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('fieldset button')?.focus();
  }, []);

  const themes = choices(props.catalog.themes, props.item?.theme.id ?? null);
  const responses = choices(props.catalog.expectedResponses, props.item?.expectedResponse?.id ?? null);
  const chosenTheme = themes.find((entry) => entry.id === themeId);
  const writesOwn = themeId === FREE_TEXT_THEME_ID;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (themeId === null) found.theme = t('form.themeRequired');
    if (writesOwn && themeText.trim() === '') found.themeText = t('form.themeTextRequired');
    if (expected === '') found.expected = t('form.expectedRequired');
    setErrors(found);
    // Too long: the field already says by how much; nothing is sent and nothing is cut.
    const tooLong = writesOwn && !withinLimit(themeText, TEXT_LIMITS.agendaThemeText);
    const detailTooLong = !withinLimit(detail, TEXT_LIMITS.agendaDetail);
    if (Object.keys(found).length > 0 || tooLong || detailTooLong) {
      const first = found.theme
        ? `${ids}-theme`
        : found.themeText || tooLong
          ? `${ids}-text`
          : found.expected
            ? `${ids}-expected`
            : `${ids}-detail`;
      document.getElementById(first)?.focus();
      return;
    }
    props.onSubmit({
      themeId,
      themeText: writesOwn ? themeText.trim() : null,
      expectedResponseId: expected,
      detail: detail.trim() === '' ? null : detail.trim(),
    });
  };

  const title = props.item
    ? t('form.editTitle', { theme: props.item.theme.label[locale] })
    : t('form.addTitle');
  return (
    <form
      ref={formRef}
      className={styles.form}
      onSubmit={submit}
      aria-labelledby={`${ids}-title`}
      noValidate
      data-testid={props.testId ?? 'agenda-form'}
    >
      <Subtitle2 as="h3" id={`${ids}-title`} className={styles.title}>
        {title}
      </Subtitle2>
      <Field
        label={{ children: t('form.theme'), id: `${ids}-theme-label` }}
        required
        validationMessage={errors.theme}
        hint={chosenTheme?.description?.[locale]}
      >
        <fieldset className={styles.chips} aria-labelledby={`${ids}-theme-label`}>
          {themes.map((entry, index) => (
            <ToggleButton
              key={entry.id}
              id={index === 0 ? `${ids}-theme` : undefined}
              className={styles.chip}
              shape="circular"
              size="small"
              checked={entry.id === themeId}
              appearance={entry.id === themeId ? 'primary' : 'outline'}
              onClick={() => setThemeId(entry.id)}
              data-testid={`theme-${entry.id}`}
            >
              {entry.label[locale]}
            </ToggleButton>
          ))}
        </fieldset>
      </Field>
      {writesOwn && (
        <LimitedTextInput
          label={t('form.themeText')}
          required
          validationMessage={errors.themeText}
          id={`${ids}-text`}
          value={themeText}
          limit={TEXT_LIMITS.agendaThemeText}
          onChange={setThemeText}
          testId="theme-text"
        />
      )}
      <Field
        label={{ children: t('form.expected'), id: `${ids}-expected-label` }}
        required
        validationMessage={errors.expected}
      >
        <RadioGroup
          id={`${ids}-expected`}
          value={expected}
          aria-labelledby={`${ids}-expected-label`}
          onChange={(_, data) => setExpected(data.value)}
        >
          {responses.map((entry) => (
            <Radio
              key={entry.id}
              value={entry.id}
              data-testid={`expected-${entry.id}`}
              label={
                <span className={styles.radioLabel}>
                  <Text weight="semibold">{entry.label[locale]}</Text>
                  {props.role === 'member' && entry.description && (
                    <Text size={200} className={styles.muted}>
                      {t('form.expectedMeaning', { hint: entry.description[locale] })}
                    </Text>
                  )}
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <LimitedTextField
        label={t('form.detail')}
        id={`${ids}-detail`}
        value={detail}
        limit={TEXT_LIMITS.agendaDetail}
        onChange={setDetail}
        testId="detail"
      />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" data-testid="agenda-form-submit">
          {props.item ? t('form.save') : t('form.add')}
        </Button>
        <Button appearance="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
