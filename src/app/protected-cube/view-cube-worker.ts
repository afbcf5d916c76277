/// <reference lib="webworker" />
import { protectViewCube } from '../../analytics/disclosure/view-cube.ts';
import type { ViewCubeReply, ViewCubeRequest } from './view-cube-protocol.ts';

/**
 * Module worker that protects the view cube off the main thread: on the 50k sample the
 * line rule, audit and repair take about a second, which would freeze the page. Only the
 * protected cube comes back (hidden cells NaN); its buffers are transferred, not copied.
 */
self.onmessage = (event: MessageEvent<ViewCubeRequest>) => {
  const { id, input } = event.data;
  try {
    const cube = protectViewCube(input);
    const reply: ViewCubeReply = { id, cube };
    self.postMessage(reply, [cube.values.buffer, cube.status.buffer]);
  } catch (error) {
    const reply: ViewCubeReply = { id, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
