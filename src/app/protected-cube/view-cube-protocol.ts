import type { ProtectedViewCube, ViewCubeInput } from '../../analytics/disclosure/view-cube.ts';

/** A request to the view cube worker: protect `input`. */
export interface ViewCubeRequest {
  id: number;
  input: ViewCubeInput;
}

/** The worker's answer to request `id`: the protected cube or an error message. */
export type ViewCubeReply = { id: number; cube: ProtectedViewCube } | { id: number; error: string };
