"""Generate the held-out PII evaluation set h193 (ASR-style calls + chat).

Written by an independent AI helper that did not see the redaction code.
Usage: python scripts/make_pii_holdout193.py [--check]
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 193241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout193"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "h": "hotel",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu", "g": "golf", "f": "foxtrot", "q": "queen", "u": "uniform", "v": "victor"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
FILLERS = {"um", "uh", "er", "erm", "ah", "like", "sorry", "so", "and", "then", "its", "it's",
           "is", "the", "okay", "yeah", "right"}


# ---------------------------------------------------------------- value makers
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


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


def make_card():
    prefix, length = R.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15),
                               ("6011", 16), ("4", 13), ("35", 16), ("4", 19)])
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    kind = R.choice(["GB", "IE", "DE", "FR", "NL"])
    if kind in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "HBUK", "LOYD"]) + digits(14)
    elif kind == "DE":
        bban = digits(18)
    elif kind == "FR":
        bban = digits(23)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    return kind + iban_check(kind, bban) + bban


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digits(6) + R.choice("ABCD")


def make_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "N", "E", "BT",
                     "KT", "RG", "OX", "CB", "DE", "NG", "PL"])
    district = str(R.randint(1, 19))
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def make_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk"])
    if kind == "uk_mob":
        return "07" + digits(9)
    if kind == "uk_land":
        return "0" + R.choice(["161", "113", "117", "131", "141", "121"]) + digits(7)
    if kind == "us":
        return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if kind == "ie":
        return "08" + R.choice("35679") + digits(7)
    return "+447" + digits(9)


# ---------------------------------------------------------------- renderers
def zero_word(alnum=False):
    if alnum:
        return R.choice(["zero", "nought", "zero"])
    return R.choice(["oh", "o", "zero", "nought", "oh", "oh"])


def dword(d, alnum=False):
    return zero_word(alnum) if d == "0" else DW[int(d)]


def spoken_digits(s, alnum=False, allow_repeat=True, allow_pairs=False):
    """Digits read one by one, with double/triple and occasional pairs."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if allow_repeat and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append("triple " + dword(d, alnum))
            i += 3
            continue
        if allow_repeat and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + dword(d, alnum))
            i += 2
            continue
        if allow_pairs and i + 1 < len(s) and d != "0" and s[i + 1] != "0" and R.random() < 0.35:
            out.append(pair_words(s[i:i + 2]))
            i += 2
            continue
        out.append(dword(d, alnum))
        i += 1
    return " ".join(out)


def pair_words(p):
    n = int(p)
    if p[0] == "0":
        return zero_word() + " " + DW[int(p[1])]
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + DW[n % 10]


def asr_groups(s, sizes, numeral_p=0.4):
    """Whisper-like: each group either numerals (ITN fired) or words."""
    parts = []
    i = 0
    for sz in sizes:
        g = s[i:i + sz]
        i += sz
        if R.random() < numeral_p:
            parts.append(g)
        else:
            parts.append(spoken_digits(g, allow_pairs=R.random() < 0.4))
    if i < len(s):
        parts.append(spoken_digits(s[i:]))
    sep = R.choice([" ", " ", ", ", ". ", " "])
    return sep.join(parts)


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def typed_card(c):
    sep = R.choice([" ", "-", "", " ", "."])
    parts, i = [], 0
    for sz in card_sizes(c):
        parts.append(c[i:i + sz])
        i += sz
    return sep.join(parts)


def spoken_letter(ch, nato_p=0.3):
    ch = ch.lower()
    if R.random() < nato_p and ch in NATO:
        return ch + " for " + NATO[ch]
    return ch


def spoken_alnum(s, nato_p=0.25):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(dword(ch, alnum=True))
        else:
            out.append(spoken_letter(ch, nato_p))
    return " ".join(out)


def render_ni(ni, mode):
    if mode == "chat":
        return R.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                         ni.lower(), ni[:2] + ni[2:8] + " " + ni[8]])
    r = R.random()
    if r < 0.3:   # whisper ITN: "QQ 12 34 56 C"
        return ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
    if r < 0.5:
        return ni[0].upper() + ni[1].upper() + " " + spoken_alnum(ni[2:8]) + " " + ni[8]
    return spoken_alnum(ni)


def render_ssn(s, mode):
    if mode == "chat":
        return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])
    r = R.random()
    if r < 0.25:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if r < 0.5:
        return spoken_digits(s[:3]) + " " + s[3:5] + " " + spoken_digits(s[5:], allow_pairs=True)
    return spoken_digits(s, allow_pairs=R.random() < 0.5)


def render_phone(p, mode):
    if mode == "chat":
        if p.startswith("+"):
            return R.choice([p, p[:3] + " " + p[3:7] + " " + p[7:], "+44 (0)" + p[3:7] + " " + p[7:]])
        if len(p) == 10 and not p.startswith("0"):
            return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                             "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
        return R.choice([p, p[:5] + " " + p[5:], p[:3] + " " + p[3:6] + " " + p[6:]])
    if p.startswith("+"):
        return "plus four four " + asr_groups(p[3:], [4, 3, 3], 0.3)
    if len(p) == 10 and not p.startswith("0"):
        return asr_groups(p, [3, 3, 4], 0.35)
    return asr_groups(p, [5, 3, 3] if len(p) == 11 else [3, 3, 4], 0.3)


def render_postcode(pc, mode):
    out, inw = pc
    if mode == "chat":
        return R.choice([out + " " + inw, (out + inw), (out + " " + inw).lower()])
    r = R.random()
    if r < 0.35:
        return out + " " + inw           # ITN output
    return spoken_alnum(out + inw, nato_p=0.3)


def render_zip(z, mode):
    if mode == "chat" or R.random() < 0.4:
        return z
    return spoken_digits(z, allow_pairs=True)


def render_dob(mode):
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if mode == "chat":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                         "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                         "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
    yw = pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]) if y < 2000 else "two thousand and " + DW[y % 10]
    r = R.random()
    if r < 0.3:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yw)
    if r < 0.5:
        return "%s %s %d" % (MONTHS[m - 1].title(), suffix(d), y)
    if r < 0.7:
        return "%s %s %s" % (spoken_digits("%02d" % d), spoken_digits("%02d" % m), yw)
    return "%s %s %s" % (ORD[d], MONTHS[m - 1], yw)


def suffix(d):
    if d in (1, 21):
        return "%dst" % d
    if d in (2, 22):
        return "%dnd" % d
    if d in (3, 23):
        return "%drd" % d
    return "%dth" % d


def render_expiry(mode):
    m = R.randint(1, 12)
    y = R.randint(26, 32)
    if mode == "chat":
        return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y)])
    r = R.random()
    if r < 0.3:
        return "%02d/%02d" % (m, y)
    if r < 0.6:
        return "%s %s" % (spoken_digits("%02d" % m), pair_words(str(y)))
    return "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)))


def render_cvv(c, mode):
    if mode == "chat" or R.random() < 0.3:
        return c
    return spoken_digits(c, allow_pairs=False)


def render_sort(s, mode):
    if mode == "chat":
        return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])
    r = R.random()
    if r < 0.3:
        return s[:2] + "-" + s[2:4] + "-" + s[4:]
    if r < 0.6:
        return " ".join(pair_words(s[i:i + 2]) for i in (0, 2, 4))
    return spoken_digits(s)


def render_acct(a, mode):
    if mode == "chat":
        return a
    return asr_groups(a, [4, 4] if len(a) == 8 else [3, 3, 4], 0.3)


def render_iban(ib, mode):
    if mode == "chat":
        return R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))])
    return ib[:2] + " " + spoken_alnum(ib[2:], nato_p=0.1) if R.random() < 0.5 else spoken_alnum(ib, 0.15)


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "dev", "fatima", "tom", "niamh",
         "carlos", "emma", "kwame", "sophie", "ravi", "hannah", "sean"]
LAST = ["doyle", "patel", "murphy", "kowalski", "smith", "okafor", "byrne", "nguyen", "hughes",
        "garcia", "walsh", "khan", "evans", "obrien"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "com"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("proton", "me")]
STREETS = ["mill lane", "station road", "church street", "high street", "oak avenue", "maple drive",
           "victoria terrace", "park crescent", "elm grove", "queens road", "main street",
           "sunset boulevard", "willow close", "kings way"]


def render_email(mode):
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l])
    if mode == "chat":
        return user + "@" + dom + "." + tld
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"(\d+)", lambda m: " " + spoken_digits(m.group(1)) if R.random() < 0.5 else m.group(1), u)
    if R.random() < 0.3:
        u = " ".join(u.split()[:1]) if False else u
    t = tld.replace(".", " dot ")
    at = R.choice([" at ", " at ", " @ "])
    return (u.strip() + at + dom + " dot " + t).replace("  ", " ")


def render_address(mode):
    n = R.randint(2, 240)
    st = R.choice(STREETS)
    if mode == "chat":
        return "%d %s" % (n, st.title())
    if R.random() < 0.4:
        return "%d %s" % (n, st.title() if R.random() < 0.5 else st)
    if n < 100:
        nw = pair_words("%02d" % n) if n >= 10 else DW[n]
    else:
        nw = DW[n // 100] + " " + (pair_words("%02d" % (n % 100)) if n % 100 else "hundred")
    return nw + " " + st


# ---------------------------------------------------------------- case assembly
def build(turns, note, kind):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}


A, C = "agent", "customer"
CALL_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def ack():
    return R.choice(["mhm", "okay", "yep go on", "okay go on", "uh huh", "right", "got it", "yes"])


def split_words(s, n):
    w = s.split()
    if len(w) < n:
        return [s]
    ok = [k for k in range(1, len(w))
          if w[k - 1] not in ("for", "double", "triple") and w[k] != "for"
          and not (w[k - 1] in TENS and w[k] in DW)]
    if len(ok) < n - 1:
        return [s]
    cuts = sorted(R.sample(ok, n - 1))
    parts, prev = [], 0
    for c in cuts + [len(w)]:
        parts.append(" ".join(w[prev:c]))
        prev = c
    return parts


# positive templates -------------------------------------------------------
def p_card_call(ind):
    c = make_card()
    v = asr_groups(c, card_sizes(c), R.choice([0.0, 0.3, 0.5, 0.7]))
    e = render_expiry("call")
    return build([(A, ["Okay, and can I take the long number across the front of the card?"]),
                  (C, [R.choice(["yeah it's ", "Yeah. It's ", "um ", "so that's "]), (v, "CARD_NUMBER")]),
                  (A, ["thank you and the expiry date"]),
                  (C, [R.choice(["it's ", "expires ", ""]), (e, "EXPIRY")])],
                 "call/%s: card number with whisper ITN mixing numerals and words, then expiry" % ind,
                 "positive")


def p_card_split(ind):
    c = make_card()
    sizes = card_sizes(c)
    turns = [(A, ["go ahead with the card number whenever you're ready"])]
    i = 0
    for k, sz in enumerate(sizes):
        g = c[i:i + sz]
        i += sz
        v = g if R.random() < 0.35 else spoken_digits(g, allow_pairs=R.random() < 0.3)
        pre = R.choice(["", "", "um ", "okay ", "then "])
        turns.append((C, [pre, (v, "CARD_NUMBER")]))
        if k < len(sizes) - 1:
            turns.append((A, [ack()]))
    cvv = digits(4 if c.startswith("37") else 3)
    turns.append((A, ["lovely and the security code please"]))
    turns.append((C, [R.choice(["", "that's ", "uh "]), (render_cvv(cvv, "call"), "CVV")]))
    return build(turns, "call/%s: card split across customer turns with back-channels, then CVV" % ind,
                 "positive")


def p_card_correction(ind):
    c = make_card()
    s1 = card_sizes(c)
    wrong = str((int(c[4]) + 3) % 10)
    g1 = spoken_digits(c[:4])
    rest = asr_groups(c[4:], s1[1:], 0.3)
    return build([(A, ["and the card number please"]),
                  (C, [(g1, "CARD_NUMBER"), " " + dword(wrong) + " no sorry scratch that ",
                       (rest, "CARD_NUMBER")]),
                  (A, ["thank you, and I'll just need the CVV, the three digit code on the back"]),
                  (C, ["oh hang on it's ", (render_cvv(digits(3), "call"), "CVV"), " I think. yeah"])],
                 "call/%s: card with self-correction mid-reading (the wrong digit is not labelled)" % ind,
                 "positive")


def p_card_chat(ind):
    c = make_card()
    e = render_expiry("chat")
    cvv = digits(3 if not c.startswith("37") else 4)
    return build([(C, [R.choice(["hi can u take payment for the £", "Hello, I want to pay the $"]),
                       str(R.randint(20, 400)) + ".%02d" % R.randint(0, 99) + " bill? card ",
                       (typed_card(c), "CARD_NUMBER"), R.choice([" exp ", ", expires ", " ex "]),
                       (e, "EXPIRY"), R.choice([" cvv ", " sec code ", ", cvc: "]), (cvv, "CVV")])],
                 "chat/%s: card, expiry, cvv in one typed message next to an amount" % ind, "positive")


def p_card_readback(ind):
    c = make_card()
    v1 = asr_groups(c, card_sizes(c), 0.5)
    v2 = asr_groups(c, card_sizes(c), 0.2)
    return build([(C, ["The card is ", (v1, "CARD_NUMBER"), "."]),
                  (A, ["Let me read that back to you. ", (v2, "CARD_NUMBER"), ". Is that right?"]),
                  (C, ["yes that's it"])],
                 "call/%s: agent reads the card back in a different ASR rendering" % ind, "positive")


def p_ni_call(ind):
    ni = make_ni()
    v = render_ni(ni, "call")
    parts = split_words(v, R.choice([1, 1, 2, 3]))
    turns = [(A, ["can you confirm your national insurance number for me please"])]
    for k, p in enumerate(parts):
        turns.append((C, [R.choice(["", "yeah it's ", "um "]) if k == 0 else "", (p, "NI_NUMBER")]))
        if k < len(parts) - 1:
            turns.append((A, [ack()]))
    turns.append((A, ["thank you that's matched"]))
    return build(turns, "call/%s: UK NI number, spoken letters (NATO), ITN pairs, maybe split" % ind,
                 "positive")


def p_ni_chat(ind):
    ni = make_ni()
    return build([(A, ["Could you type your National Insurance number please?"]),
                  (C, [R.choice(["sure its ", "NI no: ", "", "it's "]), (render_ni(ni, "chat"), "NI_NUMBER"),
                       R.choice(["", " thanks", " - I've been waiting 3 weeks for this"])])],
                 "chat/%s: typed NI number in varied case/spacing" % ind, "positive")


def p_ni_dob(ind):
    ni = make_ni()
    return build([(A, ["for security can I have your date of birth and NI number"]),
                  (C, ["date of birth is ", (render_dob("call"), "DOB"), " and the NI is ",
                       (render_ni(ni, "call"), "NI_NUMBER")])],
                 "call/%s: DOB and NI number in one turn" % ind, "positive")


def p_ssn_call(ind):
    s = make_ssn()
    v = render_ssn(s, "call")
    parts = split_words(v, R.choice([1, 1, 2, 3])) if " " in v else [v]
    turns = [(A, ["and to verify I need your social security number"])]
    for k, p in enumerate(parts):
        turns.append((C, [R.choice(["sure ", "it's ", "uh ", ""]) if k == 0 else "", (p, "SSN")]))
        if k < len(parts) - 1:
            turns.append((A, [ack()]))
    turns.append((A, ["great thanks, I'm seeing a balance of $" + str(R.randint(10, 900)) + " on the account"]))
    return build(turns, "call/%s: US SSN spoken, ITN hyphenation or words, split over turns" % ind,
                 "positive")


def p_ssn_chat(ind):
    s = make_ssn()
    return build([(C, [R.choice(["my ssn is ", "SSN ", "Social: ", "ss# "]), (render_ssn(s, "chat"), "SSN"),
                       R.choice([" and my zip is ", ", zip "]), (str(R.randint(10000, 99950)), "POSTCODE")])],
                 "chat/%s: SSN and ZIP typed together" % ind, "positive")


def p_ssn_last4(ind):
    s = make_ssn()
    v = render_ssn(s, "call")
    rb = spoken_digits(s)
    return build([(C, ["my social is ", (v, "SSN")]),
                  (A, ["okay I have ", (rb, "SSN"), " and you've been with us since twenty nineteen"]),
                  (C, ["that's correct"])],
                 "call/%s: SSN said then read back by agent, year nearby not labelled" % ind, "positive")


def p_bank(ind):
    acct = digits(8)
    sc = digits(6)
    return build([(A, ["what's the sort code and account number for the direct debit"]),
                  (C, ["sort code ", (render_sort(sc, "call"), "SORT_CODE")]),
                  (A, [ack()]),
                  (C, ["and the account number is ", (render_acct(acct, "call"), "BANK_ACCOUNT")]),
                  (A, ["thanks the first payment of £" + str(R.randint(20, 90)) + " will go out on the 1st"])],
                 "call/%s: sort code and account number, pairs and ITN" % ind, "positive")


def p_bank_chat(ind):
    acct = digits(R.choice([8, 10, 12]))
    sc = digits(6)
    return build([(C, ["acc ", (acct, "BANK_ACCOUNT"), R.choice([" sort ", " s/c ", ", sortcode "]),
                       (render_sort(sc, "chat"), "SORT_CODE"), " pls refund there"])],
                 "chat/%s: terse typed account and sort code" % ind, "positive")


def p_iban(ind):
    ib = make_iban()
    mode = R.choice(["call", "chat"])
    return build([(A, ["for the international transfer I need the IBAN"]),
                  (C, [R.choice(["it's ", "ok ", "the iban is "]), (render_iban(ib, mode), "IBAN")])],
                 "%s/%s: IBAN (EU/UK/IE) mod-97 valid" % (mode, ind), "positive")


def p_phone(ind):
    p = make_phone()
    mode = R.choice(["call", "call", "chat"])
    v = render_phone(p, mode)
    return build([(A, ["what's the best number to reach you on"]),
                  (C, [R.choice(["it's ", "you can get me on ", "um ", ""]), (v, "PHONE"),
                       R.choice(["", " after 5pm", " anytime before 6"])])],
                 "%s/%s: phone number (UK/US/IE/+44), mixed ITN" % (mode, ind), "positive")


def p_phone_split(ind):
    p = make_phone(R.choice(["uk_mob", "ie", "us"]))
    v = render_phone(p, "call")
    parts = split_words(v, 2) if len(v.split()) >= 2 else [v]
    turns = [(A, ["and a contact number"])]
    for k, q in enumerate(parts):
        turns.append((C, [(q, "PHONE")]))
        if k < len(parts) - 1:
            turns.append((A, [ack()]))
    turns.append((A, ["and I'll call you back in about 20 minutes"]))
    return build(turns, "call/%s: phone split over two customer turns" % ind, "positive")


def p_email(ind):
    mode = R.choice(["call", "call", "chat"])
    e = render_email(mode)
    return build([(A, ["can I get an email address to send the confirmation"]),
                  (C, [R.choice(["yeah it's ", "sure ", "it's "]), (e, "EMAIL"),
                       R.choice(["", " all lower case", " thanks"])])],
                 "%s/%s: e-mail spoken with 'dot'/'at' or typed" % (mode, ind), "positive")


def p_address_uk(ind):
    mode = R.choice(["call", "chat"])
    pc = make_uk_postcode()
    return build([(A, ["and what's the address"]),
                  (C, [(render_address(mode), "ADDRESS"), R.choice([", ", " ", " um "]),
                       R.choice(["leeds ", "manchester ", "bristol ", ""]),
                       (render_postcode(pc, mode), "POSTCODE")])],
                 "%s/%s: UK street address and postcode" % (mode, ind), "positive")


def p_address_us(ind):
    mode = R.choice(["call", "chat"])
    z = "%05d" % R.randint(10001, 99950)
    return build([(A, ["what's the service address"]),
                  (C, [(render_address(mode), "ADDRESS"), R.choice([", Austin Texas ", " denver colorado ",
                                                                    ", Springfield IL "]),
                       (render_zip(z, mode), "POSTCODE")])],
                 "%s/%s: US street address and ZIP" % (mode, ind), "positive")


def p_postcode_split(ind):
    pc = make_uk_postcode()
    return build([(A, ["can I take your postcode"]),
                  (C, [(spoken_alnum(pc[0], 0.5), "POSTCODE")]),
                  (A, [ack()]),
                  (C, [(spoken_alnum(pc[1], 0.5), "POSTCODE")]),
                  (A, ["and the first line of the address"]),
                  (C, [(render_address("call"), "ADDRESS")])],
                 "call/%s: postcode outward/inward over two turns then house and street" % ind, "positive")


def p_dob(ind):
    mode = R.choice(["call", "call", "chat"])
    return build([(A, ["can you confirm your date of birth"]),
                  (C, [R.choice(["yeah it's ", "", "DOB ", "born "]), (render_dob(mode), "DOB")]),
                  (A, ["thank you and your appointment is on the 14th at 2:30"])],
                 "%s/%s: DOB, with an unlabelled appointment date/time after" % (mode, ind), "positive")


def p_expiry_cvv(ind):
    cvv = digits(3)
    return build([(A, ["what's the expiry on the card"]),
                  (C, [(render_expiry("call"), "EXPIRY")]),
                  (A, ["and the security code on the back"]),
                  (C, [R.choice(["", "it's ", "um "]), (render_cvv(cvv, "call"), "CVV")])],
                 "call/%s: expiry then CVV in separate turns" % ind, "positive")


def p_mixed(ind):
    p = make_phone("uk_mob")
    ni = make_ni()
    return build([(C, ["hiya so my number's ", (render_phone(p, "call"), "PHONE"),
                       " and er it's about the £" + str(R.randint(100, 999)) + " overpayment"]),
                  (A, ["okay I can look into that, your NI number please"]),
                  (C, [(render_ni(ni, "call"), "NI_NUMBER")])],
                 "call/%s: phone mixed with an amount, then NI" % ind, "positive")


def p_card_homophone(ind):
    c = make_card()
    words = spoken_digits(c, allow_repeat=False).split()
    swap = {"two": ["to", "too"], "eight": ["ate"], "one": ["won"], "four": ["for", "fore"]}
    idx = [k for k, w in enumerate(words) if w in swap and 0 < k < len(words) - 1]
    for k in R.sample(idx, min(len(idx), R.randint(1, 3))):
        words[k] = R.choice(swap[words[k]])
    v = " ".join(words)
    if R.random() < 0.5:
        v = v[0].upper() + v[1:]
    return build([(A, ["Can I take the card number, please?"]),
                  (C, [R.choice(["Yeah, it's ", "It's ", "Okay. "]), (v, "CARD_NUMBER"), R.choice([".", "", "?"])]),
                  (A, ["Thank you. That's going through for $" + str(R.randint(15, 250)) + " now."])],
                 "call/%s: card with ASR digit homophones (to/too/ate/won/for)" % ind, "positive")


def p_ssn_whisper_punct(ind):
    s = make_ssn()
    words = [dword(d) for d in s]
    v = ", ".join(w.capitalize() if R.random() < 0.4 else w for w in words)
    if R.random() < 0.5:
        v = ", ".join([" ".join(words[:3]).capitalize() + ".", " ".join(words[3:5]).capitalize() + ".",
                       " ".join(words[5:]).capitalize()]).replace("., ", ". ")
    return build([(A, ["Can you verify the social security number on the account?"]),
                  (C, ["Sure. ", (v, "SSN"), ". And the account holder is my husband, he's " + str(R.randint(40, 80)) + "."])],
                 "call/%s: SSN with Whisper-style commas/full stops and odd capitalisation" % ind, "positive")


def p_ni_runon(ind):
    ni = make_ni()
    v = R.choice([ni[:2] + ni[2:8] + ni[8].lower(), ni[:2].title() + ni[2:5] + " " + ni[5:8] + ni[8],
                  ni[:2] + " " + ni[2:8] + ". " + ni[8] + "."])
    v = v.rstrip(".")
    return build([(A, ["and your national insurance number"]),
                  (C, ["Yeah it's ", (v, "NI_NUMBER"), ". I think. Yeah."])],
                 "call/%s: NI number where the recogniser ran digits together/split oddly" % ind, "positive")


POS = [p_card_homophone, p_ssn_whisper_punct, p_ni_runon, p_card_call, p_card_split, p_card_correction, p_card_chat, p_card_readback, p_ni_call, p_ni_chat,
       p_ni_dob, p_ssn_call, p_ssn_chat, p_ssn_last4, p_bank, p_bank_chat, p_iban, p_phone, p_phone_split,
       p_email, p_iban, p_email, p_address_uk, p_address_us, p_postcode_split, p_dob, p_expiry_cvv, p_mixed]


# negative templates -------------------------------------------------------
def n_money(ind):
    a = R.randint(100, 9999)
    return build([(C, ["so the bill says " + R.choice(["$", "£", "€"]) + "%d.%02d" % (a, R.randint(0, 99))
                       + " but last month it was " + pair_words(str(R.randint(20, 99))) + " pounds fifty"]),
                  (A, ["I can see that, there's a credit of " + str(R.randint(5, 80)) + " dollars pending"])],
                 "call/%s: money amounts in numerals and words" % ind, "negative")


def n_order(ind):
    o = digits(R.choice([7, 8, 9, 10]))
    word = R.choice(["order number", "ticket number", "claim number", "invoice number", "reference number"])
    sp = spoken_digits(o) if R.random() < 0.5 else o
    return build([(A, ["have you got the " + word + " there"]),
                  (C, ["yeah the " + word + " is " + sp]),
                  (A, ["thanks that was placed on the 3rd of " + R.choice(MONTHS)])],
                 "call/%s: %s (<=10 digits) with its reference word" % (ind, word), "negative")


def n_time(ind):
    return build([(A, ["the engineer can come between " + R.choice(["8", "eight", "9:30", "ten"]) + " and "
                       + R.choice(["12", "1pm", "two thirty", "3:45"]) + " on " + R.choice(
                           ["Tuesday", "the 21st", "the twenty second of " + R.choice(MONTHS)])]),
                  (C, ["that's fine I'm usually out for about " + str(R.randint(2, 45)) + " minutes around lunch"])],
                 "call/%s: times, dates of appointments, durations" % ind, "negative")


def n_flight(ind):
    return build([(C, ["I'm on flight " + R.choice(["BA", "EI", "FR", "UA", "AA"]) + str(R.randint(100, 9999))
                       + " on the " + R.choice(["4th", "fourth", "12th", "twelfth"]) + " and I'm in room "
                       + str(R.randint(100, 999)) + " at the hotel"]),
                  (A, ["okay the fare difference is " + str(R.randint(30, 400)) + " euro"])],
                 "call/travel: flight number, room number, fare" , "negative")


def n_meter(ind):
    r = digits(R.choice([5, 6]))
    return build([(A, ["can I take a meter reading"]),
                  (C, ["yeah it's " + (spoken_digits(r) if R.random() < 0.5 else r)]),
                  (A, ["thanks, that's about " + str(R.randint(200, 900)) + " kilowatt hours since march"])],
                 "call/utilities: meter reading and usage, with 'reading' context", "negative")


def n_model(ind):
    return build([(C, ["the router is a " + R.choice(["TP-Link AX", "Netgear R", "Sky Q ", "Hub "])
                       + str(R.randint(1000, 9999)) + " and I'm getting " + str(R.randint(2, 90))
                       + " megs instead of " + R.choice(["500", "nine hundred", "sixty seven"])]),
                  (A, ["okay that's about " + str(R.randint(5, 60)) + " percent of the speed"])],
                 "chat/telecom: model numbers, speeds, percentages", "negative")


def n_years(ind):
    y = R.randint(1985, 2025)
    yw = pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]) if y < 2000 else "twenty " + pair_words(str(y)[2:])
    return build([(C, ["I've been a customer since " + yw + " and the contract started on the "
                       + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS)]),
                  (A, ["yes and it renews in " + str(R.randint(2, 24)) + " months, the policy is " +
                       str(R.randint(2, 15)) + " years old"])],
                 "call/%s: years, contract dates (not birth dates), durations" % ind, "negative")


def n_age(ind):
    return build([(C, ["my son is " + pair_words(str(R.randint(11, 17))) + " and my mother is " +
                       str(R.randint(60, 95)) + ", the temperature in the house was " + str(R.randint(12, 19))
                       + " degrees"]),
                  (A, ["I understand, we'll add the priority flag for the next " + str(R.randint(2, 12)) + " weeks"])],
                 "call/utilities: ages, temperatures, durations", "negative")


def n_balance(ind):
    return build([(A, ["your current balance is " + R.choice(["$", "£"]) + "{:,}".format(R.randint(1000, 99999))
                       + ".%02d" % R.randint(0, 99) + " and the minimum payment is " + str(R.randint(25, 150))]),
                  (C, ["and the interest rate is still " + str(R.randint(5, 29)) + ".9 percent?"])],
                 "call/banking: balances, minimum payment, APR", "negative")


def n_quantity(ind):
    return build([(C, ["i ordered " + R.choice(["three", "4", "twelve", "two"]) + " of the " +
                       str(R.randint(2, 60)) + " inch ones and only " + R.choice(["one", "2"]) +
                       " arrived, item code " + digits(6)]),
                  (A, ["sorry about that, I'll refund the " + str(R.randint(40, 300)) + " pounds within 5 to 7 days"])],
                 "chat/retail: quantities, sizes, item code, refund amount, processing time", "negative")


def n_payment_date(ind):
    return build([(A, ["your next payment is due on " + R.choice(["03/", "15/", "28/"]) + "%02d/2027" % R.randint(1, 12)
                       + " for " + str(R.randint(10, 200)) + " dollars"]),
                  (C, ["can we move it to the " + ORD[R.randint(1, 28)] + " please, I get paid on the " +
                       R.choice(["25th", "last friday", "1st"])])],
                 "chat/%s: payment due dates (not DOB/expiry)" % ind, "negative")


def n_last4_masked(ind):
    return build([(A, ["I can see you're calling about case " + digits(8) + ", logged at 4:15 yesterday"]),
                  (C, ["yeah and I was on hold for " + pair_words(str(R.randint(20, 59))) + " minutes"])],
                 "call/%s: case number with its reference word, time, hold duration" % ind, "negative")


def n_whisper_itn(ind):
    return build([(A, ["Okay, so that's $" + str(R.randint(10, 99)) + " today, and then " + str(R.randint(2, 12))
                       + " payments of $" + "{:,}".format(R.randint(1000, 4000)) + ".00 starting the "
                       + R.choice(["1st", "2nd", "15th", "30th"]) + "."]),
                  (C, ["Okay. And that's at " + R.choice(["2:30", "10:15", "11 a.m.", "4 o'clock"]) + ", Tuesday, right? "
                       + "Call reference " + digits(R.choice([6, 7, 8])) + "?"]),
                  (A, ["That's right, it usually takes " + R.choice(["3 to 5", "seven to ten", "48"]) + " working days."])],
                 "call/%s: Whisper ITN output for amounts, ordinals, times, call reference" % ind, "negative")


def n_spoken_counts(ind):
    return build([(C, ["yeah so we've got " + pair_words(str(R.randint(21, 99))) + " staff and " +
                       R.choice(["twelve hundred", "fifteen hundred", "two thousand"]) + " customers and the quote was "
                       + pair_words(str(R.randint(11, 99))) + " " + pair_words(str(R.randint(11, 99))) + " a month"]),
                  (A, ["okay and that's for the " + R.choice(["five", "ten", "twenty"]) + " gig plan on a " +
                       R.choice(["twelve", "twenty four", "eighteen"]) + " month contract"])],
                 "call/%s: spoken counts, price said as pairs, plan size, contract length" % ind, "negative")


NEG = [n_whisper_itn, n_spoken_counts, n_money, n_order, n_time, n_flight, n_meter, n_model, n_years, n_age, n_balance, n_quantity,
       n_payment_date, n_last4_masked]


def generate():
    R.seed(SEED)
    cases = []
    for i in range(208):
        ind = CALL_IND[i % len(CALL_IND)]
        c = POS[i % len(POS)](ind)
        c = {"id": "h193-pos-%03d" % (i + 1), **c}
        cases.append(c)
    for i in range(112):
        ind = CALL_IND[(i * 3) % len(CALL_IND)]
        c = NEG[i % len(NEG)](ind)
        c = {"id": "h193-neg-%03d" % (i + 1), **c}
        cases.append(c)
    out = []
    for c in cases:
        out.append(json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"],
                               "note": c["note"]}, ensure_ascii=False))
    return "\n".join(out) + "\n", cases


# ---------------------------------------------------------------- validation
WORDNUM = {w: i for i, w in enumerate(DW)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})
HOMO = {"to": "2", "too": "2", "won": "1", "ate": "8", "fore": "4", "for": "4"}
TEENNUM = {w: i + 10 for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}


def norm_digits(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out += str(WORDNUM[toks[i + 1]]) * (2 if t == "double" else 3)
            i += 1
        elif t in WORDNUM:
            out += str(WORDNUM[t])
        elif t in TEENNUM:
            out += str(TEENNUM[t])
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and WORDNUM[toks[i + 1]] > 0 and toks[i + 1] not in ("o", "oh"):
                out += str(TENNUM[t] * 10 + WORDNUM[toks[i + 1]])
                i += 1
            else:
                out += str(TENNUM[t] * 10)
        elif t == "hundred":
            out += "00"
        elif t in HOMO:
            out += HOMO[t]
        elif t in FILLERS or t == "plus":
            pass
        else:
            return None
        i += 1
    return out


def norm_alnum(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
        elif t in ("zero", "nought") or (t in WORDNUM and len(t) > 2):
            out += str(WORDNUM[t])
        elif t == "for" and i + 1 < len(toks):
            i += 1  # NATO word
            if toks[i] == "x" and i + 1 < len(toks) and toks[i + 1] == "ray":
                i += 1
        elif t == "x" and i + 1 < len(toks) and toks[i + 1] == "ray":
            i += 1
        elif len(t) == 1:
            out += t
        elif re.fullmatch(r"[a-z]{2,4}", t) and all(len(x) for x in t):
            out += t
        else:
            return None
        i += 1
    return out.upper()


UK_PC = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}")


def validate_value(typ, text):
    if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "CVV", "BANK_ACCOUNT", "PHONE"):
        t = text.replace("+", " ")
        d = norm_digits(t)
        if d is None:
            return "cannot normalise"
        return None  # whole-value checks done per case (values may be split)
    if typ == "IBAN":
        a = norm_alnum(text)
        return None if a and iban_valid(a) else "bad IBAN %r" % a
    if typ == "NI_NUMBER":
        return None if norm_alnum(text) is not None else "cannot normalise NI"
    if typ == "POSTCODE":
        return None if (norm_alnum(text) is not None or norm_digits(text)) else "cannot normalise postcode"
    if typ == "EMAIL":
        return None if ("@" in text or " at " in text) and ("." in text or " dot " in text) else "bad email"
    if typ == "ADDRESS":
        return None if re.match(r"(\d+|[a-z]+) ", text.lower()) else "bad address"
    if typ in ("DOB", "EXPIRY"):
        return None if re.search(r"\d|[a-z]", text) else "bad date"
    return "unknown type"


def whole_check(typ, joined):
    if typ == "CARD_NUMBER":
        d = norm_digits(joined)
        return None if d and 13 <= len(d) <= 19 and luhn_ok(d) else "card fails Luhn/len: %r" % d
    if typ == "SSN":
        d = norm_digits(joined)
        return None if d and len(d) == 9 else "ssn len %r" % d
    if typ == "SORT_CODE":
        d = norm_digits(joined)
        return None if d and len(d) == 6 else "sort len %r" % d
    if typ == "CVV":
        d = norm_digits(joined)
        return None if d and len(d) in (3, 4) else "cvv len %r" % d
    if typ == "BANK_ACCOUNT":
        d = norm_digits(joined)
        return None if d and 8 <= len(d) <= 12 else "acct len %r" % d
    if typ == "PHONE":
        d = norm_digits(joined.replace("+", " "))
        return None if d and 10 <= len(d) <= 13 else "phone len %r" % d
    if typ == "NI_NUMBER":
        a = norm_alnum(joined)
        return None if a and re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", a) else "bad NI %r" % a
    if typ == "POSTCODE":
        a = norm_alnum(joined)
        if a is None or not re.fullmatch(r"\d{5}", a or ""):
            d = norm_digits(joined)
            if d and re.fullmatch(r"\d{5}", d):
                return None
        if a and (UK_PC.fullmatch(a) or re.fullmatch(r"\d{5}", a)):
            return None
        return "bad postcode %r" % a
    return None


def check(cases_text):
    problems = []
    on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
    if on_disk != cases_text:
        problems.append("cases.jsonl differs from regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in cases_text.splitlines():
        c = json.loads(line)
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append(cid + ": negative with spans")
            continue
        npos += 1
        if not c["spans"]:
            problems.append(cid + ": positive without spans")
        by_turn = {}
        groups = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type")
                continue
            counts[s["type"]] += 1
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            val = text[st:en]
            if val != val.strip():
                problems.append(cid + ": span has edge whitespace")
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                problems.append(cid + ": span not on word boundary %r" % val)
            by_turn.setdefault(s["turn"], []).append((st, en))
            err = validate_value(s["type"], val)
            if err:
                problems.append("%s: %s %r: %s" % (cid, s["type"], val, err))
            groups.setdefault(s["type"], []).append((s["turn"], val))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(cid + ": overlapping spans")
        # whole-value checks: consecutive spans of one type form one value unless they
        # already validate individually (read-back cases repeat the value)
        for typ, vals in groups.items():
            if all(whole_check(typ, v) is None for _, v in vals):
                continue
            joined = " ".join(v for _, v in vals)
            err = whole_check(typ, joined)
            if err:
                problems.append("%s: %s" % (cid, err))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h193

Written by an AI helper acting as an independent author; it did not see the redaction
code, its tests, its docs or any other hold-out set (only a 3-line format example).
Generated by `scripts/make_pii_holdout193.py` from template functions with one seeded
`random.Random(%d)`; offsets are computed from (value, TYPE) segments, never typed by hand.
`--check` regenerates the file, compares byte for byte and validates every span.

**Never use this set for tuning.** It is for held-out evaluation only.

Emphasis: phone calls as a Whisper-like recogniser writes them: inverse text normalisation
firing on some groups only ("4111 1111 one one one one"), "QQ 12 34 56 C" style NI numbers,
"oh/o/nought" for zero, double/triple, pairs ("forty one"), NATO letters ("b for bravo"),
digit homophones ("to", "ate", "won", "fore"), Whisper commas/full stops and odd capitals
inside readings, values split across customer turns with back-channels, self-corrections,
agent read-backs;
plus typed chat with varied separators and case.

## Annotation conventions
- A span covers only the value itself: digits/number words/letters of the value including
  internal separators, "double"/"triple", NATO "x for word" and spoken "dot"/"at" in e-mails.
  Lead-in words ("it's", "um", "sort code") are outside.
- A value split across turns gets one span per turn fragment (same type).
- In a self-correction, the abandoned wrong digit and "no sorry scratch that" are not labelled.
- Read-backs by the agent are labelled too.
- ADDRESS = house number + street (city/state outside); POSTCODE = UK postcode or US ZIP.
- DOB includes day, month and year as said; EXPIRY is month/year as said.
- Non-PII numbers (amounts, times, years, reference numbers) are never labelled; negatives
  contain only such lookalikes.

## Counts
Positive cases: %d, negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text, _ = generate()
    if "--check" in sys.argv:
        problems, counts, npos, nneg = check(text)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        low = [t for t in TYPES if counts[t] < (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12)]
        if low:
            problems.append("too few spans for " + ", ".join(low))
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README.md out of date")
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("OK" if not problems else "FAILED (%d problems)" % len(problems))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    _, counts, npos, nneg = check(text)
    README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("wrote %s (%d positives, %d negatives)" % (CASES, npos, nneg))


if __name__ == "__main__":
    main()
