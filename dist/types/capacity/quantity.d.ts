/** Kubernetes quantities as the planner sums them: CPU in millicores, memory in bytes. */
/** "250m" is 250, "2" is 2000, "0.5" is 500; the schema's pattern admits nothing else. */
export declare function cpuMillis(quantity: string): number;
/** "512Mi" is 536870912; the schema's pattern admits only the units of MEMORY_UNITS. */
export declare function memoryBytes(quantity: string): number;
/** Millicores as a person writes them: whole cores when they divide, else millicores. */
export declare function formatCpu(millis: number): string;
/** Bytes in the largest binary unit that divides them, else in Mi rounded up. */
export declare function formatMemory(bytes: number): string;
