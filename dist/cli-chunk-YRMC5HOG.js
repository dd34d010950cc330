#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// node_modules/openapi-fetch/dist/index.mjs
var PATH_PARAM_RE = /\{[^{}]+\}/g;
var supportsRequestInitExt = () => {
  return typeof process === "object" && Number.parseInt(process?.versions?.node?.substring(0, 2)) >= 18 && process.versions.undici;
};
function randomID() {
  return Math.random().toString(36).slice(2, 11);
}
function createClient(clientOptions) {
  let {
    baseUrl = "",
    Request: CustomRequest = globalThis.Request,
    fetch: baseFetch = globalThis.fetch,
    querySerializer: globalQuerySerializer,
    bodySerializer: globalBodySerializer,
    pathSerializer: globalPathSerializer,
    headers: baseHeaders,
    requestInitExt = void 0,
    ...baseOptions
  } = { ...clientOptions };
  requestInitExt = supportsRequestInitExt() ? requestInitExt : void 0;
  baseUrl = removeTrailingSlash(baseUrl);
  const globalMiddlewares = [];
  async function coreFetch(schemaPath, fetchOptions) {
    const {
      baseUrl: localBaseUrl,
      fetch = baseFetch,
      Request = CustomRequest,
      headers,
      params = {},
      parseAs = "json",
      querySerializer: requestQuerySerializer,
      bodySerializer = globalBodySerializer ?? defaultBodySerializer,
      pathSerializer: requestPathSerializer,
      body,
      middleware: requestMiddlewares = [],
      ...init
    } = fetchOptions || {};
    let finalBaseUrl = baseUrl;
    if (localBaseUrl) {
      finalBaseUrl = removeTrailingSlash(localBaseUrl) ?? baseUrl;
    }
    let querySerializer = typeof globalQuerySerializer === "function" ? globalQuerySerializer : createQuerySerializer(globalQuerySerializer);
    if (requestQuerySerializer) {
      querySerializer = typeof requestQuerySerializer === "function" ? requestQuerySerializer : createQuerySerializer({
        ...typeof globalQuerySerializer === "object" ? globalQuerySerializer : {},
        ...requestQuerySerializer
      });
    }
    const pathSerializer = requestPathSerializer || globalPathSerializer || defaultPathSerializer;
    const serializedBody = body === void 0 ? void 0 : bodySerializer(
      body,
      // Note: we declare mergeHeaders() both here and below because it’s a bit of a chicken-or-egg situation:
      // bodySerializer() needs all headers so we aren’t dropping ones set by the user, however,
      // the result of this ALSO sets the lowest-priority content-type header. So we re-merge below,
      // setting the content-type at the very beginning to be overwritten.
      // Lastly, based on the way headers work, it’s not a simple “present-or-not” check becauase null intentionally un-sets headers.
      mergeHeaders(baseHeaders, headers, params.header)
    );
    const finalHeaders = mergeHeaders(
      // with no body, we should not to set Content-Type
      serializedBody === void 0 || // if serialized body is FormData; browser will correctly set Content-Type & boundary expression
      serializedBody instanceof FormData ? {} : {
        "Content-Type": "application/json"
      },
      baseHeaders,
      headers,
      params.header
    );
    const finalMiddlewares = [...globalMiddlewares, ...requestMiddlewares];
    const requestInit = {
      redirect: "follow",
      ...baseOptions,
      ...init,
      body: serializedBody,
      headers: finalHeaders
    };
    let id;
    let options;
    let request = new Request(
      createFinalURL(schemaPath, { baseUrl: finalBaseUrl, params, querySerializer, pathSerializer }),
      requestInit
    );
    let response;
    for (const key in init) {
      if (!(key in request)) {
        request[key] = init[key];
      }
    }
    if (finalMiddlewares.length) {
      id = randomID();
      options = Object.freeze({
        baseUrl: finalBaseUrl,
        fetch,
        parseAs,
        querySerializer,
        bodySerializer,
        pathSerializer
      });
      for (const m of finalMiddlewares) {
        if (m && typeof m === "object" && typeof m.onRequest === "function") {
          const result = await m.onRequest({
            request,
            schemaPath,
            params,
            options,
            id
          });
          if (result) {
            if (result instanceof Request) {
              request = result;
            } else if (result instanceof Response) {
              response = result;
              break;
            } else {
              throw new Error("onRequest: must return new Request() or Response() when modifying the request");
            }
          }
        }
      }
    }
    if (!response) {
      try {
        response = await fetch(request, requestInitExt);
      } catch (error2) {
        let errorAfterMiddleware = error2;
        if (finalMiddlewares.length) {
          for (let i = finalMiddlewares.length - 1; i >= 0; i--) {
            const m = finalMiddlewares[i];
            if (m && typeof m === "object" && typeof m.onError === "function") {
              const result = await m.onError({
                request,
                error: errorAfterMiddleware,
                schemaPath,
                params,
                options,
                id
              });
              if (result) {
                if (result instanceof Response) {
                  errorAfterMiddleware = void 0;
                  response = result;
                  break;
                }
                if (result instanceof Error) {
                  errorAfterMiddleware = result;
                  continue;
                }
                throw new Error("onError: must return new Response() or instance of Error");
              }
            }
          }
        }
        if (errorAfterMiddleware) {
          throw errorAfterMiddleware;
        }
      }
      if (finalMiddlewares.length) {
        for (let i = finalMiddlewares.length - 1; i >= 0; i--) {
          const m = finalMiddlewares[i];
          if (m && typeof m === "object" && typeof m.onResponse === "function") {
            const result = await m.onResponse({
              request,
              response,
              schemaPath,
              params,
              options,
              id
            });
            if (result) {
              if (!(result instanceof Response)) {
                throw new Error("onResponse: must return new Response() when modifying the response");
              }
              response = result;
            }
          }
        }
      }
    }
    const contentLength = response.headers.get("Content-Length");
    if (response.status === 204 || request.method === "HEAD" || contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked")) {
      return response.ok ? { data: void 0, response } : { error: void 0, response };
    }
    if (response.ok) {
      const getResponseData = async () => {
        if (parseAs === "stream") {
          return response.body;
        }
        if (parseAs === "json" && !contentLength) {
          const raw = await response.text();
          return raw ? JSON.parse(raw) : void 0;
        }
        return await response[parseAs]();
      };
      return { data: await getResponseData(), response };
    }
    let error = await response.text();
    try {
      error = JSON.parse(error);
    } catch {
    }
    return { error, response };
  }
  return {
    request(method, url, init) {
      return coreFetch(url, { ...init, method: method.toUpperCase() });
    },
    /** Call a GET endpoint */
    GET(url, init) {
      return coreFetch(url, { ...init, method: "GET" });
    },
    /** Call a PUT endpoint */
    PUT(url, init) {
      return coreFetch(url, { ...init, method: "PUT" });
    },
    /** Call a POST endpoint */
    POST(url, init) {
      return coreFetch(url, { ...init, method: "POST" });
    },
    /** Call a DELETE endpoint */
    DELETE(url, init) {
      return coreFetch(url, { ...init, method: "DELETE" });
    },
    /** Call a OPTIONS endpoint */
    OPTIONS(url, init) {
      return coreFetch(url, { ...init, method: "OPTIONS" });
    },
    /** Call a HEAD endpoint */
    HEAD(url, init) {
      return coreFetch(url, { ...init, method: "HEAD" });
    },
    /** Call a PATCH endpoint */
    PATCH(url, init) {
      return coreFetch(url, { ...init, method: "PATCH" });
    },
    /** Call a TRACE endpoint */
    TRACE(url, init) {
      return coreFetch(url, { ...init, method: "TRACE" });
    },
    /** Register middleware */
    use(...middleware) {
      for (const m of middleware) {
        if (!m) {
          continue;
        }
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
        }
        globalMiddlewares.push(m);
      }
    },
    /** Unregister middleware */
    eject(...middleware) {
      for (const m of middleware) {
        const i = globalMiddlewares.indexOf(m);
        if (i !== -1) {
          globalMiddlewares.splice(i, 1);
        }
      }
    }
  };
}
function serializePrimitiveParam(name, value, options) {
  if (value === void 0 || value === null) {
    return "";
  }
  if (typeof value === "object") {
    throw new Error(
      "Deeply-nested arrays/objects aren\u2019t supported. Provide your own `querySerializer()` to handle these."
    );
  }
  return `${name}=${options?.allowReserved === true ? value : encodeURIComponent(value)}`;
}
function serializeObjectParam(name, value, options) {
  if (!value || typeof value !== "object") {
    return "";
  }
  const values = [];
  const joiner = {
    simple: ",",
    label: ".",
    matrix: ";"
  }[options.style] || "&";
  if (options.style !== "deepObject" && options.explode === false) {
    for (const k in value) {
      values.push(k, options.allowReserved === true ? value[k] : encodeURIComponent(value[k]));
    }
    const final2 = values.join(",");
    switch (options.style) {
      case "form": {
        return `${name}=${final2}`;
      }
      case "label": {
        return `.${final2}`;
      }
      case "matrix": {
        return `;${name}=${final2}`;
      }
      default: {
        return final2;
      }
    }
  }
  for (const k in value) {
    const finalName = options.style === "deepObject" ? `${name}[${k}]` : k;
    values.push(serializePrimitiveParam(finalName, value[k], options));
  }
  const final = values.join(joiner);
  return options.style === "label" || options.style === "matrix" ? `${joiner}${final}` : final;
}
function serializeArrayParam(name, value, options) {
  if (!Array.isArray(value)) {
    return "";
  }
  if (options.explode === false) {
    const joiner2 = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" }[options.style] || ",";
    const final = (options.allowReserved === true ? value : value.map((v) => encodeURIComponent(v))).join(joiner2);
    switch (options.style) {
      case "simple": {
        return final;
      }
      case "label": {
        return `.${final}`;
      }
      case "matrix": {
        return `;${name}=${final}`;
      }
      // case "spaceDelimited":
      // case "pipeDelimited":
      default: {
        return `${name}=${final}`;
      }
    }
  }
  const joiner = { simple: ",", label: ".", matrix: ";" }[options.style] || "&";
  const values = [];
  for (const v of value) {
    if (options.style === "simple" || options.style === "label") {
      values.push(options.allowReserved === true ? v : encodeURIComponent(v));
    } else {
      values.push(serializePrimitiveParam(name, v, options));
    }
  }
  return options.style === "label" || options.style === "matrix" ? `${joiner}${values.join(joiner)}` : values.join(joiner);
}
function createQuerySerializer(options) {
  return function querySerializer(queryParams) {
    const search = [];
    if (queryParams && typeof queryParams === "object") {
      for (const name in queryParams) {
        const value = queryParams[name];
        if (value === void 0 || value === null) {
          continue;
        }
        if (Array.isArray(value)) {
          if (value.length === 0) {
            continue;
          }
          search.push(
            serializeArrayParam(name, value, {
              style: "form",
              explode: true,
              ...options?.array,
              allowReserved: options?.allowReserved || false
            })
          );
          continue;
        }
        if (typeof value === "object") {
          search.push(
            serializeObjectParam(name, value, {
              style: "deepObject",
              explode: true,
              ...options?.object,
              allowReserved: options?.allowReserved || false
            })
          );
          continue;
        }
        search.push(serializePrimitiveParam(name, value, options));
      }
    }
    return search.join("&");
  };
}
function defaultPathSerializer(pathname, pathParams) {
  let nextURL = pathname;
  for (const match of pathname.match(PATH_PARAM_RE) ?? []) {
    let name = match.substring(1, match.length - 1);
    let explode = false;
    let style = "simple";
    if (name.endsWith("*")) {
      explode = true;
      name = name.substring(0, name.length - 1);
    }
    if (name.startsWith(".")) {
      style = "label";
      name = name.substring(1);
    } else if (name.startsWith(";")) {
      style = "matrix";
      name = name.substring(1);
    }
    if (!pathParams || pathParams[name] === void 0 || pathParams[name] === null) {
      continue;
    }
    const value = pathParams[name];
    if (Array.isArray(value)) {
      nextURL = nextURL.replace(match, serializeArrayParam(name, value, { style, explode }));
      continue;
    }
    if (typeof value === "object") {
      nextURL = nextURL.replace(match, serializeObjectParam(name, value, { style, explode }));
      continue;
    }
    if (style === "matrix") {
      nextURL = nextURL.replace(match, `;${serializePrimitiveParam(name, value)}`);
      continue;
    }
    nextURL = nextURL.replace(match, style === "label" ? `.${encodeURIComponent(value)}` : encodeURIComponent(value));
  }
  return nextURL;
}
function defaultBodySerializer(body, headers) {
  if (body instanceof FormData) {
    return body;
  }
  if (headers) {
    const contentType = headers.get instanceof Function ? headers.get("Content-Type") ?? headers.get("content-type") : headers["Content-Type"] ?? headers["content-type"];
    if (contentType === "application/x-www-form-urlencoded") {
      return new URLSearchParams(body).toString();
    }
  }
  return JSON.stringify(body);
}
function createFinalURL(pathname, options) {
  let finalURL = `${options.baseUrl}${pathname}`;
  if (options.params?.path) {
    finalURL = options.pathSerializer(finalURL, options.params.path);
  }
  let search = options.querySerializer(options.params.query ?? {});
  if (search.startsWith("?")) {
    search = search.substring(1);
  }
  if (search) {
    finalURL += `?${search}`;
  }
  return finalURL;
}
function mergeHeaders(...allHeaders) {
  const finalHeaders = new Headers();
  for (const h of allHeaders) {
    if (!h || typeof h !== "object") {
      continue;
    }
    const iterator = h instanceof Headers ? h.entries() : Object.entries(h);
    for (const [k, v] of iterator) {
      if (v === null) {
        finalHeaders.delete(k);
      } else if (Array.isArray(v)) {
        for (const v2 of v) {
          finalHeaders.append(k, v2);
        }
      } else if (v !== void 0) {
        finalHeaders.set(k, v);
      }
    }
  }
  return finalHeaders;
}
function removeTrailingSlash(url) {
  if (url.endsWith("/")) {
    return url.substring(0, url.length - 1);
  }
  return url;
}

// src/argocd/client.ts
var ArgoCDError = class extends Error {
  constructor(kind, message, server, status) {
    super(message);
    this.kind = kind;
    this.server = server;
    this.status = status;
  }
  kind;
  server;
  status;
  name = "ArgoCDError";
  /** Whether asking again later may give another answer: outages yes, a bad token or app name no. */
  get transient() {
    return this.kind === "server" || this.kind === "unreachable" || this.kind === "timeout" || this.kind === "malformed";
  }
};
function createArgoCDClient(options) {
  const server = serverURL(options);
  if (options.token === "") {
    throw new Error(
      `No Argo CD token for ${where(options)}: pass an API key or project-role token for ${server}.`
    );
  }
  options.onSecret?.(options.token);
  const timeoutMs = options.timeoutMs ?? 3e4;
  const refreshTimeoutMs = options.refreshTimeoutMs ?? 12e4;
  const api = createClient({
    baseUrl: server,
    headers: { Authorization: `Bearer ${options.token}` },
    ...options.fetch ? { fetch: options.fetch } : {}
  });
  const project = options.project === void 0 ? {} : { project: options.project };
  async function call(what, app, limitMs, caller, send) {
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), limitMs);
    const signal = caller ? AbortSignal.any([caller, timer.signal]) : timer.signal;
    try {
      const { data, error, response } = await send(signal);
      if (!response.ok) throw httpError(what, app, response.status, error);
      if (data === void 0 || data === null) {
        throw new ArgoCDError(
          "malformed",
          `${what}: Argo CD at ${server} sent an empty body.`,
          server
        );
      }
      return data;
    } catch (error) {
      if (error instanceof ArgoCDError) throw error;
      if (caller?.aborted) throw caller.reason;
      if (timer.signal.aborted) {
        throw new ArgoCDError(
          "timeout",
          `${what}: Argo CD at ${server} did not answer within ${limitMs / 1e3} s.`,
          server
        );
      }
      if (nameOf(error) === "SyntaxError") {
        throw new ArgoCDError(
          "malformed",
          `${what}: Argo CD at ${server} sent a body that is not JSON (${cause(error)}); is ${server} the Argo CD API server?`,
          server
        );
      }
      throw new ArgoCDError(
        "unreachable",
        `${what}: cannot reach Argo CD at ${server} (${cause(error)}).`,
        server
      );
    } finally {
      clearTimeout(handle);
    }
  }
  function httpError(what, app, status, body) {
    const said = typeof body === "object" && body !== null ? body.message ?? body.error : void 0;
    const detail = said ? `: ${said}` : "";
    if (status === 401) {
      return new ArgoCDError(
        "unauthorized",
        `${what}: Argo CD at ${server} rejected the token (401${detail}). Check that the token for ${where(options)} is a current API key or project-role token issued by this server.`,
        server,
        status
      );
    }
    if (status === 403) {
      const missing = options.project === void 0;
      return new ArgoCDError(
        "forbidden",
        `${what}: the token may not do this on Argo CD at ${server} (403${detail}). Grant its account or project role \`applications, get\` and \`applications, sync\` for "${app}"${missing ? `; without a project, Argo CD also answers 403 when the app does not exist (${naming(options)})` : ""}.`,
        server,
        status
      );
    }
    if (status === 404) {
      return new ArgoCDError(
        "not-found",
        `${what}: Argo CD at ${server} has no application "${app}"${options.project ? ` in project "${options.project}"` : ""}. ${capitalise(naming(options))}.`,
        server,
        status
      );
    }
    if (status >= 500) {
      return new ArgoCDError(
        "server",
        `${what}: Argo CD at ${server} failed with ${status}${detail}.`,
        server,
        status
      );
    }
    return new ArgoCDError(
      "rejected",
      `${what}: Argo CD at ${server} refused the request (${status}${detail}).`,
      server,
      status
    );
  }
  return {
    server,
    getApplication(name, { signal } = {}) {
      return call(
        `get application ${name}`,
        name,
        timeoutMs,
        signal,
        (s) => api.GET("/api/v1/applications/{name}", {
          params: { path: { name }, query: projects(project) },
          signal: s
        })
      );
    },
    refresh(name, { hard = false, signal } = {}) {
      return call(
        `refresh application ${name}`,
        name,
        refreshTimeoutMs,
        signal,
        (s) => api.GET("/api/v1/applications/{name}", {
          params: {
            path: { name },
            query: { ...projects(project), refresh: hard ? "hard" : "normal" }
          },
          signal: s
        })
      );
    },
    sync(name, revision, { prune = false, signal } = {}) {
      return call(
        `sync application ${name}`,
        name,
        timeoutMs,
        signal,
        (s) => api.POST("/api/v1/applications/{name}/sync", {
          params: { path: { name } },
          body: { name, prune, ...revision === void 0 ? {} : { revision }, ...project },
          signal: s
        })
      );
    },
    syncWindows(name, { signal } = {}) {
      return call(
        `read sync windows of ${name}`,
        name,
        timeoutMs,
        signal,
        (s) => api.GET("/api/v1/applications/{name}/syncwindows", {
          params: { path: { name }, query: project },
          signal: s
        })
      );
    },
    openApplicationStream(name, { resourceVersion, signal } = {}) {
      return call(
        `watch application ${name}`,
        name,
        timeoutMs,
        signal,
        (s) => api.GET("/api/v1/stream/applications", {
          params: {
            query: {
              name,
              ...projects(project),
              ...resourceVersion === void 0 ? {} : { resourceVersion }
            }
          },
          headers: { Accept: "text/event-stream" },
          parseAs: "stream",
          signal: s
        })
      );
    }
  };
}
function serverURL(options) {
  let url;
  try {
    url = new URL(options.server);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(
      `Argo CD server for ${where(options)} is "${options.server}"; expected an http(s) URL such as https://argocd.example.com (platform.yaml argocd.server).`
    );
  }
  return url.href.replace(/\/+$/, "");
}
function projects(project) {
  return project.project === void 0 ? {} : { projects: [project.project] };
}
function where(options) {
  return options.region === void 0 ? "this region" : `region ${options.region}`;
}
function naming(options) {
  const entry = options.region === void 0 ? "argocd.app" : `spec.regions.${options.region}.argocd.app`;
  return `the name comes from platform.yaml ${entry}${options.appTemplate ? ` ("${options.appTemplate}")` : ', default "{service}-{region}"'}: make it match the Application's name in Argo CD`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function nameOf(error) {
  return typeof error === "object" && error !== null ? error.name : void 0;
}
function cause(error) {
  if (typeof error !== "object" || error === null) return String(error);
  const failure = error;
  const inner = failure.cause;
  return inner?.code ?? inner?.message ?? failure.message ?? String(error);
}

export {
  ArgoCDError,
  createArgoCDClient
};
