#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h108 (standard library only).

python scripts/make_pii_holdout108.py          # write fixture + README
python scripts/make_pii_holdout108.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 108241126
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout108"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
NATO_ALT = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
            "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Z": "zebra",
            "X": "xmas", "Y": "yellow"}
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def zero_word(rng):
    return rng.choice(["zero", "oh", "oh", "o", "nought"])


def dword(d, rng):
    return zero_word(rng) if d == "0" else DW[int(d)]


def pair_words(p, rng):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zero_word(rng), DW[b] if b else zero_word(rng)]
    if a == 1:
        return [TEENS[b]]
    if b == 0:
        return [TENS[a]]
    return [TENS[a], DW[b]]


def speak_digits(s, rng, style=None, filler=0.0):
    """Spoken rendering of a digit string. Only forms the normaliser inverts."""
    style = style or rng.choice(["digit", "digit", "double", "pairs"])
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if style == "pairs" and s[i] != "0" and s[i + 1:i + 3] == "00" and rng.random() < 0.8:
            out += [DW[int(d)], "hundred"]
            i += 3
        elif style == "pairs" and i + 1 < len(s) and rng.random() < 0.7:
            p = s[i:i + 2]
            # a bare tens word must not be followed by a unit word
            nxt = s[i + 2] if i + 2 < len(s) else None
            if p[1] == "0" and p[0] not in "01":
                out += [DW[int(p[0])], zero_word(rng)]
            else:
                out += pair_words(p, rng)
            i += 2
        elif style in ("double", "pairs") and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d:
            out += ["triple", dword(d, rng)]
            i += 3
        elif style in ("double", "pairs") and i + 1 < len(s) and s[i + 1] == d:
            out += ["double", dword(d, rng)]
            i += 2
        else:
            out.append(dword(d, rng))
            i += 1
        if filler and rng.random() < filler and i < len(s):
            out.append(rng.choice(FILLERS))
    return " ".join(out)


def speak_letter(c, rng, mode=None):
    mode = mode or rng.choice(["plain", "plain", "nato", "for"])
    lc = c.lower()
    if c == "O":
        mode = rng.choice(["nato", "for"])
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return lc + " for " + rng.choice([NATO[c], NATO_ALT.get(c, NATO[c])])
    return lc


def speak_alnum(s, rng, lmode=None, dstyle="digit"):
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(speak_digits(buf, rng, dstyle))
            buf = ""
        if ch.isalpha():
            out.append(speak_letter(ch, rng, lmode))
    if buf:
        out.append(speak_digits(buf, rng, dstyle))
    return " ".join(out)


def year_words(y, rng):
    a, b = y[:2], y[2:]
    if a == "20" and b[0] == "0":
        return "two thousand" + ("" if b == "00" else " and " + DW[int(b[1])]) if rng.random() < .7 \
            else "twenty " + zero_word(rng) + " " + DW[int(b[1])]
    return " ".join(pair_words(a, rng) + pair_words(b, rng))


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]

# ---------------------------------------------------------------- value generators


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


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    pre, n = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16),
              "visa13": ("4", 16)}[kind]
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c, rng, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", ".", "  "])
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    digs = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "AIBK", "BOFI", "HBUK"]) + digs(14)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "FR":
        bban = digs(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digs(10)
    else:
        bban = digs(20)
    return cc + iban_check(cc, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(rng):
    k = rng.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie",
                    "ie_intl"])
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        digits = "07" + rng.choice("3456789") + d(8)
        typed = rng.choice([digits[:5] + " " + digits[5:], digits, digits[:5] + "-" + digits[5:8]
                            + "-" + digits[8:]])
    elif k == "uk_land":
        digits = "0" + rng.choice(["20", "161", "131", "113", "121"])
        digits += d(11 - len(digits))
        typed = rng.choice([digits[:4] + " " + digits[4:7] + " " + digits[7:], "(" + digits[:4]
                            + ") " + digits[4:]])
    elif k == "uk_intl":
        digits = "447" + rng.choice("3456789") + d(8)
        typed = rng.choice(["+44 " + digits[2:6] + " " + digits[6:], "+44 (0)" + digits[2:],
                            "0044" + digits[2:]])
    elif k == "us":
        digits = str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + d(4)
        typed = rng.choice(["(%s) %s-%s" % (digits[:3], digits[3:6], digits[6:]),
                            "%s.%s.%s" % (digits[:3], digits[3:6], digits[6:]),
                            "%s-%s-%s" % (digits[:3], digits[3:6], digits[6:]), digits])
    elif k == "us_intl":
        digits = "1" + str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + d(4)
        typed = "+1 %s %s %s" % (digits[1:4], digits[4:7], digits[7:])
    elif k == "ie":
        digits = "08" + rng.choice("35679") + d(7)
        typed = rng.choice([digits[:3] + " " + digits[3:6] + " " + digits[6:], digits])
    else:
        digits = "3538" + rng.choice("35679") + d(7)
        typed = "+353 " + digits[3:5] + " " + digits[5:8] + " " + digits[8:]
    return digits, typed


FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "lucy", "dev", "niamh", "carlos",
         "emma", "olu", "kate", "liam", "sophie", "raj", "hannah", "marek", "chloe", "sean"]
LAST = ["doe", "smith", "obrien", "patel", "kowalski", "nguyen", "murphy", "jones", "garcia",
        "walsh", "taylor", "khan", "brennan", "fischer", "evans", "reilly", "moreau", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "web.de", "live.ie", "comcast.net"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + "_" + l + str(rng.randint(1, 99)),
                        l + f[0] + str(rng.randint(70, 99)), f + l])
    return local, rng.choice(DOMAINS)


def speak_email(local, dom, rng):
    def sp(part):
        out = []
        for tok in re.split(r"([._\d]+)", part):
            if not tok:
                continue
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(speak_digits(tok, rng, "pairs"))
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok)
        return " ".join(out)
    return sp(local) + " at " + " dot ".join(dom.split("."))


# UK postcode areas without the letter O to keep spoken letters unambiguous
PC_AREAS = ["SW", "SE", "E", "N", "NW", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NE",
            "S", "BT", "CB", "RG", "GU", "KT", "TW", "HA", "EN", "DE", "NG", "LE", "PE", "ST",
            "CV", "WR", "HR", "TA", "EX", "PL", "TR", "AB", "DD", "KY", "FK", "CH", "WA"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(rng):
    if rng.random() < 0.35:
        z = "%05d" % rng.randint(1001, 99950)
        if rng.random() < 0.3:
            return z + "-" + "%04d" % rng.randint(1, 9999), "US"
        return z, "US"
    a = rng.choice(PC_AREAS)
    dist = str(rng.randint(1, 29))
    if a in ("SW", "W", "E", "N", "EC") and rng.random() < 0.2:
        dist = str(rng.randint(1, 9)) + rng.choice("ABCHNPW")
    return a + dist + " " + str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN), "UK"


STREETS = ["maple", "church", "station", "high", "victoria", "park", "mill", "oak", "elm",
           "kingsway", "riverside", "willow", "chestnut", "sycamore", "hawthorn", "lincoln",
           "washington", "main", "pine", "cedar", "meadow", "harbour", "abbey", "granville"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "place", "terrace", "boulevard", "grove", "gardens"]
SUFFIX_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "close": "Cl", "crescent": "Cres", "way": "Way", "court": "Ct", "place": "Pl",
               "terrace": "Terr", "boulevard": "Blvd", "grove": "Grv", "gardens": "Gdns"}
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "reading", "norwich",
            "belfast", "york", "exeter"]
TOWNS_US = ["springfield", "austin", "dayton", "fresno", "albany", "tucson", "boise", "tampa"]
TOWNS_IE = ["cork", "galway", "limerick", "dublin 8", "kilkenny", "sligo"]


def gen_address(rng):
    return rng.randint(1, 420), rng.choice(STREETS), rng.choice(SUFFIX)


def typed_address(a, rng):
    n, s, suf = a
    suf_t = SUFFIX_ABBR[suf] + rng.choice(["", "."]) if rng.random() < .5 else suf
    flat = ""
    if rng.random() < 0.2:
        flat = rng.choice(["Flat %d, " % rng.randint(1, 30), "Apt %d " % rng.randint(1, 30),
                           "%d%s " % (n, rng.choice("ab"))])
        if flat.startswith(str(n)):
            return flat + s.capitalize() + " " + suf_t
    txt = flat + "%d %s %s" % (n, s, suf_t)
    return txt if rng.random() < .4 else txt.title()


def number_words(n, rng):
    if n < 10:
        return DW[n]
    if n < 100:
        return " ".join(pair_words("%02d" % n, rng))
    h, r = divmod(n, 100)
    if rng.random() < .5:
        return DW[h] + " " + (" ".join(pair_words("%02d" % r, rng)) if r else "hundred")
    return DW[h] + " hundred" + ((" and " + number_words(r, rng)) if r else "")


def spoken_address(a, rng):
    n, s, suf = a
    return "%s %s %s" % (number_words(n, rng), s, suf)


def gen_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2006)


def typed_dob(d, rng, us=False):
    dd, mm, yy = d
    f = rng.choice(["num", "num", "num", "text", "text2", "dash", "iso"])
    if f == "num":
        return ("%02d/%02d/%d" % ((mm, dd, yy) if us else (dd, mm, yy)))
    if f == "dash":
        return ("%d-%d-%02d" % ((mm, dd, yy % 100) if us else (dd, mm, yy % 100)))
    if f == "iso":
        return "%d-%02d-%02d" % (yy, mm, dd)
    if f == "text":
        return "%d %s %d" % (dd, MONTHS[mm - 1].capitalize()[:rng.choice([3, 20])], yy)
    return "%s %d%s, %d" % (MONTHS[mm - 1].capitalize(), dd, {1: "st", 2: "nd", 3: "rd", 21: "st",
                                                               22: "nd", 23: "rd"}.get(dd, "th"), yy)


def spoken_dob(d, rng):
    dd, mm, yy = d
    y = year_words(str(yy), rng)
    f = rng.choice(["ofm", "mfirst", "num"])
    if f == "ofm":
        return "the %s of %s %s" % (ORD[dd - 1], MONTHS[mm - 1], y)
    if f == "mfirst":
        return "%s %s %s" % (MONTHS[mm - 1], ORD[dd - 1], y)
    return "%s %s %s" % (speak_digits("%02d" % dd, rng, "digit"), speak_digits("%02d" % mm, rng,
                                                                               "digit"), y)


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 33)


def typed_expiry(e, rng):
    m, y = e
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                       "%d/%d" % (m, y), "%02d %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)])


def spoken_expiry(e, rng):
    m, y = e
    f = rng.choice(["num", "month", "num2"])
    if f == "num":
        return "%s %s %s" % (zero_word(rng) if m < 10 else "one", DW[m % 10] if m != 10 and m < 10
                             else DW[m - 10] if m > 10 else zero_word(rng), " ".join(pair_words("%02d" % y, rng)))
    if f == "month":
        return "%s %s" % (MONTHS[m - 1], rng.choice([" ".join(pair_words("%02d" % y, rng)),
                                                     "twenty " + " ".join(pair_words("%02d" % y, rng))]))
    return "%s %s" % (speak_digits("%02d" % m, rng, "digit"), speak_digits("%02d" % y, rng, "digit"))


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans = kind, note, [], []

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                   "type": typ})
                text += val
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self


def messy(rng, s):
    """Random typos in filler text (never inside spans)."""
    if rng.random() < 0.35:
        words = s.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3 and w.isalpha():
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        s = " ".join(words)
    if rng.random() < 0.25:
        s = s.lower()
    return s


EMO = ["", "", "", " 🙂", " 🙏", " 😅", " 👍", " thx", " ty", " !!", " :)"]


def emo(rng):
    return rng.choice(EMO)


CHAT_CH = ["web chat", "sms", "email", "social dm", "whatsapp", "app chat"]
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]
SAFE_NUMS = [lambda r: "£%d.%02d" % (r.randint(5, 900), r.randint(0, 99)),
             lambda r: "$%d" % r.randint(20, 2000),
             lambda r: "order #%d" % r.randint(100000, 99999999),
             lambda r: "ticket %d" % r.randint(1000, 9999999),
             lambda r: "ref %s%d" % (r.choice(["CX", "RF", "TK"]), r.randint(10000, 999999))]


def safe_bit(rng):
    return rng.choice(SAFE_NUMS)(rng)


def chan(rng):
    return rng.choice(CHAT_CH), rng.choice(INDUSTRIES)


# ---- CARD
def pos_card_typed(rng):
    c = gen_card(rng)
    ch, ind = chan(rng)
    k = Case("positive", "")
    v = rng.choice(["one", "one", "split2", "split4", "readback"])
    k.turn("agent", messy(rng, rng.choice(["Can you type the long card number please?",
                                           "Please send the long card number",
                                           "pls share card no. to settle the balance on %s" % safe_bit(rng)])))
    g = group_card(c, rng)
    if v == "one":
        pre = messy(rng, rng.choice(["sure its ", "card number: ", "ok here u go ", "CARD NO ",
                                     "Its my debit card ", "copied from app -> "]))
        k.turn("customer", pre, (g, "CARD_NUMBER"), rng.choice(["", "", "\u200b"]) + emo(rng))
        note = "card typed in one message, mixed separators"
    elif v == "split2":
        cut = rng.choice([4, 8, 6]) if len(c) == 16 else 4
        k.turn("customer", messy(rng, "first bit "), (c[:cut], "CARD_NUMBER"))
        k.turn("customer", (c[cut:], "CARD_NUMBER"), emo(rng))
        note = "card split over two consecutive messages"
    elif v == "split4":
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
        for p in parts:
            k.turn("customer", (p, "CARD_NUMBER"))
        note = "card sent as one group of digits per message"
    else:
        k.turn("customer", "ok ", (g, "CARD_NUMBER"))
        g2 = group_card(c, rng, " ")
        k.turn("agent", "Thanks, just to confirm that's ", (g2, "CARD_NUMBER"), "?")
        k.turn("customer", messy(rng, "yes thats right"))
        note = "card typed and agent reads it back in chat"
    k.note = "%s/%s: %s" % (ch, ind, note)
    return k


def pos_card_spoken(rng):
    c = gen_card(rng)
    ind = rng.choice(INDUSTRIES)
    k = Case("positive", "")
    v = rng.choice(["one", "split", "pairs", "filler"])
    k.turn("agent", "okay and the long number across the front of the card please")
    if v == "one":
        k.turn("customer", "yeah it's ", (speak_digits(c, rng, "double"), "CARD_NUMBER"))
        note = "card read in one turn with double/triple"
    elif v == "pairs":
        k.turn("customer", "right so ", (speak_digits(c, rng, "pairs"), "CARD_NUMBER"), " and that's it")
        note = "card read as pairs like forty one eleven"
    elif v == "filler":
        k.turn("customer", (speak_digits(c, rng, "digit", filler=0.2), "CARD_NUMBER"))
        note = "card read with fillers inside"
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
        for j, p in enumerate(parts):
            k.turn("customer", (speak_digits(p, rng), "CARD_NUMBER"))
            if j < len(parts) - 1:
                k.turn("agent", rng.choice(["mhm", "yep", "okay go on", "yeah", "got that"]))
        note = "card split over turns with back-channels"
    k.note = "call/%s: %s" % (ind, note)
    return k


# ---- CVV / EXPIRY
def pos_cvv_exp_typed(rng):
    e = gen_expiry(rng)
    cvv = "%03d" % rng.randint(0, 999)
    ch, ind = chan(rng)
    k = Case("positive", "%s/%s: expiry and CVV typed together after the card" % (ch, ind))
    k.turn("agent", "And the expiry date and the 3 digits on the back?")
    f = rng.choice(["a", "b", "c"])
    if f == "a":
        k.turn("customer", messy(rng, "exp "), (typed_expiry(e, rng), "EXPIRY"), messy(rng, " cvv "),
               (cvv, "CVV"))
    elif f == "b":
        k.turn("customer", (typed_expiry(e, rng), "EXPIRY"), emo(rng))
        k.turn("customer", messy(rng, "security code is "), (cvv, "CVV"))
    else:
        k.turn("customer", messy(rng, "Expires "), (typed_expiry(e, rng), "EXPIRY"),
               ", code on back ", (cvv, "CVV"), rng.choice(["", ".", " !"]))
    return k


def pos_cvv_exp_spoken(rng):
    e = gen_expiry(rng)
    cvv = "%03d" % rng.randint(0, 999)
    ind = rng.choice(INDUSTRIES)
    k = Case("positive", "")
    v = rng.choice(["sep", "corr", "same"])
    k.turn("agent", "and the expiry date on the card")
    if v == "corr":
        e2 = (e[0], e[1] + 1 if e[1] < 33 else 30)
        k.turn("customer", "it's ", (spoken_expiry(e, rng), "EXPIRY"), " no sorry ",
               (spoken_expiry(e2, rng), "EXPIRY"))
        note = "expiry self-corrected, both labelled"
    else:
        k.turn("customer", "um ", (spoken_expiry(e, rng), "EXPIRY"))
        note = "expiry then cvv in separate turns"
    k.turn("agent", "lovely and the three digit security code on the back")
    if v == "same":
        k.turn("customer", (speak_digits(cvv, rng), "CVV"), " and that's the one on the signature strip")
    else:
        k.turn("customer", "it's ", (speak_digits(cvv, rng, "digit"), "CVV"))
    k.turn("agent", "thank you that's gone through for %s" % rng.choice(
        ["forty two pounds", "nineteen ninety nine", "a hundred and twelve dollars"]))
    k.note = "call/%s: %s" % (ind, note)
    return k


# ---- SSN
def fmt_ssn(s, rng):
    return rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                       s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "- " + s[3:5] + " -" + s[5:]])


def pos_ssn_typed(rng):
    s = gen_ssn(rng)
    ch = rng.choice(CHAT_CH)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    k = Case("positive", "")
    v = rng.choice(["one", "one", "split", "last4ctx"])
    k.turn("agent", rng.choice(["To verify, what's your Social Security number?",
                                "I need the SSN on the policy please",
                                "can u confirm ur social"]))
    if v == "one":
        k.turn("customer", messy(rng, rng.choice(["ssn ", "Its ", "SS#: ", "social is ", "my ss no. "])),
               (fmt_ssn(s, rng), "SSN"), emo(rng))
        note = "SSN typed in one message"
    elif v == "split":
        k.turn("customer", (s[:3], "SSN"), rng.choice(["-", " ", ""]))
        k.turn("customer", (s[3:5] + rng.choice(["-", " "]) + s[5:], "SSN"))
        note = "SSN split across two messages"
    else:
        k.turn("customer", messy(rng, "sure, full one is "), (fmt_ssn(s, rng), "SSN"),
               messy(rng, " and my claim number is %d" % rng.randint(10000, 9999999)))
        note = "SSN next to an unlabelled claim number"
    k.note = "%s/%s (US): %s" % (ch, ind, note)
    return k


def pos_ssn_spoken(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services"])
    k = Case("positive", "")
    v = rng.choice(["one", "groups", "pairs"])
    k.turn("agent", "can i get your social security number please")
    if v == "one":
        k.turn("customer", "yeah it's ", (speak_digits(s, rng, "double", filler=0.1), "SSN"))
        note = "SSN read in one turn"
    elif v == "groups":
        k.turn("customer", (speak_digits(s[:3], rng), "SSN"))
        k.turn("agent", "mhm")
        k.turn("customer", (speak_digits(s[3:5], rng), "SSN"))
        k.turn("agent", "okay")
        k.turn("customer", (speak_digits(s[5:], rng, "pairs"), "SSN"))
        note = "SSN in three turns, last group as pairs"
    else:
        k.turn("customer", "sure ", (speak_digits(s[:3], rng) + " " + speak_digits(s[3:5], rng, "pairs")
                                     + " " + speak_digits(s[5:], rng, "pairs"), "SSN"))
        k.turn("agent", "let me read that back ", (speak_digits(s, rng, "digit"), "SSN"))
        k.turn("customer", "that's correct")
        note = "SSN with pairs and agent read-back"
    k.note = "call/%s (US): %s" % (ind, note)
    return k


# ---- NI
def fmt_ni(n, rng):
    f = rng.choice(["sp", "sp", "none", "lower", "dash", "mix"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "none":
        return n
    if f == "lower":
        return n.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return n[:2].lower() + n[2:8] + n[8]


def pos_ni_typed(rng):
    n = gen_ni(rng)
    ch = rng.choice(CHAT_CH)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "retail"])
    k = Case("positive", "")
    v = rng.choice(["one", "one", "split", "paste"])
    k.turn("agent", rng.choice(["What's your National Insurance number?", "NI number pls",
                                "Could you confirm your NINO for the pension enquiry"]))
    if v == "one":
        k.turn("customer", messy(rng, rng.choice(["its ", "NI: ", "ni no ", "Sure - "])),
               (fmt_ni(n, rng), "NI_NUMBER"), emo(rng))
        note = "NI number typed"
    elif v == "split":
        k.turn("customer", (n[:2] + " " + n[2:5], "NI_NUMBER"))
        k.turn("customer", (n[5:8] + " " + n[8], "NI_NUMBER"), messy(rng, " sorry phone died"))
        note = "NI number split across messages"
    else:
        k.turn("customer", "\"", (n[:2] + "\u00a0" + n[2:4] + "\u00a0" + n[4:6] + "\u00a0" + n[6:8]
                                  + "\u00a0" + n[8], "NI_NUMBER"), "\" (copied from my payslip)")
        note = "NI number pasted with non-breaking spaces and quotes"
    k.note = "%s/%s (UK): %s" % (ch, ind, note)
    return k


def pos_ni_spoken(rng):
    n = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    k = Case("positive", "")
    v = rng.choice(["one", "split", "nato"])
    k.turn("agent", "and your national insurance number")
    if v == "one":
        k.turn("customer", "yeah it's ", (speak_alnum(n, rng, "plain", "pairs"), "NI_NUMBER"))
        note = "NI read with letters and pairs"
    elif v == "nato":
        k.turn("customer", (speak_letter(n[0], rng, "for") + " " + speak_letter(n[1], rng, "for") + " "
                            + speak_digits(n[2:8], rng, "double") + " " + speak_letter(n[8], rng, "plain"),
                            "NI_NUMBER"), " i think")
        note = "NI with 'x for xray' letters"
    else:
        k.turn("customer", (speak_letter(n[0], rng) + " " + speak_letter(n[1], rng), "NI_NUMBER"))
        k.turn("agent", "okay")
        k.turn("customer", (speak_digits(n[2:8], rng, "pairs"), "NI_NUMBER"))
        k.turn("agent", "and the last letter")
        k.turn("customer", (speak_letter(n[8], rng, "plain"), "NI_NUMBER"))
        note = "NI split over turns"
    k.note = "call/%s (UK): %s" % (ind, note)
    return k


# ---- bank account / sort code / IBAN
def pos_bank_typed(rng):
    acc = "".join(rng.choice("0123456789") for _ in range(8))
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    ch = rng.choice(CHAT_CH)
    ind = rng.choice(["banking", "utilities", "insurance", "telecom"])
    k = Case("positive", "%s/%s (UK): direct debit sort code and account typed" % (ch, ind))
    k.turn("agent", messy(rng, "To set up the direct debit I'll need sort code and account number"))
    scf = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    if rng.random() < .5:
        k.turn("customer", messy(rng, "sort "), (scf, "SORT_CODE"), messy(rng, " acc "), (acc, "BANK_ACCOUNT"))
    else:
        k.turn("customer", messy(rng, "S/C: "), (scf, "SORT_CODE"))
        k.turn("customer", messy(rng, "A/C No. "), (acc, "BANK_ACCOUNT"), emo(rng))
    k.turn("agent", "Thanks, the first payment of %s will be on the %s" % (
        safe_bit(rng) if False else "£%d.%02d" % (rng.randint(10, 99), rng.randint(0, 99)),
        rng.choice(["1st", "15th", "28th"])))
    return k


def pos_bank_spoken(rng):
    acc = "".join(rng.choice("0123456789") for _ in range(8))
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    ind = rng.choice(["banking", "utilities", "insurance"])
    k = Case("positive", "call/%s (UK): sort code in pairs, account split over turns" % ind)
    k.turn("agent", "what's the sort code")
    k.turn("customer", (speak_digits(sc, rng, "pairs"), "SORT_CODE"))
    k.turn("agent", "and the account number")
    k.turn("customer", (speak_digits(acc[:4], rng), "SORT_CODE" if False else "BANK_ACCOUNT"))
    k.turn("agent", "yep")
    k.turn("customer", (speak_digits(acc[4:], rng, "double"), "BANK_ACCOUNT"))
    return k


def pos_us_account(rng):
    acc = "".join(rng.choice("0123456789") for _ in range(rng.choice([10, 11, 12])))
    ch = rng.choice(CHAT_CH)
    k = Case("positive", "%s/banking (US): checking account number next to a routing-free refund amount" % ch)
    k.turn("customer", messy(rng, "refund of $%d.%02d should go to checking acct " % (rng.randint(10, 500), rng.randint(0, 99))),
           (acc, "BANK_ACCOUNT"), emo(rng))
    k.turn("agent", "Got it, the refund will land in %d-%d business days" % (3, rng.randint(5, 7)))
    return k


def pos_iban(rng):
    ib = gen_iban(rng)
    ch = rng.choice(CHAT_CH)
    ind = rng.choice(["banking", "travel", "utilities", "insurance", "retail"])
    k = Case("positive", "")
    v = rng.choice(["sp", "none", "lower", "split", "spoken"])
    if v == "spoken":
        k.turn("agent", "could you read me the iban please")
        k.turn("customer", "okay it's ", (speak_alnum(ib, rng, "plain", "digit"), "IBAN"))
        k.note = "call/%s (EU): IBAN read letter by letter" % ind
        return k
    k.turn("agent", "Please provide the IBAN for the refund")
    if v == "sp":
        k.turn("customer", messy(rng, "IBAN: "), (group4(ib), "IBAN"))
    elif v == "none":
        k.turn("customer", messy(rng, "here "), (ib, "IBAN"), emo(rng))
    elif v == "lower":
        k.turn("customer", (group4(ib).lower(), "IBAN"), messy(rng, " (that's my main account)"))
    else:
        g = group4(ib).split(" ")
        h = len(g) // 2
        k.turn("customer", (" ".join(g[:h]), "IBAN"))
        k.turn("customer", (" ".join(g[h:]), "IBAN"))
    k.note = "%s/%s (EU): IBAN typed (%s)" % (ch, ind, v)
    return k


# ---- phone / email
def pos_phone_typed(rng):
    digits, typed = gen_phone(rng)
    ch, ind = chan(rng)
    k = Case("positive", "%s/%s: callback number typed" % (ch, ind))
    k.turn("agent", messy(rng, "Whats the best number to reach you on?"))
    if rng.random() < .3:
        k.turn("customer", messy(rng, "call me after 5pm on "), (typed, "PHONE"))
    else:
        k.turn("customer", messy(rng, rng.choice(["mob: ", "its ", "tel ", "cell "])), (typed, "PHONE"),
               emo(rng))
    return k


def pos_phone_spoken(rng):
    digits, _ = gen_phone(rng)
    ind = rng.choice(INDUSTRIES)
    k = Case("positive", "call/%s: phone read out, split at natural pause" % ind)
    k.turn("agent", "and a contact number in case we get cut off")
    pre = ""
    d = digits
    if digits.startswith("44") or digits.startswith("353") or (digits.startswith("1") and len(digits) == 11):
        pre = "plus "
    cut = 5 if len(d) >= 11 else 3
    k.turn("customer", "it's ", (pre + speak_digits(d[:cut], rng, "digit"), "PHONE"))
    k.turn("agent", "mhm")
    k.turn("customer", (speak_digits(d[cut:], rng, rng.choice(["double", "pairs"])), "PHONE"))
    return k


def pos_email(rng):
    local, dom = gen_email(rng)
    ch, ind = chan(rng)
    k = Case("positive", "")
    if rng.random() < .6:
        e = local + "@" + dom
        e = rng.choice([e, e, e.upper(), local.capitalize() + "@" + dom, local + " @ " + dom])
        k.turn("agent", "What email should we send the confirmation to?")
        k.turn("customer", messy(rng, rng.choice(["its ", "email: ", "send to ", "pls use "])), (e, "EMAIL"),
               rng.choice(["", ".", " thx", " 😊"]))
        k.note = "%s/%s: email typed" % (ch, ind)
    else:
        k.turn("agent", "can i take an email address for the receipt")
        k.turn("customer", "yeah it's ", (speak_email(local, dom, rng), "EMAIL"))
        k.note = "call/%s: email dictated with dot and at" % ind
    return k


# ---- DOB / postcode / address
def pos_dob(rng):
    d = gen_dob(rng)
    k = Case("positive", "")
    ind = rng.choice(INDUSTRIES)
    if rng.random() < .6:
        ch = rng.choice(CHAT_CH)
        k.turn("agent", "For security, can you confirm your date of birth?")
        us = rng.random() < .4
        k.turn("customer", messy(rng, rng.choice(["dob ", "born ", "its ", "D.O.B: "])), (typed_dob(d, rng, us), "DOB"),
               messy(rng, rng.choice(["", " and my appointment is on the 3rd", " (I'm %d)" % (2026 - d[2])])))
        k.note = "%s/%s: DOB typed" % (ch, ind)
    else:
        k.turn("agent", "can you confirm your date of birth for me")
        k.turn("customer", "yeah it's ", (spoken_dob(d, rng), "DOB"))
        k.note = "call/%s: DOB spoken with ordinal/year words" % ind
    return k


def speak_postcode(pc, rng):
    if pc[0].isdigit():
        return speak_digits(pc.replace("-", ""), rng, "digit")
    return speak_alnum(pc, rng, rng.choice(["plain", "plain", "for"]), "digit")


def pos_addr(rng):
    a = gen_address(rng)
    pc, country = gen_postcode(rng)
    ind = rng.choice(INDUSTRIES)
    k = Case("positive", "")
    town = rng.choice(TOWNS_US if country == "US" else TOWNS_UK)
    if rng.random() < .6:
        ch = rng.choice(CHAT_CH)
        k.turn("agent", "What's the full address incl. postcode?")
        at = typed_address(a, rng)
        if rng.random() < .5:
            k.turn("customer", (at, "ADDRESS"), ", %s%s " % (town.title(), "," if rng.random() < .5 else ""),
                   (pc if rng.random() < .7 else pc.lower(), "POSTCODE"))
        else:
            k.turn("customer", (at, "ADDRESS"), emo(rng))
            k.turn("customer", messy(rng, "postcode "), (pc.replace(" ", "") if rng.random() < .3 else pc, "POSTCODE"))
        k.note = "%s/%s (%s): street address and postcode typed" % (ch, ind, country)
    else:
        k.turn("agent", "and the first line of the address")
        k.turn("customer", (spoken_address(a, rng), "ADDRESS"), " in %s" % town)
        k.turn("agent", "and the postcode" if country == "UK" else "and the zip code")
        k.turn("customer", (speak_postcode(pc, rng), "POSTCODE"))
        k.note = "call/%s (%s): address and postcode spoken" % (ind, country)
    return k


def pos_combo(rng):
    """Identity & verification: several values over a chat."""
    ch = rng.choice(CHAT_CH)
    ind = rng.choice(["banking", "insurance", "telecom"])
    k = Case("positive", "%s/%s: several identifiers in one conversation, typed" % (ch, ind))
    n = gen_ni(rng)
    d = gen_dob(rng)
    pc, _ = gen_postcode(rng)
    if _ == "US":
        s = gen_ssn(rng)
        k.turn("customer", messy(rng, "hi my card got blocked!! ticket %d" % rng.randint(100000, 999999)))
        k.turn("agent", "Sorry to hear that. Please confirm SSN and date of birth.")
        k.turn("customer", (fmt_ssn(s, rng), "SSN"), " / ", (typed_dob(d, rng, True), "DOB"))
        k.turn("agent", "And your ZIP?")
        k.turn("customer", (pc, "POSTCODE"))
    else:
        k.turn("customer", messy(rng, "hiya cant log in to app, been waiting 45 mins"))
        k.turn("agent", "Sorry about that! Can I take your NI number, DOB and postcode?")
        k.turn("customer", (fmt_ni(n, rng), "NI_NUMBER"), messy(rng, " , "), (typed_dob(d, rng), "DOB"),
               " , ", (pc, "POSTCODE"), emo(rng))
    return k


def pos_combo_call(rng):
    ind = rng.choice(["banking", "government services", "insurance"])
    k = Case("positive", "call/%s (UK): NI and card in one call with chit-chat" % ind)
    n = gen_ni(rng)
    c = gen_card(rng)
    k.turn("agent", "before we start can i take your national insurance number")
    k.turn("customer", "oh hang on it's on my letter here ", (speak_alnum(n, rng, "plain", "digit"), "NI_NUMBER"),
           " sorry the dog's barking")
    k.turn("agent", "no worries and the card you'd like to pay the %s with" % rng.choice(
        ["sixty pounds", "two hundred and ten pounds", "ninety nine ninety nine"]))
    k.turn("customer", (speak_digits(c, rng, "pairs"), "CARD_NUMBER"))
    return k


def pos_extra(rng):
    ch, ind = chan(rng)
    v = rng.choice(["twocards", "phonesplit", "emailobf", "cardchat", "phoneread", "ssnemail"])
    k = Case("positive", "")
    if v == "twocards":
        c1, c2 = gen_card(rng), gen_card(rng)
        k.turn("customer", messy(rng, "my old card "), (group_card(c1, rng), "CARD_NUMBER"),
               messy(rng, " expired, pls update to the new one "), (group_card(c2, rng), "CARD_NUMBER"), emo(rng))
        k.turn("agent", "Done, the new card is saved for the %s monthly plan" % rng.choice(["£12", "$29.99", "€15"]))
        note = "two cards in one message (old and new)"
    elif v == "phonesplit":
        digits, typed = gen_phone(rng)
        cut = len(typed) // 2
        while typed[cut - 1] in " -.()+" or typed[cut] in " -.()":
            cut += 1
        a, b = typed[:cut].rstrip(" -."), typed[cut:]
        k.turn("customer", messy(rng, "new number is "), (a, "PHONE"))
        k.turn("customer", (b, "PHONE"), messy(rng, " sorry hit send too early"))
        note = "phone number split mid-number over two messages"
    elif v == "emailobf":
        local, dom = gen_email(rng)
        k.turn("agent", "Can you confirm the email on the account?")
        k.turn("customer", messy(rng, "its "), (local.replace(".", " dot ") + rng.choice([" at ", " [at] ", " AT ", "(at)"]) + dom.replace(".", rng.choice([" dot ", "(dot)", " . "])), "EMAIL"),
               messy(rng, " (typing it like that so the bots dont get it lol)"))
        note = "email typed obfuscated with 'at' and 'dot'"
    elif v == "cardchat":
        c = gen_card(rng)
        ind = rng.choice(INDUSTRIES)
        k.turn("agent", "whenever you're ready with the card number")
        k.turn("customer", (speak_digits(c[:8], rng, "digit"), "CARD_NUMBER"),
               " hang on let me find my glasses it's so small")
        k.turn("agent", "no problem take your time")
        k.turn("customer", "right where was i ", (speak_digits(c[8:], rng, "pairs"), "CARD_NUMBER"))
        k.note = "call/%s: card interrupted by chit-chat then continued" % ind
        return k
    elif v == "phoneread":
        digits, typed = gen_phone(rng)
        k.turn("customer", messy(rng, "pls call me back on "), (typed, "PHONE"))
        k.turn("agent", "I'll call you on ", (typed.replace(" ", "").replace("-", ""), "PHONE"),
                " within %d minutes" % rng.choice([15, 30, 45]))
        note = "phone typed and agent echoes it"
    else:
        s_ = gen_ssn(rng)
        local, dom = gen_email(rng)
        k.turn("customer", messy(rng, "Hi, I need a copy of my 1099. SSN "), (fmt_ssn(s_, rng), "SSN"),
               messy(rng, ", send it to "), (local + "@" + dom, "EMAIL"))
        note = "SSN and email in one message next to a form number"
    k.note = "%s/%s: %s" % (ch, ind, note)
    return k


POS_PLAN = [(pos_extra, 30), (pos_card_typed, 26), (pos_card_spoken, 12), (pos_cvv_exp_typed, 10), (pos_cvv_exp_spoken, 6),
            (pos_ssn_typed, 22), (pos_ssn_spoken, 10), (pos_ni_typed, 20), (pos_ni_spoken, 10),
            (pos_bank_typed, 10), (pos_bank_spoken, 5), (pos_us_account, 4), (pos_iban, 16),
            (pos_phone_typed, 12), (pos_phone_spoken, 6), (pos_email, 16), (pos_dob, 16), (pos_addr, 18),
            (pos_combo, 10), (pos_combo_call, 6)]


# ---------------------------------------------------------------- negatives
def neg_typed(rng):
    ch, ind = chan(rng)
    t = rng.choice(["order", "amount", "time", "flight", "meter", "model", "claim", "speed", "balance",
                    "appt", "room", "invoice", "temp", "percent"])
    k = Case("negative", "")
    if t == "order":
        on = rng.randint(1000000, 9999999999)
        k.turn("customer", messy(rng, "where is my parcel?? order no %d placed %d days ago" % (on, rng.randint(2, 14))) + emo(rng))
        k.turn("agent", "I can see order %d was dispatched at %d:%02d today" % (on, rng.randint(8, 18), rng.randint(0, 59)))
    elif t == "amount":
        k.turn("customer", messy(rng, "why was i charged £%d.%02d AND £%d.%02d this month" % (
            rng.randint(10, 999), rng.randint(0, 99), rng.randint(10, 999), rng.randint(0, 99))))
        k.turn("agent", "The second charge is a pro-rata adjustment for %d days." % rng.randint(3, 29))
    elif t == "time":
        k.turn("customer", messy(rng, "engineer said between %d and %d but its %d:%02d now" % (
            rng.randint(8, 11), rng.randint(12, 17), rng.randint(12, 18), rng.randint(0, 59))))
        k.turn("agent", "Apologies, they're %d minutes away" % rng.randint(5, 50))
    elif t == "flight":
        k.turn("customer", messy(rng, "flight %s%d on %d %s was cancelled, booking ref %s" % (
            rng.choice(["FR", "EI", "BA", "UA", "LH"]), rng.randint(100, 9999), rng.randint(1, 28),
            rng.choice(["Mar", "June", "Oct"]), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)))))
        k.turn("agent", "I can rebook you on the %d:%02d departure, gate %d" % (rng.randint(6, 22), rng.randint(0, 59), rng.randint(1, 60)))
    elif t == "meter":
        k.turn("customer", messy(rng, "meter reading today: %05d (elec) and %05d gas" % (rng.randint(100, 99999), rng.randint(100, 99999))))
        k.turn("agent", "Thanks, your next bill will be around £%d" % rng.randint(40, 300))
    elif t == "model":
        k.turn("customer", messy(rng, "my %s model %s-%d keeps rebooting, firmware %d.%d.%d" % (
            rng.choice(["router", "tv", "washer", "phone"]), rng.choice(["HG", "XR", "WM", "SM"]),
            rng.randint(100, 9999), rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99))))
        k.turn("agent", "Please hold the reset button for %d seconds" % rng.choice([10, 15, 30]))
    elif t == "claim":
        k.turn("customer", messy(rng, "claim ref %d - any update? submitted %d/%d/2026" % (
            rng.randint(10000, 9999999999), rng.randint(1, 28), rng.randint(1, 12))))
        k.turn("agent", "Claim approved, £%d,%03d will be paid within %d working days" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(3, 10)))
    elif t == "speed":
        k.turn("customer", messy(rng, "paying for %d Mbps getting %d.%d down %d up" % (
            rng.choice([100, 500, 900]), rng.randint(5, 80), rng.randint(0, 9), rng.randint(1, 20))))
        k.turn("agent", "I've raised ticket %d for the line check" % rng.randint(100000, 9999999))
    elif t == "balance":
        k.turn("customer", messy(rng, "balance says -$%d.%02d but I paid $%d on the %dth" % (
            rng.randint(10, 999), rng.randint(0, 99), rng.randint(10, 999), rng.randint(4, 28))))
        k.turn("agent", "The payment is pending and clears in %d-%d business days" % (1, rng.randint(2, 5)))
    elif t == "appt":
        k.turn("customer", messy(rng, "can i move my appointment from %d/%d to %d/%d? anytime after %dpm" % (
            rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 5))))
        k.turn("agent", "Booked for %d %s at %d:%02d" % (rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(9, 16), rng.choice([0, 15, 30, 45])))
    elif t == "room":
        k.turn("customer", messy(rng, "room %d has no hot water, we have %d kids with us" % (rng.randint(100, 940), rng.randint(2, 4))))
        k.turn("agent", "Moving you to room %d on floor %d" % (rng.randint(100, 940), rng.randint(1, 9)))
    elif t == "invoice":
        k.turn("customer", messy(rng, "invoice INV-%d shows %d units at $%d.%02d each" % (
            rng.randint(10000, 99999999), rng.randint(2, 500), rng.randint(1, 99), rng.randint(0, 99))))
        k.turn("agent", "Corrected, total now $%d,%03d.%02d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99)))
    elif t == "temp":
        k.turn("customer", messy(rng, "boiler shows %d degrees, error code E%d, it's %d years old" % (
            rng.randint(30, 80), rng.randint(100, 999), rng.randint(2, 20))))
        k.turn("agent", "An engineer can visit on %s between %d and %d" % (rng.choice(["Tuesday", "Friday"]), rng.randint(8, 11), rng.randint(12, 17)))
    else:
        k.turn("customer", messy(rng, "why did my premium go up %d%% from £%d to £%d in %d" % (
            rng.randint(5, 40), rng.randint(200, 600), rng.randint(600, 1200), rng.randint(2020, 2026))))
        k.turn("agent", "Your no-claims discount of %d years still applies" % rng.randint(1, 9))
    k.note = "%s/%s: non-PII numbers (%s)" % (ch, ind, t)
    return k


def neg_spoken(rng):
    ind = rng.choice(INDUSTRIES)
    t = rng.choice(["amount", "ref", "time", "year", "count", "contract", "age", "bill", "flight"])
    k = Case("negative", "")
    if t == "amount":
        k.turn("customer", "i was charged %s pounds %s and then another %s" % (
            number_words(rng.randint(20, 400), rng), number_words(rng.randint(1, 99), rng),
            number_words(rng.randint(20, 99), rng)))
        k.turn("agent", "okay i can see both of those")
    elif t == "ref":
        refd = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 8)))
        k.turn("agent", "have you got a reference number")
        k.turn("customer", "yeah the reference number is %s" % speak_digits(refd, rng))
        k.turn("agent", "thank you")
    elif t == "time":
        k.turn("customer", "i've been on hold for %s minutes and the shop shuts at %s" % (
            number_words(rng.randint(20, 59), rng), rng.choice(["five thirty", "half six", "nine pm", "six o'clock"])))
    elif t == "year":
        k.turn("customer", "i've been a customer since %s and the car's a %s model" % (
            year_words(str(rng.randint(1990, 2015)), rng), year_words(str(rng.randint(2005, 2022)), rng)))
    elif t == "count":
        k.turn("customer", "there's %s of us travelling with %s bags" % (
            number_words(rng.randint(2, 9), rng), number_words(rng.randint(2, 12), rng)))
    elif t == "contract":
        k.turn("customer", "the contract started on the %s of %s and it's %s months" % (
            ORD[rng.randint(0, 27)], rng.choice(MONTHS), rng.choice(["twelve", "eighteen", "twenty four"])))
    elif t == "age":
        k.turn("customer", "my mum is %s and she's on the %s percent tariff" % (
            number_words(rng.randint(60, 95), rng), number_words(rng.randint(5, 30), rng)))
    elif t == "bill":
        k.turn("agent", "your balance is %s pounds and %s pence due on the %s" % (
            number_words(rng.randint(30, 900), rng), number_words(rng.randint(1, 99), rng), ORD[rng.randint(0, 27)]))
        k.turn("customer", "right okay")
    else:
        k.turn("customer", "it was flight %s %s at %s" % (rng.choice(["e i", "f r", "b a"]),
                                                       speak_digits(str(rng.randint(100, 999)), rng, "pairs"),
                                                       rng.choice(["seven forty five", "ten past two", "quarter to nine"])))
    k.note = "call/%s: spoken non-PII numbers (%s)" % (ind, t)
    return k


NEG_PLAN = [(neg_typed, 72), (neg_spoken, 38)]


# ---------------------------------------------------------------- normalise / validate
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: str(k) for k, w in TENS.items()}
SKIP = set(FILLERS) | {"and", "dash", "space", "hyphen", "slash", "plus"}
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text):
    toks = re.findall(r"[A-Za-z]+-[a-z]+|[A-Za-z0-9]+", text)
    out = []
    i = 0
    prev_letter = False
    while i < len(toks):
        t = toks[i]
        lt = t.lower()
        if t.isdigit() or (re.search(r"\d", t) and re.search(r"[A-Za-z]", t)):
            out.append(t.upper())
            prev_letter = False
        elif len(t) == 1 and t.isalpha() and i + 1 < len(toks) and toks[i + 1].lower() == "for":
            out.append(t.upper())
            i += 2
        elif lt in ("double", "triple"):
            nxt = WORDNUM.get(toks[i + 1].lower()) if i + 1 < len(toks) else None
            if nxt is None:
                return None
            out.append(nxt * (2 if lt == "double" else 3))
            i += 1
        elif lt in WORDNUM and not (lt == "o" and False):
            out.append(WORDNUM[lt])
        elif lt in TEENNUM:
            out.append(TEENNUM[lt])
        elif lt in TENSNUM:
            if i + 1 < len(toks) and toks[i + 1].lower() in WORDNUM and toks[i + 1].lower() not in ("oh", "o", "nought", "zero"):
                out.append(TENSNUM[lt] + WORDNUM[toks[i + 1].lower()])
                i += 1
            else:
                out.append(TENSNUM[lt] + "0")
        elif lt == "hundred":
            out.append("00")
        elif lt in SKIP and t == lt:
            pass
        elif lt == "for" and prev_letter:
            i += 1  # skip the example word
        elif lt in NATO_REV:
            out.append(NATO_REV[lt])
            prev_letter = True
        elif len(t) == 1:
            out.append(t.upper())
            prev_letter = True
        else:
            out.append(t.upper())
            prev_letter = False
        i += 1
        if t.isdigit() or lt in WORDNUM:
            prev_letter = False
    return "".join(out)


NI_RE = re.compile(r"^[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def valid(typ, raw):
    n = normalise(raw)
    if n is None:
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and not n.startswith(("000", "666")) and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", n)) and iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 14
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(n) or re.match(r"^\d{5}(\d{4})?$", n))
    if typ == "EMAIL":
        return bool(re.match(r"^[^\s@]+ ?@ ?[^\s@]+\.[a-z.]+$", raw, re.I)) or bool(re.search(r"(\s|\(|\[)at(\s|\)|\])", raw, re.I) and re.search(r"dot|\.", raw, re.I))
    if typ == "ADDRESS":
        low = raw.lower()
        return bool(re.search(r"\d", n)) and any(low.rstrip(".").endswith(s) or low.rstrip(".").endswith(SUFFIX_ABBR[s].lower()) for s in SUFFIX)
    if typ in ("DOB", "EXPIRY"):
        low = raw.lower()
        has_month = any(m[:3] in low for m in MONTHS)
        ds = re.sub(r"\D", "", n)
        if typ == "EXPIRY":
            return has_month or 3 <= len(ds) <= 6
        return has_month or 4 <= len(ds) <= 8
    return False


def group_valid(typ, raws):
    """Spans of one type in a case must partition into consecutive valid values."""
    m = len(raws)
    ok = [False] * (m + 1)
    ok[0] = True
    for j in range(1, m + 1):
        for i in range(j):
            if ok[i] and valid(typ, " ".join(raws[i:j]) if typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY")
                               else raws[i] if j == i + 1 else "\x00"):
                ok[j] = True
                break
    return ok[m]


def build():
    rng = R
    pos, neg = [], []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_PLAN:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    lines = []
    for prefix, lst in (("pos", pos), ("neg", neg)):
        for i, k in enumerate(lst, 1):
            spans = sorted(k.spans, key=lambda s: (s["turn"], s["start"]))
            lines.append(json.dumps({"id": "h108-%s-%03d" % (prefix, i), "kind": k.kind, "turns": k.turns,
                                     "spans": spans, "note": k.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(text):
    c = Counter()
    kinds = Counter()
    for line in text.splitlines():
        o = json.loads(line)
        kinds[o["kind"]] += 1
        for s in o["spans"]:
            c[s["type"]] += 1
    return c, kinds


def readme(text):
    c, kinds = counts(text)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h108

Written by an AI helper acting as an independent author of evaluation data. The author did
not see the redaction code, its tests, its docs or any other PII fixture; only a three-line
format example was shown. Generated by `scripts/make_pii_holdout108.py` (seeded
`random.Random(%d)`, standard library only); `--check` regenerates it byte-for-byte and
validates every span.

**Never use this set for tuning.** It exists to measure the redactor on data it was not
shaped to. If you change the redactor because a case here fails, the set stops measuring
anything.

Emphasis: about two thirds typed channels (web chat, SMS, e-mail, social DMs, WhatsApp,
app chat) with typos in surrounding words, mixed case, emojis, odd separators (dots,
double spaces, non-breaking spaces, zero-width space after a value), values split over
several messages; one third phone calls as ASR text (lower case, numbers as words,
oh/o/nought/zero, double/triple, pairs like "forty one", letters as "b for bravo" or NATO
words, fillers inside readings, agent read-backs, self-corrected expiry dates).

## Annotation conventions

* A span covers the value only: digits/letters and the separators or spoken filler words
  *between* them ("um", "double", "for bravo"). Lead-ins ("its", "card no:") and trailing
  words are outside. "plus" before an international spoken phone number is inside.
* A value split over several turns gets one span per turn, all of the same type.
* Agent read-backs of a value are labelled too.
* ADDRESS = house/flat number + street name + street type. Town is not labelled;
  the postcode/ZIP is its own POSTCODE span.
* DOB spans include the whole date expression ("the third of may nineteen eighty"). EXPIRY
  likewise; when the caller corrects an expiry both readings are labelled.
* Numbers that are not PII (amounts, order/claim/ticket/invoice refs up to 10 digits with
  their word, times, durations, ages, meter readings, model numbers, flight numbers,
  appointment dates, percentages) are never labelled; negatives contain only those.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def check(text):
    problems = []
    ids = set()
    for ln, line in enumerate(text.splitlines(), 1):
        o = json.loads(line)
        if o["id"] in ids:
            problems.append("dup id %s" % o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s: negative with spans" % o["id"])
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s: positive without spans" % o["id"])
        prev = None
        bytype = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (o["id"], s["type"]))
                continue
            t = o["turns"][s["turn"]]["text"] if 0 <= s["turn"] < len(o["turns"]) else None
            if t is None or not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % o["id"])
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span not on word boundary %r" % (o["id"], t[s["start"]:s["end"]]))
            v = t[s["start"]:s["end"]]
            if v != v.strip():
                problems.append("%s: span has outer whitespace %r" % (o["id"], v))
            key = (s["turn"], s["start"])
            if prev and (s["turn"], s["start"]) < prev:
                problems.append("%s: spans unsorted/overlap" % o["id"])
            prev = (s["turn"], s["end"])
            bytype.setdefault(s["type"], []).append(v)
        for typ, raws in bytype.items():
            if not group_valid(typ, raws):
                problems.append("%s: invalid %s %r -> %r" % (o["id"], typ, raws, [normalise(r) for r in raws]))
    c, kinds = counts(text)
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append("too few cases %s" % dict(kinds))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("too few %s spans: %d" % (t, c[t]))
    return problems, c, kinds


def main():
    text = build()
    rd = readme(text)
    if "--check" in sys.argv:
        ok = True
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            print("FAIL: cases.jsonl differs from regeneration")
            ok = False
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            print("FAIL: README.md differs from regeneration")
            ok = False
        problems, c, kinds = check(text)
        for p in problems:
            print("FAIL:", p)
        print("positives=%d negatives=%d" % (kinds["positive"], kinds["negative"]))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        if problems or not ok:
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    OUTDIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    problems, c, kinds = check(text)
    print("wrote %s (%d positive, %d negative), %d problems" % (CASES, kinds["positive"], kinds["negative"], len(problems)))
    for p in problems[:40]:
        print("  ", p)


if __name__ == "__main__":
    main()
