"""PII detectors over a normalised stream (see :mod:`convo.redact.stream`).

Three families, all rules (named and measured in docs/redaction.md):

- **digit runs**: maximal runs of digits with light separators, classified (in
  :mod:`convo.redact.classify`) by length, checksum (Luhn for cards), shape (``ddd-dd-dddd``, ``0…`` 10–11 digits, ``+``) and the words before them
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
    ENTITY_TYPES, CONTEXT_BEFORE_CHARS, ENDING_BEFORE, Match, CONTEXT, NAMED_REFERENCE,
    _CURRENCY, DATE_KEYWORDS, RUN, EMAIL, EMAIL_OBFUSCATED, IBAN,
    NI_TYPED, NI_SPOKEN, NI_PREFIX_FIXED, NI_NO_SUFFIX, NI_LATE_SUFFIX, NI_SUFFIX_SAID, NI_SUFFIX_CHARS, NI_SAME_TURN_SUFFIX, NI_SAID, NI_SAID_FILLERS, NI_SUFFIX_MISHEARD, SAID_LETTERS,
    NI_CONTEXT, EIRCODE, EIRCODE_SPOKEN, EU_ADDRESS, ONE_WORD_STREET, PO_BOX, PHONE_SLASHED, EMAIL_SPACED, CARD_ODD_SEPARATOR, SORT_CODE_SLASHED, SSN_SLASHED, SSN_MASKED, POSTCODE_TYPED, POSTCODE_SAID, SPELLED_BEFORE, POSTCODE_SPOKEN, ADDRESS, ADDRESS_OVER_TURNS,
    ADDRESS_STOPWORDS, COMMON_TWO_LETTER_WORDS, PRIORITY, last_named_reference, names_what_follows, _iban_match, luhn_valid, _has, _named_reference, named_not_card, _named_as_reference,
)
from convo.redact.dates import _dates
from convo.redact.classify import ISO_DATE, WRITTEN_DATE, classify_run, imei_named, iso_birth_date, other_code, plus_before, reference_asked, reference_read_back, ssn_shape, this_turn, valid_ni_prefix
from convo.redact.stitch import _AMOUNT_AFTER, _own_turn, card_without_oh, stitched_cards
from convo.redact.numbers import HOMOPHONES


CARD_TAIL = re.compile(
    r"(?:[ ,|;]|[/-] )*(?:(?:exp\w*|ex|expiry(?: date)?|valid (?:until|till|thru|through|to)|good thru|[a-z]{3,8})?[ :]*"
    r"(\d{1,2} ?[/\-] ?\d{2,4}|(?:0[1-9]|1[0-2])\d{2}(?= (?:(?:cvv2?|cvc2?|cid|csc|sec(?:urity)?(?: code)?|code)[ :]*)?\d{3,4}\b)|"
    r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} (?:20)?[2-4]\d(?!\d)))?"  # "… 6634-682 May 2029 258"
    r"(?:[ ,|;]|[/-] )*(?:(?:cvv2?|cvc2?|cid|csc|sec(?:urity)?(?: code)?|code)?[ :]*(?<![\w/])(\d{3,4}))?(?![\w/])"
)


_CODE_WORD_BEFORE = re.compile(r"(?<![a-z])(?:booking|reservation|pnr|confirmation|voucher|(?<!post )(?<!postal )(?<!zip )code|ref)[:#]? $")


_NOT_NI_SUFFIX = re.compile(r" ?[e-hj-z](?![a-z0-9'’])")


def _day_and_month(value: str) -> bool:
    """"12/04/80" could be a date; "20/73/27" (after "send the bank details") cannot."""
    a, b, _ = (int(x) for x in re.findall(r"\d+", value))
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _card_tail(text: str, end: int) -> list[Match]:
    """An expiry date and a security code written right after a card number."""
    m = CARD_TAIL.match(text, end)
    found = []
    if m and m.group(1):
        found.append(Match("EXPIRY", m.start(1), m.end(1)))
    if m and m.group(2) and m.group(1):
        found.append(Match("CVV", m.start(2), m.end(2)))
    elif code := _CODE_AFTER_CARD.match(text, end):  # "pls charge 4763-1262-3591-0272 code 939"
        found.append(Match("CVV", code.start(1), code.end(1)))
    return found


# "pls charge 4763-1262-3591-0272 code 939"; the code in the next message, typed as words ("code five one three", "sec 8 5 8")
_CODE_AFTER_CARD = re.compile(r"[ ,|;]*(?:\n ?)?(?:cvv2?|cvc2?|cid|csc|sec(?:urity)?(?: code)?|code)[ :]*(\d{3,4}|\d \d \d(?: \d)?)(?![\w/]| ?\d)")


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


def _sort_and_account(text: str, m: re.Match[str], digits: str) -> list[Match]:
    """"sort code and account number: 40 79 05 82274736" read as one run of 14 digits."""
    groups = [len(g) for g in re.findall(r"\d+", m.group())]
    named = _has(text, m.start(), m.end(), "sort") and _has(text, m.start(), m.end(), "account")
    # "pay it into 081884 81738004": a UK sort code and account number have this shape on their own
    # (or the account first, the sort code typed in its pairs: "my new bank 9879-6544 86.05.83")
    account_first = groups in ([8, 2, 2, 2], [4, 4, 2, 2, 2])
    shaped = (groups in ([6, 8], [2, 2, 2, 8]) or account_first) and not _named_reference(text, m.start()) \
        and not _CURRENCY.search(text, max(0, m.start() - 2), m.start())
    if len(digits) != 14 or not (named or shaped):
        return []
    positions = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
    if account_first:
        return [Match("BANK_ACCOUNT", positions[0], positions[7] + 1), Match("SORT_CODE", positions[8], positions[13] + 1)]
    return [Match("SORT_CODE", positions[0], positions[5] + 1), Match("BANK_ACCOUNT", positions[6], positions[13] + 1)]


# An NI suffix heard wrong and put right after ("… 31 e" / "was that e for echo?" / "no a for alpha, it's a at the end")
_SUFFIX_QUERIED = re.compile(r"[ ,.]*(?:\n[^\n]{0,30}(?:was that|did you say|is that) [egptvz][ ?]*)?(?:\n)?[ ,.]*(?:no|nope|sorry)[ ,]+(?:it's |its )?[a-d](?![a-z])")
CORRECTION = re.compile(r"[\s,.\-]*(?:no[\s,]+)?(?:sorry|wait|i mean|actually|no|hang on|scratch that|let me start again|start again)\b[\s,.]*"
                        # "… sorry no the last four are 6 7 3 8"
                        r"(?:(?:no|sorry|wait|actually|it's|its|that's|it is|the last (?:two|three|four|2|3|4)(?: digits| numbers)? (?:are|is))[\s,.]+)*$")


def _count_word(text: str, run: re.Match[str]) -> bool:
    """"the last 4 are …": the 4 is a count, not a digit of a reading."""
    return run.group() in ("2", "3", "4") and re.search(r"(?:last|first|next) $", text[max(0, run.start() - 6) : run.start()]) is not None \
        and re.match(r" (?:digits |numbers )?(?:are|is)(?![a-z])", text[run.end() :]) is not None


def _corrected(text: str, runs: list[re.Match[str]], found: list[Match]) -> list[Match]:
    """"double five eight no sorry five eight five": the abandoned digits take the correction's type."""
    extra = []
    for first, second in zip(runs, runs[1:]):
        # a card's first digits cut from the reading by the checksum ("4 5 3 9 , … , 1 8 7 4 - no , scratch that , 1 8 6 4"
        # where 4539 8301 6613 1 passes it): the whole reading is still the one corrected
        cut = [m for m in found if m.start <= first.start() < m.end]
        if cut and not all(m.type == "CARD_NUMBER" and m.end < first.end() for m in cut) or len(re.sub(r"\D", "", first.group())) < 2:
            continue
        if not CORRECTION.match(text[first.end() : second.start()]):
            continue
        if cut:
            said, fixed = re.sub(r"\D", "", first.group()), re.sub(r"\D", "", second.group())
            if any(luhn_valid(said[: len(said) - k] + fixed) and 13 <= len(said) - k + len(fixed) <= 19 for k in range(1, len(fixed) + 1)):
                extra.append(Match("CARD_NUMBER", first.start(), second.end()))
            continue
        kind = next((m.type for m in found if m.start <= second.start() < m.end), None)
        if kind:
            extra.append(Match(kind, first.start(), second.start()))  # the correction words too
            continue
        # Neither piece is a value alone: the correction replaces the last digits said
        # ("one five two one eight wait no eight one nine five eight two" → 152 819582).
        said, fixed = re.sub(r"\D", "", first.group()), re.sub(r"\D", "", second.group())
        for retracted in range(1, len(said) + 1):
            kind = classify_run(text, first.start(), second.end(), said[: len(said) - retracted] + fixed)
            if kind in ("CARD_NUMBER", "SSN", "PHONE", "SORT_CODE", "BANK_ACCOUNT", "DOB"):
                extra.append(Match(kind, first.start(), second.end()))
                break
    return extra


def _runs(text: str, breaks: Sequence[int] = (), dates: Sequence[Match] = (), shaped: Sequence[Match] = ()) -> list[Match]:
    """Values in runs of digits; ``shaped``: dates, addresses and postcodes found by their own form, whose
    digits are no piece of a card read in turns ("december 10th 19 68 it's 23 station crescent …")."""
    found: list[Match] = []
    runs = [_after_date(text, _after_amount(text, m), dates) for m in RUN.finditer(text)]
    # no piece of any value: a date written year first ("renewal date 2027-07-05" / "off route 94")
    runs = [m for m in runs if m is not None and not (ISO_DATE.fullmatch(m.group()) and not iso_birth_date(text, m.start()))]
    unclassified: set[int] = set()
    for index, m in enumerate(runs):
        digits = re.sub(r"\D", "", m.group())
        if any(f.type in ("EXPIRY", "CVV") and f.start <= m.start() < f.end for f in found):
            continue  # "… 6634-682 may 2029 258 (3 digits on back)": the card's expiry and code, taken with it
        split = _sort_and_account(text, m, digits)
        if split:
            found += split
            continue
        lead = re.match(r"\d[ ,.\-()]+", m.group())
        if lead and 13 <= len(digits) - 1 <= 19 and not luhn_valid(digits) and luhn_valid(digits[1:]) \
                and not (len(digits) == 15 and imei_named(text, m.start())):  # (not an IMEI read out whole)
            # "pay with this one 4509 846 472 674": a word read as a digit before a card
            found.append(Match("CARD_NUMBER", m.start() + lead.end(), m.end()))
            found += _card_tail(text, m.end())
            continue
        kind = classify_run(text, m.start(), m.end(), digits)
        if kind in STITCHED_TYPES and _own_turn(text, m) and _goes_on_with_reference(text, m.start()):
            continue  # "yeah the account reference on the letter is 44 6 8 92 80" / "sorry , go ahead" / "8 7 9 5 3 6 3 5"
        prefix_ok = kind is None and len(digits) > 13 and not named_not_card(text, m.start()) \
            and not reference_read_back(text, m.start(), digits) \
            and not (len(digits) == 15 and imei_named(text, m.start())) \
            and not (len(digits) > 19 and NAMED_REFERENCE.search(text, max(0, m.start() - 60, text.rfind("\n", 0, m.start()) + 1), m.start()))  # no card in an IMEI's first digits, nor in a tracking number's
        card = _card_prefix(digits, m.group()) if prefix_ok or (kind == "CARD_NUMBER" and len(digits) > 16 and not luhn_valid(digits)) else None
        positions = [i for i, c in enumerate(m.group()) if c.isdigit()]
        end = m.start() + positions[card - 1] + 1 if card else m.end()
        tail = _card_tail(text, end) if card else []
        if card and (kind is None or any(t.type == "EXPIRY" for t in tail)):
            # a card number followed by more digits (expiry, code): cut after the card (taken as a card for its
            # card words and length, a Luhn-valid card with an expiry after it: "4255.9343.2874.4366 12/30 083")
            found.append(Match("CARD_NUMBER", m.start(), end))
            found += tail
            continue
        oh = _opening_oh(text, m, digits, breaks) if kind is None and 14 <= len(digits) <= 20 and not luhn_valid(digits) else None
        if oh is not None:  # "… 8 7 2 2" / "oh 3 0 5 3 5 is the rest of it": the "oh" opening the turn is no zero
            found += [Match("CARD_NUMBER", m.start(), oh - 1), Match("CARD_NUMBER", oh + 2, m.end())]
            continue
        if kind == "CARD_NUMBER":
            found += _card_tail(text, m.end())
        if kind == "CARD_NUMBER" and len(digits) < 13:
            unclassified.add(index)  # a first piece read in card context: the rest may follow
        if kind:
            start = m.start()
            if kind == "PHONE" and plus_before(text, start):
                start = text.rfind("+", 0, start) if "+" in text[max(0, start - 3) : start] else text.rfind("plus", 0, start)
            elif text[max(0, start - 2) : start].strip() == "(":
                start = text.rfind("(", 0, start)  # "(415) 555-2671"
            found.append(Match(kind, start, m.end()))
        else:
            unclassified.add(index)
    found += _corrected(text, [m for m in runs if not _count_word(text, m)], found)
    pieces = [(i, m) for i, m in enumerate(runs) if len(re.sub(r"\D", "", m.group())) >= 2]  # "the first eight" is no piece
    taken = {n for n, (i, _) in enumerate(pieces) if i not in unclassified}
    shaped_pieces = {n for n, (_, m) in enumerate(pieces) if any(x.start < m.end() and m.start() < x.end for x in shaped)}
    cvv_starts = {f.start for f in found if f.type == "CVV"}
    weak = {n for n, (_, m) in enumerate(pieces) if m.start() in cvv_starts}
    phone_starts = {f.start for f in found if f.type == "PHONE"}
    phone_like = {n for n, (_, m) in enumerate(pieces) if m.start() in phone_starts}
    ssn_starts = {f.start for f in found if f.type == "SSN"}
    ssn_like = {n for n, (_, m) in enumerate(pieces) if m.start() in ssn_starts}
    card_taken = taken | shaped_pieces
    stitched = stitched_cards(text, [m for _, m in pieces], card_taken, weak | phone_like, breaks, phone_like, ssn_like)
    taken |= card_taken - shaped_pieces  # the pieces a card took; a birth date read over turns may still join its year
    stitched += _stitched_values(text, [m for _, m in pieces], taken)
    stitched_starts = {c.start for c in stitched}
    # a piece taken for a security code, a phone or an SSN that a card took is the card's
    return [f for f in found if not (f.type in ("CVV", "PHONE", "SSN") and f.start in stitched_starts)] + stitched


def _opening_oh(text: str, run: re.Match[str], digits: str, breaks: Sequence[int]) -> int | None:
    """Where a turn inside ``run`` (one run over two turns only) opens with a "0" whose removal leaves a card
    (:func:`~convo.redact.stitch.card_without_oh`; pieces in separate runs are :func:`stitched_cards`')."""
    inside = [b for b in breaks if run.start() < b < run.end()]
    for b in inside if len(inside) == 1 else ():
        if run.start() < b < run.end() - 3 and text.startswith("0 ", b + 1):
            without = re.sub(r"\D", "", text[run.start() : b + 1] + text[b + 2 : run.end()])
            if card_without_oh(without):
                return b + 1
    return None


def _after_date(text: str, run: re.Match[str], dates: Sequence[Match]) -> re.Match[str] | None:
    """A run of digits that begins inside a written date and goes on after a comma or dash is only what follows
    the date ("apr 4 1966 , 572418803"); a date found in a run of bare digits does not cut it."""
    date = next((d for d in dates if d.start <= run.start() < d.end < run.end() and re.search(r"[a-z/]", text[d.start : d.end])
                 and re.match(r" ?[,;\-]", text[d.end :])), None)
    return RUN.search(text, date.end, run.end()) if date else run


_AMOUNT_OPENING = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d[ ,]+(?=\d)")


def _after_amount(text: str, run: re.Match[str]) -> re.Match[str]:
    """A run of digits that opens with an amount typed after its currency sign is only what follows the amount
    ("paying off the balance of £212.40 4363 861 729 760")."""
    amount = _AMOUNT_OPENING.match(run.group()) if re.search(r"[£$€] ?$", text[max(0, run.start() - 2) : run.start()]) else None
    return RUN.search(text, run.start() + amount.end(), run.end()) or run if amount else run


STITCHED_TYPES = ("SSN", "PHONE", "SORT_CODE", "BANK_ACCOUNT", "DOB")


def _in_written_date(text: str, piece: re.Match[str]) -> bool:
    return any(d.start() <= piece.start() < d.end() for d in WRITTEN_DATE.finditer(text, max(0, piece.start() - 6), piece.end() + 11))


_TIME_OR_AMOUNT_BEFORE = re.compile(r"(?<![a-z])(?:at|for|from|until|till|by|between|since|around|about|over|under|than)[ ,]*$")


# A number the caller rang, the company's own: "I rang 0800 451 4113 which is your freephone number", "… (your helpline)"
_COMPANY_LINE_AFTER = re.compile(r" ?[(,]? ?(?:which is |that's |thats )?(?:your|the) (?:freephone|helpline|hotline|switchboard|customer services?|support)(?![a-z])")
_COMPANY_LINE_BEFORE = re.compile(r"(?:(?<![a-z])(?:i|we) (?:rang|called|dialled|dialed|phoned)|(?:your|the) (?:freephone|helpline|hotline|switchboard)"
                                  r"(?: number| line)?(?: is| on)?)[ :]*$")
_LAST_FOUR_ASKED = re.compile(r"last (?:4|four)(?: digits)? of (?:your|the) (?:social|ssn)[^\n]*\n[^\n]*$")  # "… the last 4 of your SSN." / "xxx-xx-8915"
_EXTENSION_BEFORE = re.compile(r"(?<![a-z])(?:extension|ext\.?|x)[ #:]*$")
_UNIT_IN_ADDRESS = re.compile(r"^\d[\d ]* (?:kwh|kw|units|pounds|dollars|euros|quid|gb|mb|miles|km|mph|kg|percent)(?![a-z])")


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
            if any(ENDING_BEFORE.search(text, max(0, p.start() - 16), p.start()) for p in pieces):
                break  # "yes the one ending 61 2 0": a card's last four, no piece of an account number
            if any(_AMOUNT_AFTER.match(text, p.end()) for p in pieces):
                break  # "the account's been open since 2008" / "so 24 years now": a duration, no piece of a value
            if _asked_as_reference(text, pieces[0]) or _goes_on_with_reference(text, pieces[0].start()):
                break  # "can you read me the numbers on the meter" / "0 9 4 4 4" / "and the night rate" / …: a meter reading
            digits = "".join(re.sub(r"\D", "", p.group()) for p in pieces)
            kind = classify_run(text, pieces[0].start(), pieces[-1].end(), digits)
            if kind != "DOB" and any(_TIME_OR_AMOUNT_BEFORE.search(text, max(0, p.start() - 12), p.start()) for p in pieces):
                break  # "meant to come at 9 45" / "when i pay for 500": a time and an amount, no phone number in pieces
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


def _asked_as_reference(text: str, piece: re.Match[str]) -> bool:
    """The question right before the piece's turn names a reference (a meter, an order …) and no value after it."""
    line = text.rfind("\n", 0, piece.start())
    if line < 0:
        return False
    window, last = last_named_reference(text, piece.start(), piece.start() - text.rfind("\n", 0, line) - 1)
    return last is not None and names_what_follows(window, last) \
        and not any(name.search(window, last.end()) for name in (CONTEXT["phone"], CONTEXT["ssn"], CONTEXT["card"], CONTEXT["account"]))


def _goes_on_with_reference(text: str, start: int) -> bool:
    """The line at ``start`` is digits that go on with a reading begun right after a reference's name, a short turn
    between each piece ("yeah the gprn is 6 4 5 5" / "ok next 4" / "0 6 8 0 9 0 4 0 6 1"; the stream joins the pieces)."""
    line = text.rfind("\n", 0, start) + 1
    for _ in range(4):
        between = text.rfind("\n", 0, line - 1) + 1
        if not line or not between or len(re.findall(r"[a-z]+", text[between:line])) > 5 \
                or any(name.search(text[between:line]) for name in (*OTHER_VALUE_NAMES.values(), CONTEXT["phone"], CONTEXT["account"])):
            return False  # (not "… reading it off the statement - 2 47 7" / "and the sort code please" / "1-092-88")
        before = text.rfind("\n", 0, between - 1) + 1
        reading = re.search(r"\d[\d ]*$", text[before : between - 1])
        if reading is None:
            return False
        window, last = last_named_reference(text, before + reading.start(), reading.start())
        if last is not None and names_what_follows(window, last):
            return not any(name.search(window, last.end()) for name in (CONTEXT["phone"], CONTEXT["ssn"], CONTEXT["card"], CONTEXT["account"]))
        if reading.start():
            return False
        line = before
    return False


NI_LETTER_FIX = re.compile(r"(?<![a-z])(?:letter|one at the end|suffix)(?:'s| is| was| should be| at the end is)?(?: actually)? "
                           r"(" + NI_SUFFIX_SAID + r"(?: not " + NI_SUFFIX_SAID + r")?)"
                           r"(?![a-z0-9'’])")
# A value asked for between two pieces ends the first value's reading.
OTHER_VALUE_NAMES = {"POSTCODE": CONTEXT["zip"], "DOB": DATE_KEYWORDS["DOB"], "EXPIRY": DATE_KEYWORDS["EXPIRY"],
                     "CARD_NUMBER": CONTEXT["card"], "CVV": CONTEXT["cvv"], "SORT_CODE": CONTEXT["sort"],
                     "EMAIL": re.compile(r"(?<![a-z])e-?mail"), "ADDRESS": re.compile(r"(?<![a-z])(?:address|street)(?![a-z])"),
                     "NI_NUMBER": NI_CONTEXT, "SSN": CONTEXT["ssn"]}


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
                  if len(re.sub(r"\D", "", m.group())) == 6 and not other_code(text, m.start())
                  and not (reference_asked(text, m.start(), whole=False) and not NI_CONTEXT.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()))
                  and (valid_ni_prefix(m.group()) or NI_CONTEXT.search(text, max(0, m.start() - CONTEXT_BEFORE_CHARS), m.start()))]
    found += [Match("NI_NUMBER", m.start(), m.end()) for m in NI_SUFFIX_MISHEARD.finditer(text)  # "… 31 e" / "was that e for echo?"
              if len(re.sub(r"\D", "", m.group())) == 6 and valid_ni_prefix(m.group()) and not other_code(text, m.start())
              and (NI_CONTEXT.search(text, max(0, m.start() - CONTEXT_BEFORE_CHARS), m.start())
                   or _SUFFIX_QUERIED.match(text, m.end()))]
    found += [Match("NI_NUMBER", m.start(), m.end()) for m in NI_PREFIX_FIXED.finditer(text)
              if len(re.sub(r"\D", "", m.group(3))) == 6 and valid_ni_prefix(m.group(1) + m.group(2))]
    for m in NI_NO_SUFFIX.finditer(text):  # the suffix letter often comes in a later turn
        window = text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()]
        if len(re.sub(r"\D", "", m.group())) != 6 or m.group()[:2] in COMMON_TWO_LETTER_WORDS and not m.group()[2:3].isalpha():
            continue  # "… reference is 51 4 7 87": a word, not two letters
        if _NOT_NI_SUFFIX.match(text, m.end()) or _named_as_reference(text, m.start()) or reference_asked(text, m.start(), whole=False):
            continue  # "no sorry that's my reference, qv 94 50 18 t": a code ending in a letter no NI number ends in
        suffix = NI_LATE_SUFFIX.search(text, m.end(), m.end() + NI_SUFFIX_CHARS)
        # Without the words, the whole shape must be there: valid prefix letters, six digits, and
        # the suffix letter answered on its own in a later turn ("… the letter at the end?" / "d").
        if NI_CONTEXT.search(window) or (suffix and valid_ni_prefix(m.group())):
            same_turn = NI_SAME_TURN_SUFFIX.match(text, m.end())  # "ha 7 9 2 1 1 3 c"
            found.append(Match("NI_NUMBER", m.start(), same_turn.end() if same_turn else m.end()))
            if suffix:  # "... and the letter at the end?" / "b"
                found.append(Match("NI_NUMBER", suffix.start(1), suffix.end()))  # "c c" said twice too
    for m in NI_SAID.finditer(text):  # only where an NI number was asked for
        said = [w for w in m.group(1).replace(",", " ").split() if w not in NI_SAID_FILLERS]
        if sum(len(w) if w.isdigit() else 1 for w in said) != 6:
            continue
        head = [SAID_LETTERS.get(w, "o" if w == "oh" else w) for w in m.group(0)[: m.start(1) - m.start()].replace("double you", "w").split()]
        if len(head) == 1 and not m.group(2):
            continue  # two letters written together only with the whole shape: not "… something else , jk 12 34 56 t"
        head = list(head[0]) if len(head) == 1 else head  # "ec 441 …": the two letters written together
        # the whole shape with no words around: two valid prefix letters, six digits, a suffix A-D
        whole = bool(m.group(2)) and all(len(x) == 1 for x in head) and len(head) == 2 and valid_ni_prefix("".join(head)) \
            and not reference_asked(text, m.start(), whole=False)
        if (whole or NI_CONTEXT.search(text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()])) and not other_code(text, m.start()):
            found.append(Match("NI_NUMBER", m.start(), m.end()))
            suffix = None if m.group(2) else NI_LATE_SUFFIX.search(text, m.end(), m.end() + NI_SUFFIX_CHARS)
            if suffix:
                found.append(Match("NI_NUMBER", suffix.start(1), suffix.end()))
    found += [Match("POSTCODE", m.start(), m.end()) for m in POSTCODE_TYPED.finditer(text) if not _named_as_reference(text, m.start())
              and not _CODE_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start())]  # not "seat 29B, booking Y9P5MT"
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
              if ssn_shape(re.sub(r"\D", "", m.group()))  # not "case no 4471902, social is 516/16/2142": the case has its number
              and not names_what_follows(*last_named_reference(this_turn(text, m.start()), m.start()))]
    found += [Match("SORT_CODE", m.start(), m.end()) for m in SORT_CODE_SLASHED.finditer(text)
              if CONTEXT["sort"].search(text, max(0, m.start() - (24 if _day_and_month(m.group()) else CONTEXT_BEFORE_CHARS)), m.start())]
    found += [Match("POSTCODE", m.start(), m.end()) for pattern in (EIRCODE, EIRCODE_SPOKEN) for m in pattern.finditer(text)
              if CONTEXT["zip"].search(text[max(0, m.start() - CONTEXT_BEFORE_CHARS) : m.start()])]
    found += [Match("ADDRESS", m.start(), m.end()) for pattern in (PO_BOX, ONE_WORD_STREET) for m in pattern.finditer(text)]
    found += [Match("ADDRESS", m.start(), m.end()) for m in EU_ADDRESS.finditer(text) if not _named_reference(text, m.start())]
    for m in ADDRESS.finditer(text):
        if _CURRENCY.search(text, max(0, m.start() - 2), m.start()) or _UNIT_IN_ADDRESS.search(m.group()) \
                or _EXTENSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "can i pay £41 another way", "reading 49330 kwh - thats way more", "extension 405, lines close at 9:30"
        if not set(m.group(1).split()) & ADDRESS_STOPWORDS or m.group(1) == "the ":  # "number twelve the crescent"
            found.append(Match("ADDRESS", m.start(), m.end()))
    for m in ADDRESS_OVER_TURNS.finditer(text):
        if not set(m.group(2).split()) & ADDRESS_STOPWORDS:
            found += [Match("ADDRESS", m.start(1), m.end(1)), Match("ADDRESS", m.start(2), m.end(2))]
    return found


# "… drive, springfield 62704", "… street new york 1 0 0 2 2" (a ZIP read digit by digit)
# ("columbus oh 6 8 0 4 6": Ohio's "oh" read as a zero before the ZIP)
ZIP_AFTER_ADDRESS = re.compile(r"(?:[ ,.]+[a-z]+){0,3}(?: 0(?= \d \d \d \d \d(?![\w]| ?\d)))?[ ,.]*((?<![\w])\d(?: ?\d){4}(?: ?- ?\d(?: ?\d){3})?)(?![\w]| \d)")
# " glasgow", ", new york ny", a town on the next line of a typed address, "Dublin 2" (its postal district), "that's in leeds"
TOWN_AFTER_ADDRESS = [re.compile(r"(?:[ ,.\n]+(?:dublin \d{1,2}(?!\d)|[a-z]+(?:'[a-z]+)?)){%d}[ ,.\n]+" % n) for n in range(4)]


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


_FIX = (r"(?:no[ ,]+)?(?:sorry|wait|i mean|actually|no|hang on|scratch that|let me start again)(?![a-z])[ ,.]*"
        r"(?:(?:no|sorry|wait|actually|it's|its|that's|it is|i mean|hang on|hold on|let me start again|start again|let me try again)(?![a-z])[ ,.]*)*")
# Said before a correction: a few digits, ordinals or spelled letters ("forty four", "fifth", "k o").
_SAID = r"(?:(?:\d+(?:st|nd|rd|th)?|[a-z]|to|too|for|won|ate)[ ,]+){0,18}\d+(?:st|nd|rd|th)?"  # "five to seven five no sorry …"
CORRECTED_BEFORE = re.compile(r"(?<![\w])(" + _SAID + r")[ ,.]+" + _FIX + r"(?:the )?$")
# (the abandoned part may be a whole card read out before "scratch that")
# Said after a correction: the fixed tail of the value ("… seven one five no sorry five one seven",
# "jo brennan at yahoo dot com no sorry dot co dot uk").
_ASIDE_AFTER = r"(?=[.?!]?(?:\n|$)| (?:i|i'm|im|sorry|my|always|it's|its|that's|thats)(?![a-z]))"  # "… no wait 8 0 i always mix those up"
CORRECTED_AFTER = re.compile(r"[ ,.]+" + _FIX + r"((?:(?:\d+(?:st|nd|rd|th)?|[a-z]|dot|at|underscore|dash|co|uk|com|net|org)"
                             r"(?:[ ,]+|" + _ASIDE_AFTER + r")){1,8})" + _ASIDE_AFTER)


_RESTART = re.compile(r"(?<![a-z])(?:start again|try again|hang on|hold on)(?![a-z])")


def _with_corrections(text: str, matches: list[Match]) -> list[Match]:
    """A value with a self-correction: the abandoned part before, or the fixed part after, joins it."""
    out = []
    for m in matches:
        start, end = m.start, m.end
        before = CORRECTED_BEFORE.search(text, max(0, start - 80), start)
        if before and before.end() == start and _RESTART.search(before.group(), before.end(1) - before.start()):
            out.append(Match(m.type, before.start(1), before.end(1)))  # a reading begun again: both go, the words between stay
        elif before and before.end() == start:
            start = before.start(1)
        after = CORRECTED_AFTER.match(text, end)
        if after and any(c.isdigit() for c in after.group(1)) == any(c.isdigit() for c in text[m.start:m.end]) \
                and not any(o.type == m.type and o.start <= after.start(1) < o.end for o in matches if o is not m):
            # (not a whole value said again after "no no sorry, it's": both go, the words between stay)
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
    # an SSN shown masked ("***-**-8803") is none, as a card's last four are none; its last four typed when asked for are
    masked = list(SSN_MASKED.finditer(text))
    found += [Match("SSN", m.end() - 4, m.end()) for m in masked if _LAST_FOUR_ASKED.search(text, max(0, m.start() - 120), m.start())]
    candidates = [m for m in found + _zip_after_address(text, found) if m.type in enabled
                  and not any(k.start() < m.end and m.start < k.end() and not (m.type == "SSN" and m.start == k.end() - 4) for k in masked)
                  and not (m.type == "PHONE" and (_COMPANY_LINE_AFTER.match(text, m.end) or _COMPANY_LINE_BEFORE.search(text, max(0, m.start - 40), m.start)))]
    ni = [m for m in candidates if m.type == "NI_NUMBER"]  # "n e 3 4 2 3 1 9 b": digits inside an NI number are no card
    candidates = [m for m in candidates if m.type != "CARD_NUMBER" or not any(n.start < m.start and m.end < n.end for n in ni)]
    addresses = [m for m in candidates if m.type == "ADDRESS"]  # "unit 22 0 2 0 maple boulevard": a house number, no ZIP
    candidates = [m for m in candidates if m.type != "POSTCODE" or not any(a.start <= m.start and m.end < a.end for a in addresses)]
    # "… security code? / … / confirm the delivery address? / 417 Birch Avenue" / "flat 9 212 willow street": the house number, no code
    candidates = [m for m in candidates if m.type != "CVV" or not any(a.start <= m.start and m.end < a.end for a in addresses)]
    candidates.sort(key=lambda m: (PRIORITY[m.type], -(m.end - m.start), m.start))
    accepted: list[Match] = []
    for m in candidates:
        if all(m.end <= a.start or m.start >= a.end for a in accepted):
            accepted.append(m)
    return sorted(_with_corrections(text, [_homophone_lead(text, m) for m in accepted]), key=lambda m: m.start)


_HOMOPHONE_BEFORE = re.compile(r"(?<![a-z])(" + "|".join(HOMOPHONES) + r") $")


_DATE_LEAD_IN = re.compile(r"(?:(?<![a-z])(?:on|is|was|it's|its|says|born|birth|dob|expires|expiry|exp)|^|\n) $")


def _homophone_lead(text: str, m: Match) -> Match:
    """"it's for 6 5 3 …": a homophone right before a card number is its first digit when the checksum says so;
    and right before a date read digit by digit, after "born on", "expires" …: "born on to 7 1 0 79" (27/10/79)."""
    h = _HOMOPHONE_BEFORE.search(text, max(0, m.start - 6), m.start) if m.type in ("CARD_NUMBER", "DOB", "EXPIRY") else None
    digits = re.sub(r"\D", "", text[m.start : m.end])
    if h and m.type == "CARD_NUMBER" and len(digits) < 19 and luhn_valid(HOMOPHONES[h.group(1)] + digits) and not luhn_valid(digits):
        return Match(m.type, h.start(1), m.end)
    if h and m.type != "CARD_NUMBER" and re.match(r"\d \d", text[m.start : m.end]) and _DATE_LEAD_IN.search(text, max(0, h.start(1) - 12), h.start(1)):
        return Match(m.type, h.start(1), m.end)
    return m
