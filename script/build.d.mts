/** multiregion/data's entry (or another entry) bundled as dist/data.js is: the code users run. */
export function bundleData(outfile: string, entryPoint?: string): Promise<void>
/** Every bundle of dist/, into outdir. */
export function bundle(outdir: string): Promise<void>
