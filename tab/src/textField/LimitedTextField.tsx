import {
  Caption1,
  Field,
  type FieldProps,
  Input,
  makeStyles,
  mergeClasses,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../i18n/useT';
import { limitStatus } from './limitStatus';
import { useCountFormat } from './useCountFormat';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  counter: { alignSelf: 'flex-end', color: tokens.colorNeutralForeground3 },
  counterOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * A text box with the server's limit: a counter from 80 % of it, a message when the text is too
 * long (the caller refuses to send it), and the reason a write was refused. It never cuts what is
 * typed or pasted — a native maxLength would drop the overflow without a word.
 */
export function LimitedTextField(props: {
  label: FieldProps['label'];
  value: string;
  onChange(value: string): void;
  /** Characters, from TEXT_LIMITS. */
  limit: number;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  hint?: FieldProps['hint'];
  /** Why the last attempt to send this text was refused; shown until it is sent again. */
  refusal?: string | null;
  /** Another problem with the text (e.g. required), checked by the caller. */
  validationMessage?: string;
  disabled?: boolean;
  placeholder?: string;
  lang?: string;
  id?: string;
  testId?: string;
  onBlur?(): void;
}) {
  const styles = useStyles();
  const { t } = useT();
  const number = useCountFormat();
  const counterId = useId();
  const status = limitStatus(props.value, props.limit);
  const messages = [
    status.over > 0 ? t('text.over', { over: number(status.over), limit: number(status.limit) }) : null,
    props.validationMessage ?? null,
    props.refusal ?? null,
  ].filter((message): message is string => message !== null && message !== '');
  const control = {
    id: props.id,
    value: props.value,
    disabled: props.disabled,
    placeholder: props.placeholder,
    lang: props.lang,
    onBlur: props.onBlur,
    'aria-describedby': status.showCounter ? counterId : undefined,
    'data-testid': props.testId,
  };
  return (
    <div className={styles.root}>
      <Field
        label={props.label}
        required={props.required}
        hint={props.hint}
        validationState={messages.length > 0 ? 'error' : 'none'}
        validationMessage={messages.length > 0 ? messages.join(' ') : undefined}
      >
        {props.multiline === false ? (
          <Input {...control} onChange={(_, data) => props.onChange(data.value)} />
        ) : (
          <Textarea
            {...control}
            rows={props.rows}
            resize="vertical"
            onChange={(_, data) => props.onChange(data.value)}
          />
        )}
      </Field>
      {status.showCounter && (
        <Caption1
          id={counterId}
          className={mergeClasses(styles.counter, status.over > 0 && styles.counterOver)}
          data-testid={props.testId === undefined ? undefined : `${props.testId}-counter`}
          data-over={status.over > 0}
        >
          {t('text.counter', { count: number(status.count), limit: number(status.limit) })}
        </Caption1>
      )}
    </div>
  );
}

/** Whether a text can be sent: within its limit (blank is the caller's own rule). */
export function withinLimit(text: string, limit: number): boolean {
  return limitStatus(text, limit).over === 0;
}
