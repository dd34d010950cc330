#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  filesToRead,
  plan,
  readPin,
  regionLayout
} from "./cli-chunk-NTGRQHDS.js";
import "./cli-chunk-ZNUBSWMV.js";
import "./cli-chunk-4DSKGDYI.js";
import {
  formatSeconds,
  plural
} from "./cli-chunk-ML6K4HLN.js";
import {
  LABEL,
  LABELS,
  badReleases,
  branchName,
  canonicalRelease,
  commitMessage,
  decodeMarker,
  openTrain,
  prTitle,
  serviceLabel,
  toObserved,
  trainPulls,
  withMarker
} from "./cli-chunk-6E6MA7GN.js";
import {
  parseRelease,
  pinText
} from "./cli-chunk-343HVAZN.js";
import "./cli-chunk-CVEEIK7M.js";
import "./cli-chunk-YRMC5HOG.js";
import {
  didYouMean
} from "./cli-chunk-T7O25SVE.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-DUZMPWI2.js";
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
    var parse = (version, options, throwErrors = false) => {
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
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
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
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
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
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
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
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
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
    var parse = require_parse();
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
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
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
      return parse(versionStringToParse, options);
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
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
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
    var parse = require_parse();
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
      parse,
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

// src/report/train.ts
function regionStatus(r) {
  if (r.rollback) {
    return r.rollback.state === "merged" && r.rollback.marker.outcome === "healthy" ? "rolled back" : "rolling back";
  }
  if (r.skipped) return "skipped";
  const pr = r.promotion;
  if (!pr)
    return r.planned === "current" ? "already current" : r.planned === "blocked" ? "blocked" : "not started";
  if (pr.state === "closed") return "closed";
  if (pr.state === "open") return pr.gate.met ? "approved" : "PR open";
  if (pr.marker.outcome === null) return "syncing";
  return pr.marker.outcome === "healthy" && pr.marker.bake?.outcome !== "fail" ? "healthy" : "failed";
}
function span(times, from, to) {
  const a = times[from];
  const b = times[to];
  return a === void 0 || b === void 0 ? "\u2013" : formatSeconds(Math.max(0, Math.round((b - a) / 1e3)));
}
function label(r) {
  return r.step === void 0 ? r.region : `${r.region} weight step ${r.step}`;
}
function mermaidId(region) {
  return `r_${region.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
function trainMermaid(observed) {
  const waves = [...new Set(observed.regions.map((r) => r.wave))].sort((a, b) => a - b);
  const lines = ["```mermaid", "flowchart LR"];
  for (const wave of waves) {
    lines.push(`  subgraph wave${wave}["Wave ${wave}"]`);
    for (const r of observed.regions.filter((x) => x.wave === wave)) {
      const status = regionStatus(r);
      const css = status.replace(/[^a-z]/g, "");
      lines.push(
        `    ${mermaidId(r.step ? `${r.region}_step${r.step}` : r.region)}["${label(r)}<br/>${status}"]:::${css}`
      );
    }
    lines.push("  end");
  }
  for (let i = 1; i < waves.length; i++) lines.push(`  wave${waves[i - 1]} --> wave${waves[i]}`);
  lines.push(
    "  classDef healthy fill:#dcfce7,stroke:#15803d",
    "  classDef failed fill:#fee2e2,stroke:#b91c1c",
    "  classDef rollingback fill:#fef3c7,stroke:#b45309",
    "  classDef rolledback fill:#fef3c7,stroke:#b45309",
    "  classDef syncing fill:#dbeafe,stroke:#1d4ed8",
    "```"
  );
  return lines.join("\n");
}
function renderTrainStatus(observed, decision) {
  const rows = observed.regions.map((r) => {
    const pr = r.rollback ?? r.promotion;
    const t = r.promotion?.marker.times ?? {};
    return `| ${r.wave} | ${label(r)} | ${regionStatus(r)} | ${pr ? `#${pr.number}` : "\u2013"} | ${span(t, "opened", "approved")} | ${span(t, "approved", "merged")} | ${span(t, "merged", "healthy")} | ${span(t, "opened", "healthy")} |`;
  });
  const next = decision.actions.length === 0 ? ["Nothing to do."] : decision.actions.map((a) => `- ${describeAction(a)}`);
  const checks = observed.regions.flatMap(
    (r) => (r.promotion?.marker.bake?.results ?? []).map(
      (c) => `| ${label(r)} | ${c.check} | ${c.outcome} | ${c.value ?? "\u2013"} | ${c.detail.replaceAll("|", "\\|")} |`
    )
  );
  const bake = checks.length === 0 ? [] : [
    "### Metric checks at the end of each bake",
    "",
    "| Region | Check | Outcome | Value | Detail |",
    "|---|---|---|---|---|",
    ...checks,
    ""
  ];
  return [
    `## multiregion train: \`${observed.service}\` \u2192 \`${observed.release}\` (${decision.state})`,
    "",
    trainMermaid(observed),
    "",
    "| Wave | Region | Status | PR | Opened \u2192 approved | Approved \u2192 merged | Merged \u2192 healthy | Lead time |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    ...bake,
    "### Next",
    "",
    ...next,
    ""
  ].join("\n");
}
function describeAction(a) {
  switch (a.type) {
    case "open-promotion":
      return `open the promotion PR for ${a.region} (wave ${a.wave})`;
    case "merge":
      return `merge ${a.kind} PR #${a.pr} for ${a.region}`;
    case "enable-auto-merge":
      return `enable auto-merge on ${a.kind} PR #${a.pr} for ${a.region}`;
    case "rebuild-branch":
      return `put ${a.kind} PR #${a.pr}'s branch for ${a.region} back to the train's edits: ${a.reason}`;
    case "wait-health":
      return `wait for Argo CD to sync ${a.revision.slice(0, 7)} in ${a.region} and report Healthy`;
    case "open-rollback":
      return `open a rollback PR for ${a.region} to ${a.to}`;
    case "close-promotion":
      return `close promotion PR #${a.pr} for ${a.region}: ${a.reason}`;
    case "record-bad-release":
      return `record the release as bad: ${a.reason}`;
    case "halt":
      return `halted: ${a.reason}`;
    case "wait":
      return `${a.region ? `${a.region}: ` : ""}${a.reason}`;
    case "evaluate-checks":
      return `evaluate the metric checks of ${a.region} (PR #${a.pr}) against its Prometheus`;
  }
}
function renderPrBody(plan2, region, marker, trainUrl) {
  const waves = plan2.train.waves.length;
  const rollback = marker.kind === "rollback";
  const what = marker.step !== void 0 ? `Raises **${plan2.service.name}**'s DNS weight in **${region.name}**, step ${marker.step} of its weighted shift in the \`${marker.release}\` train (the image is already \`${marker.to}\`).` : rollback ? `Rolls **${plan2.service.name}** in **${region.name}** back from \`${marker.release}\` to \`${marker.to}\`.` : `Promotes **${plan2.service.name}** \`${marker.to}\` to **${region.name}** (${region.location}, ${region.jurisdiction}), from \`${marker.from ?? "unknown"}\`.`;
  const why = rollback ? `Release \`${marker.release}\` failed in this train, so every region it reached is rolled back, later waves first. A rollback is never itself rolled back.` : `Release \`${marker.release}\` of \`${plan2.service.image}\` travels region by region; this is wave ${marker.wave} of ${waves}.`;
  const gates = [
    `- [ ] ${plural(marker.approvals, "approval")} on the head commit, from someone other than the PR's author and the toolkit`,
    "- [ ] the repository's required checks are green",
    `- [ ] after merge, Argo CD app \`${region.argocd.app}\` syncs the merge commit and reports Synced and Healthy within ${formatSeconds(plan2.train.timeoutSeconds)}`,
    ...rollback || marker.wave === waves ? [] : [
      `- [ ] the wave stays healthy for ${formatSeconds(plan2.train.bakeSeconds)} before wave ${marker.wave + 1} opens`
    ]
  ];
  const diffs = region.edits.map((e) => `\`\`\`diff
${e.diff.trimEnd()}
\`\`\``).join("\n\n");
  const body = [
    what,
    "",
    "### Why",
    "",
    why,
    ...trainUrl ? ["", `The train: ${trainUrl}`] : [],
    "",
    "### Gates",
    "",
    ...gates,
    "",
    "### What changes",
    "",
    diffs,
    "",
    "<sub>Opened by multiregion. Merging is done by the train once the gates are met; closing this PR without merging aborts the region and halts the train.</sub>"
  ].join("\n");
  return withMarker(body, marker);
}

// src/commands/train.ts
var import_semver = __toESM(require_semver2(), 1);

// src/metrics/prometheus.ts
async function instantQuery(baseUrl, query, timeoutMs = 5e3) {
  const url = new URL("api/v1/query", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  url.searchParams.set("query", query);
  let body;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    body = await response.json();
    if (!response.ok || body.status !== "success")
      return {
        kind: "unavailable",
        reason: `Prometheus at ${url.origin} answered ${response.status}: ${body.error ?? "no error text"}`
      };
  } catch (error) {
    return {
      kind: "unavailable",
      reason: `Prometheus at ${url.origin} did not answer: ${error.message}`
    };
  }
  const data = body.data;
  if (data?.resultType === "scalar")
    return { kind: "values", values: [Number(data.result[1])] };
  const samples = data?.result ?? [];
  return {
    kind: "values",
    values: samples.flatMap((s) => s.value ? [Number(s.value[1])] : [])
  };
}
function regionQuery(check, region) {
  return check.query.replaceAll("{region}", region);
}

// src/metrics/verdict.ts
function judge(check, answer) {
  if (answer.kind === "unavailable")
    return { check: check.name, outcome: "inconclusive", detail: answer.reason };
  const values = answer.values.filter((v) => !Number.isNaN(v));
  if (values.length === 0)
    return {
      check: check.name,
      outcome: "inconclusive",
      detail: `${check.query} returned no data`
    };
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (check.max !== void 0 && high > check.max)
    return {
      check: check.name,
      outcome: "fail",
      value: high,
      detail: `${high} is above ${check.max}`
    };
  if (check.min !== void 0 && low < check.min)
    return {
      check: check.name,
      outcome: "fail",
      value: low,
      detail: `${low} is below ${check.min}`
    };
  const value = check.max !== void 0 ? high : low;
  return { check: check.name, outcome: "pass", value, detail: `${value} is within bounds` };
}
function bakeVerdict(results) {
  if (results.some((r) => r.outcome === "fail")) return "fail";
  if (results.some((r) => r.outcome === "inconclusive")) return "inconclusive";
  return "pass";
}

// src/train/decide.ts
var RESYNC_MS = 12e4;
var FAILED = /* @__PURE__ */ new Set(["degraded", "failed", "timeout"]);
function isComplete(o, r) {
  if (r.skipped) return true;
  if (r.promotion)
    return r.promotion.state === "merged" && r.promotion.marker.outcome === "healthy" && (!bakeChecked(o, r) || r.promotion.marker.bake?.outcome === "pass");
  return r.planned === "current";
}
function bakeChecked(o, r) {
  return (o.train.checks?.length ?? 0) > 0 && r.step === void 0;
}
function hasFailed(r) {
  const m = r.promotion?.state === "merged" ? r.promotion.marker : void 0;
  return m !== void 0 && (FAILED.has(m.outcome) || m.bake?.outcome === "fail");
}
function failure(r) {
  const m = r.promotion.marker;
  if (m.bake?.outcome !== "fail") return `${r.region} (${m.outcome})`;
  const failed = m.bake.results.filter((c) => c.outcome === "fail");
  return `${r.region} (metric checks failed: ${failed.map((c) => `${c.check} ${c.detail}`).join("; ")})`;
}
function bakeStep(o, r, pr) {
  if (pr.state !== "merged" || pr.marker.outcome !== "healthy" || !bakeChecked(o, r)) return;
  if (pr.marker.bake !== void 0) return;
  const bakedAt = (pr.marker.times.healthy ?? o.now) + o.train.bakeSeconds * 1e3;
  if (o.now < bakedAt)
    return {
      type: "wait",
      region: r.region,
      until: bakedAt,
      reason: `${r.region} bakes ${o.train.bakeSeconds}s before its metric checks decide it`
    };
  return { type: "evaluate-checks", region: r.region, pr: pr.number };
}
function reverseWaveOrder(regions) {
  return regions.map((r, i) => ({ r, i })).sort((a, b) => b.r.wave - a.r.wave || b.i - a.i).map((x) => x.r);
}
function advancePr(o, r, pr, kind) {
  if (pr.state === "merged") {
    const mergedAt = pr.marker.times.resumed ?? pr.marker.times.merged ?? pr.mergedAt ?? o.now;
    if (!pr.mergeSha)
      return {
        type: "wait",
        region: r.region,
        reason: `PR #${pr.number} is merged; waiting for GitHub to report its merge commit`
      };
    return {
      type: "wait-health",
      kind,
      region: r.region,
      pr: pr.number,
      revision: pr.mergeSha,
      // A wait that starts past its deadline (a killed run, a late timer) still gets one controller
      // resync period: one look at a mid-sync app is no verdict on the release.
      deadline: Math.max(mergedAt + o.train.timeoutSeconds * 1e3, o.now + RESYNC_MS)
    };
  }
  if (pr.rebuild)
    return {
      type: "rebuild-branch",
      kind,
      region: r.region,
      pr: pr.number,
      reason: [pr.untrusted, pr.drift === void 0 ? void 0 : `its head: ${pr.drift}`].filter(Boolean).join("; ")
    };
  if (pr.untrusted) {
    const also = [...pr.drift !== void 0 ? [`its head: ${pr.drift}`] : [], ...pr.gate.notes];
    return {
      type: "wait",
      region: r.region,
      reason: `warning: PR #${pr.number} is never merged by the train: ${pr.untrusted}${also.length > 0 ? `; ${also.join("; ")}` : ""} (it has ${pr.gate.approvals} of ${pr.gate.required} approvals on its head commit). Undo the change (a PR body's earlier text is in its edit history), or close it: a closed PR halts the train for a person to decide.`
    };
  }
  if (pr.drift !== void 0)
    return {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number} does not hold exactly the edits the train plans for ${r.region} (${pr.drift}); it is never merged like this. Closing it aborts ${r.region} and halts the train for a person to decide.`
    };
  if (!pr.gate.met) {
    const notes = pr.gate.notes.length > 0 ? ` (${pr.gate.notes.join("; ")})` : "";
    return {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number} has ${pr.gate.approvals} of ${pr.gate.required} approvals on its head commit${notes}`
    };
  }
  if (pr.checks !== "success") {
    return {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number}'s required checks are ${pr.checks === "failure" ? "failing" : "not finished"}`
    };
  }
  if (o.mergeMode === "auto-merge" && pr.autoMergeSafe) {
    return pr.autoMerge ? {
      type: "wait",
      region: r.region,
      reason: `PR #${pr.number} is approved; auto-merge or the merge queue will merge it`
    } : { type: "enable-auto-merge", kind, region: r.region, pr: pr.number, sha: pr.headSha };
  }
  return { type: "merge", kind, region: r.region, pr: pr.number, sha: pr.headSha };
}
function rollBack(o, targets, why) {
  const actions = [];
  let blockedByEarlier = false;
  for (const r of targets) {
    const from = r.promotion?.from ?? null;
    if (!r.rollback) {
      if (from !== null && r.current === from) continue;
      if (from === null) {
        actions.push({
          type: "halt",
          reason: `${r.region} cannot be rolled back: the version before ${o.release} is unknown. Roll it back by hand with multiregion rollback --region ${r.region} --to <version>.`
        });
        continue;
      }
      actions.push({
        type: "open-rollback",
        region: r.region,
        wave: r.wave,
        to: from,
        reason: why
      });
      blockedByEarlier = true;
      continue;
    }
    const rb = r.rollback;
    if (rb.state === "closed") {
      actions.push({
        type: "halt",
        reason: `rollback PR #${rb.number} for ${r.region} was closed without merge; a person must decide what ${r.region} runs`
      });
      blockedByEarlier = true;
      continue;
    }
    if (rb.state === "merged" && rb.marker.outcome === "healthy") continue;
    if (rb.state === "merged" && rb.marker.outcome !== null) {
      actions.push({
        type: "halt",
        reason: `rollback of ${r.region} to ${rb.marker.to} ended ${rb.marker.outcome}; rollbacks are never rolled back, so a person must take over`
      });
      blockedByEarlier = true;
      continue;
    }
    if (blockedByEarlier) {
      actions.push({
        type: "wait",
        region: r.region,
        reason: `rollback PR #${rb.number} waits for the later waves' rollbacks`
      });
      continue;
    }
    actions.push(advancePr(o, r, rb, "rollback"));
    blockedByEarlier = true;
  }
  return actions;
}
function recover(o, failed) {
  const actions = [];
  const names = failed.map(failure).join(", ");
  if (!o.badReleases.has(o.release))
    actions.push({ type: "record-bad-release", reason: `${o.release} failed in ${names}` });
  for (const r of o.regions)
    if (r.promotion?.state === "open")
      actions.push({
        type: "close-promotion",
        region: r.region,
        pr: r.promotion.number,
        reason: `${o.release} failed in ${names}`
      });
  const failedRegions = new Set(failed.map((r) => r.region));
  const targets = reverseWaveOrder(
    o.regions.filter(
      (r) => r.step === void 0 && (failedRegions.has(r.region) || o.train.onFailure === "rollback" && r.promotion?.state === "merged")
    )
  );
  if (o.train.onFailure === "halt" && targets.length === 0)
    return {
      state: "halted",
      actions: [...actions, { type: "halt", reason: `${o.release} failed in ${names}` }]
    };
  actions.push(...rollBack(o, targets, `${o.release} failed in ${names}`));
  if (!actions.some((a) => a.type !== "record-bad-release"))
    actions.push({
      type: "halt",
      reason: `${o.release} failed in ${names}; every rollback is done`
    });
  return { state: "halted", actions };
}
function decide(o) {
  const started = o.regions.some((r) => r.promotion);
  if (o.badReleases.has(o.release) && !started) {
    return {
      state: "refused",
      actions: [
        {
          type: "halt",
          reason: `${o.release} is recorded as a bad release; a person must clear it before any train promotes it again`
        }
      ]
    };
  }
  const edited = o.regions.filter((r) => r.promotion?.state === "merged" && r.promotion.editedBy);
  if (edited.length > 0)
    return {
      state: "halted",
      actions: edited.map((r) => ({
        type: "halt",
        reason: `PR #${r.promotion.number}'s body, where the train records what Argo CD reported for ${r.region}, was last edited by ${r.promotion.editedBy}, not the toolkit; the train never goes on from an outcome a person can edit. Run multiregion reconcile --resume to have it ask Argo CD again.`
      }))
    };
  const failed = o.regions.filter(hasFailed);
  if (failed.length > 0) return recover(o, failed);
  const manual = o.regions.filter((r) => r.rollback);
  if (manual.length > 0) {
    const actions2 = rollBack(o, reverseWaveOrder(manual), "a manual rollback");
    return {
      state: "halted",
      actions: actions2.length > 0 ? actions2 : [
        {
          type: "halt",
          reason: `${manual.map((r) => r.region).join(", ")} rolled back by hand; ${o.release} promotes no further until a person starts a new train`
        }
      ]
    };
  }
  const halts = [];
  for (const r of o.regions) {
    const pr = r.promotion;
    if (r.superseded) {
      halts.push({
        type: "halt",
        reason: `a newer release's train took over ${r.region}; ${o.release} promotes no further`
      });
      continue;
    }
    if (pr?.state === "closed" && !r.skipped)
      halts.push({
        type: "halt",
        reason: `promotion PR #${pr.number} for ${r.region} was closed without merge: ${r.region} is aborted and the train halts. Reopen the PR, or skip ${r.region} and promote it later.`
      });
    if (pr?.marker.outcome === "unreachable")
      halts.push({
        type: "halt",
        reason: `Argo CD could not be reached for ${r.region}, or did not have its Application, before the timeout; the train never promotes on unknown health. Check Argo CD (and the app name platform.yaml gives), then run multiregion reconcile --resume to wait again.`
      });
    const bake = pr?.state === "merged" ? pr.marker.bake : void 0;
    if (bake?.outcome === "inconclusive")
      halts.push({
        type: "halt",
        reason: `the metric checks of ${r.region} were inconclusive when its bake ended (${bake.results.filter((c) => c.outcome === "inconclusive").map((c) => `${c.check}: ${c.detail}`).join(
          "; "
        )}); the train never promotes on checks that proved nothing. Fix the query or the region's Prometheus, then run multiregion reconcile --resume to check again.`
      });
  }
  if (halts.length > 0) return { state: "halted", actions: halts };
  const waves = [...new Set(o.regions.map((r) => r.wave))].sort((a, b) => a - b);
  const current = waves.find((w) => o.regions.some((r) => r.wave === w && !isComplete(o, r)));
  if (current === void 0) return { state: "done", actions: [] };
  const inWave = o.regions.filter((r) => r.wave === current && !isComplete(o, r));
  const blocked = inWave.filter((r) => r.planned === "blocked" && !r.promotion);
  if (blocked.length > 0) {
    return {
      state: "halted",
      actions: blocked.map((r) => ({
        type: "halt",
        reason: `${r.region} cannot be promoted: the plan has an error finding for it (run multiregion plan to see it)`
      }))
    };
  }
  const earlier = o.regions.filter(
    (r) => r.wave < current && r.promotion?.marker.times.healthy !== void 0
  );
  const lastHealthy = Math.max(-Infinity, ...earlier.map((r) => r.promotion.marker.times.healthy));
  const bakedAt = lastHealthy + o.train.bakeSeconds * 1e3;
  if (inWave.some((r) => !r.promotion) && o.now < bakedAt) {
    return {
      state: "waiting",
      actions: [
        {
          type: "wait",
          until: bakedAt,
          reason: `wave ${current} opens after the previous wave has baked ${o.train.bakeSeconds}s`
        }
      ]
    };
  }
  const actions = inWave.map(
    (r) => r.promotion ? bakeStep(o, r, r.promotion) ?? advancePr(o, r, r.promotion, "promotion") : {
      type: "open-promotion",
      region: r.region,
      wave: current,
      ...r.step === void 0 ? {} : { step: r.step }
    }
  );
  return { state: actions.every((a) => a.type === "wait") ? "waiting" : "running", actions };
}

// src/commands/train.ts
var WORK = /* @__PURE__ */ new Set([
  "open-promotion",
  "rebuild-branch",
  "merge",
  "enable-auto-merge",
  "wait-health",
  "open-rollback",
  "close-promotion",
  "record-bad-release",
  "evaluate-checks"
]);
var MAX_ROUNDS = 25;
var TrainRefusal = class extends Error {
};
var HISTORY_DEPTH = 100;
function releaseOf(ref, service) {
  const release = parseRelease(ref, service.image);
  if ("error" in release) throw new TrainRefusal(release.error);
  return { ...release, ref: pinText(release.pin) };
}
function newer(a, b) {
  const [x, y] = [import_semver.default.valid(a), import_semver.default.valid(b)];
  return x !== null && y !== null && import_semver.default.gt(x, y);
}
function trainLabels(ctx) {
  return [LABEL, serviceLabel(ctx.service.name)];
}
async function labelFoundByBranch(ctx, snap) {
  const label2 = serviceLabel(ctx.service.name);
  const done = [];
  for (const { pull } of trainPulls(snap)) {
    if (pull.labels.includes(label2)) continue;
    await ctx.github.addLabels(pull.number, trainLabels(ctx));
    done.push(`labelled PR #${pull.number} ${label2}: it was found by its branch, without the label`);
  }
  return done;
}
async function ownPulls(ctx, botLogin) {
  const raw = await ctx.github.trainPulls(ctx.service.name);
  return { raw, pulls: trainPulls({ pulls: raw, service: ctx.service, botLogin }) };
}
async function regionHistory(ctx, base, region, own) {
  const image = ctx.service.image;
  const ran = new Set(
    own.filter(
      (p) => p.marker.kind === "promotion" && p.marker.region === region && p.pull.merged && p.marker.outcome === "healthy" && p.untrusted === void 0 && p.editedBy === void 0
    ).map((p) => canonicalRelease(p.marker.release, image))
  );
  const layout = regionLayout(ctx.platform, ctx.service.name, region);
  for (const path of layout.candidates) {
    const texts = await ctx.github.firstParentHistory(base, path, HISTORY_DEPTH);
    if (texts.length === 0) continue;
    for (const text of texts) {
      const pin = readPin(text, image, layout.image);
      if (pin !== null) ran.add(canonicalRelease(pin, image));
    }
    break;
  }
  return ran;
}
function readBase(ctx, base) {
  return ctx.github.readBranch(
    base,
    filesToRead(ctx.platform, ctx.service.name, ctx.service.regions)
  );
}
function planOf(ctx, read, release) {
  return plan({ service: ctx.service, platform: ctx.platform, release, files: read.files });
}
async function planAt(ctx, base, release) {
  const read = await readBase(ctx, base);
  return { plan: planOf(ctx, read, release), sha: read.sha };
}
function expectedEdits(ctx, read, planned, own) {
  const expected = /* @__PURE__ */ new Map();
  for (const { pull, marker } of own) {
    if (pull.state !== "open") continue;
    let region;
    if (marker.kind === "promotion") region = planned.regions.find((r) => r.name === marker.region);
    else {
      const target = parseRelease(marker.to ?? "", ctx.service.image);
      if (!("error" in target))
        region = imageOnly(
          planOf(ctx, read, target).regions.find((r) => r.name === marker.region) ?? {
            ...planned.regions[0],
            edits: []
          }
        );
    }
    expected.set(
      pull.number,
      (region?.edits ?? []).map((e) => ({ path: e.path, content: e.content }))
    );
  }
  return expected;
}
function releaseBranches(service, release) {
  const steps = service.routing?.shift === void 0 ? 0 : service.train.waves.length - 1;
  return service.regions.flatMap((region) => [
    branchName("promotion", service.name, region, release),
    branchName("rollback", service.name, region, release),
    ...Array.from(
      { length: steps },
      (_, i) => branchName("promotion", service.name, region, release, i + 1)
    )
  ]);
}
async function snapshot(ctx, release, base, botLogin) {
  const [read, pulls] = await Promise.all([
    readBase(ctx, base),
    ctx.github.trainPulls(ctx.service.name, releaseBranches(ctx.service, release.ref))
  ]);
  const planned = planOf(ctx, read, release);
  await readRecoveryCommits(ctx, pulls, release.ref, botLogin);
  const own = trainPulls({ pulls, service: ctx.service, botLogin });
  const rollingBack = new Set(
    own.filter((p) => p.pull.state === "open" && p.marker.kind === "rollback").map((p) => p.marker.region)
  );
  const history = /* @__PURE__ */ new Map();
  for (const region of rollingBack) history.set(region, await regionHistory(ctx, base, region, own));
  const snap = {
    history,
    now: ctx.clock.now(),
    service: ctx.service,
    platform: ctx.platform,
    release: release.ref,
    plan: planned,
    pulls,
    botLogin,
    mergeMode: ctx.mergeMode,
    expectedEdits: expectedEdits(ctx, read, planned, own)
  };
  return { snap, read };
}
var FAILING_OUTCOMES = /* @__PURE__ */ new Set(["degraded", "failed", "timeout"]);
async function readRecoveryCommits(ctx, pulls, release, botLogin) {
  const merged = trainPulls({ pulls, service: ctx.service, botLogin }).filter(
    (p) => p.pull.merged && p.marker.kind === "promotion" && p.marker.step === void 0 && canonicalRelease(p.marker.release, ctx.service.image) === release
  );
  if (!merged.some(
    (p) => FAILING_OUTCOMES.has(p.marker.outcome ?? "") || p.marker.bake?.outcome === "fail"
  ))
    return;
  await Promise.all(
    merged.map(async (p) => {
      p.pull.commits = await ctx.github.pullCommits(p.pull.number);
    })
  );
}
function pullOf(snap, number) {
  const pull = snap.pulls.find((p) => p.number === number);
  if (!pull)
    throw new Error(`PR #${number} vanished between reading and acting; run reconcile again.`);
  return pull;
}
async function updateMarker(ctx, pull, change) {
  const marker = decodeMarker(pull.body);
  if (marker) await ctx.github.updateBody(pull.number, withMarker(pull.body, change(marker)));
}
function imageOnly(region) {
  return { ...region, edits: region.edits.filter((e) => /^images?[[.]/.test(e.field)) };
}
async function openPr(ctx, base, parent, kind, regionPlan, target, marker) {
  const branch = branchName(kind, ctx.service.name, regionPlan.name, marker.release, marker.step);
  const commit = await ctx.github.commitFiles({
    base,
    parent,
    branch,
    // The trailers are what the train later trusts about this PR, from the toolkit's own signed commit.
    message: commitMessage(
      prTitle(kind, ctx.service.name, regionPlan.name, marker.to, marker.release, marker.step),
      {
        kind,
        service: ctx.service.name,
        region: regionPlan.name,
        release: marker.release,
        to: marker.to,
        ...marker.from === null ? {} : { from: marker.from },
        ...marker.step === void 0 ? {} : { step: marker.step }
      }
    ),
    // A file edited twice (the kustomization: image pin, then resources) is committed as its last edit.
    files: [
      ...new Map(regionPlan.edits.map((e) => [e.path, { path: e.path, content: e.content }])).values()
    ]
  });
  if (commit.baseMoved) return void 0;
  const existing = await ctx.github.findOpenPull(branch);
  if (existing) {
    await ctx.github.addLabels(existing.number, trainLabels(ctx));
    return existing.number;
  }
  try {
    const opened = await ctx.github.openPull({
      head: branch,
      base,
      title: prTitle(
        kind,
        ctx.service.name,
        regionPlan.name,
        marker.to,
        marker.release,
        marker.step
      ),
      body: renderPrBody(target, regionPlan, marker, ctx.trainUrl),
      labels: trainLabels(ctx)
    });
    return opened.number;
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 404) await ctx.github.deleteBranch(branch);
    throw error;
  }
}
var BASE_MOVED = "the default branch moved while the train planned; planning again from its new head";
async function act(ctx, snap, read, observed, base, action, refused) {
  const now = ctx.clock.now();
  switch (action.type) {
    case "open-promotion": {
      const region = snap.plan.regions.find((r) => r.name === action.region);
      const problem = await ctx.argo.checkApplication({
        region: region.name,
        server: region.argocd.server,
        app: region.argocd.app,
        paths: [...new Set(region.edits.map((e) => e.path))],
        defaultBranch: base
      });
      if (problem !== void 0) {
        refused.set(onceKey("open-promotion", openKey(action)), problem);
        return `${region.name}: blocked, no PR opened: ${problem}`;
      }
      const marker = {
        v: 1,
        kind: "promotion",
        service: ctx.service.name,
        region: region.name,
        release: snap.release,
        wave: action.wave,
        from: region.current,
        to: region.target,
        approvals: region.approvals,
        times: { opened: now },
        outcome: null,
        ...action.step === void 0 ? {} : { step: action.step }
      };
      const number = await openPr(ctx, base, read.sha, "promotion", region, snap.plan, marker);
      if (number === void 0) return `${region.name}: ${BASE_MOVED}`;
      return `opened ${action.step === void 0 ? "promotion" : `weight step ${action.step}`} PR #${number} for ${region.name}`;
    }
    case "open-rollback": {
      const target = planOf(ctx, read, releaseOf(action.to, ctx.service));
      const region = imageOnly(target.regions.find((r) => r.name === action.region));
      if (region.edits.length === 0)
        return `${action.region} already runs ${action.to}; no rollback PR needed`;
      const marker = {
        v: 1,
        kind: "rollback",
        service: ctx.service.name,
        region: region.name,
        release: snap.release,
        wave: action.wave,
        from: region.current,
        to: action.to,
        approvals: ctx.platform.rollbackApprovals,
        times: { opened: now },
        outcome: null
      };
      const number = await openPr(ctx, base, read.sha, "rollback", region, target, marker);
      if (number === void 0) return `${region.name}: ${BASE_MOVED}`;
      return `opened rollback PR #${number} for ${region.name} to ${action.to}`;
    }
    case "rebuild-branch": {
      refused.set(
        onceKey("rebuild-branch", action.pr),
        `PR #${action.pr}'s branch was put back to the train's edits in this run; its new head needs fresh approvals`
      );
      const own = trainPulls(snap).find((p) => p.pull.number === action.pr);
      const files = snap.expectedEdits?.get(action.pr);
      if (!own || !files || files.length === 0) return void 0;
      const { marker } = own;
      const to = marker.kind === "rollback" ? own.facts?.to : snap.plan.regions.find((r) => r.name === marker.region)?.target;
      if (to === void 0) return void 0;
      const from = marker.kind === "rollback" ? own.facts?.from : snap.plan.regions.find((r) => r.name === marker.region)?.current ?? void 0;
      const result = await ctx.github.replaceBranch({
        base,
        parent: read.sha,
        branch: own.pull.headRef,
        message: commitMessage(
          prTitle(marker.kind, ctx.service.name, marker.region, to, marker.release, marker.step),
          {
            kind: marker.kind,
            service: ctx.service.name,
            region: marker.region,
            release: marker.release,
            to,
            ...from === void 0 ? {} : { from },
            ...marker.step === void 0 ? {} : { step: marker.step }
          }
        ),
        files: [...files]
      });
      if (result.baseMoved) {
        refused.delete(onceKey("rebuild-branch", action.pr));
        return `${action.region}: ${BASE_MOVED}`;
      }
      return `put PR #${action.pr}'s branch for ${action.region} back to the train's edits on the default branch's head (${action.reason}); its new head needs fresh approvals`;
    }
    case "close-promotion": {
      await ctx.github.disableAutoMerge(action.pr);
      await ctx.github.closePull(
        action.pr,
        `Closed by the train: ${action.reason}. ${snap.release} is recorded as a bad release, so this promotion must not merge; a person clears the ${LABELS.bad} label to promote it again.`
      );
      return `closed promotion PR #${action.pr} for ${action.region}: ${action.reason}`;
    }
    case "merge": {
      const pull = pullOf(snap, action.pr);
      const result = await ctx.github.merge(action.pr, action.sha);
      if (!result.merged) {
        refused.set(
          onceKey("merge", action.pr),
          `GitHub refused to merge PR #${action.pr}: ${result.reason}. The next run tries again.`
        );
        return `PR #${action.pr} was not merged: ${result.reason}`;
      }
      await updateMarker(ctx, pull, (m) => ({
        ...m,
        mergeCommit: result.sha,
        outcome: null,
        times: {
          ...m.times.opened === void 0 ? {} : { opened: m.times.opened },
          approved: m.times.approved ?? now,
          merged: now
        }
      }));
      return `merged ${action.kind} PR #${action.pr} for ${action.region}`;
    }
    case "enable-auto-merge": {
      await ctx.github.enableAutoMerge(action.pr, action.sha);
      refused.set(
        onceKey("merge", action.pr),
        `PR #${action.pr} was handed to auto-merge in this run; GitHub merges it once its rules pass`
      );
      await updateMarker(ctx, pullOf(snap, action.pr), (m) => ({
        ...m,
        times: { ...m.times, approved: m.times.approved ?? now }
      }));
      return `enabled auto-merge on PR #${action.pr} for ${action.region}`;
    }
    case "wait-health":
      return (await waitHealth(ctx, snap, base, action, refused)).line;
    case "record-bad-release": {
      const failed = observed.regions.filter(
        (r) => r.promotion?.state === "merged" && (r.promotion.marker.outcome !== "healthy" || r.promotion.marker.bake?.outcome === "fail")
      );
      for (const r of failed)
        await ctx.github.addLabels(r.promotion.number, [LABELS.bad, ...trainLabels(ctx)]);
      return `recorded ${snap.release} as a bad release: ${action.reason}`;
    }
    case "evaluate-checks": {
      const results = await evaluateChecks(ctx, action.region);
      const outcome = bakeVerdict(results);
      await updateMarker(ctx, pullOf(snap, action.pr), (m) => ({ ...m, bake: { outcome, results } }));
      return `${action.region}: metric checks ${outcome} at the end of its bake (${results.map((r) => `${r.check} ${r.outcome}: ${r.detail}`).join("; ")})`;
    }
    case "halt":
    case "wait":
      return void 0;
  }
}
async function evaluateChecks(ctx, region) {
  const url = ctx.platform.regions[region]?.prometheus?.url;
  return Promise.all(
    (ctx.service.train.checks ?? []).map(
      async (check) => judge(
        check,
        url === void 0 ? {
          kind: "unavailable",
          reason: `the platform names no Prometheus for ${region} (regions.${region}.prometheus.url)`
        } : await instantQuery(url, regionQuery(check, region))
      )
    )
  );
}
var FAILING = /* @__PURE__ */ new Set(["degraded", "failed", "timeout"]);
async function waitHealth(ctx, snap, base, action, refused, signal) {
  const region = snap.plan.regions.find((r) => r.name === action.region);
  const deployment = await ctx.github.createDeployment({
    ref: action.revision,
    environment: `${ctx.service.name}-${action.region}`,
    description: `${action.kind} PR #${action.pr}`
  });
  await ctx.github.setDeploymentStatus(
    deployment.id,
    "in_progress",
    "waiting for Argo CD to sync and report Healthy"
  );
  let result;
  try {
    result = await ctx.argo.waitForRevision({
      region: action.region,
      server: region.argocd.server,
      app: region.argocd.app,
      revision: action.revision,
      deadline: action.deadline,
      paths: [regionLayout(ctx.platform, ctx.service.name, action.region).folder],
      compare: (from, to) => ctx.github.compare(from, to),
      defaultBranch: base,
      ...signal ? { signal } : {}
    });
  } catch (error) {
    if (!signal?.aborted) throw error;
    const why = String(signal.reason instanceof Error ? signal.reason.message : signal.reason);
    await ctx.github.setDeploymentStatus(deployment.id, "error", `wait stopped: ${why}`);
    return { line: `${action.region}: wait stopped, ${why}` };
  }
  if ("held" in result) return held(ctx, snap, action, deployment.id, result, refused);
  await ctx.github.setDeploymentStatus(
    deployment.id,
    result.outcome === "healthy" ? "success" : result.outcome === "unreachable" ? "error" : "failure",
    result.detail
  );
  const at = ctx.clock.now();
  await updateMarker(ctx, pullOf(snap, action.pr), (m) => ({
    ...m,
    mergeCommit: action.revision,
    outcome: result.outcome,
    times: {
      ...m.times,
      merged: m.times.merged ?? at,
      ...result.outcome === "healthy" ? { synced: at, healthy: at } : {}
    }
  }));
  return {
    line: `${action.region}: ${result.outcome} (${result.detail})`,
    outcome: result.outcome
  };
}
async function held(ctx, snap, action, deployment, result, refused) {
  await ctx.github.setDeploymentStatus(
    deployment,
    result.held === "setup" ? "error" : "in_progress",
    result.detail
  );
  const at = ctx.clock.now();
  await updateMarker(ctx, pullOf(snap, action.pr), (m) => ({
    ...m,
    mergeCommit: action.revision,
    times: { ...m.times, merged: m.times.merged ?? at, resumed: at }
  }));
  const reason = result.held === "setup" ? `blocked: ${result.detail}` : `waiting for Argo CD: ${result.detail}`;
  refused.set(onceKey("wait-health", action.pr), reason);
  return { line: `${action.region}: held, ${result.detail}` };
}
async function waitWave(ctx, snap, base, waits, refused) {
  const stop = new AbortController();
  const lines = [];
  const settled = await Promise.allSettled(
    waits.map(async (action) => {
      try {
        const { line, outcome } = await waitHealth(ctx, snap, base, action, refused, stop.signal);
        lines.push(line);
        if (outcome !== void 0 && FAILING.has(outcome) && !stop.signal.aborted)
          stop.abort(new Error(`${action.region} ended ${outcome}`));
      } catch (error) {
        if (!stop.signal.aborted) stop.abort(new Error(`the wait of ${action.region} failed`));
        throw error;
      }
    })
  );
  const failure2 = settled.find((r) => r.status === "rejected");
  if (failure2) throw failure2.reason;
  return lines;
}
async function resumeUnreachable(ctx, release, botLogin) {
  const done = [];
  for (const { pull, marker, untrusted, editedBy } of (await ownPulls(ctx, botLogin)).pulls) {
    const edited = editedBy !== void 0 && pull.merged;
    if (untrusted || canonicalRelease(marker.release, ctx.service.image) !== release || marker.outcome !== "unreachable" && marker.bake?.outcome !== "inconclusive" && !edited)
      continue;
    if (marker.outcome === "healthy" && marker.bake?.outcome === "inconclusive" && !edited) {
      await ctx.github.updateBody(
        pull.number,
        withMarker(pull.body, { ...marker, bake: void 0 })
      );
      done.push(`evaluates the metric checks of ${marker.region} again (PR #${pull.number})`);
      continue;
    }
    await ctx.github.updateBody(
      pull.number,
      withMarker(pull.body, {
        ...marker,
        outcome: null,
        times: { ...marker.times, resumed: ctx.clock.now() }
      })
    );
    done.push(`resumed the Argo CD wait of ${marker.region} (PR #${pull.number})`);
  }
  return done;
}
async function reconcileTrain(ctx, ref, options = {}) {
  const release = releaseOf(ref, ctx.service);
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()]);
  const done = [];
  if (options.resume) done.push(...await resumeUnreachable(ctx, release.ref, botLogin));
  const refused = /* @__PURE__ */ new Map();
  for (let round = 0; ; round++) {
    const { snap, read } = await snapshot(ctx, release, base, botLogin);
    done.push(...await labelFoundByBranch(ctx, snap));
    const observed = toObserved(snap);
    const decision = afterRefusals(decide(observed), refused);
    const work = decision.actions.filter((a) => WORK.has(a.type));
    if (work.length === 0 || round >= MAX_ROUNDS) return { observed, decision, done };
    for (const action of work.filter((a) => a.type !== "wait-health")) {
      const line = await act(ctx, snap, read, observed, base, action, refused);
      if (line) done.push(line);
    }
    const waits = work.filter((a) => a.type === "wait-health");
    if (waits.length > 0) done.push(...await waitWave(ctx, snap, base, waits, refused));
  }
}
function onceKey(type, id) {
  const kind = type === "rebuild-branch" ? "rebuild" : type === "wait-health" ? "wait" : type === "open-promotion" ? "open" : "merge";
  return `${kind}:${id}`;
}
function openKey(action) {
  return `${action.region}#${action.step ?? 0}`;
}
function refusalKey(action) {
  switch (action.type) {
    case "merge":
    case "enable-auto-merge":
    case "rebuild-branch":
    case "wait-health":
      return onceKey(action.type, action.pr);
    case "open-promotion":
      return onceKey(action.type, openKey(action));
    default:
      return void 0;
  }
}
function afterRefusals(decision, refused) {
  if (refused.size === 0) return decision;
  const actions = decision.actions.map((a) => {
    const key = refusalKey(a);
    const reason = key === void 0 ? void 0 : refused.get(key);
    return reason === void 0 || !("region" in a) ? a : { type: "wait", region: a.region, reason };
  });
  const waiting = decision.state === "running" && actions.every((a) => a.type === "wait");
  return { state: waiting ? "waiting" : decision.state, actions };
}
async function startTrain(ctx, ref, skip = []) {
  const release = releaseOf(ref, ctx.service);
  const unknown = skip.filter((r) => !ctx.service.regions.includes(r));
  if (unknown.length > 0)
    throw new TrainRefusal(
      `Cannot skip ${unknown.join(", ")}: not a region of ${ctx.service.name} (regions: ${ctx.service.regions.join(", ")}).`
    );
  const done = [];
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin());
  const others = pulls.filter(
    (p) => p.pull.state === "open" && p.marker.kind === "promotion" && canonicalRelease(p.marker.release, ctx.service.image) !== release.ref
  );
  const newerTrains = others.filter((p) => newer(p.marker.release, release.ref));
  if (newerTrains.length > 0) {
    const status = await trainStatus(ctx, release.ref);
    const list = newerTrains.map(
      (p) => `#${p.pull.number} (${p.marker.release} in ${p.marker.region})`
    );
    return {
      ...status,
      decision: {
        state: "refused",
        actions: [
          {
            type: "halt",
            reason: `${release.ref} is older than the train in progress (${list.join(", ")}), which is newer; promoting it would undo that train. Finish or close that train first, or roll regions back with multiregion rollback.`
          }
        ]
      }
    };
  }
  for (const { pull, marker } of others) {
    await ctx.github.addLabels(pull.number, [LABELS.superseded, ...trainLabels(ctx)]);
    await ctx.github.closePull(pull.number, `Superseded by the train of ${release.ref}.`);
    done.push(
      `closed PR #${pull.number} (${marker.release} in ${marker.region}): superseded by ${release.ref}`
    );
  }
  for (const region of skip) done.push(await skipRegion(ctx, release.ref, region));
  const run2 = await reconcileTrain(ctx, release.ref);
  return { ...run2, done: [...done, ...run2.done] };
}
async function skipRegion(ctx, ref, region) {
  const release = releaseOf(ref, ctx.service);
  const base = await ctx.github.defaultBranch();
  const existing = (await ownPulls(ctx, await ctx.github.botLogin())).pulls.find(
    (p) => p.marker.kind === "promotion" && p.marker.region === region && canonicalRelease(p.marker.release, ctx.service.image) === release.ref && p.pull.state === "open"
  );
  let number = existing?.pull.number;
  if (number === void 0) {
    const { plan: target, sha } = await planAt(ctx, base, release);
    const found = target.regions.find((r) => r.name === region);
    const regionPlan = found && imageOnly(found);
    if (!regionPlan || regionPlan.action !== "promote")
      return `${region} needs no promotion to ${release.ref}; nothing to skip`;
    const marker = {
      v: 1,
      kind: "promotion",
      service: ctx.service.name,
      region,
      release: release.ref,
      wave: regionPlan.wave,
      from: regionPlan.current,
      to: regionPlan.target,
      approvals: regionPlan.approvals,
      times: { opened: ctx.clock.now() },
      outcome: null
    };
    number = await openPr(ctx, base, sha, "promotion", regionPlan, target, marker);
    if (number === void 0) return `${region}: ${BASE_MOVED}; run skip again`;
  }
  await ctx.github.addLabels(number, [LABELS.skipped, ...trainLabels(ctx)]);
  await ctx.github.closePull(
    number,
    `Skipped: ${region} is left out of the train of ${release.ref}. Reopen this PR and remove the ${LABELS.skipped} label to bring it back.`
  );
  return `skipped ${region} (PR #${number})`;
}
async function trainStatus(ctx, ref) {
  const release = releaseOf(ref, ctx.service);
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()]);
  const observed = toObserved((await snapshot(ctx, release, base, botLogin)).snap);
  return { observed, decision: decide(observed), done: [] };
}
async function latestRelease(ctx) {
  const { pulls } = await ownPulls(ctx, await ctx.github.botLogin());
  const promotion = pulls.find((p) => p.marker.kind === "promotion");
  const rollback = pulls.find(
    (p) => p.marker.kind === "rollback" && (p.pull.state === "open" || p.marker.outcome === null)
  );
  return (promotion ?? rollback)?.marker.release;
}
async function manualRollback(ctx, region, to) {
  const name = ctx.service.name;
  if (!ctx.service.regions.includes(region))
    throw new TrainRefusal(
      `${region} is not a region of ${name} (regions: ${ctx.service.regions.join(", ")}).${didYouMean(region, ctx.service.regions)}`
    );
  const [base, botLogin] = await Promise.all([ctx.github.defaultBranch(), ctx.github.botLogin()]);
  const { raw, pulls } = await ownPulls(ctx, botLogin);
  const last = pulls.find(
    (p) => p.marker.kind === "promotion" && p.marker.region === region && p.pull.merged
  );
  let asked = to;
  if (asked === void 0 && last) {
    const commits = await ctx.github.pullCommits(last.pull.number);
    asked = trainPulls({
      pulls: [{ ...last.pull, commits }],
      service: ctx.service,
      botLogin
    })[0]?.facts?.from;
  }
  if (!asked)
    throw new TrainRefusal(
      `No earlier version of ${name} in ${region} is known; pass --to <version>.`
    );
  const release = releaseOf(asked, ctx.service);
  const version = release.ref;
  if (badReleases({ pulls: raw, service: ctx.service, botLogin }).has(version))
    throw new TrainRefusal(
      `${version} is recorded as a bad release of ${name}; roll ${region} back to a good version, or have a person remove the ${LABELS.bad} label if it is good after all.`
    );
  const { plan: target, sha } = await planAt(ctx, base, release);
  const regionPlan = imageOnly(target.regions.find((r) => r.name === region));
  if (regionPlan.action !== "blocked" && regionPlan.edits.length === 0)
    return `${region} already runs ${version}; nothing to roll back.`;
  if (regionPlan.action === "blocked")
    throw new TrainRefusal(
      `${region} cannot be rolled back to ${version}: ${target.findings.map((f) => f.message).join(" ")}`
    );
  const current = regionPlan.current === null ? null : canonicalRelease(regionPlan.current, ctx.service.image);
  if (current !== null && newer(version, current))
    throw new TrainRefusal(
      `${version} is newer than ${current}, which ${region} runs: that is a promotion, not a rollback. Start a train with multiregion promote --release ${version}.`
    );
  const ranBefore = (await regionHistory(ctx, base, region, pulls)).has(version);
  const approvals = ranBefore ? ctx.platform.rollbackApprovals : regionPlan.approvals;
  const marker = {
    v: 1,
    kind: "rollback",
    service: name,
    region,
    // The release it undoes: what the region runs now.
    release: current ?? last?.marker.release ?? version,
    wave: regionPlan.wave,
    from: regionPlan.current,
    to: version,
    approvals,
    times: { opened: ctx.clock.now() },
    outcome: null
  };
  const number = await openPr(ctx, base, sha, "rollback", regionPlan, target, marker);
  if (number === void 0) return `${region}: ${BASE_MOVED}; run rollback again`;
  const gate = ranBefore ? "" : `; ${region} never ran ${version}, so it needs ${approvals} approvals, as a promotion there does`;
  return `opened rollback PR #${number} for ${region} to ${version}${gate}`;
}

// src/commands/train-command.ts
function toJson(run2) {
  return {
    ...run2.observed,
    badReleases: [...run2.observed.badReleases],
    decision: run2.decision,
    done: run2.done
  };
}
async function runTrainCommand(settings, command) {
  const opened = await openTrain(settings);
  if ("diagnostics" in opened)
    return { ok: false, done: [], summary: "", diagnostics: opened.diagnostics };
  const { ctx, client } = opened;
  try {
    return await run(ctx, client, command);
  } catch (error) {
    if (!(error instanceof TrainRefusal)) throw error;
    return {
      ok: false,
      done: [error.message],
      summary: `## multiregion ${command.name}

Refused: ${error.message}
`,
      requests: client.counter.summary(),
      diagnostics: []
    };
  }
}
async function run(ctx, client, command) {
  if (command.name === "rollback") {
    const line = await manualRollback(ctx, command.region, command.to);
    return {
      ok: true,
      done: [line],
      summary: `## multiregion rollback

${line}
`,
      requests: client.counter.summary(),
      diagnostics: []
    };
  }
  const release = command.name === "promote" ? command.release : command.release ?? await latestRelease(ctx);
  if (release === void 0) {
    const line = `No train of ${ctx.service.name} has started yet; start one with promote --release <version>.`;
    return {
      ok: true,
      done: [line],
      summary: `## multiregion ${command.name}

${line}
`,
      requests: client.counter.summary(),
      diagnostics: []
    };
  }
  const run2 = command.name === "promote" ? await startTrain(ctx, release, command.skip) : command.name === "reconcile" ? await reconcileTrain(ctx, release, { resume: command.resume }) : await trainStatus(ctx, release);
  const done = run2.done.length > 0 ? `
### This run

${run2.done.map((l) => `- ${l}`).join("\n")}
` : "";
  return {
    ok: run2.decision.state !== "halted" && run2.decision.state !== "refused",
    state: run2.decision.state,
    done: run2.done,
    summary: `${renderTrainStatus(run2.observed, run2.decision)}${done}
<sub>${client.counter.summary()}</sub>
`,
    json: toJson(run2),
    requests: client.counter.summary(),
    diagnostics: []
  };
}
export {
  runTrainCommand
};
