/** The webview's side of the channel to the extension host: typed messages out, saved state in and out. */
import type { GridToHost } from '../../src/protocol';

interface VsCodeApi {
  postMessage(message: GridToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface GridHost {
  post(message: GridToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** `acquireVsCodeApi` may be called only once per page. */
export function connectToHost(): GridHost {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    getState: () => api.getState(),
    setState: (state) => api.setState(state),
  };
}
