import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ItemNote } from '../../api/types';
import { itemNotesText } from '../../i18n/itemNotes';
import { useNamespace } from '../../i18n/useT';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    flexBasis: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  note: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  private: { borderLeftStyle: 'dashed' },
  muted: { color: tokens.colorNeutralForeground3 },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/**
 * The notes written under one agenda item during the 1on1. The manager's private note comes only
 * to the manager (the server sends it to nobody else) and is marked as theirs alone.
 */
export function ItemNotesList(props: { notes: readonly ItemNote[] }) {
  const styles = useStyles();
  const { t } = useNamespace(itemNotesText);
  const notes = props.notes.filter((note) => note.body !== '');
  if (notes.length === 0) return null;
  // The shared note first: it is what both of them agreed to keep.
  const ordered = [...notes].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'shared' ? -1 : 1));
  return (
    <ul className={styles.list} data-testid="history-item-notes">
      {ordered.map((note) => (
        <li
          key={note.kind}
          className={note.kind === 'private' ? `${styles.note} ${styles.private}` : styles.note}
          data-testid={`history-item-note-${note.kind}`}
        >
          <Text size={200} className={styles.muted}>
            {note.kind === 'private'
              ? t('notes.history.private')
              : t('notes.history.shared', { name: note.author?.displayName ?? '' })}
          </Text>
          <Text className={styles.body}>{note.body}</Text>
        </li>
      ))}
    </ul>
  );
}
