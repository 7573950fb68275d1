"""How a value is read out, token by token: which tokens of a turn are digits being read (not an
amount, a count, a year or a "last four"), which are spelled letters of an NI number, IBAN or
postcode, and the runs they make. :mod:`convo.redact.elicit` decides which runs belong to a value
that was asked for; this module only says what a reading looks like.
"""

from __future__ import annotations

import re

from convo.redact.numbers import DETERMINERS, HOMOPHONES
from convo.redact.patterns import COMMON_TWO_LETTER_WORDS, SAID_LETTERS
from convo.redact.stream import GLUE, NATO
from convo.redact.tokens import Token

# A number followed by one of these is an amount, a duration or a count, not a reading.
UNIT_AFTER = frozenset(
    "pounds pound quid p pence dollars dollar bucks cents euros euro percent % minutes minute mins hours hour hrs days "
    "day weeks week months month years year yrs times items pm am o'clock oclock gb mb gig gigs kg miles km degrees "
    "seconds secs sec moment moments mo people calls texts digits digit numbers figures characters letters pack packs working business".split()
)
# ... and one after these is a count of digits ("the last four are …") or a money amount.
BEFORE_NOT_VALUE = frozenset("last first final next middle other £ $ € usd gbp eur between around from since".split())


# "4255.9343.2874.4366", "5-3-5-3" (a date "27/11/2026" is no reading)
_GROUPED = re.compile(r"\d{2,}(?:[.\-]\d{2,})+|\d(?:-\d)+")  # also "6-9": two digits of a reading a recogniser hyphened


def numeric(tokens: list[Token], i: int) -> bool:
    """A token that is digits being read out (not an amount, a count, a year or a "last four")."""
    text = tokens[i].text
    following = [t.text for t in tokens[i + 1 :] if t.text not in GLUE][:2]
    after = following[0] if following else ""
    if after in ("a", "an", "per", "each") and following[1:] and following[1] in UNIT_AFTER:
        after = following[1]  # "thirty one ninety nine a month": an amount
    before = next((t.text for t in reversed(tokens[:i]) if t.text not in GLUE), "")
    if text in ZERO_WORDS:  # "eight won o ate …": "o" is a zero inside a reading
        return _reading_around(tokens, i) >= 3
    if text in HOMOPHONES:
        # "for" / "to" / "ate" inside a digit-by-digit reading only, not "… 7 for the sort code"
        between = 0 < i < len(tokens) - 1 and _digit_like(tokens[i - 1].text) and _digit_like(tokens[i + 1].text)
        if text == "to" and before in TO_AFTER:
            return False  # "i'd got to 3 2 0 1": the word, before the digits
        return (between or _reading_around(tokens, i) >= 3 or _short_reading(tokens, i) or _final_reading(tokens, i)) \
            and (after not in DETERMINERS or text == "too")  # "… 6 1 too the whole thing": "too" is no preposition
    if not (text.isdigit() or _GROUPED.fullmatch(text)) or after in UNIT_AFTER:
        return False
    if any("*" in t.text for t in tokens[max(0, i - 1) : i + 2]):
        return False  # "card 5492 00** **** 9792": a masked card, shown as PCI DSS allows
    if before in BEFORE_NOT_VALUE and not (before == "from" and _resumed(tokens, i)):
        return False
    if _amount_named(tokens, i) or i > 0 and tokens[i - 1].text.isdigit() and _amount_named(tokens, i - 1):
        return False  # "i can see a payment of forty nine ninety nine on the seventeenth": an amount
    lone = not (i > 0 and tokens[i - 1].text.isdigit()) and not (i + 1 < len(tokens) and tokens[i + 1].text.isdigit())
    return not (lone and len(text) == 4 and text[:2] in ("19", "20"))  # a year said on its own


_AMOUNT_WORDS = frozenset("payment payments charge charges balance fee fees total refund amount deductible cost price bill premium".split())


def _amount_named(tokens: list[Token], i: int) -> bool:
    """The number at ``i`` is an amount named before it: "a payment of …", "the balance is …"."""
    before = [t.text for t in tokens[max(0, i - 2) : i]]
    return len(before) == 2 and before[1] in ("of", "is", "was") and before[0] in _AMOUNT_WORDS


RESUME_BEFORE_FROM = frozenset("on again over start starting continue".split())


def _resumed(tokens: list[Token], i: int) -> bool:
    """The agent asks the caller to go on from the last piece heard ("can you carry on from 45 96",
    "go again from 0 1 51"): that piece is read back, not a date or an amount "from" something."""
    words = [t.text for t in tokens[:i] if t.text not in GLUE]
    return len(words) >= 2 and words[-2] in RESUME_BEFORE_FROM


def _short_reading(tokens: list[Token], i: int) -> bool:
    """A short turn whose reading of 3+ digit words, some of them homophones, holds ``tokens[i]``:
    "yeah ate ate four", "for for three i think yeah"."""
    content = [t.text for t in tokens if any(c.isalnum() for c in t.text)]
    at = sum(1 for t in tokens[:i] if any(c.isalnum() for c in t.text))
    lo, hi = at, at
    while lo > 0 and (content[lo - 1].isdigit() or content[lo - 1] in HOMOPHONES):
        lo -= 1
    while hi + 1 < len(content) and (content[hi + 1].isdigit() or content[hi + 1] in HOMOPHONES):
        hi += 1
    run = content[lo : hi + 1]
    return len(run) >= 3 and any(w.isdigit() for w in run) and len(content) - len(run) <= 4


def _final_reading(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is in a run of 3+ digit words, some of them homophones, that ends the turn:
    "… and the code on the back is six for ate"."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in GLUE:
        end -= 1
    lo = i
    while lo > 0 and _digit_word(tokens[lo - 1]):
        lo -= 1
    run = tokens[lo:end]
    return len(run) >= 3 and all(_digit_word(t) for t in run) and any(t.text.isdigit() for t in run)


ZERO_WORDS = frozenset({"o", "oh"})
TO_AFTER = frozenset("got get up back down went go going gone moved changed".split())  # "to" after these is the word


def first_content(tokens: list[Token]) -> Token | None:
    """The first token that is not a lead-in ("yeah", "so", "okay") or punctuation."""
    return next((t for t in tokens if any(c.isalnum() for c in t.text) and t.text not in LEAD_INS), None)


_DOUBLED_LETTER = re.compile(r"[a-z](?: [a-z])+")
MIXED = re.compile(r"[a-z]{1,2}\d+[a-z]?|\d+[a-z]")  # typed pieces of a spelled value: "cx57", "7705d"
ASIDE_STARTS = frozenset("hold hang wait sorry sec let just bear one where oh".split())
CORRECTION_WORDS = frozenset("no sorry mean actually wait rather correction oops scratch".split())


LEAD_INS = frozenset("yeah yes yep so okay ok right and then it's its that's thats er um uh erm hmm mm sure alright well "
                     "ah oh like again".split())  # "again? ok, forty two": asked for the value a second time


def _digit_word(t: Token) -> bool:
    return t.text.isdigit() or t.text in HOMOPHONES or t.text in ZERO_WORDS


def _digit_like(text: str) -> bool:
    return text.isdigit() or text in ZERO_WORDS


def _reading_around(tokens: list[Token], i: int) -> int:
    """Digit tokens in the run of digits and digit homophones around ``tokens[i]``."""
    def part(t: Token) -> bool:
        return t.text.isdigit() or t.text in HOMOPHONES or t.text in ZERO_WORDS or t.text in GLUE
    lo, hi = i, i
    while lo > 0 and part(tokens[lo - 1]):
        lo -= 1
    while hi + 1 < len(tokens) and part(tokens[hi + 1]):
        hi += 1
    return sum(t.text.isdigit() for t in tokens[lo : hi + 1])


# Letter names as ASR writes them ("bee e four nine …"), taken only next to other spelling.
SUFFIX_NAMES = frozenset("ay be bee see sea cee dee alpha alfa bravo charlie delta anton berta dora".split())  # an NI number ends in A-D
LETTER_NAMES = frozenset(SAID_LETTERS) | {"you"}  # letter names as ASR writes them: "bee", "zee", "haitch"


def _double_you(tokens: list[Token], i: int) -> bool:
    """"double you": the letter W as ASR writes it."""
    return tokens[i].text == "double" and i + 1 < len(tokens) and tokens[i + 1].text == "you"


def said_with_word(token: Token) -> bool:
    """A letter said with a word for it ("j for juliet", "t as in tango", which the stream keeps as the letter
    over the whole phrase): spelled, never a word in passing."""
    return len(token.text) == 1 and token.text.isalpha() and token.end - token.start > 3


_CLOSING = frozenset("... … , . ! ? done okay ok yep yes yeah thanks lovely great perfect right".split())


def _letter(tokens: list[Token], i: int, short_turn: bool, kind: str = "", first: Token | None = None) -> bool:
    """A spelled letter of an NI number or IBAN: next to another letter or digit (pauses and commas
    between do not count), alone in a short turn ("that's d", "bee"), or an NI suffix ending the
    turn ("… eight one, d for delta", "… uh sorry d")."""
    def spelled(j: int) -> bool:
        return 0 <= j < len(tokens) and (len(tokens[j].text) == 1 and tokens[j].text.isalnum() or tokens[j].text.isdigit()
                                         or tokens[j].text in LETTER_NAMES or tokens[j].text in NATO or _double_you(tokens, j)
                                         or (tokens[j].text in HOMOPHONES and _between_characters(tokens, j))
                                         or _DOUBLED_LETTER.fullmatch(tokens[j].text) is not None)
    def neighbour(j: int, step: int) -> int:
        while 0 <= j < len(tokens) and tokens[j].text in GLUE:
            j += step
        return j
    text = tokens[i].text
    if said_with_word(tokens[i]):
        return True
    if text in NATO and (short_turn or spelled(neighbour(i - 1, -1)) or spelled(neighbour(i + 1, 1))):
        return True  # "yeah whiskey" / "um tango um zero": NATO words read alone
    if _double_you(tokens, i):
        return spelled(neighbour(i + 2, 1)) or spelled(neighbour(i - 1, -1)) or short_turn
    if text == "you" and i > 0 and _double_you(tokens, i - 1):
        return _letter(tokens, i - 1, short_turn, kind, first)
    near = spelled(neighbour(i - 1, -1)) or spelled(neighbour(i + 1, 1))
    if kind == "NI_NUMBER" and (text in SUFFIX_NAMES or text in ("a", "b", "c", "d")):
        at_end = [t.text for t in tokens[i + 1 : i + 4]] in (["at", "the", "end"], ["on", "the", "end"], ["for", "the", "last"],
                                                             ["is", "the", "last"], ["as", "the", "last"])  # "b for the last letter"
        after = neighbour(i + 1, 1)
        closes = after >= len(tokens) or tokens[after].text in CORRECTION_WORDS or tokens[after].text in ASIDE_STARTS
        if at_end or (i > 0 and tokens[i - 1].text in ("and", "then") and closes):
            return True  # "… 8 16 and charlie", "and a sorry it's noisy here", "A on the end sorry": the suffix
        if text in ("bee", "be", "see", "sea", "dee", "cee") and all(t.text in _CLOSING for t in tokens[i + 1 :]) \
                and (text != "be" or spelled(neighbour(i - 1, -1))):  # "… to 2 2 be": a word but right after a digit
            return True  # "… wait its faded on the card bee", "… sixty seven... okay... dee... done": the suffix ending the turn
    if kind == "NI_NUMBER" and text in ("hey", "eh") and i > 0 and tokens[i - 1].text in ("and", "then") and neighbour(i + 1, 1) >= len(tokens):
        return True  # "… oh seveneight oh and hey": the suffix A as a recogniser heard it, ending the turn
    if text in LETTER_NAMES or text in SUFFIX_NAMES:
        return (near and text in LETTER_NAMES) or (short_turn and text in SUFFIX_NAMES)
    if _DOUBLED_LETTER.fullmatch(text):  # "double s" → "s s"
        return True
    if kind == "NI_NUMBER" and len(text) == 2 and text.isalpha() and text[0] not in "dfiquv" and text[1] not in "dfioquv":
        after = neighbour(i + 1, 1)
        if after < len(tokens) and tokens[after].text.isdigit() and (text not in COMMON_TWO_LETTER_WORDS or tokens[i] is first):
            return True  # "TE 15 22" typed: the prefix letters together; "AM 10" opening the turn
        if after >= len(tokens) and short_turn and text not in COMMON_TWO_LETTER_WORDS and text not in SOUNDS:
            return True  # "KA-" / "then 340999" / "D": the prefix in a message of its own
    if not (len(text) == 1 and text.isalpha()):
        return False
    if text == "i" and kind == "NI_NUMBER":  # no NI number has an I; "… be i think" is the word
        return False
    after = neighbour(i + 1, 1)
    last = after >= len(tokens)
    # "yeah m for mike hold on it's rubbed off a bit": the reading's first letter, then an aside
    opens = tokens[i] is first and text not in ("a", "i") and tokens[after].text in ASIDE_STARTS if not last else False
    return short_turn or near or (last and text in "abcd") or opens


def runs(tokens: list[Token], start: int, stop: int, letters: str = "", reading: bool = False) -> list[list[Token]]:
    """Runs of read-out digits in ``tokens[start:stop]`` (punctuation between them does not break a
    run); with ``letters`` (the type asked for: NI number, IBAN, postcode), spelled letters too.
    ``reading``: this speaker is part-way through reading the value, so a short turn of digit words
    goes on with it even when they are all homophones ("oh won", "for four"). A homophone that opens
    the turn right before a digit is one ("fore nine wait …"), and so is one that ends the turn's
    opening piece ("seven too")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    content = sum(any(c.isalnum() for c in t.text) for t in tokens)
    short_turn = content <= 3
    first = first_content(tokens)
    said = [i for i in range(start, stop) if _digit_word(tokens[i])]
    homophones_read = reading and content <= 6 and (len(said) >= 2 or content == 1) and all(
        b - a == 1 or all(t.text in GLUE for t in tokens[a + 1 : b]) for a, b in zip(said, said[1:]))
    if reading and not homophones_read and said and tokens[said[0]] is first:
        lead = [said[0]]  # "ate oh won nine for to five to and it runs out …": the turn opens with the reading
        for i in said[1:]:
            if i - lead[-1] != 1 and not all(t.text in GLUE for t in tokens[lead[-1] + 1 : i]):
                break
            lead.append(i)
        if len(lead) >= 3 and any(tokens[i].text.isdigit() for i in lead):
            said, homophones_read = lead, True
    for i in range(start, stop):
        if tokens[i].text == "+" and i + 1 < stop and numeric(tokens, i + 1):
            current.append(tokens[i])  # "plus three five three …": the prefix is part of the number
        elif numeric(tokens, i) or (letters and _letter(tokens, i, short_turn, letters, first)) or (homophones_read and i in said) \
                or (letters and MIXED.fullmatch(tokens[i].text) is not None and tokens[i].text not in TAX_FORMS) \
                or (letters and (tokens[i].text in HOMOPHONES or tokens[i].text in ZERO_WORDS) and _between_characters(tokens, i)) \
                or (current and current[-1] is tokens[i - 1] and (reading or current[0] is first or _substantial(current))
                    and _digit_word(tokens[i]) and _piece_ends(tokens, i)) \
                or (current and current[-1] is tokens[i - 1] and tokens[i].text in ("double", "triple") and i + 1 == stop
                    and _substantial(current)) \
                or (letters == "NI_NUMBER" and tokens[i] is first and tokens[i].text in HOMOPHONES and i + 1 < stop
                    and _letter(tokens, i + 1, short_turn, letters, first)) \
                or (letters == "NI_NUMBER" and runs and not current and tokens[i].text in HOMOPHONES and i + 2 < stop
                    and numeric(tokens, i + 1) and numeric(tokens, i + 2)) \
                or (tokens[i] is first and tokens[i].text in HOMOPHONES and i + 1 < stop and numeric(tokens, i + 1)
                    and (i + 2 >= stop or _digit_word(tokens[i + 2]) or _piece_ends(tokens, i + 1))):
            current.append(tokens[i])
        elif tokens[i].text not in GLUE and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


PART_WORDS = frozenset("first middle next last final".split())
PART_NOUNS = frozenset("bit part group block set section chunk".split())
TAX_FORMS = frozenset("p60 p45 p11d p85 p87 p50 p55 p53 sa100 sa302".split())  # "need a P60 copy": a form, not a value
SOUNDS = frozenset("hm mm er eh ah ha aw ow".split())  # "mm hm" answers; it spells nothing


def announced_part(tokens: list[Token], first: Token) -> bool:
    """A part of the value named by its place and size ("first three are 7 3 8 middle two 9 9 …", "the last bit is 5 8"),
    or said to come after the last ("after that 8")."""
    i = next(n for n, t in enumerate(tokens) if t is first)
    before = [t.text for t in tokens[max(0, i - 3) : i] if t.text not in GLUE]
    if before and before[-1] in ("are", "is"):
        before = before[:-1]
    elif before and before[-1] in ("one's", "ones"):  # "the last one's 5"
        before[-1] = "1"
    if before[-2:] in (["after", "that"], ["followed", "by"]) or before[-1:] == ["middle"]:
        return True  # "ok it's nought seven five" / "after that eight ," : the reading goes on; "middle is o two"
    return len(before) >= 2 and before[-2] in PART_WORDS and (before[-1] in ("1", "2", "3", "4", "one", "two", "three", "four")
                                                             or before[-1] in PART_NOUNS)  # "the last bit is 58"


def _substantial(run: list[Token]) -> bool:
    """A piece of three or more digit words, two of them digits: "3 for 9" before "ate sorry no …"."""
    return len(run) >= 3 and sum(c.isdigit() for t in run for c in t.text) >= 2


def _piece_ends(tokens: list[Token], i: int) -> bool:
    """Nothing but an aside, a correction or the end of the turn follows ``tokens[i]``: "… a 0 0 won sorry the dog's …"."""
    after = next((t.text for t in tokens[i + 1 :] if t.text not in GLUE), "")
    return after == "" or after in ASIDE_STARTS or after in CORRECTION_WORDS or after in ("um", "uh", "er", "erm")


def _between_characters(tokens: list[Token], i: int) -> bool:
    """A homophone or "oh" between two read-out characters of a spelled value: "… seven fore i p b s", "w 1 t oh x w"."""
    def character(t: Token) -> bool:
        return t.text.isdigit() or t.text in ZERO_WORDS or (len(t.text) == 1 and t.text.isalpha()) or t.text in LETTER_NAMES or t.text in NATO
    # "… - 6542 - ate a": dashes between; "y c for 7 1 sicks tree won bravo": other homophones between
    before, after = i - 1, i + 1
    while before >= 0 and (tokens[before].text in GLUE or tokens[before].text in HOMOPHONES and before > i - 4):
        before -= 1
    while after < len(tokens) and (tokens[after].text in GLUE or tokens[after].text in HOMOPHONES and after < i + 4):
        after += 1
    return before >= 0 and after < len(tokens) and character(tokens[before]) and character(tokens[after])
