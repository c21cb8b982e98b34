/**
 * The one contract between main, preload, renderer and tests: every call the renderer may make.
 * The preload implements it over ipcRenderer.invoke (`satisfies OffprintApi`), the renderer's `window.offprint`
 * has this type, and the end-to-end test bridge implements the same calls over Playwright bindings.
 */
import type { ImportBatch } from './article';
import type { MainEventName, MainEvents } from './events';
import type { Result } from './result';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the library lives on this machine (the browser profile of the app). */
  dataPath: string;
}

export interface OffprintApi {
  import: {
    /** Opens the system's file dialog; resolves to null when the user cancels. */
    chooseAndParse(): Promise<Result<ImportBatch | null>>;
    /** Parses files or folders (recursively) at these absolute paths. */
    parsePaths(paths: string[]): Promise<Result<ImportBatch>>;
    /** Parses files handed over as bytes (a drop whose file has no path on disk). */
    parseFiles(files: DroppedFile[]): Promise<Result<ImportBatch>>;
    /** Parses the sample library shipped in `resources/` (the first-run library). */
    parseSampleLibrary(): Promise<Result<ImportBatch>>;
  };
  shell: {
    /** Opens an http(s) URL in the system browser, after checking it. */
    openExternal(url: string): Promise<Result<null>>;
  };
  app: {
    getInfo(): Promise<Result<AppInfo>>;
  };
  /** Local helpers of the preload: no IPC. */
  files: {
    /** The path on disk of a dropped file, or '' when it has none. */
    pathForFile(file: File): string;
  };
  events: {
    /** Subscribes to an event from main; returns the function that unsubscribes. */
    on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void;
  };
}

/** The namespaces whose functions travel over IPC as `namespace:function` channels. */
export type InvokeApi = Omit<OffprintApi, 'files' | 'events'>;

export type InvokeChannel = {
  [N in keyof InvokeApi]: `${N & string}:${keyof InvokeApi[N] & string}`;
}[keyof InvokeApi];

export type ChannelFunction<C extends InvokeChannel> = C extends `${infer N}:${infer F}`
  ? N extends keyof InvokeApi
    ? F extends keyof InvokeApi[N]
      ? InvokeApi[N][F]
      : never
    : never
  : never;

export type ChannelArgs<C extends InvokeChannel> = Parameters<ChannelFunction<C>>;
export type ChannelReturn<C extends InvokeChannel> = ReturnType<ChannelFunction<C>>;

/**
 * What the receiving side implements for each channel. Arguments arrive as `unknown`: they cross a trust boundary
 * and each handler validates them before use.
 */
export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: unknown[]) => ChannelReturn<C>;
};
