import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { Role } from '../../../api/types';
import { useItemNoteT } from './itemNoteMessages';
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
  private: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
  },
});

/**
 * The notes under one agenda item in the side panel: the pair's shared note, and for the manager
 * their private note, which the member never sees (the server does not send it to them at all).
 * Loaded on demand (React.lazy) so the side panel's first paint does not carry it.
 */
export default function ItemNotes(props: {
  host: ItemNotesHost;
  itemId: string;
  myRole: Role;
  /** The other person of the 1on1, by name. */
  otherName: string;
  /** The signed-in person, by name: the other window that may change their private note. */
  myName: string;
  readOnly: boolean;
}) {
  const styles = useStyles();
  const t = useItemNoteT();
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
