import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { TEXT_LIMITS } from '../../api/limits';
import { describeError } from '../../components/describeError';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { ratingText } from '../../i18n/rating';
import { useNamespace, useT } from '../../i18n/useT';
import { useDraft } from '../../localData/useDraft';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { LimitedTextField, withinLimit } from '../../textField/LimitedTextField';
import type { Fit, RatingBody, RatingDraft, RatingForm } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scale: { flexWrap: 'wrap' },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  quote: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const CLARITY = [0, 1, 2, 3, 4, 5] as const;
const FITS: readonly Fit[] = ['yes', 'partly', 'no'];

/** The saved rating as the form's starting point, or an empty form. */
function fromSaved(form: RatingForm): RatingDraft {
  const saved = form.rating;
  if (saved === null) return { clarity: null, fits: {}, impressions: '', share: false };
  return {
    clarity: saved.clarity,
    fits: Object.fromEntries(saved.fits.map((fit) => [fit.agendaItemId, fit.fit])),
    impressions: saved.impressions ?? '',
    share: saved.shareImpressions,
  };
}

/**
 * /sessions/:id/rate: the member rates an ended 1on1 where they are — すっきり度, fit per item they
 * brought, impressions with a share switch — and sees exactly what the manager will see. Saving goes
 * through the same API and rules as the bot's rating card; what is typed survives a reload.
 */
export function RatingPage(props: { sessionId: string }) {
  const styles = useStyles();
  const { t } = useNamespace(ratingText);
  const { t: appT } = useT();
  const api = useApi();
  const [reloads, setReloads] = useState(0);
  // Lives here: saving reloads the form, which remounts the view below.
  const [justSaved, setJustSaved] = useState(false);
  const form = useLoad((signal) => api.ratingForm(props.sessionId, signal), [api, props.sessionId, reloads]);
  useNotifyReady(form.status !== 'loading');
  return (
    <section className={styles.root} aria-labelledby="rate-title" data-testid="rating-page">
      <nav aria-label={t('rate.back')}>
        <AppLink to={paths.home()}>{t('rate.back')}</AppLink>
      </nav>
      {form.status === 'loading' && <Spinner label={t('rate.loading')} />}
      {form.status === 'error' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{describeError(form.error, appT)}</MessageBarBody>
        </MessageBar>
      )}
      {form.status === 'done' && (
        <RatingFormView
          key={form.data.rating?.updatedAt ?? 'new'}
          form={form.data}
          justSaved={justSaved}
          onEdit={() => setJustSaved(false)}
          onSaved={() => {
            setJustSaved(true);
            setReloads((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}

function RatingFormView(props: { form: RatingForm; justSaved: boolean; onEdit(): void; onSaved(): void }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(ratingText);
  const { format, t: appT } = useT();
  const api = useApi();
  const { form } = props;
  const [draft, setDraft] = useDraft<RatingDraft>(form.sessionId, 'rating');
  const [restored] = useState(() => draft !== null);
  const values = draft ?? fromSaved(form);
  const editable = form.rating === null || form.rating.editable;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [missingClarity, setMissingClarity] = useState(false);
  const manager = form.managerName;

  const change = (patch: Partial<RatingDraft>) => {
    setDraft({ ...values, ...patch });
    props.onEdit();
    if (patch.clarity !== undefined) setMissingClarity(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.clarity === null) {
      setMissingClarity(true);
      return;
    }
    if (!withinLimit(values.impressions, TEXT_LIMITS.ratingImpressions)) return;
    const body: RatingBody = {
      clarity: values.clarity,
      impressions: values.impressions.trim() === '' ? null : values.impressions,
      shareImpressions: values.share,
      fits: form.items.flatMap((item) => {
        const fit = values.fits[item.agendaItemId];
        return fit === undefined ? [] : [{ agendaItemId: item.agendaItemId, fit }];
      }),
    };
    setBusy(true);
    setFailure(null);
    try {
      await api.saveRating(form.sessionId, body);
      setDraft(null);
      props.onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const shareShown = values.share && values.impressions.trim() !== '';
  return (
    <>
      <Title2 as="h1" id="rate-title" className={styles.title}>
        {t('rate.title', { name: manager })}
      </Title2>
      <Text>{t('rate.when', { date: format.date(form.scheduledStart) })}</Text>
      {props.justSaved && draft === null && (
        <MessageBar intent="success" data-testid="rating-saved">
          <MessageBarBody>{t('rate.saved')}</MessageBarBody>
        </MessageBar>
      )}
      {restored && draft !== null && (
        <MessageBar intent="info" data-testid="rating-draft-restored">
          <MessageBarBody>{t('rate.draftKept')}</MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="rating-failed">
          <MessageBarBody>{t('rate.failed', { reason: describeError(failure, appT) })}</MessageBarBody>
        </MessageBar>
      )}
      <Card>
        <form className={styles.form} onSubmit={submit} noValidate data-testid="rating-form">
          <Field
            label={t('rate.clarity')}
            required
            validationMessage={missingClarity ? t('rate.clarityRequired') : undefined}
          >
            <RadioGroup
              layout="horizontal"
              className={styles.scale}
              value={values.clarity === null ? '' : String(values.clarity)}
              onChange={(_, data) => change({ clarity: Number(data.value) })}
              disabled={!editable}
              data-testid="rating-clarity"
            >
              {CLARITY.map((n) => (
                <Radio key={n} value={String(n)} label={String(n)} data-testid={`rating-clarity-${n}`} />
              ))}
            </RadioGroup>
          </Field>
          <Text weight="semibold">{t('rate.fits')}</Text>
          {form.items.length === 0 && <Text>{t('rate.noItems')}</Text>}
          {form.items.map((item) => (
            <Field
              key={item.agendaItemId}
              label={t('rate.fitFor', {
                theme: item.theme[locale],
                expected: item.expectedResponse === null ? '—' : item.expectedResponse[locale],
              })}
            >
              <RadioGroup
                layout="horizontal"
                className={styles.scale}
                value={values.fits[item.agendaItemId] ?? ''}
                onChange={(_, data) =>
                  change({ fits: { ...values.fits, [item.agendaItemId]: data.value as Fit } })
                }
                disabled={!editable}
                data-testid={`rating-fit-${item.agendaItemId}`}
              >
                {FITS.map((fit) => (
                  <Radio key={fit} value={fit} label={t(`rate.fit.${fit}`)} />
                ))}
              </RadioGroup>
            </Field>
          ))}
          <LimitedTextField
            label={t('rate.impressions')}
            value={values.impressions}
            onChange={(impressions) => change({ impressions })}
            limit={TEXT_LIMITS.ratingImpressions}
            rows={4}
            disabled={!editable}
            testId="rating-impressions"
          />
          <Switch
            checked={values.share}
            onChange={(_, data) => change({ share: data.checked })}
            label={t('rate.share', { name: manager })}
            disabled={!editable}
            data-testid="rating-share"
          />
          {editable ? (
            <>
              <Button appearance="primary" type="submit" disabled={busy} data-testid="rating-submit">
                {busy ? t('rate.sending') : t(form.rating === null ? 'rate.submit' : 'rate.update')}
              </Button>
              {form.rating !== null && (
                <Text size={200}>
                  {t('rate.editableUntil', { date: format.date(form.rating.editableUntil) })}
                </Text>
              )}
            </>
          ) : (
            <Text data-testid="rating-closed">{t('rate.closed')}</Text>
          )}
        </form>
      </Card>
      <Card className={styles.preview} data-testid="rating-manager-sees" aria-labelledby="rate-manager-sees">
        <Text as="h2" weight="semibold" id="rate-manager-sees">
          {t('rate.managerSees', { name: manager })}
        </Text>
        {form.managerSees.state === 'not_rated' && draft === null ? (
          <Text>{t('rate.managerSeesNothingYet')}</Text>
        ) : (
          <>
            <Text>{t('rate.managerSeesRated')}</Text>
            {shareShown ? (
              <Text className={styles.quote}>
                {t('rate.managerSeesImpressions', { text: values.impressions })}
              </Text>
            ) : (
              <Text>{t('rate.managerSeesNoImpressions')}</Text>
            )}
            <Text size={200}>{t('rate.managerSeesAggregate', { name: manager })}</Text>
          </>
        )}
      </Card>
    </>
  );
}
