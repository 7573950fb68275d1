"""A card read out in pieces over several turns, stitched back together (see :func:`stitched_cards`)."""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from convo.redact.reading import LEAD_INS
from convo.redact.patterns import CONTEXT, NAMED_REFERENCE, Match, _REFERENCE_SYMBOL, _has, _named_reference, last_named_reference, luhn_valid, names_what_follows

STITCH_GAP_CHARS = 120
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")  # "it's" is one word
_HOLD_ON = re.compile(r"(?<![a-z])(?:hang|hold) on(?![a-z])")  # "… 5 8 8 5 hang on my glasses 6 4 3 4 …"
_NAMED_IN_GAP = ("reference", "phone", "ssn", "account", "zip", "cvv")
# A turn between two pieces that asks for another value by its name: "… 6 8 9 5 0 2 dee\nand a contact number\n9 2 1 …"
_OTHER_VALUE_ASKED = re.compile(r"\n(?:(?:and|ok|okay|right|thanks|great|lovely|perfect|now)[ ,]+)*(?:(?:what's|what is|can i (?:have|take|get)|could i (?:have|take|get)) )?"
                                r"(?:a|your|the) (?:(?:contact|phone|mobile|telephone|best|home|work|account|routing)(?: phone)? number|mobile|postcode|post code|"
                                r"zip(?: code)?|date of birth|sort code|e-?mail(?: address)?|(?:home |postal )?address|national insurance number|social(?: security number)?)"
                                r"(?: please)? ?\??\n")
_LABELLED = re.compile(r"(?<![a-z])(?:on|for|in|at|of|per|each|times|x)(?![a-z])")
# After these a number is an amount, a time, a year or a size, not a piece of a card being read out.
_NOT_A_PIECE_BEFORE = re.compile(r"(?<![a-z])(?:in|since|until|till|by|from|at|on|to|of|about|around|over|under|than|"
                                 r"up to|x|is like|was|were|went up to|down to|only|just|nearly|almost|between|and|"
                                 r"ending|ended|ends|(?:ending|ends|ended) (?:in|with|on)|"
                                 r"january|february|march|april|may|june|july|august|september|october|november|december|"
                                 r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[ ,]*$")
_PLACE_BEFORE = re.compile(r"(?<![a-z])(?:(?:room|seat|gate|platform|bay|pump|table|bus|route)|flight(?: [a-z]+){0,2}"
                           r"|(?:train|coach|ferry) the)[ #:.]*$")  # "flight aer lingus 30 95", "my train the 18 05 to cardiff"
TIME_RANGE = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d ?- ?(?:[01]\d|2[0-4])[0-5]\d")  # 24-hour "0800-2000"
_REGISTER_BEFORE = re.compile(r"(?<![a-z])(?:electric(?:ity)?|gas|water|day|night|peak|off peak|economy 7)(?: (?:is|was|reads|reading|read))?[ :,]*$")
_AMOUNT_AFTER = re.compile(r" ?(?:pounds?|dollars?|euros?|eur|usd|gbp|quid|pence|p|cents?|bucks|percent|%|miles|kilometres|kilometers|km|"
                           r"kilos|kg|lbs|litres|liters|gallons|mph|kph|megs?|gigs?|mb|gb|mbps|megabits|units|kwh|"
                           r"(?:a|per|each) (?:month|year|week|day|night)|years|months|weeks|days|hours|hrs|minutes|mins)(?![a-z])")  # "so 24 years now"


def _utterance_bounds(text: str, start: int, end: int, breaks: Sequence[int]) -> tuple[int, int]:
    """The edges of the utterance around ``[start, end)``: a change of speaker or of message, at most 80 characters away."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 80)
    hi = text.find("\n", end, end + 80)
    hi = hi if hi >= 0 else min(len(text), end + 80)
    at = bisect.bisect_right(breaks, start)
    if at and breaks[at - 1] >= lo:
        lo = breaks[at - 1] + 1
    if at < len(breaks) and breaks[at] < hi:
        hi = breaks[at]
    return lo, hi


def _piece_like(text: str, piece: re.Match[str], breaks: Sequence[int] = ()) -> bool:
    """A piece of a value read out in turns: at the start or end of its utterance, no amount or reference."""
    lo, hi = _utterance_bounds(text, piece.start(), piece.end(), breaks)
    words_before = len(_WORD.findall(text[lo : piece.start()]))
    words_after = len(_WORD.findall(text[piece.end() : hi]))
    # starts or ends what its turn says, or follows only an apology for a pause ("sorry the dog's barking um 2 3 1 …")
    edge = words_before <= 3 or words_after <= 3 or (words_before <= 6 and _APOLOGY.match(text, lo) is not None)
    return edge and not _other_number(text, piece)


_GOING_ON = re.compile(r"(?:^|(?<=[\n ]))(?:and |then |and then )+$")
_GO_ON = re.compile(r"(?<![a-z])(?:go|carry) on(?![a-z])")
_APOLOGY = re.compile(r"\n?(?:(?:sorry|hang on|hold on|one sec(?:ond)?|excuse me)(?![a-z])(?! (?:you|can|could|what|i didn't|i missed))"
                      r"|(?:(?:right|okay|ok|so|now) )?where (?:was i|were we)(?![a-z]))")  # "right where was i yeah 3 8 4 5 …"  # not the agent's "sorry you cut out there after …"


def _other_number(text: str, piece: re.Match[str], after_hold_on: bool = False, going_on: bool = False) -> bool:
    """An amount, a date, a time, a place, a meter reading or a named reference, not a piece of a value
    (``after_hold_on``: "hang on 4 4 8 …" right before is a pause, not "on" a date; ``going_on``: a reading's
    "and 2 3 5 1" / "then 6 55 4" carries on, it joins no amount)."""
    window = _GO_ON.sub(" ", text[max(0, piece.start() - 16) : piece.start()])  # the agent's "go on" is no date's "on"
    if going_on:
        window = _GOING_ON.sub("", window)
    if re.search(r"\d[./:]\d|\d,\d\d(?!\d)|(?<![\d,])\d{1,3},\d{3}(?![\d,])", text[max(0, piece.start() - 2) : piece.end() + 2]) \
            or re.search(r"(?<![a-z])[a-z]-$", text[max(0, piece.start() - 3) : piece.start()]) \
            or _NOT_A_PIECE_BEFORE.search(_HOLD_ON.sub(" ", window) if after_hold_on else window):
        return True  # 12.99, 4011,51 €, 6,092 calls, 24/09/2024, 1:15, "in 2022", "up to 12 99", "the card ending 9 0 7 7", "on i-95"
    if TIME_RANGE.fullmatch(piece.group()):
        return True  # "0800-2000", "0900-1700": opening hours
    if "*" in text[max(0, piece.start() - 3) : piece.end() + 3]:
        return True  # "card 5492 00** **** 9792": a masked card, shown as PCI DSS allows
    if _AMOUNT_AFTER.match(text, piece.end()) or text.startswith(" point ", piece.end()):
        return True  # "1514 pounds and 86 p", "25 point 4 percent": an amount
    if _PLACE_BEFORE.search(text, max(0, piece.start() - 24), piece.start()):
        return True  # "room 157", "flight 2231"
    if _REGISTER_BEFORE.search(text, max(0, piece.start() - 24), piece.start()):
        return True  # "so electric 25658 gas 52520": meter readings
    named = names_what_follows(*last_named_reference(text, piece.start(), 60))  # "your membership number" / "it's on the bill 81 54 …"
    return bool(_REFERENCE_SYMBOL.search(text[max(0, piece.start() - 3) : piece.start()])) or _named_reference(text, piece.start()) or named


def _own_turn(text: str, piece: re.Match[str]) -> bool:
    """The piece is (nearly) all its line says: "forty one" / "yep" / "eleven" …"""
    lo = max(text.rfind("\n", 0, piece.start()) + 1, piece.start() - 80)
    hi = text.find("\n", piece.end(), piece.end() + 80)
    line = text[lo : hi if hi >= 0 else piece.end() + 80]
    return len(re.findall(r"[a-z]+", line)) <= 4


_ALTERNATIVES = re.compile(r"(?<![a-z])(?:or|vs|versus)(?![a-z])")


def _without_repeats(pieces: list[str]) -> str:
    """The digits of pieces read in turn, less the start of a piece that repeats the end of what was
    read before it ("4 5 3 2 0 1 5 1" / "was that 0 1 5 1?" / "yes 0 1 5 1 then 1 2 8 …": a
    confirmation, not new digits)."""
    read = ""
    for piece in pieces:  # a repeat of the part, not the whole, of what was read (a reading said twice is no confirmation)
        overlap = next((k for k in range(min(len(piece), len(read) - 1), 3, -1) if read.endswith(piece[:k])), 0)
        read += piece[overlap:]
    return read


def card_without_oh(digits: str) -> bool:
    """Digits with a turn's opening "0" left out make a card: a caller's "oh" before the rest of a card is as
    likely the interjection as a zero ("… 8 7 2 2" / "oh 3 0 5 3 5 is the rest of it"), and the card's first digit
    and check digit decide."""
    return 13 <= len(digits) <= 19 and digits[0] in "3456" and luhn_valid(digits)


def stitched_cards(text: str, runs: list[re.Match[str]], taken: set[int], weak: set[int] | frozenset[int] = frozenset(),
                    breaks: Sequence[int] = (), phone_like: set[int] | frozenset[int] = frozenset(),
                    shape_only: set[int] | frozenset[int] = frozenset()) -> list[Match]:
    """A card read out in pieces over several turns, with anything but digits said in between.

    Consecutive unclassified runs (2–5 pieces of 2+ digits) whose digits together make a
    Luhn-valid 13–19 digit number are one card; up to 9 pieces (a card read in pairs) when a
    card was asked for and each piece is a turn of its own, mostly digits. A piece taken for a security code only by the
    words around it (``weak``) may be the last group when a card was asked for, and one taken for a
    phone by its shape (``phone_like``) when the whole is a card's full length (16 or 19); see :func:`_halves` for
    ``shape_only`` (pieces taken for a phone or an SSN by their shape alone). Pieces listed
    as alternatives in one line ("111776 or 204334") are never joined.
    """
    found: list[Match] = _halves(text, runs, taken, phone_like | shape_only, breaks)
    for i in range(len(runs)):
        for k in range(2, 10):
            pieces = runs[i : i + k]
            if len(pieces) < k or not _piece_like(text, pieces[-1], breaks) or (k == 2 and not _piece_like(text, pieces[0], breaks)):
                break
            gap = _HOLD_ON.sub(" ", text[pieces[-2].end() : pieces[-1].start()])
            if len(gap) > STITCH_GAP_CHARS or ("\n" not in gap and (len(re.findall(r"[a-z]+", gap)) > 5 or _LABELLED.search(gap))):
                break  # far apart, or two numbers of one sentence each labelled ("71204 on the electric and 22981 …")
            if NAMED_REFERENCE.search(gap) or _OTHER_VALUE_ASKED.search(gap):
                break  # "… 5 0 6 9 5 1 7 and that's your reference" / "the member id?" / "x e h 9 8 3 …": two values
            if k > 5 and not _has(text, pieces[0].start(), pieces[0].end(), "card"):
                break
            if len(pieces) < k or any(j in taken and j not in weak for j in range(i, i + k)):
                break
            gaps = [text[a.end() : b.start()] for a, b in zip(pieces, pieces[1:])]
            if any("\n" not in g and _ALTERNATIVES.search(g) for g in gaps):
                break
            said = [re.sub(r"\D", "", p.group()) for p in pieces]
            plain, digits = "".join(said), _without_repeats(said)
            if any(len(piece) < 2 for piece in said) or len(digits) > 19:
                break
            if 13 <= len(plain) <= 19 and luhn_valid(plain):
                digits = plain  # "4532 0151" / "0151 1283 …" may be the card's own digits
            uses_weak = any(j in weak for j in range(i, i + k))
            four_fours = len(said[-1]) == 4 and len(plain) == 16  # a card's last group of four, whatever the words after
            # a last piece shaped like a phone ("… 0 7 0 4 9 7 3 4 0 3 9") completes a card of a card's full length (an Amex's 15)
            full_length = i + k - 1 in phone_like and (len(digits) in (16, 19) or len(digits) == 15 and digits[:2] in ("34", "37"))
            if uses_weak and (any(j in weak for j in range(i, i + k - 1))
                              or not (four_fours or full_length or _has(text, pieces[0].start(), pieces[0].end(), "card"))):
                break
            starts = [p.start() for p in pieces]
            opening_oh = [n for n, p in enumerate(pieces) if p.group().startswith("0 ") and text[max(0, p.start() - 1) : p.start()] in ("", "\n")]
            if not (len(digits) >= 13 and luhn_valid(digits)) and opening_oh:
                # "oh three oh five …" opening a turn: the "oh" may be the interjection, not a zero
                without_oh = _without_repeats([s[1:] if n in opening_oh else s for n, s in enumerate(said)])
                if card_without_oh(without_oh):
                    digits, starts = without_oh, [s + 2 if n in opening_oh else s for n, s in enumerate(starts)]
            if len(digits) >= 13 and luhn_valid(digits):
                found += [Match("CARD_NUMBER", s, p.end()) for s, p in zip(starts, pieces)]
                taken.update(range(i, i + k))
                break
    return found


def card_length(digits: str) -> int | None:
    """The length a card starting with ``digits`` has: 15 for American Express (34, 37), 16 for Visa (4),
    Mastercard (51–55, 2221–2720) and Discover (6011, 644–649, 65); ``None`` for any other start."""
    if digits[:2] in ("34", "37"):
        return 15
    if digits[:1] == "4" or "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720" or digits[:4] == "6011" \
            or "644" <= digits[:3] <= "649" or digits[:2] == "65":
        return 16
    return None


def _halves(text: str, runs: list[re.Match[str]], taken: set[int], shape_only: set[int] | frozenset[int] = frozenset(),
            breaks: Sequence[int] = ()) -> list[Match]:
    """A card read in two parts in one breath, an aside between them, Luhn-valid together with nothing named
    or counted between: two halves of eight digits ("… hang on 4 4 8 4 4 6 3 8 sorry he wants out 4 8 9 5 3 8 0 5"),
    or a turn that is only the card, broken by an aside ("its 34 68 0 8 75 the kids are shouting one second ok
    2 0 8 5 3 8 0"), whose parts may look like a phone or an SSN (``shape_only``) but make a card of its brand's length."""
    found: list[Match] = []
    for i in range(len(runs) - 1):
        a, b = runs[i], runs[i + 1]
        gap = _HOLD_ON.sub(" ", text[a.end() : b.start()])
        if "\n" in gap or NAMED_REFERENCE.search(gap) or _ALTERNATIVES.search(gap):  # "0 800 1200 or 1300 1700": two time slots
            continue
        first, second = (re.sub(r"\D", "", r.group()) for r in (a, b))
        a_end, dropped_oh = a.end(), False
        if a.group().endswith(" 0") and not luhn_valid(first + second) and luhn_valid(first[:-1] + second) \
                and card_length(first[:-1]) == len(first) - 1 + len(second) and _APOLOGY.match(text, a.end() + 1):
            first, a_end, dropped_oh = first[:-1], a.end() - 2, True  # "… seven one two oh sorry hold on …": the interjection, no zero
        words = len(_WORD.findall(gap))
        halves = len(first) == len(second) == 8 and i not in taken and i + 1 not in taken and words <= 5 and not _LABELLED.search(gap)
        whole_turn = card_length(first) == len(first + second) and min(len(first), len(second)) >= 4 and words <= 12 \
            and all(j not in taken or j in shape_only or j == i and dropped_oh for j in (i, i + 1)) and _whole_turn(text, a, b, breaks) \
            and not any(CONTEXT[name].search(gap) for name in _NAMED_IN_GAP)  # "sure its 523-22-8724. my claim # is 4471902"
        if (halves or whole_turn) and luhn_valid(first + second) \
                and not _other_number(text, a, after_hold_on=True) and not _other_number(text, b, after_hold_on=True):
            found += [Match("CARD_NUMBER", a.start(), a_end), Match("CARD_NUMBER", b.start(), b.end())]
            taken.update((i, i + 1))
    return found


def _whole_turn(text: str, a: re.Match[str], b: re.Match[str], breaks: Sequence[int]) -> bool:
    """``a`` opens its turn (after at most two lead-in words: "yeah its") and ``b`` ends it."""
    lo, hi = _utterance_bounds(text, a.start(), b.end(), breaks)
    before = _WORD.findall(text[lo : a.start()])
    return len(before) <= 2 and all(w in LEAD_INS or w in ("it", "is") for w in before) and not re.search(r"[a-z0-9]", text[b.end() : hi])
