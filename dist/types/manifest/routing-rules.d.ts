import type { Diagnostic } from './diagnostic.js';
import type { YamlSource } from './yaml-source.js';
import type { ServiceManifest } from '../schema/generated.js';
/** Node's timers hold at most 2^31 - 1 ms; a longer delay fires at once (setTimeout docs), so every request would time out. */
export declare const MAX_TIMER_MS: number;
/**
 * The routing rules that need only the manifest: geolocation codes Route 53
 * accepts, durations the client can keep, shift steps that rise.
 */
export declare function routingSpecRules(source: YamlSource, m: ServiceManifest): Diagnostic[];
