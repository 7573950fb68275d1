"""E-mails spoken or half typed, read back into one token: "j dot doe at gmail dot com", "toms1989@web dot de",
"fatima_murphy [at] btinternet . com" (see :func:`convo.redact.stream.normalise`)."""

from __future__ import annotations

import re

from convo.redact.tokens import Token

EMAIL_WORDS = {"dot": ".", "period": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
_LOCAL_PART = re.compile(r"[a-z0-9][a-z0-9._\-]*")
CONNECTORS = ("dot", "period", "underscore", "dash", "hyphen", "-")
# Never part of a spoken e-mail's local part: where to stop walking left from "at".
EMAIL_STOP = frozenset("is it's its was be to the my email e-mail address mail send at on and or please yes yeah "
                       "okay ok so that's thats it me use should would i i'm am we you he she they are were will "
                       "been have has had can could just still now here there currently me us".split())
TLDS = frozenset("com net org co uk io de fr es it nl ie eu info biz me us ca au edu gov ac".split())
_BRACKETS = {"[": "]", "(": ")", "{": "}", "<": ">"}
# Where a typed domain after a spoken "at" is a mailbox ("jones underscore tom at gmail.com"), not a site ("a speed test at speedtest.net").
MAIL_PROVIDERS = frozenset("gmail googlemail yahoo hotmail outlook live msn icloud me aol btinternet sky virginmedia talktalk eircom "
                           "protonmail proton gmx web comcast verizon att mail yandex zoho fastmail".split())
_PLAIN_TLDS = frozenset("com net org co uk ie de fr nl eu info biz edu gov ac io".split())
_BRACKETED = re.compile(r"[\[({<]\s*(dot|at)\s*[\])}>]", re.I)
_TYPED_DOMAIN = re.compile(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)+")


def typed_email_pieces(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Typed e-mails half spoken or disguised, as pieces the spoken-e-mail reader takes: "toms1989@web dot de"
    (the "@" typed), "… at gmail.com" (the domain typed), "fatima_murphy [at] btinternet . com", "tomn88(at)yahoo.co.uk"."""
    out: list[tuple[str, int, int]] = []
    for word, start, end in _unbracketed(pieces):
        lowered = word.lower()
        at = lowered.find("@")
        if 0 < at < len(lowered) - 1 and "." not in lowered[at:] and "@" not in lowered[at + 1 :]:
            out += [(word[:at], start, start + at), ("at", start + at, start + at + 1)]  # "toms1989@web" / "dot de"
            word, start, lowered = word[at + 1 :], start + at + 1, lowered[at + 1 :]
        if out and out[-1][0].lower() == "at" and _TYPED_DOMAIN.fullmatch(lowered) and lowered.rsplit(".", 1)[1] in TLDS \
                and (out[-1][2] - out[-1][1] != 2 or lowered.split(".")[0] in MAIL_PROVIDERS  # "@" or "(at)" typed, or a mailbox's domain
                     or len(out) > 2 and (out[-3][0].lower() in CONNECTORS or any(c.isdigit() for c in out[-2][0]))):
            for n, label in enumerate(word.split(".")):  # "at gmail.com": the domain typed
                if n:
                    out.append(("dot", start - 1, start))
                out.append((label, start, start + len(label)))
                start += len(label) + 1
        else:
            out.append((word, start, end))
    return out


def _unbracketed(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"[at]", "(dot)" as the words they hide, whether a piece of their own or inside one ("gmail(dot)com")."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(pieces):
        word, start, end = pieces[i]
        if word in _BRACKETS and i + 2 < len(pieces) and pieces[i + 1][0].lower() in ("at", "dot") \
                and pieces[i + 2][0] == _BRACKETS[word]:
            out.append((pieces[i + 1][0].lower(), start, pieces[i + 2][2]))
            i += 3
            continue
        pos = start
        for m in _BRACKETED.finditer(word) if len(word) > 4 else ():
            out += [(word[pos - start : m.start()], pos, start + m.start())] if m.start() > pos - start else []
            out.append((m.group(1).lower(), start + m.start(), start + m.end()))
            pos = start + m.end()
        out += [(word[pos - start :], pos, end)] if pos < end else []
        i += 1
    return out


def spoken_emails(tokens: list[Token]) -> list[Token]:
    """Join "j dot doe at gmail dot com" (or "liam okafor 78 at b t internet dot com") into one token."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        found = spoken_email_at(tokens, i) if tokens[i].text == "at" else None
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        left, right = found
        said = _said_name_before(tokens, left)
        keep = len(out) - (i - said)
        text = "".join(EMAIL_WORDS.get(t.text, t.text) for t in tokens[left:right])
        out = out[:keep] + [Token(text, tokens[said].utt, tokens[said].start, tokens[right - 1].end)]
        i = right
    return out


TURN_LEAD_INS = frozenset("yeah yes yep and then so it's its okay ok".split())


def spoken_email_at(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """``(first, end)`` token indices of a spoken e-mail whose "at" is ``tokens[at]``."""
    def letter(k: int) -> bool:
        return k < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isalpha()

    k, domain_words = at + 1, 0
    while k < len(tokens) and domain_words < 5 + 5 * letter(k) and (
        (tokens[k].text.isalnum() and tokens[k].text not in EMAIL_WORDS
         and (tokens[k].text not in EMAIL_STOP or tokens[k].text == "mail" or (letter(k) and (letter(k - 1) or letter(k + 1) or k + 1 < len(tokens)
                                                                                                  and tokens[k + 1].text == "cloud"))))
        or (tokens[k].text in ("-", "hyphen", "dash") and domain_words)
    ):
        k, domain_words = k + 1, domain_words + 1  # "northgate hyphen logistics", "hot mail", "g m a i l"
    k -= 1
    dots, label = 0, k
    while k + 2 < len(tokens) and (tokens[k + 1].text in ("dot", "period") or (tokens[k + 1].text == "." and tokens[k + 2].text in _PLAIN_TLDS
                                                                             and tokens[k + 2].utt == tokens[k].utt)) \
            and tokens[k + 2].text.isalnum():  # "btinternet . com" typed, not "at 9am. it was …"
        k, dots, label = k + 2, dots + 1, k + 2
        while letter(label) and letter(k + 1) and k - label < 5:
            k += 1  # a label spelled out: "dot c o dot u k", "dot n e t"
    while k > label and "".join(t.text for t in tokens[label : k + 1]) not in TLDS:
        k -= 1  # "dot u k i think"
    if domain_words == 0 or dots == 0 or "".join(t.text for t in tokens[label : k + 1]) not in TLDS:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].text in ("slash", "/") or at and tokens[at - 1].text == "online":
        return None  # "you can do that online at velo dot com slash refunds": a web address
    j = at - 1
    while j >= 0 and at - j <= 20:  # spelled-out names are long: "m e n s a h"
        word = tokens[j].text
        # "s m i t h" / "rossi dot i": "i" is a letter
        spelled = len(word) == 1 and j > 0 and (len(tokens[j - 1].text) == 1 or tokens[j - 1].text in CONNECTORS)
        # "ciara murphy eighty eight" / "mhm" / "yeah at comcast dot net": a lead-in opening the turn
        lead_in = word in TURN_LEAD_INS and j > 0 and tokens[j - 1].utt != tokens[j].utt
        if word in CONNECTORS or lead_in or (_LOCAL_PART.fullmatch(word) and (word not in EMAIL_STOP or spelled)):
            j -= 1
            continue
        break
    first = j + 1
    while first < at and tokens[first].text in CONNECTORS:
        first += 1
    return (first, k + 1) if first < at else None


SPELLED_AS = (("that", "is"), ("that's",), ("thats",), ("spelled",), ("spelt",), ("spelling",), ("that's", "spelled"))


def _said_name_before(tokens: list[Token], first: int) -> int:
    """"jay kowalski that is k o w a l s k i at …": the name said before its spelling is part of it."""
    if first + 2 >= len(tokens) or not all(len(t.text) == 1 for t in tokens[first : first + 3]):
        return first
    for phrase in SPELLED_AS:
        j = first - len(phrase)
        if j > 0 and tuple(t.text for t in tokens[j:first]) == phrase:
            k = j
            while k > 0 and j - k < 3 and tokens[k - 1].text.isalpha() and tokens[k - 1].text not in EMAIL_STOP:
                k -= 1
            return k if k < j else first
    return first
