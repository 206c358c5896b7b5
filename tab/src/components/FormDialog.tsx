import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * A dialog holding one form: Enter or the primary button submits it (the browser's own checks off:
 * the caller validates and says what is wrong by the field), Cancel, Escape or a click outside
 * closes it. `error`, when given, is shown above the fields as an alert. The caller words it all.
 */
export function FormDialog(props: {
  open: boolean;
  title: ReactNode;
  submitLabel: ReactNode;
  cancelLabel: ReactNode;
  /** A write is in flight: the submit button is disabled. */
  busy: boolean;
  error?: ReactNode;
  testId: string;
  submitTestId: string;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface data-testid={props.testId}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {props.error !== undefined && props.error !== null && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>{props.error}</MessageBarBody>
                </MessageBar>
              )}
              {props.children}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                disabled={props.busy}
                data-testid={props.submitTestId}
              >
                {props.submitLabel}
              </Button>
              <Button appearance="secondary" onClick={props.onClose}>
                {props.cancelLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
