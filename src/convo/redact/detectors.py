"""PII detectors over a normalised stream (see :mod:`convo.redact.stream`).

Three families, all rules (named and measured in docs/redaction.md):

- **digit runs**: maximal runs of digits with light separators, classified by length, checksum
  (Luhn for cards), shape (``ddd-dd-dddd``, ``0…`` 10–11 digits, ``+``) and the words before them
  ("card", "sort code", "account number", "security code" …);
- **patterns**: e-mail, IBAN (mod-97 checked), UK National Insurance numbers, UK postcodes,
  street addresses;
- **dates in context**: a date expression shortly after "date of birth"/"born" (DOB) or
  "expires"/"expiry" (EXPIRY).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENTITY_TYPES = (
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
    "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS",
)
CONTEXT_BEFORE_CHARS = 90
CONTEXT_AFTER_CHARS = 30
DATE_AFTER_KEYWORD_CHARS = 45


@dataclass(frozen=True)
class Match:
    type: str
    start: int
    end: int


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + r")(?![a-z])")


CONTEXT = {
    "card": _words("card", "cards", "visa", "master ?card", "amex", "american express", "debit", "credit", "long number"),
    "cvv": _words("cvv", "cvc", "csc", "cv2", "cid", "c v v", "c v c", "security (?:code|number|digits)",
                  r"(?:3|4) digit(?:s)? (?:code|number)", "digits on the back", "card code",
                  "code on the (?:front|back)", "signature strip",
                  r"(?<!last )(?:3|4) (?:digits|numbers|figures)", "verification (?:value|code|number)", "code (?:from|on) the back",
                  "signature", "back of the card", "on the front", "little number"),
    "ssn": _words("social security", "ssn", "social"),
    "sort": _words("sort ?code", "sort", "s/c", "s c", "sc"),
    "account": _words("account (?:number|no)", "acct", "account", "a/c", "acc(?: no| number)?", "bank details"),
    "phone": _words("phone", "mobile", "cell", "landline", "telephone", "call (?:me|you|us|back)", "reach (?:me|you)",
                    "text me", "contact number", "ring me", "whatsapp", "extension", "tel", "number to call",
                    "call ?back", "best number", "contact", "reach", "phone number", "dial", "line", "text",
                    "number should we"),
    "back": _words("on the back", "at the back", "back of the card"),
    "zip": _words("zip", "zip ?code", "postal code", "post ?code"),
}
DATE_KEYWORDS = {
    "DOB": _words("date of birth", "dob", "d o b", r"d\.o\.b\.?", "born", "birthday", "birth date", "birthdate"),
    "EXPIRY": _words(r"expir\w*", "exp(?:iry)? date", "valid (?:until|thru|through|to)", "good (?:until|thru|through)",
                     "end date", "expires", "exp"),
}
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_C = r"(?: ?,)? "  # punctuation is its own token in the stream: "june 5th , 1971"
_YEAR = r"\d{2,4}(?: \d{2})?"
DATE = re.compile(
    r"(?<![\w])(?:"
    rf"\d{{1,2}}(?: \d)? ?[/.\-] ?\d{{1,2}}(?: \d)?(?: ?[/.\-] ?\d{{2,4}})?"
    rf"|\d{{1,2}} ?[/.\-] ?\d{{4}}"
    rf"|(?:the )?{_DAY}(?: of)? {_MONTH}(?:{_C}{_YEAR})?"
    rf"|{_MONTH}{_C}(?:the )?{_DAY}(?:{_C}{_YEAR})?"
    rf"|{_MONTH}{_C}{_YEAR}"
    rf"|{_DAY} of the {_DAY}(?:{_C}{_YEAR})?"
    rf"|{_DAY} month of {_YEAR}"
    rf"|{_DAY} of \d{{2,4}}"
    r"|(?:0[1-9]|1[0-2])\d{2}"
    r"|\d{1,2}(?: \d{1,2}){1,7}"
    r")(?![\w])"
)
RUN = re.compile(r"(?<![\w])\d(?:[ ,.\-()]{0,5}\d)*(?![\w])")
EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
# Country code glued to the check digits ("gb82") or spelled out ("g b 8 2"): "is 4214 …" is no IBAN.
IBAN = re.compile(r"(?<![a-z0-9])(?:[a-z]{2}\d ?\d|[a-z] [a-z] ?\d ?\d)(?:[ ,]{0,3}[a-z0-9]){11,34}")
NI_TYPED = re.compile(r"(?<![a-z0-9])[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])")
# Not followed by another spelled-out character ("a" and "i" are words, not spelling).
_NOT_MORE_SPELLED = r"(?![a-z0-9])(?! [b-hj-z0-9](?![a-z0-9]))"
NI_SPOKEN = re.compile(r"(?<![a-z0-9])[a-z] [a-z](?: \d{1,2}){3,6} [a-d]" + _NOT_MORE_SPELLED)
NI_NO_SUFFIX = re.compile(r"(?<![a-z0-9])[a-z] ?[a-z](?: ?\d{1,2}){3,6}(?![a-z0-9])")
NI_LATE_SUFFIX = re.compile(r"\n([a-d])(?= ?(?:\n|$))")
NI_CONTEXT = _words("national insurance", "ni number", "n i number", "nino", "ni")
POSTCODE_TYPED = re.compile(r"(?<![a-z0-9])[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}(?![a-z0-9])")
POSTCODE_SPOKEN = re.compile(r"(?<![a-z0-9])[a-z](?: ?[a-z])? \d{1,2}(?: [a-z\d])? \d [a-z] [a-z]" + _NOT_MORE_SPELLED)
_STREET = (r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|crescent|"
           r"terrace|grove|gardens|hill|square|parade|walk|row|mews|highway|hwy|parkway|circle|park|view|rise")
ADDRESS = re.compile(
    r"(?<![\w])(?:(?:flat|apartment|apt|unit|suite) \w+ ?,? )?\d{1,4}(?: \d{1,3}){0,2}(?: ?[a-z](?![a-z]))?(?: ,)? "
    r"((?:[a-z'\-]+ ){1,3})(?:" + _STREET + r")(?![a-z])(?: ,? ?(?:apt|apartment|flat|unit|suite) \w+)?"
)
ADDRESS_STOPWORDS = frozenset(
    "the a an on in of to for my your our their his her its and or is was it this that hours hour minutes minute days day "
    "weeks week months month years year times items item pounds dollars euros percent people calls at by with from "
    "all way more less".split()
)
PRIORITY = {t: i for i, t in enumerate(("EMAIL", "IBAN", "CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "BANK_ACCOUNT",
                                         "SORT_CODE", "POSTCODE", "DOB", "EXPIRY", "CVV", "ADDRESS"))}


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


IBAN_LENGTHS = {
    "ad": 24, "ae": 23, "at": 20, "be": 16, "bg": 22, "ch": 21, "cy": 28, "cz": 24, "de": 22, "dk": 18, "ee": 20,
    "es": 24, "fi": 18, "fr": 27, "gb": 22, "gi": 23, "gr": 27, "hr": 21, "hu": 28, "ie": 22, "il": 23, "is": 26,
    "it": 27, "li": 21, "lt": 20, "lu": 20, "lv": 21, "mc": 27, "mt": 31, "nl": 18, "no": 15, "pl": 28, "pt": 25,
    "ro": 24, "sa": 24, "se": 24, "si": 19, "sk": 24, "sm": 27, "tr": 26,
}


def _iban_match(text: str, start: int, end: int) -> int | None:
    """End of a valid IBAN (country length, mod-97) starting at ``start``, or ``None``.

    Spoken IBANs turn the letter "o" into zero; bank-code letters are retried as "o".
    """
    chars = [(i, c) for i in range(start, end) if (c := text[i]).isalnum()]
    length = IBAN_LENGTHS.get("".join(c for _, c in chars[:2]))
    if length is None or len(chars) < length:
        return None
    compact = "".join(c for _, c in chars[:length])
    if sum(c.isdigit() for c in compact[4:]) < 0.6 * (length - 4):
        return None  # a BBAN is mostly digits; "be 250 dollars and it …" is not an IBAN
    variants = {compact, compact[:4] + compact[4:8].replace("0", "o") + compact[8:]}
    return chars[length - 1][0] + 1 if any(iban_valid(v) for v in variants) else None


def iban_valid(text: str) -> bool:
    compact = re.sub(r"[\s,]", "", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def _has(text: str, start: int, end: int, key: str) -> bool:
    window = text[max(0, start - CONTEXT_BEFORE_CHARS) : start] + " " + text[end : end + CONTEXT_AFTER_CHARS]
    return CONTEXT[key].search(window) is not None


def _plus(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start]
    return before.rstrip().endswith("+") or before.rstrip().endswith("plus")


def _classify_run(text: str, start: int, end: int, digits: str) -> str | None:
    n, raw = len(digits), text[start:end]
    if _plus(text, start) and 8 <= n <= 15:
        return "PHONE"
    if 13 <= n <= 19 and (luhn_valid(digits) or _has(text, start, end, "card")):
        return "CARD_NUMBER"
    if n >= 12 and _has(text, start, end, "card"):
        return "CARD_NUMBER"  # ASR mishears and loops on digits: length and checksum are unreliable
    if n > 19:
        return "CARD_NUMBER"  # no amount, date or reference is this long; treat it as a card
    if n == 9 and (re.fullmatch(r"\d{3}[ \-]\d{2}[ \-]\d{4}", raw) or _has(text, start, end, "ssn")):
        return "SSN"
    if n == 6 and (re.fullmatch(r"\d{2}[ \-]\d{2}[ \-]\d{2}", raw) or _has(text, start, end, "sort")):
        return "SORT_CODE"
    if 8 <= n <= 12 and _has(text, start, end, "account") and not _has(text, start, end, "phone"):
        return "BANK_ACCOUNT"
    groups = [len(g) for g in re.findall(r"\d+", raw)]
    if (digits[0] == "0" and 10 <= n <= 11) or groups == [3, 3, 4] or groups == [1, 3, 3, 4]:
        return "PHONE"
    if 7 <= n <= 15 and _has(text, start, end, "phone"):
        return "PHONE"
    if 3 <= n <= 4 and _has(text, start, end, "cvv"):
        return "CVV"
    if n == 3 and _has(text, start, end, "back"):
        return "CVV"  # "seven fifty two on the back": three digits on the back of a card
    if n in (5, 9) and _has(text, start, end, "zip"):
        return "POSTCODE"
    return None


CARD_TAIL = re.compile(
    r"[ ,]*(?:(?:exp\w*|expiry(?: date)?|valid (?:until|thru|to)|[a-z]{3,8})?[ :]*(\d{1,2} ?/ ?\d{2,4}|(?:0[1-9]|1[0-2])\d{2}(?= \d{3,4}\b)))?"
    r"[ ,]*(?:(?:cvv|cvc|cid|csc|security code|code)?[ :]*(?<![\w/])(\d{3,4}))?(?![\w/])"
)


def _card_tail(text: str, end: int) -> list[Match]:
    """An expiry date and a security code written right after a card number."""
    m = CARD_TAIL.match(text, end)
    found = []
    if m and m.group(1):
        found.append(Match("EXPIRY", m.start(1), m.end(1)))
    if m and m.group(2) and m.group(1):
        found.append(Match("CVV", m.start(2), m.end(2)))
    return found


def _card_prefix(digits: str, raw: str) -> int | None:
    """Digits of a Luhn-valid card (13–19) that ends a group at the start of a longer run."""
    group_ends, count = set(), 0
    for ch in raw:
        if ch.isdigit():
            count += 1
        else:
            group_ends.add(count)
    for length in range(min(19, len(digits) - 1), 12, -1):
        if (length in group_ends or len(digits) > 19) and luhn_valid(digits[:length]):
            return length
    return None


def _stitched_cards(text: str, runs: list[re.Match[str]], taken: set[int]) -> list[Match]:
    """A card read out in pieces over several turns, with anything but digits said in between.

    Consecutive unclassified runs (2–4 pieces of 2+ digits) whose digits together make a
    Luhn-valid 13–19 digit number are one card.
    """
    found: list[Match] = []
    for i in range(len(runs)):
        for k in range(2, 5):
            pieces = runs[i : i + k]
            if len(pieces) < k or any(j in taken for j in range(i, i + k)):
                break
            digits = "".join(re.sub(r"\D", "", p.group()) for p in pieces)
            if any(len(re.sub(r"\D", "", p.group())) < 2 for p in pieces) or len(digits) > 19:
                break
            if len(digits) >= 13 and luhn_valid(digits):
                found += [Match("CARD_NUMBER", p.start(), p.end()) for p in pieces]
                taken.update(range(i, i + k))
                break
    return found


def _sort_and_account(text: str, m: re.Match[str], digits: str) -> list[Match]:
    """"sort code and account number: 40 79 05 82274736" read as one run of 14 digits."""
    if len(digits) != 14 or not (_has(text, m.start(), m.end(), "sort") and _has(text, m.start(), m.end(), "account")):
        return []
    positions = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
    return [Match("SORT_CODE", positions[0], positions[5] + 1), Match("BANK_ACCOUNT", positions[6], positions[13] + 1)]


CORRECTION = re.compile(r"[\s,.]*(?:no[\s,]+)?(?:sorry|wait|i mean|actually|no|hang on)\b[\s,.]*(?:(?:no|it's|its|that's|it is)[\s,.]+)*$")


def _corrected(text: str, runs: list[re.Match[str]], found: list[Match]) -> list[Match]:
    """"double five eight no sorry five eight five": the abandoned digits take the correction's type."""
    extra = []
    for first, second in zip(runs, runs[1:]):
        if any(m.start <= first.start() < m.end for m in found) or len(re.sub(r"\D", "", first.group())) < 2:
            continue
        kind = next((m.type for m in found if m.start <= second.start() < m.end), None)
        if kind and CORRECTION.match(text[first.end() : second.start()]):
            extra.append(Match(kind, first.start(), second.start()))  # the correction words too
    return extra


def _runs(text: str) -> list[Match]:
    found: list[Match] = []
    runs = list(RUN.finditer(text))
    unclassified: set[int] = set()
    for index, m in enumerate(runs):
        digits = re.sub(r"\D", "", m.group())
        split = _sort_and_account(text, m, digits)
        if split:
            found += split
            continue
        kind = _classify_run(text, m.start(), m.end(), digits)
        card = _card_prefix(digits, m.group()) if kind is None and len(digits) > 13 else None
        if card:  # a card number followed by more digits (expiry, code): cut after the card
            positions = [i for i, c in enumerate(m.group()) if c.isdigit()]
            end = m.start() + positions[card - 1] + 1
            found.append(Match("CARD_NUMBER", m.start(), end))
            found += _card_tail(text, end)
            continue
        if kind == "CARD_NUMBER":
            found += _card_tail(text, m.end())
        if kind == "CARD_NUMBER" and len(digits) < 13:
            unclassified.add(index)  # a first piece read in card context: the rest may follow
        if kind:
            start = m.start()
            if kind == "PHONE" and _plus(text, start):
                start = text.rfind("+", 0, start) if "+" in text[max(0, start - 3) : start] else text.rfind("plus", 0, start)
            elif text[max(0, start - 2) : start].strip() == "(":
                start = text.rfind("(", 0, start)  # "(415) 555-2671"
            found.append(Match(kind, start, m.end()))
        else:
            unclassified.add(index)
    found += _corrected(text, runs, found)
    pieces = [(i, m) for i, m in enumerate(runs) if len(re.sub(r"\D", "", m.group())) >= 2]  # "the first eight" is no piece
    taken = {n for n, (i, _) in enumerate(pieces) if i not in unclassified}
    return found + _stitched_cards(text, [m for _, m in pieces], taken)


def _patterns(text: str) -> list[Match]:
    found = [Match("EMAIL", m.start(), m.end()) for m in EMAIL.finditer(text)]
    pos = 0
    while m := IBAN.search(text, pos):  # the pattern runs on greedily: resume after each validated IBAN
        end = _iban_match(text, m.start(), m.end())
        if end:
            found.append(Match("IBAN", m.start(), end))
        pos = end or m.start() + 1
    for regex in (NI_TYPED, NI_SPOKEN):
        found += [Match("NI_NUMBER", m.start(), m.end()) for m in regex.finditer(text)
                  if len(re.sub(r"\D", "", m.group())) == 6]
    for m in NI_NO_SUFFIX.finditer(text):  # the suffix letter often comes in a later turn
        window = text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()]
        if len(re.sub(r"\D", "", m.group())) == 6 and NI_CONTEXT.search(window):
            found.append(Match("NI_NUMBER", m.start(), m.end()))
            suffix = NI_LATE_SUFFIX.search(text, m.end(), m.end() + CONTEXT_BEFORE_CHARS)
            if suffix:  # "... and the letter at the end?" / "b"
                found.append(Match("NI_NUMBER", suffix.start(1), suffix.end(1)))
    for regex in (POSTCODE_TYPED, POSTCODE_SPOKEN):
        found += [Match("POSTCODE", m.start(), m.end()) for m in regex.finditer(text)]
    for m in ADDRESS.finditer(text):
        if not set(m.group(1).split()) & ADDRESS_STOPWORDS:
            found.append(Match("ADDRESS", m.start(), m.end()))
    return found


_DAY_MONTH = re.compile(rf"^(?:the )?{_DAY}(?: of)? {_MONTH}$")
CHAIN_GAP_CHARS = 25


def _date_chain(text: str, start: int, limit: int) -> list[re.Match[str]]:
    """Dates from ``start``: the first within ``limit``, then each next one close after the last."""
    dates, pos, bound = [], start, limit
    while (date := DATE.search(text, pos, bound + 20)) and date.start() <= bound:
        dates.append(date)
        pos, bound = date.end(), date.end() + CHAIN_GAP_CHARS
    return dates


def _dates(text: str) -> list[Match]:
    found = []
    for kind, keyword in DATE_KEYWORDS.items():
        for k in keyword.finditer(text):
            dates = _date_chain(text, k.end(), min(len(text), k.end() + DATE_AFTER_KEYWORD_CHARS))
            if not dates:
                before = list(DATE.finditer(text, max(0, k.start() - DATE_AFTER_KEYWORD_CHARS), k.start()))
                dates = before[-1:] if before and k.start() - before[-1].end() <= 25 else []
            for date in dates:
                # a card expires in a month, not on a day: "the offer expires on the 30th of november" is no expiry
                if kind == "EXPIRY" and _DAY_MONTH.match(date.group()) and not _has(text, date.start(), date.end(), "card"):
                    continue
                found.append(Match(kind, date.start(), date.end()))
    return found


ZIP_AFTER_ADDRESS = re.compile(r"(?:[ ,]+[a-z]+){0,3}[ ,]*(\d{5}(?:-\d{4})?)(?![\w])")  # "… drive, springfield 62704"


def _zip_after_address(text: str, found: list[Match]) -> list[Match]:
    zips = []
    for m in found:
        if m.type == "ADDRESS" and (z := ZIP_AFTER_ADDRESS.match(text, m.end)):
            zips.append(Match("POSTCODE", z.start(1), z.end(1)))
    return zips


def detect(text: str, enabled: frozenset[str] | set[str] = frozenset(ENTITY_TYPES)) -> list[Match]:
    """Non-overlapping PII matches in a normalised stream, highest-priority type first on overlaps.

    Example:
        >>> detect("my card is 4111 1111 1111 1111 thanks")
        [Match(type='CARD_NUMBER', start=11, end=30)]
    """
    found = _runs(text) + _patterns(text) + _dates(text)
    candidates = [m for m in found + _zip_after_address(text, found) if m.type in enabled]
    candidates.sort(key=lambda m: (PRIORITY[m.type], -(m.end - m.start), m.start))
    accepted: list[Match] = []
    for m in candidates:
        if all(m.end <= a.start or m.start >= a.end for a in accepted):
            accepted.append(m)
    return sorted(accepted, key=lambda m: m.start)
