"""The card safety net: a card read out in pieces with anything said between them, found by its digits alone.

The detectors join the pieces of a reading by what is said around them: a back-channel, an apology, a
pause. Callers say more than any list of asides holds ("sorry the dog's going mad hang on", "right where was
i", "and there's a few more on the end"), so a last pass looks at the digits the detectors left and asks the
card's own question: do consecutive pieces, read by one speaker, make a number of a card brand's length
that passes the Luhn check? Two to five pieces, each a reading (no amount, date, time or named reference),
at most :data:`GAP_WORDS` words apart in one turn, or split by one short turn of the other side that says
no number. A random digit string passes the Luhn check one time in ten and the brand's length (a 4 and
16 digits, a 34 and 15 …) rules out most others, so the net is measured on every labelled negative
(``tests/redact/test_quality.py``) as well as on the readings it is for.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from convo.redact.classify import ssn_shape, valid_ni_prefix
from convo.redact.patterns import CARD_DETAILS_NEXT, CONTEXT, NAMED_REFERENCE, NI_SUFFIX_SAID, Match, luhn_valid, named_right_after
from convo.redact.stitch import _ALTERNATIVES, _HOLD_ON, _WORD, _other_number, card_length

GAP_WORDS = 12  # words said between two pieces of one reading in one turn
OTHER_TURN_WORDS = 8  # a turn of the other side between two pieces: "and there's a few more on the end"
MAX_PIECES = 5
# Types a piece may have been given by its shape alone, which a card overrules ("57" / "71 95" across turns taken
# for a sort code); one taken for a phone ("… 0 8 5 1 7 2 77 2 7 5"), an SSN or an account only by a card of its
# brand's full length
SHAPE_ONLY = frozenset({"PHONE", "SORT_CODE", "SSN", "BANK_ACCOUNT"})
# "… 2 5 2 ... hang on … 2 4 0 , 4 8 5 , 6 9 9" (an SSN's shape) after "6 0 11"; "4 3 6 1 ... , 5 44 8 ( kids , quiet
# please !) 44 4 0 ... 444 4" (an account's length, "the card on the account" asked)
_FULL_LENGTH_ONLY = frozenset({"PHONE", "SSN", "BANK_ACCOUNT"})
_PIECE = re.compile(r"(?<![\w.,/:£$€#*-])\d+(?:[ -]\d+)*(?![\w/:*%£$€]|[.,]\d)")
MAESTRO = ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")  # debit cards of 16 to 19 digits


def _brand_length(digits: str) -> bool:
    """A card brand's length for digits that start like it: 15 for American Express, 16 for Visa,
    Mastercard and Discover, also 13 and 19 for Visa and 19 for the others, 16 to 19 for Maestro."""
    length = card_length(digits)
    return len(digits) == length or (length == 16 and len(digits) == 19) or (digits[0] == "4" and len(digits) == 13) \
        or (digits[:4] in MAESTRO and 16 <= len(digits) <= 19)


def _card(digits: str, full_length: bool) -> bool:
    """Digits that make a card: a brand's length, Luhn-valid; with ``full_length`` (a piece looked like a phone or an
    SSN), the brand's full length: 15 for American Express, 16 or 19 for the others."""
    full = len(digits) in (card_length(digits), 19)
    return 13 <= len(digits) <= 19 and _brand_length(digits) and (full or not full_length) and luhn_valid(digits)


def _short(text: str, match: Match) -> bool:
    """A card match that is no whole card (fewer digits than any card has, failing the Luhn check, or short of its
    brand's length: a Maestro's first 13 digits that happen to pass the check): a piece of one."""
    digits = re.sub(r"\D", "", text[match.start : match.end])
    return len(digits) < 13 or not luhn_valid(digits) or not _brand_length(digits)


# A count, not a piece: "and the next 4", "the last 4", "the 16 digit number", "i have the 1st 5".
# Numbers that are no piece of a value: counts ("the next 4", "9 digits") and a US tax form's name ("it's on my w 2").
_NO_PIECE = re.compile(r"(?<![\w])(?:(?:next|first|1st|last|final|middle|other|remaining) \d{1,2}(?![\w])|\d{1,2}(?= digits?(?![\w]))"
                       r"|(?<=(?<![\w])w )[249](?![\w]))")


# A turn that reads a value's first part back and asks for the rest: "so i had forty five fifty six … and then"
_ASKS_FOR_MORE = re.compile(r"(?<![a-z])(?:and then|and the rest|and after that|and next|carry on|go on"
                            r"|(?:say|read|give me|tell me|repeat) (?:the|those) (?:last|final) (?:4|four|bit|group|part|digits)(?: digits)?(?: again)?(?: please)?)[ ?.,]*$")


# The other side saying where a reading had got to, before the caller goes on: "okay sorry where was i" / "you'd said 4 9 1 8"
_READ_SO_FAR = re.compile(r"(?<![a-z])(?:you'd said|you said|you were (?:at|on)|you got (?:up )?to|you'd got (?:up )?to|so far (?:i've got|i have|we have))[ ,:]*$")


def _gap_ok(gap: str, lead: str = "") -> bool:
    """What is said between two pieces leaves them one reading: few words, nothing named or offered as an
    alternative, and at most one short turn of the other side in between (``lead``: what comes before the first
    piece in its turn)."""
    lines = _NO_PIECE.sub(" ", _HOLD_ON.sub(" ", gap)).split("\n")
    if len(lines) == 2 and (_ASKS_FOR_MORE.search(gap[: gap.find("\n")])  # (before a count is taken out: "say the last 4 again")
                            or not lines[0].strip(" ,.?") and _READ_SO_FAR.search(lead)):
        lines = [lines[0] + " " + lines[1]]  # "so i had 4556 5129 and then" / "8241 2342": the other side asked for the rest
    if len(lines) == 2 or len(lines) > 3:
        return False  # the other side reads the second piece, or a conversation goes on in between
    if len(lines) == 3 and (re.search(r"\d", lines[1]) or len(_WORD.findall(lines[1])) > OTHER_TURN_WORDS):
        return False
    said = lines[0] if len(lines) == 1 else lines[0] + " " + lines[-1]
    return len(_WORD.findall(said)) <= GAP_WORDS and not NAMED_REFERENCE.search(gap) and not _ALTERNATIVES.search(said)


# A payment being taken: a 13-digit Visa may then be read in pieces shaped like a phone number or an SSN
# ("how would you like to pay the 664 pounds today?" / … / "double four five o..." / "fifty one eighty two four …")
_PAYING = re.compile(r"(?<![a-z])(?:pay|paying|payment|card)(?![a-z])")


def net_cards(text: str, matches: Sequence[Match], named_as_other: Callable[[str, Match], bool] = lambda text, match: False) -> list[Match]:
    """Cards read in 2–5 pieces that no detector joined (see the module docstring), as one match per piece; not those
    ``named_as_other`` says are another thing's digits (a reference read back with a digit misheard)."""
    counts = [c.end() for c in _NO_PIECE.finditer(text)]
    pieces = [p for p in _PIECE.finditer(text) if p.end() not in counts]
    if len(pieces) < 2:
        return []  # most calls
    overlaps = [[m for m in matches if m.start < p.end() and p.start() < m.end] for p in pieces]
    # a piece a detector took, or an amount, a date, a time or a reference, is no piece of a card; one taken by its
    # shape alone may be (see SHAPE_ONLY), and so may a card's first part found by the words around it ("… across
    # the front of the card / 4 5 2 4 5 4 8 4")
    taken = [{"PART" if m.type == "CARD_NUMBER" and _short(text, m) else m.type for m in over} for over in overlaps]
    free = [kinds <= SHAPE_ONLY | {"PART"} and not _other_number(text, p, after_hold_on=True, going_on=True) for p, kinds in zip(pieces, taken)]
    found: list[Match] = []
    for i in range(len(pieces) - 1):
        if not free[i]:
            continue
        digits = re.sub(r"\D", "", pieces[i].group())
        for k in range(i + 1, min(len(pieces), i + MAX_PIECES)):
            lead = text[text.rfind("\n", 0, pieces[k - 1].start()) + 1 : pieces[k - 1].start()]
            if not free[k] or not _gap_ok(text[pieces[k - 1].end() : pieces[k].start()], lead):
                break
            said = re.sub(r"\D", "", pieces[k].group())
            digits += said
            if len(digits) > 20:
                break
            full_length = any(taken[j] & _FULL_LENGTH_ONLY for j in range(i, k + 1)) and not (
                len(digits) == 13 and (_PAYING.search(text, max(0, pieces[i].start() - SSN_CONTEXT_CHARS), pieces[i].start())
                                       or CARD_DETAILS_NEXT.match(text, pieces[k].end())))
            ends = [p.end() for p in pieces[i : k + 1]]
            if not _card(digits, full_length) and pieces[k - 1].group().endswith(" 0") \
                    and _card(digits[: -len(said) - 1] + said, full_length):
                digits = digits[: -len(said) - 1] + said  # "… one two oh sorry hold on …": the interjection, no zero
                ends[-2] -= 2
            if _card(digits, full_length) and named_right_after(text, ends[-1]) is None \
                    and not named_as_other(text, Match("CARD_NUMBER", pieces[i].start(), ends[-1])):
                found += [Match("CARD_NUMBER", p.start(), end) for p, end in zip(pieces[i : k + 1], ends)]
                free[i : k + 1] = [False] * (k + 1 - i)
                if i and free[i - 1] and pieces[i - 1].group() == pieces[i].group() and _READ_SO_FAR.search(
                        text, text.rfind("\n", 0, pieces[i].start()) + 1, pieces[i].start()):
                    found.append(Match("CARD_NUMBER", pieces[i - 1].start(), pieces[i - 1].end()))  # the piece said back
                break
    return found


def _same_turn_gap(gap: str) -> bool:
    return "\n" not in gap and _gap_ok(gap)


SSN_CONTEXT_CHARS = 300  # how far before its first piece an SSN asked for is looked for
_READING_PAUSE = re.compile(r"(?<![a-z])(?:hang on|hold on|let me (?:grab|get|find|check)|one sec|bear with me|(?:bad|poor) (?:line|signal))(?![a-z])"
                            r"|(?:\.\.\.|…|ugh|argh|oops) sorry(?![a-z])")  # "… 9 5 7 sorry , bad line , 3 8 0 3", "… 2 48 ugh sorry 7 3 6 5"
_PROGRESS = re.compile(r"(?<![a-z])(?:(?:have|got) the (?:1st|first) \d|go ahead|go on|carry on|and the rest|keep going)(?![a-z])")


# How a caller groups an SSN's nine digits when reading it in pieces: 3-2-4 (as it is printed), 5-4, 3-6, and 3-2-4
# with the last four in pairs ("0 3 4 honey is it 0 6 ... yeah 8 9 , 3 2").
SSN_GROUPS = ((3, 2, 4), (5, 4), (3, 6), (3, 2, 2, 2))
_GROUP_LENGTHS = frozenset(n for groups in SSN_GROUPS for n in groups)


def net_ssns(text: str, matches: Sequence[Match]) -> list[Match]:
    """An SSN read in the pieces it is printed in (3, 2 and 4 digits, or 5 and 4, or 3 and 6) that no detector joined,
    broken by an aside or a turn of the other side ("0 6 7 ... 6 6 ... sorry , someone's at the door ... okay ," /
    "go ahead , i have the 1st 5" / "88 0 1"): the same pieces and gaps as a card's (see :func:`net_cards`), a valid
    SSN's shape, and each piece exactly one group (a piece of another length is no SSN read in its groups)."""
    counts = [c.end() for c in _NO_PIECE.finditer(text)]
    pieces = [p for p in _PIECE.finditer(text) if p.end() not in counts]
    if len(pieces) < 2:
        return []
    # a piece may be an SSN's already ("two hundred and twenty one let me just get my glasses , sixty" / "then o seven
    # twenty nine": the middle piece is the one missing) or a shape-only type's
    lengths = [len(re.sub(r"\D", "", p.group())) for p in pieces]
    known: dict[int, bool] = {}

    def free_at(k: int) -> bool:  # asked only where needed: the amount test is the costly part
        if k not in known:
            p = pieces[k]
            known[k] = all(m.type in SHAPE_ONLY for m in matches if m.start < p.end() and p.start() < m.end) \
                and not _other_number(text, p, after_hold_on=True, going_on=True)
        return known[k]
    found: list[Match] = []
    for i in range(len(pieces)):
        for groups in SSN_GROUPS:
            run = range(i, i + len(groups))
            if run.stop > len(pieces) or not all(lengths[k] == g and free_at(k) for k, g in zip(run, groups)):
                continue
            if not all(_gap_ok(text[pieces[k - 1].end() : pieces[k].start()]) for k in run[1:]):
                continue
            if (i > 0 and _same_turn_gap(text[pieces[i - 1].end() : pieces[i].start()]) and free_at(i - 1)) or (
                    run.stop < len(pieces) and _same_turn_gap(text[pieces[run.stop - 1].end() : pieces[run.stop].start()])
                    and free_at(run.stop)):
                continue  # more digits of the same reading on either side in the turn: a longer number
            digits = "".join(re.sub(r"\D", "", pieces[k].group()) for k in run)
            # asked for, or read in a way that says a value is being read ("go ahead , i have the 1st 5"): not
            # "you've used 101 minutes and 12 gigabytes … 1200 and the plan is …"
            said_for = CONTEXT["ssn"].search(text, max(0, pieces[i].start() - SSN_CONTEXT_CHARS), pieces[i].start()) \
                or any(_PROGRESS.search(text, pieces[k - 1].end(), pieces[k].start()) for k in run[1:]) \
                or any(_READING_PAUSE.search(text, pieces[k - 1].end(), pieces[k].start()) and "\n" not in text[pieces[k - 1].end() : pieces[k].start()]
                       for k in run[1:])  # "ok it's 6 0 6 , 3 9 , hang on let me grab the card , 9 9 4 9"
            if said_for and ssn_shape(digits):
                found += [Match("SSN", pieces[k].start(), pieces[k].end()) for k in run]
                known.update((k, False) for k in run)
                break
    return found


_NI_LETTERS = re.compile(r"(?<![\w'’])([a-z]) (?:, )?([a-z]) (?=\d|(?:, )?(?:hang on|hold on|one sec|bear with me|let me|sorry|wait)(?![a-z]))")
_NI_ASIDE_WORDS = 14  # words of an aside inside one NI reading
_TOKEN = re.compile(r"\S+")
_NOT_NI_BEFORE = re.compile(r"(?<![a-z])(?:flight|seat|gate|room|platform|terminal|model|reg|plate|ref|booking)(?: number| no)? $")


_OTHER_PLACES = frozenset("seat seats gate flight row platform terminal room coach carriage bay desk pier stand".split())


def net_nis(text: str, matches: Sequence[Match]) -> list[Match]:
    """An NI number read in one turn with asides between its digits ("j b 2 1 0 9 ... sorry my payslip's here somewhere
    ... yeah , 3 8 c", "h s 1 6 , 7 6 , can you hear me ok ? right , 3 7 b"): its whole shape, two valid prefix
    letters, six digits in up to three groups with at most :data:`_NI_ASIDE_WORDS` words and no number between them,
    and the suffix letter A–D right after; each part one match."""
    found: list[Match] = []
    for head in _NI_LETTERS.finditer(text):
        if not valid_ni_prefix(head.group(1) + head.group(2)):
            continue
        line_end = text.find("\n", head.end())
        tokens = list(_TOKEN.finditer(text, head.end(), line_end if line_end >= 0 else len(text)))
        groups: list[list[re.Match[str]]] = [[]]
        digits, words = "", 0
        for tok in tokens:
            word = tok.group()
            if word.isdigit():
                if words and groups[-1]:
                    groups.append([])
                digits += word
                groups[-1].append(tok)
                words = 0
                if len(digits) >= 6:
                    break
            elif word in (",", "...", "…", "-", ":"):
                continue
            else:
                words += 1
                if re.search(r"\d", word) or words > _NI_ASIDE_WORDS or word in _OTHER_PLACES:
                    break  # not "i'm on b a two one eight seven tomorrow, seat twelve c": a flight, then a seat
        aside_first = bool(groups[0]) and groups[0][0].start() > head.end() and bool(
            re.search(r"[a-z]{2}", text[head.end() : groups[0][0].start()]))  # "g y , hang on it's on my payslip , 9 1 6 9 3 2 b"
        if len(digits) != 6 or not (2 <= len(groups) <= 3 or len(groups) == 1 and aside_first):
            continue
        after = re.match(r"(?: ,)? (" + NI_SUFFIX_SAID + r"|be)(?![\w'’])(?! m(?![a-z]))", text[groups[-1][-1].end() :])  # not "6 45 a m"; "… 28 61 dee", "… 48 be"
        if not after or _NOT_NI_BEFORE.search(text, max(0, head.start() - 12), head.start()):
            continue
        end = groups[-1][-1].end() + after.end()
        if aside_first:  # the letters, then each group: the aside between them stays
            parts = [(head.start(), head.end(2))] + [(g[0].start(), g[-1].end()) for g in groups[:-1]] + [(groups[-1][0].start(), end)]
        else:
            parts = [(head.start(), groups[0][-1].end())] + [(g[0].start(), g[-1].end()) for g in groups[1:-1]] + [(groups[-1][0].start(), end)]
        if any(m.type not in SHAPE_ONLY | {"NI_NUMBER"} and m.start < b and a < m.end for a, b in parts for m in matches):
            continue  # (a sort code found by its six digits alone is this number's: "h l wait the bus … , 92 76 48 be")
        found += [Match("NI_NUMBER", a, b) for a, b in parts]
    return found
