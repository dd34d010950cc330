/** The environments repository's files the planner may read, by path from its root. Absent paths do not exist. */
export type EnvRepoFiles = ReadonlyMap<string, string>;
