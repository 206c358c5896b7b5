import { Button } from '@fluentui/react-components';
import { useT } from '../i18n/useT';

/**
 * Two languages, so one button that offers the other one, shown in that language (a reader of
 * that language recognises it even when they cannot read the current UI).
 */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useT();
  const other = locale === 'ja' ? 'en' : 'ja';
  const otherName = t(other === 'ja' ? 'language.ja' : 'language.en');
  return (
    <Button
      appearance="subtle"
      aria-label={t('language.switchTo', { language: otherName })}
      onClick={() => setLocale(other)}
      data-testid="language-switch"
    >
      <span lang={other}>{otherName}</span>
    </Button>
  );
}
