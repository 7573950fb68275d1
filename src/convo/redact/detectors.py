"""PII detectors over a normalised stream (see :mod:`convo.redact.stream`).

Three families, all rules (named and measured in docs/redaction.md):

- **digit runs**: maximal runs of digits with light separators, classified by length, checksum
  (Luhn for cards), shape (``ddd-dd-dddd``, ``0…`` 10–11 digits, ``+``) and the words before them
  ("card", "sort code", "account number", "security code" …);
- **patterns**: e-mail, IBAN (mod-97 checked), UK National Insurance numbers, UK postcodes,
  street addresses;
- **dates in context** (:mod:`convo.redact.dates`): a date expression shortly after "date of
  birth"/"born" (DOB) or "expires"/"expiry" (EXPIRY).
"""

from __future__ import annotations

import re
from typing import Sequence

from convo.redact.patterns import (
    ENTITY_TYPES, CONTEXT_BEFORE_CHARS, CONTEXT_AFTER_CHARS, Match, CONTEXT,
    _REFERENCE_SYMBOL, _CURRENCY, DATE_KEYWORDS, RUN, EMAIL, EMAIL_OBFUSCATED, IBAN, BARE_CONTEXT_CHARS,
    NI_TYPED, NI_SPOKEN, NI_NO_SUFFIX, NI_LATE_SUFFIX, NI_SUFFIX_SAID, NI_SUFFIX_CHARS, NI_SAME_TURN_SUFFIX, NI_SAID, SAID_LETTERS,
    NI_CONTEXT, EIRCODE, EIRCODE_SPOKEN, EU_ADDRESS, PO_BOX, PHONE_SLASHED, EMAIL_SPACED, CARD_ODD_SEPARATOR, SORT_CODE_SLASHED, SSN_SLASHED, SSN_MASKED, POSTCODE_TYPED, POSTCODE_SAID, SPELLED_BEFORE, POSTCODE_SPOKEN, ADDRESS, ADDRESS_OVER_TURNS,
    ADDRESS_STOPWORDS, COMMON_TWO_LETTER_WORDS, PRIORITY, last_named_reference, names_what_follows, _iban_match, luhn_valid, _has, _named_reference, _named_as_reference,
)
from convo.redact.dates import _dates
from convo.redact.stitch import _AMOUNT_AFTER, TIME_RANGE, _own_turn, stitched_cards
from convo.redact.numbers import HOMOPHONES


def _plus(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start]
    return before.rstrip().endswith("+") or before.rstrip().endswith("plus")


def _bare(text: str, start: int, end: int) -> bool:
    """No reference, amount or measure word close around: a long bare number is then someone's value."""
    before = text[max(0, start - BARE_CONTEXT_CHARS) : start]
    # "the last four" / "ending" name only the number right after them: "I need the full number, not just
    # the last four." / "8 5 2 3 3 4 1 0 0" is a whole value
    before = _TRUNCATION_WORDS.sub(lambda m: m.group() if m.end() >= len(before) - 16 and "\n" not in before[m.end() :] else " ", before)
    # a reference followed straight away by its own number names that one: "my order #5521934 never came 220402054"
    named_before = any(not _OWN_NUMBER.match(before, m.end()) for m in CONTEXT["reference"].finditer(before))
    code = _CODE_PREFIX.search(text, max(0, start - 6), start)  # "ORD-8492295992", "INC-81148001": a system's reference
    return not named_before and not CONTEXT["reference"].search(" " + text[end : end + CONTEXT_AFTER_CHARS]) \
        and not _REFERENCE_SYMBOL.search(text[max(0, start - 3) : start]) \
        and not (code and code.group(1) not in VALUE_LABELS)


_OWN_NUMBER = re.compile(r"(?: (?:number|no))? ?[#:]? ?\d{3,}(?![\d ]*$)")  # the reference's own number, not the one after
_CODE_PREFIX = re.compile(r"(?<![a-z0-9])([a-z]{2,4})-$")
VALUE_LABELS = frozenset("ssn soc tel ph mob cell acct acc ni nino card dob zip".split())


_TRUNCATION_WORDS = re.compile(r"(?<![a-z])(?:last (?:4|four)|ending|ends)(?![a-z])")


_STATES = ("alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
           "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
           "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|"
           "north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|"
           "utah|vermont|virginia|washington|west virginia|wisconsin|wyoming")
_STATE_CODES = ("al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|"
                "oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc")
# A ZIP follows a state: "… texas 78701", "Austin, TX 78701" (a code only after "town ,").
US_STATE_BEFORE = re.compile(r"(?:(?<![a-z])(?:" + _STATES + r")|[a-z]+ ?, ?(?:" + _STATE_CODES + r"))[ ,]*$")


def _grouped(raw: str, boundaries: set[int]) -> bool:
    """Written in one block, digit by digit (groups of 1–2), or split only at the value's own boundaries."""
    groups: list[int] = []
    for g in re.findall(r"\d+", raw):  # digits said one or two at a time make one block: "5 0 4 7129313" is 3 + 7
        said = len(g) <= 2 or (len(g) == 3 and len(set(g)) == 1)  # "… three triple one": a digit said three times
        if said and groups and groups[-1] < 0:
            groups[-1] -= len(g)
        else:
            groups.append(-len(g) if len(g) <= 2 else len(g))
    groups = [abs(g) for g in groups]
    if len(groups) == 1:
        return True
    ends = {sum(groups[: i + 1]) for i in range(len(groups) - 1)}
    return ends <= boundaries


def _spelled_code(text: str, start: int, end: int) -> bool:
    """Digits with a spelled letter right before and after: part of a code ("r b 3 4 t 6 0 2 s a")."""
    return (re.search(r"(?<![a-z0-9'’])[a-z] $", text[max(0, start - 3) : start]) is not None
            and re.match(r" [a-z](?![a-z0-9'’])", text[end : end + 3]) is not None)


READ_BACK_CHARS = 160


def _reference_read_back(text: str, start: int, digits: str) -> bool:
    """The same digits were just said as a reference (named, or with a reference word near, and not
    taken as a value there): this is a read-back of it."""
    lo = max(0, start - READ_BACK_CHARS)
    for m in RUN.finditer(text, lo, start):
        if m.end() <= start and re.sub(r"\D", "", m.group()) == digits and (
            _named_reference(text, m.start()) or not _bare(text, m.start(), m.end())
        ) and _classify_run(text, m.start(), m.end(), digits) is None:
            return True
    return False


def _other_code(text: str, start: int) -> bool:
    """Named right before as a reference or model code, with no NI words near: "model number a b 1 2 …"."""
    return _named_reference(text, start) and not NI_CONTEXT.search(text[max(0, start - CONTEXT_BEFORE_CHARS) : start])


def _valid_ni_prefix(value: str) -> bool:
    """The first two letters of an NI number as HMRC issues them (no D F I Q U V, no O second; QQ is the
    specimen everyone quotes): "is 10 55 25 a" is a premium, not an NI number."""
    letters = re.sub(r"[^a-z]", "", value)[:2]
    return letters == "qq" or (len(letters) == 2 and letters[0] not in "dfiquv" and letters[1] not in "dfioquv")  # QQ: the specimen


def _other_reference(text: str, start: int) -> bool:
    """Named right before as a reference that is not the account ("case number 610270783" in a chat
    about an account)."""
    window, last = last_named_reference(text, start, 60)  # "have you got the account reference handy" / "it's 3 8 5 4 …"
    if last is None or not names_what_follows(window, last):
        return False  # "Account Reference 555110168. New bank: 20-68-61 / 85714484": it names its own number
    named_account = "account" in last.group() and not re.search(r"account (?:ref|reference|id|code)", last.group())
    return not named_account and not CONTEXT["account"].search(window, last.end())


def _this_turn(text: str, start: int) -> str:
    """The stream up to ``start`` with the turns of the other speaker before it blanked out: "… so I
    can locate the policy?" / "126/08/1204" names no reference for the answer."""
    turn = text.rfind("\n", 0, start) + 1
    return " " * turn + text[turn:]


_LAST_FOUR_STATED = re.compile(r"(?<![a-z])(?:last|final) (?:4|four)(?: digits| numbers)?(?: (?:as|are|is|being|of))? (\d) ?(\d) ?(\d) ?(\d)(?![\d ]*\d)")


def _ends_as_stated(text: str, start: int, digits: str) -> bool:
    """The number ends with the last four the other side just stated: the full value they hold."""
    stated = list(_LAST_FOUR_STATED.finditer(text, max(0, start - 200), start))
    return bool(stated) and digits.endswith("".join(stated[-1].groups()))


def _ssn_shape(digits: str) -> bool:
    """A possible SSN: 9 digits, area not 000/666/9xx, group not 00, serial not 0000."""
    return (len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9"
            and digits[3:5] != "00" and digits[5:] != "0000")


def _birth_date_digits(digits: str) -> bool:
    """``ddmmyyyy`` or ``mmddyyyy`` with a plausible birth year (1920–2009)."""
    if len(digits) != 8 or not 1920 <= int(digits[4:]) <= 2009:
        return False
    a, b = int(digits[:2]), int(digits[2:4])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


_MONTH_BEFORE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                           r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)[ ,]*(?:the )?$")


_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}(?:[ ,]+\d{1,3}(?:,\d{3})*\.\d{2})*")


_ACCOUNT_AFTER = re.compile(r"[ ,]*(?:(?:and|then)[ ,]+)*(?:(?:the|my) )?(?:account|acct|acc|a/c)(?![a-z])")
_WRITTEN_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})")
_YEAR_BEFORE = re.compile(r"(?<![a-z])(?:from|since|in|until|till|by|of) $")
_YEAR_AFTER = re.compile(r" ?(?:tax |financial |fiscal |academic |school )?(?:year|season)s?(?![a-z])")


def _classify_run(text: str, start: int, end: int, digits: str) -> str | None:
    n, raw = len(digits), text[start:end]
    if _CURRENCY.search(text[max(0, start - 2) : start]) or _AMOUNT.fullmatch(raw) or _AMOUNT_AFTER.match(text, end):
        return None  # "£1,250.00", "12.99, 12.99", "about 1 20 dollars": amounts
    if TIME_RANGE.fullmatch(raw):
        return None  # "0800-2000 Mon-Fri": opening hours
    if n == 4 and re.fullmatch(r"(?:19|20) ?\d\d", raw) and _YEAR_BEFORE.search(text, max(0, start - 8), start):
        return None  # "it's on my statement from 20 22": a year
    if _plus(text, start) and 8 <= n <= 15:
        return "PHONE"
    if digits.startswith("00") and 11 <= n <= 16 and digits[2] != "0":
        return "PHONE"  # "zero zero four four …", "double oh one …": an international prefix
    if n == 12 and digits.startswith("447") and not _named_as_reference(text, start):
        return "PHONE"  # "double four double seven nine …": a UK mobile with its country code, the plus unsaid
    card_words = _has(text, start, end, "card")
    # "the IMEI is 35 209900 176148 1", "tracking number 9400 1000 …": Luhn-valid or long, but named
    # right before as something else (and no card word as close)
    window, last = last_named_reference(text, start)  # named, with no other number in between ("booking ref 77419, pay with 4808 …")
    named = n >= 12 and names_what_follows(window, last) and not CONTEXT["card"].search(window)
    if 13 <= n <= 19 and (luhn_valid(digits) or card_words) and not named:
        return "CARD_NUMBER"
    if n >= 12 and card_words and not named:
        return "CARD_NUMBER"  # ASR mishears and loops on digits: length and checksum are unreliable
    if n > 19 and not named:
        return "CARD_NUMBER"  # no amount, date or reference is this long; treat it as a card
    if n == 9 and _ssn_shape(digits) and _ends_as_stated(text, start, digits):
        return "SSN"  # "i have the last four as 5 5 4 0 can you give me the full number" / "5 5 9 9 7 5 5 4 0 and …"
    if n == 9 and re.fullmatch(r"\d{5} ?- ?\d{4}", raw) and not _has(text, start, end, "ssn"):
        return "POSTCODE"  # ZIP+4: "10036-2201"
    if n == 9 and (re.fullmatch(r"\d{3}(?: ?[.\-_/] ?| )\d{2}(?: ?[.\-_/] ?| )\d{4}", raw) or _has(text, start, end, "ssn")):
        return "SSN"
    if n == 6 and _MONTH_BEFORE.search(text, max(0, start - 14), start):
        return None  # "march 14 19 51": a day and a year, not a sort code
    if n == 6 and _YEAR_AFTER.match(text, end):
        return None  # "for the 2025 26 tax year": a span of years
    if _reference_read_back(text, start, digits):
        return None  # "the reference is sixty eight ninety three …" / "okay sixty eight ninety three …"
    if n == 6 and (_has(text, start, end, "sort") or (re.fullmatch(r"\d{2}[ \-]\d{2}[ \-]\d{2}", raw)
                                                     and not _named_reference(text, start) and _bare(text, start, end)
                                                     and not _ON_DATE.search(text, max(0, start - 8), start))):
        return "SORT_CODE"
    if n == 6 and _ACCOUNT_AFTER.match(text, end) and not _named_reference(text, start):
        return "SORT_CODE"  # "ninety eighty ninety two and the account number is …": the sort code comes first
    if (8 <= n <= 12 and _has(text, start, end, "account") or n == 8 and _has(text, start, end, "sort")) \
            and not _has(text, start, end, "phone") and not _other_reference(text, start):
        return "BANK_ACCOUNT"  # "… into 24607598 (sort 20 37 47)": a UK account number has 8 digits
    groups = [len(g) for g in re.findall(r"\d+", raw)]
    if ((digits[0] == "0" and 10 <= n <= 11) or groups == [3, 3, 4] or groups == [1, 3, 3, 4]) and not _named_as_reference(text, start):
        return "PHONE"  # not "the reference number is o three six nine seven double four three four two"
    if 7 <= n <= 15 and _has(text, start, end, "phone") and not _named_as_reference(text, start) \
            and not _TIMES_BEFORE.search(text, max(0, start - 12), start):  # "ring me back between 10 15 and 3 30"
        return "PHONE"  # not "the other dial … the order number here it's 2 7 9 6 / 0 4 1 1"
    if n >= 8 and card_words and not _named_reference(text, start) and not _has(text, start, end, "account") \
            and not _WRITTEN_DATE.fullmatch(raw):  # "the next on 07.03.2026 . i can see a visa ending …"
        return "CARD_NUMBER"  # ASR drops digits too: "for 1 1 1 1 1 1 1 1 1" for a card read out
    if 3 <= n <= 4 and _has(text, start, end, "cvv"):
        return "CVV"
    if 3 <= n <= 4 and _THE_CODE.search(text, max(0, start - 16), start) and (
            _has(text, start, end, "card") or DATE_KEYWORDS["EXPIRY"].search(text, max(0, start - 60), start)):
        return "CVV"  # "… on card 5287 …, expires 07/28 and the code is 390", "it expires january 29 the code is 8 1 5"
    if n == 3 and _has(text, start, end, "back") and not _spelled_code(text, start, end) \
            and not _AT_TIME.search(text, max(0, start - 12), start) \
            and not re.search(r"(?<![a-z0-9'’])[a-z] $", text[max(0, start - 3) : start]):  # "the model number on the back is x r 760"
        return "CVV"  # "seven fifty two on the back": three digits on the back of a card
    if n in (5, 9) and (_has(text, start, end, "zip") or US_STATE_BEFORE.search(text, max(0, start - 30), start)):
        return "POSTCODE"  # "… austin texas seven eight seven oh one", "Austin, TX 78701"
    # Long numbers with no reference, amount or measure word anywhere near: what people read out
    # bare are their own values (an SSN, a US phone, a date of birth), seldom an order number.
    if n == 9 and _ssn_shape(digits) and _grouped(raw, {3, 5}) and _bare(text, start, end):
        return "SSN"
    if n == 10 and digits[0] in "23456789" and digits[3] in "23456789" and _grouped(raw, {3, 6}) and _bare(text, start, end):
        return "PHONE"  # a US number read without grouping: area code and exchange never start 0/1
    if n == 8 and _birth_date_digits(digits) and _grouped(raw, {2, 4}) and _bare(text, start, end) \
            and not _YEAR_BEFORE.search(text, max(0, start - 8), start):
        return "DOB"  # not "with you since 2003, nineteen ninety": years
    return None


CARD_TAIL = re.compile(
    r"(?:[ ,|;]|[/-] )*(?:(?:exp\w*|ex|expiry(?: date)?|valid (?:until|till|thru|through|to)|good thru|[a-z]{3,8})?[ :]*"
    r"(\d{1,2} ?[/\-] ?\d{2,4}|(?:0[1-9]|1[0-2])\d{2}(?= \d{3,4}\b)))?"
    r"(?:[ ,|;]|[/-] )*(?:(?:cvv2?|cvc2?|cid|csc|sec(?:urity)? code|code)?[ :]*(?<![\w/])(\d{3,4}))?(?![\w/])"
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


_ON_DATE = re.compile(r"(?<![a-z])(?:on|dated|since|until|till)[ ,]*$")  # "shows as failed on 02-09-26": a date
_AT_TIME = re.compile(r"(?<![a-z])(?:at|by|from|until|till|around|about|after|before)[ ,]*$")  # "booked … at 7 30"
_TIMES_BEFORE = re.compile(r"(?<![a-z])(?:between|from|until|till|around|after|before)[ ,]*$")
_THE_CODE = re.compile(r"(?<![a-z])(?:the|its|it's) code(?: is| :)? $")


def _sort_and_account(text: str, m: re.Match[str], digits: str) -> list[Match]:
    """"sort code and account number: 40 79 05 82274736" read as one run of 14 digits."""
    groups = [len(g) for g in re.findall(r"\d+", m.group())]
    named = _has(text, m.start(), m.end(), "sort") and _has(text, m.start(), m.end(), "account")
    # "pay it into 081884 81738004": a UK sort code and account number have this shape on their own
    shaped = groups in ([6, 8], [2, 2, 2, 8]) and not _named_reference(text, m.start()) and not _CURRENCY.search(text, max(0, m.start() - 2), m.start())
    if len(digits) != 14 or not (named or shaped):
        return []
    positions = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
    return [Match("SORT_CODE", positions[0], positions[5] + 1), Match("BANK_ACCOUNT", positions[6], positions[13] + 1)]


CORRECTION = re.compile(r"[\s,.]*(?:no[\s,]+)?(?:sorry|wait|i mean|actually|no|hang on|scratch that|let me start again|start again)\b[\s,.]*(?:(?:no|sorry|wait|actually|it's|its|that's|it is)[\s,.]+)*$")


def _corrected(text: str, runs: list[re.Match[str]], found: list[Match]) -> list[Match]:
    """"double five eight no sorry five eight five": the abandoned digits take the correction's type."""
    extra = []
    for first, second in zip(runs, runs[1:]):
        if any(m.start <= first.start() < m.end for m in found) or len(re.sub(r"\D", "", first.group())) < 2:
            continue
        if not CORRECTION.match(text[first.end() : second.start()]):
            continue
        kind = next((m.type for m in found if m.start <= second.start() < m.end), None)
        if kind:
            extra.append(Match(kind, first.start(), second.start()))  # the correction words too
            continue
        # Neither piece is a value alone: the correction replaces the last digits said
        # ("one five two one eight wait no eight one nine five eight two" → 152 819582).
        said, fixed = re.sub(r"\D", "", first.group()), re.sub(r"\D", "", second.group())
        for retracted in range(1, len(said) + 1):
            kind = _classify_run(text, first.start(), second.end(), said[: len(said) - retracted] + fixed)
            if kind in ("CARD_NUMBER", "SSN", "PHONE", "SORT_CODE", "BANK_ACCOUNT", "DOB"):
                extra.append(Match(kind, first.start(), second.end()))
                break
    return extra


def _runs(text: str, breaks: Sequence[int] = (), dates: Sequence[Match] = (), shaped: Sequence[Match] = ()) -> list[Match]:
    """Values in runs of digits; ``shaped``: dates, addresses and postcodes found by their own form, whose
    digits are no piece of a card read in turns ("december 10th 19 68 it's 23 station crescent …")."""
    found: list[Match] = []
    runs = [_after_date(text, m, dates) for m in RUN.finditer(text)]
    runs = [m for m in runs if m is not None]
    unclassified: set[int] = set()
    for index, m in enumerate(runs):
        digits = re.sub(r"\D", "", m.group())
        split = _sort_and_account(text, m, digits)
        if split:
            found += split
            continue
        lead = re.match(r"\d[ ,.\-()]+", m.group())
        if lead and 13 <= len(digits) - 1 <= 19 and not luhn_valid(digits) and luhn_valid(digits[1:]):
            # "pay with this one 4509 846 472 674": a word read as a digit before a card
            found.append(Match("CARD_NUMBER", m.start() + lead.end(), m.end()))
            found += _card_tail(text, m.end())
            continue
        kind = _classify_run(text, m.start(), m.end(), digits)
        prefix_ok = kind is None and len(digits) > 13 and (_has(text, m.start(), m.end(), "card") or not _named_reference(text, m.start()))
        card = _card_prefix(digits, m.group()) if prefix_ok else None
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
    shaped_pieces = {n for n, (_, m) in enumerate(pieces) if any(x.start < m.end() and m.start() < x.end for x in shaped)}
    cvv_starts = {f.start for f in found if f.type == "CVV"}
    weak = {n for n, (_, m) in enumerate(pieces) if m.start() in cvv_starts}
    phone_starts = {f.start for f in found if f.type == "PHONE"}
    phone_like = {n for n, (_, m) in enumerate(pieces) if m.start() in phone_starts}
    card_taken = taken | shaped_pieces
    stitched = stitched_cards(text, [m for _, m in pieces], card_taken, weak | phone_like, breaks, phone_like)
    taken |= card_taken - shaped_pieces  # the pieces a card took; a birth date read over turns may still join its year
    stitched += _stitched_values(text, [m for _, m in pieces], taken)
    stitched_starts = {c.start for c in stitched}
    return [f for f in found if not (f.type == "CVV" and f.start in stitched_starts)] + stitched


def _after_date(text: str, run: re.Match[str], dates: Sequence[Match]) -> re.Match[str] | None:
    """A run of digits that begins inside a written date and goes on after a comma or dash is only what follows
    the date ("apr 4 1966 , 572418803"); a date found in a run of bare digits does not cut it."""
    date = next((d for d in dates if d.start <= run.start() < d.end < run.end() and re.search(r"[a-z/]", text[d.start : d.end])
                 and re.match(r" ?[,;\-]", text[d.end :])), None)
    return RUN.search(text, date.end, run.end()) if date else run


STITCHED_TYPES = ("SSN", "PHONE", "SORT_CODE", "BANK_ACCOUNT", "DOB")


def _in_written_date(text: str, piece: re.Match[str]) -> bool:
    return any(d.start() <= piece.start() < d.end() for d in _WRITTEN_DATE.finditer(text, max(0, piece.start() - 6), piece.end() + 11))


def _stitched_values(text: str, runs: list[re.Match[str]], taken: set[int]) -> list[Match]:
    """An SSN, phone, sort code, account number or birth date read over 2–4 turns ("one two three" /
    "and the middle two?" / "four five" / …): each piece a turn of its own, the joined digits
    classified like one run (context words, shape and grouping at the pieces' boundaries)."""
    found: list[Match] = []
    i = 0
    while i < len(runs):
        for k in range(2, 5):
            pieces = runs[i : i + k]
            if len(pieces) < k or any(j in taken for j in range(i, i + k)) or not all(_own_turn(text, p) for p in pieces):
                break
            if not all("\n" in text[a.end() : b.start()] for a, b in zip(pieces, pieces[1:])):
                break
            if any(_in_written_date(text, p) for p in pieces):
                break  # "balance … as of 15/11/2025" / "meter reading today: 81225": a date is no piece of a value
            digits = "".join(re.sub(r"\D", "", p.group()) for p in pieces)
            kind = _classify_run(text, pieces[0].start(), pieces[-1].end(), digits)
            gaps = [text[a.end() : b.start()] for a, b in zip(pieces, pieces[1:])]
            if any(other != kind and name.search(gap) for gap in gaps for other, name in OTHER_VALUE_NAMES.items()):
                break  # "19 85" / "and your postcode" / "1 4 5": two answers, not one value in pieces
            if kind in STITCHED_TYPES:
                found += [Match(kind, p.start(), p.end()) for p in pieces]
                taken.update(range(i, i + k))
                i += k - 1
                break
        i += 1
    return found


NI_LETTER_FIX = re.compile(r"(?<![a-z])(?:letter|one at the end|suffix)(?:'s| is| was| should be| at the end is)?(?: actually)? "
                           r"(" + NI_SUFFIX_SAID + r"(?: not " + NI_SUFFIX_SAID + r")?)"
                           r"(?![a-z0-9'’])")
# A value asked for between two pieces ends the first value's reading.
OTHER_VALUE_NAMES = {"POSTCODE": CONTEXT["zip"], "DOB": DATE_KEYWORDS["DOB"], "EXPIRY": DATE_KEYWORDS["EXPIRY"],
                     "CARD_NUMBER": CONTEXT["card"], "CVV": CONTEXT["cvv"], "SORT_CODE": CONTEXT["sort"],
                     "EMAIL": re.compile(r"(?<![a-z])e-?mail"), "ADDRESS": re.compile(r"(?<![a-z])(?:address|street)(?![a-z])")}


def _patterns(text: str) -> list[Match]:
    emails = ((EMAIL, EMAIL_SPACED) if "@" in text else ()) + ((EMAIL_OBFUSCATED,) if "at" in text else ())  # cheap guards
    found = [Match("EMAIL", m.start(), m.end()) for pattern in emails for m in pattern.finditer(text)]
    found += [Match("CARD_NUMBER", m.start(), m.end()) for m in CARD_ODD_SEPARATOR.finditer(text)
              if 13 <= len(digits := re.sub(r"\D", "", m.group())) <= 19 and luhn_valid(digits)]
    pos = 0
    while m := IBAN.search(text, pos):  # the pattern runs on greedily: resume after each validated IBAN
        end = _iban_match(text, m.start(), m.end())
        if end:
            found.append(Match("IBAN", m.start(), end))
        pos = end or m.start() + 1
    found += [Match("PHONE", m.start(), m.end()) for m in PHONE_SLASHED.finditer(text)
              if 9 <= len(re.sub(r"\D", "", m.group())) <= 13 and not _named_as_reference(text, m.start())]
    for regex in (NI_TYPED, NI_SPOKEN):
        found += [Match("NI_NUMBER", m.start(), m.end()) for m in regex.finditer(text)
                  if len(re.sub(r"\D", "", m.group())) == 6 and not _other_code(text, m.start())
                  and (_valid_ni_prefix(m.group()) or NI_CONTEXT.search(text, max(0, m.start() - CONTEXT_BEFORE_CHARS), m.start()))]
    for m in NI_NO_SUFFIX.finditer(text):  # the suffix letter often comes in a later turn
        window = text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()]
        if len(re.sub(r"\D", "", m.group())) != 6 or m.group()[:2] in COMMON_TWO_LETTER_WORDS and not m.group()[2:3].isalpha():
            continue  # "… reference is 51 4 7 87": a word, not two letters
        suffix = NI_LATE_SUFFIX.search(text, m.end(), m.end() + NI_SUFFIX_CHARS)
        # Without the words, the whole shape must be there: valid prefix letters, six digits, and
        # the suffix letter answered on its own in a later turn ("… the letter at the end?" / "d").
        if NI_CONTEXT.search(window) or (suffix and _valid_ni_prefix(m.group())):
            same_turn = NI_SAME_TURN_SUFFIX.match(text, m.end())  # "ha 7 9 2 1 1 3 c"
            found.append(Match("NI_NUMBER", m.start(), same_turn.end() if same_turn else m.end()))
            if suffix:  # "... and the letter at the end?" / "b"
                found.append(Match("NI_NUMBER", suffix.start(1), suffix.end()))  # "c c" said twice too
    for m in NI_SAID.finditer(text):  # only where an NI number was asked for
        said = m.group(1).replace(",", " ").split()
        if sum(len(w) if w.isdigit() else 1 for w in said) != 6:
            continue
        head = [SAID_LETTERS.get(w, w) for w in m.group(0)[: m.start(1) - m.start()].split()]
        # the whole shape with no words around: two valid prefix letters, six digits, a suffix A-D
        whole = bool(m.group(2)) and all(len(x) == 1 for x in head) and len(head) == 2 and _valid_ni_prefix("".join(head)) \
            and not _other_code(text, m.start())
        if whole or NI_CONTEXT.search(text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()]):
            found.append(Match("NI_NUMBER", m.start(), m.end()))
            suffix = None if m.group(2) else NI_LATE_SUFFIX.search(text, m.end(), m.end() + NI_SUFFIX_CHARS)
            if suffix:
                found.append(Match("NI_NUMBER", suffix.start(1), suffix.end()))
    found += [Match("POSTCODE", m.start(), m.end()) for m in POSTCODE_TYPED.finditer(text) if not _named_as_reference(text, m.start())]
    for m in POSTCODE_SPOKEN.finditer(text):
        if _named_reference(text, m.start()) or re.search(r" [ap] m$", m.group()):
            continue  # "the booking reference is k 7 x 2 p q", "at 3 0 5 p m"
        # a letter or digit spelled right before: part of a longer code ("r b 3 4 t 6 0 2 s a", a model)
        inside = SPELLED_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
        if not inside or _has(text, m.start(), m.end(), "zip"):
            found.append(Match("POSTCODE", m.start(), m.end()))
    found += [Match("POSTCODE", m.start(), m.end()) for m in POSTCODE_SAID.finditer(text)
              if CONTEXT["zip"].search(text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()])]
    for ni in [f for f in found if f.type == "NI_NUMBER"]:  # "… a actually no the last letter's c for charlie"
        if fix := NI_LETTER_FIX.search(text, ni.end, min(len(text), ni.end + NI_SUFFIX_CHARS)):
            found.append(Match("NI_NUMBER", fix.start(1), fix.end(1)))
    found += [Match("SSN", m.start(), m.end()) for m in SSN_SLASHED.finditer(text)
              if _ssn_shape(re.sub(r"\D", "", m.group()))  # not "case no 4471902, social is 516/16/2142": the case has its number
              and not names_what_follows(*last_named_reference(_this_turn(text, m.start()), m.start()))]
    found += [Match("SSN", m.start(), m.end()) for m in SSN_MASKED.finditer(text)]
    found += [Match("SORT_CODE", m.start(), m.end()) for m in SORT_CODE_SLASHED.finditer(text)
              if CONTEXT["sort"].search(text, max(0, m.start() - 24), m.start())]
    found += [Match("POSTCODE", m.start(), m.end()) for pattern in (EIRCODE, EIRCODE_SPOKEN) for m in pattern.finditer(text)
              if CONTEXT["zip"].search(text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()])]
    found += [Match("ADDRESS", m.start(), m.end()) for m in PO_BOX.finditer(text)]
    found += [Match("ADDRESS", m.start(), m.end()) for m in EU_ADDRESS.finditer(text) if not _named_reference(text, m.start())]
    for m in ADDRESS.finditer(text):
        if not set(m.group(1).split()) & ADDRESS_STOPWORDS or m.group(1) == "the ":  # "number twelve the crescent"
            found.append(Match("ADDRESS", m.start(), m.end()))
    for m in ADDRESS_OVER_TURNS.finditer(text):
        if not set(m.group(2).split()) & ADDRESS_STOPWORDS:
            found += [Match("ADDRESS", m.start(1), m.end(1)), Match("ADDRESS", m.start(2), m.end(2))]
    return found


# "… drive, springfield 62704", "… street new york 1 0 0 2 2" (a ZIP read digit by digit)
ZIP_AFTER_ADDRESS = re.compile(r"(?:[ ,.]+[a-z]+){0,3}[ ,.]*((?<![\w])\d(?: ?\d){4}(?: ?- ?\d(?: ?\d){3})?)(?![\w])")
# " glasgow", ", new york ny", a town on the next line of a typed address, "Dublin 2" (its postal district)
TOWN_AFTER_ADDRESS = [re.compile(r"(?:[ ,.\n]+(?:dublin \d{1,2}(?!\d)|[a-z]+)){%d}[ ,.\n]+" % n) for n in range(4)]


def _zip_after_address(text: str, found: list[Match]) -> list[Match]:
    """A ZIP or a spoken UK postcode right after a street address (a town between at most)."""
    zips = []
    for m in found:
        if m.type != "ADDRESS":
            continue
        if z := ZIP_AFTER_ADDRESS.match(text, m.end):
            zips.append(Match("POSTCODE", z.start(1), z.end(1)))
            continue
        for town in TOWN_AFTER_ADDRESS:  # the fewest words first: "… lane glasgow h u 5 1 eff t"
            if (t := town.match(text, m.end)) and (p := POSTCODE_SAID.match(text, t.end()) or POSTCODE_SPOKEN.match(text, t.end())
                                                    or POSTCODE_TYPED.match(text, t.end()) or EIRCODE.match(text, t.end())):
                zips.append(Match("POSTCODE", p.start(), p.end()))
                break
    return zips


_FIX = r"(?:no[ ,]+)?(?:sorry|wait|i mean|actually|no|hang on|scratch that|let me start again)(?![a-z])[ ,.]*(?:(?:no|sorry|wait|actually|it's|its|that's|it is|i mean)(?![a-z])[ ,.]*)*"
# Said before a correction: a few digits, ordinals or spelled letters ("forty four", "fifth", "k o").
_SAID = r"(?:(?:\d+(?:st|nd|rd|th)?|[a-z])[ ,]+){0,18}\d+(?:st|nd|rd|th)?"
CORRECTED_BEFORE = re.compile(r"(?<![\w])(" + _SAID + r")[ ,.]+" + _FIX + r"(?:the )?$")
# (the abandoned part may be a whole card read out before "scratch that")
# Said after a correction: the fixed tail of the value ("… seven one five no sorry five one seven",
# "jo brennan at yahoo dot com no sorry dot co dot uk").
_ASIDE_AFTER = r"(?=[.?!]?(?:\n|$)| (?:i|i'm|im|sorry|my|always|it's|its|that's|thats)(?![a-z]))"  # "… no wait 8 0 i always mix those up"
CORRECTED_AFTER = re.compile(r"[ ,.]+" + _FIX + r"((?:(?:\d+(?:st|nd|rd|th)?|[a-z]|dot|at|underscore|dash|co|uk|com|net|org)"
                             r"(?:[ ,]+|" + _ASIDE_AFTER + r")){1,8})" + _ASIDE_AFTER)


def _with_corrections(text: str, matches: list[Match]) -> list[Match]:
    """A value with a self-correction: the abandoned part before, or the fixed part after, joins it."""
    out = []
    for m in matches:
        start, end = m.start, m.end
        before = CORRECTED_BEFORE.search(text, max(0, start - 80), start)
        if before and before.end() == start:
            start = before.start(1)
        after = CORRECTED_AFTER.match(text, end)
        if after and any(c.isdigit() for c in after.group(1)) == any(c.isdigit() for c in text[m.start:m.end]):
            end = after.end(1)
        out.append(Match(m.type, start, end) if (start, end) != (m.start, m.end) else m)
    return out


def detect(text: str, enabled: frozenset[str] | set[str] = frozenset(ENTITY_TYPES), breaks: Sequence[int] = ()) -> list[Match]:
    """Non-overlapping PII matches in a normalised stream, highest-priority type first on overlaps.

    Example:
        >>> detect("my card is 4111 1111 1111 1111 thanks")
        [Match(type='CARD_NUMBER', start=11, end=30)]
    """
    dates = _dates(text)
    patterns = _patterns(text)
    shaped = [m for m in dates + patterns if m.type in ("DOB", "ADDRESS", "POSTCODE")]
    found = _runs(text, breaks, dates, shaped) + patterns + dates
    cards = [m for m in found if m.type == "CARD_NUMBER"]
    if cards:  # "… 3 2 3 4 and it runs out july 27": an expiry right after a card read without the word "card"
        found += [d for d in _dates(text, cards) if d not in dates]
    candidates = [m for m in found + _zip_after_address(text, found) if m.type in enabled]
    ni = [m for m in candidates if m.type == "NI_NUMBER"]  # "n e 3 4 2 3 1 9 b": digits inside an NI number are no card
    candidates = [m for m in candidates if m.type != "CARD_NUMBER" or not any(n.start < m.start and m.end < n.end for n in ni)]
    addresses = [m for m in candidates if m.type == "ADDRESS"]  # "unit 22 0 2 0 maple boulevard": a house number, no ZIP
    candidates = [m for m in candidates if m.type != "POSTCODE" or not any(a.start <= m.start and m.end < a.end for a in addresses)]
    candidates.sort(key=lambda m: (PRIORITY[m.type], -(m.end - m.start), m.start))
    accepted: list[Match] = []
    for m in candidates:
        if all(m.end <= a.start or m.start >= a.end for a in accepted):
            accepted.append(m)
    return sorted(_with_corrections(text, [_homophone_lead(text, m) for m in accepted]), key=lambda m: m.start)


_HOMOPHONE_BEFORE = re.compile(r"(?<![a-z])(" + "|".join(HOMOPHONES) + r") $")


def _homophone_lead(text: str, m: Match) -> Match:
    """"it's for 6 5 3 …": a homophone right before a card number is its first digit when the checksum says so."""
    h = _HOMOPHONE_BEFORE.search(text, max(0, m.start - 6), m.start) if m.type == "CARD_NUMBER" else None
    digits = re.sub(r"\D", "", text[m.start : m.end])
    if h and len(digits) < 19 and luhn_valid(HOMOPHONES[h.group(1)] + digits) and not luhn_valid(digits):
        return Match(m.type, h.start(1), m.end)
    return m
