import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Subtitle2,
  Text,
  Title2,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { Catalog, CatalogKind } from '../../api/types';
import { describeError } from '../../components/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { CatalogEntryEditor } from './CatalogEntryEditor';
import {
  CATALOG_KINDS,
  type CatalogDraft,
  type DraftEntry,
  draftFromCatalog,
  fieldErrors,
  toCatalogUpdate,
  withinLimits,
} from './catalogDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '900px' },
  title: { margin: 0 },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  retired: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

// The summary switch is its own small chunk, loaded with the admin page only.
const AdminSummarySetting = lazy(() =>
  import('../summary').then((m) => ({ default: m.AdminSummarySetting })),
);

let newEntries = 0;

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; error: unknown };

/** Admins edit the organisation's three catalogs; the server keeps removed entries as retired. */
export function AdminCatalogPage() {
  const styles = useStyles();
  const { t, locale } = useT();
  const api = useApi();
  const me = useLoad((signal) => api.me(signal), [api]);
  const isAdmin = me.status === 'done' && me.data.isAdmin;
  const catalog = useLoad(
    (signal) => (isAdmin ? api.adminCatalog(signal) : Promise.resolve<Catalog | null>(null)),
    [api, isAdmin],
  );
  const [draft, setDraft] = useState<CatalogDraft | null>(null);
  const [kind, setKind] = useState<CatalogKind>('themes');
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  useNotifyReady(me.status !== 'loading' && catalog.status !== 'loading');

  const loaded = catalog.status === 'done' ? catalog.data : null;
  useEffect(() => {
    if (loaded) setDraft(draftFromCatalog(loaded));
  }, [loaded]);

  const header = (
    <>
      <nav aria-label={t('prepare.back')}>
        <AppLink to={paths.home()}>{t('prepare.back')}</AppLink>
      </nav>
      <Title2 as="h1" id="admin-title" className={styles.title}>
        {t('admin.title')}
      </Title2>
    </>
  );

  if (
    me.status === 'loading' ||
    catalog.status === 'loading' ||
    (isAdmin && draft === null && catalog.status === 'done')
  ) {
    return (
      <section className={styles.root} aria-labelledby="admin-title">
        {header}
        <LoadingState label={t('admin.loading')} />
      </section>
    );
  }
  if (me.status === 'error' || catalog.status === 'error') {
    const error = me.status === 'error' ? me.error : catalog.status === 'error' ? catalog.error : null;
    return (
      <section className={styles.root} aria-labelledby="admin-title">
        {header}
        <ErrorState error={error} onRetry={me.status === 'error' ? me.retry : catalog.retry} />
      </section>
    );
  }
  if (!isAdmin || !draft) {
    return (
      <section className={styles.root} aria-labelledby="admin-title" data-testid="admin-forbidden">
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t('admin.notAdmin')}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const entries = draft[kind];
  const active = entries.filter((entry) => !entry.retired);
  const retired = entries.filter((entry) => entry.retired);

  // Any change to the lists makes the server's positional error names stale.
  const change = (next: DraftEntry[]) => {
    setDraft({ ...draft, [kind]: next });
    setSave({ status: 'idle' });
  };
  const replace = (entry: DraftEntry) => change(entries.map((e) => (e.key === entry.key ? entry : e)));
  const restructure = (next: DraftEntry[]) => {
    setErrors(new Map());
    change(next);
  };
  const move = (entry: DraftEntry, delta: -1 | 1) => {
    const order = [...active];
    const from = order.findIndex((e) => e.key === entry.key);
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, entry);
    restructure([...order, ...retired]);
  };
  const add = () => {
    newEntries += 1;
    restructure([
      ...active,
      { key: `new-${newEntries}`, id: null, label: { ja: '', en: '' }, description: null, retired: false },
      ...retired,
    ]);
  };

  const submit = async () => {
    // New entries get their ids here, from the English label as it is at the moment of saving.
    const { update } = toCatalogUpdate(draft);
    setSave({ status: 'saving' });
    setErrors(new Map());
    try {
      const saved = await api.replaceCatalog(update);
      setDraft(draftFromCatalog(saved));
      setSave({ status: 'saved' });
    } catch (error) {
      if (error instanceof ApiError) setErrors(fieldErrors(error.problem?.errors));
      setSave({ status: 'failed', error });
    }
  };

  const errorList = [...errors.entries()];
  // "themes.2.label.en" reads as "Themes 3 · Name (English)".
  const describeField = (field: string) => {
    const [k, index, ...path] = field.split('.');
    if (!CATALOG_KINDS.includes(k as CatalogKind)) return field;
    const parts = [t(`admin.kind.${k as CatalogKind}`)];
    if (index !== undefined) parts.push(String(Number(index) + 1));
    const labels: Record<string, string> = {
      'label.ja': t('admin.labelJa'),
      'label.en': t('admin.labelEn'),
      'description.ja': t('admin.descriptionJa'),
      'description.en': t('admin.descriptionEn'),
    };
    if (path.length > 0) parts.push(labels[path.join('.')] ?? path.join('.'));
    return parts.join(' · ');
  };
  return (
    <section className={styles.root} aria-labelledby="admin-title" data-testid="admin-catalog">
      {header}
      <Text>{t('admin.intro')}</Text>
      {/* Plain toggle buttons rather than a TabList: its arrow-key focus trap adds aria-hidden
          focusable elements that screen readers and axe rightly object to. */}
      <nav className={styles.tabs} aria-label={t('admin.kindsLabel')}>
        {CATALOG_KINDS.map((k) => (
          <ToggleButton
            key={k}
            checked={k === kind}
            appearance={k === kind ? 'primary' : 'subtle'}
            onClick={() => setKind(k)}
            data-testid={`admin-tab-${k}`}
          >
            {t(`admin.kind.${k}`)}
          </ToggleButton>
        ))}
      </nav>
      <section aria-labelledby="admin-kind-title" className={styles.root}>
        <Subtitle2 as="h2" id="admin-kind-title">
          {t(`admin.kind.${kind}`)}
        </Subtitle2>
        {errors.get(kind) && (
          <MessageBar intent="error">
            <MessageBarBody>{errors.get(kind)}</MessageBarBody>
          </MessageBar>
        )}
        <ul className={styles.list} data-testid="catalog-active">
          {active.map((entry, index) => (
            <li key={entry.key}>
              <CatalogEntryEditor
                kind={kind}
                entry={entry}
                index={index}
                count={active.length}
                errors={errors}
                onChange={replace}
                onMove={(delta) => move(entry, delta)}
                onRetire={() =>
                  restructure(entries.map((e) => (e.key === entry.key ? { ...e, retired: true } : e)))
                }
              />
            </li>
          ))}
        </ul>
        <div>
          <Button appearance="secondary" onClick={add} data-testid="admin-add">
            {t('admin.addEntry')}
          </Button>
        </div>
        {retired.length > 0 && (
          <section aria-labelledby="admin-retired" className={styles.list}>
            <Subtitle2 as="h3" id="admin-retired">
              {t('admin.retiredHeading')}
            </Subtitle2>
            <Text size={200} className={styles.muted}>
              {t('admin.retiredHelp')}
            </Text>
            <ul className={styles.list}>
              {retired.map((entry) => {
                const name = entry.label[locale] || entry.label.ja || entry.label.en;
                return (
                  <li key={entry.key} className={styles.retired}>
                    <Text>{name}</Text>
                    <Button
                      size="small"
                      onClick={() =>
                        restructure([
                          ...active,
                          { ...entry, retired: false },
                          ...retired.filter((e) => e.key !== entry.key),
                        ])
                      }
                    >
                      {t('admin.restore', { name })}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </section>
      {save.status === 'saved' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <span role="status">{t('admin.saved')}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {save.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="admin-error">
          <MessageBarBody>
            {errorList.length > 0 ? (
              <>
                {t('admin.invalid')}
                <ul className={styles.errors}>
                  {errorList.map(([field, message]) => (
                    <li key={field}>
                      {describeField(field)}: {message}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              t('admin.failed', { reason: describeError(save.error, t) })
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          // A text over its limit says so in its field; saving waits until it is shortened.
          disabled={save.status === 'saving' || !withinLimits(draft)}
          onClick={() => void submit()}
          data-testid="admin-save"
        >
          {t('admin.save')}
        </Button>
      </div>
      <Suspense fallback={null}>
        <AdminSummarySetting />
      </Suspense>
    </section>
  );
}
