import {
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  SearchBox,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Pair, Person, Role } from '../../api/types';
import { describeError } from '../../components/describeError';
import { FormDialog } from '../../components/FormDialog';
import { useSubmit } from '../../components/useSubmit';
import { useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import { useDebouncedValue } from '../history/useDebouncedValue';

const useStyles = makeStyles({
  person: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

type Search =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; people: Person[] }
  | { status: 'error'; error: unknown };

/** Start 1on1s with a colleague: find them, say who is the manager, create the pair. */
export function NewPairDialog(props: {
  open: boolean;
  meId: string | null;
  onClose(): void;
  onCreated(pair: Pair): void;
}) {
  const styles = useStyles();
  const { t } = useT();
  const api = useApi();
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query.trim(), 300);
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [chosen, setChosen] = useState<Person | null>(null);
  const [myRole, setMyRole] = useState<Role>('manager');
  const [missingPerson, setMissingPerson] = useState(false);
  const { busy, failure, submit: send } = useSubmit();

  useEffect(() => {
    if (settled === '') {
      setSearch({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setSearch({ status: 'searching' });
    api.people(settled, controller.signal).then(
      ({ people }) => !controller.signal.aborted && setSearch({ status: 'done', people }),
      (error: unknown) => !controller.signal.aborted && setSearch({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [api, settled]);

  const submit = () => {
    const meId = props.meId;
    if (!chosen || !meId) {
      setMissingPerson(true);
      return;
    }
    void send(async () => {
      const body =
        myRole === 'manager'
          ? { managerId: meId, memberId: chosen.id }
          : { managerId: chosen.id, memberId: meId };
      props.onCreated(await api.createPair(body));
    });
  };

  const people = search.status === 'done' ? search.people : [];
  return (
    <FormDialog
      open={props.open}
      title={t('newPair.title')}
      submitLabel={t('newPair.create')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      error={failure === null ? null : t('newPair.failed', { reason: describeError(failure, t) })}
      testId="new-pair-dialog"
      submitTestId="new-pair-submit"
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field label={t('newPair.search')} hint={t('newPair.searchHint')}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} data-testid="people-search" />
      </Field>
      <div aria-live="polite">
        {search.status === 'searching' && (
          <Spinner size="tiny" label={t('newPair.searching')} labelPosition="after" />
        )}
        {search.status === 'error' && <Text>{describeError(search.error, t)}</Text>}
        {search.status === 'done' && people.length === 0 && <Text>{t('newPair.noResults')}</Text>}
      </div>
      {people.length > 0 && (
        <Field
          label={t('newPair.people')}
          required
          validationMessage={missingPerson && !chosen ? t('newPair.choosePerson') : undefined}
        >
          <RadioGroup
            value={chosen?.id ?? ''}
            onChange={(_, data) => {
              setChosen(people.find((person) => person.id === data.value) ?? null);
              setMissingPerson(false);
            }}
            data-testid="people-results"
          >
            {people.map((person) => (
              <Radio
                key={person.id}
                value={person.id}
                label={
                  <span className={styles.person}>
                    <Text>{person.displayName}</Text>
                    {person.email && (
                      <Text size={200} className={styles.muted}>
                        {person.email}
                      </Text>
                    )}
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {missingPerson && people.length === 0 && <Text role="alert">{t('newPair.choosePerson')}</Text>}
      <Field label={t('newPair.myRole')}>
        <RadioGroup value={myRole} onChange={(_, data) => setMyRole(data.value as Role)}>
          <Radio value="manager" label={t('newPair.iAmManager')} />
          <Radio value="member" label={t('newPair.iAmMember')} />
        </RadioGroup>
      </Field>
    </FormDialog>
  );
}
