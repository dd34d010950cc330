#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  REGION_COLUMN,
  RETENTION_FUNCTION_PREFIX,
  columnsIn,
  isClassified,
  isPersonal,
  objectName,
  planData,
  retentionColumn,
  rowDeletionPolicy,
  subscribers
} from "./cli-chunk-ZNUBSWMV.js";
import {
  fileEdit,
  sha256,
  unifiedDiff
} from "./cli-chunk-3YLAANSM.js";
import {
  DEFAULTS,
  LATENCY_REGIONS,
  ROUTING_DEFAULTS,
  checkServiceAgainstPlatform,
  hostnameOf,
  isHostname,
  normalName,
  parseDuration,
  require_dist
} from "./cli-chunk-T7O25SVE.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunk-HWCCQPND.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var clean = (version, options) => {
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease = (version, options) => {
      const parsed3 = parse2(version, options);
      return parsed3 && parsed3.prerelease.length ? parsed3.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position2 = matchStart;
      if (isWhitespace(range[position2])) {
        position2++;
      }
      if (range[position2] === "<" || range[position2] === ">") {
        position2++;
      }
      if (range[position2] === "=") {
        position2++;
      }
      return isWhitespace(range[position2]) ? position2 : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/plan/release.ts
var import_semver = __toESM(require_semver2(), 1);
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseRelease(ref, image) {
  let value = ref.trim();
  if (value.startsWith(`${image}@`)) value = value.slice(image.length + 1);
  else if (value.startsWith(`${image}:`)) value = value.slice(image.length + 1);
  else if (value.includes("/")) {
    return {
      error: `release "${ref}" names another image; this service's image is ${image}. Give a tag (v1.5.0), a digest (sha256:...), or ${image}:<tag>.`
    };
  }
  if (DIGEST.test(value)) return { ref, pin: { digest: value } };
  if (value.startsWith("sha256:")) {
    return {
      error: `release "${ref}" is not a valid digest: a digest is sha256: followed by 64 lower-case hex digits.`
    };
  }
  if (TAG.test(value)) return { ref, pin: { tag: value } };
  return {
    error: `release "${ref}" is not an image tag or digest. A tag is up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (such as v1.5.0); a digest is sha256:<64 hex digits>.`
  };
}
function pinText(pin) {
  return pin.tag ?? pin.digest;
}
function isNewer(a, b) {
  const [x, y] = [import_semver.default.valid(a), import_semver.default.valid(b)];
  return x !== null && y !== null && import_semver.default.gt(x, y);
}

// src/gitops/layout.ts
var CAPACITY_FILE = "capacity.yaml";
var CAPACITY_PATCH_FILE = "capacity-patch.yaml";
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function regionLayout(platform, service, region) {
  const override = platform.layout.services?.[service] ?? {};
  const template2 = override.path ?? platform.layout.path;
  const folder = template2.replaceAll("{region}", region).replaceAll("{service}", service).replace(/\/+$/, "");
  const image = override.image ?? platform.layout.image;
  const candidates = image === "helm" ? [`${folder}/${override.valuesFile ?? platform.layout.valuesFile}`] : KUSTOMIZATION_NAMES.map((name) => `${folder}/${name}`);
  return { folder, image, candidates };
}
var GENERATED_FILES = {
  routeTable: "route-table.yaml",
  dnsEndpoint: "dnsendpoint.yaml",
  gslb: "gslb.yaml",
  istio: "istio.yaml",
  linkerd: "serviceprofile.yaml",
  dataMap: "data-map.yaml"
};
var SERVICE_FILE = "service.yaml";
function routingFiles(folder) {
  return [SERVICE_FILE, ...Object.values(GENERATED_FILES)].map((name) => `${folder}/${name}`);
}
function filesToRead(platform, service, regions) {
  const own = regions.filter((r) => platform.regions[r]).flatMap((r) => {
    const layout = regionLayout(platform, service, r);
    return [
      ...layout.candidates,
      ...routingFiles(layout.folder),
      `${layout.folder}/${CAPACITY_FILE}`,
      `${layout.folder}/${CAPACITY_PATCH_FILE}`
    ];
  });
  const former = Object.keys(platform.regions).filter((r) => !regions.includes(r)).flatMap(
    (r) => [SERVICE_FILE, GENERATED_FILES.dnsEndpoint, GENERATED_FILES.gslb].map(
      (name) => `${regionLayout(platform, service, r).folder}/${name}`
    )
  );
  return [...own, ...former];
}
function servicesFolder(platform, region) {
  const segments = platform.layout.path.replace(/\/+$/, "").split("/");
  if (segments.pop() !== "{service}" || segments.some((s) => s.includes("{service}")))
    return void 0;
  return segments.map((s) => s.replaceAll("{region}", region)).join("/");
}

// src/routing/annotations.ts
var MANAGED_KEYS = [
  "hostname",
  "set-identifier",
  "ttl",
  "aws-region",
  "aws-failover",
  "aws-weight",
  "aws-geolocation-continent-code",
  "aws-geolocation-country-code",
  "aws-geolocation-subdivision-code",
  "aws-health-check-id",
  "alias",
  "aws-evaluate-target-health"
];
var KNOWN_PREFIXES = ["external-dns.kubernetes.io/", "external-dns.alpha.kubernetes.io/"];
function recordAnnotations(record) {
  const out = { hostname: record.name };
  if (record.setIdentifier !== void 0) out["set-identifier"] = record.setIdentifier;
  if (!record.alias) out.ttl = String(record.ttl);
  if (record.awsRegion !== void 0) out["aws-region"] = record.awsRegion;
  if (record.failover !== void 0) out["aws-failover"] = record.failover;
  if (record.weight !== void 0) out["aws-weight"] = String(record.weight);
  if (record.continent !== void 0) out["aws-geolocation-continent-code"] = record.continent;
  if (record.country !== void 0) out["aws-geolocation-country-code"] = record.country;
  if (record.subdivision !== void 0) out["aws-geolocation-subdivision-code"] = record.subdivision;
  if (record.healthCheckId !== void 0) out["aws-health-check-id"] = record.healthCheckId;
  if (record.alias) out.alias = "true";
  if (record.evaluateTargetHealth !== void 0)
    out["aws-evaluate-target-health"] = String(record.evaluateTargetHealth);
  return out;
}
function withPrefix(prefix, annotations) {
  return Object.fromEntries(
    Object.entries(annotations).map(([key, value]) => [`${prefix}${key}`, value])
  );
}

// src/routing/validate.ts
var PROVIDER_MIN_TTL = {
  cloudflare: { min: 120, allowed: [1] }
};
var MAX_TTL = 2147483647;
var POLICY_KEYS = [
  ["weighted", (k) => k === "aws-weight"],
  ["latency", (k) => k === "aws-region"],
  ["failover", (k) => k === "aws-failover"],
  ["geolocation", (k) => k.startsWith("aws-geolocation-")],
  ["geoproximity", (k) => k.startsWith("aws-geoproximity-")],
  ["multivalue", (k) => k === "aws-multi-value-answer"]
];
function policiesOf(view) {
  const keys = [...view.keys.keys()];
  return POLICY_KEYS.filter(([, test]) => keys.some(test)).map(([policy]) => policy);
}
function parseTtl(value) {
  if (/^-?\d+$/.test(value)) return Number(value);
  const units = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, ns: 1e-9 };
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ns|us|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== value) return void 0;
  return Math.trunc(parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]], 0));
}
function normal(name) {
  return name.trim().toLowerCase().replace(/\.$/, "");
}
function names(view) {
  return (view.keys.get("hostname")?.value ?? "").split(",").map(normal).filter((n) => n !== "");
}
function inZone(name, zone) {
  const [n, z] = [normal(name), normal(zone)];
  return n === z || n.endsWith(`.${z}`);
}
function validateViews(views, ctx) {
  const claimed = new Map([...ctx.claimed].map(([name, owner]) => [normal(name), owner]));
  const findings = [];
  const add = (rule, severity, message, at, region) => findings.push({ rule, severity, message, ...at, region });
  const byName = /* @__PURE__ */ new Map();
  for (const view of views) {
    const key = (k) => view.keys.get(k);
    const where = (k) => key(k)?.at ?? view.at;
    const p = view.prefix;
    const policies = policiesOf(view);
    for (const name of names(view)) {
      byName.set(name, [...byName.get(name) ?? [], view]);
      if (view.zone !== "" && !inZone(name, view.zone))
        add(
          "dns-hostname-zone",
          "error",
          `${name} is not inside ${view.region}'s DNS zone ${view.zone}, so its ExternalDNS (--domain-filter) would silently leave it unmanaged. Use a name ending in .${view.zone}, or give ${view.region} its own name in spec.routing.hostnames.`,
          where("hostname"),
          view.region
        );
      const owner = claimed.get(name);
      if (owner !== void 0 && owner !== ctx.service)
        add(
          "dns-hostname-claimed",
          "error",
          `${name} is already published by service ${owner}; two services on one name would overwrite each other's records. Choose another hostname.`,
          where("hostname"),
          view.region
        );
    }
    if (policies.length > 1)
      add(
        "dns-mixed-policy",
        "error",
        `${view.region}'s annotations ask for several routing policies (${policies.join(", ")}); Route 53 allows one per record. Remove the annotations of the policy you no longer use (a policy change needs the old record deleted first).`,
        view.at,
        view.region
      );
    if (policies.length > 0 && !key("set-identifier"))
      add(
        "dns-set-identifier-missing",
        "error",
        `${view.region} asks for a ${policies[0]} record without ${p}set-identifier; Route 53 rejects it ("Missing field 'SetIdentifier'"). Add a set-identifier unique to the region.`,
        view.at,
        view.region
      );
    const weight = key("aws-weight");
    if (weight && !(/^\d+$/.test(weight.value) && Number(weight.value) <= 255))
      add(
        "dns-weight-range",
        "error",
        `${p}aws-weight is "${weight.value}"; Route 53 takes an integer from 0 to 255 (ExternalDNS turns anything else into 0).`,
        weight.at,
        view.region
      );
    const awsRegion = key("aws-region");
    if (awsRegion && !LATENCY_REGIONS.has(awsRegion.value))
      add(
        "dns-latency-region",
        "error",
        `${p}aws-region is "${awsRegion.value}", which is not a Region Route 53 takes for a latency record (such as us-east-1 or eu-north-1), so Route 53 would refuse ${view.region}'s record. The value is the region's location in the platform config: ask the platform team to set it to the AWS Region the cluster runs in, or choose another policy.`,
        awsRegion.at,
        view.region
      );
    const failover = key("aws-failover");
    if (failover && !["PRIMARY", "SECONDARY"].includes(failover.value))
      add(
        "dns-failover-value",
        "error",
        `${p}aws-failover is "${failover.value}"; it must be PRIMARY or SECONDARY.`,
        failover.at,
        view.region
      );
    if (failover?.value === "PRIMARY" && key("alias")?.value !== "true" && !key("aws-health-check-id"))
      add(
        "dns-failover-health",
        "error",
        `${view.region} is the PRIMARY of a failover record without a health check; Route 53 rejects a non-alias primary without one. Set spec.routing.healthCheck.id.${view.region}, or keep alias records (spec.routing.alias) so the load balancer's health is evaluated.`,
        failover.at,
        view.region
      );
    const continent = key("aws-geolocation-continent-code");
    const country = key("aws-geolocation-country-code");
    const subdivision = key("aws-geolocation-subdivision-code");
    if (continent && (country || subdivision))
      add(
        "dns-geolocation-one-of",
        "error",
        `${view.region} sets a continent and a country; Route 53 takes one (ExternalDNS silently keeps the continent). Keep one of them.`,
        (country ?? subdivision).at,
        view.region
      );
    else if (subdivision && !country)
      add(
        "dns-geolocation-one-of",
        "error",
        `${view.region} sets a subdivision without its country; add the country code (such as US for a US state).`,
        subdivision.at,
        view.region
      );
    const proximity = [
      "aws-geoproximity-region",
      "aws-geoproximity-local-zone-group",
      "aws-geoproximity-coordinates"
    ].filter((k) => key(k));
    if (policies.includes("geoproximity") && proximity.length !== 1)
      add(
        "dns-geoproximity-one-of",
        "error",
        `${view.region}'s geoproximity record must set exactly one of aws-geoproximity-region, -local-zone-group and -coordinates (it sets ${proximity.length === 0 ? "none" : proximity.join(", ")}); Route 53 rejects anything else.`,
        key(proximity[1] ?? "")?.at ?? view.at,
        view.region
      );
    const bias = key("aws-geoproximity-bias");
    if (bias && !(/^-?\d+$/.test(bias.value) && Math.abs(Number(bias.value)) <= 99))
      add(
        "dns-geoproximity-range",
        "error",
        `${p}aws-geoproximity-bias is "${bias.value}"; it must be an integer from -99 to 99.`,
        bias.at,
        view.region
      );
    const coordinates = key("aws-geoproximity-coordinates");
    if (coordinates) {
      const [lat, long, ...rest] = coordinates.value.split(",").map(Number);
      if (rest.length > 0 || !(Math.abs(lat) <= 90 && Math.abs(long) <= 180))
        add(
          "dns-geoproximity-range",
          "error",
          `${p}aws-geoproximity-coordinates is "${coordinates.value}"; it must be "latitude,longitude" with latitude -90..90 and longitude -180..180.`,
          coordinates.at,
          view.region
        );
    }
    const multi = key("aws-multi-value-answer");
    if (multi && multi.value !== "true")
      add(
        "dns-multi-value-answer",
        "warning",
        `${p}aws-multi-value-answer is "${multi.value}", but ExternalDNS turns multivalue on whenever the annotation is present. Remove the annotation to turn it off.`,
        multi.at,
        view.region
      );
    const ttl = key("ttl");
    if (ttl) {
      const seconds = parseTtl(ttl.value);
      const floor = PROVIDER_MIN_TTL[view.provider];
      if (seconds === void 0 || seconds < 1 || seconds > MAX_TTL)
        add(
          "dns-ttl-invalid",
          "error",
          `${p}ttl is "${ttl.value}"; ExternalDNS takes whole seconds from 1 to ${MAX_TTL} (or a duration such as 1m) and ignores anything else with only a log line.`,
          ttl.at,
          view.region
        );
      else if (floor && seconds < floor.min && !floor.allowed.includes(seconds))
        add(
          "dns-ttl-below-minimum",
          "error",
          `${view.region}'s provider ${view.provider} takes TTLs of at least ${floor.min} s (or ${floor.allowed.join(", ")} for automatic); ${ttl.value} would be rejected. Raise spec.routing.ttl to ${floor.min}.`,
          ttl.at,
          view.region
        );
    }
    const controller = key("controller");
    if (controller && controller.value !== "dns-controller")
      add(
        "dns-controller-value",
        "error",
        `${p}controller is "${controller.value}"; ExternalDNS skips every object whose controller annotation is not dns-controller, so none of its records would be published. Remove the annotation.`,
        controller.at,
        view.region
      );
    for (const foreign of view.foreign)
      add(
        "dns-annotation-prefix",
        "warning",
        `${foreign.key} uses a prefix ${view.region}'s ExternalDNS does not read (it is configured for ${p} in the platform config), so it has no effect. Rename it to ${p}${foreign.key.slice(foreign.key.indexOf("/") + 1)} or remove it.`,
        foreign.at,
        view.region
      );
  }
  for (const [name, members] of byName) {
    const ids = /* @__PURE__ */ new Map();
    for (const view of members) {
      const id = view.keys.get("set-identifier");
      if (!id) continue;
      const first = ids.get(id.value);
      if (first)
        add(
          "dns-set-identifier-duplicate",
          "error",
          `${name} has set-identifier "${id.value}" in both ${first.region} and ${view.region}; each region's record needs its own, or Route 53 keeps only one.`,
          id.at,
          view.region
        );
      else ids.set(id.value, view);
    }
    const policies = new Set(members.map(policiesOf).flatMap((p) => p.length === 1 ? p : []));
    if (policies.size > 0 && members.some((m) => policiesOf(m).length === 0)) policies.add("simple");
    if (policies.size > 1) {
      const last = members[members.length - 1];
      add(
        "dns-mixed-policy",
        "error",
        `${name} mixes routing policies across regions (${[...policies].join(", ")}: ${members.map((m) => `${m.region} ${policiesOf(m).join("+") || "simple"}`).join(", ")}); Route 53 allows one policy per name. Make every region use spec.routing.policy, removing stale annotations by hand.`,
        last.at,
        last.region
      );
    }
    const latencyRegions = /* @__PURE__ */ new Map();
    for (const view of members) {
      const awsRegion = view.keys.get("aws-region");
      if (!awsRegion) continue;
      const first = latencyRegions.get(awsRegion.value);
      if (first)
        add(
          "dns-latency-duplicate",
          "error",
          `${first.region} and ${view.region} both publish a latency record for ${awsRegion.value} on ${name}; Route 53 takes one latency record per AWS Region and name, so it would refuse the second. Give one of them a name of its own in spec.routing.hostnames, or use policy weighted.`,
          awsRegion.at,
          view.region
        );
      else latencyRegions.set(awsRegion.value, view);
    }
    const weighted = members.filter((m) => m.keys.has("aws-weight"));
    if (weighted.length > 100)
      add(
        "dns-weight-range",
        "error",
        `${name} has ${weighted.length} weighted records; Route 53 allows at most 100 per name.`,
        weighted[100].at,
        weighted[100].region
      );
    const tiers = members.map((m) => m.keys.get("aws-failover")?.value).filter((v) => v !== void 0);
    const primaries = tiers.filter((t) => t === "PRIMARY").length;
    const secondaries = tiers.filter((t) => t === "SECONDARY").length;
    if (tiers.length > 0 && (primaries !== 1 || secondaries !== 1)) {
      const last = members[members.length - 1];
      add(
        "dns-failover-pair",
        "error",
        `${name} has ${primaries} PRIMARY and ${secondaries} SECONDARY failover records; Route 53 takes exactly one of each. Order the regions in spec.routing.failover (more than two are nested for you).`,
        last.keys.get("aws-failover")?.at ?? last.at,
        last.region
      );
    }
  }
  return findings;
}
function splitByPrefix(all, prefix) {
  const own = /* @__PURE__ */ new Map();
  const foreign = [];
  for (const [key, value] of all) {
    if (key.startsWith(prefix)) own.set(key.slice(prefix.length), value);
    else if (KNOWN_PREFIXES.some((other) => other !== prefix && key.startsWith(other)))
      foreign.push([key, value]);
  }
  return { own, foreign };
}

// src/routing/compile.ts
var ROUTING_PROVIDERS = /* @__PURE__ */ new Set(["aws"]);
function inChinaPartition(location) {
  return location.startsWith("cn-");
}
function prefixOf(platform, region) {
  return platform.regions[region]?.dns?.annotationPrefix ?? DEFAULTS.annotationPrefix;
}
function recordSets(service, platform) {
  const sets = /* @__PURE__ */ new Map();
  if (!service.routing) return sets;
  for (const region of service.regions) {
    if (!platform.regions[region]) continue;
    const name = hostnameOf(service.routing, region);
    const members = sets.get(name);
    if (members) members.push(region);
    else sets.set(name, [region]);
  }
  return sets;
}
function failoverChain(routing, members) {
  const listed = routing.failover?.filter((r) => members.includes(r)) ?? [];
  return listed.length > 0 ? listed : [...members];
}
function nestedName(name, tier) {
  const dot = name.indexOf(".");
  return `${name.slice(0, dot)}-tier${tier}${name.slice(dot)}`;
}
function compileDns(service, platform) {
  const routing = service.routing;
  const findings = [];
  const regions = [];
  if (!routing) return { regions, findings };
  const policy = routing.policy ?? ROUTING_DEFAULTS.policy;
  const ttl = routing.ttl ?? ROUTING_DEFAULTS.ttl;
  const alias = routing.alias ?? ROUTING_DEFAULTS.alias;
  const find = (rule, severity, message, path, region) => {
    const finding = {
      rule,
      severity,
      message,
      file: service.file,
      ...service.locate(path)
    };
    if (region !== void 0) finding.region = region;
    findings.push(finding);
  };
  if (alias && routing.ttl !== void 0) {
    find(
      "dns-alias-ttl",
      "info",
      `Route 53 ignores the TTL of ALIAS records (it uses the load balancer's); spec.routing.ttl still applies to k8gb and plain records. Remove it, or set "alias: false" for plain records with this TTL.`,
      ["spec", "routing", "ttl"]
    );
  }
  if (routing.alias === false && service.regions.some((r) => platform.regions[r]?.dns?.provider === "aws"))
    find(
      "dns-alias-false",
      "warning",
      `ExternalDNS makes ALIAS records to an AWS load balancer whatever "alias: false" says, unless its controller runs with --aws-prefer-cname: Route 53 then ignores spec.routing.ttl and evaluates the load balancer's health. Ask the platform team whether the Route 53 regions' ExternalDNS runs with --aws-prefer-cname, or remove "alias: false".`,
      ["spec", "routing", "alias"]
    );
  for (const [name, members] of recordSets(service, platform)) {
    const chain = failoverChain(routing, members);
    const shared = members.length > 1;
    const hostPathOf = (region) => routing.hostnames?.[region] ? ["spec", "routing", "hostnames", region] : ["spec", "routing", "hostname"];
    findings.push(...partitionFindings(service, platform, name, members, hostPathOf));
    if (policy === "failover" && shared) {
      const listed = (routing.failover ?? []).filter((r) => members.includes(r));
      if (chain.length < 2) {
        find(
          "dns-failover-pair",
          "error",
          `Policy failover needs at least two regions of ${name} in spec.routing.failover (PRIMARY and SECONDARY), but it names only ${chain.join(", ")}. Add the region to fail over to, or choose another policy.`,
          ["spec", "routing", "failover", (routing.failover ?? []).indexOf(listed[0])],
          chain[0]
        );
        continue;
      }
      const nested = Array.from({ length: chain.length - 2 }, (_, i) => nestedName(name, i + 2));
      const tooLong = nested.find((n) => !isHostname(n));
      if (tooLong !== void 0) {
        find(
          "dns-failover-nesting",
          "error",
          `Failover over ${chain.length} regions nests through ${tooLong}, which is longer than DNS allows (labels of at most 63 characters, names of at most 253), so Route 53 would refuse it. Shorten the hostname's first label (the tiers add -tier2, -tier3 ... to it), or fail over between two regions.`,
          hostPathOf(chain[0]),
          chain[0]
        );
        continue;
      }
      const outside = nested.find(
        (n) => members.some((r) => !inZone(n, platform.regions[r]?.dns?.zone ?? n))
      );
      if (outside !== void 0) {
        find(
          "dns-failover-nesting",
          "error",
          `Failover over ${chain.length} regions nests through ${outside}, which is outside the zone of ${name} (an apex name has no label to extend), so ExternalDNS would not publish it. Use a name below the zone apex (such as checkout.${name}), or fail over between two regions.`,
          ["spec", "routing", "failover"],
          chain[0]
        );
        continue;
      }
    }
    for (const region of members) {
      const settings = platform.regions[region];
      const dns = settings.dns;
      const hostPath = hostPathOf(region);
      const plan2 = {
        region,
        provider: dns?.provider ?? "none",
        zone: dns?.zone ?? "",
        prefix: prefixOf(platform, region),
        hostname: name,
        endpoint: [],
        origins: { hostname: hostPath, ttl: ["spec", "routing", "ttl"] }
      };
      regions.push(plan2);
      const regionIndex = service.regions.indexOf(region);
      if (!dns) {
        find(
          "dns-not-configured",
          "error",
          `Region ${region} has no dns settings in ${platform.file}, so ${name} cannot be published there. Ask the platform team to add spec.regions.${region}.dns, or remove ${region} from spec.regions.`,
          ["spec", "regions", regionIndex],
          region
        );
        continue;
      }
      if (dns.provider === "k8gb") {
        plan2.gslb = gslbStrategy(routing, policy, ttl, members, chain);
        continue;
      }
      const base = { name, policy: "simple", carrier: "Service", ttl, alias };
      const healthCheckId = routing.healthCheck?.id?.[region];
      if (healthCheckId !== void 0) {
        base.healthCheckId = healthCheckId;
        plan2.origins["aws-health-check-id"] = ["spec", "routing", "healthCheck", "id", region];
      }
      if (alias) base.evaluateTargetHealth = true;
      if (!ROUTING_PROVIDERS.has(dns.provider)) {
        if (shared) {
          find(
            "dns-provider-unsupported",
            "error",
            `Region ${region} publishes DNS through ${dns.provider}, which has no routing policies in ExternalDNS (only Route 53 has), so ${name} cannot be shared by ${members.join(", ")} with policy ${policy}. Give ${region} its own name in spec.routing.hostnames, or ask the platform team to serve it through k8gb.`,
            ["spec", "routing", "policy"],
            region
          );
          continue;
        }
        plan2.service = { name, policy: "simple", carrier: "Service", ttl, alias: false };
        continue;
      }
      const setIdentifier = `${service.name}-${region}`;
      const record = { ...base, setIdentifier };
      plan2.origins["set-identifier"] = ["metadata", "name"];
      switch (policy) {
        case "latency":
          record.policy = "latency";
          record.awsRegion = settings.location;
          plan2.origins["aws-region"] = ["spec", "regions", regionIndex];
          break;
        case "weighted":
          record.policy = "weighted";
          record.weight = routing.weights?.[region] ?? ROUTING_DEFAULTS.weight;
          plan2.origins["aws-weight"] = routing.weights?.[region] !== void 0 ? ["spec", "routing", "weights", region] : ["spec", "routing", "policy"];
          break;
        case "geolocation": {
          const geo = routing.geolocation?.[region];
          if (!geo) {
            find(
              "dns-region-not-routed",
              "warning",
              `Region ${region} has no entry in spec.routing.geolocation, so the geolocation record set ${name} sends it no traffic. Add one (such as "${region}: { country: US }").`,
              ["spec", "regions", regionIndex],
              region
            );
            continue;
          }
          record.policy = "geolocation";
          const geoPath = ["spec", "routing", "geolocation", region];
          if (geo.continent !== void 0) {
            record.continent = geo.continent;
            plan2.origins["aws-geolocation-continent-code"] = [...geoPath, "continent"];
          }
          if (geo.country !== void 0) {
            record.country = geo.country;
            plan2.origins["aws-geolocation-country-code"] = [...geoPath, "country"];
          }
          if (geo.subdivision !== void 0) {
            record.subdivision = geo.subdivision;
            plan2.origins["aws-geolocation-subdivision-code"] = [...geoPath, "subdivision"];
          }
          break;
        }
        case "failover": {
          const tier = chain.indexOf(region);
          if (tier === -1) {
            find(
              "dns-region-not-routed",
              "warning",
              `Region ${region} is not in spec.routing.failover, so the failover record set ${name} never sends it traffic. Add it to the list, or remove it from spec.regions.`,
              ["spec", "regions", regionIndex],
              region
            );
            continue;
          }
          if (!shared) {
            plan2.service = base;
            continue;
          }
          record.policy = "failover";
          const last = tier === chain.length - 1;
          const level = last ? chain.length - 1 : tier + 1;
          record.name = level === 1 ? name : nestedName(name, level);
          record.failover = last ? "SECONDARY" : "PRIMARY";
          plan2.origins["aws-failover"] = ["spec", "routing", "failover", tier];
          plan2.origins.hostname = ["spec", "routing", "failover", tier];
          if (tier === 0) plan2.endpoint = nestingRecords(service.name, name, chain.length, ttl);
          break;
        }
      }
      plan2.service = record;
    }
  }
  return { regions, findings };
}
function nestingRecords(service, name, tiers, ttl) {
  const records = [];
  for (let level = 1; level <= tiers - 2; level++) {
    records.push({
      name: level === 1 ? name : nestedName(name, level),
      policy: "failover",
      carrier: "DNSEndpoint",
      setIdentifier: `${service}-tier${level + 1}`,
      failover: "SECONDARY",
      ttl,
      alias: true,
      evaluateTargetHealth: true,
      target: nestedName(name, level + 1)
    });
  }
  return records;
}
function gslbStrategy(routing, policy, ttl, members, chain) {
  switch (policy) {
    case "failover":
      return { type: "failover", dnsTtlSeconds: ttl, primaryGeoTag: chain[0] };
    case "weighted":
      return {
        type: "roundRobin",
        dnsTtlSeconds: ttl,
        weight: Object.fromEntries(
          members.map((r) => [r, routing.weights?.[r] ?? ROUTING_DEFAULTS.weight])
        )
      };
    case "geolocation":
      return { type: "geoip", dnsTtlSeconds: ttl };
    default:
      return { type: "geoip", dnsTtlSeconds: ttl };
  }
}
function partitionFindings(service, platform, name, members, hostPathOf) {
  const aws = members.filter((r) => platform.regions[r]?.dns?.provider === "aws");
  const china = aws.filter((r) => inChinaPartition(platform.regions[r].location));
  const commercial = aws.filter((r) => !china.includes(r));
  const findings = [];
  for (const region of china) {
    const zone = platform.regions[region].dns.zone;
    const sameZone = Object.entries(platform.regions).filter(([, r]) => r.dns?.provider === "aws" && !inChinaPartition(r.location)).filter(([, r]) => normalName(r.dns.zone) === normalName(zone)).map(([other]) => other);
    if (commercial.length === 0 && sameZone.length === 0) continue;
    findings.push({
      rule: "dns-partition",
      severity: "error",
      message: commercial.length > 0 ? `${region} (${platform.regions[region].location}) is in the aws-cn partition, whose Route 53 is separate, but shares ${name} with ${commercial.join(", ")} in the commercial partition: no record set can span both. Give ${region} a name in its own zone in spec.routing.hostnames.` : `${region} (${platform.regions[region].location}) is in the aws-cn partition, but its zone ${zone} is also the zone of ${sameZone.join(", ")} in the commercial partition: one hosted zone cannot serve both. Ask the platform team for a zone of its own for ${region}.`,
      file: service.file,
      ...service.locate(hostPathOf(region)),
      region
    });
  }
  return findings;
}

// src/capacity/reservation.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/capacity/quantity.ts
var MEMORY_UNITS = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40
};
function cpuMillis(quantity) {
  return quantity.endsWith("m") ? Number(quantity.slice(0, -1)) : Math.round(Number(quantity) * 1e3);
}
function memoryBytes(quantity) {
  const match = /^([0-9]+)([a-zA-Z]*)$/.exec(quantity);
  if (!match) return Number.NaN;
  return Number(match[1]) * (MEMORY_UNITS[match[2]] ?? Number.NaN);
}
function formatCpu(millis) {
  return millis % 1e3 === 0 ? String(millis / 1e3) : `${millis}m`;
}
function formatMemory(bytes) {
  for (const unit of ["Ti", "Gi", "Mi", "Ki"])
    if (bytes % MEMORY_UNITS[unit] === 0) return `${bytes / MEMORY_UNITS[unit]}${unit}`;
  return `${Math.ceil(bytes / MEMORY_UNITS.Mi)}Mi`;
}

// src/capacity/render.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_REPLICAS_ANNOTATION = "multiregion.dev/max-replicas";
var HEADER = "# Written by multiregion from spec.capacity of the service manifest; change it there.\n";
function renderCapacityObjects(c) {
  const docs = [];
  if (c.autoscaling)
    docs.push({
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { name: c.deployment },
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: c.deployment },
        minReplicas: c.autoscaling.min,
        maxReplicas: c.autoscaling.max,
        metrics: [
          {
            type: "Resource",
            resource: {
              name: "cpu",
              target: { type: "Utilization", averageUtilization: c.autoscaling.cpuUtilization }
            }
          }
        ]
      }
    });
  if (c.disruptionBudget)
    docs.push({
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name: c.deployment },
      spec: { ...c.disruptionBudget, selector: { matchLabels: c.selector } }
    });
  if (docs.length === 0) return void 0;
  return HEADER + docs.map((d) => (0, import_yaml.stringify)(d)).join("---\n");
}
function renderCapacityPatch(c) {
  const spec = {};
  if (c.replicas !== void 0) spec.replicas = c.replicas;
  if (c.requests)
    spec.template = {
      spec: {
        containers: [
          {
            name: c.container,
            resources: { requests: { cpu: c.requests.cpu, memory: c.requests.memory } }
          }
        ]
      }
    };
  const patch = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: c.deployment, annotations: { [MAX_REPLICAS_ANNOTATION]: String(c.max) } },
    ...Object.keys(spec).length > 0 ? { spec } : {}
  };
  return HEADER + (0, import_yaml.stringify)(patch);
}

// src/capacity/reservation.ts
function holdingOf(service, text) {
  const doc = (0, import_yaml2.parseDocument)(text, { prettyErrors: false });
  if (doc.errors.length > 0) return void 0;
  const patch = doc.toJS();
  const max = Number(patch?.metadata?.annotations?.[MAX_REPLICAS_ANNOTATION]);
  const requests = patch?.spec?.template?.spec?.containers?.find((c) => c.resources?.requests)?.resources?.requests;
  if (!Number.isInteger(max) || !requests?.cpu || !requests.memory) return void 0;
  const cpu = cpuMillis(String(requests.cpu));
  const memory = memoryBytes(String(requests.memory));
  if (!Number.isFinite(cpu) || !Number.isFinite(memory)) return void 0;
  return { service, cpuMillis: max * cpu, memoryBytes: max * memory };
}
function ownHolding(service, c) {
  if (!c.requests) return void 0;
  return {
    service,
    cpuMillis: c.max * cpuMillis(c.requests.cpu),
    memoryBytes: c.max * memoryBytes(c.requests.memory)
  };
}
function checkQuota(service, platform, capacity, others) {
  const findings = [];
  for (const [region, c] of capacity) {
    const quota = platform.regions[region]?.quota;
    const own = ownHolding(service.name, c);
    if (!quota || !own) continue;
    const held = (others.get(region) ?? []).filter((h) => h.service !== service.name);
    const resources = [
      { name: "cpu", limit: quota.cpu, parse: cpuMillis, format: formatCpu, key: "cpuMillis" },
      {
        name: "memory",
        limit: quota.memory,
        parse: memoryBytes,
        format: formatMemory,
        key: "memoryBytes"
      }
    ];
    for (const r of resources) {
      if (r.limit === void 0) continue;
      const limit = r.parse(r.limit);
      const total = [own, ...held].reduce((sum, h) => sum + h[r.key], 0);
      if (total <= limit) continue;
      const holders = [...held].sort((a, b) => b[r.key] - a[r.key] || a.service.localeCompare(b.service)).map((h) => `${h.service} ${r.format(h[r.key])} ${r.name}`);
      findings.push({
        rule: "capacity-over-quota",
        severity: "error",
        message: `${service.name} may request up to ${r.format(own[r.key])} ${r.name} in ${region} (${c.max} pods \xD7 ${r.name === "cpu" ? c.requests.cpu : c.requests.memory}); with what the other services hold (${holders.length > 0 ? holders.join(", ") : "none"}) that is ${r.format(total)} ${r.name}, over ${region}'s quota of ${r.format(limit)} ${r.name} (${platform.file} spec.regions.${region}.quota). Lower ${c.maxPath.join(".")} or the requests, or ask the platform team to raise the quota.`,
        file: service.file,
        ...service.locate(c.maxPath, "value"),
        region
      });
    }
  }
  return findings;
}

// src/gitops/annotations.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/gitops/yaml-edit.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";
var parsed = /* @__PURE__ */ new Map();
var PARSED_KEPT = 512;
function parseFile(text) {
  const known = parsed.get(text);
  if (known) return known;
  const result = parseFresh(text);
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value);
  parsed.set(text, result);
  return result;
}
function parseFresh(text) {
  const lines = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const problem2 = doc.errors[0];
  if (problem2) {
    const { line, col } = lines.linePos(problem2.pos[0]);
    return { error: `line ${line}, column ${col}: ${problem2.message.split("\n")[0]}` };
  }
  return { text, doc, lines };
}
function lineOf(file, offset) {
  return file.lines.linePos(offset).line;
}
function render(value, style) {
  if (style === import_yaml3.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  const plainIsSafe = /^[\w./:@+-]+$/.test(value) && (0, import_yaml3.parse)(value) === value;
  if (style !== import_yaml3.Scalar.QUOTE_DOUBLE && plainIsSafe) return value;
  return JSON.stringify(value);
}
function renderPlain(value) {
  return render(value, import_yaml3.Scalar.PLAIN);
}
function eol(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function replaceScalar(file, node, value) {
  if (node.type === import_yaml3.Scalar.BLOCK_LITERAL || node.type === import_yaml3.Scalar.BLOCK_FOLDED) return void 0;
  const [start, end] = node.range;
  const original = file.text.slice(start, end);
  if (original.includes("\n")) return void 0;
  const prefix = original === "" && !/\s/.test(file.text[start - 1] ?? " ") ? " " : "";
  const suffix = original === "" && file.text[end] === "#" ? " " : "";
  const text = file.text.slice(0, start) + prefix + render(value, node.type) + suffix + file.text.slice(end);
  return { text, line: lineOf(file, start) };
}
function blockPair(map, key) {
  if (map.flow) return void 0;
  const pair = map.items.find((p) => (0, import_yaml3.isScalar)(p.key) && p.key.value === key);
  const keyNode = pair?.key;
  const valueNode = pair?.value;
  if (!keyNode?.range || !valueNode?.range) return void 0;
  return { keyNode, valueNode };
}
function insertAfter(file, map, after, key, value) {
  const nodes = blockPair(map, after);
  if (!nodes) return void 0;
  const { keyNode, valueNode } = nodes;
  const keyStart = keyNode.range[0];
  const lineStart = file.text.lastIndexOf("\n", keyStart - 1) + 1;
  const before = file.text.slice(lineStart, keyStart);
  if (!/^[ ]*(- +)*$/.test(before)) return void 0;
  const indent2 = " ".repeat(before.length);
  const newline = eol(file.text);
  const inserted = `${indent2}${key}: ${render(value, import_yaml3.Scalar.PLAIN)}`;
  const valueEnd = valueNode.range[1];
  const lineEnd = file.text[valueEnd - 1] === "\n" ? valueEnd - 1 : file.text.indexOf("\n", valueEnd);
  if (lineEnd === -1)
    return { text: `${file.text}${newline}${inserted}`, line: lineOf(file, keyStart) + 1 };
  const text = `${file.text.slice(0, lineEnd + 1)}${inserted}${newline}${file.text.slice(lineEnd + 1)}`;
  return { text, line: lineOf(file, lineEnd) + 1 };
}
function removePair(file, map, key) {
  const nodes = blockPair(map, key);
  if (!nodes) return void 0;
  const { keyNode, valueNode } = nodes;
  const lineStart = file.text.lastIndexOf("\n", keyNode.range[0] - 1) + 1;
  if (!/^[ ]*$/.test(file.text.slice(lineStart, keyNode.range[0]))) return void 0;
  const newline = file.text.indexOf("\n", valueNode.range[0]);
  const lineEnd = newline === -1 ? file.text.length : newline + 1;
  if (valueNode.range[1] > lineEnd) return void 0;
  return {
    text: file.text.slice(0, lineStart) + file.text.slice(lineEnd),
    line: lineOf(file, lineStart)
  };
}
function onlyFieldChanged(file, text, path, value) {
  return matchesExpected(file, text, (expected) => {
    let target = expected;
    for (const segment of path.slice(0, -1))
      target = target[segment];
    target[path[path.length - 1]] = value;
  });
}
function matchesExpected(file, text, change) {
  try {
    const expected = file.doc.toJS({ maxAliasCount: 100 });
    change(expected);
    const edited = parseFile(text);
    if ("error" in edited) return false;
    return isDeepStrictEqual(edited.doc.toJS({ maxAliasCount: 100 }), expected);
  } catch {
    return false;
  }
}
function mapAt(file, path) {
  const node = path.length === 0 ? file.doc.contents : file.doc.getIn(path, true);
  return (0, import_yaml3.isMap)(node) ? node : void 0;
}
function scalarIn(map, key) {
  const node = map.get(key, true);
  return (0, import_yaml3.isScalar)(node) ? node : void 0;
}
function scalarText(node) {
  if (!node || node.value === null || node.value === void 0 || node.value === "") return null;
  return String(node.value);
}

// src/gitops/annotations.ts
var CARRIERS = ["Service", "Ingress"];
function position(file, node) {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = file.lines.linePos(offset);
  return { line, column: col };
}
function carrier(text, path) {
  const file = parseFile(text);
  if ("error" in file)
    return {
      kind: "problem",
      rule: "invalid-yaml",
      message: `${path} is not valid YAML (${file.error}); fix it in the environments repository.`,
      line: 1
    };
  const kind = scalarText(mapAt(file, [])?.get("kind", true));
  const metadata = mapAt(file, ["metadata"]);
  if (!kind || !CARRIERS.includes(kind) || !metadata)
    return {
      kind: "problem",
      rule: "dns-carrier-not-found",
      message: `${path} should hold the service's Service (or Ingress) with a metadata mapping, to carry its ExternalDNS annotations, but it holds ${kind ?? "no kind"}. Put the Service there, one object per file.`,
      line: 1
    };
  return { file, metadata };
}
function readAnnotations(text, path) {
  const found = carrier(text, path);
  if ("kind" in found) return found;
  const { file, metadata } = found;
  const annotations = /* @__PURE__ */ new Map();
  const node = metadata.get("annotations", true);
  if ((0, import_yaml4.isMap)(node))
    for (const pair of node.items) {
      if (!(0, import_yaml4.isScalar)(pair.key)) continue;
      const value = (0, import_yaml4.isScalar)(pair.value) ? String(pair.value.value ?? "") : "";
      annotations.set(String(pair.key.value), {
        value,
        ...position(file, pair.value ?? pair.key)
      });
    }
  const key = metadata.items.find((p) => (0, import_yaml4.isScalar)(p.key) && p.key.value === "annotations")?.key;
  return { kind: "read", annotations, ...position(file, key ?? metadata) };
}
function addAnnotationsMap(file, metadata, key, value) {
  const first = metadata.items[0]?.key;
  if (metadata.flow || !first?.range) return void 0;
  const column = position(file, first).column - 1;
  const indent2 = " ".repeat(column);
  const withParent = insertAfter(file, metadata, "name", "annotations", "{}");
  if (!withParent) return void 0;
  const lines = withParent.text.split("\n");
  const at = withParent.line - 1;
  lines[at] = `${indent2}annotations:`;
  lines.splice(at + 1, 0, `${indent2}  ${key}: ${renderPlain(value)}`);
  return { text: lines.join("\n"), line: withParent.line };
}
function upsertAnnotations(text, path, wanted, remove = []) {
  const original = carrier(text, path);
  if ("kind" in original) return original;
  let current = original.file;
  const before = {};
  let firstLine;
  for (const [key, value] of Object.entries(wanted)) {
    const metadata = mapAt(current, ["metadata"]);
    const annotations = metadata.get("annotations", true);
    const node = (0, import_yaml4.isMap)(annotations) ? annotations.get(key, true) : void 0;
    const was = (0, import_yaml4.isScalar)(node) ? String(node.value ?? "") : null;
    if (was === value) continue;
    before[key] = was;
    let edited;
    if ((0, import_yaml4.isScalar)(node)) edited = replaceScalar(current, node, value);
    else if ((0, import_yaml4.isMap)(annotations) && annotations.items.length > 0) {
      const last = annotations.items[annotations.items.length - 1].key;
      edited = (0, import_yaml4.isScalar)(last) ? insertAfter(current, annotations, String(last.value), key, value) : void 0;
    } else if (annotations === void 0 || annotations === null)
      edited = addAnnotationsMap(current, metadata, key, value);
    const next = edited && parseFile(edited.text);
    if (!edited || !next || "error" in next) {
      return {
        kind: "problem",
        rule: "unsupported-layout",
        message: `${path}'s metadata.annotations is written in a form multiregion does not edit automatically (an inline {...} mapping, a multi-line value or an alias); write it as a block mapping of "key: value" lines, or set ${key}: "${value}" by hand.`,
        line: position(current, annotations ?? metadata).line
      };
    }
    firstLine = Math.min(firstLine ?? edited.line, edited.line);
    current = next;
  }
  for (const key of remove) {
    const annotations = mapAt(current, ["metadata", "annotations"]);
    if (!annotations?.has(key)) continue;
    const node = annotations.get(key, true);
    before[key] = (0, import_yaml4.isScalar)(node) ? String(node.value ?? "") : null;
    const edited = removePair(current, annotations, key);
    const next = edited && parseFile(edited.text);
    if (!edited || !next || "error" in next)
      return {
        kind: "problem",
        rule: "unsupported-layout",
        message: `${path}'s annotation ${key} is written in a form multiregion does not remove automatically; remove it by hand.`,
        line: position(current, annotations).line
      };
    firstLine = Math.min(firstLine ?? edited.line, edited.line);
    current = next;
  }
  if (firstLine === void 0) return { kind: "current" };
  const ok = matchesExpected(original.file, current.text, (value) => {
    const metadata = value.metadata;
    const annotations = {
      ...metadata.annotations,
      ...wanted
    };
    for (const key of remove) delete annotations[key];
    metadata.annotations = annotations;
  });
  if (!ok)
    return {
      kind: "problem",
      rule: "unsupported-layout",
      message: `${path} could not be given its DNS annotations without changing something else; set them by hand.`,
      line: lineOf(original.file, 0)
    };
  return { kind: "edit", text: current.text, line: firstLine, before };
}

// src/gitops/kustomization.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { posix } from "node:path";
function unlistedResources(text, names2) {
  const file = parseFile(text);
  if ("error" in file) return [...names2];
  const root = mapAt(file, []);
  const listed = ["resources", "bases"].flatMap((field) => {
    const items = root?.get(field, true);
    return (0, import_yaml5.isSeq)(items) ? items.items.flatMap((item) => (0, import_yaml5.isScalar)(item) ? [posix.normalize(String(item.value))] : []) : [];
  });
  return names2.filter((name) => !listed.includes(posix.normalize(name)));
}
function appendItems(file, seq, names2) {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow || !last || !(0, import_yaml5.isScalar)(last) || !last.range) return void 0;
  const [start, end] = last.range;
  const lineStart = file.text.lastIndexOf("\n", start - 1) + 1;
  const dash = /^([ ]*)- +$/.exec(file.text.slice(lineStart, start));
  if (!dash || file.text.slice(start, end).includes("\n")) return void 0;
  const newline = file.text.includes("\r\n") ? "\r\n" : "\n";
  const lineEnd = file.text.indexOf("\n", end);
  const lines = names2.map((name) => `${dash[1]}- ${renderPlain(name)}`).join(newline);
  if (lineEnd === -1)
    return { text: `${file.text}${newline}${lines}`, line: lineOf(file, start) + 1 };
  return {
    text: `${file.text.slice(0, lineEnd + 1)}${lines}${newline}${file.text.slice(lineEnd + 1)}`,
    line: lineOf(file, start) + 1
  };
}
function addResources(text, names2) {
  const file = parseFile(text);
  if ("error" in file)
    return { kind: "problem", message: `it is not valid YAML (${file.error})`, unreadable: true };
  const root = mapAt(file, []);
  if (!root) return { kind: "problem", message: "it is not a mapping" };
  const wanted = unlistedResources(text, names2);
  if (wanted.length === 0) return { kind: "current" };
  const resources = root.get("resources", true);
  let edited;
  if ((0, import_yaml5.isSeq)(resources)) edited = appendItems(file, resources, wanted);
  else if (resources === void 0 && !root.flow) {
    const newline = text.includes("\r\n") ? "\r\n" : "\n";
    const base = text === "" || text.endsWith("\n") ? text : `${text}${newline}`;
    const block = [`resources:`, ...wanted.map((n) => `  - ${renderPlain(n)}`)].join(newline);
    edited = { text: `${base}${block}${newline}`, line: base.split("\n").length };
  }
  if (!edited)
    return {
      kind: "problem",
      message: 'its resources is not a block list of "- file" lines'
    };
  const ok = matchesExpected(file, edited.text, (value) => {
    value.resources = [...value.resources ?? [], ...wanted];
  });
  if (!ok)
    return { kind: "problem", message: "adding to its resources would change something else" };
  return { kind: "edit", ...edited };
}

// src/routing/mesh.ts
var BREAKER_DEFAULTS = { failures: 5, cooldownMs: 5e3 };
var IDEMPOTENT_METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];
function meshRoutes(table, region, locations, hostname = table.hostname) {
  const routes = {
    service: table.service,
    hostname,
    region,
    timeoutMs: table.timeoutMs,
    deadlineMs: table.deadlineMs,
    retries: table.retries,
    retryBudget: table.retryBudget,
    order: table.order[region] ?? Object.keys(table.endpoints),
    endpoints: table.endpoints,
    locations,
    breaker: { ...BREAKER_DEFAULTS }
  };
  if (table.hedgeMs !== void 0) routes.hedgeMs = table.hedgeMs;
  return routes;
}
function protoDuration(ms) {
  return `${Number((ms / 1e3).toFixed(3))}s`;
}
var MANAGED_BY = { "app.kubernetes.io/managed-by": "multiregion" };
function header(service, target) {
  return `# Generated by multiregion from ${service}'s multiregion.yaml (spec.routing) for ${target}; edits here are replaced.
`;
}

// src/routing/grpc.ts
var GRPC_CONFIG_KEY = "grpc-service-config.json";
var GRPC_HEDGING_CONFIG_KEY = "grpc-service-config.hedging.json";
var HEDGING_LANGUAGES = ["Java", "Node.js (grpc-js)", ".NET (Grpc.Net.Client)"];
var MAX_ATTEMPTS = 5;
function compileGrpc(routes) {
  const notes = [];
  const attempts = Math.min(MAX_ATTEMPTS, routes.retries + 1);
  if (routes.retries + 1 > MAX_ATTEMPTS)
    notes.push({
      rule: "grpc-max-attempts",
      message: `gRPC allows at most ${MAX_ATTEMPTS} attempts, so ${routes.retries} retries become ${MAX_ATTEMPTS - 1}.`
    });
  const method = {
    // An empty name matches every method of every service on the channel.
    name: [{}],
    timeout: protoDuration(routes.deadlineMs)
  };
  const retryThrottling = {
    maxTokens: Math.min(1e3, Math.max(2, 2 * routes.retryBudget.minPerSecond)),
    tokenRatio: routes.retryBudget.ratio
  };
  const retrying = attempts > 1 ? {
    ...method,
    retryPolicy: {
      maxAttempts: attempts,
      initialBackoff: "0.05s",
      maxBackoff: protoDuration(Math.max(50, routes.timeoutMs)),
      backoffMultiplier: 2,
      retryableStatusCodes: ["UNAVAILABLE"]
    }
  } : method;
  notes.push({
    rule: "grpc-attempt-timeout",
    message: `gRPC has no per-attempt timeout: the ${routes.deadlineMs} ms deadline bounds all attempts, and the ${routes.timeoutMs} ms attempt timeout is not enforced per attempt.`
  });
  notes.push({
    rule: "grpc-retry-budget-floor",
    message: `gRPC's retryThrottling has no per-second floor: the budget's ${routes.retryBudget.minPerSecond} retries a second are lost, so after ${retryThrottling.maxTokens / 2} failures more than successes repay (each success gives back ${retryThrottling.tokenRatio} of a token), gRPC clients stop retrying until enough requests succeed, however little traffic there is; multiregion/client keeps retrying at ${routes.retryBudget.minPerSecond} a second.`
  });
  const compiled = {
    config: { methodConfig: [retrying], retryThrottling },
    notes
  };
  if (attempts > 1 && routes.hedgeMs !== void 0) {
    compiled.hedging = {
      methodConfig: [
        {
          ...method,
          hedgingPolicy: {
            maxAttempts: attempts,
            hedgingDelay: protoDuration(routes.hedgeMs),
            nonFatalStatusCodes: ["UNAVAILABLE"]
          }
        }
      ],
      retryThrottling
    };
    notes.push({
      rule: "grpc-hedging-languages",
      message: `The ${routes.hedgeMs} ms hedge is in ${GRPC_HEDGING_CONFIG_KEY}, for ${HEDGING_LANGUAGES.join(", ")}, which apply hedgingPolicy; ${GRPC_CONFIG_KEY} retries instead, because grpc-go and C-core (C++, Python, Ruby, PHP) ignore hedgingPolicy and would lose every retry.`
    });
  }
  return compiled;
}
function declaresGrpc(serviceYaml) {
  const file = parseFile(serviceYaml);
  if ("error" in file) return false;
  let doc;
  try {
    doc = file.doc.toJS({ maxAliasCount: 100 });
  } catch {
    return false;
  }
  const ports = doc?.spec?.ports;
  if (!Array.isArray(ports)) return false;
  return ports.some((port) => {
    const name = typeof port?.name === "string" ? port.name : "";
    return port?.appProtocol === "grpc" || name === "grpc" || name.startsWith("grpc-");
  });
}

// src/routing/istio.ts
var import_yaml6 = __toESM(require_dist(), 1);
var RETRY_ON_ANY = "connect-failure,refused-stream";
var RETRY_ON_IDEMPOTENT = `${RETRY_ON_ANY},reset,gateway-error,503`;
function endpointOf(url) {
  const u = new URL(url);
  const tls = u.protocol === "https:";
  return { host: u.hostname, port: u.port ? Number(u.port) : tls ? 443 : 80, tls };
}
var RANK_LABEL = "multiregion.dev/rank-le-";
function rankLabels(rank, count) {
  const labels = {};
  for (let k = rank; k <= count - 2; k++) labels[`${RANK_LABEL}${k}`] = "true";
  return labels;
}
function failoverPriority(count) {
  return Array.from({ length: count - 1 }, (_, j) => `${RANK_LABEL}${count - 2 - j}=true`);
}
function compileIstio(routes) {
  const notes = [];
  const name = `${routes.service}-multiregion`;
  const host = routes.hostname;
  const endpoints = routes.order.filter((r) => routes.endpoints[r] !== void 0).map((r) => ({ region: r, ...endpointOf(routes.endpoints[r]) }));
  const tls = endpoints.some((e) => e.tls);
  const targetPort = endpoints[0]?.port ?? 443;
  const ranked = endpoints.length > 1;
  const serviceEntry = {
    apiVersion: "networking.istio.io/v1",
    kind: "ServiceEntry",
    metadata: { name, labels: MANAGED_BY },
    spec: {
      hosts: [host],
      location: "MESH_EXTERNAL",
      resolution: "DNS",
      // The application speaks plain HTTP to port 80 so the sidecar can retry; the DestinationRule originates TLS.
      ports: [{ number: 80, name: "http", protocol: "HTTP", targetPort }],
      endpoints: endpoints.map((e, rank) => ({
        address: e.host,
        locality: routes.locations[e.region] ?? e.region,
        ...ranked ? { labels: rankLabels(rank, endpoints.length) } : {},
        ports: { http: e.port }
      }))
    }
  };
  const destinationRule = {
    apiVersion: "networking.istio.io/v1",
    kind: "DestinationRule",
    metadata: { name, labels: MANAGED_BY },
    spec: {
      host,
      trafficPolicy: {
        connectionPool: {
          tcp: { connectTimeout: protoDuration(routes.timeoutMs) },
          // Envoy's max_retries: retries in flight at once, the closest Istio has to a retry budget.
          http: { maxRetries: Math.max(1, routes.retryBudget.minPerSecond) }
        },
        loadBalancer: {
          simple: "LEAST_REQUEST",
          localityLbSetting: {
            enabled: true,
            ...ranked ? { failoverPriority: failoverPriority(endpoints.length) } : {}
          }
        },
        // Failover needs outlier detection: the breaker's failures eject a region for its cooldown.
        outlierDetection: {
          consecutive5xxErrors: routes.breaker.failures,
          interval: protoDuration(routes.breaker.cooldownMs),
          baseEjectionTime: protoDuration(routes.breaker.cooldownMs),
          maxEjectionPercent: 100
        },
        ...tls ? { tls: { mode: "SIMPLE", sni: host } } : {}
      }
    }
  };
  const route = [{ destination: { host, port: { number: 80 } } }];
  const retries = (retryOn) => routes.retries === 0 ? { attempts: 0 } : {
    attempts: routes.retries,
    perTryTimeout: protoDuration(routes.timeoutMs),
    retryOn,
    // Without it Envoy retries in the priority that failed; with it, previous_priorities
    // moves each retry to the next one (pilot/pkg/networking/core/route/retry/retry.go).
    retryRemoteLocalities: true
  };
  const virtualService = {
    apiVersion: "networking.istio.io/v1",
    kind: "VirtualService",
    metadata: { name, labels: MANAGED_BY },
    spec: {
      hosts: [host],
      http: [
        {
          name: "idempotent",
          match: [{ method: { regex: IDEMPOTENT_METHODS.join("|") } }],
          route,
          timeout: protoDuration(routes.deadlineMs),
          retries: retries(RETRY_ON_IDEMPOTENT)
        },
        {
          name: "other-methods",
          route,
          timeout: protoDuration(routes.deadlineMs),
          retries: retries(RETRY_ON_ANY)
        }
      ]
    }
  };
  if (routes.hedgeMs !== void 0)
    notes.push({
      rule: "mesh-istio-hedging",
      message: `Istio's API has no hedging (Envoy's hedge_policy is not exposed), so the ${routes.hedgeMs} ms hedge applies to multiregion/client and gRPC clients only.`
    });
  notes.push({
    rule: "mesh-istio-retry-budget",
    message: `Istio has no retry budget; retries in flight are capped at ${destinationRule.spec.trafficPolicy.connectionPool.http.maxRetries} (connectionPool.http.maxRetries) instead of ${routes.retryBudget.ratio * 100}% of requests.`
  });
  const content = header(routes.service, "Istio") + [serviceEntry, destinationRule, virtualService].map((d) => (0, import_yaml6.stringify)(d)).join("---\n");
  return { name: GENERATED_FILES.istio, content, notes };
}

// src/routing/istio-webhook.ts
var import_yaml7 = __toESM(require_dist(), 1);
var ISTIO_WEBHOOK_RULES = {
  "istio-duration": "A ValidateDuration",
  "istio-connect-timeout": "A ValidateConnectTimeout",
  "istio-retry-attempts": "A ValidateHTTPRetry",
  "istio-retry-disabled": "A ValidateHTTPRetry",
  "istio-retry-on": "A ValidateHTTPRetry",
  "istio-locality-exclusive": "A ValidateLocalityLbSetting",
  "istio-locality-failover": "A ValidateLocalityLbSetting",
  "istio-failover-outlier": "A ValidateLocalityLbSetting",
  "istio-traffic-policy-empty": "V validateTrafficPolicy",
  "istio-outlier-percent": "V validateOutlierDetection",
  "istio-connection-pool": "V validateConnectionPool",
  "istio-host": "V ValidateVirtualService, ValidateServiceEntry, validateDestination",
  "istio-virtual-service-routes": "V ValidateVirtualService",
  "istio-destination-weight": "V validateHTTPRouteDestinations",
  "istio-port": "A ValidatePort; V ValidateServiceEntry",
  "istio-service-entry-endpoint": "V ValidateServiceEntry",
  "istio-label": "V ValidateServiceEntry (labels.Instance.Validate)"
};
var RETRY_ON = /* @__PURE__ */ new Set([
  "5xx",
  "gateway-error",
  "reset",
  "reset-before-request",
  "connect-failure",
  "retriable-4xx",
  "refused-stream",
  "retriable-status-codes",
  "retriable-headers",
  "envoy-ratelimited",
  "http3-post-connect-failure",
  "cancelled",
  "deadline-exceeded",
  "internal",
  "resource-exhausted",
  "unavailable"
]);
var HTTP_STATUS = /* @__PURE__ */ new Set([
  100,
  101,
  102,
  103,
  200,
  201,
  202,
  203,
  204,
  205,
  206,
  207,
  208,
  226,
  300,
  301,
  302,
  303,
  304,
  305,
  307,
  308,
  400,
  401,
  402,
  403,
  404,
  405,
  406,
  407,
  408,
  409,
  410,
  411,
  412,
  413,
  414,
  415,
  416,
  417,
  418,
  421,
  422,
  423,
  424,
  425,
  426,
  428,
  429,
  431,
  451,
  500,
  501,
  502,
  503,
  504,
  505,
  506,
  507,
  508,
  510,
  511
]);
var TOPOLOGY_LABELS = /* @__PURE__ */ new Set([
  "topology.kubernetes.io/region",
  "topology.kubernetes.io/zone",
  "topology.istio.io/subzone"
]);
var PROTOCOLS = /* @__PURE__ */ new Set([
  "HTTP",
  "HTTPS",
  "GRPC",
  "GRPC-WEB",
  "HTTP2",
  "MONGO",
  "REDIS",
  "MYSQL",
  "TCP",
  "TLS",
  "UDP",
  "HBONE",
  "DoubleHBONE"
]);
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
function durationNs(value) {
  if (typeof value !== "string") return void 0;
  const m = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(value);
  if (!m) return void 0;
  const ns = BigInt(m[2]) * 1000000000n + BigInt((m[3] ?? "").padEnd(9, "0"));
  return m[1] ? -ns : ns;
}
function checkDuration(value, where, report) {
  if (value === void 0) return void 0;
  const ns = durationNs(value);
  if (ns === void 0) {
    report("istio-duration", where, `${String(value)} is not a duration`);
    return void 0;
  }
  if (ns < 1000000n) report("istio-duration", where, "duration must be greater than 1ms");
  else if (ns % 1000000n !== 0n)
    report("istio-duration", where, "only durations to ms precision are supported");
  return ns;
}
function checkPort(value, where, report) {
  if (!(Number.isInteger(value) && value >= 1 && value <= 65535))
    report("istio-port", where, `port number ${String(value)} must be in the range 1..65535`);
}
function checkHost(value, where, report) {
  if (value === "*") return;
  if (typeof value !== "string" || value === "")
    report("istio-host", where, `invalid host ${String(value)}`);
  else if (value.length > 255)
    report("istio-host", where, `domain name "${value}" too long (max 255)`);
  else if (value.split(".").some((l, i) => !(i === 0 && l === "*") && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i.test(l)))
    report("istio-host", where, `domain name "${value}" invalid (label is not a DNS-1123 label)`);
}
function checkLabels(labels, where, report) {
  for (const [key, value] of Object.entries(obj(labels) ?? {})) {
    const slash = key.lastIndexOf("/");
    const [prefix, name] = slash === -1 ? ["", key] : [key.slice(0, slash), key.slice(slash + 1)];
    const qualified = /^([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/;
    if (!qualified.test(name) || slash !== -1 && !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(prefix))
      report("istio-label", `${where}.${key}`, `invalid label key ${key}`);
    if (typeof value !== "string" || !/^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/.test(value))
      report("istio-label", `${where}.${key}`, `invalid label value ${String(value)}`);
  }
}
function checkRetry(retries, where, report) {
  if (!retries) return;
  const attempts = retries.attempts ?? 0;
  if (attempts < 0) report("istio-retry-attempts", where, "attempts cannot be negative");
  if (attempts === 0 && (retries.perTryTimeout !== void 0 || (retries.retryOn ?? "") !== "" || retries.retryRemoteLocalities !== void 0))
    report(
      "istio-retry-disabled",
      where,
      "http retry policy configured when attempts are set to 0 (disabled)"
    );
  checkDuration(retries.perTryTimeout, `${where}.perTryTimeout`, report);
  if (typeof retries.retryOn === "string" && retries.retryOn !== "") {
    for (const policy of retries.retryOn.split(","))
      if (!RETRY_ON.has(policy) && !(/^\d+$/.test(policy) && HTTP_STATUS.has(Number(policy))))
        report("istio-retry-on", where, `"${policy}" is not a valid retryOn policy`);
  }
  checkDuration(retries.backoff, `${where}.backoff`, report);
}
function checkVirtualService(spec, report) {
  const hosts = list(spec.hosts);
  hosts.forEach((h, i) => {
    checkHost(h, `spec.hosts[${i}]`, report);
    if (h === "*" && list(spec.gateways).length === 0)
      report(
        "istio-host",
        `spec.hosts[${i}]`,
        "wildcard host * is not allowed for virtual services bound to the mesh gateway"
      );
  });
  const http = list(spec.http);
  if (http.length === 0 && list(spec.tcp).length === 0 && list(spec.tls).length === 0)
    report(
      "istio-virtual-service-routes",
      "spec",
      "http, tcp or tls must be provided in virtual service"
    );
  http.forEach((route, i) => {
    const r = obj(route) ?? {};
    const where = `spec.http[${i}]`;
    checkRetry(obj(r.retries), `${where}.retries`, report);
    checkDuration(r.timeout, `${where}.timeout`, report);
    const destinations = list(r.route);
    let total = 0;
    destinations.forEach((d, j) => {
      const destination = obj(obj(d)?.destination);
      if (!destination) {
        report("istio-destination-weight", `${where}.route[${j}]`, "destination is required");
        return;
      }
      if (destination.host === "*")
        report("istio-host", `${where}.route[${j}].destination.host`, "invalid destination host *");
      else checkHost(destination.host, `${where}.route[${j}].destination.host`, report);
      const number = obj(destination.port)?.number;
      if (number !== void 0) checkPort(number, `${where}.route[${j}].destination.port`, report);
      const weight = obj(d)?.weight ?? 0;
      if (weight < 0) report("istio-destination-weight", `${where}.route[${j}]`, "weight -1 < 0");
      total += weight;
    });
    if (destinations.length > 1 && total === 0)
      report("istio-destination-weight", where, "total destination weight = 0");
  });
}
function checkDestinationRule(spec, report) {
  checkHost(spec.host, "spec.host", report);
  const policy = obj(spec.trafficPolicy);
  if (!policy) return;
  if (Object.keys(policy).length === 0) {
    report(
      "istio-traffic-policy-empty",
      "spec.trafficPolicy",
      "traffic policy must have at least one field"
    );
    return;
  }
  const outlier = obj(policy.outlierDetection);
  if (outlier) {
    checkDuration(
      outlier.baseEjectionTime,
      "spec.trafficPolicy.outlierDetection.baseEjectionTime",
      report
    );
    checkDuration(outlier.interval, "spec.trafficPolicy.outlierDetection.interval", report);
    for (const field of ["maxEjectionPercent", "minHealthPercent"])
      if (outlier[field] !== void 0 && !(outlier[field] >= 0 && outlier[field] <= 100))
        report(
          "istio-outlier-percent",
          `spec.trafficPolicy.outlierDetection.${field}`,
          "percentage must be in range [0..100]"
        );
  }
  const pool = obj(policy.connectionPool);
  if (pool) {
    const [http, tcp] = [obj(pool.http), obj(pool.tcp)];
    if (!http && !tcp)
      report(
        "istio-connection-pool",
        "spec.trafficPolicy.connectionPool",
        "connection pool must have at least one field"
      );
    for (const field of [
      "http1MaxPendingRequests",
      "http2MaxRequests",
      "maxRequestsPerConnection",
      "maxRetries",
      "maxConcurrentStreams"
    ])
      if ((http?.[field] ?? 0) < 0)
        report(
          "istio-connection-pool",
          `spec.trafficPolicy.connectionPool.http.${field}`,
          `${field} must be non-negative`
        );
    if ((tcp?.maxConnections ?? 0) < 0)
      report(
        "istio-connection-pool",
        "spec.trafficPolicy.connectionPool.tcp.maxConnections",
        "max connections must be non-negative"
      );
    const connect = checkDuration(
      tcp?.connectTimeout,
      "spec.trafficPolicy.connectionPool.tcp.connectTimeout",
      report
    );
    if (connect !== void 0 && connect > 3600000000000n)
      report(
        "istio-connect-timeout",
        "spec.trafficPolicy.connectionPool.tcp.connectTimeout",
        "time must be >1ms and <1h0m0s"
      );
  }
  const locality = obj(obj(policy.loadBalancer)?.localityLbSetting);
  if (!locality) return;
  const where = "spec.trafficPolicy.loadBalancer.localityLbSetting";
  const failover = list(locality.failover).map((f) => obj(f) ?? {});
  const priority = list(locality.failoverPriority);
  if (list(locality.distribute).length > 0 && failover.length > 0)
    report(
      "istio-locality-exclusive",
      where,
      "can not simultaneously specify 'distribute' and 'failover'"
    );
  if (failover.length > 0) {
    for (const label of priority)
      if (TOPOLOGY_LABELS.has(label))
        report(
          "istio-locality-exclusive",
          where,
          `can not simultaneously set 'failover' and topology label '${label}' in 'failover_priority'`
        );
  }
  if ((failover.length > 0 || priority.length > 0) && !outlier)
    report(
      "istio-failover-outlier",
      where,
      "outlier detection policy must be provided for failover"
    );
  failover.forEach((f, i) => {
    const [from, to] = [String(f.from ?? ""), String(f.to ?? "")];
    if (from === to)
      report(
        "istio-locality-failover",
        `${where}.failover[${i}]`,
        "locality lb failover settings must specify different regions"
      );
    if (from.includes("/") || to.includes("/"))
      report(
        "istio-locality-failover",
        `${where}.failover[${i}]`,
        "locality lb failover only specify region"
      );
    if (from.includes("*") || to.includes("*"))
      report(
        "istio-locality-failover",
        `${where}.failover[${i}]`,
        "locality lb failover region should not contain '*' wildcard"
      );
  });
}
function checkServiceEntry(spec, report) {
  const hosts = list(spec.hosts);
  if (hosts.length === 0)
    report("istio-host", "spec.hosts", "service entry must have at least one host");
  hosts.forEach(
    (h, i) => h === "*" ? report("istio-host", `spec.hosts[${i}]`, "invalid host *") : checkHost(h, `spec.hosts[${i}]`, report)
  );
  const names2 = /* @__PURE__ */ new Set();
  const numbers = /* @__PURE__ */ new Set();
  list(spec.ports).forEach((p, i) => {
    const port = obj(p) ?? {};
    const where = `spec.ports[${i}]`;
    if (names2.has(String(port.name)))
      report("istio-port", where, `service entry port name "${String(port.name)}" already defined`);
    if (numbers.has(port.number))
      report("istio-port", where, `service entry port ${String(port.number)} already defined`);
    names2.add(String(port.name));
    numbers.add(port.number);
    checkPort(port.number, `${where}.number`, report);
    if (port.targetPort !== void 0) checkPort(port.targetPort, `${where}.targetPort`, report);
    if (!PROTOCOLS.has(String(port.protocol)))
      report("istio-port", `${where}.protocol`, `unrecognized protocol ${String(port.protocol)}`);
  });
  const resolution = spec.resolution ?? "NONE";
  const endpoints = list(spec.endpoints).map((e) => obj(e) ?? {});
  if (resolution === "NONE" && endpoints.length > 0)
    report(
      "istio-service-entry-endpoint",
      "spec.endpoints",
      "no endpoints should be provided for resolution type none"
    );
  if (resolution === "DNS_ROUND_ROBIN" && endpoints.length > 1)
    report(
      "istio-service-entry-endpoint",
      "spec.endpoints",
      "there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN"
    );
  endpoints.forEach((e, i) => {
    const where = `spec.endpoints[${i}]`;
    const address = String(e.address ?? "");
    const ip = /^[0-9.]+$/.test(address) || address.includes(":");
    if (resolution !== "STATIC" && !ip && !/^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)*[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i.test(address))
      report(
        "istio-service-entry-endpoint",
        where,
        `endpoint address "${address}" is not a valid FQDN or an IP address`
      );
    checkLabels(e.labels, `${where}.labels`, report);
    for (const [name, port] of Object.entries(obj(e.ports) ?? {})) {
      if (!names2.has(name))
        report(
          "istio-service-entry-endpoint",
          `${where}.ports.${name}`,
          `endpoint port ${String(port)} is not defined by the service entry`
        );
      checkPort(port, `${where}.ports.${name}`, report);
    }
  });
}
var WARNINGS = /* @__PURE__ */ new Set(["istio-failover-outlier"]);
function istioWebhookFindings(content) {
  const notes = [];
  for (const document of (0, import_yaml7.parseAllDocuments)(content)) {
    const doc = obj(document.toJS()) ?? {};
    const spec = obj(doc.spec) ?? {};
    const name = `${String(doc.kind)} ${String(obj(doc.metadata)?.name)}`;
    const report = (rule, where, message) => notes.push({
      rule,
      severity: WARNINGS.has(rule) ? "warning" : "error",
      message: `Istio's webhook would ${WARNINGS.has(rule) ? "warn about" : "refuse"} ${name} (${where}): "${message}" (istio/istio ${ISTIO_WEBHOOK_RULES[rule]}).`
    });
    if (doc.kind === "VirtualService") checkVirtualService(spec, report);
    else if (doc.kind === "DestinationRule") checkDestinationRule(spec, report);
    else if (doc.kind === "ServiceEntry") checkServiceEntry(spec, report);
  }
  return notes;
}

// src/routing/linkerd.ts
var import_yaml8 = __toESM(require_dist(), 1);
function compileLinkerd(routes) {
  const timeout = `${routes.deadlineMs}ms`;
  const profile = {
    apiVersion: "linkerd.io/v1alpha2",
    kind: "ServiceProfile",
    // A ServiceProfile applies to the authority its name spells: the name clients call.
    metadata: { name: routes.hostname, labels: MANAGED_BY },
    spec: {
      routes: [
        {
          name: "idempotent",
          condition: { any: IDEMPOTENT_METHODS.map((method) => ({ method })) },
          isRetryable: true,
          timeout
        },
        { name: "other-methods", condition: { pathRegex: ".*" }, isRetryable: false, timeout }
      ],
      retryBudget: {
        retryRatio: routes.retryBudget.ratio,
        minRetriesPerSecond: routes.retryBudget.minPerSecond,
        ttl: "10s"
      }
    }
  };
  const notes = [
    {
      rule: "mesh-linkerd-external-profile",
      severity: "warning",
      message: `The ServiceProfile is for ${routes.hostname}, a name outside the cluster domain: the Linkerd proxy looks such profiles up only when its callers run with proxy.enableExternalProfiles=true (Helm value) or the pod annotation config.linkerd.io/enable-external-profiles: "true" (otherwise LINKERD2_PROXY_DESTINATION_PROFILE_SUFFIXES is svc.<cluster domain>.; linkerd2 charts/partials/templates/_proxy.tpl), and only for callers in the ServiceProfile's namespace. Without that, its retries and timeouts do nothing: ask the platform team to set it for ${routes.service}'s callers.`
    },
    {
      rule: "mesh-linkerd-attempt-timeout",
      message: `Linkerd's route timeout covers the whole request, retries included, so it is the ${routes.deadlineMs} ms deadline; the ${routes.timeoutMs} ms attempt timeout and the attempt count (${routes.retries} retries) are left to the retry budget.`
    },
    {
      rule: "mesh-linkerd-failover-order",
      message: `A ServiceProfile does not order regions: cross-region failover (${routes.order.join(" \u2192 ")}) needs linkerd-failover or the DNS records.`
    }
  ];
  const tls = routes.order.filter((r) => routes.endpoints[r]?.startsWith("https:"));
  if (tls.length > 0)
    notes.push({
      rule: "mesh-linkerd-tls-origination",
      severity: "warning",
      message: `The endpoints of ${tls.join(", ")} are https, and Linkerd does not originate TLS: the application's TLS reaches the proxy as opaque bytes, so no route of the ServiceProfile matches and none of its retries or timeouts apply (linkerd.io/2/features/protocol-detection). They hold only for plain HTTP endpoints (the platform's spec.regions.<region>.dns.endpoint); otherwise multiregion/client and the gRPC service config carry the rules.`
    });
  if (routes.hedgeMs !== void 0)
    notes.push({
      rule: "mesh-linkerd-hedging",
      message: `Linkerd has no hedging, so the ${routes.hedgeMs} ms hedge applies to multiregion/client and gRPC clients only.`
    });
  return {
    name: GENERATED_FILES.linkerd,
    content: header(routes.service, "Linkerd") + (0, import_yaml8.stringify)(profile),
    notes
  };
}

// src/routing/resources.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/gitops/config-map.ts
var import_yaml9 = __toESM(require_dist(), 1);
function literalSafe(value) {
  return /^[!-~]/.test(value) && /^[\n -~]*$/.test(value) && value.endsWith("\n") && !value.endsWith("\n\n");
}
var indent = (text) => text.split("\n").map((line) => line === "" ? line : `    ${line}`).join("\n");
function renderConfigMap(comment, name, labels, data) {
  const metadata = { name, labels };
  const entries = Object.entries(data);
  const block = (value) => value.includes("\n") && literalSafe(value);
  const plain = (key, value) => {
    const line = (0, import_yaml9.stringify)({ [key]: value });
    return line.split("\n").length === 2 ? `  ${line}` : void 0;
  };
  const lines = entries.map(
    ([key, value]) => block(value) ? `  ${(0, import_yaml9.stringify)(key).trimEnd()}: |
${indent(value.slice(0, -1))}
` : plain(key, value)
  );
  if (entries.length === 0 || lines.some((l) => l === void 0))
    return `# ${comment}
${(0, import_yaml9.stringify)({ apiVersion: "v1", kind: "ConfigMap", metadata, data })}`;
  return `# ${comment}
${(0, import_yaml9.stringify)({ apiVersion: "v1", kind: "ConfigMap", metadata })}data:
${lines.join("")}`;
}
var isScalar4 = (v) => v === null || typeof v !== "object";
function jsonFile(value) {
  const render2 = (v, indent2) => {
    if (isScalar4(v)) return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === "string")) return JSON.stringify(v).replaceAll('","', '", "');
      if (v.every(isScalar4)) return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
      const inner2 = `${indent2}  `;
      return v.length === 0 ? "[]" : `[
${v.map((x) => inner2 + render2(x, inner2)).join(",\n")}
${indent2}]`;
    }
    const entries = (v instanceof Map ? [...v] : Object.entries(v)).filter(([, x]) => x !== void 0);
    if (entries.length === 0) return "{}";
    if (entries.length <= 4 && entries.every(([, x]) => isScalar4(x))) {
      const line = `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(", ")} }`;
      if (line.length <= 80) return line;
    }
    const inner = `${indent2}  `;
    return `{
${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${render2(x, inner)}`).join(",\n")}
${indent2}}`;
  };
  return `${render2(value, "")}
`;
}

// src/routing/region-table.ts
var REGION_ROUTE_TABLE_VERSION = 2;

// src/routing/resources.ts
function header2(service) {
  return `# Generated by multiregion from ${service}'s multiregion.yaml (spec.routing); edits here are replaced.
`;
}
function isGenerated(text) {
  return text.startsWith("# Generated by multiregion from ");
}
var K8GB_HOSTNAME = "k8gb.io/hostname";
var MANAGED_BY2 = { "app.kubernetes.io/managed-by": "multiregion" };
function renderDnsEndpoint(service, records) {
  const endpoints = records.map((r) => {
    const providerSpecific = [
      { name: "alias", value: String(r.alias) },
      ...r.failover ? [{ name: "aws/failover", value: r.failover }] : [],
      ...r.evaluateTargetHealth !== void 0 ? [{ name: "aws/evaluate-target-health", value: String(r.evaluateTargetHealth) }] : [],
      ...r.healthCheckId ? [{ name: "aws/health-check-id", value: r.healthCheckId }] : []
    ];
    return {
      dnsName: r.name,
      recordType: "CNAME",
      recordTTL: r.ttl,
      targets: [r.target],
      setIdentifier: r.setIdentifier,
      providerSpecific
    };
  });
  return header2(service) + (0, import_yaml10.stringify)({
    apiVersion: "externaldns.k8s.io/v1alpha1",
    kind: "DNSEndpoint",
    metadata: { name: `${service}-failover`, labels: MANAGED_BY2 },
    spec: { endpoints }
  });
}
function renderGslb(service, hostname, strategy) {
  return header2(service) + (0, import_yaml10.stringify)({
    apiVersion: "k8gb.io/v1beta1",
    kind: "Gslb",
    metadata: {
      name: service,
      labels: MANAGED_BY2,
      annotations: { [K8GB_HOSTNAME]: hostname }
    },
    spec: {
      resourceRef: { apiVersion: "v1", kind: "Service", name: service },
      strategy
    }
  });
}
function regionRouteTable(table, region) {
  const order = table.order[region] ?? [];
  const templates = templatesOf(table);
  let template2;
  for (const r of order) if ((template2 = templates.get(r)) !== void 0) break;
  const endpoints = {};
  for (const r of order)
    if (template2 === void 0 || templates.get(r) !== template2) endpoints[r] = table.endpoints[r];
  return {
    tableVersion: REGION_ROUTE_TABLE_VERSION,
    service: table.service,
    hostname: table.hostname,
    timeoutMs: table.timeoutMs,
    deadlineMs: table.deadlineMs,
    retries: table.retries,
    ...table.hedgeMs === void 0 ? {} : { hedgeMs: table.hedgeMs },
    ...table.maxConnections === void 0 ? {} : { maxConnections: table.maxConnections },
    retryBudget: table.retryBudget,
    region,
    order,
    ...template2 === void 0 ? {} : { endpoint: template2 },
    endpoints
  };
}
var templateCache = /* @__PURE__ */ new WeakMap();
function templatesOf(table) {
  let templates = templateCache.get(table);
  if (templates) return templates;
  templates = /* @__PURE__ */ new Map();
  const same = /* @__PURE__ */ new Map();
  for (const [r, url] of Object.entries(table.endpoints))
    if (url.includes(r) && !url.includes("{region}")) {
      const template2 = url.replaceAll(r, "{region}");
      if (!same.has(template2)) same.set(template2, template2);
      templates.set(r, same.get(template2));
    }
  templateCache.set(table, templates);
  return templates;
}
function renderRouteTableConfigMap(full, region, grpc) {
  const table = regionRouteTable(full, region);
  return renderConfigMap(
    header2(table.service).slice(2, -1),
    `${table.service}-routes`,
    { ...MANAGED_BY2, "multiregion.dev/region": region },
    {
      region,
      "route-table.json": jsonFile(table),
      // The same rules as a gRPC service config (src/routing/grpc.ts), for gRPC clients in any language.
      ...grpc === void 0 ? {} : { [GRPC_CONFIG_KEY]: jsonFile(grpc.config) },
      // Hedging only for the languages that apply it (src/routing/grpc.ts HEDGING_LANGUAGES).
      ...grpc?.hedging === void 0 ? {} : { [GRPC_HEDGING_CONFIG_KEY]: jsonFile(grpc.hedging) }
    }
  );
}

// src/routing/route-table.ts
var RETRY_BUDGET = { ratio: 0.2, minPerSecond: 10 };
var MAX_CONNECTIONS = 128;
var DEFAULT_ENDPOINT = "https://{service}.{region}.{zone}";
function milliseconds(duration) {
  return Math.round(parseDuration(duration) * 1e3);
}
function routed(routing, members) {
  switch (routing.policy ?? ROUTING_DEFAULTS.policy) {
    case "weighted": {
      const weight = (r) => routing.weights?.[r] ?? ROUTING_DEFAULTS.weight;
      return members.every((r) => weight(r) === 0) ? [...members] : members.filter((r) => weight(r) > 0);
    }
    case "geolocation":
      return members.filter((r) => routing.geolocation?.[r] !== void 0);
    case "failover": {
      const listed = members.filter((r) => routing.failover?.includes(r));
      return listed.length > 0 ? listed : [...members];
    }
    default:
      return [...members];
  }
}
function routedSets(service, platform) {
  const routing = service.routing;
  return new Map(
    [...recordSets(service, platform)].map(([name, members]) => [name, routed(routing, members)])
  );
}
function orderer(service, platform, keep) {
  const routing = service.routing;
  const sets = routedSets(service, platform);
  const { outgoing, both } = confinement(platform);
  const selfFirst = (routing.policy ?? ROUTING_DEFAULTS.policy) !== "failover";
  const of = (r) => platform.regions[r]?.jurisdiction;
  const shared = /* @__PURE__ */ new Map();
  const sharedOf = (members, jurisdiction) => {
    const byJurisdiction = shared.get(members) ?? /* @__PURE__ */ new Map();
    shared.set(members, byJurisdiction);
    const known = byJurisdiction.get(jurisdiction);
    if (known) return known;
    const failover = (routing.failover ?? []).filter((r) => members.includes(r));
    const listed = new Set(failover);
    const rest = members.filter((r) => !listed.has(r));
    const base = [
      .../* @__PURE__ */ new Set([
        ...failover,
        ...rest.filter((r) => of(r) === jurisdiction),
        ...rest.filter((r) => of(r) !== jurisdiction)
      ])
    ];
    const confined = jurisdiction !== void 0 && outgoing.has(jurisdiction);
    const kept = base.filter(
      (r) => keep(r) && (confined ? of(r) === jurisdiction : of(r) === jurisdiction || !both.has(of(r)))
    );
    const result = { base, kept };
    byJurisdiction.set(jurisdiction, result);
    return result;
  };
  const rowOf = (base, jurisdiction, confined) => {
    if (confined && base.some((r) => of(r) === jurisdiction))
      return base.filter((r) => of(r) === jurisdiction);
    if (jurisdiction !== void 0 && both.has(jurisdiction)) return [];
    return base.filter((r, i) => i === 0 || of(r) === jurisdiction || !both.has(of(r)));
  };
  const sameJurisdictionOf = /* @__PURE__ */ new Map();
  const membersOf = new Map([...sets].map(([name, members]) => [name, new Set(members)]));
  return (client) => {
    const jurisdiction = of(client);
    const own = membersOf.get(hostnameOf(routing, client))?.has(client) === true;
    if (!sameJurisdictionOf.has(jurisdiction))
      sameJurisdictionOf.set(
        jurisdiction,
        [...sets.values()].find((members2) => members2.some((r) => of(r) === jurisdiction))
      );
    const sameJurisdiction = sameJurisdictionOf.get(jurisdiction);
    const confined = jurisdiction !== void 0 && outgoing.has(jurisdiction);
    const members = own ? sets.get(hostnameOf(routing, client)) : (confined ? sameJurisdiction : void 0) ?? sets.get(routing.hostname) ?? sameJurisdiction ?? [];
    const shared2 = sharedOf(members, jurisdiction);
    if (own && selfFirst)
      return [...keep(client) ? [client] : [], ...shared2.kept.filter((r) => r !== client)];
    shared2.row ??= rowOf(shared2.base, jurisdiction, confined).filter(keep);
    return [...shared2.row];
  };
}
var PACK_CONFINES = { pipl: "CN" };
function confinement(platform) {
  const routing = platform.raw.spec.routing;
  const allowed = new Set(routing?.allowFailoverAbroad ?? []);
  const both = new Set(
    platform.compliance.flatMap((pack) => {
      const jurisdiction = PACK_CONFINES[pack];
      return jurisdiction === void 0 || allowed.has(jurisdiction) ? [] : [jurisdiction];
    })
  );
  return { outgoing: /* @__PURE__ */ new Set([...routing?.failoverWithin ?? [], ...both]), both };
}
function routeTable(service, platform) {
  const routing = service.routing;
  if (!routing) return void 0;
  const timeoutMs = milliseconds(routing.timeout ?? ROUTING_DEFAULTS.timeout);
  const retries = routing.retries ?? ROUTING_DEFAULTS.retries;
  const endpoints = {};
  for (const region of service.regions) {
    const dns = platform.regions[region]?.dns;
    if (!dns) continue;
    endpoints[region] = (dns.endpoint ?? DEFAULT_ENDPOINT).replaceAll("{service}", service.name).replaceAll("{region}", region).replaceAll("{zone}", dns.zone);
  }
  const order = {};
  const orderOf = orderer(service, platform, (r) => Object.hasOwn(endpoints, r));
  for (const client of Object.keys(platform.regions).sort()) order[client] = orderOf(client);
  const table = {
    service: service.name,
    hostname: routing.hostname,
    timeoutMs,
    deadlineMs: routing.deadline !== void 0 ? milliseconds(routing.deadline) : timeoutMs * (retries + 1),
    retries,
    maxConnections: MAX_CONNECTIONS,
    retryBudget: { ...RETRY_BUDGET },
    endpoints,
    order
  };
  if (routing.hedge !== void 0) table.hedgeMs = milliseconds(routing.hedge);
  return table;
}
function checkJurisdiction(service, platform) {
  const routing = service.routing;
  const { outgoing: confined, both } = confinement(platform);
  if (!routing || confined.size === 0) return [];
  const findings = [];
  const failoverPolicy = (routing.policy ?? ROUTING_DEFAULTS.policy) === "failover";
  for (const [name, members] of recordSets(service, platform)) {
    const chain = failoverPolicy ? (routing.failover ?? members).filter((r) => members.includes(r)) : members;
    chain.forEach((region, i) => {
      const jurisdiction = platform.regions[region].jurisdiction;
      if (!confined.has(jurisdiction)) return;
      const reachable = failoverPolicy && !both.has(jurisdiction) ? chain.slice(i + 1) : chain.filter((r) => r !== region);
      const abroad = reachable.filter((r) => platform.regions[r].jurisdiction !== jurisdiction);
      if (abroad.length === 0) return;
      const index = routing.failover?.indexOf(region) ?? -1;
      const path = index >= 0 ? ["spec", "routing", "failover", index] : routing.hostnames?.[region] ? ["spec", "routing", "hostnames", region] : ["spec", "routing", "hostname"];
      findings.push({
        rule: "dns-jurisdiction",
        severity: "error",
        message: both.has(jurisdiction) ? `${region} is in ${jurisdiction}, whose regions neither fail over abroad nor take failover from abroad under the ${Object.keys(PACK_CONFINES).find((p) => PACK_CONFINES[p] === jurisdiction)} compliance pack (${platform.file}), but ${name} joins it with ${abroad.join(", ")}. Give ${region} its own name in spec.routing.hostnames, or keep its failover inside ${jurisdiction} (the platform may allow it with spec.routing.allowFailoverAbroad).` : `${region} is in ${jurisdiction}, whose regions may fail over only within ${jurisdiction} (spec.routing.failoverWithin in ${platform.file}), but ${name} would send its traffic to ${abroad.join(", ")}. Give ${region} its own name in spec.routing.hostnames, or keep its failover inside ${jurisdiction}.`,
        file: service.file,
        ...service.locate(path),
        region
      });
    });
  }
  return findings;
}

// src/plan/dns.ts
var FIELD = "metadata.annotations";
function weightLadder(target, shift, current) {
  if (current !== void 0 && current >= target) return [target];
  const steps = shift.map((p) => Math.round(target * p / 100)).filter((w) => w < target);
  const above = steps.filter((w) => current === void 0 || w > current);
  return [.../* @__PURE__ */ new Set([...above, target])];
}
function recordOf(plan2) {
  if (plan2.gslb) {
    const policy = { roundRobin: "weighted", failover: "failover", geoip: "geolocation" };
    return {
      name: plan2.hostname,
      policy: policy[plan2.gslb.type],
      carrier: "Gslb",
      ttl: plan2.gslb.dnsTtlSeconds,
      alias: false
    };
  }
  return plan2.service;
}
function planRouting(input) {
  const { service, platform, files, waves, claimed } = input;
  const compiled = compileDns(service, platform);
  const routes = routeTable(service, platform);
  const findings = [...compiled.findings, ...checkJurisdiction(service, platform)];
  const regions = /* @__PURE__ */ new Map();
  const result = { regions, findings };
  if (!routes) return result;
  result.routes = routes;
  const manifestAt = (path) => ({
    file: service.file,
    ...service.locate(path ?? ["spec", "routing"])
  });
  const lastWave = Math.max(0, ...waves.values());
  const views = [];
  let locationsOf;
  const locations = () => locationsOf ??= Object.fromEntries(
    Object.entries(platform.regions).map(([name, r]) => [name, r.location])
  );
  for (const plan2 of compiled.regions) {
    const wave = waves.get(plan2.region);
    const folder = regionLayout(platform, service.name, plan2.region).folder;
    const path = `${folder}/${SERVICE_FILE}`;
    const text = files?.get(path);
    const edits = [];
    const dns = {
      provider: plan2.provider,
      zone: plan2.zone,
      annotationPrefix: plan2.prefix,
      file: path,
      records: [],
      annotations: {}
    };
    const record = recordOf(plan2);
    let resources;
    let existing;
    let annotationsAt = { line: 1, column: 1 };
    let later = [];
    const onService = record?.carrier === "Service";
    const cleansService = !onService && plan2.provider !== "none";
    if (onService && files) {
      if (text === void 0) {
        findings.push({
          rule: "dns-carrier-not-found",
          severity: "warning",
          message: `${path} does not exist, so ${plan2.region} is promoted without ${plan2.hostname}'s ExternalDNS annotations. Put the service's Service in ${folder}/${SERVICE_FILE} (and list it in the kustomization's resources), or add them by hand.`,
          ...manifestAt(["spec", "routing", "hostname"]),
          region: plan2.region
        });
      } else {
        const read = readAnnotations(text, path);
        if (read.kind === "problem") {
          findings.push(fileProblem(read, path, plan2.region));
        } else {
          existing = read.annotations;
          annotationsAt = { line: read.line, column: read.column };
        }
      }
    } else if (cleansService && text !== void 0) {
      const read = readAnnotations(text, path);
      if (read.kind === "read") existing = read.annotations;
    }
    if (record?.weight !== void 0 && service.routing?.shift && wave !== void 0) {
      const current = existing?.get(`${plan2.prefix}aws-weight`)?.value;
      const ladder = weightLadder(
        record.weight,
        service.routing.shift,
        current === void 0 || !/^\d+$/.test(current) ? void 0 : Number(current)
      );
      record.weight = ladder[0];
      later = ladder.slice(1, 1 + Math.max(0, lastWave - wave));
    }
    if (record) dns.records.push(record);
    dns.records.push(...plan2.endpoint);
    if (onService) {
      const wanted = recordAnnotations(record);
      dns.annotations = withPrefix(plan2.prefix, wanted);
      const keys = /* @__PURE__ */ new Map();
      const { own, foreign } = splitByPrefix(
        existing ?? /* @__PURE__ */ new Map(),
        plan2.prefix
      );
      const stale = [...own.keys()].filter(
        (key) => MANAGED_KEYS.includes(key) && !(key in wanted)
      );
      const before = policiesOf({ keys: own });
      if (before.length > 0 && !before.includes(record.policy))
        findings.push({
          rule: "dns-policy-change",
          severity: "warning",
          message: `${plan2.region} changes ${plan2.hostname} from ${before.join("+")} to ${record.policy} records. ExternalDNS cannot always turn one into the other in place (external-dns #1411, #4345): run its controllers with --policy=sync, and watch the first region's change apply before the next.`,
          ...manifestAt(["spec", "routing", "policy"]),
          region: plan2.region
        });
      for (const [key, at] of own)
        if (!stale.includes(key)) keys.set(key, { value: at.value, at: { file: path, ...at } });
      for (const [key, value] of Object.entries(wanted))
        keys.set(key, { value, at: manifestAt(plan2.origins[key]) });
      views.push({
        region: plan2.region,
        provider: plan2.provider,
        zone: plan2.zone,
        prefix: plan2.prefix,
        at: text === void 0 ? manifestAt(["spec", "routing"]) : { file: path, ...annotationsAt },
        keys,
        foreign: foreign.map(([key, at]) => ({
          key,
          at: { file: path, line: at.line, column: at.column }
        }))
      });
      if (text !== void 0 && existing !== void 0 && wave !== void 0) {
        const upserted = upsertAnnotations(
          text,
          path,
          dns.annotations,
          stale.map((key) => `${plan2.prefix}${key}`)
        );
        if (upserted.kind === "problem") findings.push(fileProblem(upserted, path, plan2.region));
        else if (upserted.kind === "edit") {
          edits.push(
            fileEdit(path, text, upserted.text, {
              field: FIELD,
              line: upserted.line,
              before: JSON.stringify(upserted.before),
              after: JSON.stringify(
                Object.fromEntries(
                  Object.keys(upserted.before).map((k) => [k, dns.annotations[k] ?? null])
                )
              )
            })
          );
          if (later.length > 0)
            dns.shift = weightSteps(path, plan2.prefix, upserted.text, later, wave);
        }
      }
    }
    if (cleansService && text !== void 0 && existing !== void 0 && wave !== void 0) {
      const { own } = splitByPrefix(existing, plan2.prefix);
      const stale = [...own.keys()].filter((key) => MANAGED_KEYS.includes(key)).map((key) => `${plan2.prefix}${key}`);
      const cleaned = upsertAnnotations(text, path, {}, stale);
      if (cleaned.kind === "problem") findings.push(fileProblem(cleaned, path, plan2.region));
      else if (cleaned.kind === "edit")
        edits.push(
          fileEdit(path, text, cleaned.text, {
            field: FIELD,
            line: cleaned.line,
            before: JSON.stringify(cleaned.before),
            after: JSON.stringify(Object.fromEntries(stale.map((k) => [k, null])))
          })
        );
    }
    for (const endpoint of plan2.endpoint)
      views.push(endpointView(endpoint, plan2, manifestAt(["spec", "routing", "failover"])));
    if (wave !== void 0 && files) {
      const grpcPort = text !== void 0 && declaresGrpc(text);
      const mesh = meshFiles(platform, routes, plan2, manifestAt(void 0), locations(), grpcPort);
      for (const f of mesh.findings)
        if (f.region !== void 0 || !findings.some((g) => g.rule === f.rule && g.message === f.message))
          findings.push(f);
      const generated = [
        [GENERATED_FILES.routeTable, renderRouteTableConfigMap(routes, plan2.region, mesh.grpc)],
        ...mesh.files
      ];
      const formerEndpoint = files.get(`${folder}/${GENERATED_FILES.dnsEndpoint}`);
      if (plan2.endpoint.length > 0)
        generated.push([
          GENERATED_FILES.dnsEndpoint,
          renderDnsEndpoint(service.name, plan2.endpoint)
        ]);
      else if (formerEndpoint !== void 0 && isGenerated(formerEndpoint))
        generated.push([GENERATED_FILES.dnsEndpoint, renderDnsEndpoint(service.name, [])]);
      if (plan2.gslb)
        generated.push([GENERATED_FILES.gslb, renderGslb(service.name, plan2.hostname, plan2.gslb)]);
      findings.push(...staleFiles(folder, plan2.region, generated, files));
      const written = generatedEdits(input, plan2.region, generated, findings);
      edits.push(...written.edits);
      if (written.resources) resources = written.resources;
    }
    regions.set(plan2.region, resources ? { dns, edits, resources } : { dns, edits });
  }
  if (files) findings.push(...removedRegions(service, platform, files));
  findings.push(...validateViews(views, { claimed, service: service.name }));
  return result;
}
function staleFiles(folder, region, generated, files) {
  const written = new Set(generated.map(([name]) => name));
  const candidates = [
    [GENERATED_FILES.gslb, "error", "k8gb keeps answering for the name beside Route 53"],
    [
      GENERATED_FILES.istio,
      "warning",
      "Istio keeps applying its former routing to the region's calls"
    ],
    [
      GENERATED_FILES.linkerd,
      "warning",
      "Linkerd keeps applying its former routing to the region's calls"
    ]
  ];
  return candidates.flatMap(([name, severity, effect]) => {
    const path = `${folder}/${name}`;
    const text = files.get(path);
    if (written.has(name) || text === void 0 || !isGenerated(text)) return [];
    return [
      {
        rule: "generated-file-stale",
        severity,
        message: `${path} was generated for ${region} by an earlier plan, but the region no longer gets it, and Argo CD applies it while it is there: ${effect}. Delete the file and its line in the kustomization's resources.`,
        file: path,
        line: 1,
        column: 1,
        region
      }
    ];
  });
}
function removedRegions(service, platform, files) {
  const findings = [];
  for (const region of Object.keys(platform.regions)) {
    if (service.regions.includes(region)) continue;
    const folder = regionLayout(platform, service.name, region).folder;
    const removed = (path2, what, line, column) => findings.push({
      rule: "dns-region-removed",
      severity: "error",
      message: `${region} is no longer in spec.regions, but ${what}, so its records stay beside the other regions' and keep receiving traffic. Remove it first (${path2}), or keep ${region} in spec.regions until its records are gone.`,
      file: path2,
      line,
      column,
      region
    });
    const path = `${folder}/${SERVICE_FILE}`;
    const text = files.get(path);
    const read = text === void 0 ? void 0 : readAnnotations(text, path);
    const hostname = read?.kind === "read" ? read.annotations.get(`${prefixOf(platform, region)}hostname`) : void 0;
    if (hostname)
      removed(path, `its Service still publishes ${hostname.value}`, hostname.line, hostname.column);
    const endpoint = files.get(`${folder}/${GENERATED_FILES.dnsEndpoint}`);
    if (endpoint !== void 0 && isGenerated(endpoint) && endpoint.includes("dnsName:"))
      removed(
        `${folder}/${GENERATED_FILES.dnsEndpoint}`,
        "its DNSEndpoint still carries nested failover records",
        1,
        1
      );
    const gslb = files.get(`${folder}/${GENERATED_FILES.gslb}`);
    if (gslb !== void 0 && isGenerated(gslb))
      removed(`${folder}/${GENERATED_FILES.gslb}`, "its k8gb Gslb still publishes the name", 1, 1);
  }
  return findings;
}
function meshFiles(platform, routes, { region, hostname }, at, locations, grpcPort) {
  const view = meshRoutes(routes, region, locations, hostname);
  const mesh = platform.regions[region]?.mesh ?? platform.raw.spec.routing?.mesh ?? "none";
  const target = mesh === "istio" ? compileIstio(view) : mesh === "linkerd" ? compileLinkerd(view) : void 0;
  const grpc = compileGrpc(view);
  const info = (n, where) => ({
    rule: n.rule,
    severity: n.severity ?? "info",
    message: where ? `${where}: ${n.message}` : n.message,
    ...at,
    ...where ? { region: where } : {}
  });
  const refused = mesh === "istio" && target ? istioWebhookFindings(target.content).map((n) => info(n, region)) : [];
  return {
    files: target ? [[target.name, target.content]] : [],
    grpc,
    // The gRPC notes read the same in every region: the caller reports them once.
    findings: [
      ...refused,
      ...(target?.notes ?? []).map((n) => info(n, region)),
      ...grpcPort ? grpc.notes.map((n) => info(n)) : []
    ]
  };
}
function generatedEdits(input, region, generated, findings) {
  const { platform, service } = input;
  const files = input.files;
  const layout = regionLayout(platform, service.name, region);
  const edits = [];
  for (const [name, content] of generated) {
    const file = `${layout.folder}/${name}`;
    const before = files.get(file);
    if (before === content) continue;
    edits.push(
      fileEdit(file, before, content, { field: "(whole file)", line: 1, before: null, after: name })
    );
  }
  const path = layout.candidates.find((c) => files.has(c));
  if (layout.image !== "kustomize" || path === void 0) return { edits };
  const text = files.get(path);
  const names2 = unlistedResources(
    text,
    generated.map(([name]) => name)
  );
  if (names2.length === 0) return { edits };
  const added = addResources(text, names2);
  if (added.kind === "edit") return { edits, resources: { path, names: names2 } };
  if (added.kind === "problem" && !added.unreadable)
    for (const name of names2)
      findings.push({
        rule: "resource-not-listed",
        severity: "warning",
        message: `${layout.folder}/${name} is written for ${region}, but ${path} does not list it in resources and multiregion cannot add it (${added.message}), so Argo CD would not apply it. Add "- ${name}" to its resources.`,
        file: path,
        line: 1,
        column: 1,
        region
      });
  return { edits };
}
function fileProblem(problem2, file, region) {
  const { rule, message, line } = problem2;
  return { rule, severity: "error", message, file, line, column: 1, region };
}
function weightSteps(path, prefix, text, weights, wave) {
  const key = `${prefix}aws-weight`;
  const steps = [];
  let previous = text;
  for (const [i, weight] of weights.entries()) {
    const next = upsertAnnotations(previous, path, { [key]: String(weight) });
    if (next.kind !== "edit") break;
    steps.push({
      wave: wave + i + 1,
      weight,
      edit: fileEdit(path, previous, next.text, {
        field: `${FIELD}[${key}]`,
        line: next.line,
        before: next.before[key] ?? null,
        after: String(weight)
      })
    });
    previous = next.text;
  }
  return steps;
}
function endpointView(record, plan2, at) {
  const keys = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(recordAnnotations(record)))
    keys.set(key, { value, at });
  return {
    region: plan2.region,
    provider: plan2.provider,
    zone: plan2.zone,
    prefix: plan2.prefix,
    at,
    keys,
    foreign: []
  };
}

// src/capacity/resolve.ts
var DEFAULT_CPU_UTILIZATION = 70;
function resolveCapacity(service) {
  const spec = service.raw.spec.capacity;
  const regions = /* @__PURE__ */ new Map();
  const findings = [];
  if (!spec) return { regions, findings };
  const base = ["spec", "capacity"];
  const error = (rule, message, path, region) => findings.push({
    rule,
    severity: "error",
    message,
    file: service.file,
    ...service.locate(path, "key"),
    ...region ? { region } : {}
  });
  for (const region of Object.keys(spec.regions ?? {}))
    if (!service.regions.includes(region))
      error(
        "capacity-unknown-region",
        `spec.capacity.regions.${region} overrides the capacity of a region the service does not run. Add ${region} to spec.regions or remove the override.`,
        [...base, "regions", region]
      );
  for (const region of service.regions) {
    const override = spec.regions?.[region] ?? {};
    const countFromOverride = override.replicas !== void 0 || override.autoscaling !== void 0;
    const pick = (key) => override[key] !== void 0 ? { value: override[key], path: [...base, "regions", region, key] } : countFromOverride && (key === "replicas" || key === "autoscaling") ? void 0 : spec[key] !== void 0 ? { value: spec[key], path: [...base, key] } : void 0;
    const replicas = pick("replicas");
    const autoscaling = pick("autoscaling");
    if (replicas && autoscaling) {
      error(
        "capacity-replicas-and-autoscaling",
        `${region} has both replicas and autoscaling in spec.capacity: a HorizontalPodAutoscaler overwrites a fixed replica count. Keep one of them.`,
        autoscaling.path,
        region
      );
      continue;
    }
    if (!replicas && !autoscaling) continue;
    const scaling = autoscaling?.value;
    if (scaling && scaling.min > scaling.max) {
      error(
        "capacity-min-above-max",
        `spec.capacity autoscaling for ${region} has min ${scaling.min} above max ${scaling.max}; Kubernetes refuses such a HorizontalPodAutoscaler. Lower min or raise max.`,
        [...autoscaling.path, "min"],
        region
      );
      continue;
    }
    const resolved = {
      region,
      deployment: spec.deployment ?? service.name,
      container: spec.container ?? service.name,
      selector: spec.selector ?? { "app.kubernetes.io/name": service.name },
      max: scaling ? scaling.max : replicas.value,
      maxPath: scaling ? [...autoscaling.path, "max"] : replicas.path
    };
    if (scaling)
      resolved.autoscaling = {
        ...scaling,
        cpuUtilization: scaling.cpuUtilization ?? DEFAULT_CPU_UTILIZATION
      };
    else resolved.replicas = replicas.value;
    const requests = pick("requests");
    if (requests) resolved.requests = requests.value;
    const budget = pick("disruptionBudget");
    if (budget) resolved.disruptionBudget = budget.value;
    const perPodRps = pick("perPodRps");
    if (perPodRps) resolved.perPodRps = perPodRps.value;
    const rps = pick("rps");
    if (rps) resolved.rps = rps.value;
    regions.set(region, resolved);
  }
  return { regions, findings };
}

// src/capacity/headroom.ts
var DEFAULT_WEIGHT = 100;
var round = (n) => Math.round(n * 100) / 100;
function shares(service, survivors, rps) {
  const routing = service.routing;
  const policy = routing.policy ?? ROUTING_DEFAULTS.policy;
  if (survivors.length === 0 || rps === 0) return /* @__PURE__ */ new Map();
  if (policy === "failover") {
    const chain = [...routing.failover ?? [], ...service.regions];
    return /* @__PURE__ */ new Map([[chain.find((r) => survivors.includes(r)), rps]]);
  }
  if (policy === "weighted") {
    const weight = (r) => routing.weights?.[r] ?? DEFAULT_WEIGHT;
    const total = survivors.reduce((sum, r) => sum + weight(r), 0);
    if (total > 0) return new Map(survivors.map((r) => [r, rps * weight(r) / total]));
  }
  return new Map(survivors.map((r) => [r, rps / survivors.length]));
}
function failoverHeadroom(service, platform, capacity) {
  const regions = /* @__PURE__ */ new Map();
  const findings = [];
  const rpsOf = (r) => capacity.get(r)?.rps ?? 0;
  for (const [region, c] of capacity)
    if (c.perPodRps !== void 0)
      regions.set(region, { capacityRps: round(c.max * c.perPodRps), rps: rpsOf(region) });
  if (regions.size === 0) return { regions, findings };
  const confined = new Set(platform.raw.spec.routing?.failoverWithin ?? []);
  const jurisdiction = (r) => platform.regions[r]?.jurisdiction;
  for (const members of recordSets(service, platform).values())
    for (const failed of members) {
      const survivors = members.filter(
        (r) => r !== failed && (!confined.has(jurisdiction(failed) ?? "") || jurisdiction(r) === jurisdiction(failed))
      );
      for (const [region, received] of shares(service, survivors, rpsOf(failed))) {
        const headroom = regions.get(region);
        if (headroom && (!headroom.worst || received > headroom.worst.receivedRps))
          headroom.worst = { failed, receivedRps: round(received) };
      }
      for (const region of survivors) {
        const headroom = regions.get(region);
        if (headroom && !headroom.worst) headroom.worst = { failed, receivedRps: 0 };
      }
    }
  for (const [region, h] of regions) {
    const c = capacity.get(region);
    const where = { file: service.file, ...service.locate(c.maxPath, "value"), region };
    const pods = (rps) => Math.ceil(rps / c.perPodRps);
    const setting = c.maxPath.join(".");
    if (h.rps > h.capacityRps) {
      findings.push({
        rule: "capacity-below-traffic",
        severity: "error",
        message: `${region} expects ${h.rps} rps but serves at most ${h.capacityRps} rps (${c.max} pods \xD7 ${c.perPodRps} rps). Raise ${setting} to at least ${pods(h.rps)} pods.`,
        ...where
      });
      continue;
    }
    const total = round(h.rps + (h.worst?.receivedRps ?? 0));
    if (h.worst && total > h.capacityRps)
      findings.push({
        rule: "capacity-failover-headroom",
        severity: "warning",
        message: `When ${h.worst.failed} is down, ${region} takes its own ${h.rps} rps plus ${h.worst.receivedRps} rps of ${h.worst.failed}'s, ${total} rps, but serves at most ${h.capacityRps} rps (${c.max} pods \xD7 ${c.perPodRps} rps). Raise ${setting} to at least ${pods(total)} pods, or route less of ${h.worst.failed}'s traffic to it.`,
        ...where
      });
  }
  return { regions, findings };
}

// src/plan/check.ts
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function toFinding(d) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column
  };
}
function sortFindings(findings) {
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
  );
}
function checkService(input) {
  const { service, platform, files } = input;
  const findings = checkServiceAgainstPlatform(service, platform).map(toFinding);
  const data = planData(service, platform, input.migrations ?? []);
  if (data) findings.push(...data.findings);
  const waves = new Map(
    service.train.waves.flatMap(
      (regions, i) => regions.filter((region) => platform.regions[region]).map((r) => [r, i + 1])
    )
  );
  if (files)
    for (const region of waves.keys()) {
      const layout = regionLayout(platform, service.name, region);
      if (layout.candidates.some((candidate) => files.has(candidate))) continue;
      findings.push({
        rule: "missing-file",
        severity: "error",
        message: `${layout.candidates[0]} does not exist in the environments repository, so ${region} cannot be promoted. Create the service's ${layout.image} files in ${layout.folder}/ (layout ${platform.layout.path} in ${platform.file}) or remove ${region} from spec.regions.`,
        file: service.file,
        ...service.locate(["spec", "regions", service.regions.indexOf(region)]),
        region
      });
    }
  const routing = planRouting({
    service,
    platform,
    files,
    waves,
    claimed: input.claimedHostnames ?? /* @__PURE__ */ new Map()
  });
  findings.push(...routing.findings);
  const resolved = resolveCapacity(service);
  const headroom = failoverHeadroom(service, platform, resolved.regions);
  findings.push(
    ...resolved.findings,
    ...headroom.findings,
    ...checkQuota(service, platform, resolved.regions, input.reservations ?? /* @__PURE__ */ new Map())
  );
  sortFindings(findings);
  const capacity = { regions: resolved.regions, headroom: headroom.regions };
  const checked = { findings, routing, waves, capacity };
  if (data) checked.data = data;
  return checked;
}

// src/gitops/image-pin.ts
var import_yaml11 = __toESM(require_dist(), 1);
function problem(rule, message, line = 1, current = null) {
  return { kind: "problem", rule, message, line, current };
}
function startLine(file, node) {
  const range = node?.range;
  return range ? lineOf(file, range[0]) : 1;
}
function setField(file, target, value, after) {
  const { map, key, field } = target;
  const node = scalarIn(map, key);
  const before = scalarText(node);
  if (before === value) return { kind: "current", current: value };
  if (!node && map.has(key)) {
    return problem(
      "unsupported-value",
      `${field} holds a list or mapping; it must be a plain value.`,
      startLine(file, map),
      before
    );
  }
  const anchor = after.find((k) => map.has(k));
  const edited = node ? replaceScalar(file, node, value) : anchor === void 0 ? void 0 : insertAfter(file, map, anchor, key, value);
  if (!edited || !onlyFieldChanged(file, edited.text, [...target.path, key], value)) {
    const how = node ? `set ${field} to ${value}` : `add "${key}: ${value}" to the entry`;
    return problem(
      "unsupported-layout",
      `${field} is written in a form multiregion does not edit automatically (a block or multi-line scalar, an inline {...} mapping, an explicit ? key or an alias); ${how} by hand, or write it as a plain "${key}: <value>" line.`,
      startLine(file, node ?? map),
      before
    );
  }
  return { kind: "edit", field, before, after: value, ...edited };
}
function parsed2(text, what) {
  const file = parseFile(text);
  if ("error" in file)
    return problem(
      "invalid-yaml",
      `${what} is not valid YAML (${file.error}); fix it in the environments repository.`
    );
  return file;
}
function pinTagOrDigest(file, pin, target) {
  const { map, path, field, tagKey } = target;
  const digest = scalarText(scalarIn(map, "digest"));
  if (pin.tag !== void 0) {
    if (digest !== null) {
      return problem(
        "pinned-by-digest",
        `${target.clearDigest.replace("DIGEST", digest)}, or release by digest (--release sha256:...): a tag release would not change what runs.`,
        startLine(file, map.get("digest", true)),
        digest
      );
    }
    return setField(
      file,
      { map, path, key: tagKey, field: `${field}.${tagKey}` },
      pin.tag,
      target.tagAfter
    );
  }
  const result = setField(
    file,
    { map, path, key: "digest", field: `${field}.digest` },
    pin.digest,
    [tagKey, ...target.tagAfter]
  );
  const tag = scalarText(scalarIn(map, tagKey));
  return result.kind === "edit" && result.before === null ? { ...result, before: tag } : result;
}
function pinKustomize(text, image, pin, path) {
  const file = parsed2(text, path);
  if ("kind" in file) return file;
  const root = mapAt(file, []);
  const images = root?.get("images", true);
  const entries = (0, import_yaml11.isSeq)(images) ? images.items.filter(import_yaml11.isMap) : [];
  const entry = entries.find((e) => [e.get("name"), e.get("newName")].includes(image));
  if (!entry) {
    const names2 = entries.map((e) => String(e.get("name")));
    const found = names2.length > 0 ? ` It lists ${names2.join(", ")}.` : "";
    return problem(
      "image-not-found",
      `${path} has no images entry for ${image}, so the release cannot be pinned.${found} Add "images: [{name: ${image}, newTag: <current tag>}]".`,
      startLine(
        file,
        root?.items.find((p) => (0, import_yaml11.isScalar)(p.key) && p.key.value === "images")?.key
      )
    );
  }
  const index = images.items.indexOf(entry);
  return pinTagOrDigest(file, pin, {
    map: entry,
    path: ["images", index],
    field: `images[name=${String(entry.get("name"))}]`,
    tagKey: "newTag",
    tagAfter: ["newName", "name"],
    clearDigest: `${path} pins ${image} by digest DIGEST; remove the digest line`
  });
}
function pinHelm(text, image, pin, path) {
  const file = parsed2(text, path);
  if ("kind" in file) return file;
  const map = mapAt(file, ["image"]);
  if (!map) {
    return problem(
      "image-not-found",
      `${path} has no "image:" mapping, so the release cannot be pinned. Add "image: {repository: ${image}, tag: <current tag>}" and use it in the chart.`
    );
  }
  const repository = scalarText(scalarIn(map, "repository"));
  if (repository !== null && repository !== image && !image.endsWith(`/${repository}`)) {
    return problem(
      "image-mismatch",
      `${path} sets image.repository to ${repository}, but the manifest's spec.image is ${image}. Make them agree.`,
      startLine(file, map.get("repository", true))
    );
  }
  return pinTagOrDigest(file, pin, {
    map,
    path: ["image"],
    field: "image",
    tagKey: "tag",
    tagAfter: ["repository"],
    clearDigest: `${path} pins the image by digest DIGEST; empty image.digest`
  });
}
function readPin(text, image, layout) {
  const file = parseFile(text);
  if ("error" in file) return null;
  if (layout === "helm") {
    const map = mapAt(file, ["image"]);
    return map ? scalarText(scalarIn(map, "digest")) ?? scalarText(scalarIn(map, "tag")) : null;
  }
  const images = mapAt(file, [])?.get("images", true);
  const entry = ((0, import_yaml11.isSeq)(images) ? images.items.filter(import_yaml11.isMap) : []).find(
    (e) => [e.get("name"), e.get("newName")].includes(image)
  );
  return entry ? scalarText(scalarIn(entry, "digest")) ?? scalarText(scalarIn(entry, "newTag")) : null;
}

// src/data/data-map.ts
var DATA_MAP_FILE = GENERATED_FILES.dataMap;
var DATA_MAP_VERSION = 2;
function mapTable(model, table, region) {
  const reachesEveryCopy = table.subject !== void 0 && subjectRequests(model) !== void 0;
  const columns = {};
  for (const c of table.columns) {
    columns[c.name] = {
      type: c.type,
      primaryKey: c.primaryKey,
      nullable: c.nullable,
      ...isClassified(c) ? { category: c.category } : {},
      personal: isPersonal(c),
      readers: [...c.readers]
    };
  }
  const out = {
    locality: table.locality,
    home: table.home,
    placement: table.locality === "global" && !reachesEveryCopy ? table.placement.filter((r) => r === table.home || r === region) : [...table.placement],
    key: table.columns.filter((c) => c.primaryKey).map((c) => c.name),
    columns
  };
  if (table.residency) out.jurisdictions = [...table.residency];
  if (table.transfers) out.transfers = [...table.transfers];
  if (table.writers && table.writers.length > 0) out.writers = [...table.writers];
  const replicas = subscribers(table).filter((r) => reachesEveryCopy || r === region);
  if (replicas.length > 0)
    out.replicas = Object.fromEntries(
      replicas.map((r) => [r, columnsIn(model, table, r).map((c) => c.name)])
    );
  if (table.locality === "by-row") out.regionColumn = REGION_COLUMN;
  if (table.subject) out.subject = { ...table.subject };
  if (model.engine === "postgres" && table.retentionSeconds !== void 0 && retentionColumn(table))
    out.retentionFunction = objectName(RETENTION_FUNCTION_PREFIX + table.name);
  const policy = model.engine === "spanner" ? rowDeletionPolicy(table) : void 0;
  if (policy) out.rowDeletion = policy;
  return out;
}
function regionsPart(regions) {
  const jurisdictions = {};
  for (const r of regions) (jurisdictions[r.jurisdiction] ??= []).push(r.name);
  const template2 = secretTemplate(regions);
  const secrets = {};
  for (const r of regions)
    if (r.secret !== void 0 && (template2 === void 0 || fill(template2, r.name) !== r.secret))
      secrets[r.name] = r.secret;
  return {
    regions: regions.map((r) => r.name),
    jurisdictions,
    ...template2 === void 0 ? {} : { secret: template2 },
    ...Object.keys(secrets).length > 0 ? { secrets } : {}
  };
}
var everyRegion = /* @__PURE__ */ new WeakMap();
function dataMapFile(model, region) {
  const here = model.regions.find((r) => r.name === region);
  const mapped = model.tables.map((t) => mapTable(model, t, region));
  const subjects = subjectRequests(model);
  const reached = /* @__PURE__ */ new Set([region, ...subjects ? [subjects.home] : []]);
  for (const t of mapped) {
    reached.add(t.home);
    for (const r of t.placement) reached.add(r);
    for (const r of Object.keys(t.replicas ?? {})) reached.add(r);
  }
  let part;
  if (reached.size === model.regions.length) {
    part = everyRegion.get(model) ?? regionsPart(model.regions);
    everyRegion.set(model, part);
  } else part = regionsPart(model.regions.filter((r) => reached.has(r.name)));
  const names2 = part.regions;
  const everywhere = (placement) => placement.length === names2.length && placement.every((r, i) => r === names2[i]);
  const tables = {};
  model.tables.forEach((t, i) => {
    const m = mapped[i];
    tables[t.name] = { ...m, placement: everywhere(m.placement) ? "*" : m.placement };
  });
  return {
    mapVersion: DATA_MAP_VERSION,
    service: model.service,
    engine: model.engine,
    region,
    jurisdiction: here?.jurisdiction ?? "",
    ...part,
    tables,
    ...subjects ? { subjects } : {},
    ...model.engine === "spanner" && model.spanner ? { spanner: { ...model.spanner, database: model.service } } : {}
  };
}
function subjectRequests(model) {
  const roles = model.subjectRoles ?? [];
  const withSubject = model.tables.filter((t) => t.subject);
  if (roles.length === 0 || withSubject.length === 0) return void 0;
  const own = withSubject.find((t) => {
    const key = t.columns.filter((c) => c.primaryKey);
    return key.length === 1 && key[0].name === t.subject.column;
  });
  return { roles: [...roles], home: (own ?? withSubject[0]).home };
}
var capitals = (region) => region.toUpperCase().replace(/[^A-Z0-9]/g, "_");
var fill = (template2, region) => template2.replaceAll("{region}", region).replaceAll("{REGION}", capitals(region));
function secretTemplate(regions) {
  const first = regions[0];
  if (first === void 0 || regions.some((r) => r.secret === void 0)) return void 0;
  const secret = first.secret;
  if (secret.includes("{")) return void 0;
  if (secret.includes(capitals(first.name)))
    return secret.replaceAll(capitals(first.name), "{REGION}");
  if (secret.includes(first.name)) return secret.replaceAll(first.name, "{region}");
  return void 0;
}
function renderDataMapConfigMap(file) {
  return renderConfigMap(
    `Generated by multiregion from ${file.service}'s multiregion.yaml (spec.data); edits here are replaced.`,
    `${file.service}-data`,
    { "app.kubernetes.io/managed-by": "multiregion", "multiregion.dev/region": file.region },
    { "data-map.json": jsonFile(file) }
  );
}

// src/gitops/patches.ts
var import_yaml12 = __toESM(require_dist(), 1);
import { posix as posix2 } from "node:path";
function listedPatches(root) {
  const items = root?.get("patches", true);
  if (!(0, import_yaml12.isSeq)(items)) return [];
  return items.items.flatMap((item) => {
    const path = (0, import_yaml12.isMap)(item) ? item.get("path", true) : void 0;
    return (0, import_yaml12.isScalar)(path) ? [posix2.normalize(String(path.value))] : [];
  });
}
function addPatch(text, file) {
  const parsed3 = parseFile(text);
  if ("error" in parsed3)
    return { kind: "problem", message: `it is not valid YAML (${parsed3.error})`, unreadable: true };
  const root = mapAt(parsed3, []);
  if (!root) return { kind: "problem", message: "it is not a mapping" };
  if (listedPatches(root).includes(posix2.normalize(file))) return { kind: "current" };
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const patches = root.get("patches", true);
  let edited;
  if ((0, import_yaml12.isSeq)(patches) && !patches.flow && patches.items.length > 0) {
    const first = patches.items[0];
    const last = patches.items[patches.items.length - 1];
    const lineStart = text.lastIndexOf("\n", first.range[0] - 1) + 1;
    const dash = /^([ ]*)- +$/.exec(text.slice(lineStart, first.range[0]));
    if (dash) {
      const end = text.indexOf("\n", last.range[1] - 1);
      const item = `${dash[1]}- path: ${renderPlain(file)}${newline}`;
      edited = end === -1 ? { text: `${text}${newline}${item}`, line: lineOf(parsed3, last.range[1]) + 1 } : {
        text: `${text.slice(0, end + 1)}${item}${text.slice(end + 1)}`,
        line: lineOf(parsed3, end) + 1
      };
    }
  } else if (patches === void 0 && !root.flow) {
    const base = text === "" || text.endsWith("\n") ? text : `${text}${newline}`;
    edited = {
      text: `${base}patches:${newline}  - path: ${renderPlain(file)}${newline}`,
      line: base.split("\n").length
    };
  }
  if (!edited) return { kind: "problem", message: "its patches is not a block list" };
  const ok = matchesExpected(parsed3, edited.text, (value) => {
    value.patches = [...value.patches ?? [], { path: file }];
  });
  if (!ok) return { kind: "problem", message: "adding to its patches would change something else" };
  return { kind: "edit", ...edited };
}

// src/capacity/summary.ts
function capacityPlan(c, h) {
  const plan2 = { min: c.autoscaling?.min ?? c.max, max: c.max };
  if (c.requests) {
    plan2.cpu = c.requests.cpu;
    plan2.memory = c.requests.memory;
  }
  if (h) {
    plan2.capacityRps = h.capacityRps;
    plan2.rps = h.rps;
    if (h.worst) plan2.worst = { ...h.worst };
  }
  return plan2;
}

// src/plan/plan.ts
var PLAN_VERSION = 1;
function template(value, service, region) {
  return value.replaceAll("{service}", service).replaceAll("{region}", region);
}
function planRegion(input, region, wave, findings, data) {
  const { service, platform, release, files } = input;
  const settings = platform.regions[region];
  const layout = regionLayout(platform, service.name, region);
  const target = pinText(release.pin);
  const base = {
    name: region,
    wave,
    location: settings.location,
    jurisdiction: settings.jurisdiction,
    action: "blocked",
    current: null,
    target,
    approvals: Math.max(service.train.approvals, settings.approvals ?? 0),
    argocd: {
      server: settings.argocd.server,
      app: template(settings.argocd.app ?? DEFAULTS.argocdApp, service.name, region),
      project: settings.argocd.project ?? DEFAULTS.argocdProject
    },
    folder: layout.folder,
    edits: []
  };
  const regionData = data?.regions.get(region);
  if (regionData) base.data = regionData;
  const path = layout.candidates.find((candidate) => files.has(candidate));
  if (path === void 0) return base;
  const text = files.get(path);
  const pinned = layout.image === "helm" ? pinHelm(text, service.image, release.pin, path) : pinKustomize(text, service.image, release.pin, path);
  switch (pinned.kind) {
    case "current":
      return { ...base, action: "current", current: pinned.current };
    case "problem":
      findings.push({
        rule: pinned.rule,
        severity: "error",
        message: pinned.message,
        file: path,
        line: pinned.line,
        column: 1,
        region
      });
      return { ...base, current: pinned.current };
    case "edit": {
      const edit = {
        path,
        field: pinned.field,
        line: pinned.line,
        before: pinned.before,
        after: pinned.after,
        baseSha256: sha256(text),
        content: pinned.text,
        diff: unifiedDiff(path, text, pinned.text)
      };
      return { ...base, action: "promote", current: pinned.before, edits: [edit] };
    }
  }
}
function withRouting(region, routing, findings, files) {
  const planned = routing.regions.get(region.name);
  if (!planned) return region;
  const result = { ...region, dns: planned.dns };
  if (findings.some((f) => f.region === region.name && f.severity === "error"))
    return { ...result, action: "blocked", edits: [] };
  const edits = [...region.edits, ...planned.edits];
  if (planned.resources)
    listResources(edits, files, planned.resources.path, planned.resources.names);
  return { ...result, edits, action: edits.length > 0 ? "promote" : "current" };
}
function withDataMap(region, data, input) {
  if (!data || region.action === "blocked" || !data.regions.has(region.name)) return region;
  const { files, platform, service } = input;
  const layout = regionLayout(platform, service.name, region.name);
  const file = `${layout.folder}/${DATA_MAP_FILE}`;
  const content = renderDataMapConfigMap(dataMapFile(data.model, region.name));
  const before = files.get(file);
  if (before === content) return region;
  const edits = [
    ...region.edits,
    fileEdit(file, before, content, {
      field: "(whole file)",
      line: 1,
      before: null,
      after: DATA_MAP_FILE
    })
  ];
  const path = layout.candidates.find((c) => files.has(c));
  if (layout.image === "kustomize" && path !== void 0)
    listResources(edits, files, path, [DATA_MAP_FILE]);
  return { ...region, edits, action: "promote" };
}
function withCapacity(region, capacity, input, findings) {
  if (findings.some(
    (f) => f.region === region.name && f.severity === "error" && f.rule.startsWith("capacity-")
  ))
    return { ...region, action: "blocked", edits: [] };
  if (!capacity || region.action === "blocked") return region;
  const { files, platform, service } = input;
  const layout = regionLayout(platform, service.name, region.name);
  const path = layout.candidates.find((c) => files.has(c));
  if (layout.image !== "kustomize" || path === void 0) return region;
  const edits = [...region.edits];
  const write = (name, content) => {
    const file = `${layout.folder}/${name}`;
    const before = files.get(file);
    if (before !== content)
      edits.push(
        fileEdit(file, before, content, {
          field: "(whole file)",
          line: 1,
          before: null,
          after: name
        })
      );
  };
  const objects = renderCapacityObjects(capacity);
  if (objects !== void 0) {
    write(CAPACITY_FILE, objects);
    listResources(edits, files, path, [CAPACITY_FILE]);
  }
  write(CAPACITY_PATCH_FILE, renderCapacityPatch(capacity));
  const base = edits.findLast((e) => e.path === path)?.content ?? files.get(path);
  const patched = addPatch(base, CAPACITY_PATCH_FILE);
  if (patched.kind === "problem") {
    findings.push({
      rule: "capacity-patch-unlisted",
      severity: "error",
      message: `${path} cannot list ${CAPACITY_PATCH_FILE} in its patches: ${patched.message}. Add "- path: ${CAPACITY_PATCH_FILE}" to its patches by hand.`,
      file: path,
      line: 1,
      column: 1,
      region: region.name
    });
    return { ...region, action: "blocked", edits: [] };
  }
  if (patched.kind === "edit")
    edits.push(
      fileEdit(path, base, patched.text, {
        field: "patches",
        line: patched.line,
        before: null,
        after: CAPACITY_PATCH_FILE
      })
    );
  if (edits.length === region.edits.length) return region;
  return { ...region, edits, action: "promote" };
}
function listResources(edits, files, path, names2) {
  const base = edits.findLast((e) => e.path === path)?.content ?? files.get(path);
  const missing = unlistedResources(base, names2);
  if (missing.length === 0) return;
  const added = addResources(base, missing);
  if (added.kind === "edit")
    edits.push(
      fileEdit(path, base, added.text, {
        field: "resources",
        line: added.line,
        before: null,
        after: missing.join(", ")
      })
    );
}
function withFindings(result, extra) {
  if (extra.length === 0) return result;
  const findings = [...result.findings, ...extra];
  sortFindings(findings);
  return {
    ...result,
    findings,
    summary: {
      ...result.summary,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length
    }
  };
}
function plan(input) {
  const { service, release } = input;
  const { findings, data, routing, waves: planned, capacity } = checkService(input);
  const waves = service.train.waves.map((regions2, i) => ({ number: i + 1, regions: [...regions2] }));
  const regions = [...planned].map(
    ([region, wave]) => withCapacity(
      withDataMap(
        withRouting(
          planRegion(input, region, wave, findings, data),
          routing,
          findings,
          input.files
        ),
        data,
        input
      ),
      capacity.regions.get(region),
      input,
      findings
    )
  );
  for (const region of regions) {
    const c = capacity.regions.get(region.name);
    if (c) region.capacity = capacityPlan(c, capacity.headroom.get(region.name));
  }
  sortFindings(findings);
  const count = (action) => regions.filter((r) => r.action === action).length;
  const result = {
    planVersion: PLAN_VERSION,
    service: { name: service.name, image: service.image, manifest: service.file },
    release: { ref: release.ref, ...release.pin },
    train: {
      approvals: service.train.approvals,
      bakeSeconds: service.train.bakeSeconds,
      timeoutSeconds: service.train.timeoutSeconds,
      onFailure: service.train.onFailure,
      waves
    },
    regions,
    findings,
    summary: {
      regions: regions.length,
      promote: count("promote"),
      current: count("current"),
      blocked: count("blocked"),
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length
    }
  };
  if (service.team !== void 0) result.service.team = service.team;
  if (routing.routes) result.routes = routing.routes;
  return result;
}

export {
  parseRelease,
  pinText,
  isNewer,
  readPin,
  CAPACITY_PATCH_FILE,
  regionLayout,
  SERVICE_FILE,
  filesToRead,
  servicesFolder,
  readAnnotations,
  prefixOf,
  holdingOf,
  toFinding,
  sortFindings,
  checkService,
  withFindings,
  plan
};
