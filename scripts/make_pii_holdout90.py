#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set "pii_holdout90".

Written by an AI helper acting as an independent test author that did not
see the redaction code.  Standard library only.  Output is byte-for-byte
reproducible (single random.Random seeded with 90301123).

    python scripts/make_pii_holdout90.py          # write fixture + README
    python scripts/make_pii_holdout90.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 90301123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout90"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- numbers --
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

P_UNITS = {w: str(i) for i, w in enumerate(UNIT)}
P_UNITS.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "won": "1",
                "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"})
P_TEENS = {w: str(10 + i) for i, w in enumerate(TEEN)}
P_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "dash", "hyphen", "slash", "space", "then"}
LETTER_WORDS = {"bee": "B", "be": "B", "see": "C", "sea": "C", "dee": "D", "ee": "E",
                "eff": "F", "gee": "G", "aitch": "H", "haitch": "H", "jay": "J",
                "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "queue": "Q",
                "are": "R", "ar": "R", "ess": "S", "tee": "T", "you": "U", "vee": "V",
                "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}


def normalise(text: str, letters: bool = False) -> str:
    """Turn a typed or spoken rendering into canonical digits (and letters)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt == "u" or nxt == "you":  # "double u" = W
                out.append("W")
                i += 2
                continue
            sub = normalise(nxt, letters)
            if len(sub) != 1:
                raise ValueError(f"bad {t} {nxt}")
            out.append(sub * k)
            i += 2
            continue
        if letters and out and out[-1].isalpha() and t == "for" and nxt and nxt.isalpha():
            i += 2
            continue
        if letters and out and out[-1].isalpha() and t == "as" and nxt == "in":
            i += 3
            continue
        if t in P_TENS:
            if nxt in P_UNITS and P_UNITS[nxt] != "0" and not (letters and nxt in ("for", "to", "too")):
                out.append(P_TENS[t] + P_UNITS[nxt])
                i += 2
            else:
                out.append(P_TENS[t] + "0")
                i += 1
            continue
        if t in P_TEENS:
            out.append(P_TEENS[t])
            i += 1
            continue
        if t in P_UNITS and not (letters and t in ("for", "to", "too")):
            if nxt == "hundred":
                d = P_UNITS[t]
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and (toks[j] in P_TENS or toks[j] in P_TEENS):
                    rest = normalise(" ".join(toks[j:j + 2]))
                    if toks[j] in P_TENS and j + 1 < n and toks[j + 1] in P_UNITS:
                        out.append(d + rest[:2])
                        i = j + 2
                    else:
                        out.append(d + (P_TEENS.get(toks[j]) or P_TENS[toks[j]] + "0"))
                        i = j + 1
                    continue
                if j < n and toks[j] in P_UNITS and toks[j - 1] == "and":
                    out.append(d + "0" + P_UNITS[toks[j]])
                    i = j + 1
                    continue
                out.append(d + "00")
                i += 2
                continue
            out.append(P_UNITS[t])
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if letters:
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
            if t in LETTER_WORDS:
                out.append(LETTER_WORDS[t])
                i += 1
                continue
            if len(t) <= 4:
                out.append(t.upper())
                i += 1
                continue
        raise ValueError(f"unparsed token {t!r} in {text!r}")
    return "".join(out)


def luhn_ok(s: str) -> bool:
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


# ---------------------------------------------------------------- values ---
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, k):
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def card(self, kind=None):
        r = self.r
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
        if kind == "visa":
            body, L = "4" + self.digits(5), 16
        elif kind == "mc":
            body, L = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + self.digits(3), 16
        elif kind == "amex":
            body, L = r.choice(["34", "37"]) + self.digits(4), 15
        elif kind == "disc":
            body, L = "6011" + self.digits(2), 16
        elif kind == "visa13":
            body, L = "4" + self.digits(5), 13
        else:
            body, L = r.choice(["6759", "5018", "6763"]) + self.digits(2), 19
        body += self.digits(L - 1 - len(body))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c, kind
        raise AssertionError

    def card_groups(self, num, kind):
        if kind == "amex":
            return [num[:4], num[4:10], num[10:]]
        if kind == "visa13":
            return [num[:4], num[4:7], num[7:10], num[10:]]
        if kind == "maestro19":
            return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
        return [num[i:i + 4] for i in range(0, 16, 4)]

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"

    def ni(self):
        r = self.r
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(first) + r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + self.digits(6) + r.choice("ABCD")

    def sort_code(self):
        return f"{self.r.randint(1, 99):02d}" + self.digits(4)

    def account(self, k=8):
        return str(self.r.randint(1, 9)) + self.digits(k - 1)

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + self.digits(10)
        else:
            bban = self.digits(20)
        r_ = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in r_))
        chk = 98 - num % 97
        return f"{cc}{chk:02d}{bban}"

    def cvv(self, k=3):
        return self.digits(k)

    def expiry(self):
        return f"{self.r.randint(1, 12):02d}", f"{self.r.randint(26, 33):02d}"

    def uk_mobile(self):
        return "07" + self.r.choice("34579") + self.digits(8)

    def uk_land(self):
        return self.r.choice(["020", "0161", "0113", "0131", "0117", "0121"]) + self.digits(8 if False else 0)

    def us_phone(self):
        r = self.r
        return str(r.randint(2, 9)) + self.digits(2) + str(r.randint(2, 9)) + self.digits(6)

    def ie_mobile(self):
        return "08" + self.r.choice("35679") + self.digits(7)

    def uk_postcode(self):
        r = self.r
        inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        kind = r.choice(["one", "two", "two", "two", "central"])
        if kind == "one":
            out = r.choice("BEGLMNSW") + str(r.randint(1, 20))
        elif kind == "two":
            out = r.choice(["SW", "NW", "SE", "LS", "BS", "CF", "EH", "GL", "CB", "OX", "RG", "BT", "NG",
                            "LE", "CV", "PL", "EX", "YO", "HU", "AB", "DD", "KY", "BN", "TN", "PO"]) + str(r.randint(1, 29))
        else:
            out = r.choice(["W1", "E1", "N1", "SW1", "EC1", "WC1", "EC2", "WC2"]) + r.choice("ABCDEFHJKMNPRSTUVWXY")
        return out + " " + inward

    def zip(self):
        return f"{self.r.randint(10, 99)}" + self.digits(3)


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "maria", "kevin", "olu", "chloe",
         "niamh", "dave", "fatima", "grace", "marek", "sean", "emma", "raj", "lucy", "ben"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "brennan", "hughes", "nguyen",
        "walsh", "garcia", "obrien", "fraser", "khan", "doyle", "reid", "baker"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "live.ie"]
STREETS = ["willow crescent", "station road", "harbour view", "maple avenue", "kings drive",
           "elm street", "church lane", "oak terrace", "victoria road", "meadow close",
           "park lane", "mill street", "orchard way", "high street", "cedar court"]
US_STREETS = ["maple avenue", "oak street", "sunset boulevard", "pine drive", "lincoln way",
              "elm street", "lakeview road", "washington avenue", "cedar lane"]


# ---------------------------------------------------------------- speech ---
class Speech:
    def __init__(self, rng: random.Random):
        self.r = rng

    def zero(self, uk=False):
        opts = ["zero", "oh", "oh", "o"] + (["nought", "nought"] if uk else [])
        return self.r.choice(opts)

    def plain(self, ds, uk=False, homo=False):
        z = self.zero(uk)
        words = []
        for d in ds:
            w = z if d == "0" else UNIT[int(d)]
            if homo and self.r.random() < 0.25:
                w = {"four": "for", "two": self.r.choice(["to", "too"]), "eight": "ate"}.get(w, w)
            words.append(w)
        return " ".join(words)

    def doubles(self, ds, uk=False):
        z = self.zero(uk)
        words = []
        i = 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            run = j - i
            w = z if ds[i] == "0" else UNIT[int(ds[i])]
            while run > 0:
                if run >= 3 and self.r.random() < 0.7:
                    words.append("triple " + w)
                    run -= 3
                elif run >= 2:
                    words.append("double " + w)
                    run -= 2
                else:
                    words.append(w)
                    run -= 1
            i = j
        return " ".join(words)

    def pair(self, p, uk=False):
        a, b = int(p[0]), int(p[1])
        if a == 0:
            return self.zero(uk) + " " + UNIT[b]
        if a == 1:
            return TEEN[b]
        if b == 0:
            return TENS[a]
        return TENS[a] + " " + UNIT[b]

    def pairs(self, ds, uk=False):
        words = []
        i = 0
        if len(ds) % 2 == 1:
            words.append(self.zero(uk) if ds[0] == "0" else UNIT[int(ds[0])])
            i = 1
        while i < len(ds):
            words.append(self.pair(ds[i:i + 2], uk))
            i += 2
        return " ".join(words)

    def hundreds(self, ds, uk=False):
        # three-digit chunks with a leading non-zero digit -> "four hundred and twelve"
        if len(ds) != 3 or ds[0] == "0" or ds[1] == "0" and ds[2] != "0":
            return self.pairs(ds, uk)
        h = UNIT[int(ds[0])] + " hundred"
        if ds[1:] == "00":
            return h
        return h + self.r.choice([" and ", " "]) + self.pair(ds[1:], uk)

    def say(self, ds, uk=False, style=None):
        style = style or self.r.choice(["plain", "plain", "doubles", "pairs", "mixed", "homo"])
        if style == "plain":
            s = self.plain(ds, uk)
        elif style == "homo":
            s = self.plain(ds, uk, homo=True)
        elif style == "doubles":
            s = self.doubles(ds, uk)
        elif style == "pairs":
            s = self.pairs(ds, uk)
        elif style == "hundreds":
            s = self.hundreds(ds, uk)
        else:
            s = self.r.choice([self.plain, self.doubles, self.pairs])(ds, uk)
        try:
            if normalise(s) == ds:
                return s
        except ValueError:
            pass
        return self.plain(ds, uk)

    def say_groups(self, groups, uk=False, style=None, filler=0.0):
        parts = []
        for k, g in enumerate(groups):
            if k and self.r.random() < filler:
                parts.append(self.r.choice(["um", "uh", "er"]))
            parts.append(self.say(g, uk, style))
        s = " ".join(parts)
        try:
            ok = normalise(s) == "".join(groups)
        except ValueError:
            ok = False
        if not ok:
            s = " ".join(self.plain(g, uk) for g in groups)
        return s

    def letter(self, c, mode=None):
        mode = mode or self.r.choice(["bare", "bare", "word", "nato", "for"])
        if c == "O" and mode in ("bare", "word"):
            mode = "nato"
        words = {v: k for k, v in LETTER_WORDS.items() if k not in ("be", "sea", "ar", "zee", "haitch", "you", "queue", "ee")}
        if mode == "word" and c in words:
            return words[c]
        if mode == "nato":
            return {v: k for k, v in NATO.items() if k not in ("alfa", "whisky")}[c]
        if mode == "for":
            ex = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "echo",
                  "G": "george", "H": "harry", "J": "jack", "K": "kilo", "L": "london",
                  "M": "mother", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
                  "T": "tommy", "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra",
                  "F": "freddie", "U": "uniform", "V": "victor", "Q": "queen",
                  "O": "oscar", "I": "ireland"}[c]
            return c.lower() + self.r.choice([" for ", " as in "]) + ex
        return c.lower()


def feats(said):
    w = said.split()
    f = []
    if "double" in w or "triple" in w:
        f.append("double/triple")
    if any(x in P_TENS or x in P_TEENS for x in w):
        f.append("pairs")
    if "hundred" in w:
        f.append("hundreds")
    if any(x in ("for", "to", "too", "ate") for x in w):
        f.append("ASR homophones")
    if any(x in ("um", "uh", "er") for x in w):
        f.append("filler inside")
    if any(x in ("oh", "o", "nought") for x in w):
        f.append("oh/nought for zero")
    return ", ".join(f) if f else "digit by digit"


# ---------------------------------------------------------------- builder --
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # list of (speaker, [segments])

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ, grp, canon = seg
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    meta.append((grp, canon))
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


_GID = [0]
SEEN_NEG: set = set()


def V(val, typ, canon, grp=None, partial=False):
    """A labelled segment.  canon = canonical value of the whole entity."""
    if grp is None:
        _GID[0] += 1
        grp = _GID[0]
    return (val, typ, (grp, partial), canon)


def newgrp():
    _GID[0] += 1
    return _GID[0]


# ---------------------------------------------------------------- templates -
def typed_card(g, r, num, kind):
    grps = g.card_groups(num, kind)
    style = r.choice(["space", "dash", "none", "dot", "mixed", "double", "slash"])
    if style == "space":
        return " ".join(grps)
    if style == "dash":
        return "-".join(grps)
    if style == "none":
        return num
    if style == "dot":
        return ".".join(grps)
    if style == "double":
        return "  ".join(grps)
    if style == "slash":
        return " / ".join(grps)
    out = grps[0]
    for x in grps[1:]:
        out += r.choice([" ", "-", "", " - "]) + x
    return out


def pos_cards(g, sp, r):
    cases = []
    inds = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
    # 1. chat typed
    leads = ["my card number is ", "Card: ", "card no. ", "ok here it is ", "its ", "the long number is ",
             "pls charge ", "use this one instead ", "CARD NUMBER ", "number on the card - "]
    tails = ["", " thanks", " cheers", ".", " and please take the full £{amt}", " exp on the back", " !!", " ty"]
    for k in range(14):
        num, kind = g.card()
        c = Case("positive", f"chat/{r.choice(inds)}: {kind} card typed ({'amt' if k % 3 == 0 else 'format'} variant)")
        c.add("agent", r.choice(["Could you type the long card number please?", "Please enter the card number you'd like to use.",
                                 "What card would you like to pay with today?"]))
        tail = r.choice(tails).replace("{amt}", f"{r.randint(20, 900)}.{r.randint(0, 99):02d}")
        lead = r.choice(leads)
        if r.random() < 0.3:
            lead = lead.upper() if r.random() < 0.5 else lead.capitalize()
        c.add("customer", lead, V(typed_card(g, r, num, kind), "CARD_NUMBER", num), tail)
        cases.append(c)
    # 2. spoken in one turn, varied styles
    for k in range(14):
        num, kind = g.card()
        uk = r.random() < 0.5
        style = r.choice(["plain", "doubles", "pairs", "mixed", "homo", "hundreds"])
        grps = g.card_groups(num, kind)
        if style == "hundreds":
            grps = [num[i:i + 3] for i in range(0, len(num) - len(num) % 3, 3)]
            if len(num) % 3:
                grps.append(num[len(num) - len(num) % 3:])
        said = sp.say_groups(grps, uk, style, filler=0.2)
        c = Case("positive", f"call/{r.choice(inds)}: {kind} card spoken in one turn ({feats(said)})")
        c.add("agent", r.choice(["and the long number across the front of the card", "okay can i take the card number please",
                                 "go ahead with the sixteen digits when you're ready", "what's the card number"]))
        pre = r.choice(["yeah it's ", "okay so ", "right um ", "", "it is ", "yeah sure it's "])
        post = r.choice(["", " and that's it", " yeah", " i think that's right", " did you get all that"])
        c.add("customer", pre, V(said, "CARD_NUMBER", num), post)
        if r.random() < 0.4:
            c.add("agent", "thank you and the amount today is " + r.choice(["forty two pounds fifty", "one hundred and twelve dollars",
                                                                         "sixty euro", "eighteen pounds ninety nine"]))
        cases.append(c)
    # 3. split across turns with back-channels
    for k in range(12):
        num, kind = g.card()
        uk = r.random() < 0.5
        grps = g.card_groups(num, kind)
        gid = newgrp()
        c = Case("positive", f"call/{r.choice(inds)}: {kind} card split over {len(grps)} customer turns with back-channels")
        c.add("agent", "okay whenever you're ready with the card number")
        for j, gr in enumerate(grps):
            pre = r.choice(["", "", "right ", "um ", "okay "]) if j == 0 else r.choice(["", "", "then ", "uh "])
            post = r.choice(["", "", " yeah", " um"])
            c.add("customer", pre, V(sp.say(gr, uk), "CARD_NUMBER", num, gid), post)
            if j < len(grps) - 1:
                c.add("agent", r.choice(["mhm", "okay go on", "yep", "uh huh", "got it", "okay", "right"]))
        c.add("agent", "lovely thank you")
        cases.append(c)
    # 4. agent reads back
    for k in range(8):
        num, kind = g.card()
        uk = r.random() < 0.5
        grps = g.card_groups(num, kind)
        c = Case("positive", f"call/{r.choice(inds)}: card given by customer then read back in full by the agent")
        c.add("agent", "can i take the card number")
        c.add("customer", V(sp.say_groups(grps, uk, r.choice(["plain", "doubles", "pairs"])), "CARD_NUMBER", num))
        c.add("agent", r.choice(["let me just read that back ", "so that's ", "okay i have "]),
              V(sp.say_groups(grps, uk, r.choice(["plain", "doubles"])), "CARD_NUMBER", num), r.choice([" is that correct", " yeah", " correct"]))
        c.add("customer", r.choice(["yes that's right", "yep", "that's it"]))
        cases.append(c)
    # 5. self-correction: aborted fragment (partial) then full value
    for k in range(6):
        num, kind = g.card()
        uk = r.random() < 0.5
        grps = g.card_groups(num, kind)
        frag = grps[0] + grps[1][:2]
        c = Case("positive", f"call/{r.choice(inds)}: card with a self-correction restart; aborted fragment labelled too")
        c.add("agent", "and the card number please")
        gid = newgrp()
        c.add("customer", V(sp.plain(frag, uk), "CARD_NUMBER", num, gid, True),
              r.choice([" sorry no hang on let me start again ", " oh wait sorry i'll start over ", " no no sorry from the top "]),
              V(sp.say_groups(grps, uk, "plain"), "CARD_NUMBER", num))
        cases.append(c)
    # 6. card with CVV and expiry in the same/adjacent turns (chat and call)
    for k in range(8):
        num, kind = g.card()
        mm, yy = g.expiry()
        cv = g.cvv(4 if kind == "amex" else 3)
        if k % 2 == 0:
            c = Case("positive", f"chat/{r.choice(inds)}: card, expiry and security code typed in one message")
            c.add("agent", "Please provide the card number, expiry and the security code.")
            sep = r.choice(["/", "/", "-", ""])
            exp = f"{mm}{sep}{yy}" if r.random() < 0.7 else f"{mm}/20{yy}"
            c.add("customer", V(typed_card(g, r, num, kind), "CARD_NUMBER", num), r.choice([" exp ", " expiry ", ", expires ", " valid till "]),
                  V(exp, "EXPIRY", mm + yy), r.choice([" cvv ", " security code ", ", cvc "]), V(cv, "CVV", cv))
        else:
            c = Case("positive", f"call/{r.choice(inds)}: card spoken then expiry and security code asked separately")
            uk = r.random() < 0.5
            c.add("agent", "go ahead with the card number")
            c.add("customer", V(sp.say_groups(g.card_groups(num, kind), uk, r.choice(["plain", "doubles", "pairs"])), "CARD_NUMBER", num))
            c.add("agent", "and the expiry date")
            exps = r.choice(["pairs", "plain", "slash", "month"])
            if exps == "pairs":
                es = sp.say(mm, uk, "plain") + " " + sp.pair(yy)
            elif exps == "plain":
                es = sp.plain(mm + yy, uk)
            elif exps == "slash":
                es = sp.say(mm, uk, "plain") + " slash " + sp.pair(yy)
            else:
                es = MONTHS[int(mm) - 1] + " twenty " + sp.pair(yy)
            c.add("customer", r.choice(["it's ", "", "um "]), V(es, "EXPIRY", mm + yy))
            c.add("agent", "and the " + ("four" if kind == "amex" else "three") + " digit security code on the back")
            c.add("customer", V(sp.say(cv, uk, r.choice(["plain", "pairs", "hundreds"])), "CVV", cv))
        cases.append(c)
    return cases


def pos_ni(g, sp, r):
    cases = []
    inds = ["government services", "banking", "insurance", "utilities", "healthcare billing", "telecom"]

    def typed(ni):
        s = r.choice(["grp", "none", "dash", "lower", "mixed", "grp_nospace_sfx", "dot"])
        p, d, x = ni[:2], ni[2:8], ni[8]
        if s == "grp":
            return f"{p} {d[:2]} {d[2:4]} {d[4:]} {x}"
        if s == "none":
            return ni
        if s == "dash":
            return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{x}"
        if s == "lower":
            return ni.lower()
        if s == "mixed":
            return f"{p.capitalize()} {d} {x.lower()}"
        if s == "grp_nospace_sfx":
            return f"{p}{d[:2]} {d[2:4]} {d[4:]}{x}"
        return f"{p}.{d[:2]}.{d[2:4]}.{d[4:]}.{x}"

    def spoken(ni, style=None):
        style = style or r.choice(["plain", "pairs", "doubles", "mixed"])
        lm = r.choice(["bare", "word", "nato", "for", None])
        letters = " ".join(sp.letter(c, lm) for c in ni[:2])
        dd = ni[2:8]
        digs = sp.say_groups([dd[:2], dd[2:4], dd[4:]], True, style)
        return letters, digs, sp.letter(ni[8], lm)

    for k in range(12):
        ni = g.ni()
        c = Case("positive", f"chat/{r.choice(inds)}: NI number typed, format variant")
        c.add("agent", r.choice(["Can you confirm your National Insurance number?", "What's your NI number please?",
                                 "For security I need your national insurance no."]))
        c.add("customer", r.choice(["sure its ", "NI: ", "it's ", "", "ni no ", "National insurance number "]),
              V(typed(ni), "NI_NUMBER", ni), r.choice(["", " thanks", ".", " - had to dig out my payslip", " i think"]))
        cases.append(c)
    for k in range(12):
        ni = g.ni()
        L, D, S = spoken(ni)
        c = Case("positive", f"call/{r.choice(inds)}: NI number spoken in one turn")
        c.add("agent", "can you give me your national insurance number please")
        c.add("customer", r.choice(["yeah it's ", "okay ", "um ", ""]), V(f"{L} {D} {S}", "NI_NUMBER", ni),
              r.choice(["", " yeah", " that's it"]))
        cases.append(c)
    for k in range(9):
        ni = g.ni()
        L, D, S = spoken(ni)
        gid = newgrp()
        c = Case("positive", f"call/{r.choice(inds)}: NI number split over turns, letters first then digits, agent back-channels")
        c.add("agent", "and your national insurance number")
        c.add("customer", r.choice(["it starts ", "right so ", ""]), V(L, "NI_NUMBER", ni, gid))
        c.add("agent", r.choice(["okay", "mhm", "yep go on"]))
        dd = ni[2:8]
        if r.random() < 0.5:
            c.add("customer", V(sp.say_groups([dd[:2], dd[2:4]], True), "NI_NUMBER", ni, gid))
            c.add("agent", r.choice(["mhm", "uh huh"]))
            c.add("customer", V(sp.say(dd[4:], True) + " " + sp.letter(ni[8]), "NI_NUMBER", ni, gid))
        else:
            c.add("customer", V(D, "NI_NUMBER", ni, gid))
            c.add("agent", "and the letter at the end")
            c.add("customer", r.choice(["it's ", "", "that's "]), V(S, "NI_NUMBER", ni, gid))
        cases.append(c)
    for k in range(6):
        ni = g.ni()
        L, D, S = spoken(ni, "plain")
        c = Case("positive", f"call/{r.choice(inds)}: NI number read back by agent, customer corrects the last letter by repeating the whole number")
        wrong = ni[:8] + r.choice([x for x in "ABCD" if x != ni[8]])
        c.add("customer", "my national insurance is ", V(f"{L} {D} {S}", "NI_NUMBER", ni))
        c.add("agent", "so that's ", V(" ".join(sp.letter(x, "bare") for x in ni[:2]) + " " + sp.plain(ni[2:8], True) + " " + sp.letter(wrong[8], "bare"),
                                       "NI_NUMBER", wrong))
        c.add("customer", r.choice(["no sorry it's ", "no the last letter's wrong it's "]),
              V(" ".join(sp.letter(x, "bare") for x in ni[:2]) + " " + sp.say_groups([ni[2:4], ni[4:6], ni[6:8]], True, "pairs") + " " + sp.letter(ni[8], "for"), "NI_NUMBER", ni))
        cases.append(c)
    for k in range(4):
        ni = g.ni()
        c = Case("positive", f"chat/government services: NI number plus a non-PII reference number in the same message")
        c.add("customer", f"hi my claim ref is {r.randint(100000, 9999999)} and NI ", V(typed(ni), "NI_NUMBER", ni),
              f", I called on {r.randint(2, 28)} {r.choice(MONTHS).capitalize()} about it")
        cases.append(c)
    return cases


def pos_ssn(g, sp, r):
    cases = []
    inds = ["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities", "retail"]

    def typed(s):
        a, b, c_ = s[:3], s[3:5], s[5:]
        st = r.choice(["dash", "dash", "space", "none", "dot", "mixed", "slash"])
        if st == "dash":
            return f"{a}-{b}-{c_}"
        if st == "space":
            return f"{a} {b} {c_}"
        if st == "none":
            return s
        if st == "dot":
            return f"{a}.{b}.{c_}"
        if st == "slash":
            return f"{a}/{b}/{c_}"
        return f"{a}-{b} {c_}"

    for k in range(12):
        s = g.ssn()
        c = Case("positive", f"chat/{r.choice(inds)}: SSN typed, format variant")
        c.add("agent", r.choice(["To verify, please enter your Social Security number.", "What is your SSN?",
                                 "I'll need the full social to open the account."]))
        c.add("customer", r.choice(["ssn ", "SSN: ", "its ", "social is ", "", "Social Security # "]), V(typed(s), "SSN", s),
              r.choice(["", " thx", ".", " (mine not my wife's)", " lmk if u need more"]))
        cases.append(c)
    for k in range(12):
        s = g.ssn()
        style = r.choice(["plain", "pairs", "doubles", "mixed", "homo", "hundreds"])
        grp = [s[:3], s[3:5], s[5:]]
        if style == "pairs":
            said = sp.say_groups([s[:3], s[3:5], s[5:7], s[7:]], False, "pairs")
        elif style == "hundreds":
            said = sp.say(s[:3], False, "hundreds") + " " + sp.say(s[3:5], False, "pairs") + " " + sp.say_groups([s[5:7], s[7:]], False, "pairs")
            if normalise(said) != s:
                said = sp.plain(s)
        else:
            said = sp.say_groups(grp, False, style, filler=0.2)
        c = Case("positive", f"call/{r.choice(inds)}: SSN spoken in one turn ({feats(said)})")
        c.add("agent", r.choice(["and can i get your social security number", "i'll need your social to verify", "what's the ssn on the account"]))
        c.add("customer", r.choice(["sure it's ", "yeah ", "okay it's ", "um ", ""]), V(said, "SSN", s), r.choice(["", " yeah", " okay"]))
        cases.append(c)
    for k in range(9):
        s = g.ssn()
        gid = newgrp()
        c = Case("positive", f"call/{r.choice(inds)}: SSN split 3-2-4 over customer turns with agent back-channels")
        c.add("agent", "go ahead with your social")
        c.add("customer", r.choice(["okay ", "", "um "]), V(sp.say(s[:3], False), "SSN", s, gid))
        c.add("agent", r.choice(["mhm", "okay", "yep"]))
        c.add("customer", V(sp.say(s[3:5], False), "SSN", s, gid))
        c.add("agent", r.choice(["go on", "uh huh", "okay"]))
        c.add("customer", V(sp.say(s[5:], False), "SSN", s, gid), r.choice(["", " yeah"]))
        cases.append(c)
    for k in range(6):
        s = g.ssn()
        c = Case("positive", f"call/{r.choice(inds)}: SSN given then read back by the agent with pairs")
        c.add("customer", "my social security number is ", V(sp.plain(s), "SSN", s))
        c.add("agent", "thank you so i have ", V(sp.say_groups([s[:3], s[3:5], s[5:7], s[7:]], False, "pairs"), "SSN", s), " is that right")
        c.add("customer", "yes")
        cases.append(c)
    for k in range(5):
        s = g.ssn()
        c = Case("positive", f"call/{r.choice(inds)}: SSN with self-correction; aborted fragment labelled")
        c.add("agent", "and your social")
        c.add("customer", V(sp.plain(s[:5]), "SSN", s, partial=True), r.choice([" no sorry that's my wife's hold on ", " wait sorry let me start again "]),
              V(sp.say_groups([s[:3], s[3:5], s[5:]], False), "SSN", s))
        cases.append(c)
    for k in range(4):
        s = g.ssn()
        c = Case("positive", f"chat/healthcare billing: SSN next to a claim number and a dollar amount")
        c.add("customer", f"Claim #{r.randint(1000000, 99999999)} was billed ${r.randint(100, 4000)}.{r.randint(0, 99):02d} twice. My SSN is ",
              V(typed(s), "SSN", s), " if you need it")
        cases.append(c)
    return cases


def pos_other(g, sp, r):
    cases = []
    # BANK_ACCOUNT + SORT_CODE (UK/IE)
    for k in range(12):
        acc = g.account(8)
        sc = g.sort_code()
        if k % 2 == 0:
            c = Case("positive", "chat/banking: UK sort code and account number typed")
            scs = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc])
            c.add("customer", r.choice(["sort code ", "Sort: ", "s/c "]), V(scs, "SORT_CODE", sc), r.choice([" acc ", " account no ", ", account number "]),
                  V(acc, "BANK_ACCOUNT", acc), r.choice(["", " - please refund the £" + str(r.randint(5, 300)) + " there"]))
        else:
            c = Case("positive", f"call/{r.choice(['utilities', 'banking', 'insurance'])}: sort code in pairs and account number spoken for a direct debit")
            c.add("agent", "and what's the sort code for the direct debit")
            c.add("customer", V(sp.say_groups([sc[:2], sc[2:4], sc[4:]], True, r.choice(["pairs", "plain", "doubles"])), "SORT_CODE", sc))
            c.add("agent", "and the account number")
            c.add("customer", r.choice(["it's ", "", "um "]), V(sp.say_groups([acc[:4], acc[4:]], True, r.choice(["plain", "doubles", "pairs"])), "BANK_ACCOUNT", acc))
        cases.append(c)
    for k in range(4):
        acc = g.account(r.choice([10, 11, 12]))
        c = Case("positive", "call/banking: US checking account number spoken, routing not given")
        c.add("agent", "what's the checking account number you want the refund to go to")
        c.add("customer", V(sp.say(acc, False, r.choice(["plain", "doubles"])), "BANK_ACCOUNT", acc), " it's with chase")
        cases.append(c)
    # IBAN
    for k in range(13):
        ib = g.iban()
        if k % 3 != 2:
            c = Case("positive", f"chat/{r.choice(['travel', 'banking', 'retail'])}: IBAN typed for a refund ({ib[:2]})")
            form = r.choice(["grp", "none", "lower"])
            txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if form == "grp" else (ib if form == "none" else ib.lower())
            c.add("customer", r.choice(["IBAN: ", "my iban is ", "refund to ", "iban "]), V(txt, "IBAN", ib), r.choice(["", " thanks", ". BIC to follow"]))
        else:
            c = Case("positive", f"call/banking: IBAN spoken letter by letter and in digit groups ({ib[:2]})")
            parts = []
            i = 0
            while i < len(ib):
                ch = ib[i]
                if ch.isalpha():
                    parts.append(sp.letter(ch, r.choice(["bare", "word", "for"])))
                    i += 1
                else:
                    j = i
                    while j < len(ib) and ib[j].isdigit() and j - i < 4:
                        j += 1
                    parts.append(sp.say(ib[i:j], False, "plain"))
                    i = j
            c.add("agent", "can you read me the iban please")
            c.add("customer", r.choice(["okay ", "yeah ", ""]), V(" ".join(parts), "IBAN", ib))
        cases.append(c)
    # PHONE
    for k in range(16):
        kind = r.choice(["ukm", "us", "ie", "ukm_intl", "us_intl", "ie_intl"])
        if kind.startswith("ukm"):
            ph = g.uk_mobile()
        elif kind.startswith("us"):
            ph = g.us_phone()
        else:
            ph = g.ie_mobile()
        if k % 2 == 0:
            if kind == "ukm":
                t = r.choice([f"{ph[:5]} {ph[5:]}", ph, f"{ph[:5]}-{ph[5:8]}-{ph[8:]}"])
            elif kind == "ukm_intl":
                t = r.choice([f"+44 {ph[1:5]} {ph[5:]}", f"+44{ph[1:]}", f"+44 (0){ph[1:5]} {ph[5:]}"])
            elif kind == "us":
                t = r.choice([f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"{ph[:3]}.{ph[3:6]}.{ph[6:]}"])
            elif kind == "us_intl":
                t = r.choice([f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}", f"1-{ph[:3]}-{ph[3:6]}-{ph[6:]}"])
            elif kind == "ie":
                t = r.choice([f"{ph[:3]} {ph[3:6]} {ph[6:]}", ph])
            else:
                t = r.choice([f"+353 {ph[1:3]} {ph[3:6]} {ph[6:]}", f"00353{ph[1:]}"])
            c = Case("positive", f"chat/{r.choice(['telecom', 'retail', 'travel'])}: phone typed ({kind})")
            c.add("customer", r.choice(["call me back on ", "my mobile is ", "number: ", "best no. is "]), V(t, "PHONE", ph),
                  r.choice(["", " after 5pm", " thanks", " (mobile)"]))
        else:
            uk = kind.startswith("ukm")
            if kind.endswith("intl"):
                cc = {"ukm_intl": "4 4", "us_intl": "one", "ie_intl": "three five three"}[kind]
                rest = ph[1:] if not kind.startswith("us") else ph
                said = "plus " + (cc if kind != "ukm_intl" else "four four") + " " + sp.say_groups([rest[:3], rest[3:6], rest[6:]], uk)
            else:
                grps = [ph[:5], ph[5:8], ph[8:]] if uk else [ph[:3], ph[3:6], ph[6:]]
                said = sp.say_groups(grps, uk, r.choice(["plain", "doubles", "pairs", "mixed"]))
            c = Case("positive", f"call/{r.choice(['telecom', 'utilities', 'insurance'])}: phone number spoken ({kind})")
            c.add("agent", "and a good contact number for you")
            c.add("customer", r.choice(["yeah it's ", "", "my mobile's "]), V(said, "PHONE", ph), r.choice(["", " that's my mobile"]))
        cases.append(c)
    # EMAIL
    for k in range(14):
        fn, ln = r.choice(FIRST), r.choice(LAST)
        dom = r.choice(DOMAINS)
        num = str(r.randint(1, 99)) if r.random() < 0.5 else ""
        local = r.choice([f"{fn}.{ln}", f"{fn[0]}{ln}", f"{fn}_{ln}", f"{ln}{fn[0]}", f"{fn}"]) + num
        em = f"{local}@{dom}"
        if k % 2 == 0:
            c = Case("positive", "chat/retail: e-mail address typed")
            t = em if r.random() < 0.7 else em.capitalize()
            c.add("customer", r.choice(["email is ", "send it to ", "its ", "my email: "]), V(t, "EMAIL", em), r.choice(["", " please", " thanks!"]))
        else:
            c = Case("positive", f"call/{r.choice(['telecom', 'insurance', 'utilities'])}: e-mail spoken ASR style with dot/at/underscore")
            sl = local.replace(".", " dot ").replace("_", " underscore ")
            if num:
                sl = sl[:-len(num)] + " " + sp.pair(num.zfill(2)) if len(num) == 2 else sl[:-1] + " " + UNIT[int(num)]
            sd = dom.replace(".", " dot ")
            c.add("agent", "and your email address")
            c.add("customer", r.choice(["it's ", "yeah it's ", ""]), V(f"{sl} at {sd}", "EMAIL", em))
        cases.append(c)
    # DOB
    for k in range(14):
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1942, 2004)
        canon = f"{y:04d}{m:02d}{d:02d}"
        if k % 2 == 0:
            t = r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{MONTHS[m - 1].capitalize()} {d}, {y}",
                          f"{d} {MON3[m - 1].capitalize()} {y}", f"{m:02d}-{d:02d}-{y}"])
            c = Case("positive", "chat/insurance: date of birth typed")
            c.add("agent", "Can you confirm your date of birth?")
            c.add("customer", r.choice(["dob ", "", "its ", "born "]), V(t, "DOB", canon))
        else:
            ords = {v: k_ for k_, v in ORD.items()}
            if d in ords:
                ds = ords[d]
            else:
                ds = TENS[d // 10] + " " + {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
                                              7: "seventh", 8: "eighth", 9: "ninth"}[d % 10]
            ys = sp.pair(str(y)[:2]) + " " + sp.pair(str(y)[2:]) if y < 2000 else "two thousand and " + UNIT[y % 10]
            t = r.choice([f"the {ds} of {MONTHS[m - 1]} {ys}", f"{MONTHS[m - 1]} {ds} {ys}"])
            c = Case("positive", f"call/{r.choice(['banking', 'healthcare billing', 'government services'])}: date of birth spoken")
            c.add("agent", "and your date of birth please")
            c.add("customer", r.choice(["it's ", "", "yeah "]), V(t, "DOB", canon))
        cases.append(c)
    # ADDRESS + POSTCODE
    for k in range(16):
        uk = k % 3 != 2
        hn = r.randint(1, 240)
        st = r.choice(STREETS if uk else US_STREETS)
        pc = g.uk_postcode() if uk else g.zip()
        if k % 2 == 0:
            c = Case("positive", f"chat/{r.choice(['retail', 'utilities', 'insurance'])}: delivery address with {'UK postcode' if uk else 'US ZIP'} typed")
            addr = f"{hn} {st.title()}" if r.random() < 0.6 else f"Flat {r.randint(1, 12)}, {hn} {st.title()}"
            town = r.choice(["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff"]) if uk else r.choice(["Austin, TX", "Dayton, OH", "Fresno, CA"])
            pct = pc if r.random() < 0.7 else (pc.replace(" ", "") if uk else pc + "-" + g.digits(4))
            c.add("customer", "new address is ", V(addr, "ADDRESS", addr), f", {town} ", V(pct, "POSTCODE", pct.replace("-", "")))
        else:
            c = Case("positive", f"call/{r.choice(['utilities', 'telecom', 'government services'])}: address and {'postcode' if uk else 'zip'} spoken")
            hs = sp.say(str(hn), uk, r.choice(["pairs", "hundreds", "plain"]))
            addr_said = f"{hs} {st}"
            c.add("agent", "can you confirm the first line of the address")
            c.add("customer", r.choice(["yeah it's ", "", "it's "]), V(addr_said, "ADDRESS", f"{hn} {st}"))
            c.add("agent", "and the " + ("postcode" if uk else "zip code"))
            if uk:
                out, inn = pc.split()
                ps = " ".join(sp.letter(ch, "bare") if ch.isalpha() else UNIT[int(ch)] for ch in out) + " " + \
                     " ".join(sp.letter(ch, r.choice(["bare", "for"])) if ch.isalpha() else UNIT[int(ch)] for ch in inn)
            else:
                ps = sp.say(pc, False, r.choice(["plain", "doubles"]))
            c.add("customer", V(ps, "POSTCODE", pc.replace(" ", "")))
        cases.append(c)
    # CVV/EXPIRY extra standalone
    for k in range(6):
        mm, yy = g.expiry()
        cv = g.cvv(3)
        c = Case("positive", "call/travel: expiry with 'the' and security code said with filler, booking total mentioned nearby")
        c.add("agent", f"the total for the two flights is {r.choice(['three hundred and forty', 'five hundred and twelve', 'two hundred and ninety'])} pounds, what's the expiry")
        c.add("customer", "um ", V(f"{sp.say(mm, True, 'plain')} {sp.pair(yy)}", "EXPIRY", mm + yy))
        c.add("agent", "and the last three digits on the signature strip")
        c.add("customer", "it's ", V(sp.say(cv, True, r.choice(["plain", "doubles", "hundreds"])), "CVV", cv), " i think")
        cases.append(c)
    return cases



def pos_extra(g, sp, r):
    """Additional adversarial CARD / NI / SSN forms."""
    cases = []
    # NI with doubled prefix letters ("double j")
    for k in range(6):
        pre = r.choice(["AA", "BB", "CC", "EE", "HH", "JJ", "KK", "LL", "MM", "PP", "RR", "SS", "TT", "YY"])
        ni = pre + g.digits(6) + r.choice("ABCD")
        said = "double " + pre[0].lower() + " " + sp.say_groups([ni[2:4], ni[4:6], ni[6:8]], True, r.choice(["plain", "pairs", "doubles"])) + " " + sp.letter(ni[8], r.choice(["bare", "word", "for"]))
        c = Case("positive", f"call/{r.choice(['government services', 'banking', 'insurance'])}: NI number with doubled prefix letter ('double {pre[0].lower()}')")
        c.add("agent", "can i take your national insurance number")
        c.add("customer", r.choice(["yeah it's ", "okay ", ""]), V(said, "NI_NUMBER", ni), r.choice(["", " i think", " yeah"]))
        cases.append(c)
    # NI with ASR letter homophones and digits in hundreds/pairs, mixed with chit-chat
    for k in range(6):
        ni = g.ni()
        c = Case("positive", f"call/{r.choice(['government services', 'healthcare billing'])}: NI spoken with letter homophones, chit-chat before and after")
        L = " ".join(sp.letter(x, "word") for x in ni[:2])
        D = sp.say_groups([ni[2:4], ni[4:6], ni[6:8]], True, r.choice(["pairs", "plain"]), filler=0.3)
        c.add("agent", "while that loads could you give me your ni number")
        c.add("customer", f"oh hang on it's on my p sixty somewhere, right here we go ", V(f"{L} {D} {sp.letter(ni[8], 'word')}", "NI_NUMBER", ni),
              r.choice([" sorry the kids are shouting", " and i've been with you about six years", ""]))
        cases.append(c)
    # NI typed odd separators
    for k in range(4):
        ni = g.ni()
        t = r.choice([f"{ni[:2]}/{ni[2:8]}/{ni[8]}", f"{ni[:2]} {ni[2:5]} {ni[5:8]} {ni[8]}", f"{ni[0]} {ni[1]} {ni[2:8]} {ni[8]}", f"{ni[:2].lower()}-{ni[2:8]}-{ni[8].lower()}"])
        c = Case("positive", "chat/government services: NI typed with unusual separators")
        c.add("customer", r.choice(["My NI no. is ", "ni = ", "NINO "]), V(t, "NI_NUMBER", ni), r.choice(["", ", tax code 1257L", " and my payroll number is " + str(r.randint(10000, 99999))]))
        cases.append(c)
    # Card with 'then'/'and then' between groups inside one turn
    for k in range(5):
        num, kind = g.card(r.choice(["visa", "mc", "disc"]))
        grps = g.card_groups(num, kind)
        uk = r.random() < 0.5
        said = (" " + r.choice(["then", "and then"]) + " ").join(sp.say(x, uk) for x in grps)
        c = Case("positive", f"call/{r.choice(['retail', 'telecom', 'utilities'])}: card read in groups joined by 'then' ({feats(said)})")
        c.add("agent", "okay and the card number")
        c.add("customer", "right ", V(said, "CARD_NUMBER", num), r.choice(["", " and that's the visa debit"]))
        cases.append(c)
    # Card where the agent back-channel repeats each group
    for k in range(5):
        num, kind = g.card(r.choice(["visa", "mc"]))
        grps = g.card_groups(num, kind)
        uk = r.random() < 0.5
        gid = newgrp()
        c = Case("positive", f"call/{r.choice(['banking', 'insurance'])}: card split over turns, agent echoes each group back (echoes labelled)")
        c.add("agent", "go ahead")
        for j, gr in enumerate(grps):
            c.add("customer", V(sp.say(gr, uk), "CARD_NUMBER", num, gid))
            c.add("agent", V(sp.plain(gr, uk), "CARD_NUMBER", num, newgrp(), True), r.choice(["", " yep", " okay"]))
        cases.append(c)
    # Card typed in chat with words and digits mixed / over two messages
    for k in range(5):
        num, kind = g.card(r.choice(["visa", "mc", "amex"]))
        grps = g.card_groups(num, kind)
        gid = newgrp()
        c = Case("positive", f"chat/{r.choice(['retail', 'travel'])}: card typed over two chat messages")
        c.add("agent", "Please type the card number.")
        h = len(grps) // 2
        c.add("customer", V(" ".join(grps[:h]), "CARD_NUMBER", num, gid))
        c.add("customer", V(" ".join(grps[h:]), "CARD_NUMBER", num, gid), r.choice(["", " sorry hit enter too soon", " (cont)"]))
        cases.append(c)
    # SSN split 3-3-3 / typed over two messages / with hundreds
    for k in range(6):
        s_ = g.ssn()
        gid = newgrp()
        c = Case("positive", f"call/{r.choice(['banking', 'government services', 'insurance'])}: SSN read in threes across turns (not 3-2-4)")
        c.add("agent", "and the social")
        c.add("customer", V(sp.say(s_[:3], False, r.choice(["plain", "hundreds"])), "SSN", s_, gid))
        c.add("agent", "mhm")
        c.add("customer", V(sp.say(s_[3:6], False, r.choice(["plain", "hundreds", "doubles"])), "SSN", s_, gid))
        c.add("agent", "okay")
        c.add("customer", V(sp.say(s_[6:], False, r.choice(["plain", "hundreds", "doubles"])), "SSN", s_, gid))
        cases.append(c)
    for k in range(5):
        s_ = g.ssn()
        c = Case("positive", "chat/banking: SSN typed (spaced or run together) next to a dollar amount and a date")
        c.add("customer", f"hi i need to dispute ${r.randint(20, 900)} from {r.randint(1, 12)}/{r.randint(1, 28)}. ssn# ", V(f"{s_[:3]} {s_[3:5]} {s_[5:]}" if k % 2 else s_, "SSN", s_), " dob on file")
        cases.append(c)
    for k in range(5):
        s_ = g.ssn()
        c = Case("positive", "call/healthcare billing: SSN and US phone both spoken in one turn")
        ph = g.us_phone()
        c.add("agent", "can i get the patient's social and a callback number")
        c.add("customer", "social is ", V(sp.say_groups([s_[:3], s_[3:5], s_[5:]], False), "SSN", s_), " and the number is ",
              V(sp.say_groups([ph[:3], ph[3:6], ph[6:]], False), "PHONE", ph))
        cases.append(c)
    # sort code said with 'dash' and IBAN typed in lower case inside a sentence
    for k in range(4):
        sc = g.sort_code()
        acc = g.account(8)
        c = Case("positive", "call/utilities: sort code spoken with 'dash' between pairs, account number with doubles")
        c.add("agent", "what's the sort code")
        c.add("customer", V(" dash ".join(sp.say(sc[i:i + 2], True, r.choice(["pairs", "plain"])) for i in (0, 2, 4)), "SORT_CODE", sc))
        c.add("agent", "lovely and the account number it's eight digits")
        c.add("customer", V(sp.say(acc, True, "doubles"), "BANK_ACCOUNT", acc))
        cases.append(c)
    for k in range(4):
        ib = g.iban(r.choice(["IE", "GB", "DE", "FR"]))
        c = Case("positive", f"chat/travel: IBAN typed in a complaint message with an amount and a booking ref ({ib[:2]})")
        c.add("customer", f"Booking {r.randint(100000, 999999)} cancelled, refund €{r.randint(80, 900)} to ",
              V(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower() if k % 2 else ib, "IBAN", ib), " please")
        cases.append(c)
    return cases


def neg_extra(g, sp, r):
    cases = []
    tmpl = [
        ("call/telecom", lambda: [("agent", f"press one for billing two for technical support or {r.choice(['four', 'three', 'nine'])} to speak to an agent"),
                                  ("customer", f"i pressed {r.choice(['four', 'two', 'zero'])} and waited {r.choice(['twenty', 'forty five', 'thirty two', 'ninety'])} minutes {r.choice(['for nothing', 'on hold', 'and got cut off'])}")]),
        ("call/retail", lambda: [("customer", f"it was a two for one offer and i bought {r.choice(['three', 'four', 'six'])} of them at {r.choice(['nine ninety nine', 'four fifty', 'twelve pounds'])} each")]),
        ("call/banking", lambda: [("agent", "let me just double check that for you"), ("customer", "oh okay no problem"), ("agent", f"right so the fee was {r.choice(['twenty five pounds', 'twelve fifty', 'thirty dollars'])} and it was refunded on the {r.choice(['fourth', 'eleventh', 'twenty second'])}")]),
        ("call/insurance", lambda: [("customer", f"the house was built in nineteen {sp.pair(str(r.randint(20, 99)))} and we moved in in twenty {sp.pair(str(r.randint(10, 25)))}"), ("agent", "and how many bedrooms")]),
        ("call/travel", lambda: [("agent", f"you're in seat {r.randint(1, 40)} {r.choice('ABCDEF').lower()} gate {r.choice(['b', 'c', 'd'])} {sp.pair(str(r.randint(10, 60)))} boarding at {r.choice(['six forty', 'ten past eight', 'quarter to one'])}")]),
        ("chat/telecom", lambda: [("customer", f"Firmware v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 999)} on router serial?? no idea. Bill was £{r.randint(20, 90)}.{r.randint(0, 99):02d} for {r.randint(1, 3)} lines, {r.randint(5, 500)}GB used")]),
        ("call/utilities", lambda: [("customer", f"we use about {r.choice(['two thousand eight hundred', 'three thousand one hundred', 'four thousand'])} kilowatt hours a year and the direct debit is {r.choice(['ninety two', 'a hundred and forty', 'sixty eight'])} pounds"), ("agent", "okay")]),
        ("call/healthcare billing", lambda: [("customer", f"the deductible is {r.choice(['fifteen hundred', 'two thousand five hundred', 'five hundred'])} dollars and i've met about {r.choice(['forty', 'sixty', 'eighty'])} percent of it")]),
        ("call/government services", lambda: [("agent", f"your case reference is {sp.say(g.digits(9), False, 'pairs')}"), ("customer", "and i need to bring what to the appointment on the third")]),
        ("chat/retail", lambda: [("customer", f"Order #{r.randint(10000000, 9999999999)} - {r.randint(2, 5)} items, tracking says out for delivery {r.randint(7, 11)}am-{r.randint(1, 6)}pm. Size 10, 42 EU")]),
        ("call/banking", lambda: [("customer", f"my mortgage rate went from {r.choice(['four point two', 'three point nine', 'five point one'])} percent to {r.choice(['five point six', 'six point one'])} and the term is twenty five years")]),
        ("chat/banking", lambda: [("customer", f"The ATM at {r.randint(9, 11)}:{r.randint(10, 59)} took my card and didn't give me £{r.randint(2, 30) * 10}. Transaction id {r.randint(100000, 999999999)}")]),
    ]
    for k in range(36):
        note, f = tmpl[k % len(tmpl)]
        c = Case("negative", f"{note}: everyday numbers and PII-like words (double/for/to/oh) with no PII, variant {k // len(tmpl) + 1}")
        for _ in range(30):
            tt = f()
            key = json.dumps(tt)
            if key not in SEEN_NEG:
                break
        SEEN_NEG.add(key)
        for spk, txt in tt:
            c.add(spk, txt)
        cases.append(c)
    return cases

# ---------------------------------------------------------------- negatives
def negatives(g, sp, r):
    cases = []

    def amt():
        return r.choice([f"£{r.randint(5, 999)}.{r.randint(0, 99):02d}", f"${r.randint(10, 3000):,}", f"€{r.randint(5, 500)}",
                         f"{r.randint(10, 99)} pounds {r.randint(1, 99)}", "one hundred and twenty nine dollars",
                         "forty four ninety nine", "two thousand four hundred euro"])

    tmpl = [
        ("chat/retail", lambda: [("customer", f"I was charged {amt()} instead of {amt()} for order {r.randint(1000000, 999999999)}")]),
        ("call/telecom", lambda: [("agent", f"your new plan is {r.choice(['twenty five', 'thirty', 'nineteen ninety nine'])} a month for {r.choice(['twelve', 'twenty four', 'eighteen'])} months"),
                                  ("customer", "okay and how much data is that"),
                                  ("agent", f"that's {r.choice(['a hundred', 'fifty', 'unlimited', 'two hundred and fifty'])} gig with speeds up to {r.randint(30, 900)} megabits")]),
        ("call/utilities", lambda: [("customer", f"the meter reading is {sp.plain(g.digits(5))}"),
                                    ("agent", f"thank you and the reading date was the {r.choice(['third', 'twelfth', 'twenty first'])} of {r.choice(MONTHS)}")]),
        ("chat/utilities", lambda: [("customer", f"Meter reading: {r.randint(10000, 99999)} (day) {r.randint(1000, 99999)} (night) taken today at {r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])}")]),
        ("call/travel", lambda: [("customer", f"i'm on flight {r.choice(['b a', 'e i', 'u a', 'f r'])} {sp.plain(str(r.randint(100, 9999)))} tomorrow at {r.choice(['six thirty', 'half past nine', 'ten fifteen'])}"),
                                 ("agent", f"okay and the booking reference")]),
        ("chat/travel", lambda: [("customer", f"Booking ref {r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(1000, 9999)}, room {r.randint(101, 1450)}, checking in {r.randint(1, 28)}/{r.randint(1, 12)} for {r.randint(2, 14)} nights")]),
        ("call/insurance", lambda: [("agent", f"your claim number is {sp.say(g.digits(8), True, 'plain')}"), ("customer", "sorry can you repeat that"),
                                    ("agent", f"yes claim number {sp.say(g.digits(4), True, 'pairs')}")]),
        ("call/healthcare billing", lambda: [("customer", f"the invoice number is {sp.plain(g.digits(r.choice([6, 7, 8])))} and it says i owe {r.choice(['three hundred and twelve dollars', 'eighty four fifty', 'a thousand and six'])}")]),
        ("chat/healthcare billing", lambda: [("customer", f"Invoice #{r.randint(100000, 9999999999)} dated {r.randint(1, 12)}/{r.randint(1, 28)}/2026, amount due {amt()}")]),
        ("call/banking", lambda: [("agent", f"your balance is {r.choice(['one thousand two hundred and forty', 'three hundred and six', 'twelve thousand'])} pounds {r.choice(['fifty', 'and twelve pence', ''])}"),
                                  ("customer", f"and when's the next payment due"), ("agent", f"that'll be on the {r.choice(['fifth', 'first', 'twenty eighth'])} of {r.choice(MONTHS)}")]),
        ("call/retail", lambda: [("customer", f"i ordered the {r.choice(['model', 'size'])} {r.choice(['k x', 'a b', 'x'])} {sp.plain(g.digits(4))} and {sp.say(str(r.randint(2, 9)), style='plain')} of the {r.choice(['blue', 'black'])} ones"),
                                 ("agent", "okay let me check the order")]),
        ("chat/retail", lambda: [("customer", f"Model number KX-TG{r.randint(1000, 9999)}, bought {r.randint(2, 11)} months ago for {amt()}. Ticket {r.randint(10000, 9999999)}")]),
        ("call/government services", lambda: [("customer", f"i'm {r.choice(['sixty seven', 'forty two', 'eighty one'])} years old and i've lived here since {sp.pair('19')} {sp.pair(str(r.randint(60, 99)))}"),
                                              ("agent", f"okay and your appointment is at {r.choice(['two thirty', 'ten o clock', 'quarter to four'])} on the {r.choice(['ninth', 'nineteenth', 'thirtieth'])}")]),
        ("call/utilities", lambda: [("customer", f"the thermostat's set to {r.choice(['twenty one', 'eighteen', 'nineteen point five'])} degrees but it's been off for {r.choice(['three days', 'forty eight hours', 'two weeks'])}"),
                                    ("agent", f"i'm sorry about that, {r.choice(['about twenty percent', 'one in five', 'ninety percent'])} of our engineers are booked")]),
        ("chat/telecom", lambda: [("customer", f"speed test shows {r.randint(2, 90)}.{r.randint(0, 9)} Mbps down, {r.randint(1, 20)} up, ping {r.randint(8, 90)}ms. Router model {r.choice(['HH6', 'TG589', 'VMG8825'])}")]),
        ("call/banking", lambda: [("agent", "okay i've double checked that and triple checked the dates"),
                                  ("customer", f"oh right so the {amt()} went out on the {r.choice(['second', 'tenth', 'fourteenth'])} yeah"),
                                  ("agent", "that's right for the standing order")]),
        ("chat/insurance", lambda: [("customer", f"Policy started 01/{r.randint(1, 12):02d}/20{r.randint(18, 25)}, renewal premium went up {r.randint(5, 60)}% to {amt()}. Reference number {r.randint(1000000, 999999999)}")]),
        ("call/insurance", lambda: [("customer", f"the car's a twenty {sp.pair(str(r.randint(10, 24)))} model with about {r.choice(['forty two thousand', 'ninety thousand', 'sixty one thousand five hundred'])} miles on it"),
                                    ("agent", "okay and how many named drivers")]),
        ("call/telecom", lambda: [("customer", f"ticket number {sp.plain(g.digits(r.choice([6, 7, 8, 9])))}"), ("agent", "thank you, i see the fault was logged at four fifteen")]),
        ("chat/travel", lambda: [("customer", f"Flight {r.choice(['BA', 'EI', 'FR', 'UA', 'LH'])}{r.randint(100, 9999)} on {r.randint(1, 28)} {r.choice(MON3).capitalize()} was delayed {r.randint(2, 9)}h {r.randint(1, 59)}m, need compensation for {r.randint(1, 6)} passengers")]),
        ("call/government services", lambda: [("agent", f"your application reference is {sp.plain(g.digits(10))}"), ("customer", "got it thanks and how long does it take"),
                                              ("agent", f"usually {r.choice(['six to eight weeks', 'ten working days', 'about three months'])}")]),
        ("chat/banking", lambda: [("customer", f"Transfer of {amt()} on {r.randint(1, 28)}/{r.randint(1, 12)}/2026 at {r.randint(10, 23)}:{r.randint(10, 59)} hasn't arrived. Payment ref {r.randint(10000000, 9999999999)}")]),
        ("call/retail", lambda: [("customer", f"yeah the parcel was {r.choice(['two point four', 'twelve', 'five'])} kilos and it came {r.choice(['four', 'nine', 'eleven'])} days late"), ("agent", "i do apologise")]),
        ("chat/healthcare billing", lambda: [("customer", f"My son is {r.randint(2, 17)}, appointment on {r.choice(MONTHS).capitalize()} {r.randint(1, 28)} at {r.randint(1, 5)}pm, copay ${r.randint(10, 80)}")]),
    ]
    for k in range(110):
        note, f = tmpl[k % len(tmpl)]
        c = Case("negative", f"{note}: lookalike numbers (amounts/times/refs/dates) with no PII, variant {k // len(tmpl) + 1}")
        for _ in range(30):
            tt = f()
            key = json.dumps(tt)
            if key not in SEEN_NEG:
                break
        SEEN_NEG.add(key)
        for spk, txt in tt:
            c.add(spk, txt)
        cases.append(c)
    return cases


# ---------------------------------------------------------------- main -----
def generate():
    _GID[0] = 0
    SEEN_NEG.clear()
    r = random.Random(SEED)
    g = Gen(r)
    sp = Speech(r)
    pos = pos_cards(g, sp, r) + pos_ni(g, sp, r) + pos_ssn(g, sp, r) + pos_other(g, sp, r) + pos_extra(g, sp, r)
    neg = negatives(g, sp, r) + neg_extra(g, sp, r)
    rows, metas = [], []
    for i, c in enumerate(pos, 1):
        turns, spans, meta = c.build()
        rows.append({"id": f"h90-pos-{i:03d}", "kind": "positive", "turns": turns, "spans": spans, "note": c.note})
        metas.append(meta)
    for i, c in enumerate(neg, 1):
        turns, spans, meta = c.build()
        rows.append({"id": f"h90-neg-{i:03d}", "kind": "negative", "turns": turns, "spans": [], "note": c.note})
        metas.append(meta)
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)
    return rows, metas, text


def validate_value(typ, canon):
    d = canon
    if typ == "CARD_NUMBER":
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return d.isdigit() and len(d) in (3, 4)
    if typ == "EXPIRY":
        return d.isdigit() and len(d) == 4 and 1 <= int(d[:2]) <= 12
    if typ == "SSN":
        return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(d))
    if typ == "BANK_ACCOUNT":
        return d.isdigit() and 8 <= len(d) <= 12
    if typ == "SORT_CODE":
        return d.isdigit() and len(d) == 6
    if typ == "IBAN":
        return iban_ok(d)
    if typ == "PHONE":
        return d.isdigit() and 10 <= len(d) <= 11
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", d))
    if typ == "DOB":
        return len(d) == 8 and 1900 < int(d[:4]) < 2010 and 1 <= int(d[4:6]) <= 12
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(d)) or bool(re.fullmatch(r"\d{5}(\d{4})?", d))
    if typ == "ADDRESS":
        return bool(re.fullmatch(r"(flat \d+, )?\d+ [a-z ]+", d.lower()))
    return False


def span_text_ok(typ, txt, canon):
    """Does the normalised span text match the canonical value?  Returns normalised text or None."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "EXPIRY"):
        low = txt.lower()
        if typ == "EXPIRY":
            for i, m in enumerate(MONTHS):
                low = re.sub(rf"\b{m}\b", f"{i + 1:02d}", low)
            low = re.sub(r"\btwenty (?=(twenty|thirty))", "", low)  # "twenty twenty seven" -> 27
            low = re.sub(r"\b20(\d\d)\b", r"\1", low)
        return normalise(low)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        if re.search(r"\d", txt):  # typed form
            return re.sub(r"[^A-Za-z0-9]", "", txt).upper()
        return normalise(txt, letters=True)
    if typ == "PHONE":
        low = re.sub(r"^\+?(44|1|353|00353)[ -]?|^plus (four four|one|three five three) |\(0\)", "", txt.lower())
        n = normalise(low)
        if len(n) in (9, 10) and not n.startswith("0") and canon.startswith("0"):
            n = "0" + n
        if n.startswith("353"):
            n = "0" + n[3:]
        return n
    return None


def check(rows, metas, text):
    problems = []
    if not CASES.exists():
        return ["cases.jsonl missing"]
    if CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if README.read_text(encoding="utf-8") != readme(rows):
        problems.append("README.md differs from regenerated output")
    ids = [x["id"] for x in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    bodies = [json.dumps(x["turns"]) for x in rows]
    if len(bodies) != len(set(bodies)):
        problems.append("duplicate case texts")
    for x in rows:
        if not re.fullmatch(r"h90-(pos|neg)-\d{3}", x["id"]) or x["kind"] not in ("positive", "negative"):
            problems.append(f"{x['id']}: bad id/kind")
        if any(t["speaker"] not in ("agent", "customer") or not t["text"] for t in x["turns"]):
            problems.append(f"{x['id']}: bad turn")
    for row, meta in zip(rows, metas):
        cid = row["id"]
        if row["kind"] == "negative" and row["spans"]:
            problems.append(f"{cid}: negative with spans")
        if row["kind"] == "positive" and not row["spans"]:
            problems.append(f"{cid}: positive without spans")
        if not row["note"] or "/" not in row["note"]:
            problems.append(f"{cid}: bad note")
        byturn = {}
        for s in row["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            t = row["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(f"{cid}: offsets out of range")
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append(f"{cid}: span not on word boundary {t[s['start']:s['end']]!r}")
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                problems.append(f"{cid}: span has outer whitespace")
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(f"{cid}: overlapping spans")
        groups = {}
        for s, ((gid, partial), canon) in zip(row["spans"], meta):
            txt = row["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            groups.setdefault(gid, [s["type"], partial, canon, []])[3].append(txt)
        for gid, (typ, partial, canon, txts) in groups.items():
            canon_n = canon.replace(" ", "").upper() if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else canon
            if typ == "EMAIL":
                canon_n = canon.lower()
            if not validate_value(typ, canon_n):
                problems.append(f"{cid}: invalid canonical {typ} {canon!r}")
            try:
                parts = [span_text_ok(typ, t_, canon_n) for t_ in txts]
                norm = None if parts[0] is None else "".join(parts)
            except ValueError as e:
                problems.append(f"{cid}: {typ} normalise failed: {e}")
                continue
            if norm is None:
                if typ == "EMAIL":
                    j = " ".join(txts).lower()
                    sp_ = j.replace(" underscore ", "_").replace(" dot ", ".").replace(" at ", "@")
                    sp_ = re.sub(r" ([a-z]+)$", r"\1", sp_)
                    if "@" not in j and " at " not in j:
                        problems.append(f"{cid}: email without at: {j!r}")
                elif typ == "DOB":
                    if not re.search(r"\d{2,4}|nineteen|twenty|two thousand", " ".join(txts).lower()):
                        problems.append(f"{cid}: DOB without year")
                elif typ == "ADDRESS":
                    if not any(w in " ".join(txts).lower() for w in ("road", "street", "lane", "avenue", "crescent", "drive", "view", "close", "terrace", "way", "court", "boulevard")):
                        problems.append(f"{cid}: address without street word")
                continue
            ok = (norm in canon_n and len(norm) >= 1) if partial else norm == canon_n
            if not ok:
                problems.append(f"{cid}: {typ} text {' | '.join(txts)!r} -> {norm!r} != {canon_n!r}")
    return problems


def counts(rows):
    c = Counter(s["type"] for x in rows for s in x["spans"])
    npos = sum(1 for x in rows if x["kind"] == "positive")
    nneg = sum(1 for x in rows if x["kind"] == "negative")
    return c, npos, nneg


def readme(rows):
    c, npos, nneg = counts(rows)
    table = "\n".join(f"| {t} | {c.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout90 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against. Do not add its cases to unit tests, do not
adjust patterns/thresholds while looking at its failures.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or other evaluation
sets; only a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout90.py` from template functions: every turn is
assembled from plain-text segments and labelled (value, TYPE) segments, so
offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout90.py --check` regenerates and verifies the
file (identical bytes, unique ids, offsets in range and on word boundaries,
no overlaps) and validates every value after normalising spoken forms (Luhn
for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, postcode shapes).

Content: chat (typed, varied separators/case) and phone calls as ASR
transcripts (lower case, numbers as words, "oh"/"o"/"nought"/"zero",
"double"/"triple", pairs such as "forty one", hundreds such as "four hundred
and twelve", homophones "for"/"to"/"too"/"ate", letters as "b", "bee", "bravo"
or "b for bravo", values split over turns with agent back-channels, agent
read-backs, self-corrections). Industries: banking, telecom, utilities,
retail, insurance, travel, healthcare billing, government services; US, UK,
Ireland and EU values. Extra weight on CARD_NUMBER, NI_NUMBER and SSN.

## Annotation conventions

* A span covers exactly the words/characters that express the value, from the
  first to the last token of the value: lead-ins ("it's", "my card is",
  "ssn:") and trailing chat ("thanks") are outside.
* Fillers ("um", "uh") that occur *between* groups of one value are inside the
  span; a separate span is not made per group within one turn.
* A value split across several customer turns gets one span per turn (same
  type); back-channel agent turns ("mhm", "okay go on") carry no span.
* Agent read-backs of a value are labelled like the customer's value.
* Self-corrections: the aborted fragment ("four nine two sorry let me start
  again") is labelled with the same type as the value, and so is the full
  repeated value; the words of the apology are outside. An agent read-back
  containing a wrong letter (NI) is still labelled NI_NUMBER, and so is the
  customer's corrected repetition.
* Connectives between groups of one value inside a single turn ("then",
  "and then", "dash") are inside the span.
* When the agent echoes each group back between customer turns, every echo
  is labelled with the value's type.
* Letters may be spelled bare ("q"), as letter names ("bee", "aitch", "zed"),
  NATO words ("bravo"), "double m", or "b for bravo" / "c as in charlie";
  the whole spelling expression is inside the span.
* CARD_NUMBER, CVV and EXPIRY are separate spans even when adjacent.
* EXPIRY covers month and year ("oh nine twenty seven", "09/27",
  "september twenty thirty").
* ADDRESS covers the house number (and flat) plus the street name; town is
  not labelled; POSTCODE is a separate span (UK postcode or US ZIP/ZIP+4).
* PHONE includes a leading "+44"/"+1"/"+353"/"plus four four" country code.
* EMAIL covers the whole address, typed or spoken ("j dot doe at gmail dot com").
* DOB covers day, month and year.
* Negatives contain amounts, prices, times, durations, counts, years,
  percentages, non-birth dates, order/ticket/claim/invoice/reference numbers
  (up to 10 digits, with their reference word), flight and room numbers,
  model numbers, meter readings, speeds, ages, temperatures and balances;
  nothing in a negative should be redacted.

## Counts

Positive cases: {npos}; negative cases: {nneg}.

| Type | Spans |
|---|---|
{table}
"""


def main():
    rows, metas, text = generate()
    if "--check" in sys.argv[1:]:
        problems = check(rows, metas, text)
        c, npos, nneg = counts(rows)
        if npos < 170 or nneg < 100:
            problems.append(f"too few cases: {npos} positive, {nneg} negative")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if c.get(t, 0) < need:
                problems.append(f"too few {t} spans: {c.get(t, 0)} < {need}")
        print(f"pii_holdout90: {npos} positive, {nneg} negative, {sum(c.values())} spans")
        for t in TYPES:
            print(f"  {t:13s} {c.get(t, 0)}")
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print(f"FAILED: {len(problems)} problem(s)")
            sys.exit(1)
        print("OK: check passed")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(rows), encoding="utf-8")
    print(f"wrote {CASES.relative_to(ROOT)} ({len(rows)} cases) and README.md")


if __name__ == "__main__":
    main()
