"""Dates in context: a date of birth after "date of birth" / "born", a card expiry after "expires",
and a full date with a birth year and no event word around it (see docs/redaction.md)."""

from __future__ import annotations

import re
from typing import Sequence

from convo.redact.patterns import (
    BARE_CONTEXT_CHARS, CARD_EXPIRY_KEYWORDS, CONTEXT_AFTER_CHARS, DATE, DATE_AFTER_KEYWORD_CHARS, DATE_KEYWORDS, Match, _DAY, _MONTH, _has,
    ENDING_BEFORE, _named_reference, _words,
)


# The year of a date given on its own after the agent asks for it: "… \nand the year\n82".
YEAR_LATER = re.compile(r"[ ,.]*\n[^\n]{0,40}\n(?:(?:it's|its|it was|that's|in|yeah|yes|oh|um) )*(\d{2} \d{2}|\d{4}|\d{2})(?=[ ,.]*(?:\n|$))")
# Day/month, not MM/YY: the first number is no month (23/12), or the second no card year (1/08).
_DAY_SLASH_MONTH = re.compile(r"(?:(?:1[3-9]|2\d|3[01]) ?/ ?\d{1,2}|\d{1,2} ?/ ?(?:0\d|1\d))")
_DAY_MONTH = re.compile(rf"^(?:the )?{_DAY}(?: of)? {_MONTH}$")
CHAIN_GAP_CHARS = 25
CARD_EXPIRY_AFTER_CHARS = 40
_OTHER_VALUE = _words("code", "cvv", "cvc", "security", "number", "postcode", "zip", "address")  # "… 19 84 / and the billing address / 23 20 …"


def _date_chain(text: str, start: int, limit: int) -> list[re.Match[str]]:
    """Dates from ``start``: the first within ``limit``, then each next one close after the last."""
    dates, pos, bound = [], start, limit
    while (date := DATE.search(text, pos, bound + 20)) and date.start() <= bound:
        if dates and _OTHER_VALUE.search(text, pos, date.start()):
            break  # "expires 0 7 28 and the code is 3 9 0": the next number is another value's
        dates.append(date)
        pos, bound = date.end(), date.end() + CHAIN_GAP_CHARS
    return dates


# Around a full date, words that make it an event, not a birth date.
EVENT_WORDS = _words("since", "customer", "member", "joined", "started", "opened", "moved", "bought", "installed", "married",
                     "dated", "issued", "ordered", "paid", "payment", "delivered", "delivery", "contract", "policy", "bill",
                     "invoice", "order", "booked", "cancelled", "renewal", "appointment", "visit", "accident", "flight",
                     "meeting", "wedding", "anniversary", "married", "died", "passed away", "graduated", "happened", "until", "till", "between", "from", "warranty", "purchased",
                     "collected", "charged", "debited", "went out", "go out", "goes out", "comes out", "come out", "direct debit",
                     "last one")


def _birth_year(date: str, bare: bool = False) -> bool:
    """A full date (day, month and year) whose year is a plausible birth year, 1920–2009 (``bare``: no birth date
    asked for or named, when a two-digit year under 30 is this century's: "book the engineer for july sixth twenty
    five")."""
    numeric = re.fullmatch(r"\d{1,2}(?: \d)? ?[/.\-] ?\d{1,2}(?: \d)? ?[/.\-] ?(\d{2}|\d{4})", date) or re.fullmatch(
        r"\d{1,2}(?: \d)? \d{1,2}(?: \d)? ((?:19|20)\d{2})", date) or re.fullmatch(  # "one one oh two two thousand"
        r"\d{1,2}(?:st|nd|rd|th) of the (?:[1-9]|1[0-2])(?:st|nd|rd|th) (\d{2}|\d{4})", date)  # "twelfth of the fifth forty seven"
    if numeric:
        year = numeric.group(1)
        day_month = [int(part.replace(" ", "")) for part in re.split(r" ?[/.\-] ?", date)[:2]] if re.search(r"[/.\-]", date) else []
        if day_month and not any(1 <= a <= 31 and 1 <= b <= 12 for a, b in (day_month, day_month[::-1])):
            return False  # "the error code on the router is 25-29-03": no day and month
        if len(set(re.findall(r"[/.\-]", date))) > 1:
            return False  # "we're open 9-5.30 weekdays": hours, not a date written with one separator
    else:
        month = re.search(_MONTH + r"(?![a-z])", date)
        if not month:
            return False
        head, tail = date[: month.start()], date[month.end() :]
        tail_numbers = re.findall(r"\d+(?:st|nd|rd|th)?", tail)
        if not re.search(r"\d", head):  # "march 14 19 51": the day comes first after the month
            if not tail_numbers or (len(tail_numbers) == 2 and tail_numbers[0] in ("19", "20") and len(tail_numbers[1]) == 2):
                return False  # "march 20 26" is a month and a year, no day
            tail_numbers = tail_numbers[1:]
        if not tail_numbers or any(not n.isdigit() for n in tail_numbers):
            return False
        year = "".join(tail_numbers)
    value = int(year)
    if len(year) == 2:
        value += 1900 if value >= (30 if bare else 20) else 2000
    return len(year) in (2, 4) and 1920 <= value <= 2009


def _bare_birth_dates(text: str) -> list[Match]:
    """A full date with a birth year and no event word around ("first of january um forty nine")."""
    found = []
    for date in DATE.finditer(text):
        if not _birth_year(date.group(), bare=True):
            continue
        window = text[max(0, date.start() - BARE_CONTEXT_CHARS) : date.start()] + " " + text[date.end() : date.end() + CONTEXT_AFTER_CHARS]
        inside = re.search(r"\d ?- ?$", text[max(0, date.start() - 4) : date.start()]) or re.match(r" ?- ?\d", text[date.end() :])
        if not EVENT_WORDS.search(window) and not DATE_KEYWORDS["EXPIRY"].search(window) and not _named_reference(text, date.start()) \
                and not inside:  # not "the claim reference is 7 - 446 ... 0 5 3 4 3 - 0 4 - 5 - 30 , 0 9": a piece of a longer reading
            found.append(Match("DOB", date.start(), date.end()))  # not "firmware version 2.12.87"
    return found


def _dates(text: str, cards: Sequence[Match] = ()) -> list[Match]:
    """Dates of birth and expiry dates by their keywords; ``cards``: card numbers found, which make "it
    runs out july 27" right after one an expiry as the word "card" would."""
    found = _bare_birth_dates(text)
    keywords = list(DATE_KEYWORDS.items()) + [("EXPIRY", CARD_EXPIRY_KEYWORDS)]
    for kind, keyword in keywords:
        for k in keyword.finditer(text):
            if keyword is CARD_EXPIRY_KEYWORDS and not _has(text, k.start(), k.end(), "card") \
                    and not any(0 <= k.start() - c.end <= CARD_EXPIRY_AFTER_CHARS for c in cards):
                continue  # "the warranty runs out in march 2026"
            if kind == "EXPIRY" and k.group().startswith("expire") and _OTHER_THING_EXPIRING.search(text, max(0, k.start() - 40), k.start()) \
                    and not _has(text, k.start(), k.end(), "card"):
                continue  # "my promo price of $53/mo expires 10/27": an offer, not a card
            dates = _date_chain(text, k.end(), min(len(text), k.end() + DATE_AFTER_KEYWORD_CHARS))
            if not dates:
                before = list(DATE.finditer(text, max(0, k.start() - DATE_AFTER_KEYWORD_CHARS), k.start()))
                # in the same turn ("12/04/1980 is my date of birth"), not "… submitted for 12 April" / "do you want my date of birth"
                dates = before[-1:] if before and k.start() - before[-1].end() <= 25 and "\n" not in text[before[-1].end() : k.start()] else []
                if kind == "EXPIRY" and dates and not expiry_like(dates[0].group()):
                    dates = []  # "… 9 2 9 7 / perfect and the expiry": the end of a card, not a date
            year = YEAR_LATER.match(text, dates[-1].end()) if dates and _DAY_MONTH.match(dates[-1].group()) else None
            if year:  # "fourth of july" / "and the year?" / "eighty two"
                found.append(Match(kind, year.start(1), year.end(1)))
            event = k.group() == "birthday" and not re.match(r"(?:'s| is| was)(?![a-z])", text[k.end() :])
            for date in dates:
                if kind == "DOB" and event and not re.search(r"\d\d$", date.group()):
                    continue  # "my daughter's birthday on the 18th of january": a day to book, not a birth date
                # a card expires in a month, not on a day: "the offer expires on the 30th of november" is no expiry
                if kind == "EXPIRY" and _DAY_MONTH.match(date.group()) and (
                        not _has(text, date.start(), date.end(), "card") or not re.search(r"\d$", date.group())):
                    continue
                if kind == "EXPIRY" and re.fullmatch(r"\d+\.\d+", date.group()) and not expiry_like(date.group()):
                    continue  # "the card … expired, so the payment of 42.99 bounced": an amount
                if kind == "EXPIRY" and re.fullmatch(r"\d(?: \d){3}", date.group()) and not 1 <= int(date.group()[:3].replace(" ", "")) <= 12:
                    continue  # "your card xxxx-xxxx-xxxx-8593 has expired" / "yeah 8 5 9 3": its last four, no month
                if kind == "EXPIRY" and not _month_and_year_first(date.group()):
                    continue  # "valid until the fifth" / "so 9 5 3 6 1 1 right": an amount read back, no month and year
                if kind == "DOB" and date is dates[0] and re.fullmatch(r"[\d ]+", date.group()) and not (
                        re.fullmatch(r"[\d ]{2,}\d\d", date.group()) or len(re.sub(r"\D", "", date.group())) >= 6):
                    continue  # "one two three elm road": a house number, not a date read out as digits
                if kind == "EXPIRY" and re.fullmatch(r"\d{1,2}([/.\-])\d{1,2}\1(?:19|20)\d{2}", date.group()):
                    continue  # "that code expired on 31/12/2025": a day, and a card expires in a month
                if kind == "EXPIRY" and (month := re.fullmatch(r"(\d{1,2}) \d{2}", date.group())) and int(month.group(1)) > 12:
                    continue  # "it expired in 20 23": a year, no month
                if kind == "EXPIRY" and _DAY_SLASH_MONTH.fullmatch(date.group()):
                    continue  # "this offer expires 23/12": a day and a month; a card's expiry is MM/YY
                if kind == "EXPIRY" and _AT_TIME.search(text, max(0, date.start() - 6), date.start()) \
                        and not _has(text, date.start(), date.end(), "card"):
                    continue  # "the code expires in five minutes" / "it was sent at 5 20": a time
                if kind == "EXPIRY" and (ENDING_BEFORE.search(text, max(0, date.start() - 16), date.start())
                                         or _LAST_FOUR_BEFORE.search(text, max(0, date.start() - 30), date.start())):
                    continue  # "exp **/**" / "and account ending in 0332" / "the last 4 are 9 6 1 4": a last four, no expiry
                if kind == "EXPIRY" and (re.search(r"\d[./\-]$", text[max(0, date.start() - 2) : date.start()])
                                         or re.match(r"[./\-]\d", text[date.end() : date.end() + 2])):
                    continue  # "gift voucher 3509.1285.0523.9698 is valid until …": the end of a longer code, no date
                if _SPAN_OF_TIME.match(text, date.end()):
                    continue  # "it will clear within 3-5 working days": a span of days, no date
                if kind == "EXPIRY" and _CODE_LETTERS_BEFORE.search(text, max(0, date.start() - 5), date.start()):
                    continue  # "the router model is hh-1289": a code's digits
                found.append(Match(kind, date.start(), date.end()))
    return found


_LAST_FOUR_BEFORE = re.compile(r"(?<![a-z])last (?:4|four)(?: digits| numbers)? (?:are|is|were|was)[ ,:]*$")
_CODE_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?!exp)[a-z]{1,4}-$")  # not "exp-7/32"
_OTHER_THING_EXPIRING = re.compile(r"(?<![a-z])(?:promo(?:tion)?|offer|deal|discount|price|contract|plan|subscription|warranty|"
                                  r"voucher|coupon|trial|membership|passport|licen[cs]e|policy|quote)(?: [^ \n.]+){0,4} $")
_SPAN_OF_TIME = re.compile(r" (?:working |business |calendar )?(?:days|weeks|months|hours|minutes)(?![a-z])")
_AT_TIME = re.compile(r"(?<![a-z])(?:at|around|about) $")


def expiry_like(date: str) -> bool:
    """A card's expiry: a month name and a year, or MM/YY (month 1-12, year 20-45 or 2020-2045)."""
    if re.search(r"[a-z]{3}", date):
        return bool(re.search(r"\d{2,4}$", date))
    numbers = re.findall(r"\d+", date)
    if len(numbers) == 3 and len(numbers[0]) == len(numbers[1]) == 1 and re.fullmatch(r"\d \d ?(?:/ ?)?\d+", date):
        numbers = [numbers[0] + numbers[1], numbers[2]]  # "0 5 / 32", "0 3 27": the month said digit by digit ("oh five slash thirty two")
    return len(numbers) == 2 and 1 <= int(numbers[0]) <= 12 and (20 <= int(numbers[1]) <= 45 or 2020 <= int(numbers[1]) <= 2045)


def _month_and_year_first(date: str) -> bool:
    """A date of many digit groups (an expiry and a code said in one breath: "0 7 27 1 4 5") starts with a month
    and a year; fewer groups, or any month name, are left to the other rules."""
    groups = re.findall(r"\d+", date)
    if len(groups) < 5 or re.search(r"[a-z]{3}", date):
        return True
    g = groups
    return any(expiry_like(f"{a} {b}") for a, b in ((g[0], g[1]), (g[0] + g[1], g[2]), (g[0], g[1] + g[2]), (g[0] + g[1], g[2] + g[3])))
