/**
 * Deepest nesting of arrays and objects in a JSON text, counted without parsing and without
 * recursion, so a hostile body cannot overflow the stack here (validation and transformation
 * walk a parsed body recursively). Brackets inside strings do not count.
 */
export function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/** Deep enough for every request body the APIs accept (a seating plan nests about six levels). */
export const MAX_JSON_DEPTH = 32;
