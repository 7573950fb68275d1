#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout320``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only; fully deterministic.

    python scripts/make_pii_holdout320.py          # write fixture + README
    python scripts/make_pii_holdout320.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 320241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout320"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h320"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "sorry", "and", "then", "dash", "hyphen",
           "space", "slash"}


def dw(d, zw):
    return zw if d == "0" else UNIT[int(d)]


def _fix_tens(words):
    """'forty' followed by a unit word would be heard as 41; say 'four oh' instead."""
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in TENS and nxt in UNIT[1:]:
            out.extend([UNIT[TENS.index(w)], "oh"])
        else:
            out.append(w)
    return out


def speak(ds, zw=None, style=None, doubles=None):
    """Speak a digit string as an ASR transcript would write it."""
    zw = zw or R.choice(["zero", "oh", "oh", "o", "nought"])
    style = style or R.choice(["single", "single", "single", "pairs"])
    if doubles is None:
        doubles = R.random() < 0.6
    words = []
    if style == "pairs" and len(ds) % 2 == 0:
        plist = []
        for i in range(0, len(ds), 2):
            a, b = ds[i], ds[i + 1]
            if a == "0":
                plist.append([zw, dw(b, zw)])
            elif a == "1":
                plist.append([TEEN[int(b)]])
            elif b == "0":
                plist.append([TENS[int(a)]])
            else:
                plist.append([TENS[int(a)], UNIT[int(b)]])
        # a bare 'forty' followed by a unit word would be heard as 41: say 'four oh'
        for k in range(len(plist) - 1, -1, -1):
            pw = plist[k]
            if len(pw) == 1 and pw[0] in TENS:
                nxt = plist[k + 1][0] if k + 1 < len(plist) else None
                if nxt is None or nxt in UNIT[1:]:
                    plist[k] = [UNIT[TENS.index(pw[0])], "oh"]
        for pw in plist:
            words += pw
    else:
        i = 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            run = j - i
            if doubles and run >= 3 and R.random() < 0.5:
                words += ["triple", dw(ds[i], zw)]
                i += 3
            elif doubles and run >= 2:
                words += ["double", dw(ds[i], zw)]
                i += 2
            else:
                words.append(dw(ds[i], zw))
                i += 1
    return " ".join(words)


def spell(s, nato_p=0.0, zw="oh"):
    """Spell an alphanumeric string letter by letter (digits as words)."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(dw(ch, zw))
        elif R.random() < nato_p:
            out.append(f"{ch.lower()} for {NATO_OF[ch.lower()]}")
        else:
            out.append(ch.lower())
    return " ".join(out)


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


# ---------------------------------------------------------------- value makers
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + R.choice("0123456789"), 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345"), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete("3" + R.choice("47"), 15), [4, 6, 5]
    return luhn_complete("6011", 16), [4, 4, 4, 4]


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def ssn():
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban():
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if c in ("GB", "IE"):
        bban = "".join(R.choice(letters) for _ in range(4)) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = "".join(R.choice(letters) for _ in range(4)) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def uk_postcode():
    area = R.choice(["SW", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NE", "SE",
                     "NW", "CB", "BT", "RG", "SK", "DE", "NR", "CR", "KT", "TW", "HA", "EC",
                     "WC", "S", "PL", "AB", "DN", "GU"])
    if area in ("SW", "W", "EC", "WC", "N", "E", "SE", "NW") and R.random() < 0.3:
        out = area + str(R.randint(1, 9)) + R.choice("ABCEHJKMNPRVWXY")
    else:
        out = area + str(R.randint(1, 29 if len(area) == 1 else 19))
    return out + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def zipcode():
    return digits(5, True) if R.random() < 0.75 else digits(5, True) + digits(4)


def fmt_uk_pc(pc, typed=True):
    s = pc[:-3] + " " + pc[-3:]
    if typed:
        return R.choice([s, s, s.lower(), pc, pc.lower()])
    return s


def uk_mobile():
    return "07" + R.choice("3456789") + digits(8)


def uk_land():
    return "0" + R.choice(["20", "161", "121", "113", "131", "141", "117", "1632"]) + digits(7 if R.random() < .7 else 6)


def us_phone():
    return str(R.randint(201, 989)) + str(R.randint(200, 989)) + digits(4)


def ie_mobile():
    return "08" + R.choice("35679") + digits(7)


STREETS = ["Maple", "Oakfield", "Station", "Church", "Victoria", "Hawthorn", "Mill", "Park",
           "Elm", "Kingsway", "Greenbank", "Willow", "Cedar", "Riverside", "Hillcrest", "Orchard",
           "Lime", "Ashgrove", "Beech", "Primrose", "Meadow", "Springfield", "Harbour", "Lakeview"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Grove", "Way",
          "Court", "Terrace", "Gardens", "Place", "Boulevard"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Norwich", "Cardiff", "Stockport", "Reading", "Derby"]
TOWNS_US = ["Austin TX", "Dayton OH", "Tacoma WA", "Fresno CA", "Raleigh NC", "Tampa FL"]
FIRST = ["john", "sarah", "priya", "tom", "aoife", "li", "mark", "fiona", "dave", "maria",
         "kwame", "emma", "sean", "olga", "raj", "beth"]
LAST = ["smith", "oconnor", "patel", "nguyen", "walsh", "kowalski", "brown", "evans",
        "murphy", "garcia", "hughes", "reid", "okafor", "byrne"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "aol.com", "web.de"]


def house_no():
    return str(R.choice([R.randint(1, 99), R.randint(1, 99), R.randint(100, 2400)]))


def num_words(n):
    n = int(n)
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    a, b = divmod(n, 100)
    return num_words(a) + " " + (num_words(b) if b >= 10 else ("hundred" if b == 0 else "oh " + UNIT[b]))


def address(spoken):
    h = house_no()
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    if spoken:
        hw = num_words(h) if R.random() < 0.6 else speak(h, zw="oh", style="single", doubles=False)
        return f"{hw} {st.lower()}", h + " " + st
    t = f"{h} {st}"
    if R.random() < 0.25:
        t = f"Flat {R.randint(1, 12)}, {t}"
    return (t.lower() if R.random() < 0.3 else t), t


def email_addr():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}{f[0]}",
                     f"{f}.{l}{R.randint(1, 99)}", f"{f}{R.randint(70, 99)}"])
    return f"{user}@{R.choice(DOMAINS)}"


def speak_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|[0-9]+|[._]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(speak(tok, zw="oh", style="pairs", doubles=False) if len(tok) == 2 else speak(tok))
        elif len(tok) <= 2 or R.random() < 0.2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_text(y, m, d, spoken):
    if spoken:
        yy = num_words(y) if R.random() < 0.8 else num_words(y % 100) if y % 100 >= 10 else num_words(y)
        return R.choice([
            f"the {ORD[d - 1]} of {MONTHS[m - 1]} {yy}",
            f"{ORD[d - 1]} of {MONTHS[m - 1]} {yy}",
            f"{MONTHS[m - 1]} {ORD[d - 1]} {yy}",
            f"{num_words(d)} {MONTHS[m - 1]} {yy}",
            f"{speak(f'{d:02d}', style='single', doubles=False)} {speak(f'{m:02d}', style='single', doubles=False)} {yy}",
        ])
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
                     f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS[m - 1].title()} {y}",
                     f"{MONTHS[m - 1][:3].title()} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])


def expiry():
    return R.randint(1, 12), R.randint(25, 32)


def exp_text(m, y, spoken):
    if spoken:
        return R.choice([
            f"{speak(f'{m:02d}', zw='oh', style='single', doubles=False)} {num_words(y)}",
            f"{MONTHS[m - 1]} {num_words(y)}",
            f"{MONTHS[m - 1]} twenty {num_words(y)}",
            f"{num_words(m)} {num_words(y)}",
        ])
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d}{y}",
                     f"{MONTHS[m - 1][:3]} {y}"])


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.values = {}

    def val(self, typ, canon, frag=False):
        vid = len(self.values)
        self.values[vid] = (typ, canon, frag)
        return vid

    def s(self, text, typ, canon, frag=False):
        return ("S", text, self.val(typ, canon, frag))

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def build(self):
        turns, spans, vmap = [], [], {}
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, tuple):
                    _, st, vid = seg
                    k = 0
                    while not st[k].isalnum():
                        k += 1
                    text += st[:k]
                    tail = len(st)
                    while not st[tail - 1].isalnum():
                        tail -= 1
                    trail = st[tail:]
                    st = st[k:tail]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(st),
                                  "type": self.values[vid][0]})
                    vmap.setdefault(vid, []).append(len(spans) - 1)
                    text += st + trail
                else:
                    text += seg
            turns.append({"speaker": sp, "text": text})
        return turns, spans, vmap


def S(case, text, vid):
    return ("S", text, vid)


# ---------------------------------------------------------------- small helpers
def ch(*xs):
    return R.choice(xs)


BC = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yes", "got that", "okay next"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def ind():
    return R.choice(IND)


def typo(s):
    if R.random() < 0.3 and len(s) > 6:
        i = R.randint(1, len(s) - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def card_typed(num, sizes):
    sep = ch(" ", " ", "-", "", "  ")
    return sep.join(groups(num, sizes))


# ================================================================ POSITIVES
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def p_card_chat():
    num, sz = card()
    c = Case("positive", f"chat/{ind()}: card typed with separators next to an order number")
    order = digits(8, True)
    c.c(ch("hi ", "Hello, ", "hey "), typo("can you update the card on my order"), f" #{order}? new card is ",
        c.s(card_typed(num, sz), "CARD_NUMBER", num), ch("", " thanks", " cheers"))
    m, y = expiry()
    c.a("Thanks. And the expiry date and security code please?")
    cvv = digits(4 if len(num) == 15 else 3)
    c.c(c.s(exp_text(m, y, False), "EXPIRY", (m, y)), ch(" and ", ", cvv ", " / code "),
        c.s(cvv, "CVV", cvv))
    c.note += "; expiry + cvv typed together"
    return c


@pos
def p_card_call_one_turn():
    num, sz = card()
    c = Case("positive", f"call/{ind()}: card read in one turn, ASR number words")
    c.a(ch("okay and the long number on the card please", "can i take the card number", "go ahead with the sixteen digits"))
    c.c(ch("yeah it's ", "right so ", "okay ", ""), c.s(" ".join(speak(g) for g in groups(num, sz)), "CARD_NUMBER", num))
    return c


@pos
def p_card_call_split():
    num, sz = card()
    c = Case("positive", f"call/{ind()}: card split across customer turns with back-channels")
    c.a(ch("when you're ready the card number", "and the card number please", "okay i'm ready for the card"))
    vid = c.val("CARD_NUMBER", num)
    gs = groups(num, sz)
    zw = ch("oh", "zero", "nought", "o")
    for i, g in enumerate(gs):
        pre = ch("", "", "um ", "right ", "okay ") if i == 0 else ch("", "", "then ", "")
        post = ch("", "", " yeah", "")
        c.c(pre, S(c, speak(g, zw=zw), vid), post)
        if i < len(gs) - 1:
            c.a(ch(*BC))
    if R.random() < 0.5:
        m, y = expiry()
        c.a("and the expiry")
        c.c("it's ", c.s(exp_text(m, y, True), "EXPIRY", (m, y)))
    return c


@pos
def p_card_readback():
    num, sz = card()
    c = Case("positive", f"call/{ind()}: card read by customer then read back by agent in pairs")
    c.c("the card number is ", c.s(" ".join(speak(g, style="single") for g in groups(num, sz)), "CARD_NUMBER", num))
    c.a("let me read that back ", c.s(" ".join(speak(g, style="pairs") for g in groups(num, sz)), "CARD_NUMBER", num),
        " is that right")
    c.c(ch("yes that's it", "yep spot on", "that's correct"))
    return c


@pos
def p_card_selfcorrect():
    num, sz = card()
    gs = groups(num, sz)
    c = Case("positive", f"call/{ind()}: card with aborted first reading and restart")
    part = gs[0] + gs[1][:2]
    c.c("okay it's ", c.s(speak(part), "CARD_NUMBER", part, frag=True), " no wait hang on that's the old card")
    c.a("no problem take your time")
    c.c("right the new one is ", c.s(" ".join(speak(g) for g in gs), "CARD_NUMBER", num))
    return c


@pos
def p_card_last4_then_new():
    num, sz = card()
    old4 = digits(4)
    c = Case("positive", f"call/{ind()}: card ending mentioned (not PII) then a full new card with filler")
    c.a(f"i can see the card ending {speak(old4, doubles=False)} was declined for the payment of {money_words(R.randint(1200, 48000))}")
    gs = groups(num, sz)
    mid = len(gs) // 2
    txt = " ".join(speak(g) for g in gs[:mid]) + ch(" um ", " uh ", " erm ") + " ".join(speak(g) for g in gs[mid:])
    c.c("yeah i want to use a different one ", c.s(txt, "CARD_NUMBER", num))
    cvv = digits(3 if len(num) != 15 else 4)
    c.a("and the security code on the back")
    c.c(c.s(speak(cvv, doubles=False), "CVV", cvv))
    return c


@pos
def p_card_chat_amount():
    num, sz = card()
    c = Case("positive", f"chat/{ind()}: card beside an amount and an invoice number")
    inv = digits(7, True)
    c.c(f"I want to pay invoice INV-{inv} (£{R.randint(20, 900)}.{R.randint(0, 99):02d}) with card ",
        c.s(card_typed(num, sz), "CARD_NUMBER", num), ch(" exp ", " expiry ", " valid thru "),
        (lambda mm, yy: c.s(exp_text(mm, yy, False), "EXPIRY", (mm, yy)))(*expiry()))
    return c


@pos
def p_cvv_expiry_call():
    m, y = expiry()
    cvv = digits(3)
    c = Case("positive", f"call/{ind()}: expiry and cvv in separate turns with a time mention")
    c.a("what's the expiry date on the card")
    c.c(ch("it says ", "", "um "), c.s(exp_text(m, y, True), "EXPIRY", (m, y)))
    c.a("and the last three digits on the signature strip")
    c.c(c.s(speak(cvv, doubles=R.random() < .5), "CVV", cvv), ch("", " i think", " yeah"))
    c.a("lovely the payment will go through by about four thirty today")
    return c


@pos
def p_ssn_chat():
    s = ssn()
    c = Case("positive", "chat/" + ch("banking", "insurance", "healthcare billing", "government services") + ": US SSN typed")
    f = ch(f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}")
    c.a("To verify, please provide your Social Security number.")
    c.c(ch("sure its ", "SSN ", "ok: ", "my ssn is "), c.s(f, "SSN", s), ch("", " and the claim # is CL" + digits(7, True), "."))
    return c


@pos
def p_ssn_call():
    s = ssn()
    c = Case("positive", f"call/{ch('banking', 'insurance', 'healthcare billing', 'government services', 'telecom')}: SSN spoken in 3-2-4 groups")
    c.a(ch("can i get your social security number", "and your social please", "i'll need the full social"))
    c.c(ch("sure it's ", "okay ", "yeah "), c.s(" ".join(speak(g) for g in groups(s, [3, 2, 4])), "SSN", s))
    return c


@pos
def p_ssn_split():
    s = ssn()
    c = Case("positive", "call/government services: SSN split over turns, agent back-channels")
    vid = c.val("SSN", s)
    c.a("go ahead with your social")
    gs = groups(s, [3, 2, 4])
    for i, g in enumerate(gs):
        c.c(ch("", "", "uh "), S(c, speak(g), vid))
        if i < 2:
            c.a(ch(*BC))
    if R.random() < .5:
        c.a("and that's for the claim filed on march third correct")
        c.c("yes")
    return c


@pos
def p_ssn_readback():
    s = ssn()
    c = Case("positive", "call/healthcare billing: SSN read back by agent, with member count nearby")
    c.c(f"yeah there's {num_words(R.randint(2, 5))} of us on the plan my social's ",
        c.s(speak(s, style="single"), "SSN", s))
    c.a("okay so that's ", c.s(" ".join(speak(g, doubles=False) for g in groups(s, [3, 2, 4])), "SSN", s))
    c.c("correct")
    return c


@pos
def p_ni_chat():
    n = ni()
    c = Case("positive", "chat/" + ch("government services", "banking", "insurance", "utilities") + ": UK NI number typed")
    f = ch(f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
           f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2].lower()} {n[2:8]} {n[8].lower()}")
    c.c(ch("my NI no. is ", "National insurance: ", "ni number ", "NINO "), c.s(f, "NI_NUMBER", n),
        ch("", " - is that enough?", ". ref 7732"))
    return c


@pos
def p_ni_call():
    n = ni()
    c = Case("positive", "call/government services: NI number spelled, NATO and digits as words")
    c.a("can you confirm your national insurance number please")
    letters = spell(n[:2], nato_p=0.5)
    mid = " ".join(speak(g, style=ch("single", "pairs")) for g in groups(n[2:8], [2, 2, 2]))
    c.c(ch("yeah it's ", "", "okay "), c.s(f"{letters} {mid} {spell(n[8], nato_p=0.4)}", "NI_NUMBER", n))
    return c


@pos
def p_ni_split():
    n = ni()
    c = Case("positive", "call/banking: NI number split across turns")
    vid = c.val("NI_NUMBER", n)
    c.a("and your national insurance number")
    c.c("okay so ", S(c, spell(n[:2], nato_p=0.3), vid))
    c.a(ch(*BC))
    c.c(S(c, speak(n[2:8]), vid))
    c.a("and the letter at the end")
    c.c(S(c, spell(n[8], nato_p=0.6), vid))
    return c


@pos
def p_ni_readback():
    n = ni()
    c = Case("positive", "call/insurance: NI given then confirmed by agent, with age mention")
    c.c(f"i'm {num_words(R.randint(22, 66))} if that matters my ni is ", c.s(spell(n, zw=ch("oh", "zero")), "NI_NUMBER", n))
    c.a("thank you i have ", c.s(spell(n, nato_p=1.0) if False else f"{spell(n[:2], nato_p=1.0)} {speak(n[2:8], style='pairs')} {spell(n[8], nato_p=1.0)}", "NI_NUMBER", n))
    return c


@pos
def p_bank_chat():
    sc = digits(6)
    acct = digits(8)
    c = Case("positive", "chat/" + ch("banking", "utilities", "insurance") + ": UK sort code and account typed")
    scf = ch(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc)
    c.c(ch("please set up the direct debit from ", "dd details: ", "Bank details for the refund - "),
        ch("sort code ", "s/c ", "sort "), c.s(scf, "SORT_CODE", sc), ch(", account ", " acc no ", " a/c "),
        c.s(acct, "BANK_ACCOUNT", acct), ch(f", to be taken on the {R.randint(1, 28)}th each month", "", "."))
    return c


@pos
def p_bank_call():
    sc = digits(6)
    acct = digits(8)
    c = Case("positive", "call/" + ch("utilities", "telecom", "banking") + ": sort code and account spoken in separate turns")
    c.a("what's the sort code")
    c.c(c.s(speak(sc, style=ch("single", "pairs")), "SORT_CODE", sc))
    c.a("and the account number")
    c.c(ch("", "it's ", "um "), c.s(speak(acct), "BANK_ACCOUNT", acct))
    c.a(f"thanks the first payment of {num_words(R.randint(20, 95))} pounds goes out next monday")
    return c


@pos
def p_bank_us():
    acct = digits(R.choice([9, 10, 11, 12]), True)
    c = Case("positive", "call/" + ch("banking", "insurance", "retail") + ": US checking account number read out")
    c.a("and the checking account number for the autopay")
    vid = c.val("BANK_ACCOUNT", acct)
    a1, a2 = acct[:len(acct) // 2], acct[len(acct) // 2:]
    c.c(S(c, speak(a1), vid))
    c.a(ch(*BC))
    c.c(S(c, speak(a2), vid), ch("", " that's checking not savings"))
    return c


@pos
def p_bank_both_one_turn():
    sc, acct = digits(6), digits(8)
    c = Case("positive", "call/banking: sort code and account in one customer turn")
    c.c("sort code ", c.s(speak(sc, style="pairs"), "SORT_CODE", sc), " account number ", c.s(speak(acct), "BANK_ACCOUNT", acct))
    return c


@pos
def p_iban_chat():
    ib = iban()
    c = Case("positive", f"chat/{ch('banking', 'travel', 'insurance', 'retail')}: IBAN typed for refund")
    f = ch(" ".join(groups(ib, [4] * 9)), ib, ib.lower(), " ".join(groups(ib, [4] * 9)).lower())
    c.c(ch("refund to IBAN ", "my iban: ", "Please use ", "IBAN "), c.s(f, "IBAN", ib),
        ch("", " (amount €" + str(R.randint(40, 600)) + ")", " thx"))
    return c


@pos
def p_iban_call():
    ib = iban()
    c = Case("positive", f"call/{ch('banking', 'travel')}: IBAN spelled out over two turns")
    vid = c.val("IBAN", ib)
    gs = groups(ib, [4] * 9)
    h = len(gs) // 2
    c.c("the iban is ", S(c, " ".join(spell(g, nato_p=0.2) for g in gs[:h]), vid))
    c.a(ch(*BC))
    c.c(S(c, " ".join(spell(g, nato_p=0.2, zw=ch('oh', 'zero')) for g in gs[h:]), vid))
    return c


@pos
def p_phone_uk_chat():
    p = ch(uk_mobile(), uk_land())
    c = Case("positive", "chat/" + ch("telecom", "utilities", "retail") + ": UK phone typed")
    if p.startswith("07"):
        f = ch(f"{p[:5]} {p[5:]}", p, f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}", f"({p[:5]}) {p[5:8]} {p[8:]}")
    else:
        f = ch(p, f"{p[:4]} {p[4:]}", f"+44 {p[1:]}", f"{p[:4]}-{p[4:]}")
    c.c(ch("call me back on ", "best number is ", "pls ring ", "mob: "), c.s(f, "PHONE", p),
        ch(" after 6pm", " between 9 and 5", "", " thanks"))
    return c


@pos
def p_phone_us_chat():
    p = us_phone()
    c = Case("positive", "chat/" + ch("retail", "insurance", "telecom") + ": US phone typed")
    f = ch(f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}",
           f"+1 {p[:3]} {p[3:6]} {p[6:]}", p, f"1-{p[:3]}-{p[3:6]}-{p[6:]}")
    c.c(ch("my cell is ", "you can text ", "Phone: "), c.s(f, "PHONE", p), ch("", " anytime after 5:30", " (mobile)"))
    return c


@pos
def p_phone_call():
    kind = ch("uk", "us", "ie")
    p = {"uk": uk_mobile, "us": us_phone, "ie": ie_mobile}[kind]()
    c = Case("positive", f"call/{ind()}: {kind} phone read as words with doubles/triples")
    c.a("what's the best number to reach you on")
    sizes = {"uk": [5, 6], "us": [3, 3, 4], "ie": [3, 3, 4]}[kind]
    txt = " ".join(speak(g, zw=ch('oh', 'o', 'zero')) for g in groups(p, sizes))
    if R.random() < 0.4:
        txt = re.sub(r"\btwo\b", "to", txt, count=1) if R.random() < 0.5 else re.sub(r"\beight\b", "ate", txt, count=1)
        c.note += " and an ASR homophone ('to'/'ate')"
    c.c(ch("it's ", "yeah ", "my mobile ", ""), c.s(txt, "PHONE", p))
    return c


@pos
def p_phone_intl_call():
    kind = ch("uk", "ie")
    p = uk_mobile() if kind == "uk" else ie_mobile()
    cc = "44" if kind == "uk" else "353"
    canon = cc + p[1:]
    c = Case("positive", f"call/travel: {kind} mobile in international form 'plus {cc}'")
    c.c("if you need to call me while i'm abroad it's ", c.s("plus " + speak(cc, style='pairs' if cc == '44' else 'single') + " " + speak(p[1:]), "PHONE", canon))
    return c


@pos
def p_phone_split():
    p = ch(uk_mobile(), us_phone())
    c = Case("positive", f"call/{ind()}: phone split over turns with agent readback")
    vid = c.val("PHONE", p)
    h = 5 if p.startswith("07") else 3
    c.c("okay ", S(c, speak(p[:h]), vid))
    c.a(ch(*BC))
    c.c(S(c, speak(p[h:]), vid))
    c.a("so that's ", c.s(speak(p, doubles=True, style="single"), "PHONE", p))
    return c


@pos
def p_email_chat():
    e = email_addr()
    c = Case("positive", f"chat/{ind()}: email typed, sometimes capitalised")
    f = ch(e, e, e.upper() if R.random() < .2 else e.title())
    c.c(ch("send it to ", "email: ", "my email is ", "can you update my email to "), c.s(f, "EMAIL", e), ch("", " thanks", " pls"))
    return c


@pos
def p_email_call():
    e = email_addr()
    c = Case("positive", f"call/{ind()}: email spoken with dot/at/underscore")
    c.a("and the email address")
    c.c(ch("it's ", "yeah ", ""), c.s(speak_email(e), "EMAIL", e))
    if R.random() < .5:
        c.a("and you want the statement for the last twelve months")
        c.c("yes please")
    return c


@pos
def p_dob_chat():
    y, m, d = dob()
    c = Case("positive", f"chat/{ch('healthcare billing', 'insurance', 'banking', 'government services')}: DOB typed")
    c.a(ch("Please confirm your date of birth.", "Can I have your DOB?"))
    c.c(ch("", "dob ", "its ", "born "), c.s(dob_text(y, m, d, False), "DOB", (y, m, d)))
    return c


@pos
def p_dob_call():
    y, m, d = dob()
    c = Case("positive", f"call/{ind()}: DOB spoken, next to appointment date (not DOB)")
    c.a("for security can i take your date of birth")
    c.c(ch("", "yeah it's ", "sure "), c.s(dob_text(y, m, d, True), "DOB", (y, m, d)))
    c.a(f"thank you and the appointment is on the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)} at {num_words(R.randint(1, 11))} o'clock")
    return c


@pos
def p_postcode_uk():
    pc = uk_postcode()
    c = Case("positive", f"{ch('chat', 'call')}/{ch('utilities', 'retail', 'telecom', 'insurance')}: UK postcode")
    if c.note.startswith("chat"):
        c.c(ch("postcode is ", "my postcode ", "pc: "), c.s(fmt_uk_pc(pc), "POSTCODE", pc))
    else:
        c.a("and the postcode")
        c.c(c.s(spell(pc[:-3], nato_p=0.2) + ch(" ", " um ") + spell(pc[-3:], nato_p=0.3), "POSTCODE", pc))
    return c


@pos
def p_zip():
    z = zipcode()
    c = Case("positive", f"{ch('chat', 'call')}/{ch('retail', 'insurance', 'healthcare billing')}: US ZIP code")
    if c.note.startswith("chat"):
        c.c("zip ", c.s(z if len(z) == 5 else f"{z[:5]}-{z[5:]}", "POSTCODE", z))
    else:
        c.a("what's the zip code on the account")
        c.c(c.s(speak(z[:5]) + ("" if len(z) == 5 else " dash " + speak(z[5:])), "POSTCODE", z))
    return c


@pos
def p_address_uk():
    at, canon = address(False)
    pc = uk_postcode()
    c = Case("positive", f"chat/{ch('utilities', 'retail', 'insurance')}: UK address + postcode typed")
    c.c(ch("new address is ", "I've moved to ", "deliver to "), c.s(at, "ADDRESS", canon), ", ", R.choice(TOWNS_UK), " ",
        c.s(fmt_uk_pc(pc), "POSTCODE", pc))
    return c


@pos
def p_address_call():
    spk, canon = address(True)
    c = Case("positive", f"call/{ind()}: address spoken, house number as words")
    c.a("can you confirm the first line of the address")
    c.c(ch("yeah it's ", "", "it's "), c.s(spk, "ADDRESS", canon))
    if R.random() < .6:
        pc = uk_postcode()
        c.a("and the postcode")
        c.c(c.s(spell(pc[:-3]) + " " + spell(pc[-3:]), "POSTCODE", pc))
    return c


@pos
def p_address_us():
    at, canon = address(False)
    z = zipcode()
    c = Case("positive", f"chat/{ch('retail', 'insurance', 'healthcare billing')}: US address with ZIP")
    town = R.choice(TOWNS_US)
    c.c("ship to ", c.s(at, "ADDRESS", canon), ", ", town, " ", c.s(z if len(z) == 5 else f"{z[:5]}-{z[5:]}", "POSTCODE", z),
        ch("", f" - order of {R.randint(2, 6)} items"))
    return c


@pos
def p_combo_verify():
    y, m, d = dob()
    pc = uk_postcode()
    c = Case("positive", "call/banking: DOB and postcode in one turn, balance mentioned")
    c.a("to get through security i need your date of birth and postcode")
    c.c(c.s(dob_text(y, m, d, True), "DOB", (y, m, d)), ch(" and the postcode is ", " postcode ", " and it's "),
        c.s(spell(pc[:-3]) + " " + spell(pc[-3:]), "POSTCODE", pc))
    c.a(f"thanks you're through your balance is {num_words(R.randint(100, 999))} pounds")
    return c


@pos
def p_combo_phone_email():
    p = uk_mobile()
    e = email_addr()
    c = Case("positive", f"chat/{ind()}: phone and email in one message with opening hours")
    c.c("Can someone contact me? ", c.s(p, "PHONE", p), " or ", c.s(e, "EMAIL", e), " - I'm free 9-5 mon-fri")
    return c


@pos
def p_ssn_near_numbers():
    s = ssn()
    c = Case("positive", "call/insurance: SSN next to a claim number and an amount")
    cl = digits(8, True)
    c.c(f"the claim number's {speak(cl, doubles=False)} and it was for {num_words(R.randint(200, 900))} dollars")
    c.a("okay and to verify your social")
    c.c(c.s(speak(s), "SSN", s))
    return c


@pos
def p_ni_near_ref():
    n = ni()
    c = Case("positive", "chat/government services: NI beside a reference with letters")
    ref = "REF" + digits(6, True)
    c.c(f"Ref {ref} - NI ", c.s(ch(n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"), "NI_NUMBER", n),
        f" - I applied on {R.randint(1, 28)}/{R.randint(1, 12)}/2024")
    return c


@pos
def p_card_pairs_call():
    num, sz = card()
    c = Case("positive", f"call/{ind()}: card spoken in pairs ('forty one eleven')")
    c.c("ready it's ", c.s(" ".join(speak(g, style="pairs") for g in groups(num, sz)), "CARD_NUMBER", num))
    return c


@pos
def p_card_two_per_turn():
    num, sz = card()
    gs = groups(num, sz)
    c = Case("positive", f"call/{ind()}: card in two halves, agent repeats the first half")
    vid = c.val("CARD_NUMBER", num)
    h = len(gs) // 2
    first = " ".join(speak(g) for g in gs[:h])
    c.c(S(c, first, vid))
    c.a(c.s(first, "CARD_NUMBER", "".join(gs[:h]), frag=True), " yep")
    c.c(S(c, " ".join(speak(g) for g in gs[h:]), vid))
    return c


@pos
def p_phone_beside_hours():
    p = ch(uk_mobile(), us_phone(), ie_mobile())
    c = Case("positive", f"call/{ind()}: phone given right next to availability times")
    c.a("and what number should the engineer call")
    c.c(f"i'm in from {num_words(R.randint(8, 11))} till {num_words(R.randint(1, 6))} so ring me on ",
        c.s(speak(p), "PHONE", p), f" any time after {num_words(R.randint(8, 10))} thirty")
    return c


@pos
def p_dob_vs_dates_chat():
    y, m, d = dob()
    c = Case("positive", f"chat/{ch('insurance', 'healthcare billing')}: DOB next to appointment and payment dates")
    c.c(f"Hi my appointment on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025 was billed twice (£{R.randint(20, 200)} on {R.randint(1, 28)}/{R.randint(1, 12)}). "
        f"{ch('DOB', 'Date of birth', 'D.O.B.')} ", c.s(dob_text(y, m, d, False), "DOB", (y, m, d)), ch("", ", patient ID " + digits(7, True)))
    return c


@pos
def p_acct_beside_ref():
    sc, acct = digits(6), digits(8)
    c = Case("positive", "chat/utilities: account and sort code beside a payment reference and amount")
    c.c(f"Paid £{R.randint(30, 400)}.{R.randint(10, 99)} on {R.randint(1, 28)}/{R.randint(1, 12)} with reference {digits(8, True)} from account ",
        c.s(acct, "BANK_ACCOUNT", acct), " sort ", c.s(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE", sc), " but it's not showing")
    return c


@pos
def p_iban_nato_call():
    ib = iban()
    c = Case("positive", "call/banking: IBAN read in one go with NATO letters and agent back-channel after")
    c.c("okay the iban ", c.s(" ".join(spell(g, nato_p=0.7, zw=ch('oh', 'zero')) for g in groups(ib, [4] * 9)), "IBAN", ib))
    c.a(f"thank you and the amount is {money_words(R.randint(5000, 90000), 'euro', 'cent')}")
    return c


@pos
def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    e = f"{f}.{l}@{R.choice(DOMAINS)}"
    user, dom = e.split("@")
    c = Case("positive", f"call/{ind()}: email with surname spelled letter by letter")
    txt = f"{f} dot {' '.join(l)} at {' dot '.join(dom.split('.'))}"
    c.c("it's ", c.s(txt, "EMAIL", e))
    c.a("so that's ", c.s(f"{f} dot {l} at {' dot '.join(dom.split('.'))}", "EMAIL", e))
    return c


@pos
def p_address_flat_call():
    h = R.randint(2, 99)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    fl = R.randint(1, 20)
    pc = uk_postcode()
    c = Case("positive", "call/utilities: flat + street address then postcode over two turns")
    c.a("what's the supply address")
    c.c("it's ", c.s(f"flat {num_words(fl)} {num_words(h)} {st.lower()}", "ADDRESS", f"Flat {fl}, {h} {st}"),
        f" in {R.choice(TOWNS_UK).lower()}")
    c.a("and postcode")
    c.c(c.s(spell(pc[:-3], nato_p=0.3) + " " + spell(pc[-3:], nato_p=0.3), "POSTCODE", pc))
    return c


@pos
def p_cvv_chat():
    cvv = digits(3)
    m, y = expiry()
    c = Case("positive", f"chat/{ind()}: expiry and cvc typed after a card-ending mention")
    c.a(f"I have the card ending {digits(4)}. Please confirm the expiry and CVC.")
    c.c(ch("exp ", "", "expiry "), c.s(exp_text(m, y, False), "EXPIRY", (m, y)), ch(" cvc ", " cvv: ", ", security code "), c.s(cvv, "CVV", cvv))
    return c


@pos
def p_card_with_order_call():
    num, sz = card()
    o = digits(8, True)
    c = Case("positive", f"call/retail: order number (not PII) spoken just before the card number")
    c.c(f"the order number is {speak(o)} and i'd like to pay the {money_words(R.randint(1000, 30000))} with my card")
    c.a("okay go ahead with the card number")
    c.c(c.s(" ".join(speak(g) for g in groups(num, sz)), "CARD_NUMBER", num))
    return c


@pos
def p_zip_amount():
    z = digits(5, True)
    c = Case("positive", "call/retail: ZIP given for card verification next to an amount")
    c.a(f"the charge of {money_words(R.randint(1000, 40000), 'dollars', 'cents')} needs the billing zip code")
    c.c(c.s(speak(z), "POSTCODE", z))
    return c


@pos
def p_ssn_chat_messy():
    s = ssn()
    c = Case("positive", "chat/banking: SSN typed with odd spacing beside a date and amount")
    f = ch(f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:3]}-{s[3:5]} {s[5:]}", f"{s[:3]}{s[3:5]}-{s[5:]}")
    c.c(f"opened the account {R.randint(1, 12)}/{R.randint(1, 28)}/2023 with ${R.randint(100, 5000)}, ss# ", c.s(f, "SSN", s))
    return c


@pos
def p_ni_homophone_call():
    n = ni()
    c = Case("positive", "call/government services: NI spelled with letters and digits in pairs split over turns plus readback")
    vid = c.val("NI_NUMBER", n)
    c.c("it's ", S(c, spell(n[:2]) + " " + speak(n[2:4], style="pairs"), vid))
    c.a(ch(*BC))
    c.c(S(c, speak(n[4:8], style="pairs") + " " + spell(n[8]), vid))
    c.a("so ", c.s(spell(n), "NI_NUMBER", n), " thank you")
    return c


@pos
def p_card_interrupted():
    num, sz = card()
    gs = groups(num, sz)
    c = Case("positive", f"call/{ind()}: card reading interrupted by chit-chat in the same turn (two spans, one value)")
    vid = c.val("CARD_NUMBER", num)
    k = R.randint(1, len(gs) - 1)
    c.c(S(c, " ".join(speak(g) for g in gs[:k]), vid),
        ch(" sorry the dog's going mad hang on ", " oh sorry hold on my kids are shouting right where was i ",
           " sorry it's worn off a bit here ", " just a sec the light's bad "),
        S(c, " ".join(speak(g) for g in gs[k:]), vid))
    return c


@pos
def p_card_exp_cvv_one_turn():
    num, sz = card()
    m, y = expiry()
    cvv = digits(4 if len(num) == 15 else 3)
    c = Case("positive", f"call/{ind()}: card, expiry and cvv all in one customer turn")
    c.a("can you give me the card details please")
    c.c("yeah it's ", c.s(" ".join(speak(g) for g in groups(num, sz)), "CARD_NUMBER", num),
        " expiry ", c.s(exp_text(m, y, True), "EXPIRY", (m, y)), ch(" and the code on the back is ", " security number "),
        c.s(speak(cvv), "CVV", cvv))
    return c


@pos
def p_phone_selfcorrect():
    p = uk_mobile()
    wrong = p[:6] + str((int(p[6]) + 3) % 10) + p[7:]
    c = Case("positive", "call/telecom: phone with self-correction in the next turn, agent confirms")
    c.c("it's ", c.s(speak(wrong[:5]) + " " + speak(wrong[5:]), "PHONE", wrong), " no sorry")
    c.c(c.s(speak(p[:5]) + " " + speak(p[5:]), "PHONE", p), " that's right")
    c.a("okay so ", c.s(speak(p, style="single"), "PHONE", p))
    return c


@pos
def p_email_two_values():
    e = email_addr()
    p = us_phone()
    c = Case("positive", "call/insurance: email and phone in one turn with chit-chat between")
    c.c("email's ", c.s(speak_email(e), "EMAIL", e), " and honestly just call me it's quicker ",
        c.s(speak(p[:3]) + " " + speak(p[3:6]) + " " + speak(p[6:]), "PHONE", p))
    return c


@pos
def p_phone_eu_chat():
    kind = ch("de", "fr", "ie", "es", "nl")
    if kind == "de":
        nat = "30" + digits(8)
        canon, f = "49" + nat, ch(f"+49 {nat[:2]} {nat[2:]}", f"0049 {nat[:2]} {nat[2:]}", f"+49 ({nat[:2]}) {nat[2:]}")
    elif kind == "fr":
        nat = "6" + digits(8)
        canon, f = "33" + nat, ch(f"+33 {nat[0]} {nat[1:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}", f"+33{nat}")
    elif kind == "ie":
        nat = ie_mobile()[1:]
        canon, f = "353" + nat, ch(f"+353 {nat[:2]} {nat[2:5]} {nat[5:]}", f"+353-{nat[:2]}-{nat[2:]}")
    elif kind == "es":
        nat = "6" + digits(8)
        canon, f = "34" + nat, ch(f"+34 {nat[:3]} {nat[3:6]} {nat[6:]}", f"+34{nat}")
    else:
        nat = "6" + digits(8)
        canon, f = "31" + nat, ch(f"+31 {nat[0]} {nat[1:5]} {nat[5:]}", f"+31 (0){nat}")
    c = Case("positive", f"chat/travel: {kind} international phone number typed next to a booking ref and times")
    c.c(f"Booking {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}, arriving {R.randint(10, 23)}:{ch('05', '30', '45')}. If the transfer is late call ",
        c.s(f, "PHONE", "00" + canon if f.startswith("0049") else "310" + nat if "(0)" in f else canon))
    return c


# ================================================================ NEGATIVES
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def money_words(p, cur="pounds", sub="pence"):
    a, b = divmod(p, 100)
    s = f"{num_words(a)} {cur}"
    if b:
        s += f" {num_words(b)}" + ("" if R.random() < .5 else f" {sub}")
    return s


@neg
def n_order_digits():
    o = digits(R.choice([7, 8, 9, 10]), True)
    c = Case("negative", f"call/retail: {len(o)}-digit order number read digit by digit with its name")
    c.c(f"yeah the order number is {speak(o)}")
    c.a(f"thank you i can see that order it was dispatched on the {ORD[R.randint(0, 27)]}")
    return c


@neg
def n_order_chat():
    o = digits(R.choice([8, 9, 10]), True)
    c = Case("negative", f"chat/retail: order/ticket/invoice number typed with its label")
    if R.random() < 0.5:
        c.c(f"Hi, {ch('Order #', 'order no. ', 'order ')}{o} still hasn't arrived, it was due {R.randint(1, 28)}/{R.randint(1, 12)}")
    else:
        c.c(f"{ch('Ticket ', 'Case ref ', 'invoice number ', 'INV-')}{o} - you still haven't answered, it's been {R.randint(3, 20)} days")
    return c


@neg
def n_tracking():
    jd = digits(16)
    while luhn_ok(jd) or luhn_ok(jd[:15]) or luhn_ok(jd[1:]):
        jd = digits(16)
    t = ch("JD" + jd, "1Z" + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(16)),
           ch("RM", "LP", "TT") + digits(9) + "GB")
    c = Case("negative", "chat/retail: long alphanumeric courier tracking number with its name")
    c.a(f"Your parcel tracking number is {t}. It should arrive within {R.randint(2, 5)} working days.")
    return c


@neg
def n_amount_digits():
    p = R.randint(1000, 999999)
    c = Case("negative", f"call/{ind()}: amount read digit by digit and in words")
    a, b = divmod(p, 100)
    c.a(f"the outstanding balance is {speak(str(a), doubles=False)} point {speak(f'{b:02d}', doubles=False)}")
    c.c(f"so {money_words(p, ch('pounds', 'dollars', 'euro'), ch('pence', 'cents'))} right")
    c.a("that's correct")
    return c


@neg
def n_amount_chat():
    c = Case("negative", f"chat/{ind()}: prices and balances with separators")
    c.a(f"Your balance is £{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)} and the minimum payment of "
        f"£{R.randint(25, 99)}.{R.randint(10, 99)} is due on {R.randint(1, 28)}/{R.randint(1, 12)}/2025.")
    c.c(f"ok can I pay ${R.randint(100, 999)}.{R.randint(10, 99)} now and the rest (about {R.randint(10, 60)}%) later?")
    return c


@neg
def n_opening_hours():
    c = Case("negative", f"call/{ind()}: opening hours that sound like a phone number")
    c.a(ch("we're open eight till eight monday to friday and nine till five on saturdays",
           "the lines are open oh eight hundred to twenty hundred seven days a week",
           "you can call back between eight thirty and five thirty weekdays",
           "the office hours are nine to five thirty and ten to four on saturday"))
    c.c(f"okay i'll try again {ch('tomorrow morning', 'after lunch', 'on monday')} around {num_words(R.randint(8, 11))} fifteen")
    return c


@neg
def n_hours_chat():
    c = Case("negative", "chat/telecom: opening hours typed as digit ranges")
    c.a(f"Our team is available 08:00-20:00 Mon-Fri, 09:00-17:00 Sat. Average wait is {R.randint(2, 15)} mins.")
    c.c("0800-2000 is fine thanks")
    return c


@neg
def n_model_serial():
    c = Case("negative", f"chat/{ch('retail', 'utilities', 'telecom')}: model and serial numbers")
    ser = ch("SN", "S/N ", "serial ") + digits(R.choice([8, 10]), True)
    mod = ch("KD-55X85", "WM14N201GB", "ZE-3120B", "HR7762/90", "SM-A546B", "EW6F4842AB")
    c.c(f"my washing machine model {mod} {ser} stopped working after {R.randint(2, 30)} months")
    return c


@neg
def n_serial_spoken():
    s = digits(R.choice([8, 9, 10]), True)
    c = Case("negative", "call/retail: product serial number read as words with its label")
    c.a("can you read me the serial number on the sticker")
    c.c(f"the serial number is {spell('SN')} {speak(s)}")
    return c


@neg
def n_meter():
    r1 = digits(5, True)
    c = Case("negative", "call/utilities: meter readings read digit by digit")
    c.a("can i take a meter reading")
    c.c(f"the gas meter says {speak(r1, doubles=True)} and electric is {num_words(R.randint(1000, 9999)) if R.random() < .4 else speak(digits(5, True))}")
    c.a("lovely that's been updated for the reading on the first of the month")
    return c


@neg
def n_meter_chat():
    c = Case("negative", "chat/utilities: meter reading with meter serial prefix")
    c.c(f"Meter reading {digits(5, True)} kWh taken {R.randint(1, 28)}.{R.randint(1, 12)}.2025, meter serial E{digits(2)}Z{digits(6)}")
    return c


@neg
def n_appointments():
    c = Case("negative", "call/healthcare billing: appointment and payment dates (not birth dates)")
    c.a(f"your appointment is on the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)} twenty twenty five at {num_words(R.randint(1, 12))} forty five")
    c.c(f"and the bill from the visit on the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)} was that paid")
    c.a(f"yes the payment went through on {num_words(R.randint(1, 28))} {ch(*MONTHS)}")
    return c


@neg
def n_dates_chat():
    c = Case("negative", "chat/insurance: policy start/renewal dates and year of manufacture")
    c.c(f"my policy started {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/20{R.randint(10, 24)} and renews "
        f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026, car is a {R.randint(2008, 2023)} model")
    return c


@neg
def n_last4():
    l4 = digits(4)
    c = Case("negative", f"call/{ind()}: only the last four digits of a card mentioned")
    c.a(f"is that the card ending in {speak(l4, doubles=R.random() < .5)}")
    c.c(f"yes the one ending {speak(l4, style='pairs')}")
    return c


@neg
def n_last4_chat():
    l4 = digits(4)
    c = Case("negative", "chat/banking: masked card and last four digits")
    c.a(f"I can see a Visa ending {l4} (**** **** **** {l4}) and a payment of £{R.randint(5, 500)}.{R.randint(10, 99)} on {R.randint(1, 28)} {ch(*MONTHS).title()}.")
    return c


@neg
def n_flight():
    c = Case("negative", "call/travel: flight number, gate, seat and times")
    fl = ch("ba", "fr", "ei", "u2", "lh", "aa") + " " + num_words(R.randint(100, 9999))
    c.c(f"i'm on flight {fl} leaving at {num_words(R.randint(6, 22))} {num_words(R.randint(10, 59))} from gate {ch('b', 'a', 'c')} {num_words(R.randint(2, 49))}")
    c.a(f"okay and you're in seat {num_words(R.randint(1, 40))} {ch('a', 'c', 'f')} that flight is delayed about {num_words(R.randint(20, 90))} minutes")
    return c


@neg
def n_flight_chat():
    c = Case("negative", "chat/travel: booking reference, flight number, room number")
    br = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    c.c(f"Booking ref {br}, flight {ch('BA', 'EI', 'LH', 'DL')}{R.randint(100, 9999)} on {R.randint(1, 28)} {ch(*MONTHS)[:3].title()}, "
        f"hotel room {R.randint(100, 1450)} for {R.randint(2, 14)} nights")
    return c


@neg
def n_speed_data():
    c = Case("negative", "chat/telecom: broadband speeds, data allowances, percentages")
    c.c(f"paying for {ch(500, 900, 150, 67)} Mbps but only getting {R.randint(5, 60)}.{R.randint(1, 9)}, used {R.randint(10, 99)}GB of {ch(100, 250)}GB, "
        f"router model {ch('DG8243A', 'SH4', 'HH6')} firmware {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}")
    return c


@neg
def n_speed_call():
    c = Case("negative", "call/telecom: speed test numbers spoken")
    c.a(f"i'm seeing download speeds of {num_words(R.randint(10, 99))} point {num_words(R.randint(1, 9))} megs and upload {num_words(R.randint(2, 20))}")
    c.c(f"it's been like that for {num_words(R.randint(2, 6))} weeks and i pay {money_words(R.randint(2000, 6999))} a month")
    return c


@neg
def n_claim_ref():
    ref = digits(R.choice([8, 9, 10]), True)
    c = Case("negative", "call/insurance: claim reference read in groups")
    c.a("can i take the claim reference")
    gs = groups(ref, [3, 3, len(ref) - 6])
    c.c(f"claim reference {speak(gs[0])}")
    c.a("mhm")
    c.c(f"{speak(gs[1])} {speak(gs[2])}")
    c.a(f"thanks that claim for {money_words(R.randint(10000, 500000), 'pounds')} is being assessed")
    return c


@neg
def n_policy_chat():
    c = Case("negative", "chat/insurance: policy and claim numbers with letters")
    c.c(f"Policy no. POL-{digits(8, True)}, claim CLM/{R.randint(2020, 2025)}/{digits(6, True)} - excess was £{R.randint(100, 500)}")
    return c


@neg
def n_counts_ages():
    c = Case("negative", f"call/{ind()}: ages, counts, temperatures, durations")
    c.c(f"my mum's {num_words(R.randint(60, 95))} and she's been without heating for {num_words(R.randint(2, 9))} days the thermostat says {num_words(R.randint(10, 16))} degrees")
    c.a(f"i'm sorry an engineer will be there within {num_words(ch(24, 48, 72))} hours")
    return c


@neg
def n_temp_chat():
    c = Case("negative", "chat/utilities: boiler pressure, temperature, error codes")
    c.c(f"boiler showing error F{R.randint(10, 99)}, pressure {R.randint(0, 2)}.{R.randint(1, 9)} bar, set to {R.randint(18, 24)}°C, it's {R.randint(5, 20)} years old")
    return c


@neg
def n_years():
    c = Case("negative", f"call/{ind()}: years and customer-since dates")
    c.c(f"i've been with you since {num_words(R.randint(1990, 2019))} and paid every month for {num_words(R.randint(5, 30))} years")
    c.a(f"thank you for your loyalty you've got a {num_words(ch(10, 15, 20, 25))} percent discount until {num_words(2026)}")
    return c


@neg
def n_invoice_call():
    inv = digits(R.choice([6, 7, 8, 9, 10]), True)
    c = Case("negative", "call/utilities: invoice number split across turns with agent repeating it")
    h = len(inv) // 2
    c.c(f"the invoice number at the top is {speak(inv[:h])}")
    c.a("okay")
    c.c(speak(inv[h:]))
    c.a(f"so invoice {speak(inv, style='single')} for {money_words(R.randint(3000, 40000))}")
    return c


@neg
def n_quantities():
    c = Case("negative", "chat/retail: quantities, sizes, product codes")
    c.c(f"I ordered {R.randint(2, 12)} x item {digits(6, True)} size {ch(8, 10, 12, 14)} and {R.randint(2, 5)} x {digits(7, True)}, total {R.randint(30, 400)}.{R.randint(10, 99)} EUR")
    return c


@neg
def n_roads():
    c = Case("negative", "call/insurance: road names and junctions that look like postcode fragments")
    c.c(f"the accident was on the {ch('m25', 'a14', 'm6', 'a1', 'm62')} near junction {num_words(R.randint(2, 30))} at about {num_words(R.randint(1, 12))} thirty in the afternoon")
    c.a(f"was anyone hurt and roughly what speed {num_words(ch(30, 40, 50, 60, 70))} miles an hour")
    return c


@neg
def n_time_durations():
    c = Case("negative", "chat/telecom: times, durations and countdowns")
    c.c(f"been on hold {R.randint(20, 59)}:{R.randint(10, 59)} mins, called at {R.randint(8, 11)}:{R.randint(10, 59)} and {R.randint(1, 4)}:{R.randint(10, 59)}pm yesterday, {R.randint(3, 7)} calls in total")
    return c


@neg
def n_pin_reset_code():
    c = Case("negative", "call/banking: agent asks for transaction amount and date as verification (no PII)")
    c.a("can you tell me the amount of the last transaction and the date")
    c.c(f"it was {money_words(R.randint(500, 20000))} on the {ORD[R.randint(0, 27)]} at a shop in town")
    return c


@neg
def n_room_ward():
    c = Case("negative", "call/healthcare billing: ward, room, bed and procedure codes")
    c.c(f"i was in ward {num_words(R.randint(1, 40))} room {speak(digits(3, True), doubles=False)} for {num_words(R.randint(2, 9))} nights and the bill says procedure code {ch('k', 'w', 'h')} {num_words(R.randint(10, 99))}")
    return c


@neg
def n_mileage():
    c = Case("negative", "chat/insurance: mileage, engine size, no-claims years, registration year")
    c.c(f"annual mileage about {R.randint(4, 15)},{R.randint(100, 999)}, {R.randint(1, 3)}.{R.randint(0, 9)}L engine, {R.randint(1, 9)} years no claims, bought in {R.randint(2010, 2024)} for £{R.randint(3, 30)},{R.randint(100, 999)}")
    return c


@neg
def n_tariff():
    c = Case("negative", "call/utilities: unit rates and standing charges")
    c.a(f"your unit rate is {num_words(R.randint(20, 35))} point {num_words(R.randint(1, 99))} pence per kilowatt hour and the standing charge is {num_words(R.randint(40, 65))} pence a day")
    c.c("and that's fixed until when")
    c.a(f"until the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)} twenty twenty six")
    return c


@neg
def n_ref_digits_long_call():
    ref = digits(10, True)
    c = Case("negative", "call/government services: ten-digit reference read with pauses and an amount")
    c.c(f"my reference number is {speak(ref[:4])} {ch('um', 'uh')} {speak(ref[4:])}")
    c.a(f"thanks i can see a payment of {money_words(R.randint(1000, 90000))} was received")
    return c


@neg
def n_phone_like_ext():
    c = Case("negative", "call/retail: store number, aisle, and stock counts")
    c.a(f"store number {speak(digits(4, True))} has {num_words(R.randint(2, 40))} in stock in aisle {num_words(R.randint(1, 30))}")
    c.c(f"great i'll go at {num_words(R.randint(9, 11))} tomorrow")
    return c



@neg
def n_tracking_spoken():
    t = digits(12, True)
    while luhn_ok(t):
        t = digits(12, True)
    c = Case("negative", "call/retail: twelve-digit parcel tracking number spoken with its label")
    c.c(f"the tracking number on the email is {spell(ch('JD', 'RM', 'H'))} {speak(t[:6])}")
    c.a("mhm")
    c.c(speak(t[6:]))
    c.a(f"thanks that parcel weighs {num_words(R.randint(2, 19))} kilos and is out for delivery between {num_words(R.randint(8, 11))} and {num_words(R.randint(1, 5))}")
    return c


@neg
def n_booking_spelled():
    ref = "".join(R.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2)) + digits(4) + R.choice("ABCD")
    c = Case("negative", "call/travel: booking reference spelled with NATO words (looks like an NI number)")
    c.a("can i take the booking reference")
    c.c(f"booking reference {spell(ref, nato_p=0.6)}")
    c.a(f"lovely that's {num_words(R.randint(2, 6))} passengers departing on the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)}")
    return c


@neg
def n_direct_debit_dates():
    c = Case("negative", "call/utilities: direct debit date and amount, bill period dates")
    c.a(f"your direct debit of {money_words(R.randint(2000, 20000))} comes out on the {ORD[R.randint(0, 27)]} of every month")
    c.c(f"and the bill covering the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)} to the {ORD[R.randint(0, 27)]} of {ch(*MONTHS)} was that estimated")
    c.a(f"yes estimated at {num_words(R.randint(200, 999))} kilowatt hours")
    return c


@neg
def n_bill_period_chat():
    c = Case("negative", "chat/telecom: bill period dates, amounts and a case number")
    c.c(f"Case #{digits(8, True)} re: bill for {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025 - {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025, charged ${R.randint(1, 2)},{R.randint(100, 999)}.{R.randint(10, 99)} instead of ${R.randint(40, 99)}.{R.randint(10, 99)}")
    return c


@neg
def n_credit_terms():
    c = Case("negative", "chat/banking: APR, credit limit, term and monthly payment")
    c.a(f"The card has a {R.randint(18, 34)}.{R.randint(1, 9)}% APR, a £{R.randint(1, 9)},{R.randint(0, 9)}00 limit, and {R.randint(0, 24)} months 0% on balance transfers (fee {R.randint(2, 5)}%).")
    c.c(f"so {R.randint(12, 60)} payments of £{R.randint(40, 300)}.{R.randint(10, 99)}?")
    return c


@neg
def n_parcel_dims():
    c = Case("negative", "chat/retail: parcel weight, dimensions, delivery window")
    c.a(f"Parcel {R.randint(1, 30)}.{R.randint(1, 9)}kg, {R.randint(10, 90)}x{R.randint(10, 60)}x{R.randint(5, 40)}cm, delivery window {R.randint(7, 11)}:{ch('00', '30')}-{R.randint(12, 18)}:{ch('00', '30')} on {R.randint(1, 28)}/{R.randint(1, 12)}.")
    return c


@neg
def n_channels():
    c = Case("negative", "call/telecom: tv channel numbers, package tier and contract months")
    c.c(f"i can't get channel {num_words(R.randint(100, 999))} or {speak(digits(3, True), doubles=False)} on the {num_words(R.randint(2, 5))} hundred package")
    c.a(f"you're {num_words(R.randint(2, 23))} months into a {num_words(ch(12, 18, 24))} month contract")
    return c


@neg
def n_ref_readback():
    o = digits(R.choice([9, 10]), True)
    c = Case("negative", "call/insurance: agent reads back a 9-10 digit policy reference in pairs")
    c.c(f"policy number {speak(o, style='single')}")
    c.a(f"so policy {speak(o[:len(o) // 2 * 2], style='pairs')}{'' if len(o) % 2 == 0 else ' ' + speak(o[-1])} and your renewal premium is {money_words(R.randint(20000, 150000))}")
    return c


@neg
def n_last4_plus_amount_chat():
    c = Case("negative", "chat/retail: last four of card, refund amount, order number")
    c.a(f"Refund of £{R.randint(10, 300)}.{R.randint(10, 99)} for order {digits(9, True)} went back to the card ending in {digits(4)} on {R.randint(1, 28)} {ch(*MONTHS).title()}; allow 3-5 working days.")
    return c


@neg
def n_closures():
    c = Case("negative", "call/government services: office closures, dates and queue position")
    c.a(f"the office is closed on the {ORD[R.randint(0, 27)]} and {ORD[R.randint(0, 27)]} and you're number {num_words(R.randint(2, 40))} in the queue")
    c.c(f"okay i'll ring back at {num_words(R.randint(8, 11))} {ch('am', 'thirty', 'fifteen')} on the {ORD[R.randint(0, 27)]}")
    return c


@neg
def n_balance_readout():
    c = Case("negative", "call/banking: balances and pending transactions read out")
    c.a(f"your available balance is {money_words(R.randint(10000, 999999))} with {num_words(R.randint(2, 9))} pending transactions totalling {money_words(R.randint(1000, 50000))}")
    c.c(f"and the one from the {ORD[R.randint(0, 27)]} for {money_words(R.randint(500, 9999))}")
    return c


@neg
def n_hours_sortcode_shape():
    c = Case("negative", "chat/banking: branch hours written like sort codes (six digits with dashes/dots)")
    c.a(f"The branch is open {ch('08-30', '09-00', '08.30')} to {ch('17-30', '16-00', '17.00')} weekdays and {ch('09-00', '10-00')} to {ch('12-30', '13-00')} Saturdays; "
        f"transfers after {ch('15:30', '16:00')} arrive next working day.")
    return c


@neg
def n_case_ssn_shape():
    a, b, d = R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)
    c = Case("negative", "chat/insurance: claim/case number formatted 3-2-4 with its label (not an SSN)")
    c.c(f"{ch('Claim number', 'Case no.', 'Ticket #')} {a}-{b}-{d} was opened {R.randint(2, 9)} weeks ago and the payout of ${R.randint(200, 9000)} still hasn't come")
    return c


@neg
def n_medical():
    c = Case("negative", "call/healthcare billing: blood pressure, dosages, counts, room numbers")
    c.c(f"they said my blood pressure was {num_words(R.randint(110, 160))} over {num_words(R.randint(60, 95))} and gave me {num_words(ch(250, 500, 20, 40))} milligrams {num_words(R.randint(2, 3))} times a day")
    c.a(f"okay and the charge of {money_words(R.randint(2000, 90000), 'dollars', 'cents')} is for the visit to room {speak(digits(3, True), doubles=False)}")
    return c


@neg
def n_hotel_room():
    c = Case("negative", "call/travel: hotel room, floor, nights, check-in time, price per night")
    c.c(f"i'm in room {speak(digits(R.choice([3, 4]), True), doubles=False)} on the {ORD[R.randint(1, 14)]} floor for {num_words(R.randint(2, 9))} nights")
    c.a(f"checkout is at {num_words(R.randint(10, 12))} and the rate is {money_words(R.randint(8000, 40000), 'euro', 'cent')} a night")
    return c


@neg
def n_timestamps_chat():
    c = Case("negative", "chat/telecom: timestamps, dates and durations in a fault report")
    c.c(f"Outage from {R.randint(2024, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} "
        f"until {R.randint(0, 23):02d}:{R.randint(0, 59):02d}, about {R.randint(2, 19)}h {R.randint(1, 59)}m, {R.randint(2, 40)} drops logged")
    return c


@neg
def n_registered_dates():
    c = Case("negative", "chat/insurance: vehicle first-registered and purchase dates (not birth dates)")
    c.c(f"Car first registered {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(1995, 2015)}, I bought it {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2016, 2024)} with {R.randint(20, 120)},{R.randint(100, 999)} miles on it")
    return c


@neg
def n_meter_pairs():
    c = Case("negative", "call/utilities: meter reading said in pairs and a meter serial with its label")
    r = digits(6, True)
    c.c(f"the reading's {speak(r, style='pairs')} and the meter serial number is {spell(ch('K', 'S', 'E'))} {speak(digits(8, True))}")
    c.a(f"thank you that's {num_words(R.randint(100, 900))} units since the last reading on the {ORD[R.randint(0, 27)]}")
    return c


# ---------------------------------------------------------------- generation
N_POS_ROUNDS = 5


def generate():
    global R
    R = random.Random(SEED)
    recs = []
    pos_cases, neg_cases = [], []
    for _ in range(N_POS_ROUNDS):
        for fn in POS:
            pos_cases.append(fn())
    # extra rounds for the heavily weighted types
    heavy = [p_card_call_one_turn, p_card_call_split, p_card_chat, p_ssn_call, p_ssn_chat, p_ssn_split,
             p_ni_chat, p_ni_call, p_ni_split, p_card_pairs_call]
    for _ in range(2):
        for fn in heavy:
            pos_cases.append(fn())
    for _ in range(3):
        for fn in NEG:
            neg_cases.append(fn())
    for i, c in enumerate(pos_cases, 1):
        recs.append((f"{PFX}-pos-{i:03d}", c))
    for i, c in enumerate(neg_cases, 1):
        recs.append((f"{PFX}-neg-{i:03d}", c))
    return recs


def serialise(recs):
    lines = []
    for cid, c in recs:
        turns, spans, _ = c.build()
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation
HOMO = {"to": "2", "too": "2", "won": "1", "ate": "8"}


def normalise(text):
    """Spoken/typed value -> compact lower-case alphanumerics (None if unparseable)."""
    toks = re.findall(r"[a-z0-9]+|\+", text.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if any(x.isdigit() for x in t):
            out += t
        elif t == "+" or t == "plus":
            pass
        elif t in ("oh", "o", "zero", "nought", "nil"):
            out += "0"
        elif t in UNIT:
            out += str(UNIT.index(t))
        elif t in TEEN:
            out += str(10 + TEEN.index(t))
        elif t in TENS:
            if nxt in UNIT[1:]:
                out += str(TENS.index(t)) + str(UNIT.index(nxt))
                i += 1
            else:
                out += str(TENS.index(t)) + "0"
        elif t in ("double", "triple"):
            sub = normalise(nxt or "")
            if not sub or len(sub) != 1:
                return None
            out += sub * (2 if t == "double" else 3)
            i += 1
        elif t in HOMO:
            out += HOMO[t]
        elif len(t) == 1:
            out += t
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
                i += 2
        elif t in NATO:
            out += NATO[t]
        elif t in FILLERS:
            pass
        elif len(t) <= 4:
            out += t  # typed letters such as 'QQ' or 'NWBK'
        else:
            return None
        i += 1
    return out


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t
    out, run = "", []
    numw = set(UNIT + TEEN + [w for w in TENS if w] + ["oh", "double", "triple"])
    for w in t.split() + [""]:
        if w in numw:
            run.append(w)
            continue
        if run:
            out += normalise(" ".join(run)) or "?"
            run = []
        out += {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(w, w)
    # re-join pairs like 'eighty four' that were mapped word by word
    return out


def valid(typ, canon, frag, texts, errs, cid):
    joined = " ".join(texts)
    if typ == "EMAIL":
        e = norm_email(joined)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", e) or e != canon.lower():
            errs.append(f"{cid}: bad EMAIL {joined!r} -> {e!r}")
        return
    if typ == "DOB":
        y, m, d = canon
        low = joined.lower()
        ok = (MONTHS[m - 1] in low or MONTHS[m - 1][:3] in low or str(m) in re.findall(r"\d+", low)
              or f"{m:02d}" in re.findall(r"\d+", low) or f"{m:02d}" in (normalise(low) or ""))
        ok = ok and (str(y) in low or num_words(y) in low or num_words(y % 100) in low)
        if not ok:
            errs.append(f"{cid}: bad DOB {joined!r}")
        return
    if typ == "EXPIRY":
        m, y = canon
        low = joined.lower()
        n = normalise(low.replace("/", " ").replace("-", " "))
        ok = MONTHS[m - 1][:3] in low or (n is not None and (n.startswith(f"{m:02d}") or n.startswith(str(m))))
        ok = ok and ((n is not None and n.endswith(str(y))) or num_words(y) in low or low.endswith(str(y)))
        if not ok:
            errs.append(f"{cid}: bad EXPIRY {joined!r}")
        return
    if typ == "ADDRESS":
        low = joined.lower()
        words = low.replace(",", " ").split()
        has_num = bool(re.match(r"^(flat \d+ )?\d+ ", low.replace(",", ""))) or words[0] in UNIT + TEEN + TENS \
            or (words[0] == "flat" and words[1] in UNIT + TEEN + TENS)
        if not has_num or not any(s.lower() in words for s in SUFFIX):
            errs.append(f"{cid}: bad ADDRESS {joined!r}")
        return
    n = "".join(normalise(t) or "?" for t in texts)
    if "?" in n:
        errs.append(f"{cid}: unparseable {typ} {joined!r}")
        return
    want = str(canon).lower()
    if frag:
        if not n.isalnum() or n != want:
            errs.append(f"{cid}: bad fragment {typ} {joined!r} -> {n}")
        return
    if typ == "PHONE" and n != want and (("0" + n[2:] == want and n.startswith("44"))
                                         or ("0" + n[3:] == want and n.startswith("353"))
                                         or (n[1:] == want and n.startswith("1"))):
        want = n
    if n != want:
        errs.append(f"{cid}: {typ} normalised {n!r} != canonical {want!r}")
        return
    ok = True
    if typ == "CARD_NUMBER":
        ok = n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    elif typ == "CVV":
        ok = n.isdigit() and len(n) in (3, 4)
    elif typ == "SSN":
        ok = n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[3:5] != "00" and n[5:] != "0000"
    elif typ == "NI_NUMBER":
        ok = bool(re.fullmatch(r"[a-ceghj-prstw-z][a-ceghj-nprstw-z]\d{6}[a-d]", n))
    elif typ == "BANK_ACCOUNT":
        ok = n.isdigit() and 8 <= len(n) <= 12
    elif typ == "SORT_CODE":
        ok = n.isdigit() and len(n) == 6
    elif typ == "IBAN":
        u = n.upper()
        ok = bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", u)) and \
            int("".join(str(int(ch_, 36)) for ch_ in u[4:] + u[:4])) % 97 == 1
    elif typ == "PHONE":
        ok = n.isdigit() and 10 <= len(n) <= 13
    elif typ == "POSTCODE":
        ok = bool(re.fullmatch(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}", n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    if not ok:
        errs.append(f"{cid}: invalid {typ} {joined!r} -> {n}")


def speak_plain(ds):
    return " ".join(UNIT[int(d)] for d in ds)


def check(text, recs):
    errs = []
    lines = text.splitlines()
    ids = set()
    counts = Counter()
    kinds = Counter()
    for line, (cid, c) in zip(lines, recs):
        o = json.loads(line)
        if o["id"] in ids:
            errs.append(f"duplicate id {o['id']}")
        ids.add(o["id"])
        kinds[o["kind"]] += 1
        if set(o) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"{cid}: keys {sorted(o)}")
        if o["kind"] == "negative" and o["spans"]:
            errs.append(f"{cid}: negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append(f"{cid}: bad turn {t}")
        prev = {}
        for sp in sorted(o["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in TYPES:
                errs.append(f"{cid}: bad type {sp['type']}")
            if not (0 <= sp["turn"] < len(o["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            tx = o["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append(f"{cid}: offsets out of range {sp}")
                continue
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append(f"{cid}: span not on word boundary {tx[s:e]!r}")
            if not tx[s].isalnum() or not tx[e - 1].isalnum():
                errs.append(f"{cid}: span has edge punctuation/space {tx[s:e]!r}")
            if prev.get(sp["turn"], -1) > s:
                errs.append(f"{cid}: overlapping spans")
            prev[sp["turn"]] = e
            counts[sp["type"]] += 1
        _, spans, vmap = c.build()
        for vid, idxs in vmap.items():
            typ, canon, frag = c.values[vid]
            texts = [o["turns"][spans[k]["turn"]]["text"][spans[k]["start"]:spans[k]["end"]] for k in idxs]
            valid(typ, canon, frag, texts, errs, cid)
    if len(lines) != len(recs):
        errs.append("line count mismatch")
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        errs.append(f"too few cases {dict(kinds)}")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append(f"type {t} has {counts[t]} spans < {need}")
    return errs, counts, kinds


def readme(counts, kinds):
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout320 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it has not been developed against. Do not look at failures here and then
patch rules or thresholds to fix them; that turns it into a training set.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its docs or any other PII fixture; the
only existing data looked at was a three-line JSONL format example. Cases are
produced by `scripts/make_pii_holdout320.py` (standard library only, one
`random.Random({SEED})`), from template functions in which every turn is
assembled from plain-text segments and labelled value segments, so offsets are
computed, never typed. `python scripts/make_pii_holdout320.py --check`
regenerates the data, verifies the file is byte-identical, ids are unique,
offsets are in range, on word boundaries and non-overlapping, and validates
every labelled value after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK/US postcode shapes).

Cases mix typed chat (separators, case variation, typos) and phone-call ASR
transcripts (lower case, numbers as words, "oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", pairs such as "forty one eleven", NATO spelling "j for
juliet", e-mails as "x dot y at gmail dot com", values split over several
customer turns with agent back-channels, agent read-backs, filler words inside
readings, aborted first readings). Industries: banking, telecom, utilities,
retail, insurance, travel, healthcare billing, government services; UK, US,
Ireland and EU values.

## Annotation conventions

* A span covers exactly the value: from its first letter/digit to its last;
  lead-in words ("it's", "my number is", "sort code") are outside.
* A value split across turns is labelled as one span per turn, each with the
  value's type. Agent read-backs of a value are labelled too.
* Filler words spoken *inside* a reading ("um", "uh") are inside the span.
* An aborted partial reading of a card (customer restarts) is labelled as
  CARD_NUMBER too, as is an agent's partial repeat of the first half.
* Phone spans include the country code; a spoken "plus" is inside the span,
  while a typed "+" sign or bracket at the very edge of a span is left outside
  (only letters/digits matter for scoring). ADDRESS covers house/flat
  number and street, not the town; the postcode/ZIP is a separate POSTCODE
  span. DOB and EXPIRY cover the whole date expression (incl. "the ... of").
  NI_NUMBER includes the NATO words when spelled "j for juliet".
* Not PII (never labelled, and the whole subject of the negatives): amounts,
  balances, prices, times, opening hours, durations, counts, ages,
  temperatures, speeds, percentages, years, appointment/payment/contract dates,
  order/ticket/invoice/claim/reference/tracking/serial/model numbers said with
  their label, meter readings, flight/room/gate/seat numbers, road names, and
  "card ending in NNNN" last-four mentions.

A negative case fails if anything in it is redacted; a positive span counts as
found when every letter/digit inside it is covered.

## Counts

Positive cases: {kinds['positive']}; negative cases: {kinds['negative']}.

| type | spans |
|---|---|
{rows}
| total | {sum(counts.values())} |
"""


def main():
    recs = generate()
    text = serialise(recs)
    # second generation must be identical (determinism)
    text2 = serialise(generate())
    errs, counts, kinds = check(text, recs)
    if text != text2:
        errs.append("generation is not deterministic")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(counts, kinds):
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(counts, kinds), encoding="utf-8")
    print(f"positives={kinds['positive']} negatives={kinds['negative']} spans={sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" + (" (check)" if "--check" in sys.argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
