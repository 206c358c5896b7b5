import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Role } from '../../../api/types';
import { itemNotesText } from '../../../i18n/itemNotes';
import { useNamespace } from '../../../i18n/useT';
import { NoteEditor } from './NoteEditor';
import { type ItemNotesHost, useItemNotes, useItemNotesApi } from './useItemNotes';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  toggle: { alignSelf: 'flex-start' },
  private: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
  },
});

interface ItemNotesProps {
  host: ItemNotesHost;
  itemId: string;
  myRole: Role;
  /** The other person of the 1on1, by name. */
  otherName: string;
  /** The signed-in person, by name: the other window that may change their private note. */
  myName: string;
  readOnly: boolean;
}

/**
 * The notes under one agenda item in the side panel, behind a button (aria-expanded) so the agenda
 * stays short at 280 px. Loaded on demand (React.lazy) so the side panel's first paint does not
 * carry them; the notes are read only once opened.
 */
export default function ItemNotes(props: ItemNotesProps & { theme: string }) {
  const styles = useStyles();
  const { t } = useNamespace(itemNotesText);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        appearance={open ? 'secondary' : 'subtle'}
        className={styles.toggle}
        aria-expanded={open}
        aria-label={t('notes.toggleFor', { theme: props.theme })}
        onClick={() => setOpen((was) => !was)}
        data-testid="agenda-notes-toggle"
      >
        {t('notes.toggle')}
      </Button>
      {open && <OpenItemNotes {...props} />}
    </>
  );
}

/**
 * The pair's shared note, and for the manager their private note, which the member never sees
 * (the server does not send it to them at all).
 */
function OpenItemNotes(props: ItemNotesProps) {
  const styles = useStyles();
  const { t } = useNamespace(itemNotesText);
  const notesApi = useItemNotesApi(props.host);
  const notes = useItemNotes(props.host, props.itemId, notesApi);

  if (notes.failed) {
    return (
      <div className={styles.root} role="alert">
        <Caption1>{t('notes.loadFailed')}</Caption1>
        <Button size="small" onClick={notes.retry}>
          {t('notes.retry')}
        </Button>
      </div>
    );
  }
  if (!notes.loaded) return <Spinner size="tiny" label={t('notes.loading')} />;
  return (
    <div className={styles.root} data-testid="item-notes">
      <NoteEditor
        sessionId={props.host.sessionId}
        note={notes.note('shared')}
        label={t('notes.shared')}
        hint={t('notes.sharedHint')}
        otherName={props.otherName}
        readOnly={props.readOnly}
        notesApi={notesApi}
        onSaved={notes.merge}
        testId="item-note-shared"
      />
      {props.myRole === 'manager' && (
        <div className={styles.private}>
          <NoteEditor
            sessionId={props.host.sessionId}
            note={notes.note('private')}
            label={t('notes.private')}
            hint={t('notes.privateHint', { name: props.otherName })}
            otherName={props.myName}
            readOnly={props.readOnly}
            notesApi={notesApi}
            onSaved={notes.merge}
            testId="item-note-private"
          />
        </div>
      )}
    </div>
  );
}
