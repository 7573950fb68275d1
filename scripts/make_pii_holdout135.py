#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout135``.

Written by an independent AI helper that did not see the redaction code.
Every case is assembled from plain-text segments and (value, TYPE) segments so
that span offsets are computed, never typed by hand.  All randomness comes from
one ``random.Random(135241124)``; the output is byte-for-byte reproducible.

Usage:
    python scripts/make_pii_holdout135.py           # write fixture + README
    python scripts/make_pii_holdout135.py --check   # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 135241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout135"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h135"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGIT_WORDS = {w: str(i) for i, w in enumerate(UNITS)}
DIGIT_WORDS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1",
                    "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"})
TEEN_WORDS = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_WORDS = {w: i for i, w in enumerate(TENS) if w}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "bertie"], "C": ["charlie", "cat"],
             "D": ["delta", "david", "dog"], "E": ["echo", "edward"], "G": ["george", "golf"],
             "H": ["harry", "hotel"], "J": ["john", "juliet"], "K": ["kilo", "king"],
             "L": ["london", "lima"], "M": ["mike", "mother"], "N": ["nancy", "november"],
             "P": ["peter", "papa"], "R": ["robert", "romeo"], "S": ["sugar", "sierra"],
             "T": ["tommy", "tango"], "W": ["william", "whiskey"], "X": ["xray"],
             "Y": ["yellow", "yankee"], "Z": ["zulu", "zebra"], "F": ["freddie", "foxtrot"],
             "Q": ["queen", "quebec"], "U": ["uniform"], "V": ["victor"], "O": ["oscar"],
             "I": ["india"]}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "aitch": "H",
               "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
               "queue": "Q", "cue": "Q", "are": "R", "ess": "S", "tee": "T", "tea": "T",
               "why": "Y", "zed": "Z", "zee": "Z", "ex": "X", "eh": "A", "vee": "V"}
LETTER_SAY = {"B": ["b", "bee"], "C": ["c", "see"], "D": ["d", "dee"], "G": ["g", "gee"],
              "H": ["h", "aitch"], "J": ["j", "jay"], "K": ["k", "kay"], "L": ["l", "el"],
              "M": ["m", "em"], "N": ["n", "en"], "P": ["p", "pee"], "R": ["r", "are"],
              "S": ["s", "ess"], "T": ["t", "tee"], "Y": ["y", "why"], "Z": ["z", "zed"],
              "X": ["x", "ex"], "Q": ["q", "queue"], "A": ["a", "a"], "W": ["w", "w"],
              "E": ["e", "e"], "F": ["f", "f"], "V": ["v", "vee"], "U": ["u", "u"],
              "I": ["i", "i"], "O": ["o for oscar"]}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "and", "dash", "hyphen", "slash", "space",
           "plus", "then", "uhm", "the", "of"}


def tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))


def normalise(text, homo=True):
    """Spoken/typed form -> string of digits and upper-case letters.

    With homo=False letter homophones / phonetic words are read as raw letters
    (typed chat such as 'eh 83 06 94 a')."""
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        return j < n and toks[j] in DIGIT_WORDS and toks[j] not in ("o", "oh", "nought", "nil", "zero")

    while i < n:
        t = toks[i]
        # "b for bravo" / "s as in sugar"
        letter = None
        if len(t) == 1 and t.isalpha():
            letter = t.upper()
        elif t in LETTER_HOMO and homo:
            letter = LETTER_HOMO[t]
        if letter is not None and i + 2 < n and toks[i + 1] == "for" and toks[i + 2][0].upper() == letter:
            out.append(letter)
            i += 3
            continue
        if letter is not None and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" \
                and toks[i + 3][0].upper() == letter:
            out.append(letter)
            i += 4
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            sub = normalise(toks[i + 1], homo) if i + 1 < n else ""
            out.append(sub * k)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif t in FILLERS and homo:
            pass
        elif t == "o" and not homo:
            out.append("O")
        elif t in DIGIT_WORDS:
            out.append(DIGIT_WORDS[t])
        elif t in TEEN_WORDS:
            out.append(TEEN_WORDS[t])
        elif t in TENS_WORDS:
            v = TENS_WORDS[t]
            if unit_at(i + 1) and toks[i + 1] not in ("to", "too", "for", "fore", "won", "ate"):
                out.append(str(v) + DIGIT_WORDS[toks[i + 1]])
                i += 1
            elif i + 1 < n and toks[i + 1] in ORD_UNITS:
                out.append(str(v) + str(ORD_UNITS[toks[i + 1]]))
                i += 1
            else:
                out.append(str(v) + "0")
        elif t in ("hundred", "thousand"):
            width = 2 if t == "hundred" else 3
            head = out.pop() if out else "1"
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            tail = None
            if j < n and toks[j] in TEEN_WORDS:
                tail, j = int(TEEN_WORDS[toks[j]]), j + 1
            elif j < n and toks[j] in TENS_WORDS:
                tail = TENS_WORDS[toks[j]] * 10
                j += 1
                if unit_at(j):
                    tail += int(DIGIT_WORDS[toks[j]])
                    j += 1
            elif j < n and toks[j] != toks[i + 1] and unit_at(j) or (j < n and j > i + 1 and unit_at(j)):
                tail, j = int(DIGIT_WORDS[toks[j]]), j + 1
            if tail is None:
                out.append(head + "0" * width)
                i += 1
                continue
            out.append(head + str(tail).zfill(width))
            i = j
            continue
        elif t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
        elif t in ORD_OTHER:
            out.append(str(ORD_OTHER[t]))
        elif t in MONTH_ABBR or t in MONTHS:
            out.append("%02d" % MONTH_ABBR[t[:3]])
        elif t in NATO and homo:
            out.append(NATO[t])
        elif t in LETTER_HOMO and homo:
            out.append(LETTER_HOMO[t])
        elif t.isalpha():
            out.append(t.upper())
        i += 1
    return "".join(out)


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_digits(rng, s, style="plain", zero=None, fillers=0.0):
    """Render a digit string as an ASR would write it; verified by round trip."""
    zero = zero or rng.choice(["zero", "oh", "o", "nought", "zero", "oh"])
    for _attempt in range(12):
        words = []
        i = 0
        while i < len(s):
            d = s[i]
            r = rng.random()
            if style != "plain" and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and r < 0.6:
                words.append("triple " + (zero if d == "0" else UNITS[int(d)]))
                i += 3
            elif style != "plain" and i + 1 < len(s) and s[i] == s[i + 1] and r < 0.7:
                words.append("double " + (zero if d == "0" else UNITS[int(d)]))
                i += 2
            elif style == "pairs" and i % 2 == 0 and i + 1 < len(s) and d != "0" and r < 0.75:
                words.append(pair_words(s[i:i + 2]))
                i += 2
            elif style == "pairs" and i == 0 and len(s) == 3 and d != "0" and s[1] == "0" and r < 0.85 \
                    and s[2] != "0":
                words.append(UNITS[int(d)] + " hundred and " + UNITS[int(s[i + 2])])
                i += 3
            else:
                words.append(zero if d == "0" else UNITS[int(d)])
                i += 1
            if fillers and rng.random() < fillers and i < len(s):
                words.append(rng.choice(["um", "uh", "er"]))
        text = " ".join(words)
        if normalise(text) == s:
            return text
    return " ".join(zero if d == "0" else UNITS[int(d)] for d in s)


def say_groups(rng, groups, style, zero=None, joiner=" "):
    """Render digit groups and join them; retried until the join round-trips."""
    zero = zero or rng.choice(["zero", "oh", "o", "nought", "oh"])
    want = "".join(groups)
    for _attempt in range(12):
        text = joiner.join(say_digits(rng, g, style, zero=zero) for g in groups)
        if normalise(text) == want:
            return text
    return joiner.join(say_digits(rng, g, "plain", zero=zero) for g in groups)


def say_card(rng, d, style, zero=None, fillers=0.0):
    """Card read group by group (4-4-4-4, 4-6-5, ...), as callers do."""
    zero = zero or rng.choice(["zero", "oh", "o", "nought", "oh"])
    parts = []
    for g in group_card(d):
        st = style if style != "mix" else rng.choice(["plain", "pairs", "mixed"])
        parts.append(say_digits(rng, g, st, zero=zero))
        if fillers and rng.random() < fillers:
            parts.append(rng.choice(["um", "uh", "er"]))
    text = " ".join(parts[:-1] if parts[-1] in ("um", "uh", "er") else parts)
    if normalise(text) != d:
        text = say_groups(rng, group_card(d), "plain" if style == "mix" else style, zero=zero)
    return text


def say_numerals(rng, d, groups):
    """ASR engines that emit numerals: '4 5 3 2 ...' or '4532 7612' or mixed words."""
    mode = rng.choice(["spaced", "groups", "mixed"])
    if mode == "spaced":
        return " ".join(d)
    if mode == "groups":
        return " ".join(groups)
    return " ".join(g if rng.random() < 0.5 else say_digits(rng, g, "plain", zero="oh") for g in groups)


def say_homophones(rng, s):
    m = {"1": ["one", "won", "one"], "2": ["two", "to", "too"], "4": ["four", "for", "four"],
         "8": ["eight", "ate", "eight"], "0": ["oh", "o", "zero"]}
    return " ".join(rng.choice(m[d]) if d in m else UNITS[int(d)] for d in s)


def say_letter(rng, L, mode):
    if mode == "nato":
        return L.lower() + " for " + rng.choice(FOR_WORDS[L])
    if mode == "asin":
        return L.lower() + " as in " + rng.choice(FOR_WORDS[L])
    if mode == "homo":
        return rng.choice(LETTER_SAY.get(L, [L.lower()]))
    if mode == "natoword":
        return NATO_BY_LETTER[L]
    if L == "O":
        return "o for oscar"
    return L.lower()


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    prefix, length = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                      "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16),
                      "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:12], d[12:]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dig = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif country == "DE":
        bban = dig(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB"]) + dig(10)
    elif country == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24}
    if len(s) < 4 or lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def dig(rng, k, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


FIRST = ["james", "mary", "aoife", "siobhan", "raj", "priya", "tom", "lucy", "kevin", "fatima",
         "oliver", "grace", "liam", "chloe", "marek", "ana", "dylan", "megan", "sean", "nora"]
LAST = ["smith", "murphy", "okafor", "patel", "kowalski", "byrne", "nguyen", "garcia", "jones",
        "walsh", "hughes", "brennan", "khan", "dubois", "mueller", "obrien", "taylor", "reid"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("outlook", "com"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("proton", "me"),
           ("web", "de"), ("orange", "fr")]
STREETS = ["elm", "station", "church", "victoria", "mill", "oak", "maple", "high", "park",
           "king", "queen", "willow", "cedar", "abbey", "harbour", "meadow", "chestnut", "granby"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "terrace", "place", "boulevard"]
SUFFIX_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "court": "Ct", "boulevard": "Blvd", "place": "Pl", "terrace": "Tce"}
UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "BS", "N", "E", "W", "OX", "CB",
            "NG", "S", "RG", "PO", "DN", "YO"]


def make_uk_postcode(rng):
    area = rng.choice(UK_AREAS)
    district = str(rng.randint(1, 19 if len(area) == 1 else 9))
    if rng.random() < 0.3 and area in ("SW", "W", "N", "E"):
        district = "1" + rng.choice("ABCEHMNPVWXY") if area != "N" else "1C"
    inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def say_alnum(rng, s, letter_mode="plain", digit_style="plain"):
    parts = []
    run = ""
    for ch in s:
        if ch.isdigit():
            run += ch
            continue
        if run:
            parts.append(say_digits(rng, run, digit_style, zero="oh"))
            run = ""
        mode = letter_mode if letter_mode != "mix" else rng.choice(["plain", "nato", "homo", "plain"])
        parts.append(say_letter(rng, ch, mode))
    if run:
        parts.append(say_digits(rng, run, digit_style, zero="oh"))
    text = " ".join(parts)
    if normalise(text) != s:
        text = " ".join(say_letter(rng, c, "nato") if c.isalpha() else
                        ("oh" if c == "0" else UNITS[int(c)]) for c in s)
    return text


# ---------------------------------------------------------------- case assembly
class Builder:
    def __init__(self):
        self.cases = []
        self.meta = []  # per case: dict group -> list of span indexes, types
        self.counts = Counter()

    def add(self, kind, turns, note):
        n = self.counts[kind] + 1
        self.counts[kind] = n
        cid = "%s-%s-%03d" % (PREFIX, "pos" if kind == "positive" else "neg", n)
        out_turns, spans, groups = [], [], {}
        for ti, (speaker, segs) in enumerate(turns):
            text = ""
            if isinstance(segs, (str, tuple)):
                segs = [segs]
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                    continue
                val, typ = seg[0], seg[1]
                gid = seg[2] if len(seg) > 2 else "g%d" % len(spans)
                start = len(text)
                text += val
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                groups.setdefault(gid, []).append(len(spans) - 1)
            out_turns.append({"speaker": speaker, "text": text})
        if kind == "negative":
            assert not spans, cid
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
        self.meta.append(groups)


# chat separators for card numbers
def sep_card(rng, d, chat=True):
    groups = group_card(d)
    style = rng.choice(["space", "space", "dash", "none", "dot", "mixed", "doublespace", "slash"])
    if style == "none":
        return d
    if style == "mixed":
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", "-", " - ", "  "]) + g
        return out
    sep = {"space": " ", "dash": "-", "dot": ".", "doublespace": "  ", "slash": "/"}[style]
    return sep.join(groups)


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


ASKS = {
    "card": ["okay and can i take the long number across the front of the card please",
             "lovely and what's the card number", "go ahead with the sixteen digit number on the front",
             "right can you read me the card number", "and the number on the card please when you're ready",
             "okay so i'll just need the card details starting with the long number"],
    "ssn": ["can i get your social security number to verify the account", "and what's your social",
            "for verification i'll need the full ssn", "could you give me your social security number please",
            "okay and the social on file", "i'll just need your social to pull up the claim"],
    "ni": ["and can i take your national insurance number please", "what's your ni number",
           "could you read me your national insurance number", "and your national insurance number for the claim",
           "i'll just need your n i number to find the record", "can you confirm your national insurance number"],
}
LEADS = ["yeah sure it's ", "yeah it's ", "okay it's ", "um yeah it's ", "right so it's ", "it's ", "yep ",
         "hang on let me get it out it's ", "okay ", "sure "]


def ask(rng, k):
    return rng.choice(ASKS[k])


def P(b, rng, turns, note):
    b.add("positive", turns, note)


# ---------------------------------------------------------------- positive templates
def pos_card_chat(b, rng):
    d = make_card(rng)
    v = sep_card(rng, d)
    ind = rng.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    lead = rng.choice(["card no is ", "Card number: ", "its ", "ok here it is ", "cc# ", "the long number is ",
                       "pls charge ", "card ending... actually full number ", "use this one "])
    tail = rng.choice([" thanks", "", " and take the £%d.%02d" % (rng.randint(10, 400), rng.randint(0, 99)),
                       " for order 48%05d" % rng.randint(0, 99999), " (my wifes card)", ".", " !!"])
    seps = sorted(set(ch for ch in v if not ch.isdigit()))
    P(b, rng, [("agent", rng.choice(["Could you confirm the card you'd like to use for the payment?",
                                     "Which card would you like to use today?", "Please type the card number below."])),
               ("customer", [lead, (v, "CARD_NUMBER"), tail])],
      "chat/%s: card typed (%d digits, separators %s)" % (ind, len(d), "".join(seps) if seps else "none"))


def pos_card_spoken(b, rng):
    d = make_card(rng)
    style = rng.choice(["plain", "mixed", "pairs", "pairs"])
    spoken = say_card(rng, d, style if style != "mixed" else "mix", fillers=rng.choice([0, 0, 0.3]))
    ind = rng.choice(INDUSTRY)
    P(b, rng, [("agent", ask(rng, "card")),
               ("customer", [rng.choice(LEADS), (spoken, "CARD_NUMBER"),
                             rng.choice(["", " that's the debit card", " got that", " the business one"])])],
      "call/%s: card read in one turn, style=%s" % (ind, style))


def pos_card_split(b, rng):
    d = make_card(rng)
    gs = group_card(d)
    style = rng.choice(["plain", "mixed", "pairs"])
    turns = [("agent", "go ahead with the card number whenever you're ready")]
    for k, g in enumerate(gs):
        lead = rng.choice(["", "", "right ", "um ", "okay ", "then "]) if k else rng.choice(["it's ", "okay so ", ""])
        turns.append(("customer", [lead, (say_digits(rng, g, style), "CARD_NUMBER", "c")]))
        if k < len(gs) - 1:
            turns.append(("agent", rng.choice(["mhm", "yep", "okay go on", "uh huh", "got that", "yes"])))
    turns.append(("agent", "lovely thank you"))
    P(b, rng, turns, "call/%s: card split over %d customer turns with back-channels (%s)"
      % (rng.choice(INDUSTRY), len(gs), style))


def pos_card_correction(b, rng):
    d = make_card(rng, rng.choice(["visa", "mc"]))
    gs = group_card(d)
    wrong = gs[1][:2] + str((int(gs[1][2]) + 3) % 10) + gs[1][3]
    s = lambda x: say_digits(rng, x, "plain", zero="oh")
    P(b, rng, [("agent", "what's the card number"),
               ("customer", [(s(gs[0]), "CARD_NUMBER", "c"), " ", (s(wrong), "CARD_NUMBER", "frag"),
                             " no sorry wait ", (s(gs[1]), "CARD_NUMBER", "c"), " ",
                             (s(gs[2] + gs[3]), "CARD_NUMBER", "c")]),
               ("agent", "okay no problem")],
      "call/retail: card with self-correction mid reading; wrong group also labelled")


def pos_card_readback(b, rng):
    d = make_card(rng)
    style = rng.choice(["plain", "pairs", "mixed"])
    cust = say_card(rng, d, style)
    gs = group_card(d)
    back = " ".join(say_digits(rng, g, "plain", zero="oh") for g in gs)
    P(b, rng, [("customer", ["the card is ", (cust, "CARD_NUMBER")]),
               ("agent", ["so i have ", (back, "CARD_NUMBER"), " is that right"]),
               ("customer", "yes that's it")],
      "call/%s: card given then read back by agent (both labelled)" % rng.choice(INDUSTRY))


def pos_card_homophone(b, rng):
    d = make_card(rng, "visa")
    P(b, rng, [("agent", ask(rng, "card")),
               ("customer", [rng.choice(LEADS), (say_homophones(rng, d), "CARD_NUMBER")])],
      "call/telecom: card with ASR homophones (for/to/won/ate)")


def pos_card_full_chat(b, rng):
    d = make_card(rng)
    cvv = dig(rng, 4 if d[:2] in ("34", "37") else 3, "0123456789")
    mm, yy = rng.randint(1, 12), rng.randint(26, 32)
    exp = rng.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%02d" % (mm, yy)])
    v = sep_card(rng, d)
    form = rng.choice(["a", "b", "c"])
    if form == "a":
        segs = [(v, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV")]
    elif form == "b":
        segs = ["number ", (v, "CARD_NUMBER"), ", expiry ", (exp, "EXPIRY"), ", security code ", (cvv, "CVV")]
    else:
        segs = ["card: ", (v, "CARD_NUMBER"), "\nexp: ", (exp, "EXPIRY"), "\nCVC: ", (cvv, "CVV")]
    P(b, rng, [("agent", "Please send the card details so I can process the refund fee."), ("customer", segs)],
      "chat/travel: card, expiry and CVV in one message")


def pos_card_cvv_exp_call(b, rng):
    d = make_card(rng)
    cvv = dig(rng, 3, "0123456789")
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    exp_sp = rng.choice([say_digits(rng, "%02d" % mm, "plain", zero="oh") + " " + pair_words("%02d" % yy),
                         MONTHS[mm - 1] + " twenty " + pair_words("%02d" % yy),
                         say_digits(rng, "%02d%02d" % (mm, yy), "plain", zero="oh")])
    P(b, rng, [("agent", "card number first"),
               ("customer", [(say_card(rng, d, rng.choice(["plain", "pairs", "mix"])), "CARD_NUMBER")]),
               ("agent", "and the expiry"),
               ("customer", ["it's ", (exp_sp, "EXPIRY")]),
               ("agent", "and the three digits on the back"),
               ("customer", [(say_digits(rng, cvv, rng.choice(["plain", "mixed"])), "CVV")])],
      "call/insurance: card, expiry and CVV over several turns")


def pos_card_amex_chat_odd(b, rng):
    d = make_card(rng, rng.choice(["amex", "visa13", "maestro19"]))
    gs = group_card(d)
    v = rng.choice([" ".join(gs), "-".join(gs), d[:6] + " " + d[6:], " ".join(d[i:i + 3] for i in range(0, len(d), 3))])
    P(b, rng, [("customer", ["hi my card ", (v, "CARD_NUMBER"), " was charged twice for £%d.%02d" %
                             (rng.randint(5, 90), rng.randint(0, 99))])],
      "chat/retail: %d-digit card with unusual grouping" % len(d))


def pos_card_two_values(b, rng):
    d1, d2 = make_card(rng), make_card(rng)
    P(b, rng, [("customer", ["the old card was ", (sep_card(rng, d1), "CARD_NUMBER"), " and the new one is ",
                             (sep_card(rng, d2), "CARD_NUMBER"), " please update"])],
      "chat/utilities: two card numbers in one message")


def pos_card_chat_split(b, rng):
    d = make_card(rng, "visa")
    P(b, rng, [("customer", ["card is ", (d[:8], "CARD_NUMBER", "c")]),
               ("customer", [(d[8:], "CARD_NUMBER", "c"), " sorry hit enter too soon"])],
      "chat/retail: card typed across two chat messages")


# SSN
def fmt_ssn(rng, s):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s-%s"]) % (s[:3], s[3:5], s[5:])


def pos_ssn_chat(b, rng):
    s = make_ssn(rng)
    lead = rng.choice(["SSN is ", "my social is ", "ssn: ", "Social Security #", "last name Reid, SSN ", "soc sec no. "])
    P(b, rng, [("agent", "To verify, please provide your Social Security number."),
               ("customer", [lead, (fmt_ssn(rng, s), "SSN"),
                             rng.choice(["", " thx", ". DOB is on file", " - need this fixed today"])])],
      "chat/%s (US): SSN typed with separators" % rng.choice(["healthcare billing", "banking", "government services"]))


def pos_ssn_spoken(b, rng):
    s = make_ssn(rng)
    style = rng.choice(["plain", "mixed", "pairs"])
    joiner = rng.choice([" ", " dash ", " ", " um ", ", ", " and "])
    P(b, rng, [("agent", ask(rng, "ssn")),
               ("customer", [rng.choice(LEADS), (say_groups(rng, [s[:3], s[3:5], s[5:]], style, joiner=joiner), "SSN")])],
      "call/%s (US): SSN spoken in one turn (%s)" % (rng.choice(["banking", "insurance", "healthcare billing"]), style))


def pos_ssn_split(b, rng):
    s = make_ssn(rng)
    style = rng.choice(["plain", "pairs", "mixed"])
    P(b, rng, [("agent", "and your social"),
               ("customer", ["okay ", (say_digits(rng, s[:3], style), "SSN", "s")]),
               ("agent", rng.choice(["mhm", "okay", "yep"])),
               ("customer", [(say_digits(rng, s[3:5], style), "SSN", "s")]),
               ("agent", rng.choice(["go on", "uh huh"])),
               ("customer", [(say_digits(rng, s[5:], style), "SSN", "s")])],
      "call/government services (US): SSN split 3-2-4 across turns")


def pos_ssn_correction(b, rng):
    s = make_ssn(rng)
    wrong = s[3:5][::-1] if s[3] != s[4] else str((int(s[3:5]) + 11) % 100).zfill(2)
    sp = lambda x: say_digits(rng, x, "plain", zero="zero")
    P(b, rng, [("agent", "social security number please"),
               ("customer", [(sp(s[:3]), "SSN", "s"), " ", (sp(wrong), "SSN", "frag"), " oh no i mixed that up ",
                             (sp(s[3:5]), "SSN", "s"), " ", (sp(s[5:]), "SSN", "s")])],
      "call/healthcare billing (US): SSN with transposition corrected")


def pos_ssn_readback(b, rng):
    s = make_ssn(rng)
    P(b, rng, [("customer", ["my ss number is ", (say_groups(rng, [s[:3], s[3:5], s[5:]], "pairs"), "SSN")]),
               ("agent", ["let me read that back ", (" ".join(say_digits(rng, x, "plain", zero="zero") for x in (s[:3], s[3:5], s[5:])), "SSN")]),
               ("customer", "correct")],
      "call/insurance (US): SSN in pairs, agent reads back digit by digit")


def pos_ssn_hundreds(b, rng):
    s = make_ssn(rng)
    s = str(int(s[4]) % 8 + 1) + "0" + str(int(s[7]) % 9 + 1) + s[3:]
    area = UNITS[int(s[0])] + " hundred and " + UNITS[int(s[2])]
    rest = say_digits(rng, s[3:], "pairs")
    text = area + " " + rest
    if normalise(text) != s:
        text = say_digits(rng, s, "plain")
    P(b, rng, [("agent", "what's your social"), ("customer", ["it is ", (text, "SSN"), " i think yeah"])],
      "call/banking (US): SSN area number said as a hundred ('five hundred and four')")


def pos_ssn_homophone(b, rng):
    s = make_ssn(rng)
    P(b, rng, [("agent", ask(rng, "ssn")),
               ("customer", ["sure ", (say_homophones(rng, s), "SSN"), " and i'm calling about a $%d.%02d charge" %
                             (rng.randint(20, 900), rng.randint(0, 99))])],
      "call/healthcare billing (US): SSN with ASR homophones plus a money amount")


def pos_ssn_typo_chat(b, rng):
    s = make_ssn(rng)
    v = rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + s[5:], s[:5] + "-" + s[5:], s[:3] + "--" + s[3:5] + "-" + s[5:]])
    P(b, rng, [("customer", ["hey can u update my tax form, ssn ", (v, "SSN"), " , zip ", (dig(rng, 5), "POSTCODE")])],
      "chat/government services (US): SSN with odd grouping and a ZIP code")


# NI
def fmt_ni(rng, n):
    st = rng.choice(["compact", "spaced", "pairs", "dash", "lower", "mixedcase"])
    if st == "compact":
        return n
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "pairs":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "lower":
        return n.lower()
    return n[:2].lower() + " " + n[2:8] + n[8].upper()


def pos_ni_chat(b, rng):
    n = make_ni(rng)
    lead = rng.choice(["NI number: ", "my ni no is ", "National Insurance ", "NINO ", "ni = ", "its "])
    P(b, rng, [("agent", "Could you confirm your National Insurance number?"),
               ("customer", [lead, (fmt_ni(rng, n), "NI_NUMBER"), rng.choice(["", " cheers", ".", " - tax code is 1257L"])])],
      "chat/government services (UK): NI number typed")


def pos_ni_spoken(b, rng):
    n = make_ni(rng)
    mode = rng.choice(["plain", "nato", "homo", "mix", "asin", "natoword"])
    style = rng.choice(["plain", "pairs", "mixed"])
    letters = " ".join(say_letter(rng, c, mode if mode != "mix" else rng.choice(["plain", "nato", "homo"])) for c in n[:2])
    digits = say_digits(rng, n[2:8], style, zero=rng.choice(["oh", "zero", "nought"]))
    suffix = say_letter(rng, n[8], mode if mode != "mix" else "homo")
    text = letters + " " + digits + " " + suffix
    if normalise(text) != n:
        text = say_alnum(rng, n, "nato")
    P(b, rng, [("agent", ask(rng, "ni")),
               ("customer", [rng.choice(LEADS), (text, "NI_NUMBER")])],
      "call/%s (UK): NI number spoken, letters=%s digits=%s" % (rng.choice(["government services", "banking", "utilities"]), mode, style))


def pos_ni_split(b, rng):
    n = make_ni(rng)
    mode = rng.choice(["plain", "nato", "homo"])
    t1 = " ".join(say_letter(rng, c, mode) for c in n[:2])
    style = rng.choice(["plain", "pairs"])
    P(b, rng, [("agent", "national insurance number"),
               ("customer", ["it's ", (t1, "NI_NUMBER", "n")]),
               ("agent", "okay"),
               ("customer", [(say_digits(rng, n[2:5], style), "NI_NUMBER", "n")]),
               ("agent", "mhm"),
               ("customer", [(say_digits(rng, n[5:8], style), "NI_NUMBER", "n"), " and then ",
                             (say_letter(rng, n[8], mode), "NI_NUMBER", "n"), " at the end"])],
      "call/government services (UK): NI split across turns (letters, digits, suffix)")


def pos_ni_readback(b, rng):
    n = make_ni(rng)
    cust = say_alnum(rng, n, "mix", rng.choice(["plain", "pairs"]))
    back = say_alnum(rng, n, "nato", "plain")
    P(b, rng, [("customer", ["my ni number is ", (cust, "NI_NUMBER")]),
               ("agent", ["so that's ", (back, "NI_NUMBER"), " yeah"]),
               ("customer", "that's right")],
      "call/banking (UK): NI given, agent reads back with phonetic alphabet")


def pos_ni_correction(b, rng):
    n = make_ni(rng)
    wrongL = rng.choice([c for c in "ABCD" if c != n[8]])
    P(b, rng, [("agent", "national insurance please"),
               ("customer", [(say_alnum(rng, n[:8], "plain", "plain"), "NI_NUMBER", "n"), " ",
                             (say_letter(rng, wrongL, "plain"), "NI_NUMBER", "frag"), " no sorry ",
                             (say_letter(rng, n[8], "homo"), "NI_NUMBER", "n")])],
      "call/utilities (UK): NI with corrected suffix letter; wrong letter labelled too")


def pos_ni_pairs_chat_noise(b, rng):
    n = make_ni(rng)
    v = rng.choice([n[:2] + " " + n[2:4] + n[4:6] + " " + n[6:8] + " " + n[8],
                    n[:2] + "." + n[2:8] + "." + n[8], n[:2].lower() + n[2:8] + " " + n[8].lower(),
                    " ".join(n)])
    P(b, rng, [("customer", ["Hello, I started work on 3rd June and was put on emergency tax. NI ", (v, "NI_NUMBER"),
                             ", employer ref 12%d" % rng.randint(100, 999)])],
      "chat/government services (UK): NI with odd separators next to a date and employer ref")


def pos_ni_two_in_turn(b, rng):
    n1, n2 = make_ni(rng), make_ni(rng)
    P(b, rng, [("customer", ["mine is ", (say_alnum(rng, n1, "plain", "plain"), "NI_NUMBER"), " and my wife's is ",
                             (say_alnum(rng, n2, "homo", "pairs"), "NI_NUMBER")])],
      "call/government services (UK): two NI numbers in one turn")


# other types
def pos_cvv(b, rng):
    cvv = dig(rng, rng.choice([3, 3, 4]), "0123456789")
    if rng.random() < 0.5:
        P(b, rng, [("agent", "and the security code on the back"),
                   ("customer", ["it's ", (say_digits(rng, cvv, rng.choice(["plain", "mixed", "pairs"])), "CVV")])],
          "call/retail: CVV spoken")
    else:
        P(b, rng, [("customer", ["cvv ", (cvv, "CVV"), rng.choice([" and the amount is £%d" % rng.randint(10, 99), "", " thanks"])])],
          "chat/travel: CVV typed")


def pos_expiry(b, rng):
    mm, yy = rng.randint(1, 12), rng.randint(26, 33)
    forms = ["%02d/%02d" % (mm, yy), "%02d / 20%02d" % (mm, yy), "%s 20%02d" % (MONTHS[mm - 1].title(), yy),
             say_digits(rng, "%02d" % mm, "plain", zero="oh") + " " + pair_words("%02d" % yy),
             MONTHS[mm - 1] + " twenty " + pair_words("%02d" % yy),
             say_digits(rng, "%02d%02d" % (mm, yy), "plain", zero="oh")]
    f = rng.choice(forms)
    P(b, rng, [("agent", "what's the expiry date on the card"), ("customer", ["expires ", (f, "EXPIRY")])],
      "call-chat/banking: card expiry")


def pos_bank(b, rng):
    sc = dig(rng, 6, "0123456789")
    acc = dig(rng, 8, "0123456789")
    form = rng.choice(["chat", "call", "callsplit"])
    if form == "chat":
        scf = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        P(b, rng, [("customer", ["sort code ", (scf, "SORT_CODE"), " account ", (acc, "BANK_ACCOUNT"),
                                 " for the direct debit of £%d a month" % rng.randint(20, 90)])],
          "chat/utilities (UK): sort code and account number typed")
    elif form == "call":
        P(b, rng, [("agent", "and the sort code"),
                   ("customer", [(" ".join(pair_words(sc[i:i + 2]) if sc[i] != "0" else say_digits(rng, sc[i:i + 2], "plain", zero="oh") for i in (0, 2, 4)), "SORT_CODE")]),
                   ("agent", "and the account number"),
                   ("customer", [(say_digits(rng, acc, rng.choice(["plain", "mixed"])), "BANK_ACCOUNT")])],
          "call/banking (UK): sort code in pairs, account digit by digit")
    else:
        P(b, rng, [("agent", "account number please"),
                   ("customer", [(say_digits(rng, acc[:4], "plain"), "BANK_ACCOUNT", "a")]),
                   ("agent", "yep"),
                   ("customer", [(say_digits(rng, acc[4:], "plain"), "BANK_ACCOUNT", "a"), " and sort code ",
                                 (say_digits(rng, sc, "mixed", zero="oh"), "SORT_CODE")])],
          "call/insurance (UK): account split over turns then sort code")


def pos_us_account(b, rng):
    acc = dig(rng, rng.choice([10, 12]), "0123456789")
    P(b, rng, [("customer", ["checking account number ", (acc, "BANK_ACCOUNT"), " routing is on the check"])],
      "chat/banking (US): checking account number")


def pos_iban(b, rng):
    iban = make_iban(rng)
    if rng.random() < 0.5:
        v = rng.choice([" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban, iban.lower()])
        P(b, rng, [("customer", ["please refund to IBAN ", (v, "IBAN"), rng.choice(["", " thank you", " (euro account)"])])],
          "chat/travel (EU): IBAN typed")
    else:
        P(b, rng, [("agent", "can you give me the iban"),
                   ("customer", ["yes it's ", (say_alnum(rng, iban, rng.choice(["plain", "nato", "mix"]), "plain"), "IBAN")])],
          "call/banking (IE/EU): IBAN spoken character by character")


def pos_phone(b, rng):
    kind = rng.choice(["uk", "us", "ie", "intl"])
    if kind == "uk":
        num = "07" + dig(rng, 9, "0123456789")
        typed = rng.choice([num[:5] + " " + num[5:], "+44 " + num[1:5] + " " + num[5:], num, num[:5] + " " + num[5:8] + " " + num[8:]])
    elif kind == "us":
        num = dig(rng, 3, "23456789") + dig(rng, 3, "23456789") + dig(rng, 4, "0123456789")
        typed = rng.choice(["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
                            "+1 %s %s %s" % (num[:3], num[3:6], num[6:]), "%s.%s.%s" % (num[:3], num[3:6], num[6:])])
    elif kind == "ie":
        num = "08" + rng.choice("35679") + dig(rng, 7, "0123456789")
        typed = rng.choice([num[:3] + " " + num[3:6] + " " + num[6:], "+353 " + num[1:3] + " " + num[3:], num])
    else:
        num = "06" + dig(rng, 8, "0123456789")
        typed = "+31 " + num[1:]
    if rng.random() < 0.5:
        P(b, rng, [("customer", ["best number to reach me is ", (typed, "PHONE"), " after 5pm"])],
          "chat/telecom (%s): phone typed" % kind)
    else:
        lead = ""
        spoken_num = num
        if kind == "intl" or (kind == "uk" and rng.random() < 0.3):
            lead = "plus four four " if kind == "uk" else "plus three one "
            spoken_num = num[1:]
        if kind == "uk":
            cuts = [5, 8] if not lead else [4, 7]
        elif kind == "intl":
            cuts = [1, 5]
        else:
            cuts = [3, 6]
        groups = [spoken_num[:cuts[0]], spoken_num[cuts[0]:cuts[1]], spoken_num[cuts[1]:]]
        sp = lead + say_groups(rng, groups, rng.choice(["plain", "mixed", "mixed", "pairs"]), zero=rng.choice(["oh", "o", "zero", "oh"]))
        P(b, rng, [("agent", "and a contact number"), ("customer", ["yeah it's ", (sp, "PHONE")])],
          "call/telecom (%s): phone spoken" % kind)


def pos_email(b, rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    sep = rng.choice([".", "_", "", "-"])
    email = f + sep + l + num + "@" + dom + "." + tld
    if rng.random() < 0.5:
        v = email if rng.random() < 0.7 else (f.title() + sep + l.title() + num + "@" + dom + "." + tld)
        P(b, rng, [("customer", ["email is ", (v, "EMAIL"), rng.choice(["", " pls send the invoice there", "."])])],
          "chat/retail: email typed")
    else:
        sepw = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep]
        local = (f if rng.random() < 0.6 else " ".join(f)) + sepw + l
        if num:
            local += " " + say_digits(rng, num, "pairs")
        sp = local + " at " + dom + " dot " + tld.replace(".", " dot ")
        P(b, rng, [("agent", "and an email address for the confirmation"), ("customer", ["it's ", (sp, "EMAIL")])],
          "call/travel: email spoken with 'at' and 'dot'")


def pos_dob(b, rng):
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    form = rng.choice(["typed", "typed2", "spoken", "spoken2", "spoken3"])
    if form == "typed":
        v = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                        "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y)])
        P(b, rng, [("customer", ["dob ", (v, "DOB")])], "chat/insurance: DOB typed")
    else:
        ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth"] + ["twenty " + o for o in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]]
        yr = pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]) if y < 2000 else "two thousand and " + UNITS[y - 2000] if 2000 < y < 2010 else "two thousand"
        if y % 100 < 10 and y < 2000:
            yr = pair_words(str(y)[:2]) + " oh " + UNITS[y % 10]
        if form == "spoken":
            v = "the " + ords[d - 1] + " of " + MONTHS[m - 1] + " " + yr
        elif form == "spoken2":
            v = MONTHS[m - 1] + " " + ords[d - 1] + " " + yr
        else:
            v = say_digits(rng, "%02d" % d, "plain", zero="oh") + " " + say_digits(rng, "%02d" % m, "plain", zero="oh") + " " + yr
        P(b, rng, [("agent", "can you confirm your date of birth"), ("customer", ["yeah it's ", (v, "DOB")])],
          "call/healthcare billing: DOB spoken")


def pos_postcode(b, rng):
    if rng.random() < 0.6:
        out, inw = make_uk_postcode(rng)
        pc = out + inw
        if rng.random() < 0.5:
            v = rng.choice([out + " " + inw, (out + inw).lower(), out.lower() + " " + inw.lower()])
            P(b, rng, [("customer", ["postcode ", (v, "POSTCODE")])], "chat/utilities (UK): postcode typed")
        else:
            P(b, rng, [("agent", "and the postcode"),
                       ("customer", [(say_alnum(rng, out, rng.choice(["plain", "nato", "homo"])) + " " +
                                      say_alnum(rng, inw, rng.choice(["plain", "nato"])), "POSTCODE")])],
              "call/utilities (UK): postcode spoken")
    else:
        z = dig(rng, 5)
        if rng.random() < 0.5:
            P(b, rng, [("customer", ["zip ", (z if rng.random() < 0.7 else z + "-" + dig(rng, 4, "0123456789"), "POSTCODE")])],
              "chat/retail (US): ZIP typed")
        else:
            P(b, rng, [("agent", "what's the zip code on the account"),
                       ("customer", [(say_digits(rng, z, "plain", zero="oh"), "POSTCODE")])],
              "call/insurance (US): ZIP spoken")


def pos_address(b, rng):
    num = rng.randint(1, 240)
    st, sx = rng.choice(STREETS), rng.choice(SUFFIX)
    if rng.random() < 0.5:
        sxx = SUFFIX_ABBR.get(sx, sx.title()) if rng.random() < 0.5 else sx.title()
        v = "%d %s %s" % (num, st.title(), sxx)
        out, inw = make_uk_postcode(rng)
        P(b, rng, [("customer", ["new address is ", (v, "ADDRESS"), ", Leeds ", (out + " " + inw, "POSTCODE")])],
          "chat/retail (UK): street address and postcode typed")
    else:
        numw = pair_words("%02d" % num) if 10 <= num < 100 else UNITS[num % 10] if num < 10 else say_digits(rng, str(num), "plain")
        P(b, rng, [("agent", "and the first line of the address"), ("customer", ["it's ", (numw + " " + st + " " + sx, "ADDRESS")])],
          "call/insurance: first line of address spoken")


def pos_mixed_call(b, rng):
    """Verification sequence: DOB, postcode, phone and NI in one call with chit-chat."""
    n = make_ni(rng)
    out, inw = make_uk_postcode(rng)
    P(b, rng, [("agent", "before we go on i need to do security so first line of address and postcode"),
               ("customer", [(str(rng.randint(2, 98)) + " " + rng.choice(STREETS) + " " + rng.choice(SUFFIX), "ADDRESS"),
                             " ", (say_alnum(rng, out, "plain") + " " + say_alnum(rng, inw, "plain"), "POSTCODE")]),
               ("agent", "lovely and your national insurance number"),
               ("customer", ["hang on it's on my payslip ", (say_alnum(rng, n, "homo", "pairs"), "NI_NUMBER"),
                             " it's been about twenty minutes on hold by the way"])],
      "call/utilities (UK): address, postcode and NI in one call with a duration nearby")


def pos_ssn_with_dob(b, rng):
    s = make_ssn(rng)
    y, m, d = rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)
    st = rng.choice(["plain", "pairs"])
    P(b, rng, [("agent", "i'll need the member's social and date of birth"),
               ("customer", ["social is ", (say_groups(rng, [s[:3], s[3:5], s[5:]], st), "SSN"), " and date of birth ",
                             ("%s %d %d" % (MONTHS[m - 1], d, y), "DOB")])],
      "call/healthcare billing (US): SSN and DOB in one turn, DOB with ASR digits")


def pos_card_with_amounts(b, rng):
    d = make_card(rng)
    P(b, rng, [("agent", "so the total is one hundred and twelve pounds fifty"),
               ("customer", ["okay put it on ", (say_digits(rng, d, "plain", zero="oh"), "CARD_NUMBER"),
                             " and can you do it by the twenty third"])],
      "call/retail: card next to spoken money amount and payment date")


def pos_card_numerals(b, rng):
    d = make_card(rng, rng.choice(["visa", "mc", "amex"]))
    v = say_numerals(rng, d, group_card(d))
    P(b, rng, [("agent", ask(rng, "card")),
               ("customer", [rng.choice(LEADS), (v, "CARD_NUMBER"), rng.choice([" and it's in my husband's name is that okay", "", " got that"])])],
      "call/telecom: ASR emitted the card as numerals / mixed numerals and words")


def pos_card_last_four_sep(b, rng):
    d = make_card(rng, rng.choice(["visa", "mc"]))
    P(b, rng, [("agent", "read me the card number please"),
               ("customer", [(say_card(rng, d[:12], "plain"), "CARD_NUMBER", "c"),
                             rng.choice([" and then the last four are ", " um hang on the light's bad the last bit is ",
                                         " and then ending "]),
                             (say_digits(rng, d[12:], rng.choice(["plain", "pairs"])), "CARD_NUMBER", "c")])],
      "call/retail: card with chit-chat before the last four digits")


def pos_card_typo_o(b, rng):
    while True:
        d = make_card(rng, "visa")
        if "0" in d[4:]:
            break
    gs = group_card(d)
    k = 4 + d[4:].index("0")
    typed = d[:k] + rng.choice(["O", "o"]) + d[k + 1:]
    v = " ".join(typed[i:i + 4] for i in range(0, 16, 4))
    P(b, rng, [("customer", ["Card: ", (v, "CARD_NUMBER"), " (sorry, on my phone)"])],
      "chat/retail: card typed with letter O for a zero")


def pos_ni_double(b, rng):
    L = rng.choice("ACEHJKLMNPRSTWY")
    n = L + L + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")
    d = n[2:8]
    d = d[:2] + d[2] + d[2] + d[4:]
    n = n[:2] + d + n[8]
    v = "double " + say_letter(rng, L, rng.choice(["plain", "homo"])) + " " + say_digits(rng, d, "mixed", zero="oh") + " " + say_letter(rng, n[8], "homo")
    if normalise(v) != n:
        v = say_alnum(rng, n, "nato")
    P(b, rng, [("agent", ask(rng, "ni")), ("customer", [rng.choice(["course it's ", "yeah it's ", "it's "]), (v, "NI_NUMBER")])],
      "call/government services (UK): NI number with 'double' letters and digits")


def pos_ni_numerals(b, rng):
    n = make_ni(rng)
    v = rng.choice([n[:2].lower() + " " + " ".join(n[2:8]) + " " + n[8].lower(),
                    " ".join(n).lower(), n[:2].lower() + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8].lower(),
                    n[:2].lower() + ", " + n[2:4] + ", " + n[4:6] + ", " + n[6:8] + ", " + n[8].lower()])
    P(b, rng, [("agent", ask(rng, "ni")), ("customer", [rng.choice(LEADS), (v, "NI_NUMBER"), rng.choice([" i think", "", " yeah"])])],
      "call/government services (UK): ASR wrote the NI number as letters and numerals")


def pos_ssn_numerals(b, rng):
    s = make_ssn(rng)
    v = rng.choice([" ".join(s), s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + " " + say_digits(rng, s[3:5], "pairs") + " " + s[5:]])
    P(b, rng, [("agent", ask(rng, "ssn")), ("customer", [rng.choice(LEADS), (v, "SSN"), rng.choice([" and my member id is on the card", "", " do you need the address too"])])],
      "call/insurance (US): ASR emitted the SSN as numerals / mixed")


def pos_ssn_agent_readback_partial(b, rng):
    s = make_ssn(rng)
    P(b, rng, [("customer", ["social's ", (say_groups(rng, [s[:3], s[3:5], s[5:]], "mixed", zero="oh"), "SSN")]),
               ("agent", ["okay so ", (say_groups(rng, [s[:3], s[3:5]], "pairs"), "SSN", "r"),
                          " and then ", (say_digits(rng, s[5:], "pairs"), "SSN", "r"), " right"]),
               ("customer", "yes ma'am")],
      "call/banking (US): SSN read back by agent in pairs with a connector")


def pos_card_agent_clarify(b, rng):
    d = make_card(rng, rng.choice(["visa", "mc", "disc"]))
    gs = group_card(d)
    sp = lambda x: say_digits(rng, x, "plain", zero="oh")
    P(b, rng, [("agent", "card number when you're ready"),
               ("customer", [(sp(gs[0] + gs[1][:2]), "CARD_NUMBER", "c")]),
               ("agent", ["sorry you broke up there ", (sp(gs[1][:2]), "CARD_NUMBER", "frag"), " and then"]),
               ("customer", ["yeah ", (sp(gs[1][2:]) + " " + sp(gs[2]), "CARD_NUMBER", "c")]),
               ("agent", "okay"),
               ("customer", [(sp(gs[3]), "CARD_NUMBER", "c")]),
               ("agent", "thanks that's gone through for %s" % rng.choice(["forty five pounds", "twelve ninety nine", "one hundred and six euro"]))],
      "call/%s: card broken off mid group, agent repeats a fragment, customer carries on" % rng.choice(["utilities", "telecom", "retail"]))


def pos_card_and_joiner(b, rng):
    d = make_card(rng)
    v = say_groups(rng, group_card(d), rng.choice(["plain", "pairs"]), joiner=rng.choice([" and ", ", ", " then "]))
    P(b, rng, [("agent", "what's the long card number"), ("customer", ["right so it's ", (v, "CARD_NUMBER"),
                                                                       rng.choice(["", " did you get all that", " and i want to pay the full balance"])])],
      "call/%s: card groups joined with 'and'/'then'/commas by ASR" % rng.choice(["banking", "insurance", "travel"]))


def pos_card_ie_eu(b, rng):
    d = make_card(rng, rng.choice(["visa", "mc", "maestro19"]))
    v = rng.choice([" ".join(group_card(d)), d])
    P(b, rng, [("agent", "Hi, how can I help with your booking today?"),
               ("customer", ["I was charged €%d,%02d twice. Karte %s: " % (rng.randint(10, 400), rng.randint(0, 99), rng.choice(["nummer", "nr."])), (v, "CARD_NUMBER")])],
      "chat/travel (EU): card typed by a German-speaking customer, comma decimal amount")


def pos_card_repeats(b, rng):
    while True:
        d = make_card(rng, rng.choice(["visa", "mc"]))
        if any(g[0] == g[1] == g[2] or g[1] == g[2] == g[3] for g in group_card(d)):
            break
    v = say_card(rng, d, "mixed")
    P(b, rng, [("agent", "and the card number"), ("customer", ["okay ", (v, "CARD_NUMBER"),
                                                               rng.choice(["", " expiry's on there too if you need it"])])],
      "call/%s: card with 'triple'/'double' digits" % rng.choice(["retail", "telecom", "utilities"]))


def pos_ssn_repeats(b, rng):
    s = make_ssn(rng)
    k = rng.randint(5, 6)
    c = rng.choice("0123456789")
    s = s[:k] + c * 3 + s[k + 3:]
    if s[5:] == "0000":
        s = s[:8] + "1"
    v = say_groups(rng, [s[:3], s[3:5], s[5:]], "mixed", zero=rng.choice(["oh", "zero"]))
    P(b, rng, [("agent", "can you verify the social on the account"), ("customer", ["it's ", (v, "SSN")])],
      "call/banking (US): SSN with repeated digits ('triple oh')")


POS_TEMPLATES = [
    (pos_card_repeats, 3), (pos_ssn_repeats, 3),
    (pos_card_agent_clarify, 3), (pos_card_and_joiner, 4), (pos_card_ie_eu, 2),
    (pos_card_numerals, 4), (pos_card_last_four_sep, 3), (pos_card_typo_o, 2), (pos_ni_double, 3),
    (pos_ni_numerals, 3), (pos_ssn_numerals, 3), (pos_ssn_agent_readback_partial, 3),
    (pos_card_chat, 9), (pos_card_spoken, 9), (pos_card_split, 6), (pos_card_correction, 3),
    (pos_card_readback, 3), (pos_card_homophone, 3), (pos_card_full_chat, 5), (pos_card_cvv_exp_call, 5),
    (pos_card_amex_chat_odd, 3), (pos_card_two_values, 2), (pos_card_chat_split, 2), (pos_card_with_amounts, 2),
    (pos_ssn_chat, 7), (pos_ssn_spoken, 7), (pos_ssn_split, 4), (pos_ssn_correction, 3), (pos_ssn_readback, 3),
    (pos_ssn_hundreds, 3), (pos_ssn_homophone, 3), (pos_ssn_typo_chat, 3), (pos_ssn_with_dob, 4),
    (pos_ni_chat, 7), (pos_ni_spoken, 9), (pos_ni_split, 4), (pos_ni_readback, 3), (pos_ni_correction, 3),
    (pos_ni_pairs_chat_noise, 3), (pos_ni_two_in_turn, 2), (pos_mixed_call, 4),
    (pos_cvv, 6), (pos_expiry, 8), (pos_bank, 14), (pos_us_account, 3), (pos_iban, 15), (pos_phone, 16),
    (pos_email, 15), (pos_dob, 12), (pos_postcode, 9), (pos_address, 12),
]


# ---------------------------------------------------------------- negatives
def neg_cases(b, rng):
    def N(turns, note):
        b.add("negative", turns, note)

    def money_sp():
        return rng.choice(["forty two pounds fifty", "one hundred and nineteen ninety nine", "sixty euro",
                           "two hundred and thirty dollars", "twelve pounds", "eighty seven fifty"])

    for k in range(150):
        t = k % 36 if k < 144 else rng.randint(0, 35)
        if t == 0:
            N([("customer", "hi my order #%d hasn't arrived, it was £%d.%02d" % (rng.randint(10000000, 99999999), rng.randint(5, 300), rng.randint(0, 99)))],
              "chat/retail: order number and price")
        elif t == 1:
            N([("agent", "your balance is %s and the next bill is due on the %s of %s" % (money_sp(), rng.choice(["third", "twenty first", "fifteenth"]), rng.choice(MONTHS))),
               ("customer", "okay thanks")], "call/utilities: balance and due date spoken")
        elif t == 2:
            N([("customer", "Flight %s%d from Dublin on %d %s, seat %d%s" % (rng.choice(["EI", "FR", "BA", "UA"]), rng.randint(100, 9999), rng.randint(1, 28), MONTHS[rng.randint(0, 11)].title(), rng.randint(1, 40), rng.choice("ABCDEF")))],
              "chat/travel: flight number, travel date, seat")
        elif t == 3:
            N([("agent", "your reference number is " + say_digits(rng, dig(rng, rng.choice([6, 7, 8])), "plain", zero="oh")),
               ("customer", "got it thanks")], "call/insurance: claim reference read digit by digit")
        elif t == 4:
            N([("customer", "i've been on hold for %s minutes and called %s times this week" % (rng.choice(["forty five", "twenty", "ninety"]), rng.choice(["three", "four", "six"])))],
              "call/telecom: durations and counts")
        elif t == 5:
            N([("customer", "meter reading is %05d, taken at %d:%02d today" % (rng.randint(0, 99999), rng.randint(7, 20), rng.randint(0, 59)))],
              "chat/utilities: meter reading and time")
        elif t == 6:
            N([("agent", "the appointment is on %s the %s at %s" % (rng.choice(["monday", "tuesday", "friday"]), rng.choice(["fourth", "nineteenth", "twenty second"]), rng.choice(["half past two", "ten fifteen", "nine am", "four thirty"]))),
               ("customer", "perfect")], "call/healthcare billing: appointment date and time")
        elif t == 7:
            N([("customer", "the model is XR%d-%d and it's only %d months old" % (rng.randint(100, 999), rng.randint(10, 99), rng.randint(2, 23)))],
              "chat/retail: model number, age in months")
        elif t == 8:
            N([("customer", "my ticket number is %s can you check it" % say_digits(rng, dig(rng, rng.choice([7, 8, 9, 10])), rng.choice(["plain", "pairs"]), zero="oh"))],
              "call/telecom: ticket number spoken with its reference word")
        elif t == 9:
            N([("customer", "invoice INV-%d for $%d,%03d.%02d paid on %02d/%02d/20%d" % (rng.randint(100000, 9999999), rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28), rng.randint(23, 26)))],
              "chat/healthcare billing (US): invoice number, amount, payment date")
        elif t == 10:
            N([("agent", "the rate goes up %s percent from the first of april so it'll be %s a month" % (rng.choice(["six point nine", "three", "eleven"]), money_sp())),
               ("customer", "that's ridiculous")], "call/telecom: percentage, date, price")
        elif t == 11:
            N([("customer", "I'm %d years old and have been a customer since %d" % (rng.randint(18, 90), rng.randint(1985, 2020)))],
              "chat/banking: age and year")
        elif t == 12:
            N([("customer", "room %d, checked in on the %d%s, checking out at 11am" % (rng.randint(100, 999), rng.randint(4, 20), "th"))],
              "chat/travel: room number and dates")
        elif t == 13:
            N([("customer", "the broadband speed is %d megabits but i'm paying for %d" % (rng.randint(5, 80), rng.choice([100, 500, 900])))],
              "chat/telecom: speeds")
        elif t == 14:
            N([("agent", "i can see a payment of %s on the %s of %s reference %s" % (money_sp(), rng.choice(["second", "ninth", "thirtieth"]), rng.choice(MONTHS), say_digits(rng, dig(rng, 6), "plain", zero="oh"))),
               ("customer", "yes that's the one")], "call/banking: payment with reference number")
        elif t == 15:
            N([("customer", "contract started %s %d and runs %d months, early exit fee £%d" % (rng.choice(MONTHS).title(), rng.randint(2019, 2025), rng.choice([12, 18, 24, 36]), rng.randint(50, 400)))],
              "chat/telecom: contract start date, term, fee")
        elif t == 16:
            N([("customer", "the heating's set to %d degrees and the boiler pressure is %d.%d bar" % (rng.randint(16, 24), rng.randint(1, 2), rng.randint(0, 9)))],
              "chat/utilities: temperature and pressure")
        elif t == 17:
            N([("agent", "case number " + " ".join(pair_words(dig(rng, 2)) for _ in range(rng.choice([3, 4, 5])))),
               ("customer", "okay")], "call/government services: case number in pairs with its reference word")
        elif t == 18:
            N([("customer", "Order %d-%d, qty %d x £%d.%02d" % (rng.randint(100, 999), rng.randint(1000000, 9999999), rng.randint(1, 12), rng.randint(1, 90), rng.randint(0, 99)))],
              "chat/retail: hyphenated order number and quantities")
        elif t == 19:
            N([("customer", "yeah the total came to %s pounds %s and it said %s items" % (pair_words(str(rng.randint(11, 99))), pair_words(str(rng.randint(11, 99))), rng.choice(["twelve", "three", "twenty"])))],
              "call/retail: amount said as pairs ('forty one eleven pounds')")
        elif t == 20:
            N([("customer", "policy number POL%d renewal on %02d.%02d.20%d premium €%d" % (rng.randint(1000000, 99999999), rng.randint(1, 28), rng.randint(1, 12), rng.randint(25, 27), rng.randint(200, 1500)))],
              "chat/insurance (IE): policy number, renewal date, premium")
        elif t == 26:
            N([("customer", "i bought the car in %s and it's done %s miles" % (rng.choice(["nineteen ninety eight", "two thousand and six", "twenty nineteen"]), rng.choice(["eighty thousand", "a hundred and twelve thousand", "forty two thousand five hundred"])))],
              "call/insurance: spoken year of purchase and mileage")
        elif t == 27:
            N([("customer", "Order number %d, placed %s, tracking says %d%% delivered lol" % (rng.randint(1000000000, 9999999999), rng.choice(["yesterday", "on the 2nd", "11/11"]), rng.choice([60, 75, 90])))],
              "chat/retail: 10-digit order number with its reference word, percentage")
        elif t == 28:
            N([("agent", "it's %s a month for the first %s months then %s" % (rng.choice(["four ninety nine", "nineteen ninety nine", "twenty four fifty"]), rng.choice(["six", "three", "twelve"]), rng.choice(["thirty five pounds", "forty two euro", "sixty dollars"]))),
               ("customer", rng.choice(["okay", "hmm that's a lot", "go on then"]))], "call/telecom: spoken prices and a term")
        elif t == 29:
            N([("customer", "my son is %s and my daughter is %s and they both need to be on the policy from the %s" % (rng.choice(["fourteen", "seventeen", "nine"]), rng.choice(["eleven", "six", "twenty one"]), rng.choice(["first of june", "twelfth", "twenty fifth of march"])))],
              "call/insurance: ages and a policy start date")
        elif t == 30:
            N([("customer", "APR is %s%%? and the loan is $%s over %d months" % (rng.choice(["19.9", "24.5", "6.4"]), "{:,}".format(rng.randint(2000, 60000)), rng.choice([36, 48, 60, 72])))],
              "chat/banking (US): APR, loan amount, term")
        elif t == 31:
            N([("agent", "the engineer will come between %s and %s on the %s" % (rng.choice(["eight", "nine", "half eight"]), rng.choice(["twelve", "one", "five thirty"]), rng.choice(["fourteenth", "twenty ninth", "third of july"]))),
               ("customer", "okay i'll be in")], "call/utilities: engineer time window and visit date")
        elif t == 32:
            N([("customer", "parcel is %s kilos, %d x %d x %d cm, tracking ref %s" % (rng.choice(["2.5", "12", "0.8"]), rng.randint(10, 90), rng.randint(10, 90), rng.randint(5, 60), "JD" + str(rng.randint(10000000, 99999999))))],
              "chat/retail: weights, dimensions, tracking reference")
        elif t == 33:
            N([("agent", "your usage this quarter was %s units, that's %s kilowatt hours a day" % (rng.choice(["one thousand two hundred and forty", "eight hundred and six", "two thousand and ninety"]), rng.choice(["eleven point four", "nine", "fourteen"]))),
               ("customer", "that seems high")], "call/utilities: energy usage spoken")
        elif t == 34:
            N([("customer", "I need to reschedule my appointment from %02d/%02d/2026 at %d:%02d to the following week" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 17), rng.choice([0, 15, 30, 45])))],
              "chat/healthcare billing: appointment date (not a birth date) and time")
        elif t == 35:
            N([("agent", "that's complaint reference %s i'll give you a call back within %s working days" % (say_digits(rng, str(rng.randint(1000, 99999)), "mixed", zero="oh"), rng.choice(["five", "ten", "three"]))),
               ("customer", "thank you")], "call/government services: complaint reference with doubles, working days")
        elif t == 22:
            N([("customer", "can i get a double room for %s nights at %s a night" % (rng.choice(["two", "three", "four"]), rng.choice(["one forty nine", "ninety nine", "two hundred and ten"])))],
              "call/travel: 'double' and spoken prices")
        elif t == 23:
            N([("agent", "flight %s %s departs at %s from gate %s" % (rng.choice(["e i", "f r", "b a"]), say_digits(rng, str(rng.randint(100, 999)), "plain"), rng.choice(["seventeen forty", "oh nine fifteen", "twenty two hundred"]), rng.choice(["twenty two", "fourteen b", "three"]))),
               ("customer", "thanks")], "call/travel: spoken flight number, time, gate")
        elif t == 24:
            N([("customer", "The claim was for €%s,%03d and the excess is %d euro. Ref CLM-%d" % (rng.randint(1, 12), rng.randint(0, 999), rng.choice([250, 300, 500]), rng.randint(1000000, 999999999)))],
              "chat/insurance (IE): claim amount, excess, claim reference")
        elif t == 25:
            N([("customer", "my payment of %s on %s was taken twice, reference %d" % (pair_words(str(rng.randint(11, 99))) + " pounds " + pair_words(str(rng.randint(10, 99))), rng.choice(["the twelfth", "march the fourth", "tuesday"]), rng.randint(100000, 999999)))],
              "call/banking: duplicated payment amount, date and reference")
        else:
            N([("agent", "your booking reference is %s for %s people on %s" % (" ".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)).lower(), rng.choice(["two", "four", "six"]), "the " + rng.choice(["fifth", "tenth", "twenty eighth"]) + " of " + rng.choice(MONTHS))),
               ("customer", "brilliant")], "call/travel: six-letter booking code spelled out")


# ---------------------------------------------------------------- validation
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def norm_email(text):
    out = []
    for t in re.findall(r"[A-Za-z0-9]+|[@._-]", text.lower()):
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        else:
            out.append(t)
    s = "".join(out)
    # spoken digits in the local part
    return s


def validate(typ, texts, frag=False):
    """texts: the pieces of one value (one per span), normalised separately."""
    if isinstance(texts, str):
        texts = [texts]
    text = " ".join(texts)
    if typ == "EMAIL":
        s = norm_email(text)
        s = re.sub(r"(one|two|three|four|five|six|seven|eight|nine|zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", "0", s)
        return bool(EMAIL_RE.match(s)), s
    if typ == "ADDRESS":
        toks = tokens(text)
        ok = bool(toks) and (toks[0].isdigit() or toks[0] in DIGIT_WORDS or toks[0] in TEEN_WORDS or toks[0] in TENS_WORDS) \
            and (toks[-1] in SUFFIX or toks[-1] in [a.lower() for a in SUFFIX_ABBR.values()])
        return ok, text
    s = "".join(normalise(t) for t in texts)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        ok, s2 = _validate_norm(typ, s, frag)
        if ok:
            return ok, s2
        s = "".join(normalise(t, homo=False) for t in texts)
    return _validate_norm(typ, s, frag)


def _validate_norm(typ, s, frag):
    if frag:
        return len(s) >= 1, s
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s), s
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4), s
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000", s
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), s
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17, s
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6, s
    if typ == "IBAN":
        return iban_ok(s), s
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 13, s
    if typ == "POSTCODE":
        return bool(UK_PC.match(s)) or bool(re.match(r"^\d{5}(\d{4})?$", s)), s
    if typ == "EXPIRY":
        ok = s.isdigit() and len(s) in (4, 6) and 1 <= int(s[:2]) <= 12
        if not ok and s.isdigit() and len(s) in (3, 5):
            ok = 1 <= int(s[0]) <= 9
        return ok, s
    if typ == "DOB":
        return s.isdigit() and 5 <= len(s) <= 8, s
    return False, s


def build():
    rng = random.Random(SEED)
    b = Builder()
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            fn(b, rng)
    neg_cases(b, rng)
    return b


def dump(b):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in b.cases)


def type_counts(cases):
    c = Counter()
    for case in cases:
        for sp in case["spans"]:
            c[sp["type"]] += 1
    return c


def readme(b):
    tc = type_counts(b.cases)
    pos = sum(1 for c in b.cases if c["kind"] == "positive")
    neg = len(b.cases) - pos
    lines = [
        "# pii_holdout135 - held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures",
        "and then adjusting the redactor to them destroys its value.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its documentation or any other PII fixture (only a 3-line",
        "format example). Cases are generated by `scripts/make_pii_holdout135.py` from template",
        "functions: every turn is assembled from plain-text segments and `(value, TYPE)` segments",
        "so offsets are computed, never typed. All values come from one `random.Random(%d)`;" % SEED,
        "the output is byte-for-byte reproducible. `--check` regenerates and compares the file,",
        "checks ids, offsets, word boundaries and overlaps, and validates every labelled value after",
        "normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN, etc.).",
        "",
        "Emphasis: CARD_NUMBER, NI_NUMBER and SSN in every realistic form: typed with odd",
        "separators/case, spoken digit by digit, with `oh`/`o`/`nought`, `double`/`triple`, pairs",
        "(`forty one eleven`), hundreds (`five hundred and four`), ASR homophones (`for`, `to`, `won`,",
        "`ate`; letters `bee`, `see`, `jay`, `are`...), phonetic spelling (`b for bravo`, `s as in sugar`),",
        "split across turns with back-channels, self-corrections and agent read-backs.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value itself: from its first to its last character/word, including",
        "  separators, spoken filler words (`um`, `dash`) and letter spellings (`b for bravo`) that",
        "  occur inside the reading. Lead-ins (`it's`, `card number is`) are outside.",
        "- A value split across turns gets one span per turn (each covering only that piece).",
        "- Self-corrections: the wrong fragment is labelled as its own span of the same type",
        "  (it is still a piece of the identifier); the correction phrase (`no sorry`) is not.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- ADDRESS covers house number + street name + street type only; city and postcode are",
        "  not inside it (the postcode is a separate POSTCODE span).",
        "- EXPIRY covers month and year; DOB covers the whole date phrase (`the third of march",
        "  nineteen eighty four`). US ZIP codes are labelled POSTCODE.",
        "- Negatives contain lookalikes only (amounts, dates that are not birth dates, times, reference/",
        "  order/ticket/case numbers said with their reference word, flight and room numbers, etc.).",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d)" % (len(b.cases), pos, neg),
        "- spans: %d" % sum(tc.values()),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tc[t]))
    lines += ["", "Regenerate: `python scripts/make_pii_holdout135.py`; verify: `--check`.", ""]
    return "\n".join(lines)


def check(b):
    problems = []
    data = dump(b)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(b):
        problems.append("README.md differs from regenerated output")
    cases = [json.loads(l) for l in (CASES.read_text(encoding="utf-8").splitlines() if CASES.exists() else [])]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for ci, c in enumerate(cases):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        by_turn = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                problems.append(c["id"] + ": bad type " + sp["type"])
            if not (0 <= sp["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": bad turn")
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append(c["id"] + ": offsets out of range")
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], text[s:e]))
            if text[s].isspace() or text[e - 1].isspace() or not text[e - 1].isalnum():
                problems.append("%s: span has ragged edge %r" % (c["id"], text[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(c["id"] + ": overlapping spans")
        if ci < len(b.meta):
            for gid, idxs in b.meta[ci].items():
                typ = c["spans"][idxs[0]]["type"]
                frag = gid == "frag"
                for ix in (idxs if frag else [None]):
                    if frag:
                        sp = c["spans"][ix]
                        txt = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
                    else:
                        txt = [c["turns"][c["spans"][j]["turn"]]["text"][c["spans"][j]["start"]:c["spans"][j]["end"]] for j in idxs]
                    ok, norm = validate(typ, txt, frag)
                    if not ok:
                        problems.append("%s: %s value fails validation: %r -> %r" % (c["id"], typ, txt, norm))
    tc = type_counts(cases)
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = len(cases) - pos
    if pos < 170:
        problems.append("only %d positives" % pos)
    if neg < 100:
        problems.append("only %d negatives" % neg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, tc[t], need))
    print("cases: %d  positive: %d  negative: %d  spans: %d" % (len(cases), pos, neg, sum(tc.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, tc[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:200]:
            print("  - " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    b = build()
    if "--check" in argv:
        return check(b)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(b), encoding="utf-8")
    README.write_text(readme(b), encoding="utf-8")
    print("wrote %d cases to %s" % (len(b.cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
