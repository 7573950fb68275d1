"""Answers that are not digit readings: a date given for a date of birth or an expiry that was asked
for, and an e-mail address asked for and spelled out over turns (:func:`convo.redact.elicit.requested_values`
decides when a value was asked for; these find where in the reply it is)."""

from __future__ import annotations

from convo.redact.dates import _birth_year, expiry_like
from convo.redact.emails import EMAIL_STOP, TLDS
from convo.redact.numbers import FILLERS
from convo.redact.patterns import DATE
from convo.redact.stream import GLUE
from convo.redact.tokens import Token


def answered_dates(tokens: list[Token], kind: str) -> list[tuple[int, int, str]]:
    """``(first token, last token, kind)`` of the date that answers "what's your date of birth" (a
    full date with a birth year) or "and the expiry" (a month and a year, or MM/YY), however far
    the question put the words: "please confirm DOB, first line of address …" / "1 June 1998, …"."""
    if kind == "DOB" and (said := _date_in_digits(tokens)):
        return [(*said, kind)]  # the whole run, not a date read in part of it ("zero eight ... [oh one ... eighty one]")
    return [(first, last, kind) for first, last, date in _dates_said(tokens)  # each: "oh nine thirty two no sorry that's the
            if (kind != "DOB" or _birth_year(date)) and (kind != "EXPIRY" or expiry_like(date))]  # old one it's september 2031"


def _date_in_digits(tokens: list[Token]) -> tuple[int, int] | None:
    """A birth date said digit by digit in pieces ("zero six oh five ... eight one", "two four , o one , five six"): the
    turn's one run of digits, six or eight of them, a day, a month and a birth year in either order."""
    runs = [k for k, t in enumerate(tokens) if t.text.isdigit()]
    if not runs or any(not (t.text.isdigit() or t.text in _PIECE_BREAKS or t.text in FILLERS) for t in tokens[runs[0] : runs[-1] + 1]):
        return None
    digits = "".join(tokens[k].text for k in runs)
    if len(digits) not in (6, 8) or not all(len(tokens[k].text) <= 2 for k in runs):
        return None
    a, b, year = int(digits[:2]), int(digits[2:4]), digits[4:]
    valid = any(1 <= d <= 31 and 1 <= m <= 12 for d, m in ((a, b), (b, a)))
    return (runs[0], runs[-1]) if valid and _birth_year(f"{digits[:2]}/{digits[2:4]}/{year}") else None


_PIECE_BREAKS = frozenset({",", "...", "…", "-", "/", "."})


def date_parts(tokens: list[Token], said: frozenset[str]) -> list[tuple[int, int]]:
    """``(first token, last token)`` of parts of a date just given, said again ("the ninth of december nineteen sixty
    two" / "was that december nineteen sixty two?" / "yes, the ninth of december"): two words of it or more."""
    out = []
    for first, last, date in _dates_said(tokens):
        words = [w for w in date.split() if w.isalnum() and w not in ("the", "of")]
        if len(words) >= 2 and all(w in said for w in words):
            out.append((first, last))
    return out


def _dates_said(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """``(first token, last token, date)`` of each date in the turn."""
    joined, starts = "", []
    for k, token in enumerate(tokens):
        if token.text in FILLERS or token.text == "," and k and tokens[k - 1].text in FILLERS:
            starts.append(len(joined) + 1)  # "oh three , um , twenty seven": a hesitation is no break in the date
            continue
        starts.append(len(joined) + (1 if joined else 0))
        joined += (" " if joined else "") + token.text
    return [(max(i for i, s in enumerate(starts) if s <= match.start()), max(i for i, s in enumerate(starts) if s < match.end()),
             match.group()) for match in DATE.finditer(joined)]


# Words a spoken e-mail address does not contain (besides EMAIL_STOP's function words).
NOT_EMAIL = frozenset("same as before usual one old new work home personal file online already".split())
SENTENCE_WORDS = frozenset("the a an we you i is are our my your use it".split())
EMAIL_LEAD_INS = frozenset("yeah yes yep sure okay ok so it's its it is my the email e-mail address is that's thats um uh "
                           "and then right oh".split())


SPELLING_CUES = frozenset("that's thats spelled spelt spelling".split())


def email_reading(tokens: list[Token], start: int) -> tuple[int, int, bool] | None:
    """``(first, last, complete)`` token indices of the part of an e-mail said in this turn (after its
    lead-in words), or ``None``; ``complete`` when it ends with "dot" and a top-level domain."""
    first = start
    while first < len(tokens) and (tokens[first].text in EMAIL_LEAD_INS or tokens[first].text in GLUE):
        first += 1
    if first >= len(tokens):
        return None
    # "c davies that's c d a v i e s": the caller spells what was just said
    spelling: set[int] = set()  # the cue and the letters after it ("i" is a letter there, not the word)
    for i in range(first + 1, len(tokens) - 1):
        if tokens[i].text in SPELLING_CUES:
            j = i + 1
            while j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isalpha():
                j += 1
            if j > i + 1:
                spelling.update(range(i, j))
    for i in range(first, len(tokens)):
        text = tokens[i].text
        if i in spelling:
            continue
        typed = "@" in text and "." in text.split("@")[-1]
        spoken = text in TLDS and i > first and tokens[i - 1].text in ("dot", "period")
        spelled = i > first + 1 and tokens[i - 2].text in ("dot", "period") and tokens[i - 1].text + text in TLDS
        if typed or spoken or spelled:
            while i + 2 < len(tokens) and tokens[i + 1].text in ("dot", "period") and tokens[i + 2].text in TLDS:
                i += 2  # "… dot co dot uk"
            return first, i, True
        domain = any(t.text == "at" for t in tokens[first:i])
        if (text in EMAIL_STOP and text != "at" and not (domain and text not in SENTENCE_WORDS)) or text in NOT_EMAIL:
            return None  # "yeah at the office we use outlook dot com" ("g mail" is a domain)
        if "." in text and text.rsplit(".", 1)[-1] in TLDS and "@" not in text and i > first:
            return first, i, True  # "d.mensah" / "@" … joined by the stream: "gmail.com"
    words = [t.text for i, t in enumerate(tokens) if i >= first and i not in spelling and any(c.isalnum() for c in t.text)]
    long_words = [w for w in words if len(w) > 1 and not w.isdigit() and w not in ("dot", "underscore", "dash", "hyphen")]
    if len(long_words) > 4 or any(w in EMAIL_STOP or w in NOT_EMAIL for w in words):
        return None  # a sentence ("the same one as before"), not a piece of an address
    return first, len(tokens) - 1, False
