import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useEffect, useRef } from 'react';
import { TEXT_LIMITS } from '../../api/limits';
import { actionItemsText } from '../../i18n/actionItems';
import { useNamespace } from '../../i18n/useT';
import { LimitedTextInput } from '../../textField/LimitedTextInput';
import { type ActionItemEdit, changedMeanwhile } from './actionItemEdit';
import type { ActionItemView } from './actionItemsApi';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  theirs: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  dropdown: { minWidth: 0, width: '100%' },
});

/**
 * Correcting one action item in place: its text, who does it and by when. The typed fields are
 * the section's (`edit`), so a live reload never drops them; what the other person did meanwhile
 * (changed it, saved first, deleted it) is shown beside them.
 */
export function ActionItemEditor(props: {
  edit: ActionItemEdit;
  /** The item as the list has it now; undefined once deleted. */
  item: ActionItemView | undefined;
  names: { member: string; manager: string };
  otherName: string;
  saving: boolean;
  onChange(edit: ActionItemEdit): void;
  onSave(): void;
  onCancel(): void;
  onAddAgain(): void;
}) {
  const styles = useStyles();
  const { t } = useNamespace(actionItemsText);
  const { edit } = props;
  const formRef = useRef<HTMLFormElement>(null);
  // Opening the editor puts the caret in its text, so the keyboard continues where the button was.
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  const ownerLabel = (role: 'member' | 'manager') => t(`actions.owner.${role}`, { name: props.names[role] });
  const theirs = edit.gone === true ? null : changedMeanwhile(edit, props.item);
  const refusal =
    edit.refusal === undefined
      ? null
      : t('actions.edit.refused', { reason: edit.refusal ?? t('actions.edit.refusedUnknown') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.saving) return;
    if (edit.gone === true) props.onAddAgain();
    else props.onSave();
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      onSubmit={submit}
      onKeyDown={(event) => {
        // Escape leaves an unchanged edit only: typed words are dropped by a button, never a key.
        if (event.key === 'Escape' && props.item !== undefined && edit.text.trim() === props.item.text)
          props.onCancel();
      }}
      data-testid="action-item-editor"
    >
      {edit.gone === true && (
        <MessageBar intent="warning" layout="multiline" data-testid="action-item-gone">
          <MessageBarBody>{t('actions.edit.gone', { name: props.otherName })}</MessageBarBody>
        </MessageBar>
      )}
      {theirs !== null && (
        <>
          <MessageBar intent="warning" layout="multiline" data-testid="action-item-conflict">
            <MessageBarBody>
              {edit.conflict === undefined
                ? t('actions.edit.changedMeanwhile', { name: props.otherName })
                : t('actions.edit.conflict', { name: props.otherName })}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.theirs} data-testid="action-item-theirs">
            {theirs.text}
            <Caption1 as="p">
              {ownerLabel(theirs.ownerRole)}
              {theirs.dueDate !== null && ` · ${t('actions.due', { date: theirs.dueDate })}`}
            </Caption1>
          </div>
        </>
      )}
      <LimitedTextInput
        label={t('actions.add.text')}
        value={edit.text}
        onChange={(text) => props.onChange({ ...edit, text })}
        limit={TEXT_LIMITS.actionItemText}
        required
        refusal={refusal}
        testId="action-item-edit-text"
      />
      <Field label={t('actions.add.owner')}>
        <Dropdown
          className={styles.dropdown}
          value={ownerLabel(edit.ownerRole)}
          selectedOptions={[edit.ownerRole]}
          onOptionSelect={(_, data) => {
            if (data.optionValue === 'member' || data.optionValue === 'manager')
              props.onChange({ ...edit, ownerRole: data.optionValue });
          }}
          data-testid="action-item-edit-owner"
        >
          <Option value="member">{ownerLabel('member')}</Option>
          <Option value="manager">{ownerLabel('manager')}</Option>
        </Dropdown>
      </Field>
      <Field label={t('actions.add.due')}>
        <Input
          type="date"
          value={edit.dueDate}
          onChange={(_, data) => props.onChange({ ...edit, dueDate: data.value })}
          data-testid="action-item-edit-due"
        />
      </Field>
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabled={props.saving}
          data-testid="action-item-edit-save"
        >
          {props.saving
            ? t('actions.edit.saving')
            : edit.gone === true
              ? t('actions.edit.addAgain')
              : t('actions.edit.save')}
        </Button>
        {edit.conflict !== undefined && edit.gone !== true ? (
          <Button onClick={props.onCancel} data-testid="action-item-edit-keep-theirs">
            {t('actions.edit.keepTheirs')}
          </Button>
        ) : (
          <Button onClick={props.onCancel} data-testid="action-item-edit-cancel">
            {edit.gone === true ? t('actions.edit.discard') : t('actions.edit.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
