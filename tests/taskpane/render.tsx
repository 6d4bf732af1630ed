import { render } from '@testing-library/react';
import type { Lang } from '../../src/core/lang';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/port';
import { Shell } from '../../src/taskpane/shell';

// jsdom lacks ResizeObserver, which Fluent's message bars and accordions observe their size with.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The pane as index.tsx mounts it inside Excel. */
export function renderPane(host: PaneHost, lang: Lang = 'zh-CN') {
  return render(
    <Shell lang={lang}>
      <App host={host} />
    </Shell>
  );
}
