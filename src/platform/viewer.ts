/**
 * Who is looking. Until accounts exist, a request is an anonymous resident (`public`); the
 * command line runs as `system` and sees everything. The workspace adds signed-in staff.
 */
export type Viewer = { kind: "public" } | { kind: "system" };

export const PUBLIC_VIEWER: Viewer = { kind: "public" };
export const SYSTEM_VIEWER: Viewer = { kind: "system" };
