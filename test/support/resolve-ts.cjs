// Jest loads global setup and teardown as CommonJS, where moduleNameMapper does not apply: let the
// project's ESM-style `./file.js` imports find their `./file.ts` sources there too.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  try {
    return resolve.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) return resolve.call(this, `${request.slice(0, -3)}.ts`, ...rest);
    throw error;
  }
};
