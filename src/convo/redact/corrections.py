"""What a call's own turns say about a value read in it: a reading broken off and started again, digits put right
after a read-back ("no the last two are 6 1 then a"), an NI number's letters or suffix said apart from its digits, a
number's ending said again ("yeah , ends 4 6"). Each pass takes the matches found so far and returns new ones, which
take the type of the value they belong to."""

from __future__ import annotations

import re

from convo.redact.classify import valid_ni_prefix
from convo.redact.detectors import Match
from convo.redact.numbers import FILLERS, HOMOPHONES
from convo.redact.patterns import NI_SUFFIX_NAMED, NI_SUFFIX_SAID, SAID_LETTERS, luhn_valid
from convo.redact.reading import LEAD_INS
from convo.redact.stitch import card_length
from convo.redact.stream import NATO


FRAGMENT_TYPES = ("CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "PHONE")
_ENDING_SAID = re.compile(r"(?<![a-z])(?:ends?(?: in| with| on)?|ending(?: in| with| on)?|(?:end|last|final) (?:2|3|two|three|bit|part)(?: digits| numbers)? (?:are|were|is|was))"
                          r"[ ,:]+(\d(?: ?\d){1,3}|(?:[a-d]|alpha|bravo|charlie|delta)(?= ?(?:\?|,|\.|\n|$)))(?! ?\d)")  # "so ending in alpha"


def endings_said(text: str, matches: list[Match], asked: list[Match]) -> list[Match]:
    """The last digits of a number read in the call, said again ("0 6 8 , 9 7 3 , 9 3 4 6" / "yeah , ends 4 6 yeah";
    "the last two are 0 9 , people always get that wrong"), five or more with one misheard ("… 2 4 5 4 0" / "i had
    2 4 5 4 1 at the end"): they go with it."""
    values = [m for m in (*matches, *asked) if m.type in FRAGMENT_TYPES]
    found = []
    for said in (*_ENDING_SAID.finditer(text), *_AT_THE_END_SAID.finditer(text)):
        digits = re.sub(r"[^\da-d]", "", NATO.get(said.group(1), said.group(1)))  # "lovely, and it ends a?": an NI number's suffix
        before = [m for m in values if m.end <= said.start()]
        kind = next((m.type for m in reversed(before) if _ends_like("".join(characters(text[v.start : v.end], v.type)
                                                                           for v in before if v.type == m.type and v.start <= m.start), digits)), None)
        if kind and free(said.start(1), said.end(1), matches):
            found.append(Match(kind, said.start(1), said.end(1)))
    return found


_AT_THE_END_SAID = re.compile(r"(?<![\w])(\d(?: \d){4,5}) (?:at|on) the end(?![a-z])")


def _ends_like(value: str, digits: str) -> bool:
    """``value`` ends with ``digits``, or with five or more of them less one misheard."""
    tail = value[-len(digits) :]
    return value.endswith(digits) or len(digits) >= 5 and len(tail) == len(digits) and sum(a != b for a, b in zip(tail, digits)) == 1


DIGIT_RUN = re.compile(r"(?<![\w])\d(?:(?:[ ,.\-]{0,3}| ?(?:\.\.\.|…) ?,? ?)\d)*(?![\w])")  # "… 1 7 3 ... 3 8 2": across a pause


_BROKEN_OFF = re.compile(r" (?:hold on|hang on|sorry|wait|one sec)(?![a-z])")


def _begins_value(digits: str, starts: dict[str, str], read: list[tuple[str, str]]) -> str | None:
    return next((k for d, k in starts.items() if len(d) >= 8 and d.startswith(digits) and len(digits) <= len(d)), None) \
        or next((k for k, said in read if len(digits) >= 6 and digits in said or len(digits) >= 5 and said.endswith(digits)), None)


def abandoned_starts(text: str, matches: list[Match]) -> list[Match]:
    """A reading broken off and started again ("it's 4 0 8 2 0 sorry hang on my dog" / "okay from the
    start 4 0 8 2 0 8 4 1 5"): 4+ digits that begin a value redacted in this call go with it, and so does the whole
    value said again ("193-50-8583" / "so that's one nine three five zero eight five eight three and your policy …"),
    or a part of it read again after a bad line (6+ digits, or 5 that end it: "sorry you broke up after 5 3 7 9" /
    "after that its 3 5 6 5 …")."""
    values = sorted((m for m in matches if m.type in FRAGMENT_TYPES), key=lambda m: m.start)
    read = [(m.type, re.sub(r"\D", "", text[m.start : m.end])) for m in values]
    starts: dict[str, str] = {}  # digits from each value's start to the end of its type's run, per type
    for i, (kind, _) in enumerate(read):
        starts.setdefault("".join(said for k, said in read[i:] if k == kind)[:19], kind)
    found = []
    for run in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", run.group())
        if len(digits) < 4 or any(m.start < run.end() and run.start() < m.end for m in matches):
            continue
        kind, end = _begins_value(digits, starts, read), run.end()
        if kind is None and len(digits) > 4 and run.group().endswith(" 0") and _BROKEN_OFF.match(text, end):
            kind, end = _begins_value(digits[:-1], starts, read), end - 2  # "it's 4 1 7 2 0 hold on sorry": "oh", no zero
        if kind:
            found.append(Match(kind, run.start(), end))
    return found


READING = re.compile(r"(?<![\w])\d+(?:(?: ,| \.\.\.| …)? \d+)*(?:(?: ,)? (?:o|oh))?(?![\w])")  # "27 2 0 , 4 5 3 8", "658 , o"
# The words of a caller starting a reading again ("sorry no . again .", "no hang on that's not right , from the top ,",
# "no wait sorry i've gone wrong let me start again"); one of _RESTART_MARKS must be among them.
_RESTART_WORDS = frozenset("no sorry wait again hang hold on oops that's thats that not right wrong i've ive i i'm im i'll ill gone made a my mistake "
                           "scratch let me start from the top over beginning okay ok um uh er erm oh reading it lost place got card old other one backwards swapped transposed round way it's its switched those them".split()) | FILLERS
_RESTART_MARKS = frozenset("again top over wrong mistake scratch beginning lost backwards swapped transposed switched".split())
_WRONG = frozenset("wrong mistake".split())
_SWAPPED = frozenset("backwards swapped transposed switched".split())  # digits said in the wrong order, then again: the first ones match
_CORRECTION_MARKS = frozenset("no sorry wait hang hold oops again top over wrong mistake scratch beginning lost backwards".split())


# An NI number begun by its letters and broken off: "h m 0 6 , 5 6 ... 8 3 no wait h m , 0 6 555 6 c"
_NI_BEGUN = re.compile(r"(?<![\w'’])([a-z]) ?([a-z]) ((?:\d+(?: ,| \.\.\.| …)? ?)*\d+)(?![\w])")


def restarted_nis(text: str, matches: list[Match]) -> list[Match]:
    """An NI number begun and broken off before it is read again ("g y 4 0 ... 9 0 1 3 no hang on that's my wife's , mine
    is g y 4 0 , 99 4 9 b"; "r z 8 9 7 5 , 1 1 sorry , wrong 1 , it's r z 8 9 7 0 1 7 d"): its letters and first two
    digits are the value's, and a correction comes between."""
    found: list[Match] = []
    for value in (m for m in matches if m.type == "NI_NUMBER"):
        line_start = text.rfind("\n", 0, value.start) + 1
        others = [m for m in matches if m is not value]
        letters = re.search(r"(?<![a-z])[a-z] [a-z](?![a-z])", text[value.start : value.end])
        at = value.start + letters.start() if letters else value.start  # (a broken-off start's last digits taken with it)
        chars = characters(text[at : value.end], "NI_NUMBER")
        for begun in _NI_BEGUN.finditer(text, line_start, at):
            said = begun.group(1) + begun.group(2) + re.sub(r"\D", "", begun.group(3))
            between = set(re.findall(r"[a-z'’]+", text[begun.end() : at]))
            if len(said) >= 4 and said[:4] == chars[:4] and between & _CORRECTION_MARKS and len(between) <= 14 \
                    and free(begun.start(), min(begun.end(), value.start), others, found):
                found.append(Match("NI_NUMBER", begun.start(), begun.end()))
    return found


def restarted_readings(text: str, matches: list[Match]) -> list[Match]:
    """A reading broken off with a mistake in it and started again ("27 2 0 , 4 5 3 8 sorry no . again . 2 7 2 0 ...
    45 0 8 …"): the digits before the restart go with the value read after it when both begin with the same four
    digits, though they part after that (the prefix rule of :func:`abandoned_starts` needs all of them)."""
    found = []
    for value in sorted((m for m in matches if m.type in FRAGMENT_TYPES), key=lambda m: m.start):
        line_start = text.rfind("\n", 0, value.start) + 1
        # the last reading before the value, not a count in the words of the restart ("… no , i've skipped 1 , i'll start again")
        before = [r for r in READING.finditer(text, line_start, value.start) if len(re.sub(r"\D", "", r.group())) >= 2]
        if not before:
            continue
        reading = before[-1]
        between = re.findall(r"[a-z']+", text[reading.end() : value.start])
        said = re.sub(r"\D", "", reading.group()) + ("0" if reading.group()[-1] in "oh" else "")  # "658 , o": a zero
        sound = _HOMOPHONE_OPENING.fullmatch(text, line_start, reading.start())  # "to 7 3 , 78 , oops backwards , it's 2 7 3 …"
        said = HOMOPHONES[sound.group(1)] + said if sound else said
        again = "".join(re.sub(r"\D", "", text[m.start : m.end]) for m in matches
                        if m.type == value.type and m.start >= value.start and m.start < value.start + 80)
        restarted = set(between) <= _RESTART_WORDS and set(between) & _RESTART_MARKS
        if (restarted and (len(said) >= 4 and said[:4] == again[:4] or len(said) >= 2 and len(again) > len(said) and again.startswith(said)
                           or 3 <= len(said) < len(again) and said[:2] == again[:2] and set(between) & _WRONG  # "6 7 8 hang on that's wrong , 6 7 5 …"
                           or len(said) >= 5 and said[:3] == again[:3] and set(between) & _SWAPPED)  # "4 1 6 , 1 9 , oops backwards , it's 4 1 6 , 9 1 …"
            # the same digits said again after a correction: "3 44 ... no hang on that's the old card . sorry . right , it's 3 44 9 …"
            or len(said) >= (2 if value.type == "NI_NUMBER" else 3) and len(again) > len(said) and again.startswith(said) and len(between) <= 14
            and set(between) & _CORRECTION_MARKS  # "c a 0 8 sorry thats not right c a , 0 8 8 9 …"
            # the turn opens with digits broken off for another value of the same kind: "1 5 00 3 no wait thats my wifes 5 22 9 …"
            or len(said) >= 3 and len(between) <= 8 and set(between) & _CORRECTION_MARKS
            and set(re.findall(r"[^\s,]+", text[line_start : reading.start()])) <= LEAD_INS) \
                and not any(m.start <= reading.start() and reading.end() <= m.end for m in matches):
            letters = _NI_HEAD.search(text, max(line_start, reading.start() - 16), reading.start()) if value.type == "NI_NUMBER" else None
            start = letters.start() if letters else sound.start(1) if sound else reading.start()
            found.append(Match(value.type, start, reading.end()))  # "y a 5 9 , sorry , …"
    return found


_HOMOPHONE_OPENING = re.compile(r"(?:(?:it's|its|so|yeah|ok|okay|um|uh|er) (?:, )?)*(" + "|".join(HOMOPHONES) + r") ")
_NAMED_LETTER = "(?:[a-z]|" + "|".join(sorted(set(SAID_LETTERS) - {"be", "are", "tea", "sea", "see", "he", "hey"}, key=len, reverse=True)) + ")"
_NI_HEAD = re.compile(rf"(?<![\w'’]){_NAMED_LETTER} (?:, )?{_NAMED_LETTER} $")  # an NI number's prefix letters, right before its digits ("k ex 0 …")


def ni_letters_before(text: str, matches: list[Match]) -> list[Match]:
    """The prefix letters right before an NI number's digits found without them ("e t 5 999 6 , sorry , from the
    beginning"): they are the number's; so are letters misheard in a read-back of digits read in the call ("its s m ,
    5 7 9 … 188 d" / "thats s p 579188 d"), and the suffix after them."""
    found = []
    digits = [re.sub(r"\D", "", text[m.start : m.end]) for m in matches if m.type == "NI_NUMBER"]
    for m in matches:  # (six digits read back may have taken a card's type: "thats b d 958488 b")
        if m.type not in ("NI_NUMBER", "CARD_NUMBER") or not text[m.start : m.start + 1].isdigit():
            continue
        head = _NI_HEAD.search(text, max(0, m.start - 8), m.start)
        if not head or not free(head.start(), head.end() - 1, matches, found):
            continue
        own = re.sub(r"\D", "", text[m.start : m.end])
        read_back = len(own) == 6 and sum(own in d for d in digits) > (m.type == "NI_NUMBER")
        if m.type == "CARD_NUMBER" and not read_back:
            continue
        if valid_ni_prefix(head.group()) or read_back:
            found.append(Match("NI_NUMBER", head.start(), head.end() - 1))
        if read_back and (suffix := _SUFFIX_RIGHT_AFTER.match(text, m.end)) and free(suffix.start(1), suffix.end(1), matches, found):
            found.append(Match("NI_NUMBER", suffix.start(1), suffix.end(1)))
    return found


_SUFFIX_RIGHT_AFTER = re.compile(r" ([a-d])(?![\w'’])")
_WORD = re.compile(r"[a-z]+")
_MISHEARD_PREFIX = re.compile(r"(?:^|\n)(?:(?:just to confirm|to confirm|so that's|that's|so|okay|ok|right|i've got|i have|was that)(?: ,)? )*"
                              r"([a-z]+) ([a-z]{1,4})(?: \.\.\.| …)? $")  # "en and ", "just to confirm, p age ": a letter's name, and a word the recogniser made of the next


def misheard_second_letter(text: str, matches: list[Match]) -> list[Match]:
    """An NI number's prefix heard as a letter's name and a short word, right before its digits at the start of the
    turn ("national insurance number when you're ready" / "en and um o three ate" / "three nine six dee"): both words
    are the prefix, when the digits after them are the number's six and its suffix."""
    found = []
    nis = sorted((m for m in matches if m.type == "NI_NUMBER"), key=lambda m: m.start)
    for k, m in enumerate(nis):
        head = _MISHEARD_PREFIX.search(text, max(0, m.start - 40), m.start)
        if not head or head.end() != m.start or not (len(head.group(1)) == 1 or head.group(1) in SAID_LETTERS):
            continue
        rest = "".join(characters(text[p.start : p.end], "NI_NUMBER") for p in nis[k:] if p.start - m.start <= 120)
        if re.fullmatch(r"\d{6}(?:[a-d]|dee|bee|see|sea|cee)?", rest) and free(head.start(1), head.end(2), matches, found):
            found.append(Match("NI_NUMBER", head.start(1), head.end(2)))
    return found


_LETTER_AS_WORD = re.compile(r"(?:^|\n)(?:(?:it's|its|so|yeah|ok|okay|right) (?:, )?)*(oh|am|said) $")  # the turn's first word, after a lead-in
# Letters a recogniser wrote as words: O "oh", M "am", Z "said" (zed), R "our" (are)
_LETTER_WORDS = {"oh": "o", "am": "m", "said": "z", "our": "r"}
_WORD_BEFORE = re.compile(r"(?<![a-z'’])(oh|am|said|our) $")


def first_letter_as_word(text: str, matches: list[Match]) -> list[Match]:
    """The letter O said as "oh" (M heard as "am", Z as "said") right before an NI number that begins with its second letter
    ("national insurance number when you're ready" / "oh gee ... o two three" / "for double one c"; "am be ... double two
    five"), or both letters run together into one word before its digits ("yeah so ellie sixty-nine four oh …"): the
    word opens the turn and makes a valid prefix; or, anywhere, before an NI number one letter short ("our sea uh eighty
    seven two six o eight b", "just reading back said g ohsix …": R, Z)."""
    found = []
    for m in (m for m in matches if m.type == "NI_NUMBER"):
        first = _WORD.match(text, m.start)
        letter = first and (first.group() if len(first.group()) == 1 else SAID_LETTERS.get(first.group(), ""))
        said = _LETTER_AS_WORD.search(text, max(0, m.start - 24), m.start)
        chars = letter if first and first.end() == m.end else characters(text[m.start : m.end], "NI_NUMBER")  # "sea": c
        rest = next((n for n in matches if n.type == "NI_NUMBER" and 0 <= n.start - m.end <= 3), None) if len(chars or "") == 1 else None
        chars += characters(text[rest.start : rest.end], "NI_NUMBER") if rest else ""  # "sea" / "87 2 6 0 8 b" found apart
        if not (said and said.end() == m.start) and re.fullmatch(r"[a-z]\d{6}" + NI_SUFFIX_NAMED + "?", chars or ""):
            said = _WORD_BEFORE.search(text, max(0, m.start - 8), m.start)  # "our sea uh 87 2 6 0 8 b": one letter short, anywhere
        if letter and said and said.end() == m.start and valid_ni_prefix(_LETTER_WORDS[said.group(1)] + letter) \
                and free(said.start(1), said.end(1), matches, found):
            found.append(Match("NI_NUMBER", said.start(1), said.end(1)))
        both = _LETTERS_AS_WORD.search(text, max(0, m.start - 24), m.start)
        if both and both.end() == m.start and text[m.start].isdigit() and valid_ni_prefix(RUN_TOGETHER_LETTERS[both.group(1)]) \
                and re.fullmatch(r"\d{6}[a-d]?", characters(text[m.start : m.end], "NI_NUMBER")) and free(both.start(1), both.end(1), matches, found):
            found.append(Match("NI_NUMBER", both.start(1), both.end(1)))  # "ok can i take your national insurance number" / "yeah so ellie sixty-nine …"
    return found


# Two letters' names run together into a word, as a recogniser writes them: "ellie" (L E), "essay" (S A)
RUN_TOGETHER_LETTERS = {"ellie": "le", "essay": "sa", "katie": "kt", "jaycee": "jc", "emcee": "mc", "evie": "ev", "artie": "rt", "abby": "ab"}
_LETTERS_AS_WORD = re.compile(r"(?:^|\n)(?:(?:it's|its|so|yeah|yes|ok|okay|right|um|uh|er) (?:, )?)*(" + "|".join(RUN_TOGETHER_LETTERS) + ") $")


_LETTER_OR_NATO = r"(?:[a-z]|" + "|".join(NATO) + ")"
_LETTERS_PUT_RIGHT = re.compile(rf"(?:(?:oh|ah|um|uh|er) ,? ?)?(?:no|nope|sorry)(?:[ ,]+sorry)?[ ,]+(?:(?:it's|its|it is) )?({_LETTER_OR_NATO})(?: ,)? not (?:an? )?({_LETTER_OR_NATO})"
                                r"(?:[ .!?]*$|(?= so ))")  # "oh no sorry it's delta not b so r t 0 54 …": the number said again after
_CORRECTING = re.compile(r"(?:(?:ah|oh|um|uh|er|erm) ,? ?)?(?:no|nope|not quite|not(?= \d)|sorry(?! (?:about|to hear|for|that you|you've|you have))|actually|close but)(?![a-z])")  # not "sorry about that"; "not 9 should be 8"
_CORRECTED_PART = re.compile(r"(?<![\w])(?:\d(?:[ ,.\-]{0,3}\d)*|[a-d](?= ?(?:[.!,]? ?(?:sorry|thanks|please)?[.!]?$| not | so ))"  # "no sorry d for delta so j s …"
                             r"|(?<=letter is )[a-z]"  # "no the second letter is x"
                             r"|(?:(?<= is )|(?<= was )|(?<= be )|(?<='s ))oh?)(?![\w])")  # "it's c not a", "no b for bravo, sorry", "the last one is oh"


_NO_SUFFIX = re.compile(r"(?<![a-z])[a-z]{2}\d{6}$")
# "… 3 9 , 1 2 ... sorry it's on the letter somewhere ... alpha": the suffix alone at the end of the turn, after an aside
_SUFFIX_AFTER_ASIDE = re.compile(r"[ ,.]*(?:\.\.\.|…)? ?sorry(?: [a-z'’]+){0,8} (?:\.\.\.|…|,) ?([a-d]|alpha|bravo|charlie|delta)[ .!?]*(?=\n|$)")
_SUFFIX_LATE = re.compile(r"[ ,.]*(?:\n[^\n]{0,40}\n)?[ ,.]*(?:(?:sorry|um|uh|er|erm|oh|and|then|\.\.\.|…)[ ,.]*){1,4}([a-d])(?= ?(?:\.\.\.|…|,|\.|!|\n|$| sorry))")


def late_suffixes(text: str, values: list[Match]) -> list[Match]:
    """An NI number's suffix said after an apology or a hesitation ("l j , 9 9 4 1" / "take your time" / "3 9 sorry ,
    a ... sorry , i'm slow"), or alone at the end of the turn after an aside ("… 1 2 ... sorry it's on the letter
    somewhere ... alpha"): the letter, when the pieces read so far are the number less its suffix."""
    found = []
    pieces = sorted((m for m in values if m.type == "NI_NUMBER"), key=lambda m: m.start)
    for k, m in enumerate(pieces):
        so_far = "".join(characters(_WORD.sub(lambda w: NATO.get(w.group(), w.group()), text[p.start : p.end]), "NI_NUMBER")
                         for p in pieces[: k + 1] if m.start - 200 <= p.start)  # "whiskey , t 8 1": w t 8 1
        late = _SUFFIX_LATE.match(text, m.end) or _SUFFIX_AFTER_ASIDE.match(text, m.end)
        if late and _NO_SUFFIX.search(so_far) and free(late.start(1), late.end(1), values):
            found.append(Match("NI_NUMBER", late.start(1), late.end(1)))
    return found


# An NI number shown masked, its letters kept: "i can see gr...a on the record", "AB******D"
_NI_MASKED = re.compile(r"(?<![\w.*])([a-z]{2}) ?(?:\.{3}|…|\*{3,}|x{6}) ?([a-d])(?![\w*])")


def masked_nis(text: str, matches: list[Match]) -> list[Match]:
    """An NI number read in the call, shown again masked with its prefix and suffix ("… gr 31 64 21 a …" / "i can see
    gr...a on the record"): with the number said, its letters go with it."""
    said = {(v[:2], v[-1]) for m in matches if m.type == "NI_NUMBER" and len(v := characters(text[m.start : m.end], "NI_NUMBER")) == 9}
    return [Match("NI_NUMBER", m.start(), m.end()) for m in _NI_MASKED.finditer(text) if m.groups() in said and free(m.start(), m.end(), matches)]


def corrections_after(text: str, matches: list[Match]) -> list[Match]:
    """A value read back wrong and put right ("so that's b l 0 5 0 3 6 2 a" / "no the last two are 6
    1 then a"): the digits (and an NI suffix letter) of a correcting turn right after go with it."""
    found = []
    for m in matches:
        if m.type not in FRAGMENT_TYPES:
            continue
        if m.type == "NI_NUMBER" and (end := _SUFFIX_AT_THE_END.match(text, m.end)):
            # "… 5 2 and then d at the end", "sorry was that the full" / "oh and a at the end sorry"
            start = end.start(1)
            if free(start, end.end(1), matches, found):
                found.append(Match(m.type, start, end.end(1)))
        line_start = text.find("\n", m.end)
        rest = text[m.end : line_start if line_start >= 0 else len(text)]
        if m.type == "NI_NUMBER" and (fix := _SUFFIX_PUT_RIGHT.match(rest)):
            # "… 4 5 a no sorry d": the suffix letter put right at once
            start = m.end + fix.start(1)
            if free(start, start + 1, matches, found):
                found.append(Match(m.type, start, start + 1))
        if line_start < 0:
            continue
        line_end = text.find("\n", line_start + 1)
        line = text[line_start + 1 : line_end if line_end >= 0 else len(text)]
        if not _CORRECTING.match(line) and line_end >= 0 and len(line.split()) <= 10:
            # "and the letter at the end was a" / "no sorry it's c not a": the correction answers a short question
            line_start, line_end = line_end, text.find("\n", line_end + 1)
            line = text[line_start + 1 : line_end if line_end >= 0 else len(text)]
        if not _CORRECTING.match(line) or len(re.findall(r"[a-z'’]+", line)) > 13:  # words, not the digits of the fix
            continue
        if m.type == "NI_NUMBER" and (letters := _LETTERS_PUT_RIGHT.match(line)):  # "no papa not v", "no l not bravo"
            for k in (1, 2):
                start = line_start + 1 + letters.start(k)
                if free(start, line_start + 1 + letters.end(k), matches, found):
                    found.append(Match(m.type, start, line_start + 1 + letters.end(k)))
        for part in _CORRECTED_PART.finditer(line):
            if re.search(r"(?:last|first|next|middle|other) $", line[: part.start()]):
                continue  # "the last 2 are …": a count
            if part.group()[0].isdigit() or part.group() in ("o", "oh") or m.type == "NI_NUMBER":
                start = line_start + 1 + part.start()
                if free(start, start + len(part.group()), matches, found):
                    found.append(Match(m.type, start, start + len(part.group())))
                fixed = characters(part.group(), m.type)
                if len(fixed) >= 3 and line_end >= 0:  # "no the last bit is 0 5 6 4" / "ah 0 5 6 4 sorry about that": said back
                    next_end = text.find("\n", line_end + 1)
                    for again in _CORRECTED_PART.finditer(text, line_end + 1, next_end if next_end >= 0 else len(text)):
                        if characters(again.group(), m.type) == fixed and free(again.start(), again.end(), matches, found):
                            found.append(Match(m.type, again.start(), again.end()))
    return found


_SUFFIX_AT_THE_END = re.compile(r"[ ,]*(?:\n[^\n]{0,60}\n)?[ ,]*(?:(?:oh|and|then|the letter|it's|its|sorry|a|yeah|yes|yep|right|correct|no|nope|[a-d](?= ,))[ ,]+)*"
                                r"((?:ay|" + NI_SUFFIX_SAID + r")(?: (?:for|as in) [a-z]+)?) at the end(?![a-z])")
_SUFFIX_PUT_RIGHT = re.compile(r"[ ,.]*(?:no|nope|sorry|actually|wait|i mean)(?: sorry| no)?(?: (?:hang|hold) on)?"
                               r"(?: (?:it's|its|it is|that's|thats|that should be|it should be))?[ ,]*([a-d])(?:[ .!]*$|(?=[ ,]+(?:it's|its) [a-d] at the end))")


def characters(value: str, kind: str) -> str:
    return re.sub(r"[^a-z0-9]" if kind == "NI_NUMBER" else r"\D", "", value)


def free(start: int, end: int, *taken: list[Match]) -> bool:
    """No match in ``taken`` overlaps ``[start, end)``."""
    return not any(x.start < end and start < x.end for matches in taken for x in matches)


_LAST_DIGIT = re.compile(r"[ ,]+(?:[a-z'’]+[ ,]+){1,8}?(\d)[ .!?]*(?=\n|$)")  # "… 5 3 7 5 , hang on the light's bad , 6"


def last_digit_after_aside(text: str, matches: list[Match]) -> list[Match]:
    """A card's last digit said alone after an aside that ends the turn ("so 3 7 0 6" / "then 15 6 8 0 9 5 3 7 5 , hang on
    the light's bad , 6"): the digit, when with the card's pieces before it it makes a Luhn-valid card of its brand's length."""
    cards = sorted((m for m in matches if m.type == "CARD_NUMBER"), key=lambda m: m.start)
    found = []
    for k, m in enumerate(cards):
        digit = _LAST_DIGIT.match(text, m.end)
        if not digit or (k + 1 < len(cards) and cards[k + 1].start < digit.end(1)):
            continue
        read = "".join(re.sub(r"\D", "", text[c.start : c.end]) for c in cards[: k + 1] if m.start - 200 <= c.start)
        if read and len(read) + 1 == card_length(read) and luhn_valid(read + digit.group(1)):
            found.append(Match("CARD_NUMBER", digit.start(1), digit.end(1)))
    return found


_PIECE = re.compile(r"(?<![\w])\d+(?: \d+)*(?![\w])")
READ_BACK_LINES = 12  # how far after a card its read-back in pieces may run


def piecewise_read_backs(text: str, matches: list[Match]) -> list[Match]:
    """A card read back piece by piece after it was read ("okay i'm going to go through it in fours 5 5 2 4 ? 0 2 2 6 ? …
    9 3 9 0 ?" / "no , 9 3 8 0" / "9 3 8 0 , sorry"): pieces that go on through the card's digits in order, from its
    first four or from the start of a group it was read in ("sorry , was the 2nd block 2 3 1 2 0 5 ?" / "no , 2 3 1 8 0
    5"), and a piece said again, go with it; so does a piece with one digit misheard, once the next piece puts it right
    (from where it began or up to where it ended: "4 6 7 6 4 9 8 7 ?" / "no , 3 9 8 7"), and the card's last four or more
    said again as a turn of their own ("and just the last 4 again ?" / "8 2 1 5")."""
    found = []
    for card in (m for m in matches if m.type == "CARD_NUMBER"):
        digits = re.sub(r"\D", "", text[card.start : card.end])
        if not 13 <= len(digits) <= 19:
            continue
        starts, read = {0}, 0
        for group in text[card.start : card.end].split(","):  # "3 4 8 1 , 2 3 1 8 0 5 , 33 7 4 8": blocks at 0, 4, 10
            starts.add(read)
            read += len(re.sub(r"\D", "", group))
        limit = card.end
        for _ in range(READ_BACK_LINES):
            limit = text.find("\n", limit + 1)
            if limit < 0:
                limit = len(text)
                break
        pos, last = None, ""
        misheard: tuple[int, int, re.Match[str]] | None = None  # where in the card's digits, and the piece
        for piece in _PIECE.finditer(text, card.end, limit):
            said = piece.group().replace(" ", "")
            if pos is None and misheard is None:  # where the read-back begins
                at = sorted(starts) if len(said) >= 4 else []
                if len(said) >= 4 and _OWN_LINE.fullmatch(text, text.rfind("\n", 0, piece.start()) + 1, _line_end(text, piece.end())):
                    at.append(len(digits) - len(said))  # the last digits said again on their own
                if 3 <= len(said) <= 4 and (block := _BLOCK_NAMED.search(text, max(0, piece.start() - 30), piece.start())):
                    n = _BLOCK_ORDINALS.index(block.group(1)) % 4 if block.group(1) not in ("last", "final") else 3
                    blocks = sorted(starts)  # where it begins as the card was read, in fours, or (the fourth, the last) at its end
                    at += [p for p in (blocks[n] if n < len(blocks) else -1, 4 * n, len(digits) - len(said) if n == 3 else -1) if p >= 0]
            else:
                at = [pos] if misheard is None else [misheard[0], misheard[1] - len(said)]
            right = next((p for p in at if p >= 0 and digits[p : p + len(said)] == said), None)
            if right is not None:
                pos, last = right + len(said), said
                heard = [piece] if misheard is None else [misheard[2], piece]
                misheard = None
            elif misheard is None and (said == last or pos is not None and pos >= len(said) and digits[pos - len(said) : pos] == said):
                heard = [piece]  # "9 3 8 0 , sorry": the piece put right, said again ("nope 6 19 the last one's 9" / "so 6 1 9")
            elif misheard is None and len(said) >= 3 and (slip := next((p for p in at if 0 <= p and len(digits[p : p + len(said)]) == len(said)
                                                                        and sum(a != b for a, b in zip(said, digits[p:])) == 1), None)) is not None:
                misheard = (slip, slip + len(said), piece)  # goes with the card once the next piece puts it right
                continue
            elif pos is None or re.search(r"not an? $", text[max(0, piece.start() - 7) : piece.start()]):
                continue  # not a piece of the card yet: "the 2nd block" is a count; "… 9 not a 0": the digit put right
            else:
                break
            found += [Match("CARD_NUMBER", p.start(), p.end()) for p in heard if free(p.start(), p.end(), matches, found)]
    return found


# A block of four named as it is read back: "and the third block was 4 6 3 7 ?"
_BLOCK_ORDINALS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
_BLOCK_NAMED = re.compile(r"(?<![a-z0-9])(" + "|".join(_BLOCK_ORDINALS) + r"|last|final) (?:block|group|set|four|lot)(?: of (?:4|four))?(?: (?:was|is|were|are))?(?: it)? $")
_OWN_LINE = re.compile(r"(?:(?:so|yes|yeah|yep|it's|its|that's|thats|right|okay|ok|um|uh|er)[ ,]+)*\d+(?: \d+)*[ .!?]*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_NI_TYPED = re.compile(r"(?<![\w])([a-z]{2}) ?(\d{6}) ?[a-d]?(?![\w])")


def mistyped_nis(text: str, matches: list[Match]) -> list[Match]:
    """An NI number typed with a slip just before it is typed right ("HL726942 - sorry typo, it's hl729642D"): the
    same letters, and digits that differ in one or two places, in the value's line or the line before."""
    found = []
    for ni in (m for m in matches if m.type == "NI_NUMBER"):
        value = characters(text[ni.start : ni.end], "NI_NUMBER")
        if not re.fullmatch(r"[a-z]{2}\d{6}[a-d]?", value):
            continue
        lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, ni.start))) + 1
        for typed in _NI_TYPED.finditer(text, lo, ni.start):
            slips = sum(a != b for a, b in zip(typed.group(2), value[2:8]))
            if typed.group(1) == value[:2] and 0 < slips <= 2 and free(typed.start(), typed.end(), matches, found):
                found.append(Match("NI_NUMBER", typed.start(), typed.end()))
    return found
