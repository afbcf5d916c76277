import {
  type ProtectedViewCube,
  protectViewCube,
  type ViewCubeInput,
} from '../../analytics/disclosure/view-cube.ts';
import { SupersededError } from '../../db/coordinator.ts';
import { inputBuffers } from './view-cube-input.ts';
import type { ViewCubeReply, ViewCubeRequest } from './view-cube-protocol.ts';

/**
 * Protects view cubes in a module worker (inline where workers do not exist, as in Node
 * tests), one at a time. A new run replaces a pending one: the worker is stopped mid-way
 * (a protection of the old filters is wasted work) and the old run rejects with
 * SupersededError, so a result for old filters never replaces a newer one.
 */
export class ViewCubeRunner {
  readonly #useWorker: boolean;
  #worker: Worker | null = null;
  #next = 0;
  #pending: { id: number; resolve: (c: ProtectedViewCube) => void; reject: (e: Error) => void } | null = null;

  constructor(useWorker = typeof Worker !== 'undefined') {
    this.#useWorker = useWorker;
  }

  #start(): Worker {
    const worker = new Worker(new URL('./view-cube-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ViewCubeReply>) => {
      const reply = event.data;
      const waiting = this.#pending;
      if (!waiting || waiting.id !== reply.id) return;
      this.#pending = null;
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.cube);
    };
    worker.onerror = (event) => {
      const waiting = this.#pending;
      this.#pending = null;
      this.#worker?.terminate();
      this.#worker = null;
      waiting?.reject(new Error(event.message || 'view cube worker failed'));
    };
    return worker;
  }

  /** Protects `input`; rejects with SupersededError if run again meanwhile. Takes over its buffers. */
  run(input: ViewCubeInput): Promise<ProtectedViewCube> {
    if (this.#pending) {
      this.#pending.reject(new SupersededError());
      this.#pending = null;
      this.#worker?.terminate();
      this.#worker = null;
    }
    if (!this.#useWorker) {
      try {
        return Promise.resolve(protectViewCube(input));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    this.#worker ??= this.#start();
    const id = ++this.#next;
    const request: ViewCubeRequest = { id, input };
    return new Promise((resolve, reject) => {
      this.#pending = { id, resolve, reject };
      this.#worker!.postMessage(request, inputBuffers(input));
    });
  }

  /** Stops the worker; a pending run rejects. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending?.reject(new SupersededError());
    this.#pending = null;
  }
}
