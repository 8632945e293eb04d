import { enableCompileCache } from 'node:module';

/**
 * Imported first by main.ts: Node keeps the compiled code of every module it loads in a
 * cache (NODE_COMPILE_CACHE, else a folder in the system's temp dir) and later starts skip
 * compiling them again. About a second of each start was compiling the app's modules.
 */
enableCompileCache?.();
