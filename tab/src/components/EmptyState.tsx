import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    textAlign: 'center',
  },
});

export function EmptyState(props: { title: string; body: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid={props.testId}>
      <Subtitle2 as="h2">{props.title}</Subtitle2>
      <Text>{props.body}</Text>
    </div>
  );
}
