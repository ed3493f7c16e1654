/** React access to the store: a context holding the vanilla store and a selector hook. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TasklineStore } from './create-store.ts';
import type { Actions, TasklineState } from './state.ts';

const StoreContext = createContext<TasklineStore | null>(null);

export function StoreProvider(props: { store: TasklineStore; children: ReactNode }): ReactNode {
  return createElement(StoreContext.Provider, { value: props.store }, props.children);
}

export function useTasklineStore(): TasklineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTaskline needs a <StoreProvider>');
  return store;
}

/** Reads a slice of the state; the component re-renders only when that slice changes. */
export function useTaskline<T>(selector: (state: TasklineState) => T): T {
  return useStore(useTasklineStore(), selector);
}

/** The store's actions: stable functions, so reading them never causes a re-render. */
export function useActions(): Actions {
  return useTasklineStore().getState();
}
