import type { Plugin } from 'vite';

export function editEventTarget(code: string): string;
export function linkedomLazyListeners(): Plugin;
