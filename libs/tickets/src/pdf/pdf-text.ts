// The PDF standard fonts (Helvetica) encode WinAnsi: Latin-1 plus these. Without an embedded font,
// other characters are folded (Łukasz → Lukasz) or replaced, never printed as wrong glyphs.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const FOLDS: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  ŀ: 'l',
  Ŀ: 'L',
};

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (code <= 0xff || WIN_ANSI_EXTRA.has(char)) out += char;
    else if (FOLDS[char]) out += FOLDS[char];
    else {
      const folded = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...folded].every((c) => c.charCodeAt(0) <= 0xff) && folded ? folded : '?';
    }
  }
  return out;
}
