import { type ComponentProps, lazy, Suspense } from 'react';

const ActionItemsSection = lazy(() => import('./ActionItemsSection'));

/**
 * The side panel loads this small chunk, and it loads the section. Imported directly, the section's
 * dozen chunk names would be listed (for preloading) in the side panel's own first-paint code.
 */
export default function ActionItemsLoader(props: ComponentProps<typeof ActionItemsSection>) {
  return (
    <Suspense fallback={null}>
      <ActionItemsSection {...props} />
    </Suspense>
  );
}
