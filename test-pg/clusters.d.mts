/** Starts one PostgreSQL cluster per region on loopback ports; their ports are in the file MULTIREGION_PG names. */
export default function setup(): Promise<void>
export function teardown(): Promise<void>
export const REGIONS: string[]
/** The non-superuser login the clusters create for a deployed service. */
export const APP_LOGIN: string
