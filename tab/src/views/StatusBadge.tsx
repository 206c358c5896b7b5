import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { SessionStatus } from '../api/types';
import { useT } from '../i18n/useT';

const colors: Record<SessionStatus, BadgeProps['color']> = {
  planned: 'brand',
  live: 'success',
  ended: 'subtle',
};

export function StatusBadge(props: { status: SessionStatus }) {
  const { t } = useT();
  return (
    <Badge appearance="tint" color={colors[props.status]} data-testid={`status-${props.status}`}>
      {t(`status.${props.status}`)}
    </Badge>
  );
}
