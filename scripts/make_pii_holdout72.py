#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout72``.

Written by an AI helper acting as an independent author who did not look at
the redaction code.  Standard library only.  Output is byte-for-byte
reproducible (single seeded ``random.Random``).

    python scripts/make_pii_holdout72.py          # write fixture + README
    python scripts/make_pii_holdout72.py --check  # regenerate, verify, summarise
"""
from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 72271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout72"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if brand == "visa":
        return luhn_complete("4" + digits(1), 16)
    if brand == "visa13":
        return luhn_complete("4", 13)
    if brand == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if brand == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if brand == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if brand == "disc":
        return luhn_complete("6011", 16)
    if brand == "maestro19":
        return luhn_complete(R.choice(["6759", "5018", "6304"]), 19)
    raise ValueError(brand)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(avoid_o=True):
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in NI_BAD or (avoid_o and "O" in p):
            continue
        return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


BANK4 = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"], "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
         "NL": ["ABNA", "RABO", "INGB", "TRIO"]}


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
    if country in ("GB", "IE"):
        bban = R.choice(BANK4[country]) + digits(14)
    elif country == "NL":
        bban = R.choice(BANK4["NL"]) + digits(10)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "ES":
        bban = digits(20)
    else:
        raise ValueError(country)
    return country + iban_check(country, bban) + bban


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def gen_uk_mobile():
    return "07" + R.choice("4579") + digits(8)


def gen_uk_land():
    return R.choice(["0161", "0113", "0117", "0121", "0131", "0141", "0151", "0191", "0114", "0115"]) + R.choice("2345789") + digits(6)


def gen_us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def gen_ie_mobile():
    return "08" + R.choice("35679") + digits(7)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "emma", "dave", "niamh", "olu", "grace",
         "kevin", "zoe", "raj", "ciara", "mark", "lucy", "sean", "hannah", "wei", "marta", "jakub", "fatima"]
LAST = ["smith", "oconnor", "patel", "murphy", "jones", "nguyen", "walsh", "brown", "kowalski", "khan", "byrne",
        "taylor", "garcia", "evans", "kelly", "okafor", "reid", "hughes", "doyle", "fischer"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com", "eircom.net",
           "live.ie", "aol.com", "protonmail.com", "sky.com", "web.de"]


def gen_email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(6)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l]
    elif style == 2:
        local = [f, l, num] if num else [f, l]
    elif style == 3:
        local = [f, "_", l]
    elif style == 4:
        local = [l, ".", f[0], num] if num else [l, ".", f[0]]
    else:
        local = [f[0], l, num] if num else [f[0], l]
    dom = R.choice(DOMAINS)
    return [x for x in local if x], dom


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def gen_date(y0=1942, y1=2005):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


TOWN = {"LS": "Leeds", "M": "Manchester", "B": "Birmingham", "G": "Glasgow", "EH": "Edinburgh", "CF": "Cardiff",
        "BT": "Belfast", "NE": "Newcastle", "BS": "Bristol", "L": "Liverpool", "S": "Sheffield", "NG": "Nottingham",
        "OX": "Oxford", "CB": "Cambridge", "RG": "Reading", "PL": "Plymouth", "EX": "Exeter", "YO": "York",
        "SW": "London", "SE": "London", "N": "London", "NW": "London", "E": "London", "W": "London", "AB": "Aberdeen",
        "DD": "Dundee", "BN": "Brighton", "HU": "Hull"}
UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "BS", "L", "S", "NG",
            "OX", "CB", "RG", "PL", "EX", "YO", "DH", "HU", "KT", "TW", "CR", "BN", "GU", "AB", "DD", "KY", "SK"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    area = R.choice(UK_AREAS)
    kind = R.randrange(4)
    if kind == 0:
        out = area + str(R.randint(1, 9))
    elif kind == 1:
        out = area + str(R.randint(10, 29))
    elif kind == 2 and len(area) == 1:
        out = area + str(R.randint(1, 9)) + R.choice("ABCDEFGHJKPSTUW")
    else:
        out = area + str(R.randint(1, 20))
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip(plus4=False):
    z = f"{R.randint(1001, 99950):05d}"
    return z + "-" + digits(4) if plus4 else z


STREETS = ["elm grove", "mill lane", "church road", "victoria street", "station road", "park avenue", "king street",
           "oak drive", "meadow close", "high street", "castle view", "willow crescent", "queens road",
           "orchard way", "maple court", "riverside walk", "beech terrace", "main street", "sunnyside gardens",
           "abbey road", "north parade", "harbour view"]
US_STREETS = ["maple avenue", "oak street", "pine street", "washington boulevard", "lakeview drive", "cedar lane",
              "elm street", "sunset boulevard", "highland avenue", "park place", "river road", "hillcrest drive"]

# ---------------------------------------------------------------------------
# spoken renderings
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def zero_word(zs):
    return zs


def pick_zero():
    return R.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def say_digit(d, z):
    return z if d == "0" else UNITS[int(d)]


def say_single(ds, z, runs=False):
    """Digit by digit; with runs=True use double/triple for repeats."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        j = i
        while j < len(ds) and ds[j] == d:
            j += 1
        n = j - i
        if runs and n == 3:
            out.append("triple " + say_digit(d, z))
        elif runs and n == 2:
            out.append("double " + say_digit(d, z))
        elif runs and n == 4:
            out.append("double " + say_digit(d, z) + " double " + say_digit(d, z))
        else:
            out.extend(say_digit(d, z) for _ in range(n))
        i = j
    return " ".join(out)


def say_pair(p, z):
    a, b = p[0], p[1]
    if a == "0":
        return z + " " + UNITS[int(b)] if b != "0" else z + " " + z
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def say_pairs(ds, z):
    parts = []
    i = 0
    if len(ds) % 2 == 1:
        parts.append(say_digit(ds[0], z))
        i = 1
    while i < len(ds):
        parts.append(say_pair(ds[i:i + 2], z))
        i += 2
    return " ".join(parts)


def say_group(ds, z, style):
    """style: single | runs | pairs | hundred | mixed"""
    if style == "single":
        return say_single(ds, z)
    if style == "runs":
        return say_single(ds, z, runs=True)
    if style == "pairs":
        return say_pairs(ds, z)
    if style == "hundred":
        # 4 digit group "ab00" -> "ab hundred"; 3 digit "a00"/"abc" -> "a hundred (and) bc"
        if len(ds) == 4 and ds[2:] == "00" and ds[0] != "0":
            return say_pair(ds[:2], z) + " hundred"
        if len(ds) == 3 and ds[0] != "0":
            if ds[1:] == "00":
                return UNITS[int(ds[0])] + " hundred"
            if ds[1] != "0":
                return UNITS[int(ds[0])] + " hundred " + R.choice(["and ", ""]) + say_pair(ds[1:], z)
        return say_pairs(ds, z)
    if style == "mixed":
        return say_group(ds, z, R.choice(["single", "runs", "pairs"]))
    raise ValueError(style)


def say_groups(groups, z, style, sep=" ", filler=0.0):
    out = []
    for i, g in enumerate(groups):
        st = R.choice(["single", "runs", "pairs"]) if style == "mixed" else style
        if st == "hundred" and i < len(groups) - 1 and g.endswith("00"):
            st = "pairs"  # a bare "N hundred" followed by more numbers would be ambiguous
        out.append(say_group(g, z, st))
        if i < len(groups) - 1 and filler and R.random() < filler:
            out.append(R.choice(["um", "uh", "er", "erm", "and", "then", "and then"]))
    return sep.join(out)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
INFORMAL = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "F": "freddie", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nelly", "P": "peter",
            "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra"}
LETTER_HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "R": "are", "T": "tee", "Y": "why",
               "Z": "zed", "G": "gee", "W": "double you", "Q": "queue", "E": "e", "A": "a", "H": "aitch",
               "X": "ex", "S": "s", "M": "m", "N": "n", "L": "l"}


def say_letter(ch, mode):
    lo = ch.lower()
    if mode == "plain":
        return lo
    if mode == "nato":
        return f"{lo} for {NATO[ch]}"
    if mode == "asin":
        return f"{lo} as in {INFORMAL.get(ch, NATO[ch])}"
    if mode == "informal":
        return f"{lo} for {INFORMAL.get(ch, NATO[ch])}"
    if mode == "homo":
        return LETTER_HOMO.get(ch, lo)
    if mode == "bare_nato":
        return NATO[ch]
    raise ValueError(mode)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class V:
    __slots__ = ("text", "type", "group", "meta")

    def __init__(self, text, type_, group=0, meta=None):
        self.text, self.type, self.group, self.meta = text, type_, group, meta or {}


def build(kind, turns, note, cid):
    out_turns, spans, metas = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.type})
                metas.append((s.group, s.meta))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    rec = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return rec, metas


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------------------
# positive templates -- each returns (turns, note)
# ---------------------------------------------------------------------------
CALL_CARD_ASK = ["okay and can i take the long card number please", "go ahead with the sixteen digit number on the front",
                 "whenever you're ready the card number", "can you read me the number across the front of the card",
                 "and the card number please", "right so what's the long number on the card"]
LEADS = ["yeah it's ", "okay it's ", "right ", "um ", "yep ", "so it's ", "sure ", "it is ", ""]
TAILS = ["", "", " that's it", " yeah", " okay", " did you get that"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def p_card_call_one_turn():
    c = gen_card()
    z = pick_zero()
    style = ch(["single", "single", "runs", "pairs", "mixed", "hundred"])
    txt = say_groups(card_groups(c), z, style, filler=0.3)
    ind = ch(IND[:6])
    return [A(ch(CALL_CARD_ASK)), C(ch(LEADS), V(txt, "CARD_NUMBER"), ch(TAILS))], \
        f"call/{ind}: {len(c)}-digit card spoken in one turn, style={style}, zero='{z}'"


def p_card_call_split():
    c = gen_card()
    z = pick_zero()
    gs = card_groups(c)
    style = ch(["single", "runs", "mixed", "pairs"])
    turns = [A(ch(CALL_CARD_ASK))]
    bc = ["mhm", "okay", "yep", "go on", "uh huh", "right", "okay go on", "yes"]
    for i, g in enumerate(gs):
        lead = ch(["", "", "um ", "then ", "and "]) if i else ch(["okay ", "right ", "", "it's "])
        turns.append(C(lead, V(say_group(g, z, style if style != "mixed" else ch(["single", "runs", "pairs"])), "CARD_NUMBER")))
        if i < len(gs) - 1:
            turns.append(A(ch(bc)))
    turns.append(A(ch(["lovely thank you", "thanks and the expiry", "perfect thank you"])))
    return turns, f"call/{ch(IND[:6])}: card split group by group over {len(gs)} customer turns with back-channels ({style})"


SEPS = [" ", " ", "-", "", " - ", "  ", ".", "/"]


def p_card_chat():
    c = gen_card()
    sep = ch(SEPS)
    gs = card_groups(c)
    if R.random() < 0.2:
        # irregular grouping typed by a user
        cut = sorted(R.sample(range(2, len(c) - 1), 3))
        gs = [c[:cut[0]], c[cut[0]:cut[1]], c[cut[1]:cut[2]], c[cut[2]:]]
    val = sep.join(gs)
    pre = ch(["card number is ", "Card no: ", "my card is ", "its ", "here you go ", "Card: ", "number on card ",
              "ok the card is ", "long number = "])
    post = ch(["", " thanks", ". can you process the refund to this", " exp next", " (debit)", "!", " pls"])
    ind = ch(IND)
    return [A(ch(["Please provide the card you'd like to use.", "Which card should we charge?",
                  "Can you confirm the card number for the payment?"])),
            C(pre, V(val, "CARD_NUMBER"), post)], f"chat/{ind}: card typed with separator {sep!r}"


def p_card_chat_split_msgs():
    c = gen_card(ch(["visa", "mc", "disc"]))
    gs = card_groups(c)
    return [A("Go ahead with the card number when ready."),
            C(V(gs[0] + " " + gs[1], "CARD_NUMBER")),
            C(V(gs[2], "CARD_NUMBER"), ch([" ", "-", " "]), V(gs[3], "CARD_NUMBER"), ch(["", " sorry hit enter", " thats it"]))], \
        "chat/retail: card split over two chat messages, user hit enter early"


def p_card_readback():
    c = gen_card(ch(["visa", "mc", "mc2", "disc"]))
    z = pick_zero()
    gs = card_groups(c)
    return [A(ch(CALL_CARD_ASK)),
            C(ch(LEADS), V(say_groups(gs, z, ch(["single", "runs"])), "CARD_NUMBER", 1)),
            A("let me just read that back to you ", V(say_groups(gs, "zero", "single", sep=" "), "CARD_NUMBER", 2), " is that right"),
            C("yes that's correct")], f"call/{ch(IND)}: card read by caller then read back in full by agent"


def p_card_restart():
    c = gen_card(ch(["visa", "mc"]))
    z = pick_zero()
    gs = card_groups(c)
    first = gs[0] + gs[1]
    return [A(ch(CALL_CARD_ASK)),
            C(ch(LEADS), V(say_single(first, z), "CARD_NUMBER", 1, {"partial_of": c}),
              " oh hang on sorry i lost my place let me start again"),
            A("no problem take your time"),
            C(V(say_groups(gs, z, "single"), "CARD_NUMBER", 2))], \
        "call/telecom: caller stops mid-card and restarts; the abandoned fragment is also card digits"


def p_card_correction():
    c = gen_card(ch(["visa", "mc", "disc"]))
    z = pick_zero()
    gs = card_groups(c)
    wrong = list(gs[3])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    return [A(ch(CALL_CARD_ASK)),
            C(V(say_groups(gs[:3], z, "single"), "CARD_NUMBER", 1)),
            A("yep"),
            C(V(say_single(wrong, z), "CARD_NUMBER", 9, {"partial_of": gs[3][:-1] + wrong[-1], "any": True}),
              " no sorry ", V(say_single(gs[3], z), "CARD_NUMBER", 1), " i misread it"),
            A("okay got that thank you")], \
        "call/banking: last group self-corrected in the same turn; wrong group and corrected group both labelled"


HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}


def p_card_homophone():
    c = gen_card(ch(["visa", "mc"]))
    z = pick_zero()
    words = []
    for d in c:
        w = say_digit(d, z)
        if d in HOMO and R.random() < 0.5:
            w = HOMO[d]
        words.append(w)
    txt = " ".join(words[i] for i in range(len(words)))
    return [A(ch(CALL_CARD_ASK)), C(ch(LEADS), V(txt, "CARD_NUMBER"))], \
        "call/utilities: ASR homophones inside card digits (for/to/ate/won)"


def p_card_amex_mixed():
    c = gen_card("amex")
    z = pick_zero()
    gs = card_groups(c)
    txt = say_group(gs[0], z, "pairs") + " " + say_group(gs[1], z, "runs") + " " + say_group(gs[2], z, "single")
    return [A("it's an amex is it okay fifteen digits then please"), C(V(txt, "CARD_NUMBER")),
            A("and the four digit code on the front"), C("it's ", V(say_single(digits(4), z), "CVV"))], \
        "call/travel: amex 4-6-5 in mixed pair/double/single forms plus 4-digit front code"


def say_expiry():
    m = R.randint(1, 12)
    y = R.randint(25, 33)
    z = pick_zero()
    form = R.randrange(6)
    ms = f"{m:02d}"
    if form == 0:
        t = say_pair(ms, z) + " " + say_pair(f"{y:02d}", z)
    elif form == 1:
        t = say_single(ms, z) + " " + say_single(f"{y:02d}", z)
    elif form == 2:
        t = MONTHS[m - 1] + " twenty " + say_pair(f"{y:02d}", z)
    elif form == 3:
        t = MONTHS[m - 1] + " " + say_pair(f"{y:02d}", z)
    elif form == 4:
        t = say_pair(ms, z) + " slash " + say_pair(f"{y:02d}", z)
    else:
        t = UNITS[m] + " " + say_pair(f"{y:02d}", z) if m < 10 else say_pair(ms, z) + " twenty " + say_pair(f"{y:02d}", z)
    return t


def typed_expiry():
    m = R.randint(1, 12)
    y = R.randint(25, 33)
    return ch([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{MON3[m-1].title()} {y}",
               f"{m:02d}{y}", f"{MONTHS[m-1].title()} 20{y}"])


def p_card_full_call():
    c = gen_card(ch(["visa", "mc", "mc2", "disc"]))
    z = pick_zero()
    return [A(ch(CALL_CARD_ASK)),
            C(V(say_groups(card_groups(c), z, ch(["single", "mixed", "runs"]), filler=0.2), "CARD_NUMBER")),
            A("thank you and the expiry date"),
            C(ch(["it's ", "", "expires ", "um "]), V(say_expiry(), "EXPIRY")),
            A("and the three digit security number on the back"),
            C(ch(["", "it's ", "that's "]), V(say_single(digits(3), z, runs=R.random() < 0.5), "CVV"))], \
        f"call/{ch(IND)}: card, expiry and CVV in successive turns"


def p_card_full_chat():
    c = gen_card()
    cv = digits(4 if len(c) == 15 else 3)
    gs = card_groups(c)
    style = R.randrange(3)
    if style == 0:
        turns = [C("card ", V(" ".join(gs), "CARD_NUMBER"), " exp ", V(typed_expiry(), "EXPIRY"), " cvv ", V(cv, "CVV"))]
    elif style == 1:
        turns = [C(V("".join(gs), "CARD_NUMBER")), A("Thanks, expiry and security code?"),
                 C(V(typed_expiry(), "EXPIRY"), ch([" and ", ", ", " / "]), V(cv, "CVV"))]
    else:
        turns = [C("Number: ", V("-".join(gs), "CARD_NUMBER"), "\nExpiry: ", V(typed_expiry(), "EXPIRY"),
                   "\nSecurity code: ", V(cv, "CVV"))]
    return [A("To take the payment I need the card details please.")] + turns, \
        f"chat/{ch(IND)}: card + expiry + CVV typed (layout {style})"


def p_card_two_in_turn():
    c1 = gen_card("visa")
    c2 = gen_card("mc")
    return [A("which card do you want us to refund to"),
            C("well the old one was ", V(say_groups(card_groups(c1), "oh", "single"), "CARD_NUMBER", 1),
              " but that's cancelled so use ", V(say_groups(card_groups(c2), "zero", "mixed"), "CARD_NUMBER", 2))], \
        "call/retail: two different cards in one customer turn"


def p_card_with_amount():
    c = gen_card(ch(["visa", "mc"]))
    amt = R.randint(20, 900)
    return [A(f"so that's {amt} pounds today what card will you be using"),
            C(ch(["the visa ", "debit card ", "same as last time no actually new one "]),
              V(say_groups(card_groups(c), pick_zero(), "runs"), "CARD_NUMBER"),
              f" and can you take the {amt} pounds now please")], \
        "call/utilities: card read next to a non-PII payment amount"


# --- NI numbers ----------------------------------------------------------
def ni_spoken(ni, lmode, dstyle, z, filler=False):
    parts = [say_letter(ni[0], lmode), say_letter(ni[1], lmode)]
    ds = ni[2:8]
    if dstyle == "pairs":
        parts.append(say_pairs(ds, z))
    elif dstyle == "grouped":
        parts.append(" ".join(say_single(ds[i:i + 2], z) for i in range(0, 6, 2)))
    elif dstyle == "runs":
        parts.append(say_single(ds, z, runs=True))
    elif dstyle == "mixed":
        parts.append(say_single(ds[:2], z) + " " + say_pair(ds[2:4], z) + " " + say_single(ds[4:], z, runs=True))
    else:
        parts.append(say_single(ds, z))
    if filler:
        parts.insert(2, ch(["um", "uh", "er"]))
    parts.append(say_letter(ni[8], lmode))
    return " ".join(parts)


NI_ASK = ["can i take your national insurance number please", "and what's your n i number",
          "could you give me your national insurance number for security",
          "i'll just need your ni number to find the record", "whats your national insurance number"]


def p_ni_call():
    ni = gen_ni()
    lmode = ch(["plain", "plain", "nato", "homo", "asin", "informal"])
    dstyle = ch(["single", "pairs", "grouped", "runs", "mixed"])
    z = pick_zero()
    return [A(ch(NI_ASK)), C(ch(LEADS), V(ni_spoken(ni, lmode, dstyle, z, R.random() < 0.25), "NI_NUMBER"), ch(TAILS))], \
        f"call/{ch(['government services', 'banking', 'insurance', 'healthcare billing'])}: NI spoken, letters={lmode}, digits={dstyle}"


def p_ni_split():
    ni = gen_ni()
    lmode = ch(["plain", "nato", "homo", "bare_nato"])
    z = pick_zero()
    dstyle = ch(["single", "pairs", "runs"])
    ds = ni[2:8]
    dtxt = say_pairs(ds, z) if dstyle == "pairs" else say_single(ds, z, runs=dstyle == "runs")
    return [A(ch(NI_ASK)),
            C("yeah it starts ", V(say_letter(ni[0], lmode) + " " + say_letter(ni[1], lmode), "NI_NUMBER")),
            A(ch(["mhm", "okay", "yep go on"])),
            C(V(dtxt, "NI_NUMBER")),
            A("and the letter at the end"),
            C(ch(["", "it's ", "that's "]), V(say_letter(ni[8], lmode), "NI_NUMBER"))], \
        f"call/government services: NI split prefix/digits/suffix over three turns (letters={lmode})"


def p_ni_chat():
    ni = gen_ni()
    f = R.randrange(8)
    if f == 0:
        v = ni
    elif f == 1:
        v = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    elif f == 2:
        v = ni.lower()
    elif f == 3:
        v = f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"
    elif f == 4:
        v = f"{ni[:2]} {ni[2:8]} {ni[8]}"
    elif f == 5:
        v = f"{ni[0]}{ni[1].lower()}{ni[2:8]}{ni[8]}"
    elif f == 6:
        v = f"{ni[:2]}{ni[2:8]} {ni[8].lower()}"
    else:
        v = f"{ni[:2]} {ni[2:5]} {ni[5:8]} {ni[8]}"
    pre = ch(["NI number: ", "my ni is ", "NINO ", "national insurance no. ", "its ", "ni no ", "Here: "])
    post = ch(["", " thanks", ".", " - for the tax refund", " (not sure if you need the letter)"])
    return [A(ch(["Can you confirm your National Insurance number?", "For verification please send your NI number."])),
            C(pre, V(v, "NI_NUMBER"), post)], f"chat/{ch(['government services', 'banking', 'insurance'])}: NI typed format {f}"


def p_ni_readback():
    ni = gen_ni()
    z = pick_zero()
    return [A(ch(NI_ASK)),
            C(V(ni_spoken(ni, "plain", "pairs", z), "NI_NUMBER", 1)),
            A("so that's ", V(ni_spoken(ni, "nato", "single", "zero"), "NI_NUMBER", 2), " yeah"),
            C("yeah that's right")], "call/government services: NI in pairs then agent reads back with NATO letters"


def p_ni_correction():
    ni = gen_ni()
    z = pick_zero()
    bad = ni[:2] + ni[2:7] + str((int(ni[7]) + 1) % 10) + ni[8]
    return [A(ch(NI_ASK)),
            C(V(ni_spoken(bad, "plain", "single", z), "NI_NUMBER", 1, {"any": True}), " no wait sorry ",
              V(ni_spoken(ni, "plain", "single", z), "NI_NUMBER", 2), " that's the right one"),
            A("okay thank you")], "call/banking: NI said twice with a self-correction; both readings labelled"


def p_ni_with_chat_other():
    ni = gen_ni()
    y = R.randint(2019, 2025)
    amt = R.randint(100, 2000)
    return [A("How can I help?"),
            C(f"hi i got a letter saying i owe {amt} pounds for the {y} tax year. my nino is ",
              V(ch([ni, ni[:2] + " " + ni[2:8] + " " + ni[8]]), "NI_NUMBER"), f" and reference on the letter is {digits(8)}")], \
        "chat/government services: NI next to amount, tax year and letter reference (unlabelled)"


def p_ni_spread_letters():
    ni = gen_ni()
    z = pick_zero()
    ds = ni[2:8]
    return [A(ch(NI_ASK)),
            C("it's ", V(say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato") + " " +
                         say_pair(ds[:2], z) + " um " + say_pair(ds[2:4], z) + " " + say_pair(ds[4:], z), "NI_NUMBER", 1),
              " and then ", V(say_letter(ni[8], "homo"), "NI_NUMBER", 1), " at the end")], \
        "call/insurance: NI with filler inside and suffix letter after 'and then'"


# --- SSN ---------------------------------------------------------------------
SSN_ASK = ["can i get your social security number", "what's your social please", "and the last thing i need is your s s n",
           "could you verify your social security number for me", "i need the full social to pull up the account"]


def ssn_spoken(s, z, style):
    g = [s[:3], s[3:5], s[5:]]
    if style == "single":
        return " ".join(say_single(x, z) for x in g)
    if style == "runs":
        return " ".join(say_single(x, z, runs=True) for x in g)
    if style == "pairs":
        return say_group(g[0], z, "hundred") + " " + say_pair(g[1], z) + " " + say_pairs(g[2], z)
    if style == "flat":
        return say_single(s, z)
    if style == "mixed":
        return say_single(g[0], z) + " " + say_pair(g[1], z) + " " + say_pairs(g[2], z)
    if style == "dashes":
        return " dash ".join(say_single(x, z) for x in g)
    raise ValueError(style)


def p_ssn_call():
    s = gen_ssn()
    style = ch(["single", "single", "runs", "pairs", "flat", "mixed", "dashes"])
    z = pick_zero()
    return [A(ch(SSN_ASK)), C(ch(LEADS), V(ssn_spoken(s, z, style), "SSN"), ch(TAILS))], \
        f"call/{ch(['banking', 'insurance', 'healthcare billing', 'government services', 'telecom'])}: SSN spoken ({style}, zero='{z}')"


def p_ssn_split():
    s = gen_ssn()
    z = pick_zero()
    style = ch(["single", "runs", "pairs"])
    g = [s[:3], s[3:5], s[5:]]
    f = (lambda x: say_single(x, z, runs=style == "runs")) if style != "pairs" else (lambda x: say_pairs(x, z))
    return [A(ch(SSN_ASK)), C("sure ", V(f(g[0]), "SSN")), A(ch(["uh huh", "okay", "mhm"])), C(V(f(g[1]), "SSN")),
            A(ch(["go ahead", "yep", "okay"])), C(ch(["", "and ", "then "]), V(f(g[2]), "SSN"))], \
        f"call/healthcare billing: SSN split 3-2-4 over three turns ({style})"


def p_ssn_chat():
    s = gen_ssn()
    f = R.randrange(7)
    v = [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
         f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:3]}-{s[3:5]} {s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}"][f]
    pre = ch(["SSN: ", "my social is ", "ssn ", "Social Security #", "its ", "SS# ", "social - "])
    post = ch(["", " thx", ".", " for the claim", " (my husbands is different)"])
    return [A(ch(["Please verify your Social Security number.", "What is the SSN on the account?"])),
            C(pre, V(v, "SSN"), post)], f"chat/{ch(['banking', 'insurance', 'healthcare billing'])}: SSN typed format {f}"


def p_ssn_readback():
    s = gen_ssn()
    z = pick_zero()
    return [A(ch(SSN_ASK)), C(V(ssn_spoken(s, z, "mixed"), "SSN", 1)),
            A("okay i have ", V(ssn_spoken(s, "zero", "single"), "SSN", 2), " is that correct"),
            C("yes ma'am")], "call/insurance: SSN spoken in mixed pairs then agent reads back digit by digit"


def p_ssn_correction():
    s = gen_ssn()
    z = pick_zero()
    g = [s[:3], s[3:5], s[5:]]
    wrong = g[1][::-1] if g[1][0] != g[1][1] else f"{(int(g[1]) + 11) % 100:02d}"
    return [A(ch(SSN_ASK)),
            C(V(say_single(g[0], z) + " " + say_single(wrong, z), "SSN", 1, {"any": True}),
              " oh no wait i flipped it ", V(say_single(g[0], z) + " " + say_single(g[1], z) + " " + say_single(g[2], z), "SSN", 2)),
            A("no problem")], "call/banking: SSN restarted after transposed digits; fragment and full value labelled"


def p_ssn_homophone():
    s = gen_ssn()
    words = []
    for d in s:
        w = say_digit(d, "oh")
        if d in HOMO and R.random() < 0.6:
            w = HOMO[d]
        words.append(w)
    txt = " ".join(words[:3]) + " " + " ".join(words[3:5]) + " " + " ".join(words[5:])
    return [A(ch(SSN_ASK)), C(ch(LEADS), V(txt, "SSN"))], "call/telecom: SSN with ASR homophones (for/to/ate/won)"


def p_ssn_with_other_numbers():
    s = gen_ssn()
    age = R.randint(25, 80)
    return [A("and to confirm the policy holder's social"),
            C(f"that's my mom she's {age} her social is ", V(ssn_spoken(s, pick_zero(), ch(["single", "runs"])), "SSN"),
              f" and the claim number is {digits(7)}")], \
        "call/insurance: SSN among an age and a claim number (unlabelled)"


def p_ssn_itin_style_chat():
    s = gen_ssn()
    return [C("hi, trying to update my w-2 info. old ssn on file was wrong, correct one is ",
              V(f"{s[:3]} {s[3:5]} {s[5:]}", "SSN"), ch([" thank you", "", " - can you fix it"]))], \
        "chat/government services: SSN typed with spaces in a longer message"


# --- bank details --------------------------------------------------------------
def p_sort_acct_call():
    sc = digits(6)
    ac = digits(8)
    z = pick_zero()
    scs = ch(["pairs", "single", "runs"])
    sct = " ".join(say_group(sc[i:i + 2], z, scs) for i in range(0, 6, 2))
    return [A("can you give me the sort code and account number for the direct debit"),
            C("sort code is ", V(sct, "SORT_CODE"), ch([" and the account number is ", " account ", " and then "]),
              V(say_groups([ac[:4], ac[4:]], z, ch(["single", "runs", "pairs"])), "BANK_ACCOUNT"))], \
        "call/utilities: sort code and account number in one turn"


def p_sort_acct_chat():
    sc = digits(6)
    ac = digits(8)
    scv = ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc, f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    return [A("Please send the sort code and account number for the refund."),
            C(ch(["sort ", "Sort code: ", "s/c "]), V(scv, "SORT_CODE"), ch([" acc ", "\nAccount: ", ", a/c no "]),
              V(ac, "BANK_ACCOUNT"))], "chat/banking: UK sort code and account typed"


def p_acct_split_call():
    sc = digits(6)
    ac = digits(8)
    z = pick_zero()
    return [A("what's the sort code"), C(V(say_pairs(sc, z), "SORT_CODE")), A("and the account number"),
            C(V(say_single(ac[:4], z, runs=True), "BANK_ACCOUNT")), A("mhm"),
            C(V(say_single(ac[4:], z, runs=True), "BANK_ACCOUNT"))], \
        "call/banking: sort code in pairs; account number split over two turns"


def p_us_acct():
    ac = digits(R.choice([9, 10, 12]))
    routing = digits(9)
    z = pick_zero()
    return [A("to set up autopay i need the checking account number"),
            C(ch(["", "okay "]), V(say_single(ac, z, runs=True), "BANK_ACCOUNT"),
              ch(["", " that's checking"]))], "call/utilities: US checking account number spoken"


def p_us_acct_chat():
    ac = digits(R.choice([10, 11, 12]))
    return [A("Which account should the refund go to?"),
            C(ch(["acct # ", "account number ", "checking acct "]), V(ac, "BANK_ACCOUNT"), ch(["", " at chase", " thanks"]))], \
        "chat/insurance: US account number typed"


def iban_spoken(ib, z):
    out = []
    for i, chh in enumerate(ib):
        if chh.isalpha():
            out.append(say_letter(chh, ch(["plain", "plain", "nato"])))
        else:
            out.append(say_digit(chh, z))
    return " ".join(out)


def p_iban_chat():
    ib = gen_iban()
    v = ch([" ".join(iban_groups(ib)), ib, " ".join(iban_groups(ib)).lower(), ib[:4] + " " + ib[4:]])
    return [A(ch(["Please share the IBAN for the refund.", "Can you send your IBAN?"])),
            C(ch(["IBAN: ", "iban ", "here it is ", "my iban is "]), V(v, "IBAN"), ch(["", " thanks", " (AIB)", "."]))], \
        f"chat/{ch(['travel', 'retail', 'banking'])}: {ib[:2]} IBAN typed"


def p_iban_call():
    ib = gen_iban(ch(["GB", "IE", "DE", "NL"]))
    z = pick_zero()
    gs = iban_groups(ib)
    half = len(gs) // 2
    return [A("and can you read me the i ban"),
            C(V(iban_spoken("".join(gs[:half]), z), "IBAN")), A("okay yep"),
            C(V(iban_spoken("".join(gs[half:]), z), "IBAN"))], f"call/travel: {ib[:2]} IBAN spoken over two turns"


# --- phone -----------------------------------------------------------------------
def p_phone_call():
    kind = R.randrange(5)
    z = pick_zero()
    if kind == 0:
        p = gen_uk_mobile()
        t = say_single(p[:5], z, runs=True) + " " + say_single(p[5:], z, runs=True)
    elif kind == 1:
        p = gen_us_phone()
        t = say_single(p[:3], z) + " " + say_single(p[3:6], z) + " " + say_pairs(p[6:], z)
    elif kind == 2:
        p = gen_uk_mobile()
        t = "plus four four " + say_single(p[1:5], z) + " " + say_single(p[5:], z, runs=True)
    elif kind == 3:
        p = gen_ie_mobile()
        t = say_single(p[:3], z) + " " + say_single(p[3:], z, runs=True)
    else:
        p = gen_uk_land()
        t = say_single(p[:4], z) + " " + say_single(p[4:7], z) + " " + say_single(p[7:], z)
    return [A(ch(["what's the best number to reach you on", "can i take a contact number", "and a phone number please"])),
            C(ch(LEADS), V(t, "PHONE"), ch(TAILS))], f"call/{ch(IND)}: phone spoken (kind {kind})"


def p_phone_chat():
    kind = R.randrange(6)
    if kind == 0:
        p = gen_uk_mobile(); v = ch([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:]])
    elif kind == 1:
        p = gen_us_phone(); v = ch([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}"])
    elif kind == 2:
        p = gen_ie_mobile(); v = ch([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:]}", p])
    elif kind == 3:
        p = gen_uk_land(); v = ch([f"{p[:4]} {p[4:7]} {p[7:]}", f"({p[:4]}) {p[4:]}"])
    elif kind == 4:
        v = "+49 " + str(R.randint(151, 179)) + " " + digits(8)
    else:
        v = "+33 6 " + " ".join(digits(2) for _ in range(4))
    return [A("Could you leave a number we can call you back on?"),
            C(ch(["", "sure ", "yes its ", "call me on ", "mobile: "]), V(v, "PHONE"), ch(["", " after 5pm", " anytime", " thanks"]))], \
        f"chat/{ch(IND)}: phone typed (kind {kind})"


def p_phone_split_intl():
    p = gen_uk_mobile()
    z = pick_zero()
    return [A("and a contact number"), C("it's a u k mobile so ", V("double " + z + " four four", "PHONE"), " then"),
            A("yep"), C(V(say_single(p[1:6], z), "PHONE")), A("mhm"), C(V(say_single(p[6:], z, runs=True), "PHONE"))], \
        "call/travel: international UK mobile with 'double oh four four' split over three turns"


# --- email -----------------------------------------------------------------------
def spell_local(parts, mode):
    out = []
    for p in parts:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p.isdigit():
            out.append(" ".join(UNITS[int(d)] for d in p) if mode else p)
        elif mode == "spell" and len(p) <= 7:
            out.append(" ".join(p))
        else:
            out.append(p)
    return " ".join(out)


def say_domain(dom):
    return " dot ".join(dom.split("."))


def p_email_call():
    local, dom = gen_email_parts()
    mode = ch(["word", "spell", "word"])
    t = spell_local(local, mode) + " at " + say_domain(dom)
    return [A(ch(["and what's your email address", "can i take an email for the confirmation"])),
            C(ch(LEADS), V(t, "EMAIL"), ch(TAILS))], f"call/{ch(IND)}: spoken email ({mode})"


def p_email_chat():
    local, dom = gen_email_parts()
    e = "".join(local) + "@" + dom
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    return [A("What email should we send the receipt to?"),
            C(ch(["", "its ", "email: ", "send to "]), V(e, "EMAIL"), ch(["", " thanks", ".", " pls"]))], f"chat/{ch(IND)}: typed email"


def p_email_call_split():
    local, dom = gen_email_parts()
    return [A("email address"), C(V(spell_local(local, "spell"), "EMAIL")), A("okay and the domain"),
            C(V("at " + say_domain(dom), "EMAIL"))], "call/telecom: email local part and domain over two turns"


# --- DOB -------------------------------------------------------------------------
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth"]


def ordinal(d):
    if d <= 20:
        return ORD[d]
    return "twenty " + ORD[d - 20]


def say_year(y):
    if y >= 2000:
        return ch(["two thousand and " + (UNITS[y - 2000] if y - 2000 < 10 else say_pair(str(y - 2000), "oh")),
                   "two thousand " + (UNITS[y - 2000] if y - 2000 < 10 else say_pair(str(y - 2000), "oh"))])
    return say_pair(str(y)[:2], "oh") + " " + say_pair(str(y)[2:], "oh")


def p_dob_call():
    y, m, d = gen_date()
    f = R.randrange(4)
    if f == 0:
        t = f"the {ordinal(d)} of {MONTHS[m-1]} {say_year(y)}"
    elif f == 1:
        t = f"{MONTHS[m-1]} {ordinal(d)} {say_year(y)}"
    elif f == 2:
        z = pick_zero()
        t = say_single(f"{d:02d}", z) + " " + say_single(f"{m:02d}", z) + " " + say_year(y)
    else:
        t = f"{ordinal(d)} {MONTHS[m-1]} {say_year(y)}"
    return [A(ch(["and your date of birth please", "can you confirm your d o b", "what's the date of birth on the account"])),
            C(ch(["", "it's ", "yeah ", "um "]), V(t, "DOB"))], f"call/{ch(IND)}: DOB spoken form {f}"


def p_dob_chat():
    y, m, d = gen_date()
    v = ch([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS[m-1].title()} {y}",
            f"{MON3[m-1].title()} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"])
    return [A("Can you confirm your date of birth?"), C(ch(["", "dob ", "born ", "its "]), V(v, "DOB"))], \
        f"chat/{ch(IND)}: typed DOB"


# --- address / postcode ------------------------------------------------------------
def p_addr_call():
    n = R.randint(1, 240)
    st = ch(STREETS)
    pc = gen_uk_postcode()
    out, inw = pc.split()
    say_pc = " ".join(say_letter(c, "plain") if c.isalpha() else UNITS[int(c)] for c in out) + " " + \
        " ".join(say_letter(c, "plain") if c.isalpha() else UNITS[int(c)] for c in inw)
    nt = ch([str(n), say_num(n)])
    return [A("can you confirm the address we have on file"),
            C(V(f"{nt} {st}", "ADDRESS"), ch([" and the postcode is ", " postcode ", " um "]), V(say_pc, "POSTCODE"))], "call/utilities: street address + spoken UK postcode"


def say_num(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair(str(n), "oh")
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    return UNITS[h] + " " + say_pair(f"{r:02d}", "oh")


def p_addr_chat():
    n = R.randint(1, 400)
    f = R.randrange(3)
    if f == 0:
        a = f"{n} {ch(STREETS).title()}"
        pc = gen_uk_postcode()
        town = TOWN.get(re.match(r"[A-Z]+", pc).group(0), "")
        if R.random() < 0.3:
            pc = pc.replace(" ", "").lower()
        return [A("What's the delivery address?"), C(V(a, "ADDRESS"), ch([", ", " "]), town + ch([", ", " "]) if town else "",
                                                  V(pc, "POSTCODE"))], "chat/retail: UK address + postcode typed"
    if f == 1:
        a = f"{n} {ch(US_STREETS).title()}" + ch(["", " Apt 4B", " Unit 12"])
        city, lo, hi = ch([("Austin, TX", 73301, 78799), ("Denver, CO", 80002, 80299), ("Columbus OH", 43002, 43299),
                           ("Tampa, FL", 33601, 33699), ("Portland, OR", 97201, 97299), ("Albany NY", 12201, 12288)])
        z = f"{R.randint(lo, hi):05d}" + ("-" + digits(4) if R.random() < 0.3 else "")
        return [A("What's the billing address?"), C(V(a, "ADDRESS"), ", ", city, " ",
                                                  V(z, "POSTCODE"))], "chat/insurance: US address + ZIP typed"
    a = f"Flat {R.randint(1, 30)}, {n} {ch(STREETS).title()}"
    pc = gen_uk_postcode()
    return [A("Where should we send the new meter?"), C("its ", V(a, "ADDRESS"), ", ", V(pc, "POSTCODE"), " thanks")], \
        "chat/utilities: flat + street address + postcode"


def p_zip_call():
    z = gen_zip()
    n = R.randint(100, 9999)
    zs = pick_zero()
    return [A("and what's the zip code on the billing address"),
            C(ch(["", "it's ", "uh "]), V(say_single(z, zs, runs=True), "POSTCODE")),
            A("and the street address"), C(V(f"{say_num(n) if n < 1000 else say_pairs(str(n), 'oh')} {ch(US_STREETS)}", "ADDRESS"))], \
        "call/healthcare billing: spoken ZIP and street address (house number in pairs)"


def p_postcode_nato():
    pc = gen_uk_postcode()
    t = " ".join(say_letter(c, "nato") if c.isalpha() else UNITS[int(c)] for c in pc.replace(" ", ""))
    return [A("postcode please"), C(V(t, "POSTCODE"))], "call/insurance: UK postcode with NATO letters"


# --- multi-entity combos -------------------------------------------------------
def p_combo_verify():
    ni = gen_ni()
    y, m, d = gen_date()
    pc = gen_uk_postcode()
    return [A("for security can i take your date of birth"),
            C(V(f"{ordinal(d)} of {MONTHS[m-1]} {say_year(y)}", "DOB")),
            A("and postcode"),
            C(V(" ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in pc.replace(' ', '')), "POSTCODE")),
            A("and national insurance number"),
            C(V(ni_spoken(ni, ch(["plain", "homo"]), ch(["pairs", "single"]), pick_zero()), "NI_NUMBER"))], \
        "call/government services: DOB, postcode and NI in a security check"


def p_combo_us():
    s = gen_ssn()
    y, m, d = gen_date()
    p = gen_us_phone()
    return [A("I'll need to verify: full SSN, DOB and phone on file."),
            C(V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"), " / ", V(f"{m:02d}/{d:02d}/{y}", "DOB"), " / ",
              V(f"{p[:3]}-{p[3:6]}-{p[6:]}", "PHONE"))], "chat/banking: SSN, DOB and phone in one slash-separated message"


def p_combo_two_in_turn_ni_phone():
    ni = gen_ni()
    p = gen_uk_mobile()
    z = pick_zero()
    return [A("can i take your ni number and a phone number"),
            C("ni is ", V(ni_spoken(ni, "plain", "single", z), "NI_NUMBER"), " and my mobile is ",
              V(say_single(p, z, runs=True), "PHONE"))], "call/government services: NI then phone in the same turn"


def p_ni_lower_typo_chat():
    ni = gen_ni()
    v = ch([ni[:2].lower() + " " + ni[2:8] + ni[8].lower(), ni[:2] + "  " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + "  " + ni[8],
            ni[:2] + ni[2:4] + " " + ni[4:6] + ni[6:8] + ni[8]])
    return [C("hello, need to update my address for my state pension. NI ", V(v, "NI_NUMBER"),
              ch([" and dob ", " born "]), V(ch(["{0:02d}/{1:02d}/{2}", "{0:02d}-{1:02d}-{2}", "{0}.{1}.{2}"]).format(R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1962)), "DOB"))], \
        "chat/government services: NI typed with odd spacing next to DOB"


def p_card_ocr_chat():
    c = gen_card(ch(["visa", "mc"]))
    gs = card_groups(c)
    v = gs[0] + " " + gs[1] + gs[2] + " " + gs[3]
    return [C("paste from my banking app: ", V(v, "CARD_NUMBER"), ch([" exp ", " valid thru "]), V(typed_expiry(), "EXPIRY"))], \
        "chat/retail: card pasted with uneven grouping plus expiry"


def p_card_words_chat():
    c = gen_card(ch(["visa", "mc"]))
    gs = card_groups(c)
    z = "zero"
    v = " ".join(gs[:3]) + " " + say_single(gs[3], z)
    return [A("Please enter the card number."), C(V(v, "CARD_NUMBER"))], \
        "chat/retail: card typed in digits but last group written out as words (dictation keyboard)"


def p_card_wrapped_dictation():
    c = gen_card(ch(["visa", "mc", "disc"]))
    z = pick_zero()
    gs = card_groups(c)
    return [A("ok go ahead"),
            C(V(say_group(gs[0], z, "pairs") + " " + say_group(gs[1], z, "pairs"), "CARD_NUMBER"), " hang on my glasses ",
              V(say_group(gs[2], z, "pairs") + " " + say_group(gs[3], z, "pairs"), "CARD_NUMBER"))], \
        "call/insurance: card in pairs with an aside in the middle of the same turn"


def p_cvv_split():
    cv = digits(3)
    z = pick_zero()
    return [A("and the security code on the back"), C("the last three digits yeah ", V(say_single(cv, z), "CVV")),
            A("and expiry"), C(V(typed_expiry() if False else say_expiry(), "EXPIRY"))], \
        "call/retail: CVV and expiry, no card number in the excerpt"


def p_card_hundreds():
    hd = str(R.randint(11, 99))
    gs0 = ch(["4", "5" + str(R.randint(1, 5))])
    body = list(gs0 + digits(15 - len(gs0) - 3) + hd + "00")
    for d in "0123456789":
        body[5] = d
        if luhn_ok("".join(body)):
            break
    c = "".join(body)
    assert luhn_ok(c) and len(c) == 16
    gs = card_groups(c)
    z = pick_zero()
    t = say_pairs(gs[0], z) + " " + say_pairs(gs[1], z) + " " + say_pairs(gs[2], z) + " " + say_pair(hd, z) + " hundred"
    return [A(ch(CALL_CARD_ASK)), C(ch(LEADS), V(t, "CARD_NUMBER"))], \
        "call/telecom: card in pairs with a group said as 'N hundred' (e.g. fifty four hundred)"


def p_card_spaced_chat():
    c = gen_card(ch(["visa", "mc", "amex"]))
    v = ch([" ".join(c), ",".join(card_groups(c)), "_".join(card_groups(c)), " ".join(card_groups(c)) + " "])
    v = v.strip()
    return [A("Card number please (we never store it)."), C(ch(["", "ok ", "fine "]), V(v, "CARD_NUMBER"), ch(["", " there", " happy?"]))], \
        "chat/travel: card typed with unusual separators (every digit spaced, commas or underscores)"


def p_card_group_prompts():
    c = gen_card(ch(["visa", "mc", "mc2"]))
    gs = card_groups(c)
    z = pick_zero()
    return [A("i'll take it in fours what are the first four"), C(V(say_single(gs[0], z, runs=True), "CARD_NUMBER")),
            A("and the next four"), C("it's ", V(say_pairs(gs[1], z), "CARD_NUMBER"), " er ", V(say_pairs(gs[2], z), "CARD_NUMBER")),
            A("okay and the last four"), C(V(say_single(gs[3], z), "CARD_NUMBER"), " and it runs out ", V(say_expiry(), "EXPIRY"))], \
        "call/insurance: agent takes card in fours; caller gives two groups at once, then expiry"


def p_ni_double_letter():
    while True:
        ni = gen_ni()
        l = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if l + l not in NI_BAD:
            ni = l + l + ni[2:]
            break
    z = pick_zero()
    return [A(ch(NI_ASK)), C(ch(LEADS), V("double " + l.lower() + " " + say_pairs(ni[2:8], z) + " " + say_letter(ni[8], ch(["plain", "homo", "nato"])), "NI_NUMBER"))], \
        "call/government services: NI with repeated prefix letter said as 'double x' and digits in pairs"


def p_ni_spaced_chat():
    ni = gen_ni()
    v = ch([" ".join(ni), ni[:2] + "/" + ni[2:8] + "/" + ni[8], ni[:2] + "." + ni[2:4] + "." + ni[4:6] + "." + ni[6:8] + "." + ni[8],
            ni[:2].lower() + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8].lower()])
    return [C(ch(["Hi my National Insurance number is ", "ni: ", "NI no. "]), V(v, "NI_NUMBER"), ch(["", ", can you check my contributions", " ta"]))], \
        "chat/government services: NI typed with unusual separators"


def p_ni_homophone_digits():
    ni = gen_ni()
    words = []
    for d in ni[2:8]:
        w = say_digit(d, "oh")
        if d in ("2", "4", "8") and R.random() < 0.6:
            w = HOMO[d]
        words.append(w)
    t = say_letter(ni[0], "homo") + " " + say_letter(ni[1], "homo") + " " + " ".join(words) + " " + say_letter(ni[8], "homo")
    return [A(ch(NI_ASK)), C(ch(LEADS), V(t, "NI_NUMBER"))], "call/government services: NI with ASR homophones for letters and digits"


def p_ssn_spaced_chat():
    s = gen_ssn()
    v = ch([" ".join(s), f"{s[:3]}_{s[3:5]}_{s[5:]}", f"{s[:3]}--{s[3:5]}--{s[5:]}", f"{s[:3]} {s[3:5]}-{s[5:]}"])
    return [A("Please confirm the SSN for the member."), C(ch(["", "member ssn ", "SSN is "]), V(v, "SSN"))], \
        "chat/healthcare billing: SSN typed with unusual separators"


def p_ssn_hundreds():
    while True:
        s = gen_ssn()
        if s[1] != "0" and s[0] != "0" and s[5] != "0" and s[7] != "0":
            break
    t = UNITS[int(s[0])] + " hundred " + ch(["and ", ""]) + say_pair(s[1:3], "oh") + " " + say_pair(s[3:5], "oh") + " " + \
        say_pair(s[5:7], "oh") + " " + say_pair(s[7:], "oh")
    return [A(ch(SSN_ASK)), C(ch(LEADS), V(t, "SSN"))], "call/banking: SSN with area number as 'N hundred (and) MM' and pairs"


def p_ssn_readback_correction():
    s = gen_ssn()
    z = pick_zero()
    return [A(ch(SSN_ASK)), C(V(ssn_spoken(s, z, "single"), "SSN", 1)),
            A("that was ", V(ssn_spoken(s, "oh", "pairs"), "SSN", 2), " correct"),
            C("yes and my wife's on the account too but you don't need hers right")], \
        "call/insurance: SSN read back by agent in a different (pairs/hundreds) form"


def p_card_echo():
    c = gen_card(ch(["visa", "mc", "disc", "mc2"]))
    gs = card_groups(c)
    z = pick_zero()
    turns = [A(ch(CALL_CARD_ASK))]
    for i, g in enumerate(gs):
        turns.append(C(V(say_group(g, z, ch(["single", "runs", "pairs"])), "CARD_NUMBER", 1)))
        turns.append(A(V(say_single(g, z), "CARD_NUMBER", 2), ch([" yep", " okay", " mhm", ""])))
    return turns, f"call/{ch(IND)}: agent echoes each card group back (echoes labelled too)"


def p_ssn_echo():
    s = gen_ssn()
    z = pick_zero()
    g = [s[:3], s[3:5], s[5:]]
    turns = [A(ch(SSN_ASK))]
    for x in g:
        turns.append(C(V(say_single(x, z, runs=True) if len(x) != 2 else say_pair(x, z), "SSN", 1)))
        turns.append(A(V(say_single(x, z), "SSN", 2), ch([" okay", " got it", ""])))
    return turns, "call/healthcare billing: SSN given in 3-2-4 groups with the agent echoing each group"


def p_ni_echo_chat_call():
    ni = gen_ni()
    z = pick_zero()
    return [A(ch(NI_ASK)), C(V(say_letter(ni[0], "plain") + " " + say_letter(ni[1], "plain"), "NI_NUMBER", 1)),
            A(V(say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato"), "NI_NUMBER", 2), " yeah"),
            C("yeah then ", V(say_single(ni[2:8], z, runs=True) + " " + say_letter(ni[8], "plain"), "NI_NUMBER", 1)),
            A(V(say_pairs(ni[2:8], z) + " " + say_letter(ni[8], "nato"), "NI_NUMBER", 2), " lovely")], \
        "call/government services: NI prefix and remainder each echoed back by the agent in another form"


POS_PLAN = [
    (p_card_call_one_turn, 14), (p_card_call_split, 7), (p_card_chat, 12), (p_card_chat_split_msgs, 3),
    (p_card_readback, 4), (p_card_restart, 3), (p_card_correction, 3), (p_card_homophone, 4),
    (p_card_amex_mixed, 3), (p_card_full_call, 7), (p_card_full_chat, 7), (p_card_two_in_turn, 2),
    (p_card_with_amount, 3), (p_card_ocr_chat, 3), (p_card_words_chat, 2), (p_card_wrapped_dictation, 3),
    (p_cvv_split, 3),
    (p_ni_call, 14), (p_ni_split, 5), (p_ni_chat, 10), (p_ni_readback, 3), (p_ni_correction, 2),
    (p_ni_with_chat_other, 3), (p_ni_spread_letters, 3), (p_ni_lower_typo_chat, 3), (p_combo_two_in_turn_ni_phone, 3),
    (p_card_hundreds, 4), (p_card_echo, 4), (p_ssn_echo, 4), (p_ni_echo_chat_call, 4), (p_card_spaced_chat, 4), (p_card_group_prompts, 3),
    (p_ni_double_letter, 3), (p_ni_spaced_chat, 4), (p_ni_homophone_digits, 3),
    (p_ssn_spaced_chat, 4), (p_ssn_hundreds, 3), (p_ssn_readback_correction, 2),
    (p_ssn_call, 14), (p_ssn_split, 5), (p_ssn_chat, 10), (p_ssn_readback, 3), (p_ssn_correction, 2),
    (p_ssn_homophone, 3), (p_ssn_with_other_numbers, 3), (p_ssn_itin_style_chat, 2), (p_combo_us, 3),
    (p_sort_acct_call, 6), (p_sort_acct_chat, 6), (p_acct_split_call, 4), (p_us_acct, 3), (p_us_acct_chat, 3),
    (p_iban_chat, 8), (p_iban_call, 5),
    (p_phone_call, 8), (p_phone_chat, 7), (p_phone_split_intl, 2),
    (p_email_call, 7), (p_email_chat, 6), (p_email_call_split, 2),
    (p_dob_call, 7), (p_dob_chat, 6),
    (p_addr_call, 5), (p_addr_chat, 7), (p_zip_call, 4), (p_postcode_nato, 3), (p_combo_verify, 4),
]

# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------

def money_spoken(n):
    h, r = divmod(n, 100)
    if h and r:
        return UNITS[h] + " hundred and " + (UNITS[r] if r < 10 else say_pair(f"{r:02d}", "oh"))
    return say_num(n)


def n_amount_call():
    a = R.randint(11, 999)
    p = R.randint(10, 99)
    return [A("can you tell me what the balance is"),
            C(f"the bill says {ch([say_num, money_spoken])(a)} pounds {say_pair(str(p), 'oh')} but last month it was only {say_num(R.randint(20, 300))}")], \
        "call/utilities: spoken money amounts"


def n_amount_chat():
    return [C(f"I was charged ${R.randint(100, 4999)}.{digits(2)} instead of ${R.randint(10, 99)}.99 on {R.choice(MONTHS).title()} {R.randint(1, 28)}"),
            A("Sorry about that, let me look into the charge.")], "chat/retail: typed prices and a payment date"


def n_order_ref():
    ref = digits(R.choice([6, 7, 8, 9, 10]))
    return [A("Have you got the order number?"), C(f"yeah order number {ref}")], "chat/retail: order number with reference word (typed digits)"


def n_order_ref_spoken():
    ref = digits(R.choice([6, 7, 8]))
    z = pick_zero()
    word = ch(["order number", "ticket number", "claim number", "reference", "case number", "booking reference"])
    return [A(f"what's the {word}"), C(f"it's {say_single(ref, z, runs=True)}")], f"call/retail: {word} spoken digit by digit"


def n_invoice_chat():
    return [C(f"Invoice INV-{digits(7)} shows {R.randint(2, 30)} units at £{R.randint(5, 80)}.{digits(2)} each, total includes {R.randint(5, 20)}% VAT")], \
        "chat/retail: invoice number, quantities, prices, percentage"


def n_flight():
    code = ch(["BA", "EI", "FR", "LH", "AA", "UA", "KL"])
    n = R.randint(100, 2999)
    return [A("which flight are you on"),
            C(f"{code.lower()[0]} {code.lower()[1]} {say_num(n) if n < 1000 else say_pairs(str(n), 'oh')} leaving at {say_num(R.randint(1, 12))} {say_pair(str(R.randint(10, 59)), 'oh')} on the {ordinal(R.randint(1, 28))}")], \
        "call/travel: flight number and departure time"


def n_flight_chat():
    return [C(f"Booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}, flight {ch(['EI', 'FR', 'BA'])}{R.randint(100, 9999)} on {R.randint(1, 28)}/{R.randint(1, 12)}/2026 at {R.randint(6, 22)}:{ch(['05', '15', '30', '45', '50'])}, seat {R.randint(1, 40)}{ch('ABCDEF')}")], \
        "chat/travel: booking ref, flight, travel date, time, seat"


def n_time_duration():
    return [A("how long were you waiting"),
            C(f"about {say_num(R.randint(20, 90))} minutes i called at {say_num(R.randint(1, 12))} {say_pair(str(R.randint(10, 59)), 'oh')} and again at {say_num(R.randint(1, 12))} thirty")], \
        "call/telecom: durations and times"


def n_meter():
    r = digits(5)
    z = pick_zero()
    return [A("can you read me the meter"), C(f"it says {say_single(r, z)} on the electric and the gas is {say_pairs(digits(4), z)}")], \
        "call/utilities: meter readings spoken digit by digit"


def n_meter_chat():
    return [C(f"Meter reading today: {digits(5)} kWh (day) / {digits(5)} (night). Previous was {digits(5)}.")], "chat/utilities: typed meter readings"


def n_appointment():
    return [A("when would you like the appointment"),
            C(f"the {ordinal(R.randint(1, 28))} of {ch(MONTHS)} at {say_num(R.randint(1, 11))} thirty if possible")], \
        "call/healthcare billing: appointment date and time, not a DOB"


def n_payment_date():
    y = R.randint(2024, 2027)
    return [A("when did you make the payment"), C(f"on the {ordinal(R.randint(1, 28))} of {ch(MONTHS)} {say_year(y)} i paid {money_spoken(R.randint(20, 400))} euro")], \
        "call/banking: payment date with year, amount"


def n_contract_start():
    return [C(f"my contract started {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/20{R.randint(18, 25)} and runs for {ch([12, 18, 24, 36])} months at £{R.randint(10, 60)}.99 a month")], \
        "chat/telecom: contract start date, term and price"


def n_room():
    return [A("and which room were you in"), C(f"room {say_num(R.randint(101, 940))} on the {ordinal(R.randint(2, 12))} floor for {say_num(R.randint(2, 9))} nights")], \
        "call/travel: hotel room number, floor, nights"


def n_model():
    return [C(f"The router model is {ch(['TP-Link Archer', 'Netgear', 'Hub'])} {ch(['AX', 'C', 'R'])}{R.randint(10, 9000)} firmware v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}, speed test shows {R.randint(5, 900)} Mbps down")], \
        "chat/telecom: model number, firmware version, speed"


def n_speed_call():
    return [C(f"i'm only getting {say_num(R.randint(2, 80))} megs and i pay for {say_num(ch([100, 150, 300, 500]))} that's like {say_num(R.randint(5, 60))} percent")], \
        "call/telecom: speeds and percentages"


def n_age_temp():
    return [C(f"my son is {say_num(R.randint(2, 17))} and he had a temperature of {say_pair(str(R.randint(37, 40)), 'oh')} point {UNITS[R.randint(1, 9)]} so we went to a and e")], \
        "call/healthcare billing: age and temperature"


def n_balance():
    return [A(f"your current balance is {money_spoken(R.randint(100, 999))} pounds and {say_pair(str(R.randint(10, 99)), 'oh')} pence and your overdraft limit is {say_num(ch([500, 250, 750]))}"),
            C("okay thanks")], "call/banking: account balance and overdraft limit"


def n_year():
    y = R.randint(1985, 2020)
    return [C(f"we've been customers since {say_year(y)} so {say_num(2026 - y)} years and had {say_num(R.randint(2, 9))} claims in that time")], \
        "call/insurance: year, counts"


def n_quantities_chat():
    return [C(f"Ordered {R.randint(2, 12)} x {R.randint(250, 1000)}ml bottles and {R.randint(2, 5)} packs of {R.randint(6, 48)}, only {R.randint(1, 5)} arrived. Total was £{R.randint(20, 200)}.{digits(2)}")], \
        "chat/retail: quantities and prices"


def n_ticket_chat():
    return [C(f"Ticket #{digits(R.choice([6, 7, 8]))} still open after {R.randint(3, 20)} days, also case {digits(R.choice([8, 9, 10]))}")], \
        "chat/telecom: ticket and case numbers with reference words"


def n_claim_spoken_pairs():
    ref = digits(8)
    return [A("do you have the claim number"), C(f"yes claim number {say_pairs(ref, pick_zero())}")], "call/insurance: 8-digit claim number spoken in pairs"


def n_last_payment_amount():
    return [C(f"the direct debit of {say_num(R.randint(30, 300))} pounds went out on the {ordinal(R.randint(1, 28))} but should be on the {ordinal(R.randint(1, 28))}")], \
        "call/utilities: amounts and payment dates"


def n_percent_rate():
    return [A(f"the rate is {R.randint(1, 9)}.{R.randint(0, 99)} percent fixed for {say_num(R.randint(2, 5))} years"),
            C(f"and what would that be monthly on {say_num(R.randint(100, 400))} thousand")], "call/banking: interest rate, term, loan amount"


def n_hold_time():
    return [A(f"i'm going to put you on hold for about {say_num(R.randint(2, 10))} minutes"),
            C(f"fine i've already been on for {say_num(R.randint(20, 59))}"),
            A(f"we're open until {say_num(R.randint(5, 9))} tonight")], "call/telecom: hold times, opening hours"


def n_parcel_chat():
    return [C(f"parcel weighs {R.randint(1, 30)}kg, dimensions {R.randint(10, 90)}x{R.randint(10, 90)}x{R.randint(5, 60)}cm, collection slot 10:00-14:00 on 0{R.randint(1, 9)}/{R.randint(10, 12)}")], \
        "chat/retail: weights, dimensions, time window, date"


def n_policy_ref_spoken():
    return [A("what's your policy number"), C(f"policy number is {ch(['h', 'p', 'm'])} {say_single(digits(7), pick_zero(), runs=True)}")], \
        "call/insurance: policy number with letter prefix"


def n_counts_call():
    return [C(f"we've got {say_num(R.randint(2, 6))} phones on the plan {say_num(R.randint(2, 40))} gigs each and we went over by {say_num(R.randint(1, 9))} hundred megabytes")], \
        "call/telecom: counts and data quantities"


def n_euro_chat():
    return [C(f"Refund of €{R.randint(50, 1500)},{digits(2)} for booking {digits(8)} promised within {R.randint(7, 21)} days on {R.randint(1, 28)}.{R.randint(1, 12)}.2026")], \
        "chat/travel: euro amount with comma decimal, booking number, date"


def n_dates_not_dob():
    return [A("when did the problem start"), C(f"since the {ordinal(R.randint(1, 28))} of {ch(MONTHS)} so about {say_num(R.randint(2, 9))} weeks")], \
        "call/utilities: incident start date"


def n_temp_heating():
    return [C(f"the thermostat is set to {say_num(R.randint(18, 24))} degrees but it's only {say_num(R.randint(10, 17))} in the house and the boiler pressure is {UNITS[R.randint(0, 2)]} point {UNITS[R.randint(1, 9)]} bar")], \
        "call/utilities: temperatures and pressure"


def n_mixed_long_chat():
    return [C(f"Hi, order {digits(9)} placed on {R.randint(1, 28)} {ch(MONTHS).title()} for £{R.randint(10, 999)}.{digits(2)}, "
              f"delivery window {R.randint(7, 11)}am-{R.randint(1, 6)}pm, item SKU {R.randint(100000, 999999)}, qty {R.randint(1, 9)}.")], \
        "chat/retail: many numbers none of them PII"


def n_year_range():
    return [C(f"the car is a {say_year(R.randint(2008, 2022))} model with {money_spoken(R.randint(20, 150))} thousand miles and the excess is {say_num(ch([100, 250, 500]))}")], \
        "call/insurance: car year, mileage, excess"


def nth(d):
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def n_appt_chat():
    return [A(f"Your appointment is confirmed for {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026 at {R.randint(8, 17)}:{ch(['00', '15', '30', '45'])}."),
            C(f"thanks, can i move it to the {nth(R.randint(1, 28))}? i finish work at {R.randint(4, 6)}")], \
        "chat/healthcare billing: typed appointment date (not a DOB) and times"


def n_tracking():
    return [C(f"tracking number {digits(10)} says delivered at {R.randint(1, 12)}:{ch(['02', '17', '44'])}pm but nothing came, order {digits(8)}")], \
        "chat/retail: 10-digit tracking number and order number with reference words"


def n_ref_letters():
    code = ch(["CR", "HX", "TK", "RF"])
    return [A("have you got a reference from the letter"),
            C(f"yeah it's {code.lower()[0]} {code.lower()[1]} {say_single(digits(6), pick_zero())} at the top and it's dated the {ordinal(R.randint(1, 28))} of {ch(MONTHS)}")], \
        "call/government services: letter reference with two-letter prefix and a letter date"


def n_big_amounts_chat():
    return [C(f"Quote was £{R.randint(1, 9)},{digits(3)}.00 but invoice says £{R.randint(1, 9)},{digits(3)}.50 - a difference of {R.randint(5, 30)}%. Deposit of ${R.randint(100, 999)} paid {R.randint(1, 12)}/{R.randint(1, 28)}.")], \
        "chat/retail: large amounts with thousand separators, percentage, payment date"


def n_balance_chat():
    return [A(f"Your balance is £{R.randint(100, 4999)}.{digits(2)} and the minimum payment of £{R.randint(25, 150)}.00 is due on {R.randint(1, 28)} {ch(MONTHS).title()}."),
            C(f"Ok I'll pay {R.randint(100, 500)} on Friday")], "chat/banking: statement balance, minimum payment, due date"


def n_since_year_call():
    return [C(f"i've had the account since {say_year(R.randint(2001, 2019))} and the overdraft went up by {say_num(R.randint(2, 9))} hundred in {ch(MONTHS)}")], \
        "call/banking: year since, amount said as hundreds, month"


def n_phone_hours():
    return [A(f"our lines are open {say_num(R.randint(7, 9))} till {say_num(R.randint(6, 8))} monday to friday and {say_num(R.randint(8, 10))} till {say_num(R.randint(1, 4))} on saturdays"),
            C(f"okay i'll call back around {say_num(R.randint(1, 5))} fifteen")], "call/telecom: opening hours and times"


NEG_PLAN = [
    (n_amount_call, 5), (n_amount_chat, 4), (n_order_ref, 4), (n_order_ref_spoken, 7), (n_invoice_chat, 3),
    (n_flight, 4), (n_flight_chat, 3), (n_time_duration, 4), (n_meter, 4), (n_meter_chat, 3), (n_appointment, 4),
    (n_payment_date, 4), (n_contract_start, 3), (n_room, 3), (n_model, 3), (n_speed_call, 3), (n_age_temp, 3),
    (n_balance, 3), (n_year, 3), (n_quantities_chat, 3), (n_ticket_chat, 3), (n_claim_spoken_pairs, 4),
    (n_last_payment_amount, 3), (n_percent_rate, 3), (n_hold_time, 3), (n_parcel_chat, 3), (n_policy_ref_spoken, 3),
    (n_counts_call, 3), (n_euro_chat, 3), (n_dates_not_dob, 3), (n_temp_heating, 2), (n_mixed_long_chat, 3),
    (n_year_range, 3), (n_appt_chat, 4), (n_tracking, 3), (n_ref_letters, 3), (n_big_amounts_chat, 3),
    (n_balance_chat, 3), (n_since_year_call, 3), (n_phone_hours, 3),
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def generate():
    R.seed(SEED)
    recs, allmeta = [], []
    pi = ni = 0
    for fn, k in POS_PLAN:
        for _ in range(k):
            pi += 1
            turns, note = fn()
            rec, metas = build("positive", turns, note, f"h72-pos-{pi:03d}")
            recs.append(rec)
            allmeta.append(metas)
    for fn, k in NEG_PLAN:
        for _ in range(k):
            ni += 1
            turns, note = fn()
            rec, metas = build("negative", turns, note, f"h72-neg-{ni:03d}")
            assert not rec["spans"]
            recs.append(rec)
            allmeta.append(metas)
    return recs, allmeta


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------------------
# normalisation of spoken forms (for --check)
# ---------------------------------------------------------------------------
W_UNITS = {w: str(i) for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
LETTER_WORDS = {}
for _k, _v in NATO.items():
    LETTER_WORDS[_v.replace("-", "")] = _k
    LETTER_WORDS[_v.replace("-", " ")] = _k
for _k, _v in INFORMAL.items():
    LETTER_WORDS[_v.replace("-", "")] = _k
for _k, _v in LETTER_HOMO.items():
    if " " not in _v and len(_v) > 1:
        LETTER_WORDS[_v] = _k
FILLER = {"um", "uh", "er", "erm", "and", "then", "slash", "dash", "hyphen", "space", "the", "of"}


def tokenize(s):
    s = s.lower().replace("x-ray", "xray")
    return re.findall(r"[a-z0-9]+", s)


def alternatives(text, letters_ok=True):
    """Set of candidate upper-case alphanumeric strings for a spoken/typed value."""
    toks = tokenize(text)
    memo = {}

    def num_at(i):
        """Parse a number word (units/teens/tens[+unit]) at i -> (string, next) or None."""
        t = toks[i]
        if t in W_TEENS:
            return W_TEENS[t], i + 1
        if t in W_TENS:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                return W_TENS[t] + W_UNITS[toks[i + 1]], i + 2
            return W_TENS[t] + "0", i + 1
        if t in UNITS:
            return W_UNITS[t], i + 1
        return None

    def rec(i):
        if i >= len(toks):
            return {""}
        if i in memo:
            return memo[i]
        t = toks[i]
        res = set()

        def add(prefs, j):
            for p in prefs:
                for rest in rec(j):
                    res.add(p + rest)
                    if len(res) > 20000:
                        return

        # letter + for/as in + word  (b for bravo)
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == t:
            add({t.upper()}, i + 3)
        elif len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3][0] == t:
            add({t.upper()}, i + 4)
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if i + 1 < len(toks) and toks[i + 1] == "you":
                add({"W"}, i + 2)
            elif i + 1 < len(toks) and toks[i + 1] in W_UNITS:
                add({W_UNITS[toks[i + 1]] * k}, i + 2)
            elif i + 1 < len(toks) and len(toks[i + 1]) == 1:
                add({toks[i + 1].upper() * k}, i + 2)
        elif t == "plus":
            add({""}, i + 1)
        elif t == "two" and i + 1 < len(toks) and toks[i + 1] == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and num_at(j):
                s, j2 = num_at(j)
                add({"2" + s.zfill(3)}, j2)
            else:
                add({"2000"}, j)
        elif num_at(i) and t not in ("o", "oh", "nought", "nil", "zero", "for", "to", "too", "ate", "won"):
            s, j = num_at(i)
            if j < len(toks) and toks[j] == "hundred":
                j += 1
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and num_at(j) and toks[j] not in ("oh", "o", "nought", "zero"):
                    r, j2 = num_at(j)
                    add({s + r.zfill(2)}, j2)
                else:
                    add({s + "00"}, j)
            else:
                add({s}, j)
        elif t in W_UNITS:
            opts = {W_UNITS[t]}
            if t in ("o", "oh") and letters_ok:
                opts.add("O")
            add(opts, i + 1)
        elif t in FILLER:
            add({"", t.upper()} if letters_ok and len(t) <= 2 else {""}, i + 1)
        elif t in LETTER_WORDS and letters_ok:
            add({LETTER_WORDS[t]}, i + 1)
        elif t.isdigit() or (any(c.isdigit() for c in t)) or len(t) <= 4:
            add({t.upper()}, i + 1)
        else:
            res.add("\x00UNPARSED:" + t)
        memo[i] = res
        return res

    return rec(0)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def seg_alternatives(text, letters_ok=True):
    """Alternatives for a value given as several segments joined by ' | '."""
    out = {""}
    for seg in text.split(" | "):
        alts = alternatives(seg, letters_ok)
        out = {a + b for a in out for b in alts}
        if len(out) > 50000:
            break
    return out


def card_shape_ok(c):
    """Length must agree with the brand prefix (catches lost '00' that Luhn cannot see)."""
    if len(c) == 13:
        return c[0] == "4"
    if len(c) == 15:
        return c[:2] in ("34", "37")
    if len(c) == 16:
        return c[0] in "45" or c[:4] == "6011" or 2221 <= int(c[:4]) <= 2720
    if len(c) == 19:
        return c[:4] in ("6759", "5018", "6304")
    return False


def validate(typ, text, meta):
    low = text.lower()
    if typ == "EMAIL":
        if "@" in text:
            return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", text) is not None
        toks = text.lower().split()
        out = []
        for t in toks:
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, W_UNITS.get(t, t) if t in UNITS else t))
        e = "".join(out)
        return re.fullmatch(r"[a-z0-9._-]*@?[a-z0-9-]+(\.[a-z0-9-]+)+|[a-z0-9._-]+", e) is not None and (e.count("@") <= 1)
    if typ == "DOB":
        if re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2}", text):
            return True
        has_month = any(m in low.split() or m.title() in text for m in MONTHS + MON3) or \
            any(m in low.replace(",", "").split() for m in MON3)
        stripped = re.sub(r"\b(twenty |thirty )?(" + "|".join(ORD[1:]) + r"|thirtieth)\b", " ", low)
        stripped = re.sub(r"\b(" + "|".join(MONTHS + MON3) + r")\b", " ", stripped)
        cands = alternatives(stripped, letters_ok=False)
        has_year = re.search(r"(19|20)\d\d", text) is not None or any(re.search(r"(19[4-9]\d|200\d)", c) for c in cands)
        return (has_month or any(re.fullmatch(r"\d{4}(19|20)\d\d", c) for c in cands)) and has_year
    if typ == "ADDRESS":
        suffixes = ("grove", "lane", "road", "street", "avenue", "drive", "close", "view", "crescent", "way", "court",
                    "walk", "terrace", "gardens", "parade", "boulevard", "place")
        return any(s in low for s in suffixes) and (re.search(r"\d", text) is not None or low.split()[0] in W_UNITS or
                                                     low.split()[0] in W_TENS or low.split()[0] in W_TEENS)
    if typ == "EXPIRY":
        if re.fullmatch(r"(0?[1-9]|1[0-2])\s*[/\-. ]?\s*(\d{2}|20\d{2})", text):
            return True
        words = low.split()
        if any(w in MONTHS or w in MON3 for w in words):
            return True
        cands = alternatives(text, letters_ok=False)
        return any(re.fullmatch(r"(0[1-9]|1[0-2])(2\d|3\d|20[23]\d)|[1-9](2\d|3\d)", c) for c in cands)
    cands = seg_alternatives(text, letters_ok=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
    if meta.get("partial_of"):
        full = meta["partial_of"]
        return any(c.isdigit() and c in full for c in cands)
    if typ == "CARD_NUMBER":
        if meta.get("any"):
            return any(c.isdigit() and 3 <= len(c) <= 19 for c in cands)
        return any(c.isdigit() and luhn_ok(c) and card_shape_ok(c) for c in cands)
    if typ == "SSN":
        if meta.get("any"):
            return any(c.isdigit() and 3 <= len(c) <= 9 for c in cands)
        return any(re.fullmatch(r"(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}", c) for c in cands)
    if typ == "NI_NUMBER":
        return any(NI_RE.fullmatch(c) and c[:2] not in NI_BAD for c in cands)
    if typ == "CVV":
        return any(re.fullmatch(r"\d{3,4}", c) for c in cands)
    if typ == "SORT_CODE":
        return any(re.fullmatch(r"\d{6}", c) for c in cands)
    if typ == "BANK_ACCOUNT":
        return any(re.fullmatch(r"\d{6,12}", c) for c in cands)
    if typ == "IBAN":
        return any(iban_ok(c) for c in cands)
    if typ == "PHONE":
        return any(re.fullmatch(r"\d{10,15}", c) for c in cands)
    if typ == "POSTCODE":
        return any(UK_PC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c) for c in cands)
    return False


def check(recs, allmeta, file_text):
    problems = []
    fresh = serialise(recs)
    if fresh != file_text:
        problems.append("fixture differs from regenerated output (run without --check)")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    kinds = Counter(r["kind"] for r in recs)
    for r, metas in zip(recs, allmeta):
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{r['id']}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{r['id']}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(f"{r['id']}: bad speaker")
        groups = {}
        by_turn = {}
        for sp, (g, meta) in zip(r["spans"], metas):
            if sp["type"] not in TYPES:
                problems.append(f"{r['id']}: bad type {sp['type']}")
            text = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append(f"{r['id']}: offsets out of range")
                continue
            seg = text[s:e]
            if seg != seg.strip() or not seg:
                problems.append(f"{r['id']}: span has outer whitespace {seg!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append(f"{r['id']}: span not on word boundary {seg!r}")
            if not seg[0].isalnum() and seg[0] != "+" and seg[0] != "(" or not seg[-1].isalnum():
                problems.append(f"{r['id']}: span edge not alnum {seg!r}")
            by_turn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
            key = (sp["type"], g, meta.get("partial_of"), meta.get("any"))
            groups.setdefault(key, []).append(seg)
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    problems.append(f"{r['id']}: overlapping spans")
        for (typ, g, partial, anyf), segs in groups.items():
            meta = {"partial_of": partial, "any": anyf}
            if partial or anyf:
                for sgt in segs:
                    if not validate(typ, sgt, meta):
                        problems.append(f"{r['id']}: {typ} fragment fails validation: {sgt!r}")
                continue
            joined = (" " if typ in ("EMAIL", "DOB", "ADDRESS", "EXPIRY") else " | ").join(segs)
            if not validate(typ, joined, meta):
                problems.append(f"{r['id']}: {typ} fails validation: {joined!r} -> {sorted(seg_alternatives(joined))[:3]}")
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, m in mins.items():
        if counts[t] < m:
            problems.append(f"type {t} has {counts[t]} spans < {m}")
    if kinds["positive"] < 170:
        problems.append(f"only {kinds['positive']} positives")
    if kinds["negative"] < 100:
        problems.append(f"only {kinds['negative']} negatives")
    return problems, counts, kinds


def readme(counts, kinds):
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout72 -- held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its values or phrasings to patterns,
word lists, unit tests or prompts.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
read the redaction code, its tests, its documentation, its benchmark or any
other PII fixture; the only existing data consulted was a three-line example of
the JSONL format. The redactor and benchmarks were not run while writing it.

Everything is produced by `scripts/make_pii_holdout72.py` from template
functions; each turn is assembled from plain-text segments and labelled
`(value, TYPE)` segments, so offsets are computed, never typed by hand. All
values come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout72.py --check` regenerates the
file, compares it byte for byte, checks ids, offsets, word boundaries and
overlaps, and validates every labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, postcode shapes).

All values are synthetic (random, checksum-valid where applicable); none refer
to real people.

## Contents

- {kinds['positive']} positive cases, {kinds['negative']} negative cases.
- Chat (typed: separators, case, odd spacing, pasted values) and phone calls as
  an ASR would write them (lower case, numbers as words, "oh"/"o"/"nought"/
  "zero", "double"/"triple", pairs such as "forty one eleven", hundreds such as
  "fifty four hundred", letters as "b for bravo" / "j as in john" / homophones
  such as "jay", "are", "why", "see", ASR digit homophones "for", "to", "ate",
  "won"), values split over several customer turns with agent back-channels,
  self-corrections, agent read-backs, fillers inside values, two values in one
  turn and values next to unlabelled non-PII numbers.
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; US, UK, Ireland and EU formats.
- Emphasis on CARD_NUMBER, NI_NUMBER and SSN.

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only: from the first to the last character of the
  value, including separators, spoken number words, "double"/"triple", letter
  spellings ("b for bravo" is inside an NI/postcode/IBAN span), and fillers
  ("um", "er") that occur *between* parts of the value. Lead-ins such as "it's",
  "my card is", "sort code is" and trailing words are outside.
- A value split over several turns is labelled as one span per turn, all with
  the same type; each piece counts on its own.
- Self-corrections: both the abandoned/wrong reading and the corrected reading
  are labelled (they are the caller's real digits), as is a fragment a caller
  abandons before restarting. Agent read-backs are labelled too, including an
  agent echoing each group back as it is given.
- Partial references such as "the last four" are not used as labelled values.
- ADDRESS = house/flat number plus street name (as said or typed), including a
  leading "Flat N," or a trailing "Apt 4B" / "Unit 12"; the town/city/state is
  not labelled; postcodes/ZIP codes are separate POSTCODE spans.
- EMAIL spoken as "j dot smith at gmail dot com" is one span from the first
  letter to the last word of the domain.
- DOB and EXPIRY spans include the whole date phrase ("the third of march
  nineteen eighty four", "oh eight twenty seven").
- CVV and EXPIRY are only labelled where context makes them card data.
- Negatives contain no PII at all: money, prices, balances, times, durations,
  counts, percentages, years, appointment/payment/contract dates, order /
  ticket / claim / invoice / policy / booking references (said with their
  reference word, at most 10 digits), flight and room numbers, model numbers,
  meter readings, speeds, ages, temperatures.
- Positive cases may also contain such non-PII numbers, unlabelled.

## Scoring reminder

A labelled span is found when every letter/digit inside it is covered by some
redaction; a negative case fails if anything in it is redacted.
"""


def main():
    recs, allmeta = generate()
    if "--check" in sys.argv[1:]:
        file_text = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, counts, kinds = check(recs, allmeta, file_text)
        print(f"cases: {len(recs)}  positives: {kinds['positive']}  negatives: {kinds['negative']}")
        for t in TYPES:
            print(f"  {t:13s} {counts[t]}")
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, kinds):
            problems.append("README.md differs from regenerated output")
        for p in problems:
            print("PROBLEM:", p)
        print("check:", "FAIL" if problems else "OK")
        return 1 if problems else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(recs), encoding="utf-8")
    _, counts, kinds = check(recs, allmeta, serialise(recs))
    README.write_text(readme(counts, kinds), encoding="utf-8")
    print(f"wrote {len(recs)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
