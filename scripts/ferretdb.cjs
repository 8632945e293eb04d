// Starts FerretDB v1 (the wrapper built from tools/ferretdb by scripts/setup-tools.sh) on a free
// loopback port, for tests and benchmarks that need a real MongoDB-wire server.
//
//   const { ferretdbAvailable, startFerretDb } = require('./scripts/ferretdb.cjs');
//   const server = await startFerretDb();   // { url: 'mongodb://127.0.0.1:PORT/', stop() }
//   ...
//   await server.stop();                      // kills it and removes its temporary data dir
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { setTimeout, clearTimeout } = require('node:timers');

// FERRETDB_BIN points at another build (or, set to a missing path, simulates having none).
const binary = process.env.FERRETDB_BIN || path.resolve(__dirname, '..', '.cache', 'tools', 'bin', 'ferretdb');
const START_TIMEOUT_MS = 30_000;

/** True when the FerretDB binary has been built (npm run setup:tools). */
function ferretdbAvailable() {
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns one server and resolves once its port accepts connections; rejects if it exits first. */
async function launch(port, dataDir) {
  const child = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  child.once('error', (error) => {
    exited = { code: null, signal: null, error };
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      const reason = exited.error ? exited.error.message : `exit code ${exited.code}, signal ${exited.signal}`;
      throw Object.assign(new Error(`FerretDB exited during start-up (${reason}):\n${output}`), { exited: true });
    }
    if (/^ready /m.test(output) && (await accepts(port))) return child;
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(
    `FerretDB did not accept connections on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000}s:\n${output}`,
  );
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts FerretDB with its SQLite files in `dir` (kept on stop) or, by default, in a fresh
 * temporary directory (removed on stop). Returns the connection URL and a stop function.
 */
async function startFerretDb({ dir } = {}) {
  if (!ferretdbAvailable()) throw new Error(`No FerretDB at ${binary}; run npm run setup:tools`);
  const ownsDir = dir === undefined;
  const dataDir = ownsDir ? fs.mkdtempSync(path.join(os.tmpdir(), 'ferretdb-')) : path.resolve(dir);
  fs.mkdirSync(dataDir, { recursive: true });
  const removeDir = () => {
    if (ownsDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let child;
  let port;
  // Another process may take the free port between probing and binding: retry on a new one.
  for (let attempt = 1; !child; attempt++) {
    port = await freePort();
    try {
      child = await launch(port, dataDir);
    } catch (error) {
      if (!error.exited || attempt >= 3) {
        removeDir();
        throw error;
      }
    }
  }
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopped = null;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5000);
      }
      removeDir();
    })();
    return stopped;
  };
  return { url: `mongodb://127.0.0.1:${port}/`, dataDir, stop };
}

module.exports = { binary, ferretdbAvailable, startFerretDb };
