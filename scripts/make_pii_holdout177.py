#!/usr/bin/env python3
"""Generate held-out PII redaction cases (set 177): ASR-style calls + chat.

Usage: python scripts/make_pii_holdout177.py [--check]
Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import re
import sys
import random

SEED = 177241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout177")
OUTFILE = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINS = {t: 12 for t in TYPES}
MINS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)
GROUPS = []  # (case_id, type, canonical, [surfaces]) for --check validation

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "Q": "quebec", "O": "oscar", "U": "uniform",
        "V": "victor", "I": "india"}
LETTER_HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "T": "tee", "Y": "why",
               "R": "are", "A": "ay", "E": "ee"}


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def dword(d, homo=False):
    if d == "0":
        return zero_word()
    if homo and d in HOMO and R.random() < 0.3:
        return R.choice(HOMO[d])
    return DW[int(d)]


def pair_words(two):
    """'41' -> 'forty one', '07' -> 'oh seven', '10' -> 'ten'."""
    a, b = two[0], two[1]
    if a == "0":
        return zero_word() + " " + DW[int(b)] if b != "0" else "double " + zero_word()
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + R.choice([" ", " ", "-"]) + DW[int(b)]


def digits_spoken(s, doubles=True, homo=False, itn=0.0, pairs=0.0):
    """Read a digit string like a caller would; optional ASR inverse text normalisation."""
    out = []
    i = 0
    while i < len(s):
        if itn and R.random() < itn and i + 2 <= len(s):
            n = R.choice([2, 3, 4])
            out.append(s[i:i + n])
            i += n
            continue
        if pairs and R.random() < pairs and i + 2 <= len(s) and s[i] != "0" and s[i + 1] != "0":
            out.append(pair_words(s[i:i + 2]))
            i += 2
            continue
        if doubles and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.6:
            out.append("triple " + dword(s[i]))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.6:
            out.append("double " + dword(s[i]))
            i += 2
            continue
        out.append(dword(s[i], homo))
        i += 1
    return " ".join(out)


def group_digits(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def letter_spoken(ch, nato=0.3, homo=0.15):
    r = R.random()
    if ch == "O":
        return R.choice(["o for oscar", "O", "o as in oscar"])
    if r < nato:
        return ch.lower() + R.choice([" for ", " as in "]) + NATO[ch]
    if r < nato + homo and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    return R.choice([ch.lower(), ch.lower(), ch])


# ---------------------------------------------------------------- value makers
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(14)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(17)), 19
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "22"]) + "".join(R.choice("0123456789") for _ in range(13)), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(12)), 15
    else:
        body, n = "6011" + "".join(R.choice("0123456789") for _ in range(11)), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(num):
    if len(num) == 15:
        return group_digits(num, [4, 6, 5])
    return group_digits(num, [4, 4, 4, 4, 3])


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dig = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "FR":
        bban = dig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dig(10)
    else:
        bban = dig(20)
    return cc + iban_check(cc, bban) + bban


def make_uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "BS", "N", "E", "W", "SE", "OX", "CB", "RG", "YO", "DN"])
    d = str(R.randint(1, 20)) if len(area) == 1 or R.random() < 0.7 else str(R.randint(1, 9)) + R.choice("ABEHMNPRVWXY")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + d, inward


def make_zip():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["Mill", "Church", "Station", "Victoria", "Oak", "Elm", "Maple", "Park", "Highfield", "Kings",
           "Queens", "Willow", "Chestnut", "Ash", "Cedar", "Harbour", "Meadow", "Bridge", "Spring", "Orchard",
           "Lincoln", "Washington", "Pine", "Sunset", "Lakeview", "Main", "Riverside", "Hawthorn"]
SUFFIX_UK = ["Road", "Lane", "Street", "Avenue", "Close", "Drive", "Crescent", "Gardens", "Way", "Terrace"]
SUFFIX_US = ["Street", "Avenue", "Boulevard", "Drive", "Court", "Road", "Lane", "Place"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third", 24: "twenty fourth",
       25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}


def ordinal_num(d):
    return str(d) + ("st" if d in (1, 21) else "nd" if d in (2, 22) else "rd" if d in (3, 23) else "th")


def year_words(y):
    a, b = y // 100, y % 100
    if a == 20 and b < 10:
        return R.choice(["two thousand and " + DW[b] if b else "two thousand", "two thousand " + DW[b] if b else "two thousand"])
    head = "nineteen" if a == 19 else "twenty"
    if b < 10:
        return head + " " + zero_word() + " " + DW[b] if b else head + " hundred"
    return head + " " + pair_words("%02d" % b)


# ---------------------------------------------------------------- case builder
CASES = []
NONALNUM = "+,.-/()@ "


def seg(v, t, canon=None, key=None):
    if key is None:
        return (v, t, canon if canon is not None else v)
    return (v, t, canon if canon is not None else v, key)


def build(cid, kind, turns, note):
    """turns: list of (speaker, [segments]); segment is str or (surface, TYPE, canonical)
    or ('G', groupkey) markers via tuple of length 4 (surface, TYPE, canonical, groupkey)."""
    out_turns, spans = [], []
    groups = {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
                continue
            surface, typ = s[0], s[1]
            canon = s[2]
            gkey = s[3] if len(s) > 3 else (ti, len(text))
            start = len(text)
            text += surface
            lead = len(surface) - len(surface.lstrip(NONALNUM))
            trail = len(surface) - len(surface.rstrip(NONALNUM))
            spans.append({"turn": ti, "start": start + lead, "end": len(text) - trail, "type": typ})
            g = groups.setdefault(gkey, [typ, canon, []])
            g[2].append(surface)
        out_turns.append({"speaker": spk, "text": text})
    for g in groups.values():
        GROUPS.append((cid, g[0], g[1], g[2]))
    CASES.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


def split_seg(surfaces, typ, canon, key):
    return [(s, typ, canon, key) for s in surfaces]


# ---------------------------------------------------------------- renderers
def card_chat(num):
    g = card_groups(num)
    style = R.choice(["space", "dash", "none", "dot", "mixed"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "none":
        return num
    return g[0] + " " + "".join(g[1:3]) + "-" + "".join(g[3:])


def asr_digits(s, itn=0.35):
    """Whisper-ish: some chunks numerals, some words, occasional comma/caps."""
    r = R.random()
    if r < 0.2:
        return " ".join(group_digits(s, [4, 4, 4, 4, 4]))
    words = digits_spoken(s, homo=R.random() < 0.3, itn=itn, pairs=0.15)
    if R.random() < 0.3:
        parts = words.split(" ")
        k = R.randint(1, max(1, len(parts) - 1))
        parts[k - 1] = parts[k - 1] + ","
        words = " ".join(parts)
    if R.random() < 0.3:
        words = words[0].upper() + words[1:]
    return words


def card_call_groups(num):
    return [asr_digits(g, itn=0.3) for g in card_groups(num)]


def expiry_forms():
    m, y = R.randint(1, 12), R.randint(25, 32)
    canon = "%02d%02d" % (m, y)
    f = R.choice(["mm/yy", "words", "month", "slash_words", "itn", "mm-yyyy"])
    if f == "mm/yy":
        s = "%02d/%02d" % (m, y)
    elif f == "mm-yyyy":
        s = "%02d/20%02d" % (m, y)
    elif f == "words":
        s = digits_spoken("%02d" % m, doubles=False) + " " + pair_words("%02d" % y)
    elif f == "month":
        s = R.choice([MONTHS[m - 1], MONTHS[m - 1].capitalize()]) + " " + R.choice(["20%02d" % y, year_words(2000 + y), pair_words("%02d" % y)])
    elif f == "slash_words":
        s = digits_spoken("%02d" % m, doubles=False) + " slash " + digits_spoken("%02d" % y, doubles=False)
    else:
        s = "%02d %s" % (m, pair_words("%02d" % y))
    return s, canon


def cvv_forms():
    n = R.choice([3, 3, 3, 4])
    v = "".join(R.choice("0123456789") for _ in range(n))
    f = R.random()
    if f < 0.3:
        s = v
    elif f < 0.45 and n == 3 and v[0] != "0" and v[1:] != "00":
        s = DW[int(v[0])] + " " + R.choice(["", "hundred and "]) + pair_words(v[1:]) if v[1] != "0" else digits_spoken(v)
    else:
        s = digits_spoken(v, homo=R.random() < 0.4)
    return s, v


def phone_value():
    kind = R.choice(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "ie_intl", "fr_intl"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        v = "07" + R.choice("3456789") + d(8)
        chat = R.choice([v[:5] + " " + v[5:], v, v[:5] + " " + v[5:8] + " " + v[8:]])
    elif kind == "uk_land":
        v = R.choice(["0161", "0113", "0121", "0131", "0117", "0141"]) + d(7)
        chat = R.choice([v[:4] + " " + v[4:7] + " " + v[7:], "(" + v[:4] + ") " + v[4:]])
    elif kind == "us":
        v = str(R.randint(201, 989)) + str(R.randint(200, 989)) + d(4)
        chat = R.choice(["(%s) %s-%s" % (v[:3], v[3:6], v[6:]), "%s-%s-%s" % (v[:3], v[3:6], v[6:]), "%s.%s.%s" % (v[:3], v[3:6], v[6:])])
    elif kind == "ie":
        v = "08" + R.choice("35679") + d(7)
        chat = R.choice([v[:3] + " " + v[3:6] + " " + v[6:], v[:3] + "-" + v[3:]])
    elif kind == "uk_intl":
        v = "447" + R.choice("3456789") + d(8)
        chat = "+44 " + v[2:6] + " " + v[6:]
    elif kind == "us_intl":
        v = "1" + str(R.randint(201, 989)) + str(R.randint(200, 989)) + d(4)
        chat = "+1 %s %s %s" % (v[1:4], v[4:7], v[7:])
    elif kind == "ie_intl":
        v = "3538" + R.choice("35679") + d(7)
        chat = "+353 " + v[3:5] + " " + v[5:8] + " " + v[8:]
    else:
        v = "33" + R.choice("67") + d(8)
        chat = "+33 " + v[2] + " " + " ".join(group_digits(v[3:], [2, 2, 2, 2]))
    return v, chat, kind


def phone_call(v, kind):
    if kind.endswith("intl"):
        cc = {"uk_intl": 2, "us_intl": 1, "ie_intl": 3, "fr_intl": 2}[kind]
        head = R.choice(["plus ", "+", "double oh "])
        if head == "double oh ":
            return "double oh " + digits_spoken(v[:cc]) + " " + asr_digits(v[cc:])
        return head + (v[:cc] if R.random() < 0.5 else digits_spoken(v[:cc])) + " " + asr_digits(v[cc:])
    return asr_digits(v)


FIRST = ["sarah", "james", "priya", "liam", "aoife", "tom", "maria", "dave", "chloe", "niamh", "raj", "kevin", "emma", "luca", "fatima", "sean"]
LAST = ["oconnor", "smith", "patel", "murphy", "kowalski", "jones", "brennan", "nguyen", "walsh", "garcia", "baker", "hughes"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"), ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("web", "de")]


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "-"])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    dom, tld = R.choice(DOMAINS)
    canon = local + "@" + dom + "." + tld
    return canon, local, dom, tld


def email_call(local, dom, tld):
    SEPW = {".": [" dot ", " point "], "_": [" underscore "], "-": [" dash ", " hyphen "]}
    out = ""
    buf = ""
    for ch in local:
        if ch in SEPW:
            out += buf + R.choice(SEPW[ch])
            buf = ""
        elif ch.isdigit():
            buf += ch
        else:
            buf += ch
    out += buf
    # spell digits at end as words sometimes
    m = re.search(r"\d+$", out)
    if m and R.random() < 0.6:
        ds = m.group(0)
        words = pair_words(ds) if len(ds) == 2 else (pair_words(ds[:2]) + " " + pair_words(ds[2:]) if len(ds) == 4 else digits_spoken(ds, doubles=False))
        out = out[:m.start()] + (" " if m.start() else "") + words
    at = R.choice([" at ", " at ", "@"])
    tldw = " dot ".join(tld.split(".")) if R.random() < 0.7 else tld
    domw = dom + (" dot " if R.random() < 0.75 else ".") + tldw
    return out.strip() + at + domw


def dob_value():
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    return y, m, d


def dob_call(y, m, d):
    f = R.choice(["ord_of", "month_first", "digits", "itn", "itn_mixed", "us_slash_words"])
    if f == "ord_of":
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y)
    if f == "month_first":
        return MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y)
    if f == "digits":
        return digits_spoken("%02d%02d%02d" % (d, m, y % 100), doubles=False)
    if f == "itn":
        return MONTHS[m - 1].capitalize() + " " + ordinal_num(d) + ", " + str(y)
    if f == "itn_mixed":
        return ordinal_num(d) + " of " + MONTHS[m - 1].capitalize() + " " + year_words(y)
    return pair_words("%02d" % m) + " " + pair_words("%02d" % d) + " " + year_words(y)


def dob_chat(y, m, d):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d %d" % (MONTHS[m - 1][:3].capitalize(), d, y),
                     "%02d.%02d.%d" % (d, m, y)])


def address_value(us=False):
    n = R.randint(2, 2999) if us else R.randint(1, 240)
    street = R.choice(STREETS)
    suf = R.choice(SUFFIX_US if us else SUFFIX_UK)
    return n, street, suf


def num_spoken_house(n):
    s = str(n)
    r = R.random()
    if r < 0.4:
        return s
    if len(s) == 1:
        return DW[n]
    if len(s) == 2:
        return pair_words(s)
    if len(s) == 3:
        return DW[int(s[0])] + " " + (pair_words(s[1:]) if s[1] != "0" else zero_word() + " " + DW[int(s[2])])
    return pair_words(s[:2]) + " " + pair_words(s[2:]) if s[2] != "0" else digits_spoken(s, doubles=False)


def address_call(n, street, suf):
    st = street if R.random() < 0.5 else street.lower()
    sf = suf if st[0].isupper() else suf.lower()
    if R.random() < 0.15:
        st = st.lower() + sf.lower()  # ASR runs words together
        return num_spoken_house(n) + " " + st
    flat = ""
    if R.random() < 0.2:
        flat = "flat " + DW[R.randint(1, 9)] + " "
    return flat + num_spoken_house(n) + " " + st + " " + sf


def uk_pc_call(out, inw):
    f = R.random()
    if f < 0.3:
        return R.choice([out + " " + inw, (out + " " + inw).lower(), out + inw])
    pieces = []
    for ch in out + " " + inw:
        if ch == " ":
            continue
        pieces.append(letter_spoken(ch, 0.25, 0.1) if ch.isalpha() else dword(ch))
    # keep an audible split between outward and inward
    k = len([c for c in out])
    return " ".join(pieces[:k]) + R.choice([" ", ", ", " "]) + " ".join(pieces[k:])


def zip_call(z):
    r = R.random()
    if r < 0.3:
        return z
    if r < 0.5:
        return z[:3] + " " + z[3:]
    return digits_spoken(z, homo=False)


def ni_call(ni):
    f = R.random()
    if f < 0.2:
        return ni[:2] + " " + " ".join(group_digits(ni[2:8], [2, 2, 2])) + " " + ni[8]
    if f < 0.3:
        return ni[:2].lower() + ni[2:8] + ni[8].lower()
    lets1 = " ".join(letter_spoken(c, 0.3, 0.2) for c in ni[:2])
    dstyle = R.random()
    if dstyle < 0.35:
        digs = " ".join(pair_words(p) for p in group_digits(ni[2:8], [2, 2, 2]))
    elif dstyle < 0.55:
        digs = " ".join(group_digits(ni[2:8], [2, 2, 2]))
    else:
        digs = digits_spoken(ni[2:8], homo=False)
    return lets1 + " " + digs + " " + letter_spoken(ni[8], 0.3, 0.2)


def ssn_call(ssn):
    f = R.random()
    if f < 0.25:
        return ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:]
    if f < 0.4:
        return ssn[:3] + " " + ssn[3:5] + " " + ssn[5:]
    return asr_digits(ssn, itn=0.2)


def iban_call(iban):
    chunks = group_digits(iban, [4, 4, 4, 4, 4, 4, 4, 4])
    out = []
    for c in chunks:
        if R.random() < 0.25 and c.isalnum():
            out.append(c)
            continue
        ws = []
        for ch in c:
            ws.append(letter_spoken(ch, 0.2, 0.0) if ch.isalpha() else dword(ch))
        out.append(" ".join(ws))
    return out


def iban_chat(iban):
    return R.choice([" ".join(group_digits(iban, [4] * 9)), iban, iban.lower(), " ".join(group_digits(iban, [4] * 9)).lower()])


# ---------------------------------------------------------------- chit-chat
FILL = ["um", "uh", "erm", "so", "right", "yeah", "okay", "er"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got it", "yes"]


def fill():
    return R.choice(FILL) + " " if R.random() < 0.6 else ""


def back():
    return R.choice(BACK)


def maybe_cap(s):
    return s[0].upper() + s[1:] if R.random() < 0.35 else s


AMOUNTS_CALL = ["$40", "forty dollars", "£12.99", "twenty two pounds fifty", "€85", "a hundred and twenty euro", "$1,250.00", "£300"]

# ---------------------------------------------------------------- positive templates
def p_card_one_turn(cid):
    c = make_card()
    ind = R.choice(["telecom", "retail", "utilities", "travel", "insurance"])
    body = " ".join(card_call_groups(c))
    build(cid, "positive", [
        ("agent", ["and the long number across the front of the card please"]),
        ("customer", [fill() + R.choice(["yeah it's ", "it's ", "okay it is ", "", "yep "]), seg(body, "CARD_NUMBER", c),
                      R.choice(["", " and that's it", " sorry I can barely read it", ". Yeah."])]),
    ], "call/%s: card read in one turn, ASR mixes numerals and words, homophones" % ind)


def p_card_split(cid):
    c = make_card()
    gs = card_call_groups(c)
    turns = [("agent", [R.choice(["okay go ahead with the card number", "when you're ready the card number please", "can I take the sixteen digits"])])]
    key = "card"
    for i, g in enumerate(gs):
        pre = fill() if i == 0 else R.choice(["", "", "then ", "uh "])
        post = R.choice(["", "", " um", " sorry", "..."])
        turns.append(("customer", [pre, (g, "CARD_NUMBER", c, key), post]))
        if i < len(gs) - 1:
            turns.append(("agent", [back()]))
    cvv, cc = cvv_forms()
    turns.append(("agent", [R.choice(["and the three digits on the back", "security code on the back please", "and the CVV"])]))
    turns.append(("customer", [R.choice(["it's ", "", "that's "]), seg(cvv, "CVV", cc)]))
    build(cid, "positive", turns, "call/%s: card split across customer turns with back-channels, then CVV" % R.choice(["banking", "telecom", "retail", "utilities"]))


def p_card_full(cid):
    c = make_card()
    ex, exc = expiry_forms()
    cvv, cc = cvv_forms()
    amt = R.choice(AMOUNTS_CALL)
    build(cid, "positive", [
        ("agent", ["so that's " + amt + " today, can I take the card details"]),
        ("customer", ["yeah card number ", seg(" ".join(card_call_groups(c)), "CARD_NUMBER", c)]),
        ("agent", ["thank you and the expiry"]),
        ("customer", [fill(), seg(ex, "EXPIRY", exc), R.choice(["", " and the code is ", " security code "]),
                      ] + ([seg(cvv, "CVV", cc)] if False else [])),
    ], "call/retail: card, expiry (mixed ITN), amount nearby not PII")
    # append CVV in its own turn to keep turn-level offsets simple
    case = CASES.pop()
    GROUPS_cid = [g for g in GROUPS if g[0] == cid]
    for g in GROUPS_cid:
        GROUPS.remove(g)
    last = case["turns"][3]["text"].rstrip()
    build(cid, "positive", [
        ("agent", ["so that's " + amt + " today, can I take the card details"]),
        ("customer", ["yeah card number ", seg(" ".join(card_call_groups(c)), "CARD_NUMBER", c)]),
        ("agent", ["thank you and the expiry"]),
        ("customer", [fill(), seg(ex, "EXPIRY", exc), R.choice([" and the code on the back is ", " security code ", ", CVV "]), seg(cvv, "CVV", cc)]),
    ], "call/retail: card, expiry and CVV in one turn, amount nearby not PII")


def p_card_chat(cid):
    c = make_card()
    ex = R.choice(["%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (R.randint(1, 12), R.randint(26, 31))
    exc = re.sub(r"\D", "", ex)
    cvv = "".join(R.choice("0123456789") for _ in range(3))
    txt = [R.choice(["hi, pls take payment for order #" + str(R.randint(100000, 999999)) + " card ", "Card no: ", "ok here it is ", "card is "]),
           seg(card_chat(c), "CARD_NUMBER", c), R.choice([" exp ", " expiry ", ", expires ", " exp date "]), seg(ex, "EXPIRY", exc),
           R.choice([" cvv ", " cvc: ", " security code ", " sec code "]), seg(cvv, "CVV", cvv)]
    build(cid, "positive", [("customer", txt)], "chat/%s: card, expiry and cvv typed in one message with order number" % R.choice(["retail", "travel", "telecom"]))


def p_card_correction(cid):
    c = make_card()
    g = card_groups(c)
    wrong = g[1][:-1] + str((int(g[1][-1]) + 3) % 10)
    build(cid, "positive", [
        ("agent", ["okay and the card number"]),
        ("customer", [seg(asr_digits(g[0]), "CARD_NUMBER", g[0], "k"), " ", "no wait sorry ", "let me start again"]),
        ("agent", ["no problem take your time"]),
        ("customer", [seg(" ".join(asr_digits(x) for x in g), "CARD_NUMBER", c, "k2")]),
        ("agent", ["so I have " + " ".join(g[:-1]) + " ending " + g[-1]] if False else ["lovely, ending in ", seg(digits_spoken(g[-1]), "CARD_NUMBER", g[-1], "k3"), " yeah"]),
    ], "call/banking: caller restarts card reading; agent reads back last group (partial card labelled)")


def p_ni(cid):
    ni = make_ni()
    s = ni_call(ni)
    build(cid, "positive", [
        ("agent", [R.choice(["can you confirm your national insurance number", "and your NI number please", "what's your national insurance number"])]),
        ("customer", [fill() + R.choice(["yeah it's ", "it's ", "", "Yes it's "]), seg(s, "NI_NUMBER", ni), R.choice(["", " I think", ".", " yeah"])]),
    ], "call/government services: NI number, ASR letter spelling and digit pairs")


def p_ni_split(cid):
    ni = make_ni()
    a = " ".join(letter_spoken(ch, 0.4, 0.1) for ch in ni[:2])
    b = R.choice([" ".join(pair_words(p) for p in group_digits(ni[2:8], [2, 2, 2])), digits_spoken(ni[2:8]), ni[2:4] + " " + ni[4:6] + " " + ni[6:8]])
    c = letter_spoken(ni[8], 0.5, 0.1)
    build(cid, "positive", [
        ("agent", ["and your national insurance number"]),
        ("customer", [fill(), ("%s" % a, "NI_NUMBER", ni, "n")]),
        ("agent", [back()]),
        ("customer", [("%s" % b, "NI_NUMBER", ni, "n"), R.choice(["", " and then"])]),
        ("agent", [R.choice(["and the letter at the end", "and the last letter?", "mhm"])]),
        ("customer", [R.choice(["", "it's ", "that's "]), ("%s" % c, "NI_NUMBER", ni, "n")]),
    ], "call/%s: NI number split over three turns" % R.choice(["government services", "insurance", "banking"]))


def p_ni_chat(cid):
    ni = make_ni()
    s = R.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(), ni[:2] + "-" + ni[2:8] + "-" + ni[8]])
    pc = make_uk_postcode()
    pcs = R.choice([pc[0] + " " + pc[1], (pc[0] + pc[1]).lower()])
    build(cid, "positive", [
        ("agent", ["To verify please give your NI number and postcode"]),
        ("customer", [R.choice(["NI ", "ni no. ", "its ", ""]), seg(s, "NI_NUMBER", ni), R.choice([" and postcode ", ", ", " pc "]), seg(pcs, "POSTCODE", pc[0] + pc[1])]),
    ], "chat/government services: NI number and postcode typed together")


def p_ni_readback(cid):
    ni = make_ni()
    s1 = ni_call(ni)
    s2 = " ".join(letter_spoken(ch, 0.0, 0.0) for ch in ni[:2]) + " " + " ".join(group_digits(ni[2:8], [2, 2, 2])) + " " + ni[8]
    build(cid, "positive", [
        ("customer", ["my national insurance is ", seg(s1, "NI_NUMBER", ni)]),
        ("agent", ["let me read that back ", seg(s2, "NI_NUMBER", ni, "rb"), " is that right"]),
        ("customer", ["yes that's right"]),
    ], "call/insurance: NI number given then read back by agent in ASR mixed form")


def p_ssn(cid):
    ssn = make_ssn()
    build(cid, "positive", [
        ("agent", [R.choice(["can I get the last four of your social", "can I have your full social security number", "I'll need your social to verify"])]),
        ("customer", [fill() + R.choice(["sure it's ", "yeah ", "", "okay it's "]), seg(ssn_call(ssn), "SSN", ssn), R.choice(["", " the whole thing", "."])]),
    ], "call/%s: full SSN with ASR habits" % R.choice(["banking", "healthcare billing", "insurance", "telecom"]))


def p_ssn_split(cid):
    ssn = make_ssn()
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    turns = [("agent", ["and your social security number please"])]
    for i, p in enumerate(parts):
        sp = R.choice([p, digits_spoken(p), asr_digits(p), pair_words(p) if len(p) == 2 else digits_spoken(p)])
        turns.append(("customer", [fill() if i == 0 else "", (sp, "SSN", ssn, "s")]))
        if i < 2:
            turns.append(("agent", [back()]))
    build(cid, "positive", turns, "call/healthcare billing: SSN in three chunks over turns")


def p_ssn_chat(cid):
    ssn = make_ssn()
    s = R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
    y, m, d = dob_value()
    ds = dob_chat(y, m, d)
    build(cid, "positive", [
        ("customer", [R.choice(["SSN ", "ssn is ", "Social: ", "my social sec # is "]), seg(s, "SSN", ssn),
                      R.choice([" and DOB ", ", born ", " dob: "]), seg(ds, "DOB", "%d%02d%02d" % (y, m, d)), R.choice(["", " thx", " - need this done before the 15th"])]),
    ], "chat/%s: SSN and DOB typed together" % R.choice(["insurance", "banking", "healthcare billing"]))


def p_ssn_dob_call(cid):
    ssn = make_ssn()
    y, m, d = dob_value()
    build(cid, "positive", [
        ("agent", ["for security can I have your date of birth and social"]),
        ("customer", [fill() + "born ", seg(dob_call(y, m, d), "DOB", "%d%02d%02d" % (y, m, d)), R.choice([" and the social is ", " social ", ", and social security "]),
                      seg(ssn_call(ssn), "SSN", ssn)]),
    ], "call/banking: DOB and SSN in one turn")


def p_ssn_correction(cid):
    ssn = make_ssn()
    w = ssn[:8] + str((int(ssn[8]) + 4) % 10)
    build(cid, "positive", [
        ("agent", ["and the social"]),
        ("customer", [seg(digits_spoken(w[:5]), "SSN", w, "a"), " um"]),
        ("agent", [back()]),
        ("customer", [seg(digits_spoken(w[5:]), "SSN", w, "a"), " no sorry the last bit is ", seg(digits_spoken(ssn[5:]), "SSN", ssn[5:], "b")]),
    ], "call/insurance: SSN with self-correction repeating the last group (all fragments labelled)")


def p_bank(cid):
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acc = "".join(R.choice("0123456789") for _ in range(8))
    scs = R.choice([" ".join(pair_words(p) for p in group_digits(sc, [2, 2, 2])), digits_spoken(sc), sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    build(cid, "positive", [
        ("agent", ["what's the sort code of the account"]),
        ("customer", [fill(), seg(scs, "SORT_CODE", sc)]),
        ("agent", ["and the account number"]),
        ("customer", [R.choice(["", "it's ", "the account is "]), seg(asr_digits(acc), "BANK_ACCOUNT", acc), R.choice(["", " that's the current account", " Yeah."])]),
    ], "call/banking: UK sort code (pairs) and account number")


def p_bank_split(cid):
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acc = "".join(R.choice("0123456789") for _ in range(8))
    build(cid, "positive", [
        ("agent", ["can you give me the sort code and account number for the direct debit"]),
        ("customer", [seg(" ".join(pair_words(p) for p in group_digits(sc, [2, 2, 2])), "SORT_CODE", sc), " and then ", seg(digits_spoken(acc[:4]), "BANK_ACCOUNT", acc, "a")]),
        ("agent", [back()]),
        ("customer", [seg(asr_digits(acc[4:]), "BANK_ACCOUNT", acc, "a"), R.choice(["", " and the payment's about £45 a month"])]),
    ], "call/utilities: sort code and account in one turn, account continues next turn")


def p_bank_us(cid):
    acc = "".join(R.choice("0123456789") for _ in range(R.choice([10, 11, 12])))
    rout = R.choice(["021000021", "011401533", "091000019"])
    build(cid, "positive", [
        ("agent", ["what's the checking account number"]),
        ("customer", [fill() + "it's ", seg(asr_digits(acc), "BANK_ACCOUNT", acc)]),
        ("agent", ["thanks and that's set up for the 1st of every month for $89.99"]),
    ], "call/telecom US: checking account number, amount and date nearby")


def p_bank_chat(cid):
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acc = "".join(R.choice("0123456789") for _ in range(8))
    build(cid, "positive", [
        ("customer", [R.choice(["sort code ", "s/c ", "Sort code: "]), seg(R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE", sc),
                      R.choice([" acc ", " account no ", ", a/c "]), seg(R.choice([acc, acc[:4] + " " + acc[4:]]), "BANK_ACCOUNT", acc), " please refund the £" + str(R.randint(10, 300)) + " there"]),
    ], "chat/retail: sort code and account typed for refund, amount not PII")


def p_iban(cid):
    ib = make_iban()
    chunks = iban_call(ib)
    turns = [("agent", ["can you read me the IBAN"])]
    if R.random() < 0.5:
        turns.append(("customer", [fill(), seg(" ".join(chunks), "IBAN", ib)]))
    else:
        half = len(chunks) // 2
        turns.append(("customer", [fill(), (" ".join(chunks[:half]), "IBAN", ib, "i")]))
        turns.append(("agent", [back()]))
        turns.append(("customer", [(" ".join(chunks[half:]), "IBAN", ib, "i"), R.choice(["", " that's the lot"])]))
    build(cid, "positive", turns, "call/%s: IBAN read out with letters and ASR numerals" % R.choice(["banking EU", "travel Ireland", "insurance EU"]))


def p_iban_chat(cid):
    ib = make_iban()
    build(cid, "positive", [
        ("customer", [R.choice(["IBAN: ", "my iban is ", "pls send refund to "]), seg(iban_chat(ib), "IBAN", ib), R.choice(["", " thanks", " (ref 2291)"])]),
    ], "chat/banking EU: IBAN typed, grouping/case varies")


def p_phone(cid):
    v, chat, kind = phone_value()
    build(cid, "positive", [
        ("agent", [R.choice(["best number to reach you on", "can I take a contact number", "what number should the engineer call"])]),
        ("customer", [fill() + R.choice(["it's ", "yeah ", "my mobile is ", ""]), seg(phone_call(v, kind), "PHONE", v), R.choice(["", " any time after 2:30", " that's my mobile"])]),
    ], "call/%s: phone number (%s) with ASR formatting" % (R.choice(["telecom", "utilities", "healthcare billing", "retail"]), kind))


def p_phone_split(cid):
    v, chat, kind = phone_value()
    k = R.randint(3, len(v) - 4)
    build(cid, "positive", [
        ("agent", ["and a phone number"]),
        ("customer", [seg(asr_digits(v[:k]), "PHONE", v, "p")]),
        ("agent", [back()]),
        ("customer", [seg(asr_digits(v[k:]), "PHONE", v, "p"), R.choice(["", " sorry it's a new number"])]),
    ], "call/telecom: phone number split over two turns")


def p_phone_chat(cid):
    v, chat, kind = phone_value()
    em, local, dom, tld = email_value()
    build(cid, "positive", [
        ("customer", [R.choice(["call me on ", "tel: ", "my number is ", "mob "]), seg(chat, "PHONE", v), R.choice([" or email ", " / ", " or "]), seg(em, "EMAIL", em)]),
    ], "chat/%s: phone and email typed" % R.choice(["retail", "travel", "utilities"]))


def p_email(cid):
    em, local, dom, tld = email_value()
    build(cid, "positive", [
        ("agent", ["what email address should we send the confirmation to"]),
        ("customer", [fill() + R.choice(["it's ", "", "yeah it's "]), seg(email_call(local, dom, tld), "EMAIL", em), R.choice(["", " all lower case", ", thanks."])]),
    ], "call/%s: spoken email with dot/at words, ASR may insert @" % R.choice(["travel", "retail", "insurance", "telecom"]))


def p_email_spell(cid):
    em, local, dom, tld = email_value()
    build(cid, "positive", [
        ("customer", ["my email is ", seg(email_call(local, dom, tld), "EMAIL", em)]),
        ("agent", ["so that's ", seg(email_call(local, dom, tld), "EMAIL", em, "rb"), " yeah?"]),
        ("customer", ["yep"]),
    ], "call/utilities: email given and read back")


def p_address_uk(cid):
    n, st, suf = address_value()
    out, inw = make_uk_postcode()
    build(cid, "positive", [
        ("agent", ["can you confirm the first line of the address and the postcode"]),
        ("customer", [fill() + R.choice(["it's ", "", "yeah "]), seg(address_call(n, st, suf), "ADDRESS", "%d %s %s" % (n, st, suf)), R.choice([" ", ", ", " in leeds ", " Manchester "]), seg(uk_pc_call(out, inw), "POSTCODE", out + inw)]),
    ], "call/%s: UK address line and spoken postcode" % R.choice(["utilities", "insurance", "retail", "telecom"]))


def p_address_us(cid):
    n, st, suf = address_value(us=True)
    z = make_zip()
    build(cid, "positive", [
        ("agent", ["what's the billing address"]),
        ("customer", [seg(address_call(n, st, suf), "ADDRESS", "%d %s %s" % (n, st, suf)), R.choice([" Springfield Illinois ", " Austin, Texas, ", " in Denver ", " apartment 4 "]), seg(zip_call(z), "POSTCODE", z)]),
    ], "call/healthcare billing US: street address, city, ZIP code")


def p_address_split(cid):
    n, st, suf = address_value()
    out, inw = make_uk_postcode()
    build(cid, "positive", [
        ("agent", ["and the postcode"]),
        ("customer", [seg(uk_pc_call(out, "")[:].strip() if False else " ".join(letter_spoken(c, 0.3, 0.05) if c.isalpha() else dword(c) for c in out), "POSTCODE", out + inw, "pc")]),
        ("agent", [back()]),
        ("customer", [seg(" ".join(letter_spoken(c, 0.3, 0.05) if c.isalpha() else dword(c) for c in inw), "POSTCODE", out + inw, "pc")]),
        ("agent", ["and the house number and street"]),
        ("customer", [seg(address_call(n, st, suf), "ADDRESS", "%d %s %s" % (n, st, suf)), " we moved in in 2019"]),
    ], "call/insurance: postcode split outward/inward over turns then address")


def p_address_chat(cid):
    us = R.random() < 0.4
    n, st, suf = address_value(us)
    if us:
        z = make_zip()
        zs = R.choice([z, z + "-" + "%04d" % R.randint(1, 9999)])
        pc_canon = re.sub(r"\D", "", zs)
    else:
        o, i = make_uk_postcode()
        zs = R.choice([o + " " + i, (o + " " + i).lower(), o + i])
        pc_canon = o + i
    addr = "%d %s %s" % (n, st, suf)
    build(cid, "positive", [
        ("customer", [R.choice(["new address is ", "pls deliver to ", "Address: "]), seg(R.choice([addr, addr.lower(), "%d, %s %s" % (n, st, suf)]), "ADDRESS", addr), R.choice([", ", " ", ", apt 3, "]), seg(zs, "POSTCODE", pc_canon), R.choice(["", " before friday", " - parcel is 2kg"])]),
    ], "chat/retail: delivery address typed with postcode/ZIP")


def p_dob(cid):
    y, m, d = dob_value()
    build(cid, "positive", [
        ("agent", [R.choice(["and your date of birth", "can you confirm your date of birth please", "what's the patient's date of birth"])]),
        ("customer", [fill(), seg(dob_call(y, m, d), "DOB", "%d%02d%02d" % (y, m, d)), R.choice(["", " yeah", ". So I'm retired now"])]),
    ], "call/%s: DOB in ASR form (ordinals, numerals, pairs)" % R.choice(["healthcare billing", "banking", "government services", "insurance"]))


def p_dob_context(cid):
    y, m, d = dob_value()
    build(cid, "positive", [
        ("customer", ["I was born on ", seg(dob_call(y, m, d), "DOB", "%d%02d%02d" % (y, m, d)), " and the appointment was on the 3rd of March at 10:15"]),
    ], "call/healthcare billing: DOB next to an appointment date that is not PII")


def p_mixed_verify(cid):
    em, local, dom, tld = email_value()
    v, chat, kind = phone_value()
    y, m, d = dob_value()
    build(cid, "positive", [
        ("agent", ["okay I just need to verify a couple of things, date of birth first"]),
        ("customer", [seg(dob_call(y, m, d), "DOB", "%d%02d%02d" % (y, m, d))]),
        ("agent", ["and the phone number on the account"]),
        ("customer", [seg(phone_call(v, kind), "PHONE", v), " or it might be the old one"]),
        ("agent", ["that's fine and the email"]),
        ("customer", [seg(email_call(local, dom, tld), "EMAIL", em)]),
    ], "call/telecom: verification DOB, phone, email")


def p_expiry_cvv_split(cid):
    ex, exc = expiry_forms()
    cvv, cc = cvv_forms()
    build(cid, "positive", [
        ("agent", ["what's the expiry date on the card"]),
        ("customer", [fill() + R.choice(["it expires ", "", "valid till "]), seg(ex, "EXPIRY", exc)]),
        ("agent", ["and the last three digits on the signature strip"]),
        ("customer", [R.choice(["", "um "]), seg(cvv, "CVV", cc), R.choice(["", " I think yeah"])]),
    ], "call/travel: expiry and CVV in separate turns")


def whisper_sentences(num, sizes):
    gs = group_digits(num, sizes)
    out = []
    for g in gs:
        r = R.random()
        out.append(g if r < 0.6 else digits_spoken(g, homo=True))
    txt = ""
    for i, g in enumerate(out):
        sep = R.choice([" ", " ", ". ", ", ", "-"]) if i else ""
        if sep == ". ":
            g = g[0].upper() + g[1:]
        txt += sep + g
    return txt


def p_whisper_card(cid):
    c = make_card()
    ex_m, ex_y = R.randint(1, 12), R.randint(26, 31)
    ex = R.choice(["%d/%d" % (ex_m, ex_y), "%s 20%d" % (MONTHS[ex_m - 1].capitalize(), ex_y), "0%d, %d" % (ex_m, ex_y) if ex_m < 10 else "%d, %d" % (ex_m, ex_y)])
    amt = R.choice(["$40", "$129.99", "£60", "€15.50"])
    build(cid, "positive", [
        ("agent", ["Okay, so that's " + amt + " today. Whenever you're ready, the card number."]),
        ("customer", ["Yeah, it's ", seg(whisper_sentences(c, [4, 4, 4, 4] if len(c) != 15 else [4, 6, 5]), "CARD_NUMBER", c), ". Expires ", seg(ex, "EXPIRY", re.sub(r"\D", "", ex)), "."]),
        ("agent", ["Thank you. And the security code?"]),
        ("customer", [R.choice(["It's ", "", "Uh, "]), seg(R.choice(["%03d" % R.randint(0, 999), digits_spoken("%03d" % R.randint(0, 999))]), "CVV", "")]),
    ], "call/%s: Whisper-style transcript, sentence punctuation and periods inside the card reading, partial ITN" % R.choice(["retail US", "travel", "telecom"]))
    # fix CVV canonical from its surface
    cvv_surface = CASES[-1]["turns"][3]["text"]
    g = GROUPS[-1]
    GROUPS[-1] = (g[0], g[1], re.sub(r"\D", "", normalise(g[3][0])), g[3])


def p_whisper_verify(cid):
    ni = make_ni()
    v, chat, kind = phone_value()
    build(cid, "positive", [
        ("agent", ["Can I just take your National Insurance number, please?"]),
        ("customer", ["Yeah, it's ", seg(R.choice([ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni[:2] + ni[2:8] + ni[8], ni[:2] + " " + ni[2:8] + " " + ni[8]]), "NI_NUMBER", ni), ". And my number's ",
                      seg(R.choice([chat, v]) if kind in ("uk_mob", "uk_land", "ie", "us") else chat, "PHONE", v), " if you need to call back."]),
    ], "call/government services: Whisper fully normalised NI and phone in one turn with sentence punctuation")


def p_whisper_ssn(cid):
    ssn = make_ssn()
    y, m, d = dob_value()
    build(cid, "positive", [
        ("agent", ["And your Social Security number?"]),
        ("customer", ["Sure. ", seg(R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn[:3] + ", " + ssn[3:5] + ", " + ssn[5:]]), "SSN", ssn),
                      ". Date of birth is ", seg(MONTHS[m - 1].capitalize() + " " + ordinal_num(d) + ", " + str(y), "DOB", "%d%02d%02d" % (y, m, d)), "."]),
    ], "call/healthcare billing US: Whisper-normalised SSN and DOB with commas")


POS_TEMPLATES = [p_card_one_turn, p_card_split, p_card_full, p_card_chat, p_card_correction,
                 p_ni, p_ni_split, p_ni_chat, p_ni_readback,
                 p_ssn, p_ssn_split, p_ssn_chat, p_ssn_dob_call, p_ssn_correction,
                 p_bank, p_bank_split, p_bank_us, p_bank_chat, p_iban, p_iban_chat,
                 p_phone, p_phone_split, p_phone_chat, p_email, p_email_spell,
                 p_address_uk, p_address_us, p_address_split, p_address_chat, p_dob, p_dob_context,
                 p_mixed_verify, p_expiry_cvv_split, p_whisper_card, p_whisper_verify, p_whisper_ssn]

# ---------------------------------------------------------------- negatives
def n_cases():
    def num():
        return R.randint(1000, 99999999)
    gens = [
        lambda: ("call/retail", "order number read out with its reference word",
                 [("agent", ["can I have the order number"]), ("customer", ["yeah order number " + digits_spoken(str(R.randint(10000000, 99999999)))])]),
        lambda: ("call/telecom", "ticket reference with ASR numerals",
                 [("customer", ["I've got a ticket reference it's " + str(R.randint(100000, 9999999)) + " from last week"])]),
        lambda: ("call/utilities", "meter reading digits",
                 [("agent", ["what's the meter reading"]), ("customer", ["it says " + digits_spoken(str(R.randint(10000, 99999))) + " on the electric"])]),
        lambda: ("call/banking", "balance and amounts spoken",
                 [("customer", ["so the balance shows " + R.choice(["£1,284.56", "two thousand four hundred and twelve pounds", "$3,410.22", "nine hundred and ninety nine euro"]) + " and I paid " + R.choice(AMOUNTS_CALL) + " on the 14th"])]),
        lambda: ("call/travel", "flight number, times and gate",
                 [("customer", ["I'm on flight " + R.choice(["BA 2490", "EI one six four", "Ryanair 8231", "UA 97"]) + " departing at " + R.choice(["2:30", "half past six", "18:45", "seven fifteen"]) + " from gate " + str(R.randint(1, 60))])]),
        lambda: ("call/travel", "hotel room, nights, price",
                 [("customer", ["room " + str(R.randint(100, 1999)) + " for " + DW[R.randint(2, 7)] + " nights at " + R.choice(["$189", "a hundred and forty nine euro", "£95"]) + " a night"])]),
        lambda: ("call/telecom", "broadband speed and contract dates",
                 [("agent", ["so your contract started on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS) + " " + str(R.randint(2019, 2025)) + " and the speed is " + R.choice(["500 megabits", "seventy two meg", "1 gig"])])]),
        lambda: ("call/retail", "model number and quantity",
                 [("customer", ["it's the " + R.choice(["Galaxy S23", "model KX 4410", "WH-1000XM5", "iPhone 15 pro max", "series 9 forty five mil"]) + " and I ordered " + DW[R.randint(2, 9)] + " of them"])]),
        lambda: ("call/insurance", "claim number with reference word and percentage",
                 [("agent", ["your claim number is " + R.choice(["CLM-", "", "C"]) + str(R.randint(10000000, 999999999)) + " and the excess is " + R.choice(["10%", "twenty percent", "£250"])])]),
        lambda: ("call/healthcare billing", "appointment date and invoice number",
                 [("customer", ["the invoice " + R.choice(["INV-", "number ", "#"]) + str(R.randint(10000, 9999999)) + " was for my appointment on " + R.choice(["March 3rd, 2025", "the twelfth of june", "10/04/2025", "Tuesday at 9:40"])])]),
        lambda: ("call/utilities", "duration and years",
                 [("customer", ["I've been with you for " + DW[R.randint(2, 9)] + " years since " + str(R.randint(1998, 2020)) + " and I've been on hold " + R.choice(["forty five minutes", "45 minutes", "an hour and ten minutes"])])]),
        lambda: ("call/healthcare billing", "age and temperature",
                 [("customer", ["my mum is " + R.choice(["eighty four", "92", "seventy one"]) + " and she had a temperature of " + R.choice(["thirty eight point five", "101 degrees", "39.2"])])]),
        lambda: ("chat/retail", "typed order number and price",
                 [("customer", ["Order #" + str(R.randint(1000000, 99999999)) + " - charged $" + str(R.randint(10, 999)) + "." + "%02d" % R.randint(0, 99) + " twice, pls refund"])]),
        lambda: ("chat/telecom", "typed ticket and date of outage",
                 [("customer", ["ticket ref " + R.choice(["TK-", "CS", "#"]) + str(R.randint(100000, 9999999)) + ", outage since " + R.choice(["12/03", "3rd Nov", "monday 8am", "2025-10-14"])])]),
        lambda: ("call/banking", "payment date and amount said with numerals",
                 [("agent", ["the direct debit of " + R.choice(["£54.20", "fifty four pounds twenty", "$120"]) + " comes out on the " + ordinal_num(R.randint(1, 28)) + " of each month"])]),
        lambda: ("call/government services", "reference number and counts",
                 [("agent", ["your application reference is " + digits_spoken(str(R.randint(1000000, 99999999)), doubles=True) + " and it takes about " + DW[R.randint(3, 9)] + " weeks"])]),
        lambda: ("call/telecom", "data allowance and bill",
                 [("customer", ["I used " + R.choice(["forty two gigs", "12.5 GB", "a hundred gig"]) + " and the bill was " + R.choice(["seventy nine ninety nine", "$79.99", "£35"]) + " this month"])]),
        lambda: ("call/insurance", "car registration year and mileage",
                 [("customer", ["it's a " + str(R.randint(2008, 2024)) + " Ford Focus with about " + R.choice(["sixty two thousand miles", "48,000 miles", "a hundred and ten thousand k"]) + " on it"])]),
        lambda: ("call/travel", "booking reference with letters and date of travel",
                 [("customer", ["booking reference " + R.choice(["X", "Q", "L"]) + R.choice(["7", "K", "4"]) + R.choice(["B", "P"]) + " " + str(R.randint(10, 99)) + " and I'm travelling on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS)])]),
        lambda: ("call/utilities", "tariff rate and kWh",
                 [("agent", ["you're on " + R.choice(["24.5p", "twenty four point five pence", "thirty one cents"]) + " per kilowatt hour and you used " + str(R.randint(100, 999)) + " kilowatt hours"])]),
        lambda: ("call/retail", "time and store opening hours with back-channel",
                 [("customer", ["what time do you close"]), ("agent", [R.choice(["we're open till 9 tonight", "half nine", "nine thirty"]) + " and from " + R.choice(["8am", "eight"]) + " tomorrow"]), ("customer", ["okay"])]),
        lambda: ("call/banking", "last four of a transaction amount and percentage rate",
                 [("customer", ["the interest went up to " + R.choice(["4.9%", "five point two nine percent", "twenty two point nine APR"]) + " and I owe " + R.choice(["3,200", "three thousand two hundred"])])]),
        lambda: ("call/retail", "quantities and sizes",
                 [("customer", ["I need " + DW[R.randint(2, 9)] + " pairs in size " + R.choice(["ten", "9 and a half", "forty two", "eleven"]) + " and the jacket in " + R.choice(["XL", "a medium", "size 14"])])]),
        lambda: ("call/telecom", "number of lines and years",
                 [("customer", ["we've got " + DW[R.randint(2, 6)] + " lines on the account since " + year_words(R.randint(2005, 2021))])]),
        lambda: ("call/retail", "Whisper-style amounts, time and ordinal date",
                 [("agent", ["Okay. So that's " + R.choice(["$40", "$1,200", "£19.99", "€7.50"]) + ", and it'll be delivered on the " + ordinal_num(R.randint(1, 28)) + " between " + R.choice(["2:30 and 4:30", "9 and 12", "10:00 and 2:00"]) + "."])]),
        lambda: ("call/telecom", "Whisper-style plan price, minutes and gigabytes",
                 [("customer", ["Yeah, I'm on the " + R.choice(["$45", "£25", "€30"]) + " plan with " + R.choice(["500 minutes", "unlimited texts", "1,000 minutes"]) + " and " + R.choice(["20 gigs", "100GB", "five gigs"]) + " of data."])]),
        lambda: ("call/insurance", "policy renewal date and premium",
                 [("agent", ["your policy renews on " + R.choice(["the 1st of April", "April 1st, 2026", "01/04/2026"]) + " and the premium will be " + R.choice(["£412.80", "four hundred and twelve pounds eighty", "$1,120 a year"])])]),
    ]
    return gens


def main():
    check = "--check" in sys.argv
    # positives
    pos = 0
    order = []
    while len(order) < 216:
        order.extend(POS_TEMPLATES)
    for i in range(216):
        pos += 1
        order[i]("h177-pos-%03d" % pos)
    # negatives
    gens = n_cases()
    for i in range(120):
        note, what, turns = gens[i % len(gens)]()
        build("h177-neg-%03d" % (i + 1), "negative", [(s, [t for t in segs]) for s, segs in turns], note + ": " + what)
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)
    counts = {t: 0 for t in TYPES}
    for c in CASES:
        for s in c["spans"]:
            counts[s["type"]] += 1
    npos = sum(1 for c in CASES if c["kind"] == "positive")
    nneg = len(CASES) - npos
    readme = make_readme(counts, npos, nneg)
    if check:
        problems = validate(lines, counts, npos, nneg)
        with open(OUTFILE, encoding="utf-8") as f:
            if f.read() != lines:
                problems.append("cases.jsonl differs from regenerated output")
        with open(README, encoding="utf-8") as f:
            if f.read() != readme:
                problems.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if problems:
            for p in problems[:50]:
                print("PROBLEM:", p)
            print("%d problems" % len(problems))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(OUTFILE, "w", encoding="utf-8") as f:
        f.write(lines)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme)
    print("wrote %d cases (%d positive, %d negative)" % (len(CASES), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
LH_REV = {v: k for k, v in LETTER_HOMO.items()}
FILLERS = {"um", "uh", "erm", "er", "sorry", "and", "then", "slash", "the", "of", "plus", "flat"}


def normalise(surface, letters=False):
    """Spoken/ASR form -> compact token string (digits, letters, @ . _ -)."""
    s = surface.replace(",", " ").replace("(", " ").replace(")", " ").replace("@", " @ ").replace("+", " ")
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if nxt in ("for", "as") and i + 2 < len(toks):
            nn = toks[i + 2].lower()
            nn3 = toks[i + 3].lower() if i + 3 < len(toks) else ""
            if (nxt == "for" and nn in NATO_REV) or (nxt == "as" and nn == "in" and nn3 in NATO_REV):
                out.append(NATO_REV[nn if nxt == "for" else nn3])
                i += 3 if nxt == "for" else 4
                continue
        if tl in ("for",) and nxt in NATO_REV:
            i += 2
            continue
        if tl == "as" and nxt == "in" and i + 2 < len(toks) and toks[i + 2].lower() in NATO_REV:
            i += 3
            continue
        if letters and t.isalpha() and t.isupper():
            out.append(t)
            i += 1
            continue
        if tl in ("double", "triple"):
            n = 2 if tl == "double" else 3
            d = WORDNUM.get(nxt, nxt)
            out.append(d * n)
            i += 2
            continue
        if "-" in tl and all(p in TENNUM or p in WORDNUM for p in tl.split("-")) and tl.split("-")[0] in TENNUM:
            a, b = tl.split("-")
            out.append(TENNUM[a] + WORDNUM[b])
            i += 1
            continue
        if tl in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "to", "too", "for", "ate", "won", "zero", "nought"):
                out.append(TENNUM[tl] + WORDNUM[nxt])
                i += 2
                continue
            out.append(TENNUM[tl] + "0")
            i += 1
            continue
        if tl in TEENNUM:
            if nxt == "hundred":
                out.append(TEENNUM[tl] + "00")
                i += 2
                continue
            out.append(TEENNUM[tl])
            i += 1
            continue
        if tl == "hundred":
            if nxt == "and":
                i += 2
                continue
            if nxt in WORDNUM:
                out.append("0")
            elif nxt in TENNUM or nxt in TEENNUM:
                pass
            else:
                out.append("00")
            i += 1
            continue
        if tl == "thousand":
            if nxt == "and":
                out.append("00")
                i += 2
                continue
            out.append("000")
            i += 1
            continue
        if tl in WORDNUM and not (letters and tl == "o" and False):
            out.append(WORDNUM[tl])
            i += 1
            continue
        if letters and tl in LH_REV:
            out.append(LH_REV[tl])
            i += 1
            continue
        if tl in ("dot", "point"):
            out.append(".")
        elif tl == "at":
            out.append("@")
        elif tl == "underscore":
            out.append("_")
        elif tl in ("dash", "hyphen"):
            out.append("-")
        elif tl in FILLERS:
            pass
        else:
            out.append(t)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def validate_group(typ, canon, surfaces):
    joined = " ".join(surfaces)
    if typ == "EMAIL":
        n = normalise(joined).lower()
        if n != canon.lower() or not re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+$", n):
            return "email %r -> %r != %r" % (joined, n, canon)
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = re.sub(r"[^A-Za-z0-9]", "", normalise(joined.replace(".", " ").replace("-", " "), letters=True)).upper()
        if typ == "NI_NUMBER" and not NI_RE.match(canon):
            return "bad NI canon %s" % canon
        if typ == "IBAN" and not iban_valid(canon):
            return "bad IBAN %s" % canon
        if typ == "POSTCODE" and not (UK_PC.match(canon) or re.match(r"^\d{5}(\d{4})?$", canon)):
            return "bad postcode %s" % canon
        if n != canon:
            return "%s %r -> %r != %r" % (typ, joined, n, canon)
        return None
    if typ == "ADDRESS":
        n = normalise(joined)
        if not re.search(r"\d", n) or not re.search(r"(road|lane|street|avenue|close|drive|crescent|gardens|way|terrace|boulevard|court|place)$", joined.lower()):
            return "address %r" % joined
        return None
    if typ in ("DOB", "EXPIRY"):
        n = normalise(joined)
        if not (re.search(r"\d", n)):
            return "%s has no number %r" % (typ, joined)
        if typ == "DOB" and canon[2:4] not in re.sub(r"\D", "", n) and canon[:4] not in n:
            return "DOB year missing %r %r" % (joined, n)
        return None
    digits = re.sub(r"\D", "", normalise(joined.replace(".", " ").replace("-", " ")))
    if typ == "PHONE" and digits.startswith("00") and digits[2:] == canon:
        digits = digits[2:]
    if digits != canon:
        return "%s %r -> %r != %r" % (typ, joined, digits, canon)
    L = len(canon)
    if typ == "CARD_NUMBER":
        if len(surfaces) and L >= 13 and not (13 <= L <= 19 and luhn_ok(canon)):
            return "card invalid %s" % canon
        if L < 13 and not 3 <= L <= 6:
            return "card fragment %s" % canon
    elif typ == "CVV" and L not in (3, 4):
        return "cvv %s" % canon
    elif typ == "SSN" and L not in (9, 4):
        return "ssn %s" % canon
    elif typ == "SORT_CODE" and L != 6:
        return "sort %s" % canon
    elif typ == "BANK_ACCOUNT" and not 6 <= L <= 12:
        return "acct %s" % canon
    elif typ == "PHONE" and not 10 <= L <= 13:
        return "phone %s" % canon
    return None


def validate(lines, counts, npos, nneg):
    problems = []
    ids = set()
    for ln in lines.splitlines():
        c = json.loads(ln)
        if c["id"] in ids:
            problems.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + " positive without spans")
        if not c["id"].startswith("h177-" + ("pos" if c["kind"] == "positive" else "neg")):
            problems.append(c["id"] + " id/kind mismatch")
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(c["id"] + " bad type")
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(c["id"] + " offsets out of range")
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s span start not on word boundary %r" % (c["id"], t))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s span end not on word boundary %r" % (c["id"], t))
            v = t[s["start"]:s["end"]]
            if v != v.strip() or not v[0].isalnum() or not (v[-1].isalnum()):
                problems.append("%s span has untrimmed edge %r" % (c["id"], v))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(c["id"] + " overlapping spans")
    for cid, typ, canon, surfaces in GROUPS:
        p = validate_group(typ, canon, surfaces)
        if p:
            problems.append(cid + " " + p)
    for t, m in MINS.items():
        if counts[t] < m:
            problems.append("type %s has %d spans < %d" % (t, counts[t], m))
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    return problems


def make_readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set 177

**Never use this set for tuning.** It is a held-out evaluation set; do not look at individual
failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its documentation or any other PII fixture; the only existing data consulted was a
three-line example of the JSONL format. Cases are generated by `scripts/make_pii_holdout177.py`
from template functions: every turn is assembled from plain-text segments and (value, TYPE)
segments, so span offsets are computed, never typed. All values come from one
`random.Random(%d)`; output is byte-for-byte reproducible. `--check` regenerates and compares,
checks ids, offsets, word boundaries, overlaps, and validates each value after normalising spoken
forms (Luhn, mod-97, NI format, SSN/sort code/CVV/phone/account digit counts, postcode shapes).

Emphasis: phone calls written the way a speech recogniser (Whisper-like) writes them: partial
inverse text normalisation (`4111 1111 one one ...`), stray capitals and commas, homophones
(`to`/`too` for 2, `for` for 4, `ate` for 8, `won` for 1, `see`/`bee`/`why` for letters),
`oh`/`o`/`nought`/`zero`, `double`/`triple`, pairs (`forty one eleven`), letters spelled with
NATO words (`b for bravo`, `k as in kilo`), words run together (`millroad`), values split over
several customer turns with agent back-channels, self-corrections and agent read-backs.
Chat cases cover typed separators, case and grouping variation.

## Annotation conventions

* A span covers the value itself only: from its first to its last letter/digit, including any
  internal spoken words that are part of the reading (`double`, `triple`, `for bravo`, `dot`,
  `at`, `slash`, `hundred and`) but excluding lead-ins (`it's`, `my number is`) and trailing
  fillers/chit-chat. A leading `+` or `(` and trailing punctuation are outside the span
  (spans start and end on a letter/digit); internal punctuation (`0117) 191`, `3. Double`) is inside.
* A value split across turns gets one span per turn fragment (same type). On a self-correction
  every fragment of the value actually spoken is labelled, including an abandoned partial read;
  an agent read-back (or read-back of the last four card digits) is labelled too.
* ADDRESS = optional flat number + house number + street name + street suffix; the town/city is
  not inside the span. POSTCODE = UK postcode (outward and inward, possibly split across turns) or
  US ZIP / ZIP+4.
* DOB spans the whole date expression (`the fourteenth of march nineteen eighty two`).
  EXPIRY spans the month/year expression. CVV is the 3-4 digit code only.
* Non-PII numbers (amounts, times, order/ticket/claim references, dates of appointments, flight
  and room numbers, years, ages, speeds) appear unlabelled in positives and make up the negatives.
  A negative case fails if anything in it is redacted.

## Counts

Positives: %d. Negatives: %d.

| Type | Spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


if __name__ == "__main__":
    main()
