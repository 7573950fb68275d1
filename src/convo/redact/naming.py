"""A number found by its shape that the words around it say is something else: named as a reference just
before or after it ("the tracking number is 0 0 6 2 8 …", "… for the serial number"), the digits of a
reference named a moment ago said again, or disowned by the caller ("…, not my social, the case number")."""

from __future__ import annotations

import re

from convo.redact.detectors import Match
from convo.redact.patterns import CARD_DETAILS_ASKED, CONTEXT, DETAILS_TO_FIND, luhn_valid, NAMED_REFERENCE, NI_CONTEXT, last_named_reference, names_what_follows, named_right_after

_LEADING_PIECES = re.compile(r"(?:(?<![\w#])#?[\da-z]*\d[\da-z]*(?: ?[,.\-]| \.\.\.| …)* ?)*$")  # "1z 999 aa1 08 …", "4 0 7 0 …", "#5420-" (before 9935-…), "sn2228-": the reading's start


# The words that name each type a reference's value may be mistaken for; said between the reference and the value,
# they keep the value ("… booking ref , and my card is 4 5 …").
_OWN_WORDS = {"PHONE": CONTEXT["phone"], "CARD_NUMBER": CONTEXT["card"], "SSN": CONTEXT["ssn"], "NI_NUMBER": NI_CONTEXT,
              "SORT_CODE": CONTEXT["sort"], "BANK_ACCOUNT": CONTEXT["account"]}
_DISOWNED = re.compile(r"[ ,.]*(?:(?:that's|thats|that is|it's|its) )?(?:the [a-z]+(?: [a-z]+){0,2}(?: ,)? )?not (?:my|his|her|the|a|your) "
                       r"(?:social|ssn|s s n|national insurance|n i|ni|card|credit card|debit card|bank|account|sort code|phone|mobile|number)(?![a-z])")
_ASKED_AND_DISOWNED = re.compile(r"[^\n?]{0,50}\?\n(?:no|nope|nah)[ ,.]+(?:that's|thats|that is|it's|its) (?:just )?(?:the|a|your|our) ")
_REST_OF_READING = re.compile(r"(?:(?: ?,| \.\.\.| …)? (?:\d+|oh?)(?![\w]))*")


def _named_after_or_disowned(text: str, match: Match) -> bool:
    """Named right after ("… for the serial number"), the digits of a reference named in the turn before said again,
    or disowned ("… , not my social , the case number")."""
    end = _REST_OF_READING.match(text, match.end).end()  # "4831 5033 9313 1834 681 , that's your complaint ticket"
    named = named_right_after(text, end)
    if named is not None and not _OWN_WORDS[match.type].match(text, named):
        return True  # "thanks , 0 4 9 0 5 9 4 1 0 5 for the serial number", "… 89 8 9 thats the booking reference" (not "… is my account number")
    if _repeats_named(text, match):
        return True
    if _DISOWNED.match(text, end):
        return True  # "okay 1 8 3 9 5 ... 3 5 9 4 , not my social , the case number"
    # asked about and disowned by the other side: "… 2924 ... 3456 , is that my account ?" / "no that's the bill reference"
    answer = _ASKED_AND_DISOWNED.match(text, end)
    if answer is None:
        return False
    line_end = text.find("\n", answer.end())
    return NAMED_REFERENCE.search(text, answer.end(), line_end if line_end >= 0 else len(text)) is not None


_FOR_WHAT = re.compile(r"^ (?:for|on|of) (?:the|your|this|that|my)(?: [a-z]+){1,2}(?= )")


def _answers_reference_question(text: str, match: Match) -> bool:
    """The other side asked for a reference in the turn before, and the caller reads digits with none of the value's
    own words before them ("have you got the ref there" / "yeah hang on it's on the card they sent me ... 2 6 9 9 …")."""
    line_start = text.rfind("\n", 0, match.start) + 1
    if line_start < 2:
        return False
    question_start = text.rfind("\n", 0, line_start - 1) + 1
    window, last = last_named_reference(text, line_start - 1, line_start - 1 - question_start)
    if last is None or not names_what_follows(window, last) or "?" not in window[last.end() :] and not _ASKED_FOR.search(window, 0, last.start()):
        return False
    said = _CARD_AS_PLACE.sub(" ", text[question_start : match.start])  # (not "can you give me your ssn for the policy ?")
    return len(re.findall(r"[a-z']+", text[line_start : match.start])) <= 12 and not any(words.search(said) for words in _OWN_WORDS.values())


_ASKED_FOR = re.compile(r"(?<![a-z])(?:have you got|do you have|can you (?:give|read|tell)|could you (?:give|read|tell)|what's|what is|read me)(?![a-z])")


def _named_as_other_id(text: str, match: Match) -> bool:
    """An SSN, sort code or account number that is another thing's value: disowned or named after it; a sort code or
    account right after a reference's name ("the gate is 11 77 55"), with none of its own words near ("can you give me
    your ssn for the policy ?" / "572/41/8803"). An NI number or an SSN has its own shape: only a name said right
    before it is evidence ("the permit number is we 69 73 65 c"; not "my tax code , niino jt 41 20 87 b" or "and for
    the spouse on the policy" / "hers is o 9 6 4 …")."""
    if _named_after_or_disowned(text, match) or _answers_reference_question(text, match):
        return True
    line_start = text.rfind("\n", 0, match.start) + 1
    start = _LEADING_PIECES.search(text, line_start, match.start).start()
    lo = max(start - 60, text.rfind("\n", 0, max(0, line_start - 1)) + 1)
    window, last = last_named_reference(text, start, start - lo)
    if not names_what_follows(window, last) or DETAILS_TO_FIND.search(window, 0, last.start()):
        return False  # (not "can i take a few details to find your statement" / "it's yc 120155 d": what the details are for)
    # what the reference is for may come between: "the part number for the replacement is cc671082c"
    between = re.findall(r"[a-z']+", _FOR_WHAT.sub("", window[last.end() :], count=1))
    right_before = set(between) <= {"is", "was", "are", "it's", "its", "reads", "says"}
    if right_before and last.start() >= line_start - lo and not re.search(r"\d", text[lo + last.end() : match.start]) \
            and not _OWN_WORDS[match.type].search(last.group()):  # (not "Account number: 72978853")
        return True  # named right before it in its own turn ("is this about your social security payment or the insurance" /
        # "insurance, the permit number is 7 2 3 ... 7 5 2 4 1 3")
    if _OWN_WORDS[match.type].search(window):
        return False
    if match.type in ("NI_NUMBER", "SSN"):  # only named right before it: "the permit number is we 69 73 65 c"
        return right_before
    return len(between) <= 3


def named_as_other(text: str, match: Match) -> bool:
    """A phone or card number found by its shape in a reading named as a reference just before it ("the tracking
    number is 0 0 6 2 8 …", "the reference on the letter is 4 0 7 0 5 …" where the card begins at the 0, "the
    tracking number is 1z 502444 …"); card words between the name and the number keep a card (not "paid with card
    ending 1415 . receipt …"). Other types: :func:`_named_as_other_id`."""
    if match.type not in _OWN_WORDS:
        return False
    if match.type not in ("PHONE", "CARD_NUMBER"):
        return _named_as_other_id(text, match)
    if _named_after_or_disowned(text, match):
        return True
    if match.type == "CARD_NUMBER" and CARD_DETAILS_ASKED.match(text, match.end) and luhn_valid(re.sub(r"\D", "", text[match.start : match.end])):
        return False  # "i want to pay the invoice , its 4850 …" / "could you confirm the expiry date and security code?"
    if re.search(r"(?<![\w-])(?!cc-|tel-|mob-)[a-z]{2,4}-$", text[max(0, match.start - 5) : match.start]):
        return True  # "i'm querying inv-2024-7753677": the digits of a code with its letters
    line_start = text.rfind("\n", 0, match.start) + 1
    start = _LEADING_PIECES.search(text, line_start, match.start).start()
    if start == line_start:  # "yeah the tracking number is 3" / "and then" / "18 900 7 …": read on after a prompt
        line_start, start = _reading_resumed(text, line_start, start)
    # named in this turn or the one before ("the serial number on the router is 44 57 , 96 17 …", "the claim reference\n6 7 6 …")
    lo = max(start - NAMED_BEFORE_CHARS, text.rfind("\n", 0, max(0, line_start - 1)) + 1)
    window, last = last_named_reference(text, start, start - lo)
    if not names_what_follows(window, last) or CONTEXT["phone"].search(window, last.end()) or "@" in window[last.end() :]:
        return False  # not "… for the ticket ?\nahmed_smith@hotmail.com # 07783-996-165": an e-mail came between
    # (not a card where the reference is printed: "have you got the order number there" / "it's on the card they sent me ...")
    return not _OWN_WORDS[match.type].search(_CARD_AS_PLACE.sub(" ", window[last.end() :]))


NAMED_BEFORE_CHARS = 110  # how far back, in this turn and the one before, a reference named before a card or phone is looked for
_CARD_AS_PLACE = re.compile(r"(?:on|from|off|in) (?:the|a|this|that|my) card (?:they|you|u|we|the [a-z]+) (?:sent|gave|posted|mailed)(?![a-z])")
_PROMPT = re.compile(r"(?:(?:and|then|so|mhm|mm|hm|ok|okay|yes|yeah|yep|go|on|right|next|bit|uh huh|,|\.|\?) ?){1,4}")
_ENDS_IN_DIGITS = re.compile(r"(?:\d+(?: ?,| \.\.\.| …)? ?)+$")


def _reading_resumed(text: str, line_start: int, start: int) -> tuple[int, int]:
    """Where a reading that opens its line began, when it goes on from a line before across the other side's prompts
    ("and then", "mhm"): the start of that line and of the digits that end it (up to three prompts back)."""
    for _ in range(3):
        if line_start < 2:
            break
        prompt_start = text.rfind("\n", 0, line_start - 1) + 1
        if not _PROMPT.fullmatch(text, prompt_start, line_start - 1) or prompt_start < 2:
            break
        before_start = text.rfind("\n", 0, prompt_start - 1) + 1
        digits = _ENDS_IN_DIGITS.search(text, before_start, prompt_start - 1)
        if not digits:
            break
        line_start, start = before_start, digits.start()
        if start > line_start:
            break  # the line before has words: it is where the reading began
    return line_start, start


_NAMED_VALUE = re.compile(r"[ :#,]*(?:(?:number|no|num|ref|reference|code|id) )?(?:(?:is|was|are) )?((?:\d+(?: ?[,.\-]| \.\.\.| …)* ?)+)")


_READ_DIGITS = re.compile(r"(?<![\w])((?:\d+(?: ?[,.\-]| \.\.\.| …)* ?)+)")
REPEAT_LINES = 3  # how many turns back a reference's digits said again may have been named


def _repeats_named(text: str, match: Match) -> bool:
    """The digits of a reference named and read in the last few turns or earlier in this one, said again ("your tracking
    number is 6 0 98 63 17 , 66 65" / "okay so 6 0 9 8 ... 6 3 1 7 , 66 65"; "invoice number is 0 77 5 0 6 ... 0 0 3 6 ...
    sorry , i'll say it again , 0 77 5 0 6 0 0 3 6")."""
    digits = re.sub(r"\D", "", text[match.start : match.end])
    line_start = text.rfind("\n", 0, match.start) + 1
    if len(digits) < 8:
        return False
    lo = line_start
    for _ in range(REPEAT_LINES):  # "okay your order number is 44 0 6 …" / "sorry can you repeat the order" / "sure , 44 0 6 86 …"
        lo = text.rfind("\n", 0, lo - 1) + 1 if lo else 0
    previous = text[lo : line_start - 1] if line_start else ""
    before = previous + "\n" + text[line_start : match.start]
    values = [_NAMED_VALUE.match(before, name.end()) for name in NAMED_REFERENCE.finditer(before)]
    # and a reading named by words that must end right before it ("your claim # is 684-87-0013")
    values += [run for run in _READ_DIGITS.finditer(before)
               if (name := NAMED_REFERENCE.search(before, max(0, run.start() - 30), run.start())) and name.end() >= run.start() - 1]
    said = [re.sub(r"\D", "", value.group(1)) for value in values if value]
    # and the answer to a question that asked for a reference ("what's the customer reference" / "it's 0 7 6 ... 885 …")
    lines = before.split("\n")
    said += ["".join(re.sub(r"\D", "", run) for run in _READ_DIGITS.findall(line)) for question, line in zip(lines, lines[1:])
             if NAMED_REFERENCE.search(question) and ("?" in question or _ASKED_FOR.search(question))
             and not (match.type in _OWN_WORDS and _OWN_WORDS[match.type].search(question))]  # (not "could i have your account number?")
    for named in said:
        if any(sum(a != b for a, b in zip(named[k : k + len(digits)], digits)) <= (1 if len(digits) < 12 else 2)
               for k in range(len(named) - len(digits) + 1)):
            return True  # said again, or read back with a digit misheard ("… 8 9 6 0 65 65" / "so that's … 6 5 6 6 ?")
    return False
