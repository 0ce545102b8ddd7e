import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';

interface Props<T> {
  /** undefined while loading. */
  items: readonly T[] | undefined;
  loading: string;
  empty: string;
  children: (items: readonly T[]) => ReactNode;
}

/** A list that may still be loading or be empty: says which, in a quiet line; else shows it. */
export function ListState<T>({ items, loading, empty, children }: Props<T>) {
  if (items === undefined) return <EmptyState variant="inline">{loading}</EmptyState>;
  if (items.length === 0) return <EmptyState variant="inline">{empty}</EmptyState>;
  return <>{children(items)}</>;
}
