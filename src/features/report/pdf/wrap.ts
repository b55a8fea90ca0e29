/** The width of a text in the current style, in the same unit as the line's width. */
export type Measure = (text: string) => number;

const VOWELS = "aeiouyäöåéü";
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char.toLowerCase());
/** Not a web address, an e-mail or a figure: a hyphen there would read as part of it. */
const isHyphenable = (word: string) => !/[\d/@]|[.:]\S/.test(word);

/**
 * Where a word may be hyphenated: before a consonant that starts a syllable (koordi-naattori), the Finnish
 * rule, which also gives readable breaks in Swedish and English; two letters stay before it, three after.
 */
function isSyllableStart(word: string, at: number): boolean {
  const consonant = isLetter(word[at]) && !isVowel(word[at]);
  const roomAround = at >= 2 && word.length - at >= 3;
  return roomAround && isLetter(word[at - 1]) && consonant && isVowel(word[at + 1]);
}

/** The longest start of `word` (one character at least) whose width with `extra` fits in `width`. */
function fittingLength(word: string, width: number, measure: Measure, extra = 0): number {
  let length = word.length;
  while (length > 1 && measure(word.slice(0, length)) + extra > width) length -= 1;
  return length;
}

interface Cut {
  at: number;
  hyphen: boolean;
}

/**
 * Where a word wider than the line breaks: after its last dash that fits (hyte-|koordinaattori), otherwise
 * with a hyphen, at a syllable if one falls in the line's second half.
 */
function firstCut(word: string, width: number, measure: Measure): Cut {
  const fit = fittingLength(word, width, measure);
  const dash = Math.max(word.lastIndexOf("-", fit - 1), word.lastIndexOf("–", fit - 1));
  if (dash > 0) return { at: dash + 1, hyphen: false };
  if (!isHyphenable(word)) return { at: fit, hyphen: false };
  const room = fittingLength(word, width, measure, measure("-"));
  for (let at = room; at > room / 2; at -= 1) if (isSyllableStart(word, at)) return { at, hyphen: true };
  const betweenLetters = room >= 2 && isLetter(word[room - 1]) && isLetter(word[room]);
  return betweenLetters ? { at: room, hyphen: true } : { at: fit, hyphen: false };
}

/** A word wider than the line, in pieces that fit; the last piece starts the next line. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && measure(rest) > width) {
    const { at, hyphen } = firstCut(rest, width, measure);
    pieces.push(hyphen ? `${rest.slice(0, at)}-` : rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Wraps to `width` at spaces, keeping the text's own line breaks. A word longer than a line breaks after
 * a hyphen or dash where it can, and otherwise gets a hyphen at the break.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const space = measure(" ");
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/)) {
      const wordWidth = measure(word);
      if (line === "" && wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
      } else if (line !== "" && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
      } else {
        if (line !== "") lines.push(line);
        const pieces = breakWord(word, width, measure);
        line = pieces.pop() ?? "";
        lineWidth = measure(line);
        lines.push(...pieces);
      }
    }
    lines.push(line);
  }
  return lines;
}
