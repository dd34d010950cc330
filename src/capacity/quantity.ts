/** Kubernetes quantities as the planner sums them: CPU in millicores, memory in bytes. */

const MEMORY_UNITS: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40
}

/** "250m" is 250, "2" is 2000, "0.5" is 500; the schema's pattern admits nothing else. */
export function cpuMillis(quantity: string): number {
  return quantity.endsWith('m')
    ? Number(quantity.slice(0, -1))
    : Math.round(Number(quantity) * 1000)
}

/** "512Mi" is 536870912; the schema's pattern admits only the units of MEMORY_UNITS. */
export function memoryBytes(quantity: string): number {
  const match = /^([0-9]+)([a-zA-Z]*)$/.exec(quantity)
  if (!match) return Number.NaN
  return Number(match[1]) * (MEMORY_UNITS[match[2]!] ?? Number.NaN)
}

/** Millicores as a person writes them: whole cores when they divide, else millicores. */
export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`
}

/** Bytes in the largest binary unit that divides them, else in Mi rounded up. */
export function formatMemory(bytes: number): string {
  for (const unit of ['Ti', 'Gi', 'Mi', 'Ki'] as const)
    if (bytes % MEMORY_UNITS[unit]! === 0) return `${bytes / MEMORY_UNITS[unit]!}${unit}`
  return `${Math.ceil(bytes / MEMORY_UNITS.Mi!)}Mi`
}
