/**
 * A list that renders only the rows in view (fixed row height), so 10,000 cameras scroll
 * smoothly. The container scrolls; rows are absolutely placed inside a full-height spacer.
 * Short lists (up to WHOLE_UP_TO rows), and every list while the page prints, are rendered
 * whole, so a printout or a full-page screenshot shows every row.
 */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export const WHOLE_UP_TO = 200;
/** True while the browser prints (beforeprint .. afterprint). */
export const printing = signal(false);
window.addEventListener('beforeprint', () => (printing.value = true));
window.addEventListener('afterprint', () => (printing.value = false));

export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  render: (item: T, index: number) => ComponentChildren;
  keyOf: (item: T) => string;
}) {
  const [top, setTop] = useState(0);
  const { items, rowHeight, height } = props;
  if (items.length <= WHOLE_UP_TO || printing.value) {
    return (
      <div class="vlist whole" data-testid="fleet-list">
        {items.map((item, i) => (
          <div key={props.keyOf(item)} class="wrow" style={{ height: `${rowHeight}px` }}>
            {props.render(item, i)}
          </div>
        ))}
      </div>
    );
  }
  const first = Math.max(0, Math.floor(top / rowHeight) - 10);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + 10);
  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div key={props.keyOf(item)} class="vrow" style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {props.render(item, i)}
      </div>,
    );
  }
  return (
    <div class="vlist" style={{ height: `${height}px` }} onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)} data-testid="fleet-list">
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
