import type { Diagnostic } from './diagnostic.js';
import type { Platform, Service } from './model.js';
/** A loaded file: the typed value when it is usable, and every diagnostic found either way. */
export type Loaded<T> = {
    value?: T;
    diagnostics: Diagnostic[];
};
/** Loads a service manifest from its text. Never throws; `value` is set only when there is no error. */
export declare function loadService(text: string, file: string): Loaded<Service>;
/** Loads the platform config from its text. Never throws; `value` is set only when there is no error. */
export declare function loadPlatform(text: string, file: string): Loaded<Platform>;
/** Rules that need both files: every region the manifest names exists in the platform. */
export declare function checkServiceAgainstPlatform(service: Service, platform: Platform): Diagnostic[];
