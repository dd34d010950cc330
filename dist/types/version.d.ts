/** The toolkit's version: embedded at build; read from package.json when run from source. */
export declare const VERSION: string;
