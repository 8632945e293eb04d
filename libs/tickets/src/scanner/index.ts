// What an offline scanner needs (verification with public keys, the revocation list): no Node API
// is used below this folder, so the SPA can import it as it is (see the README).
export * from './code-format';
export * from './key-ring';
export * from './verify-code';
export * from './revocations';
export { base32Decode, base32Encode } from './base32';
