"""Apply detections to a call: placeholders in text and words, a span list per utterance.

Each detected span becomes ``[TYPE]`` in the utterance text; the words it covers collapse into
one word ``[TYPE]`` carrying their time range; the utterance's ``redactions`` list records type,
character offsets *in the redacted text* and times, never the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from convo.redact.corrections import (DIGIT_RUN, FRAGMENT_TYPES, READING, abandoned_starts, characters, corrections_after, endings_said,
                                       first_letter_as_word, free, last_digit_after_aside, late_suffixes, misheard_second_letter,
                                       masked_nis, mistyped_nis, ni_letters_before, piecewise_read_backs, restarted_nis, restarted_readings)
from convo.redact.detectors import Match, detect
from convo.redact.elicit import requested_values
from convo.redact.naming import named_as_other
from convo.redact.net import SHAPE_ONLY, net_cards, net_nis, net_ssns
from convo.redact.patterns import COMMON_TWO_LETTER_WORDS, CONTEXT, ENTITY_TYPES, SAID_LETTERS, STREET_END
from convo.redact.numbers import ENGLISH_UNITS, FILLERS, TEENS, TENS, UNITS
from convo.redact.stream import NATO, Stream, build_stream, forget_normalised, normalise

_SENSITIVE_WORD = re.compile(r"\d|@")


@dataclass(frozen=True)
class RedactOptions:
    """What to redact. ``entities``: the types to look for (all by default)."""

    enabled: bool = True
    entities: frozenset[str] = field(default_factory=lambda: frozenset(ENTITY_TYPES))
    audio_dir: str | None = None
    audio_fill: str = "tone"

    def __post_init__(self) -> None:
        unknown = set(self.entities) - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown entity types {sorted(unknown)}; expected some of: {', '.join(ENTITY_TYPES)}")
        if self.audio_fill not in ("tone", "silence"):
            raise ValueError(f"Invalid audio_fill {self.audio_fill!r}, expected one of: tone, silence")
        object.__setattr__(self, "entities", frozenset(self.entities))


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, kind))
    return merged


# Types a detector recognises by the value's own form (prefix and length, checksum, "@", a date); the
# others (3 digits for a CVV, 6 for a sort code …) it guesses from length, and the request wins.
SHAPE_TYPED = frozenset({"PHONE", "EMAIL", "IBAN", "CARD_NUMBER", "NI_NUMBER", "DOB", "EXPIRY", "POSTCODE", "ADDRESS"})


def find_spans(texts: list[str], speakers: list[str], entities: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """Per utterance, the ``(start, end, type)`` character spans to redact (merged, sorted)."""
    stream = build_stream(texts, speakers)
    spans: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    matches = [m for m in detect(stream.text, entities, stream.breaks) if not named_as_other(stream.text, m)]
    requested = requested_values(texts, speakers, entities)
    card_read = any(kind == "CARD_NUMBER" for spans_ in requested for *_, kind in spans_)
    matches += _truncated_repeats(stream.text, matches, card_read) + _repeated_streets(stream.text, matches)
    asked = _in_stream(stream, requested)
    matches += _ssn_last_fours(stream.text, matches, asked)
    matches += endings_said(stream.text, matches, asked)
    matches += abandoned_starts(stream.text, matches)
    matches += restarted_readings(stream.text, matches)
    matches += restarted_nis(stream.text, matches)
    matches += corrections_after(stream.text, matches)
    matches += late_suffixes(stream.text, matches + asked)
    # a value read back may have been found by the request for it rather than a detector ("just to confirm , 533 6 6 …")
    read_back = matches + asked
    pieces = _read_back_pieces(stream.text, read_back, lambda pos: speakers[stream.tokens[stream.owner[pos]].utt])
    matches = _shapes_overruled(matches, [p for p in pieces if p.type == "CARD_NUMBER"]) + pieces
    if "CARD_NUMBER" in entities and (net := net_cards(stream.text, matches, named_as_other)):
        matches = _shapes_overruled(matches, net) + net
        matches += _truncated_repeats(stream.text, matches, card_read)  # "so that's the card ending …" after a card the net found
        matches += restarted_readings(stream.text, matches)  # "… sorry i've lost my place . from the top , …" before it
    matches += last_digit_after_aside(stream.text, matches)
    mistyped = _mistyped_cards(stream.text, matches)  # "so that's … 19 24" / "no , the last bit is 19 23": put right after
    matches += _other_card_starts(stream.text, matches) + mistyped + corrections_after(stream.text, mistyped)
    matches += piecewise_read_backs(stream.text, matches)  # "okay i'm going to go through it in fours …"
    matches += _parts_asked_about(stream.text, matches, asked)
    if "SSN" in entities and (net := net_ssns(stream.text, matches)):
        matches += net + _ssn_last_fours(stream.text, matches + net, asked)  # "… and then / 1 8 2 6" / "so ending in 1 8 2 6"
    if "NI_NUMBER" in entities:
        matches += net_nis(stream.text, matches)
        matches += mistyped_nis(stream.text, matches)  # "HL726942 - sorry typo, it's hl729642D"
        matches += masked_nis(stream.text, matches)  # "… gr 31 64 21 a …" / "i can see gr...a on the record"
    matches += ni_letters_before(stream.text, matches)
    matches += first_letter_as_word(stream.text, matches + asked)
    matches += misheard_second_letter(stream.text, matches + asked)
    matches += _prefix_said_as_word(stream.text, matches + asked)
    matches = [m for m in matches if not (m.type == "POSTCODE" and _model_name(texts, stream.origins(m.start, m.end)))]
    for match in matches:
        for utt, (start, end) in stream.origins(match.start, match.end).items():
            spans[utt].append((start, end, match.type))
        covered = {stream.owner[i] for i in range(match.start, match.end)}
        for utt, start, end, first, last in stream.echoes:  # a read-back of a redacted piece
            if any(first <= t <= last for t in covered):
                spans[utt].append((start, end, match.type))
    for utt, extra in enumerate(requested):
        for start, end, kind in (piece for span in extra for piece in _split_by_type(texts[utt], span, spans[utt])):
            # a detector's type stands where its evidence is the value's own shape
            kind = next((k for s, e, k in spans[utt] if s < end and start < e
                         and (k in SHAPE_TYPED or (k, kind) == ("SORT_CODE", "BANK_ACCOUNT")  # bank details: both
                              or (k, kind) == ("CVV", "CARD_NUMBER") and _after_card(spans[utt], s))), kind)
            spans[utt] = [(s, e, kind if s < end and start < e else k) for s, e, k in spans[utt]]
            spans[utt].append((start, end, kind))
            for echo_utt, echo_start, echo_end, first, last in stream.echoes:  # "sorry was that c for charlie?"
                if any(stream.tokens[t].utt == utt and stream.tokens[t].start < end and start < stream.tokens[t].end
                       for t in range(first, last + 1)):
                    spans[echo_utt].append((echo_start, echo_end, kind))
    forget_normalised()  # the memo serves one call's two passes
    return [_close_fillers(text, _with_extensions(text, _merge(s))) for text, s in zip(texts, spans)]


_NUMBER_WORD = "(?:" + "|".join(sorted((*ENGLISH_UNITS, *TEENS, *TENS), key=len, reverse=True)) + ")"
_EXTENSION_DIGIT = rf"(?:{_NUMBER_WORD}|double|triple|hundred|and(?= {_NUMBER_WORD}(?![a-z])))"
# A phone number's extension goes with it: "(942) 937-9404 ext 978", "… eleven seventy two and then extension four three seven"
_EXTENSION = re.compile(rf",? (?:(?:and )?then )?(?:ext\.?|extension|x(?=\d))[ .:#]*(?:\d+|{_EXTENSION_DIGIT}(?: {_EXTENSION_DIGIT})*)(?![\w])", re.I)


def _with_extensions(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each phone number with its extension (the extension, redacted on its own as a phone, is part of it)."""
    out = []
    for start, end, kind in spans:
        ext = _EXTENSION.match(text, end) if kind == "PHONE" else None
        out.append((start, ext.end(), kind) if ext else (start, end, kind))
    return _merge(out) if any(kind == "PHONE" for _, _, kind in spans) else out


def _shapes_overruled(matches: list[Match], cards: list[Match]) -> list[Match]:
    """``matches`` less those a card overrules: a type its pieces had by their shape alone (see ``SHAPE_ONLY``)."""
    return [m for m in matches if not (m.type in SHAPE_ONLY and not free(m.start, m.end, cards))]


def _in_stream(stream: Stream, spans: list[list[tuple[int, int, str]]]) -> list[Match]:
    """Per-utterance character spans as matches on the stream (those whose words are in it)."""
    if not any(spans):
        return []
    first: dict[int, int] = {}
    for pos, owner in enumerate(stream.owner):
        if owner >= 0:
            first.setdefault(owner, pos)
    by_utt: dict[int, list[int]] = {}
    for i, tok in enumerate(stream.tokens):
        by_utt.setdefault(tok.utt, []).append(i)
    found = []
    for utt, utt_spans in enumerate(spans):
        for start, end, kind in utt_spans:
            inside = [i for i in by_utt.get(utt, ()) if stream.tokens[i].start < end and start < stream.tokens[i].end and i in first]
            if inside:
                found.append(Match(kind, first[inside[0]], first[inside[-1]] + len(stream.tokens[inside[-1]].text)))
    return found


def _after_card(found: list[tuple[int, int, str]], start: int) -> bool:
    """A card number was found before ``start`` in the utterance: a security code there is the card's, not more of it."""
    return any(kind == "CARD_NUMBER" and end <= start for _, end, kind in found)


# "HP LaserJet M404dn": a model's name, typed like a postcode without its space but in mixed case
_MODEL_NAME = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[a-z]{2}")


def _model_name(texts: list[str], origins: dict[int, tuple[int, int]]) -> bool:
    """A postcode-shaped word in mixed case ("M404dn") with no postcode or address named in its turn or the two
    before it: a model name (asked for, "SW74gs" is a postcode)."""
    if len(origins) != 1:
        return False
    (utt, (start, end)), = origins.items()
    return bool(_MODEL_NAME.fullmatch(texts[utt], start, end)) \
        and not any(CONTEXT["zip"].search(low) or "address" in low for low in (t.lower() for t in texts[max(0, utt - 2) : utt + 1]))


def _split_by_type(text: str, span: tuple[int, int, str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A requested reading that holds values the detectors typed differently ("bank details … 09-48-19 / 45687330":
    a sort code, then an account number), cut where each value begins, each piece of the type found there; the
    words between two values stay."""
    start, end, kind = span
    inside = sorted((s, e, k) for s, e, k in found if s < end and start < e)
    if len({k for *_, k in inside}) < 2:
        return [span]
    cuts = [start] + [s for s, _, _ in inside[1:]] + [end]
    pieces = []
    for (a, b), (*_, found_kind) in zip(zip(cuts, cuts[1:]), inside):
        a, b = max(a, start), min(b, end)
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if b > a:  # each value its detector's type: "4255.9343.2874.4366 / 12/30 / 083" asked as the card
            pieces.append((a, b, found_kind))
    return pieces


# "so that's the card ending 3 4 2 4": the last four of a card, which may be shown on their own (PCI DSS)
TRUNCATED_CARD = re.compile(r"(?<![a-z])(?:(?:[*x•]{3,4} ){1,3}[*x•]{3,4}|[*•]{8,}(?=\d)|ending(?: in| with| on)?|ends (?:in|with|on)|last (?:4|four)(?: digits| numbers)?"
                            r"(?:(?: again)?(?: (?:are|is|of it|were|was|as))?))(?:[ ,:]+|(?<=[*•])|[ ,.?]*\n(?=(?:\d ?){4}[ .,!?]*(?:\n|$)))((?:\d ?){4})(?![\d])")
# "the last four again was …"; "**** **** **** 2300", "************7373"; "say the last four again" / "2 3 7 9" (a turn of its own)


def _truncated_repeats(text: str, matches: list[Match], card_read: bool = False) -> list[Match]:
    """The last four of a card in a call where a card number is read out ("… so ending 3424?", "not the
    one ending 0042, use the mastercard 5348 …"): with card data in the call, every card's last four
    goes with it, a repeat of the card read or another card's (alone they stay, see elicit)."""
    joined = "".join(re.sub(r"\D", "", text[m.start : m.end]) for m in matches if m.type == "CARD_NUMBER")
    return [Match("CARD_NUMBER", t.start(1), t.end(1)) for t in TRUNCATED_CARD.finditer(text)
            if (len(joined) >= 12 or card_read) and not any(m.start < t.end(1) and t.start(1) < m.end for m in matches)]


PREFIX_LINES = 4  # how many turns before an NI number its letters said as one word may come


def _prefix_said_as_word(text: str, values: list[Match]) -> list[Match]:
    """An NI number's two letters said as one word or alone in a short turn before it ("it's hm ..." / "sorry, was that e for
    echo?" / "no, h for hotel m for mike" / …), not an everyday two-letter word; or said again, one by one, in the
    two turns after it ("… p m 3 5 98 44 then a" / "sorry the middle bit again after p m")."""
    found: list[Match] = []
    for value in (v for v in values if v.type == "NI_NUMBER"):
        prefix = characters(text[value.start : value.end], "NI_NUMBER")[:2]
        if not (len(prefix) == 2 and prefix.isalpha()) or prefix in COMMON_TWO_LETTER_WORDS:
            continue
        lo = value.start
        for _ in range(PREFIX_LINES):
            lo = text.rfind("\n", 0, max(0, lo - 1)) + 1 if lo else 0
        for said in re.finditer(rf"(?<![\w'’]){prefix[0]}(?: ,)? ?{prefix[1]}(?![\w'’])", text[: value.start]):  # "hm", "it's k m"
            if said.start() < lo:
                continue
            line_start, line_end = text.rfind("\n", 0, said.start()) + 1, text.find("\n", said.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if len(re.findall(r"[a-z'’]+", line)) <= 4 and free(said.start(), said.end(), values, found):
                found.append(Match("NI_NUMBER", said.start(), said.end()))
        # the letters said again in the next turn or two, in a question about the rest: "sorry the middle bit again after p m"
        hi = value.end - 1
        for _ in range(3):  # the end of the value's turn, then of the two after it
            hi = text.find("\n", hi + 1)
            if hi < 0:
                hi = len(text)
                break
        for said in re.compile(rf"(?<![\w'’]){prefix[0]} ,? ?{prefix[1]}(?![\w'’])").finditer(text, value.end, hi):
            line = text[text.rfind("\n", 0, said.start()) + 1 : said.start()]
            if line.count(" ") <= 10 and free(said.start(), said.end(), values, found):
                found.append(Match("NI_NUMBER", said.start(), said.end()))
    return found


def _ssn_last_fours(text: str, matches: list[Match], asked: list[Match]) -> list[Match]:
    """"the last four are six double nine eight do you need the whole thing" / "yes the full number please" /
    "… 6 9 9 8": the last four of an SSN read in the call (found, or read when asked for) are the SSN's (an
    SSN's last four are a secret)."""
    endings = {re.sub(r"\D", "", text[m.start : m.end])[-4:] for m in (*matches, *asked) if m.type == "SSN"}
    return [Match("SSN", t.start(1), t.end(1)) for t in TRUNCATED_CARD.finditer(text)
            if re.sub(r"\D", "", t.group(1)) in endings and not any(m.start < t.end(1) and t.start(1) < m.end for m in matches)]


_NUMBER = re.compile(r"(?<![\w])\d+(?![\w])")
READ_BACK_LINES = 8  # how far back a whole value read out again is looked for in pieces


# An NI number's pieces: digits, letters, NATO words and letters' names ("and then charlie", "it's ess zed", "double you em")
_NI_PIECE = re.compile(r"(?<![\w'’])(?:\d+|[a-z]|double you|" + "|".join(sorted({*NATO, *SAID_LETTERS}, key=len, reverse=True)) + r")(?![\w'’])")


def _piece_letter(piece: str) -> str:
    return "w" if piece == "double you" else NATO.get(piece) or SAID_LETTERS.get(piece, piece)



def _read_back_pieces(text: str, matches: list[Match], speaker_at: Callable[[int], str]) -> list[Match]:
    """The pieces of a value the agent reads back whole, when one piece was said in a way no rule knew ("0 88 next
    is 9 8 6 5 0 6" / "okay i have 0 88 , 9 8 , 6 5 0 6"; "m c , wait let me turn it over , 00 5 4 …" / "so m c 00 5 4 2 8
    d"): numbers said in the lines before, one after another, whose digits make exactly the value read back (6 digits
    or more), go with it."""
    found: list[Match] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k, (lo, hi) in enumerate(lines):
        here = sorted((m for m in matches if m.type in FRAGMENT_TYPES and lo <= m.start < hi), key=lambda m: m.start)
        values = {(m.type, characters(text[m.start : m.end], m.type)) for m in here}  # each value read back, and all of a type
        values |= {(kind, "".join(characters(text[m.start : m.end], kind) for m in here if m.type == kind)) for kind in {m.type for m in here}}
        for kind, value in values:
            if len(value) < 6:
                continue
            reader = speaker_at(lo)  # the other side's numbers, not the reader's own part read-backs ("5 33 6 , got it")
            pieces = _NI_PIECE if kind == "NI_NUMBER" else _NUMBER  # an NI number's letters too ("e z" / "56 72 42" / "b")
            numbers = [n for a, b in lines[max(0, k - READ_BACK_LINES) : k] if speaker_at(a) != reader for n in pieces.finditer(text, a, b)]
            for i in range(len(numbers)):
                said, j = "", i
                while j < len(numbers) and len(said) < len(value):
                    said += _piece_letter(numbers[j].group())
                    j += 1
                run = numbers[i:j]
                if said != value:
                    continue
                # a card read back overrules a type its pieces had by their shape alone ("thirty four forty six - one, uh
                # four five... thirty five", a phone's shape, "er... two - nineteen nine seven, 9" / "I have 3446 …")
                for n in run:
                    near = [m for m in (*matches, *found) if m.start < n.end() and n.start() < m.end]
                    if not near or kind == "CARD_NUMBER" and any(m.type in SHAPE_ONLY for m in near) \
                            and all(m.type in (*SHAPE_ONLY, kind) for m in near):
                        found.append(Match(kind, n.start(), n.end()))
    return found


# "… it's 49 0 4 0 sorry no that's my husband's card": a reading broken off for another card
_BROKEN_OFF = re.compile(r"[ ,.]*(?:(?:o|oh|um|uh|er|erm) )?(?:sorry|no|wait|oops|hang on|hold on)(?![\w])[^\d\n]*$")


def _other_card_starts(text: str, matches: list[Match]) -> list[Match]:
    """The first digits of one card, broken off for another read next ("yeah it's 4 2 2 8 no wait that's the old one
    hang on" / "no rush" / "okay so it's 6 0 11 , 2 5 2 …"): 4 to 12 digits starting like a card (2 to 6), the turn
    ending in the correction, the card asked for just before, and a card found in the caller's next turn."""
    found = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k in range(1, len(lines) - 1):
        lo, hi = lines[k]
        reading = READING.search(text, lo, hi)
        if not reading or not CONTEXT["card"].search(text, *lines[k - 1]):
            continue
        digits = re.sub(r"\D", "", reading.group())
        if not (4 <= len(digits) <= 12 and digits[0] in "23456") or not _BROKEN_OFF.match(text[reading.end() : hi]) \
                or not free(lo, hi, matches):
            continue
        if any(m.type == "CARD_NUMBER" and lines[k + 1][0] <= m.start < lines[min(k + 2, len(lines) - 1)][1] for m in matches):
            found.append(Match("CARD_NUMBER", reading.start(), reading.end()))
    return found


def _mistyped_cards(text: str, matches: list[Match]) -> list[Match]:
    """A card written with a wrong digit and corrected ("number: 4263 9240 0680 3101" / "sorry typo!! should be 4263 9240
    0680 0101"): a run of a card's length within a digit or two of a card found in the call is that card's digits."""
    cards = {re.sub(r"\D", "", text[m.start : m.end]) for m in matches if m.type == "CARD_NUMBER"}
    cards = {c for c in cards if 13 <= len(c) <= 19}
    if not cards:
        return []  # most calls
    found = []
    for run in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", run.group())
        near = [m for m in matches if m.start < run.end() and run.start() < m.end]  # none, or a card's part of it
        if 13 <= len(digits) <= 19 and all(m.type == "CARD_NUMBER" and m.end - m.start < run.end() - run.start() for m in near) \
                and any(len(c) == len(digits) and 0 < sum(a != b for a, b in zip(c, digits)) <= 2 for c in cards):
            found.append(Match("CARD_NUMBER", run.start(), run.end()))
    return found


# The agent asks about a part of a value ("was that 2 4 5 0 at the end ?", "was the middle part 3 1 ?", "was that c at the
# start ?") and the caller answers ("yes , charlie", "yes 3 1").
_PART_QUESTION = re.compile(r"(?<![a-z])(?:(?:was|is) (?:that|it|the (?:first|middle|last|second|third|final) (?:part|bit|group|block|digits?|letters?))"
                            r"|the (?:start|end|beginning|letters?|first two|last two) (?:was|is|were|are)"
                            # "and the middle two of the social were 3 7 ?"
                            r"|the (?:first|middle|last|second|third|final) (?:2|3|4|two|three|four)(?: of (?:the|your|his|her|their) [a-z]+)? (?:was|is|were|are)) "
                            r"((?:[a-z0-9]+ ){0,7}?[a-z0-9]+)(?= (?:at|on) the (?:start|end|beginning)(?![a-z])| ?\?|(\n|$))")
_YES_AND = re.compile(r"(?:yes|yeah|yep|correct|that's right|that's it|(?:the )?(?:1st|first|2nd|second) one)[ ,]+((?:[a-z0-9]+ ){0,5}[a-z0-9]+)[ .!]*$")


def _parts_asked_about(text: str, matches: list[Match], asked: list[Match]) -> list[Match]:
    values = [(m.type, characters(text[m.start : m.end], m.type)) for m in (*matches, *asked) if m.type in ("CARD_NUMBER", "SSN", "NI_NUMBER")]
    # a card read in pieces: a part asked about may run across two of them ("4 5 5 6 7 6 1 0 ... 7 6 2 2 …" / "… 7 6 1 0 7 6 22")
    cards = sorted({(m.start, m.end) for m in (*matches, *asked) if m.type == "CARD_NUMBER"})
    values.append(("CARD_NUMBER", "".join(characters(text[a:b], "CARD_NUMBER") for a, b in cards
                                          if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in cards))))
    found: list[Match] = []
    for question in _PART_QUESTION.finditer(text):
        # "was that j or e ?": each alternative the value has is a part of it
        for alternative in re.finditer(r"(?:(?! or )[^?])+", question.group(1)):
            part = "".join(NATO.get(w, w) for w in alternative.group().split())
            unmarked = question.group(2) is not None  # "can i just check the middle bit was that 7 6 1 0 7 6 22": six or more
            kind = next((k for k, v in values if part and part in v and (len(part) >= 2 or k == "NI_NUMBER") and (len(part) >= 6 or not unmarked)), None)
            start, end = question.start(1) + alternative.start(), question.start(1) + alternative.end()
            if kind is None or not free(start, end, matches):
                continue
            found.append(Match(kind, start, end))
            line_end = text.find("\n", question.end())
            next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
            answer = _YES_AND.match(text, line_end + 1, next_end if next_end >= 0 else len(text)) if line_end >= 0 else None
            if answer and "".join(NATO.get(w, w) for w in answer.group(1).split()) == part:  # "yes , charlie", "the first one , juliet"
                found.append(Match(kind, answer.start(1), answer.end(1)))
    return found




def _repeated_streets(text: str, matches: list[Match]) -> list[Match]:
    """A street redacted in an address, named again on its own ("sorry station what?" / "station
    grove yeah"): the repeat goes with it."""
    found = []
    for m in matches:
        street = re.sub(r"^[\d ,]*(?:[a-z] )?", "", text[m.start : m.end]) if m.type == "ADDRESS" else ""
        if len(street.split()) < 2 or not STREET_END.search(street):
            continue
        for again in re.finditer(r"(?<![a-z])" + re.escape(street) + r"(?![a-z])", text):
            if not any(a.start < again.end() and again.start() < a.end for a in matches):
                found.append(Match("ADDRESS", again.start(), again.end()))
    return found


def _close_fillers(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One value with a hesitation inside ("… double o four uh seven eight …") is one redaction."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        gap = text[out[-1][1] : start] if out else ""
        words = [w.strip(",.-…") for w in gap.split() if w.strip(",.-…")]  # ", then " is the word "then", " - um... " is "um"
        if out and out[-1][2] == kind and ((words or not gap.strip(" ,.-…")) and all(w in FILLERS or w in HESITATIONS for w in words)
                                           or _RESTART.fullmatch(gap.strip(" ,.").lower()) or _CORRECTED.fullmatch(gap.strip(" ,.").lower())
                                           or _PAUSE.fullmatch(gap.strip(" ,.").lower())):
            out[-1] = (out[-1][0], end, kind)
        else:
            out.append((start, end, kind))
    # a hesitation right after a value goes with it ("… five seven six four four um"): it says nothing, nor does a joiner
    # the reading broke off after ("… twenty one and then... hang on");
    # so does the "the" a spoken date begins with ("the [twenty eighth of the eighth …]")
    # and so does one that opens the turn right before it ("um [nought nine seven nine]")
    return [(start - 4 if kind in ("DOB", "EXPIRY") and text[max(0, start - 4) : start].lower() == "the " else
             lead.start(1) if (lead := _FILLER_BEFORE.search(text, 0, start)) else start,
             m.end() if (m := _TRAILING_FILLER.match(text, end) or _BROKEN_OFF_JOINER.match(text, end)) else end, kind) for start, end, kind in out]


_PAUSE = re.compile(r"(?:(?:um|uh|er|erm) )*(?:let me (?:think|see|check)|bear with me|one sec(?:ond)?)(?: (?:um|uh|er|erm))*")  # "… nine seven let me think too for …"
_RESTART = re.compile(r"(?:(?:no|sorry|wait|hang on|oops),? )*(?:let me )?(?:start|say|read|do) (?:that|it|this)(?: part| bit)? again")
_CORRECTED = re.compile(r"(?:(?:no|sorry|wait|oops|actually|i mean|my mistake|correction|rather)(?:,? |$))+")  # "… 7 8 0 no sorry i mean 6 0 0 b"
HESITATIONS = frozenset("sorry wait no hang on and then dash hyphen like so well eh em ehm right".split())  # between two pieces of one value: "6011 sorry 8134", "… 6 6 and d", "… dash …"
# opening the turn ("um [nought nine seven nine]") or not ("and erm [fifty four ten]")
_FILLER_BEFORE = re.compile(r"(?<![\w'])((?:(?:" + "|".join(sorted(FILLERS)) + r")[,.]? )+)$", re.I)
_TRAILING_FILLER = re.compile(r"(?: (?:" + "|".join(sorted(FILLERS)) + r"))+(?![\w'])")
_BROKEN_OFF_JOINER = re.compile(r",? (?:and then|and|then)(?= ?(?:\.\.\.|…))", re.I)  # "h k 43 21 21 and then... hang on that's my wife's"


def _word_offsets(text: str, words: list[dict[str, Any]]) -> list[tuple[int, int] | None]:
    offsets, pos = [], 0
    for word in words:
        token = word["word"].strip()
        found = text.find(token, pos) if token else -1
        if found < 0:
            offsets.append(None)
            continue
        offsets.append((found, found + len(token)))
        pos = found + len(token)
    return offsets


def _is_sensitive(word: str) -> bool:
    return bool(_SENSITIVE_WORD.search(word)) or word.strip(" ,.").lower() in UNITS


def _redact_words(text: str, words: list[dict[str, Any]], spans: list[tuple[int, int, str]]) -> tuple[list[dict[str, Any]], list[tuple[float | None, float | None]]]:
    offsets = _word_offsets(text, words)
    out: list[dict[str, Any]] = []
    times: list[list[float]] = [[] for _ in spans]
    emitted: set[int] = set()
    for word, off in zip(words, offsets):
        if off is None:
            if not _is_sensitive(word["word"]):
                out.append(word)
            continue  # a word we cannot place is dropped rather than risk a leak
        hit = next((i for i, (s, e, _) in enumerate(spans) if off[0] < e and off[1] > s), None)
        if hit is None:
            out.append(word)
            continue
        times[hit] += [word["start_s"], word["end_s"]]
        if hit in emitted:
            last = out[-1]
            last["end_s"], last["probability"] = word["end_s"], min(last["probability"], word["probability"])
        else:
            emitted.add(hit)
            out.append({**word, "word": f"[{spans[hit][2]}]"})
    return out, [(min(t), max(t)) if t else (None, None) for t in times]


def apply_spans(utterance: dict[str, Any], spans: list[tuple[int, int, str]]) -> dict[str, Any]:
    """Return ``utterance`` with ``spans`` replaced by placeholders in text and words."""
    if not spans:
        return {**utterance, "redactions": []}
    text, words = utterance["text"], utterance.get("words")
    times: list[tuple[float | None, float | None]] = [(None, None)] * len(spans)
    if words:
        words, times = _redact_words(text, words, spans)
    pieces, redactions, pos, length = [], [], 0, 0
    for (start, end, kind), (t0, t1) in zip(spans, times):
        pieces.append(text[pos:start])
        length += start - pos
        placeholder = f"[{kind}]"
        if t0 is None and utterance.get("start_s") is not None:
            t0, t1 = utterance["start_s"], utterance["end_s"]  # untimed words: the whole utterance
        redactions.append({"type": kind, "start_char": length, "end_char": length + len(placeholder), "start_s": t0, "end_s": t1})
        pieces.append(placeholder)
        length += len(placeholder)
        pos = end
    pieces.append(text[pos:])
    return {**utterance, "text": "".join(pieces), "words": words, "redactions": redactions}


# ASR drops words at the end of a fast digit reading (tiny.en recognised 9 of the 16 digits of the
# demo call's card and stopped its words 1.7 s before the speaker did). Speech nobody transcribed
# right after a value that ends its utterance is taken as the rest of the value: its time span
# (what --redact-audio covers) runs on to the same channel's next utterance, at most this long.
UNHEARD_TAIL_S = 3.0


def redact_utterances(utterances: list[dict[str, Any]], options: RedactOptions) -> list[dict[str, Any]]:
    """Redact a call's utterances (in turn order) together, so values split across turns are found."""
    spans = find_spans([u["text"] for u in utterances], [u["speaker"] for u in utterances], options.entities)
    out = [apply_spans(u, s) for u, s in zip(utterances, spans)]
    for i, utterance in enumerate(out):
        _extend_final_redaction(utterance, out[i + 1 :])
    return out


def _extend_final_redaction(utterance: dict[str, Any], later: list[dict[str, Any]]) -> None:
    redactions = utterance["redactions"]
    if (not redactions or redactions[-1]["end_s"] is None
            or redactions[-1]["end_char"] != len(utterance["text"].rstrip(" .,!?"))):
        return
    key = utterance.get("channel_index"), utterance.get("speaker")
    following = [u["start_s"] for u in later
                 if (u.get("channel_index"), u.get("speaker")) == key and u.get("start_s") is not None]
    end = redactions[-1]["end_s"]
    redactions[-1]["end_s"] = max(end, min([end + UNHEARD_TAIL_S, *following]))


def scrub(text: str, entities: frozenset[str] = frozenset(ENTITY_TYPES)) -> str:
    """Redact one free text (an error message, a log line).

    Example:
        >>> scrub("customer said 4111 1111 1111 1111")
        'customer said [CARD_NUMBER]'
    """
    if not text:
        return text
    spans = find_spans([text], ["unknown"], entities)[0]
    return apply_spans({"text": text, "start_s": None}, spans)["text"]


__all__ = ["RedactOptions", "redact_utterances", "scrub", "find_spans", "apply_spans", "normalise"]
