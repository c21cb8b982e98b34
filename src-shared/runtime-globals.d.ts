/**
 * The few globals that every runtime of src-shared has (the window, Web Workers and Node) but that no ES library
 * declares. Only what shared code uses is declared here, so `document`, `window` or `Buffer` still fail to compile.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** The WHATWG URL parser (the article URL policy), as the window, Web Workers and Node all have it. */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
}
