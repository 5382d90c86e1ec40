/**
 * A list that renders only the rows in view (fixed row height), so 10,000 cameras scroll
 * smoothly. The container scrolls; rows are absolutely placed inside a full-height spacer.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  render: (item: T, index: number) => ComponentChildren;
  keyOf: (item: T) => string;
}) {
  const [top, setTop] = useState(0);
  const { items, rowHeight, height } = props;
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
