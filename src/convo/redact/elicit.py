"""Answers to a request for a number: every digit the caller reads out for a value that was asked for.

The detectors in :mod:`convo.redact.detectors` recognise a value by its shape (a Luhn-valid run, an
SSN's 3-2-4 groups, a UK mobile …). A reading that breaks the shape escapes them: a card read with
narration between the groups ("… that's the first four … and the last four are …"), an account
number finished in the next turn after "hang on", an SSN with "uh" and "hold on" between its
pieces, a phone number whose first digit is a turn of its own. This pass works the way PCI DSS
"pause and resume" works for recordings: once a value is asked for (by the agent: "the long number
on the card please", or named by the caller: "sort code … account …"), the digits the caller then
reads out, in that turn and the following ones, belong to that value, and so do the digits the
agent reads back, until the agent moves on to something else.

An *episode* is the digits said for one value type by one speaker while it is being asked for. It
is redacted as a whole when it holds at least :data:`MIN_DIGITS` digits for its type (a card is at
least 8: "the card ending 4821" stays); numbers that carry a unit or a reference word ("forty
pounds", "two weeks", "order 5521", "the last four"), and a lone year, are not part of a reading.
Only digit-read types are handled here; dates, e-mails, postcodes and addresses end an episode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from convo.redact.patterns import DATE
from convo.redact.stream import DETERMINERS, HOMOPHONES, Token, normalise


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


# Cards that are not payment cards: "the sim card number is 8944 …".
_NOT_PAYMENT = "".join(f"(?<!{w} )" for w in ("sim", "gift", "loyalty", "membership", "library", "id", "oyster", "store",
                                               "rewards", "member", "key", "access", "sd", "memory"))
# Naming a value (asked for, or announced by the caller); the first listed match wins at a position.
ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CVV", _words("cvv", "cvc", "cv2", "csc", "c v v", "c v c", "security (?:code|number|digits)", "(?:3|4) digit (?:code|number)",
                   "(?:3|4) (?:digits|numbers) on the back", "(?:numbers?|digits|code) on the back of (?:the|your|my) card",
                   "back of the card", "verification code")),
    ("SORT_CODE", _words("sort ?code", "s/c")),
    ("BANK_ACCOUNT", _words("account (?:number|no|num)", "acct", "a/c", "bank account", "bank details", "account details",
                            r"account(?= (?:is |it's |its |it is )?\d)")),
    ("IBAN", _words("iban", "i b a n")),
    ("SSN", _words("social security", "ssn", "s s n", "social", "ss ?#", "ss (?:no|number)")),
    ("NI_NUMBER", _words("national insurance", "ni number", "n i number", "nino")),
    ("CARD_NUMBER", _words(_NOT_PAYMENT + "card number", _NOT_PAYMENT + "card no", "long number", "(?:number|digits) (?:on|across) the (?:front|card)")),
    # The card itself, named near another value, is where that value is ("the expiry on the card").
    ("CARD", _words("visa", "master ?card", "amex", "american express", "debit card", "credit card", _NOT_PAYMENT + "card")),
    ("PHONE", _words("phone", "mobile", "cell", "landline", "telephone", "contact number", "number to (?:call|reach|text)",
                     "best number", "call(?: you| me)? (?:on|at)", "reach (?:you|me)", "text me", "whatsapp", "call ?back number",
                     "number (?:for|to) (?:call|reach|text)", "ring (?:you|me)",
                     "(?:number|digits) (?:[a-z']+ ){0,4}?(?:call|reach|text|ring)(?:s|ing)?")),
    # Values read some other way: naming one ends a digit episode.
    ("DOB", _words("date of birth", "dob", "d o b", "birth ?date", "birthday")),
    ("OTHER", _words("expir\\w*", "expires", "valid (?:until|thru|through)", "born",
                     "e-?mail", "postcode", "post code", "zip", "address", "street", "name", "order", "reference", "ref",
                     "ticket", "claim", "invoice", "booking", "policy", "case", "tracking", "confirmation", "meter",
                     "model", "serial", "flight", "room", "extension", "pin", "passcode", "password", "job", "version",
                     "firmware")),
)
DIGIT_TYPES = frozenset(t for t, _ in ASKED if t not in ("OTHER", "CARD", "DOB"))
NEAR_TOKENS = 4  # a bare "card" this close to another name defers to it
# "the last four of your social": a truncated value, which the caller may say (PCI DSS, SSA practice).
TRUNCATED = re.compile(r"(?<![a-z0-9])(?:last|final) (?:4|four)(?: digits| numbers)?(?: of)?(?: (?:your|my|the|their|his|her))? $")
# Fewest digits an episode needs before it is taken for the value asked for.
MIN_DIGITS = {"CARD_NUMBER": 8, "CVV": 3, "SSN": 4, "NI_NUMBER": 4, "SORT_CODE": 4, "BANK_ACCOUNT": 4, "IBAN": 6, "PHONE": 6}
# A number followed by one of these is an amount, a duration or a count, not a reading.
UNIT_AFTER = frozenset(
    "pounds pound quid p pence dollars dollar bucks cents euros euro percent % minutes minute mins hours hour hrs days "
    "day weeks week months month years year yrs times items pm am o'clock oclock gb mb gig gigs kg miles km degrees "
    "seconds secs people calls texts digits digit numbers figures characters letters pack packs".split()
)
# ... and one after these is a count of digits ("the last four are …") or a money amount.
BEFORE_NOT_VALUE = frozenset("last first final next middle other £ $ € usd gbp eur".split())
GLUE = frozenset(", - / ( ) . :".split())
SHORT_AGENT_TURN = 8  # words: "take your time", "okay and the next four?" keep the request open
REQUEST_TURNS = 8  # turns a request stays open after it was made or last answered


@dataclass
class _Episode:
    type: str
    speaker: str
    tokens: list[Token] = field(default_factory=list)
    counted: int = 0  # digits that make the reading (not those after "ending" / "the last four")


def _digits(tokens: list[Token]) -> int:
    return sum(max(1, sum(c.isdigit() for c in t.text)) for t in tokens)


def _named(tokens: list[Token]) -> list[tuple[int, str]]:
    """``(token index, type)`` where a value type is named in this turn, in order."""
    text, starts = "", []
    for token in tokens:
        starts.append(len(text) + (1 if text else 0))
        text += (" " if text else "") + token.text
    matches = sorted(((m.start(), -m.end(), kind) for kind, pattern in ASKED for m in pattern.finditer(text)))
    hits: dict[int, str] = {}
    taken_to = -1
    for start, neg_end, kind in matches:  # leftmost, then longest: "social security number" is no CVV's "security number"
        if start < taken_to:
            continue
        taken_to = -neg_end
        at = max(i for i, s in enumerate(starts) if s <= start)
        if kind != "OTHER" and TRUNCATED.search(text[:start]):
            kind = "OTHER"
        hits.setdefault(at, kind)
    named = sorted(hits.items())
    out: list[tuple[int, str]] = []
    for at, kind in named:
        if any(k == "OTHER" and 0 < at - a <= NEAR_TOKENS and not _listed(tokens, a, at) for a, k in named):
            continue  # "reference number for this call", "model number on the back": a reference, not a value
        if kind == "OTHER" and any(k in DIGIT_TYPES and 0 < at - a <= 2 * NEAR_TOKENS and not _listed(tokens, a, at)
                                   for a, k in named):
            continue  # "what iban should we pay the claim into": the value asked for stays asked for
        if kind == "CARD":
            others = [k for a, k in named if k != "CARD" and abs(a - at) <= NEAR_TOKENS]
            if others:
                continue
            kind = "CARD_NUMBER"
        out.append((at, kind))
    return out


def _listed(tokens: list[Token], a: int, b: int) -> bool:
    """Two names in a list ("the expiry and the 3 digit code"), not one name qualifying the other."""
    return any(t.text in ("and", "or", ",", "then", "plus", "&") for t in tokens[a + 1 : b])


_GROUPED = re.compile(r"\d{2,}(?:[.\-/]\d{2,})+")  # "4255.9343.2874.4366", "12/30"


def _numeric(tokens: list[Token], i: int) -> bool:
    """A token that is digits being read out (not an amount, a count, a year or a "last four")."""
    text = tokens[i].text
    after = next((t.text for t in tokens[i + 1 :] if t.text not in GLUE), "")
    before = next((t.text for t in reversed(tokens[:i]) if t.text not in GLUE), "")
    if text in HOMOPHONES:
        # "for" / "to" / "ate" inside a digit-by-digit reading only, not "… 7 for the sort code"
        return _reading_around(tokens, i) >= 3 and after not in DETERMINERS
    if not (text.isdigit() or _GROUPED.fullmatch(text)) or after in UNIT_AFTER or before in BEFORE_NOT_VALUE:
        return False
    lone = not (i > 0 and tokens[i - 1].text.isdigit()) and not (i + 1 < len(tokens) and tokens[i + 1].text.isdigit())
    return not (lone and len(text) == 4 and text[:2] in ("19", "20"))  # a year said on its own


def _reading_around(tokens: list[Token], i: int) -> int:
    """Digit tokens in the run of digits and digit homophones around ``tokens[i]``."""
    def part(t: Token) -> bool:
        return t.text.isdigit() or t.text in HOMOPHONES or t.text in GLUE
    lo, hi = i, i
    while lo > 0 and part(tokens[lo - 1]):
        lo -= 1
    while hi + 1 < len(tokens) and part(tokens[hi + 1]):
        hi += 1
    return sum(t.text.isdigit() for t in tokens[lo : hi + 1])


def _segments(tokens: list[Token], names: dict[int, str]) -> list[tuple[int, int, str | None | bool]]:
    """The turn cut at each value name: ``(start, stop, type named at start)``; ``False`` where
    nothing is named (the first segment), ``None`` where something other than a digit value is."""
    cuts = sorted(names)
    out: list[tuple[int, int, str | None | bool]] = [(0, cuts[0] if cuts else len(tokens), False)]
    for n, at in enumerate(cuts):
        named = names[at] if names[at] in DIGIT_TYPES else None
        out.append((at + 1, cuts[n + 1] if n + 1 < len(cuts) else len(tokens), named))
    return out


# Letter names as ASR writes them ("bee e four nine …"), taken only next to other spelling.
LETTER_NAMES = frozenset("bee see sea dee gee jay kay el em en pee cue are ess tee you vee ex why zed aitch eff".split())


def _letter(tokens: list[Token], i: int, short_turn: bool) -> bool:
    """A spelled letter of an NI number or IBAN: next to another letter or digit, or alone in a
    short turn ("that's d")."""
    def spelled(j: int) -> bool:
        return 0 <= j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isalnum()
    text = tokens[i].text
    if text in LETTER_NAMES:
        return spelled(i - 1) or spelled(i + 1)
    return spelled(i) and text.isalpha() and (short_turn or spelled(i - 1) or spelled(i + 1))


def _runs(tokens: list[Token], start: int, stop: int, letters: bool = False) -> list[list[Token]]:
    """Runs of read-out digits in ``tokens[start:stop]`` (punctuation between them does not break a
    run); with ``letters``, spelled letters too (an NI number)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    short_turn = sum(any(c.isalnum() for c in t.text) for t in tokens) <= 3
    for i in range(start, stop):
        if _numeric(tokens, i) or (letters and _letter(tokens, i, short_turn)):
            current.append(tokens[i])
        elif tokens[i].text not in GLUE and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _truncated(tokens: list[Token], i: int) -> bool:
    """Digits said after "ending", "ends with" or "the last four (are)": a truncated card or
    account number, which is not secret on its own (it still goes with a full reading)."""
    before = " ".join(t.text for t in tokens[max(0, i - 4) : i])
    return bool(re.search(r"(?:ending|ends|ended)(?: in| with| on)?$|(?:last|final) 4(?: \w+){0,3}$", before))


def _answered_dates(tokens: list[Token], text: str) -> list[tuple[int, int, str]]:
    """A full date (with a year) in the reply to "what's your date of birth", however far the
    question put the words: "For security, please confirm DOB, first line of address …" / "1 June 1998, …"."""
    joined, starts = "", []
    for token in tokens:
        starts.append(len(joined) + (1 if joined else 0))
        joined += (" " if joined else "") + token.text
    out = []
    for match in DATE.finditer(joined):
        if not re.search(r"(?<!\d)(?:\d{2}|\d{4})$", match.group()):
            continue  # no year: "on the third"
        first = max(i for i, s in enumerate(starts) if s <= match.start())
        last = max(i for i, s in enumerate(starts) if s < match.end())
        out.append((tokens[first].start, tokens[last].end, "DOB"))
    return out[:1]


def _spans(episode: _Episode, texts: list[str]) -> dict[int, list[tuple[int, int, str]]]:
    """Character spans per utterance: the episode's tokens with only spaces or punctuation between
    them become one span."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for token in episode.tokens:
        spans = out.setdefault(token.utt, [])
        if spans and not any(c.isalnum() for c in texts[token.utt][spans[-1][1] : token.start]):
            spans[-1] = (spans[-1][0], token.end, episode.type)
        else:
            spans.append((token.start, token.end, episode.type))
    return out


def requested_values(texts: list[str], speakers: list[str], entities: frozenset[str] | set[str]) -> list[list[tuple[int, int, str]]]:
    """Per utterance, ``(start, end, type)`` spans of digits read out for a value that was asked for."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    episodes: list[_Episode] = []
    open_type: str | None = None
    opened_at = 0
    current: dict[str, _Episode] = {}  # speaker -> episode being read

    def close() -> None:
        episodes.extend(current.values())
        current.clear()

    dob_asked = -2
    for u, (text, speaker) in enumerate(zip(texts, speakers)):
        tokens = normalise(text, u)
        names = dict(_named(tokens))
        if speaker == "customer" and dob_asked == u - 1:
            out[u].extend(_answered_dates(tokens, text))
        if speaker != "customer" and "DOB" in names.values():
            dob_asked = u
        words = [t for t in tokens if any(c.isalnum() for c in t.text)]
        if open_type and u - opened_at > REQUEST_TURNS:
            open_type = None
            close()
        if speaker != "customer" and not names and open_type:
            readback = any(_numeric(tokens, i) for i in range(len(tokens)))
            if len(words) > SHORT_AGENT_TURN and not readback:
                open_type = None  # the agent moved on
                close()
        content = len(words)
        for start, stop, named in _segments(tokens, names):
            if named is not False:
                if named != open_type:  # the same value named again goes on ("… the card number continues …")
                    close()
                open_type, opened_at = named, u
            if open_type is None:
                continue
            for run in _runs(tokens, start, stop, letters=open_type in ("NI_NUMBER", "IBAN")):
                digits = _digits(run)
                if digits < 3 and content > len(run) + 1 and not (len(run) >= 2 and all(t.text.isalpha() for t in run)):
                    continue  # "i'm on windows 11": a number in passing, not a reading ("and 4" is one)
                episode = current.get(speaker)
                if episode is None or episode.type != open_type:
                    episode = current[speaker] = _Episode(open_type, speaker)
                episode.tokens += run
                if not _truncated(tokens, tokens.index(run[0])):
                    episode.counted += digits
                opened_at = u  # a reading in progress keeps the request open
    close()
    for episode in episodes:
        if episode.type in entities and episode.counted >= MIN_DIGITS[episode.type]:
            for utt, spans in _spans(episode, texts).items():
                out[utt].extend(spans)
    return out
