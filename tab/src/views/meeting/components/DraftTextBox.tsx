import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TEXT_LIMITS } from '../../../api/limits';
import { useT } from '../../../i18n/useT';
import { LimitedTextField } from '../../../textField/LimitedTextField';
import { useRefusalText } from './useRefusalText';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * The box a memo and an item note are written in: a notice when the other person changed the text
 * while this draft was open, the counted field, and a row with Save, Discard (only after a refusal,
 * whose reason the field shows) and the caller's own status after them.
 */
export function DraftTextBox(props: {
  testId: string;
  draft: { refusal?: string | null } | null;
  changedMeanwhile: boolean;
  otherName: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (text: string) => void;
  rows: number;
  sendable: boolean;
  onSave: () => void;
  saveLabel: string;
  onDiscard: () => void;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const app = useT();
  const { draft, testId } = props;
  const refusal = useRefusalText(draft);
  return (
    <>
      {props.changedMeanwhile && (
        <Caption1 className={styles.notice} data-testid={`${testId}-changed`}>
          {app.t('text.changedMeanwhile', { name: props.otherName })}
        </Caption1>
      )}
      <LimitedTextField
        label={props.label}
        hint={props.hint}
        value={props.value}
        onChange={props.onChange}
        // Leaving the box sends it, unless it was just refused: then the person decides.
        onBlur={() => {
          if (draft !== null && draft.refusal === undefined) props.onSave();
        }}
        limit={TEXT_LIMITS.memoBody}
        rows={props.rows}
        refusal={refusal}
        testId={`${testId}-input`}
      />
      <div className={styles.row}>
        <Button
          size="small"
          appearance="primary"
          onClick={props.onSave}
          disabled={!props.sendable}
          data-testid={`${testId}-save`}
        >
          {props.saveLabel}
        </Button>
        {draft?.refusal !== undefined && (
          <Button size="small" onClick={props.onDiscard} data-testid={`${testId}-discard`}>
            {app.t('text.discard')}
          </Button>
        )}
        {props.children}
      </div>
    </>
  );
}
