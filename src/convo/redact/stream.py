"""A call's text as one normalised stream, with every character traced back to its utterance.

Detection runs on a normalised view in which spoken forms read like written ones:
"four double one oh" → ``4 11 0``, "twenty seven" → ``27``, "j dot doe at gmail dot com" →
``j.doe@gmail.com``. Each normalised token remembers the original character span it came from,
so a match in the stream maps back to ``(utterance, start, end)`` in the original text.

Consecutive utterances of one speaker are joined softly (a digit run may continue across them:
a card number read out in pieces); a change of speaker is a hard break, except that a short
backchannel of the other side ("okay", "mm-hm") between two pieces is left out of the stream, and
so is a short read-back of what was just said ("j", "sorry was that eleven eleven"), which is
redacted together with the value it repeats (:attr:`Stream.echoes`). A spoken e-mail split over
turns is glued together across them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from convo.redact.emails import EMAIL_WORDS, spoken_email_at, spoken_emails, typed_email_pieces
from convo.redact.numbers import CLOCK, FILLERS, HOMOPHONES, REPEATS, TEENS, TENS, UNITS, _is_numeric, _number_words, clock_in_reading, homophones_across_turns
from convo.redact.patterns import SAID_LETTERS
from convo.redact.pieces import (FOREIGN_AMBIGUOUS, SPLIT_TENS, _COMPOUND, _CONCATENATED, _RUN_TOGETHER, _UNIT_AND_LETTER, _concatenated_pieces,
                                 _foreign_pieces, _number_word_pieces, _split_tens_pieces, _without_hesitations)
from convo.redact.tokens import Token, confirms

NATO = {w: w[0] for w in ("alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike "
                          "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray "
                          "yankee zulu").split()}
# Words of other spelling alphabets (the police and the old British ones); a letter only right beside another
# spelled letter ("zebra S fourteen …", "william K"), as the names and words they also are.
OTHER_ALPHABET = {w: w[0] for w in ("apple bertie david edward freddie george harry jack king london mary nellie oliver "
                                    "peter queen robert sugar tommy uncle william yellow zebra "
                                    # the Italian and German ones ("p torino", "m wie martha"; not "otto", a digit in Italian)
                                    "ancona bologna domodossola empoli firenze genova imola livorno milano napoli otranto padova "
                                    "palermo roma savona torino udine venezia berta emil friedrich gustav heinrich julius kaufmann "
                                    "ludwig martha nordpol paula richard samuel theodor ulrich viktor wilhelm ypsilon zacharias").split()}
# Letter names that are no everyday word, after a letter spelled with a word ("m as in mike ex").
_NAMED_LETTERS = {"ex": "x", "em": "m", "en": "n", "el": "l", "ess": "s", "eff": "f", "zed": "z", "zee": "z", "dee": "d", "gee": "g",
                  "jay": "j", "kay": "k", "pee": "p", "tee": "t", "vee": "v", "cue": "q", "aitch": "h", "haitch": "h", "bee": "b"}
# Hesitations that are words or letter names too ("em" is M, "eh?" a question): dropped only between two digits.
_BETWEEN_DIGITS_FILLERS = frozenset({"em", "eh", "ehm", "ehmm", "emm"})
SYMBOL_WORDS = {"slash": "/", "plus": "+", "dash": "-", "hyphen": "-"}
GLUE = frozenset(", - / ( ) . : ... … ; ?".split())  # punctuation tokens between the pieces of a reading


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, substitution or insertion away from ``word``;
    a swap only for words of five letters, where one edit more often makes another word."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    if len(word) < 6:
        return swaps
    return (swaps | {a + b[1:] for a, b in splits if b} | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


# Typed names of values with a typo ("accout nubmer", "date of brith"), read as the name. Only the
# words requests are made with; variants that are words of their own, or plurals, stay as typed.
_TYPO_TARGETS = ("account", "number", "birth", "social", "security", "insurance", "national", "postcode", "sortcode", "expiry",
                 "address", "mobile", "details", "phone", "email", "card")
_REAL_WORDS = frozenset("lumber dumber numbed cumber rational retails expire accounts numbers mobiles addresses "
                        "socials postcodes".split())
TYPO_FIXES = {variant: word for word in _TYPO_TARGETS for variant in _one_edit(word)
              if variant not in _REAL_WORDS and variant not in _TYPO_TARGETS and variant != word + "s"}
# Names of references typed with two letters swapped or one left out ("clami number", "trackign no"): a
# number after them is that reference. Only swaps and deletions, and none that is a word ("clam", "tracing").
_REFERENCE_TYPO_TARGETS = ("claim", "tracking", "invoice", "reference", "order", "ticket", "booking", "policy", "confirmation")
_REFERENCE_REAL_WORDS = frozenset("clam racking tacking tracing booing older ordre".split())
TYPO_FIXES |= {variant: word for word in _REFERENCE_TYPO_TARGETS
               for variant in {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for w in (word,) for i in range(len(w) - 1)}
               | {word[:i] + word[i + 1 :] for i in range(len(word))}
               if variant != word and variant not in _REFERENCE_REAL_WORDS and len(variant) >= 4}
# ... and typed with one key held down ("invvoice", "trackking", "cllaim").
TYPO_FIXES |= {word[:i] + word[i] + word[i:]: word for word in (*_REFERENCE_TYPO_TARGETS, "serial", "dispute", "complaint", "statement",
                                                               "receipt", "transaction") for i in range(len(word))}
TYPO_FIXES |= {"crd": "card", "nmbr": "number", "numbr": "number"}  # typed with the vowels left out: "crd nmbr 6291 …"
_TOKEN = re.compile(r"[^\s]+")
# "684-57-", "KA-" / "then 340999" / "D-": a value cut off mid-way, the rest in the next message; "...4454" goes on from one
# (a trailing hyphen after a digit word is a reading cut off: "… eighty seven five- no hang on")
_EDGE_PUNCT = re.compile(r"^((?:[\"'(\[{<]|\.{2,}|…|\+(?=[A-Za-z]))*)(.*?)([\"')\]}>,;:!?.]*|(?<=\d)-|(?<=^[A-Za-z])-|(?<=^[A-Za-z]{2})-|(?<=one|two|six)-|(?<=zero|four|five|nine)-|(?<=three|seven|eight)-)$", re.S)
BACKCHANNEL_MAX_WORDS = 3
# What a listener says while someone reads out a number; anything else (a question) breaks the run.
BACKCHANNEL_WORDS = frozenset(
    "ok okay yes yep yeah yup mhm mmhm mhmm mm hmm uh-huh uh huh mm-hm mm-hmm right sure go on got it thanks thank you alright great "
    "perfect lovely cool fine good carry keep going and next i see that's that is the rest".split()  # "and the rest?"
)
HARD, SOFT = "\n", " "


@dataclass
class Stream:
    """Normalised text of several utterances and, per character, the token it came from."""

    text: str = ""
    owner: list[int] = field(default_factory=list)  # index into tokens, -1 for joiners
    tokens: list[Token] = field(default_factory=list)
    # Read-backs left out of the stream: (utterance, start, end, first, last) where ``first..last``
    # are the stream tokens it repeats; it is redacted when they are.
    echoes: list[tuple[int, int, int, int, int]] = field(default_factory=list)
    # Where one utterance ends and the same speaker's next begins (the soft joiner's position): a
    # typed message's edge, which the plain space joining them does not show.
    breaks: list[int] = field(default_factory=list)

    def add(self, token: Token, joiner: str) -> None:
        if self.text:
            if joiner == SOFT and self.tokens and self.tokens[-1].utt != token.utt:
                self.breaks.append(len(self.text))
            self.text += joiner
            self.owner.extend([-1] * len(joiner))
        self.tokens.append(token)
        self.text += token.text
        self.owner.extend([len(self.tokens) - 1] * len(token.text))

    def origins(self, start: int, end: int) -> dict[int, tuple[int, int]]:
        """Original spans ``{utterance: (start, end)}`` covered by stream characters ``[start, end)``."""
        spans: dict[int, tuple[int, int]] = {}
        for index in {self.owner[i] for i in range(start, end) if self.owner[i] >= 0}:
            tok = self.tokens[index]
            lo, hi = spans.get(tok.utt, (tok.start, tok.end))
            spans[tok.utt] = (min(lo, tok.start), max(hi, tok.end))
        return spans


def _split_punct(text: str, offset: int) -> list[tuple[str, int, int]]:
    """A whitespace token as (piece, start, end) pieces: leading punctuation, word, trailing punctuation."""
    if text.isalnum():
        return [(text, offset, offset + len(text))]  # most tokens: one plain word or number
    lead, core, trail = _EDGE_PUNCT.match(text).groups()  # type: ignore[union-attr]
    pieces, pos = [], offset
    labelled = _LABEL_HASH.match(core) if "#" in core else _LABEL_COLON.match(core) if ":" in core else None
    # "card#4999…", "SSN#534.67.1941", "Num:6o11 …", "acct:12345678": a label, then the value
    for part in (lead, *(labelled.groups() if labelled else (core,)), trail):
        if "-" in part and _DASHED_DATE.fullmatch(part.lower()):  # "21-Jan-1995": a date typed with dashes, read as "21 jan 1995"
            for piece in part.split("-"):
                pieces.append((piece, pos, pos + len(piece)))
                pos += len(piece) + 1
            pos -= 1
            continue
        if "-" in part and _mixed_hyphens(part):
            pieces += _hyphen_pieces(part, pos)
            pos += len(part)
            continue
        for piece in _SLASH.split(part) if "/" in part and _mixed_slash(part) else (part,):
            if piece:
                pieces.append((piece, pos, pos + len(piece)))
            pos += len(piece)
    return pieces


def _hyphen_pieces(part: str, pos: int) -> list[tuple[str, int, int]]:
    """A reading joined by hyphens, word by word with the hyphens between ("three-seventeen-81", "197-fiftythree-seven");
    "seventy-five" stays one word, and "double-1" loses its hyphen ("double 1")."""
    out: list[tuple[str, int, int]] = []
    for n, word in enumerate(part.split("-")):
        low = word.lower()
        if n and out and out[-1][0].lower() in TENS and low in UNITS and out[-1][2] == pos - 1:  # "seventy-five"
            out[-1] = (out[-1][0] + "-" + word, out[-1][1], pos + len(word))
        else:
            if n and not (out and out[-1][0].lower() in REPEATS):
                out.append(("-", pos - 1, pos))
            if word:
                out.append((word, pos, pos + len(word)))
        pos += len(word) + 1
    return out


_MIXED_HYPHEN = re.compile(r"((?<=\d)-|-(?=\d))")  # a hyphen beside digits ("seventy-five" stays one word)


_SLASH = re.compile(r"(/)")


def _mixed_slash(part: str) -> bool:
    """A number word and digits either side of a slash, as typed half in words: "o four/30", "double one/27"."""
    words = part.lower().split("/")
    return len(words) == 2 and sum(w.isdigit() for w in words) == 1 \
        and any(w in UNITS or w in TEENS or w in TENS or _MONTH_ABBREVIATION.fullmatch(w) for w in words)  # also "apr/30"


_MONTH_ABBREVIATION = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec")


_DASHED_DATE = re.compile(r"\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}-\d{2,4}|"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}-\d{1,2}-\d{2,4}")


def _mixed_hyphens(part: str) -> bool:
    """Digits and number words joined by hyphens, as a recogniser writes a reading: "Nine-23-5006",
    "5-one", "seventy-five-03-71", "seven-5964-for", "six-triple seven six-fifty nine"."""
    words = part.lower().split("-")
    if len(words) < 2 or not all(w.isdigit() or w in UNITS or w in TEENS or w in TENS or w in HOMOPHONES or w in REPEATS
                                 or _COMPOUND.fullmatch(w) for w in words):
        return False  # also "double-1", "197-fiftythree-seven"
    if not any(w.isdigit() for w in words):
        # number words a recogniser joined across the groups of a reading: "six-triple", "six-fifty", "oh-seventy"
        # (not "seventy-five", "four-one-one-one" or "twenty-twenty", which are read as they are)
        # digit homophones too where the join is of two ("five-for", "two-to", "too-niner"; not "nine-to-five")
        return all(w in UNITS or w in TEENS or w in TENS or w in REPEATS or len(words) == 2 and w in HOMOPHONES for w in words) \
            and any(w in UNITS or w in TEENS or w in TENS for w in words) \
            and not (len(words) == 2 and words[0] in TENS and words[1] in UNITS) \
            and not all(w in UNITS for w in words) and not all(w in TENS for w in words)
    return any(not w.isdigit() for w in words)


# A letter O typed for zero, or l for one, among digits: "6o11", "o72-41-8803", "0l51"
_O_FOR_ZERO = re.compile(r"(?=[0-9oli\-./]*[oli])(?=[0-9oli\-./]*\d)[0-9oli](?:[0-9oli\-./]*[0-9oli])?")  # also I for one: "3IO6"
HASH_LABELS = frozenset("ssn social security sec ss card acct account ni nino phone mobile tel cell iban".split())
_NI_TYPED_WORD = re.compile(r"[a-z]{2}\d{6}[a-d]?")
_NI_TYPED_O = re.compile(r"([a-z]{2})([0-9o]{6})([a-d]?)")  # an NI number typed with a letter O for a zero
_DOTTED_LETTERS = re.compile(r"[a-z](?:([.\-])[a-z](?:\1[a-z])?)")  # "C.Y.", "N-H" before digits: letters


_THE_LETTER = ("and", "then", "the", "last", "final", "letter", "is")


def _letter_named_after_digits(words: list[str], i: int) -> int:
    """How many words at ``i`` announce a single letter that ends a reading ("and the letter c", "then the last letter
    is d as in delta"), else 0."""
    k = i
    while k < len(words) and k - i < 6 and words[k] in _THE_LETTER:
        k += 1
    if "letter" not in words[i:k] or k >= len(words):
        return 0
    nxt = words[k]
    return k - i if len(nxt) == 1 and nxt.isalpha() or nxt in NATO or nxt in SAID_LETTERS else 0


_LABEL_HASH = re.compile(r"([A-Za-z]{2,}#)(\d.*)")
_LABEL_COLON = re.compile(r"([A-Za-z]{2,})(:)(\d.*)")


def _spelling_nearby(pieces: list[tuple[str, int, int]], i: int) -> bool:
    """A NATO word is a letter when a neighbour is spelling too (a letter, digit or NATO word)."""
    month_like = pieces[i][0].lower() == "november"  # "the second of november nineteen fifty one"
    if i >= 3 and _phonetic_length(pieces, i - 3) == 3 or i >= 4 and _phonetic_length(pieces, i - 4) == 4:
        return True  # "m for mother november seventy nine …": a letter spelled right before
    before = [p[0].lower() for p in pieces[max(0, i - 5) : i]]
    if before[-1:] in (["letter"], ["letter's"]) or before[-2:] == ["letter", "is"] or before[-4:] == ["at", "the", "end", "is"] and "letter" in before:
        return True  # "then the letter charlie", "and the letter is delta", "the letter at the end is bravo"
    for j, step in ((i - 1, -1), (i + 1, 1)):
        while 0 <= j < len(pieces) and pieces[j][0].lower() in (",", "...", "…") + (("and", "then") if step < 0 else ()):
            j += step  # "whiskey, w, two nought …", "… four double eight and then delta"
        if 0 <= j < len(pieces):
            word = pieces[j][0].lower()
            if word in NATO or (len(word) == 1 and word.isalpha()) or (not month_like and _is_numeric(word)):
                return True
    return False


def _phonetic(pieces: list[tuple[str, int, int]], i: int) -> bool:
    """A letter spelled with a word: "s for sugar", "b as in bravo"."""
    return _phonetic_length(pieces, i) > 0


def _phonetic_length(pieces: list[tuple[str, int, int]], i: int) -> int:
    """How many pieces "s for sugar" (3), "b as in bravo" (4), "ess for sam" (3, a letter name), "c of cat" (3) or
    "h hotel" (2) takes at ``pieces[i]``, else 0."""
    letter = _letter_said(pieces[i][0]) if i + 1 < len(pieces) else ""
    if not letter:
        return 0
    named = pieces[i + 1][0].lower()
    inward = i >= 1 and _is_numeric(pieces[i - 1][0].lower()) and not (i >= 2 and _is_numeric(pieces[i - 2][0].lower()))
    if len(pieces[i][0]) == 1 and (NATO.get(named) or OTHER_ALPHABET.get(named)) == letter and not inward:
        return 2  # "h hotel", "b bravo": the letter and its word (after one digit, two letters: "r g 1 7 , oh a alpha")
    if i + 2 >= len(pieces):
        return 0
    link, word = pieces[i + 1][0].lower(), pieces[i + 2][0].lower()
    if link == "as" and word == "in" and i + 3 < len(pieces):  # "n as in november"
        word, used = pieces[i + 3][0].lower(), 4
    else:
        used = 3
    if link == "four" and _is_numeric(word):
        return 0  # "n four nine": digits, not "n for nine"
    if word == letter and i + used < len(pieces) and pieces[i + used][0].lower() == "ray":
        word, used = "xray", used + 1  # "x for x ray"
    if link == "four" and word in ("of", "or", "and", "to"):
        return 0  # "o four of twenty nine": a month and a year, not "o for of"
    return used if link in ("for", "four", "as", "like", "of", "comme", "wie", "come", "como", "jak") and word[:1] == letter and len(word) > 1 and not _is_numeric(word) else 0


def _alphabet_pair(words: list[str], i: int) -> bool:
    """Two words of a spelling alphabet side by side, before digits or as all a turn says ("queen queen one five six …",
    "edward peter"): two letters."""
    for a in (i - 1, i):
        if 0 <= a and a + 1 < len(words) and words[a] in OTHER_ALPHABET and words[a + 1] in OTHER_ALPHABET:
            return len(words) == 2 or a + 2 < len(words) and _is_numeric(words[a + 2])
    return False


def _letter_said(word: str) -> str:
    """The letter a piece is: itself ("s"), or the letter a letter name stands for ("ess", "see", "dee")."""
    return word.lower() if len(word) == 1 and word.isalpha() else SAID_LETTERS.get(word.lower(), "")


def normalise(text: str, utt: int) -> list[Token]:
    """Tokens of one utterance with spoken numbers turned into digits (lower-cased).

    Memoised for the two passes over one call (the stream and the requested values); the caller
    gets its own list of immutable tokens, and :func:`convo.redact.redactor.find_spans` clears the
    memo when the call is done."""
    return list(_normalise(text, utt))


def forget_normalised() -> None:
    """Drop the memo of :func:`normalise` (raw text is not kept beyond the call it served)."""
    _normalise.cache_clear()


# Typed look-alikes mapped one character to one (offsets stay): dashes, invisible and no-break
# spaces, full-width digits — "83–60–55", "4111\u200b1111…", "４１１１".
_DIGIT_UNDERSCORE = re.compile(r"(?<=\d)_(?=\d)")
_LOOKALIKES = str.maketrans({**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"},
                             **{c: " " for c in "\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff"},
                             **{chr(0xFF10 + d): str(d) for d in range(10)}, "\u2116": "#"})  # "order№ …": a label's number sign


@functools.lru_cache(maxsize=4096)
def _normalise(text: str, utt: int) -> tuple[Token, ...]:
    text = _DIGIT_UNDERSCORE.sub("-", text.translate(_LOOKALIKES))  # "572-41_8803": one separator among others
    pieces: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(text):
        pieces.extend(_split_punct(match.group(), match.start()))
    if "@" in text or "at" in text:
        pieces = typed_email_pieces(pieces)
    if _RUN_TOGETHER.search(text):
        pieces = _number_word_pieces(pieces)
    if _CONCATENATED.search(text.lower()) or _UNIT_AND_LETTER.search(text.lower()):
        pieces = _concatenated_pieces(pieces)
    if SPLIT_TENS.search(text):
        pieces = _split_tens_pieces(pieces)  # "six ty seven"
    pieces = _without_hesitations(pieces)
    if FOREIGN_AMBIGUOUS.search(text):
        pieces = _foreign_pieces(pieces)
    tokens: list[Token] = []
    lowered_words = [p[0].lower() for p in pieces]
    i = 0
    while i < len(pieces):
        if pieces[i][0][:1] == "#" and pieces[i][0][1:2].isdigit() and i and lowered_words[i - 1] in HASH_LABELS:
            word, start, end = pieces[i]  # "ssn #572…", "card #4532…": the label's number sign, not a reference
            pieces[i] = (word[1:], start + 1, end)
            lowered_words[i] = lowered_words[i][1:]
        # "s for sugar": keep the letter, drop "for sugar" (also "x four xray", ASR's "for" as "four",
        # which would otherwise read as a digit)
        if _phonetic(pieces, i) and (pieces[i + 1][0].lower() == "four" or _number_words(pieces, i, lowered_words) is None):
            used = _phonetic_length(pieces, i)
            tokens.append(Token(_letter_said(pieces[i][0]), utt, pieces[i][1], pieces[i + used - 1][2]))
            i += used
            continue
        if (said := _letter_named_after_digits(lowered_words, i)) and tokens and tokens[-1].utt == utt and tokens[-1].text.isdigit():
            i += said  # "… four one and the letter a for apple": the words that name the suffix say nothing
            continue
        if lowered_words[i] == "double" and i + 1 < len(pieces) and lowered_words[i + 1] == "you" and tokens and len(tokens[-1].text) == 1 \
                and tokens[-1].text.isalpha():
            tokens.append(Token("w", utt, pieces[i][1], pieces[i + 1][2]))  # "it's t uh double you 19 …": the letter W by its name
            i += 2
            continue
        spoken = _number_words(pieces, i, lowered_words)
        if spoken:
            digits, used = spoken
            tokens.append(Token(digits, utt, pieces[i][1], pieces[i + used - 1][2]))
            i += used
            continue
        word, start, end = pieces[i]
        lowered = word.lower()
        group = len(lowered) in (4, 5) and tokens and tokens[-1].utt == utt and re.fullmatch(r"\d{4,6}", tokens[-1].text)  # "… 36O8 2OOO", "3786 925995 I5655"
        ni = _NI_TYPED_O.fullmatch(lowered)
        if ni and "o" in ni.group(2) and sum(c.isdigit() for c in ni.group(2)) >= 4:  # "XS68723OC", "hl215o86d"
            tokens.append(Token(ni.group(1) + ni.group(2).replace("o", "0") + ni.group(3), utt, start, end))
            i += 1
            continue
        leads = len(lowered) == 2 and lowered[0].isdigit() and i + 1 < len(pieces) and re.fullmatch(r"\d{3,}", pieces[i + 1][0])  # "6o 115 402837 …"
        if _O_FOR_ZERO.fullmatch(lowered) and (sum(c.isdigit() for c in lowered) >= 2 or group or leads) and (len(lowered) >= 3 or leads) \
                and (lowered[0] not in "li" or group) and not _NI_TYPED_WORD.fullmatch(lowered):  # "L17": Liverpool; "ol459996": an NI number
            tokens.append(Token(lowered.replace("o", "0").replace("l", "1").replace("i", "1"), utt, start, end))  # "6O11 3O19 …", "l546" in a card
            i += 1
            continue
        if CLOCK.fullmatch(lowered) and clock_in_reading(tokens, utt, lowered_words, i):
            tokens.append(Token(lowered.replace(":", ""), utt, start, end))  # "… ninety three 9:18 ay": a recogniser's time, digits read
            i += 1
            continue
        if _DOTTED_LETTERS.fullmatch(lowered) and any(p[0][:1].isdigit() for p in pieces[i + 1 : i + 3]):
            tokens.append(Token(re.sub(r"[.\-]", "", lowered), utt, start, end))  # "C.Y. 7 8 1 2 …": an NI number's letters
            i += 1
            continue
        if lowered in NATO and _spelling_nearby(pieces, i):  # "bravo sierra eight eight"
            tokens.append(Token(NATO[lowered], utt, start, end))
            i += 1
            continue
        if lowered in _NAMED_LETTERS and i > 0 and pieces[i - 1][2] - pieces[i - 1][1] > 3 and len(tokens) and tokens[-1].utt == utt \
                and len(tokens[-1].text) == 1 and tokens[-1].text.isalpha() and tokens[-1].end == pieces[i - 1][2]:
            tokens.append(Token(_NAMED_LETTERS[lowered], utt, start, end))  # "m as in mike ex": the letter x after a spelled m
            i += 1
            continue
        if lowered in OTHER_ALPHABET and (any(0 <= j < len(pieces) and len(pieces[j][0]) == 1 and pieces[j][0].isalpha() for j in (i - 1, i + 1))
                                          or _alphabet_pair(lowered_words, i)):
            tokens.append(Token(OTHER_ALPHABET[lowered], utt, start, end))  # "zebra S", "william K", "queen queen 1 5 6 …"
            i += 1
            continue
        following = pieces[i + 1][0].lower() if i + 1 < len(pieces) else ""
        if (lowered, following) in (("at", "sign"), ("full", "stop")):  # "… at sign gmail full stop com"
            tokens.append(Token("at" if lowered == "at" else "dot", utt, start, pieces[i + 1][2]))
            i += 2
            continue
        if lowered in ("double-you", "doubleyou"):  # the letter W as a recogniser may write it
            tokens.append(Token("w", utt, start, end))
            i += 1
            continue
        if lowered in _BETWEEN_DIGITS_FILLERS and 0 < i < len(pieces) - 1 and _is_numeric(lowered_words[i - 1]) \
                and _is_numeric(lowered_words[i + 1]):
            i += 1  # "thirty four ninety nine em eight three …": a hesitation between digits, not the letter M
            continue
        if lowered not in FILLERS or word.isupper():  # "ER 196207 A" typed: letters, not a hesitation
            tokens.append(Token(SYMBOL_WORDS.get(lowered) or TYPO_FIXES.get(lowered, lowered), utt, start, end))
        i += 1
    return tuple(_drop_and_then(spoken_emails(tokens)))


# Said between the digits of one value: "… seven two four and then two nine …", "… three eight six
# hang on seven six …", "yes then one one …" at the start of the next piece. (Self-corrections, "no sorry", are handled by the detectors: the abandoned
# digits take the type of the value that corrects them.)
JOINERS = tuple(tuple(p.split()) for p in ("hang on", "and then", "then", "and", "yes then", "yeah then", "yes", "yeah",
                                           "yep", "okay", "ok", "right", "next", "next is", "next one is", "next bit is", "after that", "let me see", "let me check",
                                           "bear with me", "hold on", "one sec", "one second", "just a sec", "just a second",
                                           "one moment", "just a moment", "where was i", "i think", "wait"))


_JOINERS_LONGEST_FIRST = sorted(JOINERS, key=len, reverse=True)
_JOINER_FIRST_WORDS = frozenset(p[0] for p in JOINERS)


def _joiner_at(tokens: list[Token], i: int) -> int:
    if tokens[i].text not in _JOINER_FIRST_WORDS:
        return 0
    for phrase in _JOINERS_LONGEST_FIRST:
        if tuple(t.text for t in tokens[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _drop_and_then(tokens: list[Token], previous: str = "") -> list[Token]:
    """Drop joining words between two digit tokens (see :data:`JOINERS`)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span = _joiner_at(tokens, i)
        following = next((t.text for t in tokens[i + span :] if t.text.isalnum()), "") if span else ""
        before = out[-1].text if out else previous
        if span and before.isalnum() and (before.isdigit() or len(before) == 1) and following.isdigit():
            i += span
            continue
        out.append(tokens[i])
        i += 1
    return out


def _is_backchannel(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if any(c.isalnum() for c in t.text)]
    if words == ["sorry", "go", "ahead"]:
        return True  # an apology for cutting in mid-reading (a bare "go ahead" more often opens one: "go ahead" / "right one")
    words = words[1:] if words[:2] == ["sorry", "go"] else words  # "sorry go on"
    return len(words) <= BACKCHANNEL_MAX_WORDS and all(w in BACKCHANNEL_WORDS for w in words)


def _is_prompt(tokens: list[Token], following: list[Token]) -> bool:
    """A back-channel that ends with the word the next piece starts with: "okay at" / "at gmail dot com"."""
    words = [t.text for t in tokens if any(c.isalnum() for c in t.text)]
    nxt = next((t.text for t in following if any(c.isalnum() for c in t.text)), None)
    lead = [w for w in words[:-1] if w not in ("then", "so")]
    return 1 <= len(words) <= BACKCHANNEL_MAX_WORDS and words[-1] == nxt and all(w in BACKCHANNEL_WORDS for w in lead) \
        and not words[-1].isdigit() and len(words[-1]) > 1


def _one_pause(tokens: list[Token]) -> list[Token]:
    """"… ninety eight... ... four …": one pause."""
    return [t for k, t in enumerate(tokens) if not (k and t.text in ("...", "…") and tokens[k - 1].text in ("...", "…"))]


def build_stream(texts: list[str], speakers: list[str]) -> Stream:
    """One stream over a call's utterances (see the module docstring for the joining rules)."""
    per_utt = [_one_pause([t for t in normalise(text, i) if t.text]) for i, text in enumerate(texts)]
    stream = Stream()
    entries: list[tuple[Token, str]] = []
    last_speaker: str | None = None
    for i, tokens in enumerate(per_utt):
        if not tokens:
            continue
        between = last_speaker is not None and speakers[i] != last_speaker
        if between and i + 1 < len(texts) and speakers[i + 1] == last_speaker and (
            _is_backchannel(tokens) or _is_prompt(tokens, per_utt[i + 1])
        ):
            continue  # "okay" from the agent while the customer reads out digits (or "okay at" / "at gmail …")
        echoed = None
        # the agent reads back (not the caller spelling "c for charlie e for echo" after "national insurance …?")
        # the last turn too, or one the agent goes on from ("six two eight one, perfect" / "so i've got the card ending …")
        if between and speakers[i] != "customer" and (i + 1 == len(texts) or speakers[i + 1] in (last_speaker, speakers[i])):
            echoed = _echo(tokens, entries) or (i + 1 < len(texts) and _email_piece_echo(tokens, entries, per_utt[i + 1]))
        if echoed:  # "j" / "eleven eleven?": the agent repeats the last piece; the reading goes on
            said = [t for t in tokens if any(c.isalnum() for c in t.text) and t.text not in ECHO_WRAPPER] or tokens  # not ", perfect"
            stream.echoes.append((i, said[0].start, said[-1].end, len(entries) - echoed, len(entries) - 1))
            continue
        echo = stream.echoes[-1] if stream.echoes and stream.echoes[-1][0] == i - 1 else None  # a confirmation reads on from a break
        joiner = HARD if last_speaker is not None and speakers[i] != last_speaker or echo and confirms(tokens, [t.text for t in per_utt[i - 1] if t.text not in ECHO_WRAPPER]) else SOFT
        if joiner == SOFT and entries:  # "… seven two four" / "and then two nine …"
            tokens = _drop_and_then(tokens, entries[-1][0].text)
        entries += [(token, joiner if n == 0 else " ") for n, token in enumerate(tokens)]
        last_speaker = speakers[i]
    for token, joiner in _emails_across_turns(homophones_across_turns(entries)):
        stream.add(token, joiner)
    return stream


ECHO_WRAPPER = frozenset("so that's thats that is was yes yeah yep yup mhm okay ok sorry right and then what again did you say said i "
                         "broke up there cut out "
                         "pardon after it the first last bit part got lovely great perfect next you'd youd you had as far".split())
ECHO_TAIL_TOKENS = 20


def _since_hard(entries: list[tuple[Token, str]]) -> int:
    """How many of the last stream entries reach back to the latest hard break (at most ECHO_TAIL_TOKENS)."""
    span = 0
    while span < min(len(entries), ECHO_TAIL_TOKENS):
        span += 1
        if entries[-span][1] == HARD:
            break
    return span


def _echo(tokens: list[Token], entries: list[tuple[Token, str]]) -> int:
    """How many of the last stream tokens a short read-back repeats, or 0.

    "sorry was that 11 11", "oh seven seven what?": digits or letters, wrapped in a few words,
    that occur in what the other side has just said (since its last change of speaker).
    """
    words = [t.text for t in tokens if any(c.isalnum() for c in t.text)]
    query = max((k for k in range(len(words) - 1) if words[k] in ("that", "say", "said")), default=-1)
    if query >= 0 and all(w.isdigit() or len(w) == 1 for w in words[query + 1 :]):
        words = words[query + 1 :]  # "sorry the line's bad was that z w": the query ends the turn
    while words and words[0] in ECHO_WRAPPER:
        words = words[1:]
    while words and words[-1] in ECHO_WRAPPER:
        words = words[:-1]
    if len(words) >= 2:  # "sorry was that jay ay": letters by their names
        words = [SAID_LETTERS.get(w, w) for w in words]
    if not 1 <= len(words) <= 6 or not all(w.isdigit() or len(w) == 1 for w in words):
        return 0
    span = _since_hard(entries)
    said = "".join(HOMOPHONES.get(t.text) or SAID_LETTERS.get(t.text, t.text) for t, _ in entries[-span:]) if span else ""  # "… six ate" / "… 6 8"
    echoed = "".join(words)
    if len(echoed) < 2:  # "j" / "was that z for zulu": a letter just said, or "then one?": a reading's last digit; "the last four" asks for more
        return span if span and (words[0].isalpha() and words[0] in [SAID_LETTERS.get(t.text, t.text) for t, _ in entries[-span:]]
                                 or echoed.isdigit() and re.sub(r"\D", "", said).endswith(echoed)
                                 and {t.text for t in tokens if t.text.isalpha()} <= {"then", "and", "so"}) else 0  # not "next two": a count
    return span if echoed in said else 0


def _email_piece_echo(tokens: list[Token], entries: list[tuple[Token, str]], following: list[Token]) -> int:
    """A read-back of the first piece of a spoken e-mail ("l dot nowak" / "l dot nowak yep" / "at gmail …"):
    how many of the last stream tokens it repeats, or 0."""
    if not following or following[0].text != "at":
        return 0
    span = _since_hard(entries)
    said = {t.text for t, _ in entries[-span:]}
    words = [t.text for t in tokens if any(c.isalnum() for c in t.text)]
    repeated = [w for w in words if w in said and w not in BACKCHANNEL_WORDS]
    if not repeated or "dot" not in said or not all(w in said or w in BACKCHANNEL_WORDS for w in words):
        return 0
    return span


def _emails_across_turns(entries: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """A spoken e-mail split over turns ("it's d dot mensah" / "yep" / "at icloud dot com").

    Its tokens stay separate (each keeps its utterance) but are glued with no joiner, so the
    stream reads ``d.mensah@icloud.com``.
    """
    out = list(entries)
    tokens = [t for t, _ in entries]
    i = 0
    while i < len(tokens):
        if tokens[i].text != "at":
            i += 1
            continue
        lo = i
        while lo > 0 and entries[lo][1] != HARD:
            lo -= 1
        found = spoken_email_at(tokens[lo:], i - lo)
        if not found or tokens[lo + found[0]].utt == tokens[lo + found[1] - 1].utt:
            i += 1
            continue
        first, end = lo + found[0], lo + found[1]
        for k in range(first, end):
            tok = tokens[k]
            text = EMAIL_WORDS.get(tok.text, tok.text)
            out[k] = (Token(text, tok.utt, tok.start, tok.end), out[k][1] if k == first else "")
        i = end
    return out
