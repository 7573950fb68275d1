"""Word pieces as a recogniser writes them: number words run together or hyphenated ("fortyone", "sixty-seven",
"fortywon"), a digit run into a letter ("ninea", "teeseven"), and hesitations with the pauses around them, which
say nothing and break nothing ("one... erm... oh... um, nine")."""

from __future__ import annotations

import re

from convo.redact.numbers import FILLERS, HOMOPHONES, REPEATS, TEENS, TENS, UNITS


_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_RUN_TOGETHER = re.compile(rf"(?i)(?:{_TENS_WORDS})(?:{_UNIT_WORDS})|(?:{_UNIT_WORDS}|{_TENS_WORDS})-(?:{_TENS_WORDS})(?![a-z])")
_COMPOUND = re.compile(rf"({_TENS_WORDS})({_UNIT_WORDS})")


def _number_word_pieces(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Number words a recogniser runs together, one piece each: "fortynine" → "forty" "nine",
    "nine-seventyseven" → "nine" "seventy" "seven", "nine-sixty-seven" → "nine" "sixty-seven"."""
    out: list[tuple[str, int, int]] = []
    for word, start, end in pieces:
        parts = word.split("-")
        lowered = [p.lower() for p in parts]
        if not all(_COMPOUND.fullmatch(p) or p in UNITS or p in TENS or p in TEENS for p in lowered) \
                or (len(parts) == 2 and lowered[0] in TENS and lowered[1] in UNITS):
            out.append((word, start, end))  # "sixty-seven" stays one word
            continue
        pos = start
        for n, (part, low) in enumerate(zip(parts, lowered)):
            compound = _COMPOUND.fullmatch(low)
            if compound:
                out += [(part[: compound.end(1)], pos, pos + compound.end(1)), (part[compound.end(1) :], pos + compound.end(1), pos + len(part))]
            elif low in TENS and n + 1 < len(parts) and lowered[n + 1] in UNITS:
                out.append((part + "-" + parts[n + 1], pos, pos + len(part) + 1 + len(parts[n + 1])))  # "…-sixty-seven"
            elif not (n and lowered[n - 1] in TENS and low in UNITS and out and out[-1][0].lower().endswith("-" + low)):
                out.append((part, pos, pos + len(part)))
            pos += len(part) + 1
    return out


# Digit words a recogniser writes as one word: "Zerothreeeighttwo", "sixonethreetwoohthree", "othreefour".
_ATOMS = sorted([*UNITS, *TEENS, *TENS, *REPEATS, *HOMOPHONES], key=len, reverse=True)  # and "fortywon", "ninetyfor"
_ATOM = re.compile("|".join(_ATOMS))
_CONCATENATED = re.compile(r"(?<![a-z])(?:" + "|".join(_ATOMS) + r"){2,}(?![a-z])")  # searched in the lower-cased text


_ZERO_GLUED = re.compile(r"o(?:one|two|six|ten)|(?:one|two|six)o")  # four letters: "osix", "oone", "sixo" ("o" for zero glued to a digit)
_UNIT_AND_LETTER = re.compile(r"(?<![a-z])(one|two|three|four|five|six|seven|eight|nine|zero|nought)([a-d])(?![a-z])"
                              r"|(?<![a-z])(tee|bee|dee|gee|pee|vee|zed|kay|jay|ess|aitch|see|cee)(one|two|three|four|five|six|seven|eight|nine|zero|nought)(?![a-z])")


def _concatenated_pieces(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Each run-together digit word as its own piece ("foureightone" → "four" "eight" "one"); a number word
    itself ("eighteen", "seventy") and a word of zeros alone ("oo", "ohoh": an exclamation) stay as they are."""
    out: list[tuple[str, int, int]] = []
    for word, start, end in pieces:
        low = word.lower()
        if (unit := _UNIT_AND_LETTER.fullmatch(low)) is not None:  # "nine ninea", "696 threec", "b like bravo teeseven …"
            cut = unit.end(1) if unit.group(1) else unit.end(3)
            out += [(word[:cut], start, start + cut), (word[cut:], start + cut, end)]
            continue
        atoms = _ATOM.findall(low) if (len(low) >= 5 or _ZERO_GLUED.fullmatch(low)) and low not in UNITS and low not in TEENS and low not in TENS else []
        if len(atoms) < 2 or "".join(atoms) != low or all(a in ("o", "oh") for a in atoms):
            out.append((word, start, end))
            continue
        pos = start
        for atom in atoms:
            out.append((word[pos - start : pos - start + len(atom)], pos, pos + len(atom)))
            pos += len(atom)
    return out


# A tens or teens word a recogniser split in two: "six ty seven" (67), "eight hundred and six teen" (816)
_SPLIT_TENS = {("two", "ty"): "twenty", ("three", "ty"): "thirty", ("four", "ty"): "forty", ("five", "ty"): "fifty",
               ("six", "ty"): "sixty", ("seven", "ty"): "seventy", ("eight", "ty"): "eighty", ("nine", "ty"): "ninety",
               ("three", "teen"): "thirteen", ("four", "teen"): "fourteen", ("five", "teen"): "fifteen", ("six", "teen"): "sixteen",
               ("seven", "teen"): "seventeen", ("eight", "teen"): "eighteen", ("nine", "teen"): "nineteen",
               # the first half as a recogniser writes it alone ("for ty two", "eigh ty one", "fif teen")
               ("twen", "ty"): "twenty", ("thir", "ty"): "thirty", ("for", "ty"): "forty", ("fif", "ty"): "fifty", ("eigh", "ty"): "eighty",
               ("thir", "teen"): "thirteen", ("fif", "teen"): "fifteen", ("eigh", "teen"): "eighteen"}
SPLIT_TENS = re.compile(r"(?i)(?<![a-z])(?:" + "|".join(sorted({first for first, _ in _SPLIT_TENS})) + r") (?:ty|teen)(?![a-z])")


def _split_tens_pieces(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"six ty" → one piece "sixty" over both words, "nine teen" → "nineteen"."""
    out: list[tuple[str, int, int]] = []
    for word, start, end in pieces:
        whole = _SPLIT_TENS.get((out[-1][0].lower(), word.lower())) if out else None
        if whole:
            out[-1] = (whole, out[-1][1], end)
        else:
            out.append((word, start, end))
    return out


_PAUSE_MARKS = frozenset({"...", "…", ","})


def _without_hesitations(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A hesitation says nothing, and the pauses and commas around it are no break in what is being said: "one...
    erm... oh... um, nine" is 1 0 9, "forty six seventy three... um, victoria drive" an address ("ER" typed stays)."""
    lowered = [p[0].lower() for p in pieces]
    drop: set[int] = set()
    pause: set[int] = set()
    for i, word in enumerate(lowered):
        if word in FILLERS and not pieces[i][0].isupper():
            if _tens_then_unit_in_reading(lowered, i):
                pause.add(i)  # "fifty two twenty hmm six double seven": 20, a pause, 6 (not "she's twenty um six months")
                continue
            drop.add(i)
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(pieces) and lowered[j] in _PAUSE_MARKS:
                    drop.add(j)
                    j += step
    if pause:
        pieces = [("...", p[1], p[2]) if i in pause else p for i, p in enumerate(pieces)]
    return [p for i, p in enumerate(pieces) if i not in drop] if drop else pieces


def _tens_then_unit_in_reading(lowered: list[str], i: int) -> bool:
    """A hesitation between a tens word and a unit, in pairs read after another number word ("two twenty hmm six")."""
    words = [w for w in lowered if w not in _PAUSE_MARKS]
    k = sum(1 for w in lowered[:i] if w not in _PAUSE_MARKS)  # the filler's place among the words
    return 2 <= k < len(words) - 1 and words[k - 1] in TENS and words[k + 1] in UNITS and words[k + 1] not in ("o", "oh", "zero", "nought") \
        and (words[k - 2] in UNITS or words[k - 2] in TEENS or words[k - 2] in TENS)


# Digits in the caller's other language that are English words or abbreviations too ("un", "sept"): digits only
# beside another number word ("six sept six un", not "due 5 sept"; "un" is no English word but a recogniser's).
AMBIGUOUS_DIGITS = {"un": "one", "sept": "seven"}
FOREIGN_AMBIGUOUS = re.compile(r"(?i)(?<![\w'])(?:un|sept)(?![\w'])")


def _foreign_pieces(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"cinq deux trois huit, sept neuf un deux": "sept" and "un" read as digits between other number words."""
    words = [w.lower() for w, _, _ in pieces]

    def number_word(j: int, step: int) -> bool:
        while 0 <= j < len(words) and words[j] in (",", "...", "…", "-"):
            j += step
        return 0 <= j < len(words) and words[j].isalpha() and (words[j] in UNITS or words[j] in TEENS or words[j] in TENS
                                                               or words[j] in AMBIGUOUS_DIGITS)
    return [(AMBIGUOUS_DIGITS[words[i]], start, end) if words[i] in AMBIGUOUS_DIGITS and (number_word(i - 1, -1) or number_word(i + 1, 1))
            else (word, start, end) for i, (word, start, end) in enumerate(pieces)]

