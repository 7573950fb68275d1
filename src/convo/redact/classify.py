"""What a run of digits is: a card, an SSN, a sort code, an account, a phone, a ZIP, a date of birth,
or nothing (an amount, a time, a year, a reference). The rule is read from the run's length, checksum
and grouping and from the words around it; :mod:`convo.redact.detectors` finds the runs and this
module names them.
"""

from __future__ import annotations

import re

from convo.redact.patterns import (
    CARD_DETAILS_ASKED, CONTEXT_BEFORE_CHARS, CONTEXT_AFTER_CHARS, CONTEXT, DETAILS_TO_FIND, _REFERENCE_SYMBOL, _CURRENCY, DATE_KEYWORDS, RUN, BARE_CONTEXT_CHARS, NI_CONTEXT, last_named_reference, names_what_follows, luhn_valid, _has, _named_reference, named_not_card, _named_as_reference, SUPPLIER_ACCOUNT, NAMED_REFERENCE, COMMON_TWO_LETTER_WORDS, ENDING_BEFORE,
)
from convo.redact.reading import LEAD_INS
from convo.redact.stitch import _AMOUNT_AFTER, _PLACE_BEFORE, TIME_RANGE

def plus_before(text: str, start: int) -> bool:
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


def _reference_said_before(text: str, start: int) -> bool:
    """A reference named right before the number in the same turn ("okay i see claim number 9 8 1 …"), not one
    the question was about ("the social security number on the policy / it's 0 6 5 …")."""
    window, last = last_named_reference(text, start)
    return last is not None and names_what_follows(window, last) and "\n" not in window[last.end() :]


def reference_read_back(text: str, start: int, digits: str) -> bool:
    """The same digits were just said as a reference (named, or with a reference word near, and not
    taken as a value there): this is a read-back of it."""
    lo = max(0, start - READ_BACK_CHARS)
    for m in RUN.finditer(text, lo, start):
        if m.end() <= start and re.sub(r"\D", "", m.group()) == digits and (
            _named_reference(text, m.start()) or not _bare(text, m.start(), m.end())
        ) and classify_run(text, m.start(), m.end(), digits) is None:
            return True
    return False


def other_code(text: str, start: int) -> bool:
    """Named right before as a reference or model code, with no NI words near: "model number a b 1 2 …" (not "my tax
    code, NIINO JT 41 …": another label, misspelt, stands between the reference and the value)."""
    window, last = last_named_reference(text, start)
    relabelled = last is not None and "\n" not in window[last.end() :] and re.search(r"[,;] *[a-z]{2,}", window[last.end() :])
    if last is None or relabelled:
        return False
    name_at = start - len(window) + last.start()
    if DETAILS_TO_FIND.search(text, max(0, name_at - 50), name_at):
        return False  # "can i take a few details to find your statement" / "it's yc 120155 d": what the details are for
    # NI words only before the reference's name do not count ("(it looks like an ni number but it's the policy)" /
    # "thanks, policy ts 23 61 11 c"; "not my national insurance number, the reference at the top, g a …")
    if not names_what_follows(window, last) or "\n" in window[last.end() :]:
        # "claim ref 7720193. Bt 47 50 27a": the reference has its own number; "… NI number and postcode for the claim" /
        # "ts 55 90 31 b": named in the question, where the NI words count wherever they are
        return not NI_CONTEXT.search(text, max(0, start - CONTEXT_BEFORE_CHARS), start)
    return not any(ni.end() > name_at for ni in NI_CONTEXT.finditer(text, max(0, start - CONTEXT_BEFORE_CHARS), start))


# A day, a month and a year said as numbers: "my contract ends 18 0 9 2025" (a card word in the next turn makes no card of it)
_SPOKEN_DATE = re.compile(r"(?:[12]\d|3[01]|0? ?[1-9]) (?:0 ?[1-9]|1 ?[0-2]|[1-9]) (?:19|20)\d{2}")


def valid_ni_prefix(value: str) -> bool:
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
    named_account = "account" in last.group() and not re.search(r"account (?:ref|reference|id|code)|" + SUPPLIER_ACCOUNT, last.group())
    return not named_account and not CONTEXT["account"].search(window, last.end())


def this_turn(text: str, start: int) -> str:
    """The stream up to ``start`` with the turns of the other speaker before it blanked out: "… so I
    can locate the policy?" / "126/08/1204" names no reference for the answer."""
    turn = text.rfind("\n", 0, start) + 1
    return " " * turn + text[turn:]


_LAST_FOUR_STATED = re.compile(r"(?<![a-z])(?:last|final) (?:4|four)(?: digits| numbers)?(?: (?:as|are|is|being|of))? (\d) ?(\d) ?(\d) ?(\d)(?![\d ]*\d)")


def _ends_as_stated(text: str, start: int, digits: str) -> bool:
    """The number ends with the last four the other side just stated: the full value they hold."""
    stated = list(_LAST_FOUR_STATED.finditer(text, max(0, start - 200), start))
    return bool(stated) and digits.endswith("".join(stated[-1].groups()))


def ssn_shape(digits: str) -> bool:
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
WRITTEN_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})")
_YEAR_BEFORE = re.compile(r"(?<![a-z])(?:from|since|in|until|till|by|of) $")
_YEAR_AFTER = re.compile(r" ?(?:tax |financial |fiscal |academic |school )?(?:year|season)s?(?![a-z])")




ISO_DATE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")


def iso_birth_date(text: str, start: int) -> bool:
    """A date written year first at ``start`` is a birth date: one is named just before it."""
    return DATE_KEYWORDS["DOB"].search(text, max(0, start - 40), start) is not None


_FIFTEEN_DIGIT_CARDS = ("34", "37", "1800", "2131", "2014", "2149")  # Amex, old JCB, enRoute: other 15-digit runs are no card
_IMEI_NAMED = re.compile(r"(?<![a-z])(?:imei|i m e i|star hash (?:0 ?6|06) hash)(?![a-z])|\*# ?06 ?#")


_ANSWER_LEAD = re.compile(r"(?:(?:it's|its|it is|ok|okay|yes|yeah|yep|so|sure|right|um|uh|er|erm)(?: ,)? )*")


def _whole_answer(text: str, start: int, end: int) -> bool:
    """The run is the whole of its turn but for a lead-in ("it's …"), and neither this turn nor the one before names
    anything (no reference, no phone, no account)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    if not _ANSWER_LEAD.fullmatch(text, line_start, start) or text[end:line_end].strip(" .,!?"):
        return False
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : start]
    return not NAMED_REFERENCE.search(before) and not any(CONTEXT[k].search(before) for k in ("phone", "account", "card", "zip"))


def _letters_before(text: str, start: int) -> bool:
    """Two letters right before the digits, no word: a code's ("jk 12 34 56 t"), no sort code's."""
    letters = re.search(r"(?<![\w'’])([a-z]) ?([a-z]) $", text[max(0, start - 6) : start])
    return letters is not None and letters.group(1) + letters.group(2) not in COMMON_TWO_LETTER_WORDS


def _model_letters(text: str, start: int) -> bool:
    """A letter, or two that make no word, right before the digits: a model's code ("x r 760", "xr 750 b")."""
    letters = re.search(r"(?<![\w'’])([a-z]{1,2}) $", text[max(0, start - 4) : start])
    return letters is not None and letters.group(1) not in COMMON_TWO_LETTER_WORDS


def _code_shaped(text: str, start: int, end: int) -> bool:
    """Two letters, the digits, one letter: an NI number's shape, or a code's in it ("it's s c 3 8 , 35 2 0 c, that's
    the policy number"), whose first letters are no sort code's "s c"."""
    return _letters_before(text, start) and re.match(r" [a-z](?![\w'’])", text[end:]) is not None


def reference_asked(text: str, start: int, whole: bool = True) -> bool:
    """The run answers a question for a reference that names no value of a person's ("do you have your policy number,
    it's not your social, it's on the letter" / "oh okay yeah, 886-85-1619"; not "what's the checking account number
    for the refund"); ``whole``: the run is all the answer says, but for a lead-in."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start or whole and not set(re.findall(r"[^\s,]+", text[line_start:start])) <= LEAD_INS:
        return False
    question = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start]
    named = NAMED_REFERENCE.search(question)
    return named is not None and not DETAILS_TO_FIND.search(question, 0, named.start()) and not NI_CONTEXT.search(question) \
        and not any(CONTEXT[k].search(question) for k in ("ssn", "account", "zip", "phone", "card"))


def imei_named(text: str, start: int) -> bool:
    return _IMEI_NAMED.search(text, max(0, start - 200), start) is not None


# A number said to be no card right before it: "that's the payment reference (not a card number): 2664 …"
_NOT_A_CARD = re.compile(r"(?<![a-z])not (?:a|the|my|your|an) (?:credit |debit |bank |payment )?card(?: number| no)? ?\)? ?[:,.\-]? ?$")


# An account number's eight digits typed right beside a sort code: "39-07-50 / 80173933", "77-57-49 | 71009351"
_ACCOUNT_NEXT_AFTER = re.compile(r" ?[/|,]? ?(?:acct |account |a/c )?\d{4}[ -]?\d{4}(?![\w/.-])")
_SORT_NEXT_BEFORE = re.compile(r"(?<![\w/.-])\d\d([-.])\d\d\1\d\d ?[/|,]? ?(?:acct |account |a/c )?$")
_SORT_NEXT_AFTER = re.compile(r" ?[/|,]? ?\d\d([-.])\d\d\1\d\d(?![\w/.-])")
_ACCOUNT_NEXT_BEFORE = re.compile(r"(?<![\w/.-])\d{4}[ -]?\d{4} ?[/|,]? ?$")


# An SSN's groups with a pause after the first, its last four said in two ("… , forty-two five six hundred and forty four")
_SSN_LAST_GROUP_SPLIT = re.compile(r"\d{3} ?[,.\-] ?\d{2}(?: ?[,.\-] ?| )(?:\d \d{3}|\d{3} \d)")


def classify_run(text: str, start: int, end: int, digits: str) -> str | None:
    n, raw = len(digits), text[start:end]
    if _CURRENCY.search(text[max(0, start - 2) : start]) or _AMOUNT.fullmatch(raw) or _AMOUNT_AFTER.match(text, end):
        return None  # "£1,250.00", "12.99, 12.99", "about 1 20 dollars": amounts
    if n == 15 and not digits.startswith(_FIFTEEN_DIGIT_CARDS) and imei_named(text, start):
        return None  # "i need the imei" / "star hash zero six hash gives me 0163 7320 9321 432": Luhn-valid, not a card's prefix
    if TIME_RANGE.fullmatch(raw):
        return None  # "0800-2000 Mon-Fri": opening hours
    if ISO_DATE.fullmatch(raw):  # "renewal date 2027-07-05": a date written year first, a birth date only when named
        return "DOB" if iso_birth_date(text, start) else None
    if n == 4 and ENDING_BEFORE.search(text, max(0, start - 16), start):
        return None  # "is it still the one ending 0 32 1": a card's last four, no code or account
    if n == 4 and re.fullmatch(r"(?:19|20) ?\d\d", raw) and _YEAR_BEFORE.search(text, max(0, start - 8), start):
        return None  # "it's on my statement from 20 22": a year
    if plus_before(text, start) and 8 <= n <= 15:
        return "PHONE"
    if digits.startswith("00") and 11 <= n <= 16 and digits[2] != "0":
        return "PHONE"  # "zero zero four four …", "double oh one …": an international prefix
    if n == 12 and digits.startswith("447") and not _named_as_reference(text, start):
        return "PHONE"  # "double four double seven nine …": a UK mobile with its country code, the plus unsaid
    card_words = _has(text, start, end, "card")
    # "the IMEI is 35 209900 176148 1", "tracking number 9400 1000 …": Luhn-valid or long, but named
    # right before as something else (and no card word as close)
    named = n >= 12 and (named_not_card(text, start)  # with no other number in between ("booking ref 77419, pay with 4808 …")
                         or _NOT_A_CARD.search(text, max(0, start - 40), start) is not None
                         # longer than any card, a reference named before it in the turn: "tracking: 1Z… / alt 0500 … 5268"
                         or n > 19 and NAMED_REFERENCE.search(text, max(0, start - 60, text.rfind("\n", 0, start) + 1), start) is not None) \
        and not (luhn_valid(digits) and CARD_DETAILS_ASKED.match(text, end))  # "pay the invoice , its 4850 …" / "… the expiry date and security code?"
    if n >= 12 and card_words and not luhn_valid(digits) and reference_read_back(text, start, digits):
        return None  # "the account reference on the bill is 5935 …" / "i don't need the card number. so 5935 …, and the card ending …"
    if 13 <= n <= 19 and (luhn_valid(digits) or card_words) and not named:
        return "CARD_NUMBER"
    if n >= 12 and card_words and not named:
        return "CARD_NUMBER"  # ASR mishears and loops on digits: length and checksum are unreliable
    if n > 19 and not named:
        return "CARD_NUMBER"  # no amount, date or reference this long is left; treat it as a card
    if n == 9 and reference_asked(text, start):
        return None  # "do you have your policy number, it's not your social" / "oh okay yeah, 886-85-1619"
    if n == 9 and ssn_shape(digits) and _ends_as_stated(text, start, digits):
        return "SSN"  # "i have the last four as 5 5 4 0 can you give me the full number" / "5 5 9 9 7 5 5 4 0 and …"
    if n == 9 and ssn_shape(digits) and _whole_answer(text, start, end) and re.fullmatch(r"\d(?: \d){8}", raw):
        return "SSN"  # "it's 8 5 0 3 1 8 4 0 1": nine digits read one by one as a turn of their own, nothing named
    if n == 9 and ssn_shape(digits) and _MINE_AFTER_ANOTHERS.search(text, text.rfind("\n", 0, start) + 1, start):
        return "SSN"  # "it's 1 8 6 7 no sorry i'm reading my wife's , hold on . mine is 1 8 6 7 1 8 6 5 0": one's own number
    if n == 9 and re.fullmatch(r"\d{5} ?- ?\d{4}", raw) and not _has(text, start, end, "ssn") \
            and not re.search(r"[a-z]-$", text[max(0, start - 2) : start]):
        return "POSTCODE"  # ZIP+4: "10036-2201" (not "POL-22482-1484": a code's digits)
    if n == 9 and ((re.fullmatch(r"\d{3}(?: ?[.\-_/] ?| )\d{2}(?: ?[.\-_/] ?| )\d{4}", raw) or _SSN_LAST_GROUP_SPLIT.fullmatch(raw)) and not _named_as_reference(text, start)
                   or _has(text, start, end, "ssn") and not _reference_said_before(text, start)):  # not "Claim number 642-42-1432"
        return "SSN"  # not "… the full social / okay i see claim number 9 8 1 0 8 …": the claim's
    if n == 6 and re.fullmatch(r"\d\d([-.])\d\d\1\d\d", raw) and (_ACCOUNT_NEXT_AFTER.match(text, end) or _ACCOUNT_NEXT_BEFORE.search(text, max(0, start - 16), start)):
        return "SORT_CODE"  # "39-07-50 / 80173933", "9879-6544 86.05.83": typed beside an account number
    if n == 6 and _MONTH_BEFORE.search(text, max(0, start - 14), start):
        return None  # "march 14 19 51": a day and a year, not a sort code
    if n == 6 and _YEAR_AFTER.match(text, end):
        return None  # "for the 2025 26 tax year": a span of years
    if reference_read_back(text, start, digits):
        return None  # "the reference is sixty eight ninety three …" / "okay sixty eight ninety three …"
    if n == 6 and (_has(text, start, end, "sort") and not _code_shaped(text, start, end)
                   and not (re.search(r"(?<![a-z])s c ,? $", text[max(0, start - 8) : start]) and names_what_follows(*last_named_reference(text, start, 40)))
                   or (re.fullmatch(r"\d{2}[ \-]\d{2}[ \-]\d{2}", raw)
                                                     and not _named_reference(text, start) and _bare(text, start, end)
                                                     and not _ON_DATE.search(text, max(0, start - 8), start)
                                                     and not _letters_before(text, start))):
        return "SORT_CODE"
    if n == 6 and _ACCOUNT_AFTER.match(text, end) and not _named_reference(text, start):
        return "SORT_CODE"  # "ninety eighty ninety two and the account number is …": the sort code comes first
    if n == 8 and re.fullmatch(r"\d{4}[ -]?\d{4}", raw) and (_SORT_NEXT_BEFORE.search(text, max(0, start - 24), start) or _SORT_NEXT_AFTER.match(text, end)):
        return "BANK_ACCOUNT"  # "77-57-49 | 71009351": typed beside a sort code
    if (8 <= n <= 12 and _has(text, start, end, "account") or n == 8 and _has(text, start, end, "sort")) \
            and not _has(text, start, end, "phone") and not _other_reference(text, start) \
            and not re.search(r"(?<![\w-])[a-z]{2,4}-$", text[max(0, start - 5) : start]):  # "Account ref ACC-685585569"
        return "BANK_ACCOUNT"  # "… into 24607598 (sort 20 37 47)": a UK account number has 8 digits
    groups = [len(g) for g in re.findall(r"\d+", raw)]
    if ((digits[0] == "0" and 10 <= n <= 11) or groups == [3, 3, 4] or groups == [1, 3, 3, 4]) and not _named_as_reference(text, start):
        return "PHONE"  # not "the reference number is o three six nine seven double four three four two"
    if 7 <= n <= 15 and _has(text, start, end, "phone") and not _named_as_reference(text, start) \
            and not _TIMES_BEFORE.search(text, max(0, start - 12), start):  # "ring me back between 10 15 and 3 30"
        return "PHONE"  # not "the other dial … the order number here it's 2 7 9 6 / 0 4 1 1"
    if n >= 8 and card_words and not named and not _named_reference(text, start) and not _has(text, start, end, "account") \
            and not WRITTEN_DATE.fullmatch(raw) and not _SPOKEN_DATE.fullmatch(raw) \
            and not names_what_follows(*last_named_reference(text, start, 60)):  # "the rx number from the card" / "c c 5 7 5 …"
        return "CARD_NUMBER"  # ASR drops digits too: "for 1 1 1 1 1 1 1 1 1" for a card read out
    glued = re.search(r"(?<![\w-])(?!cvv|cvc|csc|cid|cv2|sec)[a-z]{1,4}-$", text[max(0, start - 5) : start]) is not None \
        or _PLACE_BEFORE.search(text, max(0, start - 30), start) is not None  # "and model RT-703": a code's digits; "room 976": a place's
    if 3 <= n <= 4 and _has(text, start, end, "cvv") and not _named_reference(text, start) and not glued:
        return "CVV"  # not "… the meter serial is on the front … / meter number 5 7 7 1"
    if 3 <= n <= 4 and _THE_CODE.search(text, max(0, start - 16), start) and (
            _has(text, start, end, "card") or DATE_KEYWORDS["EXPIRY"].search(text, max(0, start - 60), start)):
        return "CVV"  # "… on card 5287 …, expires 07/28 and the code is 390", "it expires january 29 the code is 8 1 5"
    if n == 3 and _has(text, start, end, "back") and not _spelled_code(text, start, end) and not glued \
            and not _AT_TIME.search(text, max(0, start - 12), start) and not _TIMES_BEFORE.search(text, max(0, start - 12), start) \
            and not _model_letters(text, start):  # "the model number on the back is x r 760", "model XR 750 B"
        return "CVV"  # "seven fifty two on the back": three digits on the back of a card
    if n in (5, 9) and (_has(text, start, end, "zip") or US_STATE_BEFORE.search(text, max(0, start - 30), start)):
        return "POSTCODE"  # "… austin texas seven eight seven oh one", "Austin, TX 78701"
    # Long numbers with no reference, amount or measure word anywhere near: what people read out
    # bare are their own values (an SSN, a US phone, a date of birth), seldom an order number.
    if n == 9 and ssn_shape(digits) and _grouped(raw, {3, 5}) and _bare(text, start, end):
        return "SSN"
    if n == 10 and digits[0] in "23456789" and digits[3] in "23456789" and _grouped(raw, {3, 6}) and _bare(text, start, end):
        return "PHONE"  # a US number read without grouping: area code and exchange never start 0/1
    if n == 8 and _birth_date_digits(digits) and _grouped(raw, {2, 4}) and _bare(text, start, end) \
            and not _YEAR_BEFORE.search(text, max(0, start - 8), start):
        return "DOB"  # not "with you since 2003, nineteen ninety": years
    return None


# A number disowned as another person's and one's own read next: "i'm reading my wife's , hold on . mine is …"
_MINE_AFTER_ANOTHERS = re.compile(r"(?<![a-z])(?:my|his|her|their) (?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|"
                                  r"sister|nan|gran|grandma|grandad|grandpa)(?:'s|’s|s)(?![a-z])[^\n\d]{0,40}(?<![a-z])mine(?: is|'s|’s| it's| its)[ ,]*$")
_ON_DATE = re.compile(r"(?<![a-z])(?:on|dated|since|until|till)[ ,]*$")  # "shows as failed on 02-09-26": a date
_AT_TIME = re.compile(r"(?<![a-z])(?:at|by|from|until|till|around|about|after|before)[ ,]*$")  # "booked … at 7 30"
_TIMES_BEFORE = re.compile(r"(?<![a-z])(?:between|from|until|till|around|after|before)[ ,]*$")
_THE_CODE = re.compile(r"(?<![a-z])(?:the|its|it's) code(?: is| :)? $")
