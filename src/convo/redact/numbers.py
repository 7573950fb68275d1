"""Numbers as people say them: "four double one oh", "forty one eleven", "nineteen eighty",
"four thousand eighty one hundred", ASR homophones ("for", "ate", "owe") inside a digit-by-digit reading."""

from __future__ import annotations

import re

from convo.redact.patterns import SAID_LETTERS
from convo.redact.tokens import Token

ENGLISH_UNITS = {"zero": "0", "nil": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "one": "1", "two": "2", "three": "3",
                 "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "niner": "9"}
UNITS = {**ENGLISH_UNITS,
         # digits in the caller's other language, in a reading ("… one three nine five tres cinco uno seis"); not those
         # that are English words too ("due", "um"; "sept" and "un" only beside other number words: pieces.py)
         "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
         "null": "0", "eins": "1", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "funf": "5", "sechs": "6", "sieben": "7", "acht": "8",
         "neun": "9", "zéro": "0", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "huit": "8", "neuf": "9",
         "quattro": "4", "quatro": "4", "cinque": "5", "sette": "7", "otto": "8", "nove": "9", "dois": "2", "três": "3", "sete": "7", "oito": "8",
         "jeden": "1", "dwa": "2", "trzy": "3", "cztery": "4", "pięć": "5", "piec": "5", "sześć": "6", "szesc": "6", "siedem": "7",
         "osiem": "8", "dziewięć": "9", "dziewiec": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
         "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9"}
REPEATS = {"double": 2, "triple": 3, "treble": 3}
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORDINALS = {w: f"{i}{'st' if i % 10 == 1 and i != 11 else 'nd' if i % 10 == 2 and i != 12 else 'rd' if i % 10 == 3 and i != 13 else 'th'}"
            for i, w in enumerate(_ORDINAL_WORDS, start=1)}
ORDINALS["thirtieth"] = "30th"
# Hesitations dropped from the stream, so "five one, um, oh five" stays one run of digits (spelled as ASR and
# people spell them: "uhh", "umm" …).
FILLERS = frozenset({"um", "umm", "ummm", "uh", "uhh", "uhhh", "uhm", "er", "err", "erm", "errm", "ah", "ahh", "hmm", "hmmm", "mm", "mmm"})

_READING_HOMOPHONES = frozenset({"tree", "ate", "won", "fore", "sicks", "fife"})  # not "to", "for", "free": everyday words there
_BEFORE_A_READING = frozenset({"", "number", "is", "it's", "its", "then", "and", "so", "okay", "ok"})
_CONFIRMING = frozenset({"right", "correct", "yeah", "yes", "?", ""})  # a read-back's end: "… four four for right"
_ONE_PAUSE = frozenset("second sec moment mo tick".split())  # "one second" after a tens word is a pause, not its unit


def _is_numeric(word: str) -> bool:
    w = word.lower()
    return w.isdigit() or w in UNITS or w in TEENS or w in TENS or w in REPEATS


def _below_100(words: list[str], i: int) -> tuple[int, int] | None:
    """A cardinal under 100 at ``words[i]`` ("seven", "fifteen", "forty two") as (value, words used)."""
    w = words[i] if i < len(words) else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    tens, hyphen, unit = w.partition("-")
    if hyphen and tens in TENS and unit in UNITS and unit not in ("oh", "o", "zero", "nought", "naught"):
        return int(TENS[tens] + UNITS[unit]), 1  # "five hundred and twenty-six": the tail as one word
    if w in TEENS:
        return int(TEENS[w]), 1
    if w in TENS:
        if nxt in UNITS and i + 2 < len(words) and words[i + 2] in ("ty", "teen"):
            return int(TENS[w]) * 10, 1  # "fifty nine ty": 50, then "ninety" in two; "forty nine teen": 40 19
        if nxt == "one" and i + 2 < len(words) and words[i + 2] in _ONE_PAUSE:
            return int(TENS[w]) * 10, 1  # "… ninety three twenty one second my glasses sixteen …": 20, then a pause
        if nxt in UNITS and nxt not in ("oh", "o", "zero", "nought", "naught"):
            return int(TENS[w] + UNITS[nxt]), 2
        return int(TENS[w]) * 10, 1
    if w in UNITS and w not in ("oh", "o", "nought", "naught"):
        return int(UNITS[w]), 1
    return None


def _large_number(words: list[str], i: int) -> tuple[str, int] | None:
    """"one hundred and five" → 105, "two thousand and one" → 2001 (only with hundred/thousand).

    Inside a digit-by-digit reading ("oh seven seven hundred nine hundred …") "x hundred" is
    just x00 and takes no tail: the next words are the next digits; but a number under 100 that ends the reading
    is its tail ("… two zero eight three zero four hundred fifty": 450; "… three four hundred five": 3405).
    """
    head = _below_100(words, i)
    if head is None or i + head[1] >= len(words) or words[i + head[1]] not in ("hundred", "thousand"):
        return None
    value, j = head[0] * (100 if words[i + head[1]] == "hundred" else 1000), i + head[1] + 1
    prev = words[i - 1] if i > 0 else ""
    year_like = words[i + head[1]] == "thousand"  # "oh six two thousand and twenty eight", "two five o one two thousand three"
    said_and = j < len(words) and words[j] == "and"  # "… four eight hundred and three …" is 803
    if head[1] == 1 and words[i] in UNITS and (prev in UNITS or prev == "hundred" or prev.isdigit()) and not year_like \
            and not said_and:
        last = _below_100(words, j) if j < len(words) and words[j] != "zero" else None
        if last and not (j + last[1] < len(words) and (_is_numeric(words[j + last[1]]) or words[j + last[1]] in ("hundred", "thousand"))):
            return str(value + last[0]), j + last[1] - i  # "… three oh four hundred fifty", "… three four hundred five" ending the reading: 450, 405
        return str(value), j - i
    if words[i + head[1]] == "thousand" and j + 1 < len(words) and words[j + 1] == "hundred" and words[j] in UNITS:
        value, j = value + int(UNITS[words[j]]) * 100, j + 2
    k = j + 1 if j < len(words) and words[j] == "and" else j
    tail = _below_100(words, k)
    if tail and k + tail[1] < len(words) and words[k + tail[1]] in ("hundred", "thousand"):
        tail = None  # "four thousand eighty one hundred": 4000, then 8100 (a card read in groups)
    if tail and k == j and words[j - 1] == "hundred" and words[k] in UNITS and k + 1 < len(words) and words[k + 1] in UNITS and words[k + 1] not in ("oh", "o"):
        tail = None  # "five hundred four three thirty one …": 500, then digit by digit (not "five hundred and four three")
    if tail:
        return str(value + tail[0]), k + tail[1] - i
    return str(value), j - i


_PAUSES = frozenset("second sec secs moment minute min mo tick".split())
_PAUSES_PLURAL = frozenset("secs seconds ticks minutes mins moments".split())


def _number_words(pieces: list[tuple[str, int, int]], i: int, words: list[str] | None = None) -> tuple[str, int] | None:
    """Digits spoken at ``pieces[i]`` and how many words they took, or ``None`` (``words``: the
    pieces lower-cased, when the caller has them)."""
    words = words if words is not None else [p[0].lower() for p in pieces]
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    prev = words[i - 1] if i > 0 else ""
    if w == "one" and prev in ONE_AS_PRONOUN_AFTER and i > 1 and words[i - 2] in DETERMINERS:
        return None  # "that's my old one oh seven six …": a pronoun, not a digit
    if w == "one" and prev in ONE_AS_PRONOUN_BEFORE_WORD and not _is_numeric(nxt) and nxt not in ("hundred", "thousand"):
        return None  # "the one for fifty one ninety nine wasn't me": the charge, not a digit before "for"
    if (w == "one" and nxt in _PAUSES) or (w == "second" and prev in ("one", "a")) or (w in UNITS and nxt in _PAUSES_PLURAL):
        return None  # "the kids are shouting one second ok …", "… 9 5 9 3 - two secs - 0 8 5 7": a pause, no digit
    if w in ("oh", "o", *REPEATS) and prev in FILLERS:  # "… three eight uh o", "two er double for": the hesitation is not a word between digits
        prev = next((x for x in reversed(words[:i]) if x not in FILLERS), "")
    if w in REPEATS and after in FILLERS:  # "… double too uh fifty seven"
        after = next((x for x in words[i + 2 :] if x not in FILLERS), "")
    if w == "twenty" and nxt in TEENS and not _is_numeric(prev) and not _is_numeric(after):
        return "20" + TEENS[nxt], 2  # "opened it in twenty twelve": a year, one number (not "twelve twenty nineteen forty eight")
    if nxt == "teen" and w in ("three", "four", "five", "six", "seven", "eight", "nine"):
        return str(10 + int(UNITS[w])), 2  # "nine teen": a recogniser's "nineteen" in two
    if nxt == "ty" and w in ("two", "three", "four", "five", "six", "seven", "eight", "nine"):
        return str(10 * int(UNITS[w])), 2  # "seven ty": a recogniser's "seventy" in two
    parts = w.split("-")
    if len(parts) > 1 and all(part in UNITS or part in HOMOPHONES and part not in ("to", "too") for part in parts) \
            and any(part in UNITS for part in parts):  # "four-one-one-one", "seven-ate"
        return "".join(UNITS.get(part) or HOMOPHONES[part] for part in parts), 1
    if len(parts) == 2 and parts[0] in REPEATS and parts[1] in UNITS:  # "double-six"
        return UNITS[parts[1]] * REPEATS[parts[0]], 1
    if "-" in w and all(part in UNITS or part in TENS or part in ORDINALS for part in w.split("-")):
        tens, unit = (w.split("-") + [""])[:2]  # "thirty-one", "twenty-first"
        if tens in TENS and unit in ORDINALS:
            return TENS[tens] + ORDINALS[unit], 1
        if tens in TENS and unit in UNITS:
            return TENS[tens] + UNITS[unit], 1
    large = _large_number(words, i)
    if large:
        return large
    if w in REPEATS and (nxt in UNITS or len(nxt) == 1 and nxt.isdigit()):
        return UNITS.get(nxt, nxt) * REPEATS[w], 2  # "double seven", "double 4"
    if w in REPEATS and "-" in nxt and all(part in UNITS for part in nxt.split("-")):
        first, *rest = nxt.split("-")  # "double o-nine": 0 0 9, as a recogniser hyphenates a reading
        return UNITS[first] * REPEATS[w] + "".join(UNITS[part] for part in rest), 2
    if w in REPEATS and nxt == "," and after in UNITS and _is_numeric(prev):
        return UNITS[after] * REPEATS[w], 3  # "60 double, one": a recogniser's comma after "double"
    if w in REPEATS and nxt in FILLERS and after in UNITS and (_is_numeric(prev) or prev in FILLERS or prev == "..."):
        return UNITS[after] * REPEATS[w], 3  # "4 8 3 9 ... er double um one one seven": a hesitation after "double"
    beyond = next((x for x in words[i + 2 : i + 5] if x not in SEPARATORS), "") if w in REPEATS else ""  # the word after the next, past a comma or pause
    reading = (_is_numeric(prev) or prev in HOMOPHONES) and i > 1 and (_is_numeric(words[i - 2]) or words[i - 2] in HOMOPHONES)
    if w in REPEATS and nxt in HOMOPHONES and (nxt not in ("to", "too", "for") or ((w != "double" or i + 3 < len(words) and (_is_numeric(words[i + 3]) or words[i + 3] in HOMOPHONES))
                                                   and (_is_numeric(after) or after in HOMOPHONES))  # "triple ate", "triple for four", "triple to won"
                                               or (_is_numeric(prev) or prev in HOMOPHONES) and beyond
                                               and (_is_numeric(beyond) or beyond in HOMOPHONES and nxt != "to")  # "… to double for ate zero", "six double for, tree …"
                                               or reading and (i + 2 == len(words) or not (_is_numeric(after) or after in HOMOPHONES))):
        return HOMOPHONES[nxt] * REPEATS[w], 2  # "… eight double for one …", "… three seven double too" ending a reading, not "a double for two"
    if w in REPEATS and len(nxt) == 1 and nxt.isalpha():
        return " ".join(nxt * REPEATS[w]), 2  # "double t" in a postcode: two spelled letters
    if w in REPEATS and nxt in LETTER_NAMES and (_is_numeric(after) or after in LETTER_NAMES):
        return " ".join(LETTER_NAMES[nxt] * REPEATS[w]), 2  # "double why eight four …": an NI number's YY
    if w in HOMOPHONES and w not in ("sex", "free", "owe") and _is_numeric(prev) and (
            nxt in ("oh", "o", "zero", "nought") or nxt in _CONFIRMING and i > 1 and _is_numeric(words[i - 2]) and prev in UNITS):
        return HOMOPHONES[w], 1  # "the card ending sixty five for oh", "i want to make sure i got thirty four four for right"
    if w in _READING_HOMOPHONES and prev in _BEFORE_A_READING and _is_numeric(nxt) and nxt not in ("oh", "o"):
        return HOMOPHONES[w], 1  # "social security number tree sixty two ...": a reading's first digit
    if w in HOMOPHONES and _digits_around(words, i):  # ASR: "four one for one" → 4 1 4 1
        return HOMOPHONES[w], 1
    if w in ("oh", "o") and pieces[i][0] != "OH":  # zero only next to other digits: "oh I see" stays words; "Reno, OH" is Ohio
        if nxt == "-" and _is_numeric(after):
            nxt = after  # "… alpha, oh - 2929 - seven": a recogniser's dash between the groups
        homophone_digit = nxt in HOMOPHONES and _is_numeric(after)  # "… sorry i'm driving oh ate nine nought"
        between = prev in HOMOPHONES and nxt in HOMOPHONES  # "… fore fore oh won fore"
        if not nxt and prev in (",", "...", "…", "-") and i > 1 and _is_numeric(words[i - 2]):
            return "0", 1  # "okay sixty , oh" ending the turn: the reading's last digit
        if not nxt and prev == "then" and i <= 2:
            return "0", 1  # "twenty five eighty nine" / "ok" / "then oh": the last digit, a turn of its own
        if prev == "," and i > 1 and _is_numeric(words[i - 2]) and words[i - 2] not in ("oh", "o") \
                or nxt == "," and _is_numeric(after) and after not in ("oh", "o"):
            return "0", 1  # a reading with commas between its digits: "four, o, o, one", "um oh, thirty nine, forty one"
        after_homophone = prev in HOMOPHONES and i > 1 and _is_numeric(words[i - 2])  # "… sixty five for oh"
        return ("0", 1) if _is_numeric(nxt) or _is_numeric(prev) or homophone_digit or between or after_homophone else None
    if w in ORDINALS:
        return ORDINALS[w], 1
    if w in ("nought", "naught"):
        return "0", 1
    if w in TENS and nxt in ORDINALS and int(ORDINALS[nxt][:-2]) < 10:
        return TENS[w] + ORDINALS[nxt], 2
    below = _below_100(words, i)
    return (str(below[0]) if w not in UNITS else UNITS[w], below[1]) if below else None


# Words ASR writes for a digit; a digit only inside a longer digit-by-digit reading, so that
# "three to five days", "press one for billing" and "I won" stay words.
HOMOPHONES = {"for": "4", "fore": "4", "to": "2", "too": "2", "ate": "8", "won": "1", "tree": "3", "free": "3", "fife": "5", "owe": "0",
              "sex": "6", "sicks": "6"}


# Letter names after "double" ("double why" → "y y"), less those that are everyday words there ("double tea").
LETTER_NAMES = {name: letter for name, letter in SAID_LETTERS.items() if name not in ("be", "tea", "sea", "pea", "queue", "are", "ee", "eh")}
SEPARATORS = frozenset({",", "-", ".", "...", "…"})  # between the pieces of a reading: "five for one three... 0126..."
DETERMINERS = frozenset("the a an my your his her our their this that these those".split())
ONE_AS_PRONOUN_AFTER = frozenset("old new other same current previous first second third".split())  # "my old one", "the new one", "the second one"
ONE_AS_PRONOUN_BEFORE_WORD = frozenset("the this that which another each every".split())  # "the one for …", "which one is it"


_RESTARTS = (("scratch", "that"), ("no", "sorry"), ("sorry",), ("i", "mean"), ("wait",))


def _restart_at(words: list[str], at: int) -> int:
    """The length of a restart ("scratch that", "sorry", "i mean" …) at ``at``, 0 where there is none."""
    return next((len(p) for p in _RESTARTS if tuple(words[at : at + len(p)]) == p), 0)


def typed_in_groups(run: list[str]) -> bool:
    """A reading of three or more numeral groups ("4811 6326 5567 5628"): a "to" or "for" at either end is the word
    ("charge $1,240.00 to 4811 6326 5567 5628 for invoice …"), not a digit."""
    return sum(w.isdigit() and len(w) >= 3 for w in run) >= 3


def _digits_around(words: list[str], i: int) -> bool:
    """Two or more single digit words on each side of ``words[i]``."""
    def single(w: str) -> bool:
        return w in UNITS or (w.isdigit() and len(w) == 1)
    left = words[max(0, i - 2) : i]
    right = words[i + 1 : i + 3]
    if len(left) == 2 and len(right) == 2 and all(single(w) for w in left + right):
        return True
    if words[i] not in ("to", "too", "for") and len(left) == 2 and right and all(_is_numeric(w) for w in left + right[:1]):
        return True  # "… sixty three won ten …": no word but a digit reads "won" or "ate" between numbers
    if words[i] in ("won", "ate") and left and single(left[-1]) and right and _is_numeric(right[0]):
        return True  # "expires one won twenty nine": a digit said, then its homophone, then more of the number
    if len(left) == 2 and all(_is_numeric(w) for w in left) and i + 2 == len(words) and words[i + 1] in UNITS:
        return True  # "… nine seven nought nine forty nine too nought": the reading's last digits
    if words[i] not in ("to", "too") and all(w in SEPARATORS or not w.isalnum() for w in words[i + 1 :]) \
            and i >= 3 and all(single(w) or w in ("oh", "o", "nought") for w in words[i - 3 : i]):
        return True  # "… tampa two o five nine ate": the last digit of a reading that ends the turn
    # Or inside a long digit-by-digit reading ("to five oh oh five nine too eight …", "… nine eight ate"):
    # a run of six or more digit words, most of them real digits.
    def digit_like(w: str) -> bool:  # "oh seven for, for six, …", "4614 four eight for won 3296 eight"
        return single(w) or w.isdigit() or w in HOMOPHONES or w in SEPARATORS
    first, last = i, i
    while first > 0 and digit_like(words[first - 1]):
        first -= 1
    while last + 1 < len(words) and digit_like(words[last + 1]) and not (last + 2 < len(words) and words[last + 2] in ("thousand", "hundred")):
        last += 1  # not "for oh four oh eight two thousand and twenty five": a date whose year is no digit of the reading
    if i == last and i + 1 < len(words) and words[i + 1] in DETERMINERS:
        return False  # "… three seven for the sort code": a word after the reading
    run = [w for w in words[first : last + 1] if w not in SEPARATORS]
    restart = _restart_at(words, last + 1)
    if restart:  # "too won five won scratch that two one five …": a reading broken off and said again counts with it
        after = last + 1 + restart
        while after < len(words) and digit_like(words[after]):
            run.append(words[after])
            after += 1
    if words[i] in ("to", "too", "for") and i in (first, last) and typed_in_groups(run):
        return False
    real = sum(single(w) or w.isdigit() for w in run)
    return len(run) >= 6 and real >= 4 and real > len(run) - real


_DATE_DIGITS = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])20[0-4]\d|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])20[0-4]\d")
_RUN_HOMOPHONES = {**HOMOPHONES, "oh": "0", "o": "0"}  # "g r as in romeo oh tree." / "three seven um three one d."


def homophones_across_turns(entries: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """Digit homophones in a digit-by-digit reading split over turns: "four three ate" / "nine four won"."""
    def single(text: str) -> bool:
        return text.isdigit()  # a digit, or a group typed as numerals ("4614 four eight for won 3296 eight")
    out = list(entries)
    i = 0
    while i < len(entries):
        j = i
        while j < len(entries) and (single(entries[j][0].text) or entries[j][0].text in _RUN_HOMOPHONES or entries[j][0].text in SEPARATORS):
            j += 1
        run = [t.text for t, _ in entries[i:j] if t.text not in SEPARATORS]
        real = sum(single(w) for w in run)
        utt = entries[i][0].utt
        whole_turn = j > i and all(t.utt == utt for t, _ in entries[i:j]) and (i == 0 or entries[i - 1][0].utt != utt) \
            and (j == len(entries) or entries[j][0].utt != utt)  # a turn of its own between a reading's pieces: "double eight to ate"
        if len(run) >= 6 and real >= 4 and real > len(run) - real \
                or whole_turn and real and sum(len(w) for w in run if single(w)) >= 2 and len(run) - real <= 2 and len(run) >= 3 \
                and sum(len(w) if single(w) else 1 for w in run) == 4 and run[0] not in ("to", "too", "for"):
            for k in range(i, j):
                tok = entries[k][0]
                if k == j - 1 and j < len(entries) and entries[j][0].text in DETERMINERS:
                    continue  # "… three seven for the sort code"
                if k in (i, j - 1) and tok.text in ("to", "too", "for") and typed_in_groups(run):
                    continue
                if k == i and tok.text in ("to", "for") and _DATE_DIGITS.fullmatch("".join(run[1:])):
                    continue  # "book the engineer for oh four oh eight twenty twenty five": a day, a month, a year
                if tok.text in _RUN_HOMOPHONES:
                    out[k] = (Token(_RUN_HOMOPHONES[tok.text], tok.utt, tok.start, tok.end), entries[k][1])
        i = max(j, i + 1)
    return out


CLOCK = re.compile(r"\d{1,2}:\d\d")
_NOT_A_READING_BEFORE = frozenset("at from until till by between to and before after around about since past is was".split())


def clock_in_reading(tokens: list[Token], utt: int, words: list[str], i: int) -> bool:
    """A time a recogniser wrote for digits said in a reading ("eight hundred and ninety three 9:18 ay", "it's 5:56 two"):
    right after digits in the same utterance, or right before a digit word; not after "at", "from", "until" …"""
    if i and words[i - 1] in _NOT_A_READING_BEFORE or i + 1 < len(words) and words[i + 1] in ("am", "pm", "a.m.", "p.m.", "o'clock", "ish"):
        return False
    before = next((t.text for t in reversed(tokens) if t.utt == utt and t.text not in (",", "...", "…")), "")
    return before.isdigit() or i + 1 < len(words) and (words[i + 1] in UNITS and words[i + 1] not in ("o", "um") or words[i + 1] in TEENS or words[i + 1] in TENS)
