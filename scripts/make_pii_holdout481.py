#!/usr/bin/env python3
"""Generate the pii_holdout481 held-out PII evaluation set (stdlib only).

    python scripts/make_pii_holdout481.py          # write cases.jsonl
    python scripts/make_pii_holdout481.py --check  # regenerate + validate
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

R = random.Random(481241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout481", "cases.jsonl"))

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh"}
ZERO_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
pick = R.choice


# ----------------------------------------------------------------- values
def luhn_check(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_check(s[:-1]) == s[-1]


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def card(length=None):
    pre = pick(["4", "4", "51", "53", "55", "2221", "34", "37", "6011", "35"])
    if length is None:
        length = 15 if pre in ("34", "37") else pick([16, 16, 16, 16, 13, 19]) if pre == "4" else 16
    body = pre + rdig(length - 1 - len(pre))
    return body + luhn_check(body)


def not_luhn(n):
    body = str(R.randrange(1, 10)) + rdig(n - 2)
    return body + str((int(luhn_check(body)) + R.randrange(1, 10)) % 10)


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni():
    while True:
        p = pick("ABCEGHJKLMNPRSTWXYZ") + pick("ABCEGHJKLMNPRSTWXYZ")
        if p not in NI_BAD:
            return p + rdig(6) + pick("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban():
    cc = pick(["GB", "GB", "IE", "DE", "NL", "FR"])
    if cc in ("GB", "IE"):
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI", "MIDL"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(10) + pick("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(10) + rdig(2)
    return cc + iban_check(cc, bban) + bban


def uk_postcode():
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    area = pick(["LS", "M", "B", "SW", "E", "N", "CR", "BS", "G", "EH", "CF", "NE", "L", "OX", "RG", "BT", "PL"])
    dist = str(R.randrange(1, 20))
    if R.random() < 0.15 and len(area) == 2:
        dist = str(R.randrange(1, 10)) + pick("ABW")
    return area + dist + str(R.randrange(0, 10)) + pick(L) + pick(L)


def fmt_uk_pc(pc):
    return pc[:-3] + " " + pc[-3:]


# ------------------------------------------------------------- speaking
def dw(d, zw):
    return zw if d == "0" else UNIT[int(d)]


def pair_ok(p):
    return p[0] != "0" and (p[1] != "0" or p[0] == "1")


def pair_words(p):
    if p[0] == "1":
        return TEENS[int(p[1])]
    return TENS[int(p[0])] + " " + UNIT[int(p[1])]


def sp(s, zw="zero", pairs=0.25, hund=0.06, dbl=0.6, fill=0.0):
    """Speak a digit string; the output normalises back to exactly s."""
    out = []
    i = 0
    while i < len(s):
        r = R.random()
        if hund and i + 3 <= len(s) and s[i] != "0" and r < hund and (s[i + 1] == "0" and s[i + 2] != "0" or s[i + 1] != "0" and pair_ok(s[i + 1:i + 3])):
            tail = s[i + 1:i + 3]
            out.append(UNIT[int(s[i])] + " hundred and " + (UNIT[int(tail[1])] if tail[0] == "0" else pair_words(tail)))
            i += 3
        elif i + 2 <= len(s) and pair_ok(s[i:i + 2]) and r < hund + pairs:
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            d = s[i]
            n = 1
            while i + n < len(s) and s[i + n] == d and n < 3:
                n += 1
            if n >= 2 and R.random() < dbl:
                k = 3 if n == 3 and R.random() < 0.6 else 2
                out.append(("triple " if k == 3 else "double ") + dw(d, zw))
                i += k
            else:
                out.append(dw(d, zw))
                i += 1
        if fill and i < len(s) and R.random() < fill:
            out.append(pick(["um", "uh", "er", "erm"]))
    return " ".join(out)


def sp_letter(ch, nato=0.5):
    ch = ch.lower()
    if R.random() < nato:
        return ch + pick([" for ", " as in ", " for "]) + NATO[ch]
    return ch


def sp_alnum(s, zw="zero", nato=0.4, fill=0.0):
    """Speak a mixed letters/digits value, digits grouped in runs."""
    parts = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group()
        parts.append(sp_letter(t, nato) if t.isalpha() else sp(t, zw, pairs=0.3, hund=0.0, fill=fill))
    return " ".join(parts)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 16:
        return pick([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [4, 8, 4], [8, 8], [3, 5, 4, 4]])
    return [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])


def typed_card(c):
    sep = pick([" ", " ", "-", "", " ", "  "])
    return sep.join(chunks(c, card_groups(c))) if sep or R.random() < 0.5 else c


# ------------------------------------------------------------- normalise
NUMWORD = {}
for _i, _w in enumerate(UNIT):
    NUMWORD[_w] = str(_i)
NUMWORD.update(ZERO_WORDS)


def norm_alnum(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in ("plus", "and"):
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and (nxt == "for" or (nxt == "as" and i + 2 < n and toks[i + 2] == "in")):
            word = toks[i + 2] if nxt == "for" else toks[i + 3]
            if NATO.get(t) != word:
                raise ValueError("bad nato %r" % text)
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            nt = toks[i + 1]
            d = NUMWORD.get(nt, nt.upper() if len(nt) == 1 else None)
            if d is None:
                raise ValueError("bad double %r" % text)
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif t in NUMWORD and nxt == "hundred":
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            t2 = toks[j] if j < n else None
            if t2 in TEENS:
                tail = str(10 + TEENS.index(t2))
                j += 1
            elif t2 in TENS.values():
                tv = [k for k, v in TENS.items() if v == t2][0]
                if j + 1 < n and toks[j + 1] in UNIT[1:]:
                    tail = str(tv) + NUMWORD[toks[j + 1]]
                    j += 2
                else:
                    tail = str(tv) + "0"
                    j += 1
            elif t2 in NUMWORD:
                tail = "0" + NUMWORD[t2]
                j += 1
            else:
                tail = "00"
            out.append(NUMWORD[t] + tail)
            i = j
            continue
        elif t in NUMWORD:
            out.append(NUMWORD[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNIT[1:]:
                out.append(str(tv) + NUMWORD[nxt])
                i += 1
            else:
                out.append(str(tv) + "0")
        elif t in NATO.values():
            out.append(t[0].upper())
        elif len(t) == 1:
            out.append(t.upper())
        elif t.isalpha() and len(t) <= 4 and t.upper() == t.upper() and re.fullmatch(r"[a-z]{2,4}", t) and t not in NUMWORD:
            out.append(t.upper())  # typed letter runs such as "QQ" or "NWBK"
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._+\-]", text.lower())
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    return "".join(m.get(t, t) for t in toks if t not in FILLERS)


STREET_WORDS = r"(road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|way|crescent|terrace|place|court|boulevard|blvd|gardens|grove|hill|park|row|square|walk|mews)"


def validate_value(typ, canon):
    if typ == "CARD_NUMBER":
        return 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return (re.fullmatch(r"\d{9}", canon) is not None and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        c = canon[:2].replace("0", "O") + canon[2:8] + canon[8:].replace("0", "O")
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None and c[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", canon) is not None and iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon) is not None
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", canon) is not None
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        datetime.date(y, m, d)
        return (1920 <= y <= 2010) if typ == "DOB" else (2024 <= y <= 2035)
    if typ == "ADDRESS":
        return re.fullmatch(r"((flat|apt|apartment|unit) \S+,? )?\S+ .*\b" + STREET_WORDS, canon.lower()) is not None
    return False


def norm_for(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("ADDRESS", "DOB", "EXPIRY"):
        return None
    return norm_alnum(text)


def canon_norm(typ, canon):
    if typ == "NI_NUMBER":
        return canon.replace("O", "0")
    return canon


# ----------------------------------------------------------------- cases
class V:
    def __init__(self, gid, text, mode):
        self.gid, self.text, self.mode = gid, text, mode


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}

    def group(self, typ, canon):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon)
        return gid

    def v(self, gid, text, mode="full"):
        return V(gid, text, mode)

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": self.groups[s.gid][0], "_gid": s.gid, "_mode": s.mode})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)


BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "got that", "yes", "mm", "okay go on", "and then"]
FIRST = ["james", "sarah", "priya", "tom", "aoife", "ciaran", "maria", "dave", "chloe", "kwame", "li", "fatima",
         "oliver", "niamh", "raj", "emma", "jose", "hannah", "mohammed", "grace"]
LAST = ["smith", "patel", "o'brien", "kowalski", "murphy", "jones", "nguyen", "brown", "walsh", "garcia",
        "khan", "taylor", "byrne", "evans", "schmidt", "dubois", "okafor", "reilly"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com", "eircom.net",
           "gmx.de", "live.ie", "aol.com", "proton.me"]
STREETS = ["mill lane", "station road", "church street", "oak avenue", "victoria road", "the crescent",
           "maple drive", "kings way", "elm grove", "high street", "park lane", "meadow close", "harbour view terrace",
           "main street", "pine street", "sunset boulevard", "willow court", "orchard way", "abbey road", "forest hill"]
UK_TOWNS = ["leeds", "manchester", "bristol", "croydon", "glasgow", "cardiff", "newcastle", "oxford", "reading", "belfast"]
US_PLACES = [("springfield", "il"), ("austin", "tx"), ("columbus", "oh"), ("denver", "co"), ("tampa", "fl"),
             ("portland", "or"), ("raleigh", "nc"), ("fresno", "ca")]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
HELLO = ["hi there thanks for calling {co} how can i help", "good morning you're through to {co}, this is {n} speaking",
         "thank you for calling {co} my name's {n}", "{co} support, {n} here"]
COS = {"banking": ["northgate bank", "first harbour credit union"], "telecom": ["skylink mobile", "vela broadband"],
       "utilities": ["brightwater energy", "city gas and power"], "retail": ["homestyle direct", "parcelmart"],
       "insurance": ["shieldline insurance", "coverwell"], "travel": ["aerlink airways", "suncoast holidays"],
       "healthcare billing": ["medbill services", "st luke's patient accounts"],
       "government services": ["the tax credit helpline", "dmv customer services"]}


def ind():
    return pick(IND)


def hello(i):
    return pick(HELLO).format(co=pick(COS[i]), n=pick(FIRST))


def zw():
    return pick(["zero", "oh", "o", "nought", "oh", "zero"])


def fill(p=0.3):
    return pick(["um ", "uh ", "er ", "erm ", "so ", "yeah ", ""]) if R.random() < p else ""


# ---- decoys (never labelled)
def decoy_typed():
    k = R.randrange(12)
    if k == 0:
        return "order no: " + " ".join(chunks(not_luhn(16), [4, 4, 4, 4]))
    if k == 1:
        s = rdig(9)
        return pick(["claim ref ", "member id ", "ticket #", "case number "]) + s[:3] + "-" + s[3:5] + "-" + s[5:]
    if k == 2:
        return pick(["policy ref ", "booking ref: ", "case ref "]) + pick(sorted(NI_BAD) + ["QQ", "DF", "FQ", "UV"]) + \
            " " + " ".join(chunks(rdig(6), [2, 2, 2])) + " " + pick("ACDEFK")
    if k == 3:
        return "card ending " + rdig(4)
    if k == 4:
        return "tracking number " + pick(["1Z", "JD", "RN"]) + rdig(16)
    if k == 5:
        return "the balance is £%d,%03d.%02d" % (R.randrange(1, 30), R.randrange(1000), R.randrange(100))
    if k == 6:
        return "invoice %s-%s" % (rdig(4), rdig(8))
    if k == 7:
        return "IMEI " + card(15)
    if k == 8:
        return "meter reading %s" % rdig(6)
    if k == 9:
        return "serial no. SN-%s-%s-%s" % (rdig(4), rdig(4), rdig(4))
    if k == 10:
        return "contract end date %02d/%d" % (R.randrange(1, 13), R.randrange(2025, 2030))
    return "reference %s %s %s" % (rdig(3), rdig(3), rdig(3))


def decoy_spoken():
    z = zw()
    k = R.randrange(10)
    if k == 0:
        return "my order number is " + " ".join(sp(c, z) for c in chunks(not_luhn(16), [4, 4, 4, 4]))
    if k == 1:
        s = rdig(9)
        return pick(["the claim number is ", "my member id is ", "the ticket number's "]) + sp(s[:3], z) + " " + sp(s[3:5], z) + " " + sp(s[5:], z)
    if k == 2:
        return "the card ending " + sp(rdig(4), z) + " yeah"
    if k == 3:
        return "the policy number is " + sp_letter(pick("PKMH")) + " " + sp(rdig(8), z)
    if k == 4:
        return "it was " + pick(["forty two", "sixty", "a hundred and twelve", "nineteen ninety nine"]) + " pounds " + pick(["and fifty pence", "", "odd"])
    if k == 5:
        return "i'm on flight " + sp_letter(pick("BEU"), 0) + " " + sp_letter("a", 0) + " " + sp(rdig(3), z) + " seat " + pick(["twelve c", "thirty one a", "four f"])
    if k == 6:
        return "the meter reads " + sp(rdig(5), z)
    if k == 7:
        return "the reference is " + sp(rdig(4), z) + " " + sp(rdig(4), z) + " " + sp(rdig(4), z)
    if k == 8:
        return "the appointment's on the " + pick(["third", "twenty first", "ninth"]) + " of " + pick(MONTHS) + " at " + pick(["half nine", "two fifteen", "ten o'clock"])
    return "it's been " + pick(["three weeks", "forty five minutes", "about ten days"]) + " and i've called " + pick(["four", "six", "eleven"]) + " times"


def decoy_agent():
    return (decoy_spoken().replace("my ", "your ").replace("i'm", "you're").replace("i've", "you've")
            .replace("it was", "that was"))


# ---- date rendering
def rand_dob():
    while True:
        try:
            return (R.randrange(1940, 2006), R.randrange(1, 13), R.randrange(1, 29))
        except ValueError:
            pass


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]


def year_words(y):
    if y >= 2000:
        return pick(["two thousand and " + (UNIT[y - 2000] if y < 2010 else pair_words(str(y - 2000))),
                     "two thousand " + (UNIT[y - 2000] if y < 2010 else pair_words(str(y - 2000)))]) if y != 2000 else "two thousand"
    lo = y % 100
    return pair_words(str(y // 100)) + " " + ("oh " + UNIT[lo] if lo < 10 else pair_words("%02d" % lo) if pair_ok("%02d" % lo) else TENS[lo // 10])


def typed_dob(d):
    y, m, dd = d
    return pick(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd),
                 "%d %s %d" % (dd, MONTHS[m - 1][:3].title(), y), "%02d.%02d.%02d" % (dd, m, y % 100),
                 "%s %d, %d" % (MONTHS[m - 1].title(), dd, y)])


def spoken_dob(d):
    y, m, dd = d
    return pick(["the " + ORD[dd] + " of " + MONTHS[m - 1] + " " + year_words(y),
                 ORD[dd] + " " + MONTHS[m - 1] + " " + year_words(y),
                 MONTHS[m - 1] + " " + ORD[dd] + " " + year_words(y),
                 sp("%02d" % dd, "oh", pairs=0.5) + " " + sp("%02d" % m, "oh", pairs=0.5) + " " + year_words(y)])


def rand_exp():
    return (R.randrange(2025, 2032), R.randrange(1, 13), 1)


def typed_exp(e):
    y, m, _ = e
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d%02d" % (m, y % 100),
                 "%s %d" % (MONTHS[m - 1][:3].title(), y)])


def spoken_exp(e):
    y, m, _ = e
    yy = str(y % 100)
    return pick([sp("%02d" % m, zw(), pairs=0.5) + " " + (pair_words(yy) if pair_ok(yy) else sp(yy, zw(), pairs=0.0)),
                 MONTHS[m - 1] + " " + year_words(y), MONTHS[m - 1] + " " + (pair_words(yy) if pair_ok(yy) else "twenty thirty"),
                 sp("%02d" % m, zw(), pairs=0.0) + " " + sp(str(y % 100), zw(), pairs=0.0)])


# ---- phone
def phone():
    k = R.randrange(6)
    if k == 0:
        n = "07" + pick("3456789") + rdig(8)
        return n, pick([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), n
    if k == 1:
        n = "447" + pick("3456789") + rdig(8)
        return n, "+44 " + n[2:6] + " " + n[6:], n
    if k == 2:
        n = "1" + str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + rdig(4)
        return n, pick(["+1 %s-%s-%s", "+1 %s %s %s", "1-%s-%s-%s"]) % (n[1:4], n[4:7], n[7:]), n
    if k == 3:
        n = str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + rdig(4)
        return n, pick(["%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (n[:3], n[3:6], n[6:]), n
    if k == 4:
        n = "3538" + pick("3567") + rdig(7)
        return n, "+353 8%s %s %s" % (n[4], n[5:8], n[8:]), n
    n = "08" + pick("3567") + rdig(7)
    return n, "%s %s %s" % (n[:3], n[3:6], n[6:]), n


def spoken_phone(n):
    z = zw()
    if n.startswith("44") or n.startswith("353") or (n.startswith("1") and len(n) == 11):
        cc = "44" if n.startswith("44") else "353" if n.startswith("353") else "1"
        rest = n[len(cc):]
        return "plus " + sp(cc, z, pairs=0.5, hund=0.0) + " " + " ".join(sp(c, z, fill=0.1) for c in chunks(rest, [4, 3, 3]))
    return " ".join(sp(c, z, fill=0.1) for c in chunks(n, [5, 3, 3] if n.startswith("0") else [3, 3, 4]))


def email():
    f, l = pick(FIRST), pick(LAST).replace("'", "")
    local = pick([f + "." + l, f[0] + l, f + l + rdig(2), f + "_" + l, l + "." + f[0], f + rdig(4)])
    return local + "@" + pick(DOMAINS)


def spoken_email(e):
    local, dom = e.split("@")
    out = []
    for m in re.finditer(r"[a-z]+|\d+|[._\-]", local):
        t = m.group()
        if t == ".":
            out.append("dot")
        elif t == "_":
            out.append("underscore")
        elif t == "-":
            out.append("dash")
        elif t.isdigit():
            out.append(" ".join(t))
        elif len(t) <= 2 or R.random() < 0.7:
            out.append(t)
        else:
            out.append(t + " " + " ".join(t))  # name then spelt out? keep normaliser exact: avoid
    # avoid the spelt-out duplication (would change the normalised form)
    out = [o.split(" ")[0] if (" " in o and not o[0].isdigit()) else o for o in out]
    return " ".join(out) + " at " + dom.replace(".", " dot ")


# ------------------------------------------------------ positive templates
def p_card_chat():
    i = pick(["retail", "travel", "telecom", "utilities", "banking"])
    c = Case("positive", "typed chat, card + expiry + cvv, %s" % i)
    cn = card()
    g = c.group("CARD_NUMBER", cn)
    ge = c.group("EXPIRY", rand_exp())
    gc = c.group("CVV", rdig(4 if len(cn) == 15 else 3))
    c.a(hello(i))
    dec = decoy_typed()
    c.c(pick(["payment failed again. ", "hi, need to update my card. ", "Hello - trying to pay my bill. "]) + dec)
    c.a("sorry about that, can you type the new card details please")
    lab = pick(["card no: ", "Card number - ", "CC# ", "its ", "card: ", "new card is "])
    c.c(lab, c.v(g, typed_card(cn)), pick([" exp ", " expiry ", ", exp: ", " valid thru "]),
        c.v(ge, typed_exp(c.groups[ge][1])), pick([" cvv ", " sec code ", ", CVC: ", " cvv2 "]), c.v(gc, c.groups[gc][1]))
    if R.random() < 0.5:
        c.a("thanks, that's gone through. your " + decoy_typed() + " for your records")
    return c


def p_card_split():
    i = pick(["banking", "retail", "insurance", "travel", "healthcare billing", "utilities"])
    c = Case("positive", "asr card read over several turns with back-channels, read-back, %s" % i)
    cn = card()
    z = zw()
    g = c.group("CARD_NUMBER", cn)
    c.a(hello(i))
    c.c(fill() + "yeah i want to pay off the " + decoy_spoken())
    c.a("no problem, can i take the long number across the front of the card")
    parts = chunks(cn, card_groups(cn))
    c.c(fill(0.6) + pick(["okay it's ", "right so ", "yeah it's ", ""]), c.v(g, sp(parts[0], z, fill=0.2)))
    for p in parts[1:]:
        c.a(pick(BACK))
        c.c(c.v(g, sp(p, z, fill=0.2)), pick(["", "", " yeah", " and then"]) if p != parts[-1] else "")
    if R.random() < 0.7:
        g2 = c.group("CARD_NUMBER", cn)
        c.a(pick(["let me read that back, ", "so that's ", "just to confirm "]), c.v(g2, " ".join(sp(p, z, pairs=0, hund=0) for p in parts)), pick([" is that right", " correct"]))
        c.c(pick(["yep", "that's it", "yes spot on"]))
    if R.random() < 0.5:
        ge = c.group("EXPIRY", rand_exp())
        c.a("and the expiry date")
        c.c(fill(0.5), c.v(ge, spoken_exp(c.groups[ge][1])))
    if R.random() < 0.6:
        gc = c.group("CVV", rdig(3 if len(cn) != 15 else 4))
        c.a("and the three digits on the back")
        c.c(pick(["it's ", "", "the security code is "]), c.v(gc, sp(c.groups[gc][1], z, pairs=0.3)))
    if R.random() < 0.5:
        g3 = c.group("CARD_NUMBER", cn)
        c.a("perfect so that's the card ending in ", c.v(g3, sp(cn[-4:], z), "part"), " all set")
    return c


def p_card_correct():
    i = pick(["retail", "telecom", "travel", "insurance"])
    c = Case("positive", "asr card reading with false start and restart, aside mid-reading, %s" % i)
    cn = card(16)
    z = zw()
    g = c.group("CARD_NUMBER", cn)
    c.a(hello(i))
    c.c("hi yeah so " + decoy_spoken())
    c.a("okay and how would you like to pay today")
    k = R.randrange(4, 9)
    c.c("on my card, so it's ", c.v(g, sp(cn[:k], z), "frag"), pick([" no sorry hang on that's the old one, ", " wait sorry i've read that wrong let me start again ", " oh hold on sorry "]))
    c.a(pick(["no worries take your time", "that's fine", "okay from the start"]))
    c.c(c.v(g, sp(cn[:8], z, fill=0.3)), pick([" sorry the dog's barking ", " hang on i need my glasses ", " one sec... right "]), c.v(g, sp(cn[8:], z, fill=0.2)))
    c.a(pick(BACK))
    return c


def p_ssn():
    i = pick(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    c = Case("positive", "us ssn with lookalike ids nearby, %s" % i)
    s = ssn()
    g = c.group("SSN", s)
    z = zw()
    c.a(hello(i))
    mode = R.randrange(4)
    if mode == 0:
        c.c(pick(["ok my ", "My ", "ssn "]) + decoy_typed() + pick([" and my SSN is ", ". social: ", " - ss#: ", ", soc sec no "]),
            c.v(g, pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])))
    elif mode == 1:
        c.a("for security can i take your social security number")
        c.c(fill(0.6) + pick(["sure ", "yeah it's ", "okay "]), c.v(g, sp(s[:3], z, fill=0.2)))
        c.a(pick(BACK))
        c.c(c.v(g, sp(s[3:5], z)))
        c.a(pick(BACK))
        c.c(c.v(g, sp(s[5:], z, fill=0.2)))
        c.a("and is " + decoy_agent() + " still right")
    elif mode == 2:
        c.c(decoy_spoken() + " and the social is ", c.v(g, sp(s[:3], z) + " " + sp(s[3:5], z) + " " + sp(s[5:], z, fill=0.2)))
        g2 = c.group("SSN", s)
        c.a("i have ", c.v(g2, "%s %s %s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.3 else sp(s, z, pairs=0, hund=0)), " on file is that right")
    else:
        c.c("the last four of my social are ", c.v(g, sp(s[5:], z), "part"), " oh you need the whole thing, okay ", c.v(g, sp(s, z, fill=0.15)))
    if R.random() < 0.4:
        gd = c.group("DOB", rand_dob())
        c.a("and your date of birth")
        c.c(c.v(gd, spoken_dob(c.groups[gd][1]) if R.random() < 0.6 else typed_dob(c.groups[gd][1])))
    return c


def p_ni():
    i = pick(["government services", "banking", "insurance", "utilities"])
    c = Case("positive", "uk national insurance number, %s" % i)
    n = ni()
    g = c.group("NI_NUMBER", n)
    z = zw()
    c.a(hello(i))
    mode = R.randrange(4)
    if mode == 0:
        t = pick([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s%s %s" % (n[:2], n[2:8], n[8])])
        c.c(pick(["NI no: ", "my ni number is ", "National Insurance: ", "nino "]), c.v(g, t), " " + decoy_typed())
    elif mode == 1:
        c.a("can i take your national insurance number please")
        c.c(fill(0.5), c.v(g, sp_alnum(n[:2], z, 0.6)))
        c.a(pick(BACK))
        c.c(c.v(g, sp(n[2:5], z, fill=0.2)), " ", c.v(g, sp(n[5:8], z)))
        c.a(pick(BACK + ["and the letter at the end"]))
        c.c(c.v(g, sp_letter(n[8], 0.6)))
    elif mode == 2:
        c.c(decoy_spoken() + " sorry no that's not it, the national insurance is ", c.v(g, sp_alnum(n, z, 0.3, fill=0.1)))
        g2 = c.group("NI_NUMBER", n)
        c.a("so that's ", c.v(g2, sp_alnum(n, z, 0.8)), " yes")
    else:
        c.c("my national insurance number is ", c.v(g, sp_alnum(n[:5], z, 0.2)), " hang on one second ", c.v(g, sp_alnum(n[5:], z, 0.2)))
        c.a("thank you and " + pick(["your policy number", "the claim reference", "your payroll number"]) + "?")
        c.c(decoy_spoken())
    return c


def p_bank():
    i = pick(["banking", "utilities", "insurance", "government services", "telecom"])
    c = Case("positive", "uk account + sort code, %s" % i)
    acc, sc = rdig(8), rdig(6)
    ga, gs = c.group("BANK_ACCOUNT", acc), c.group("SORT_CODE", sc)
    z = zw()
    c.a(hello(i))
    if R.random() < 0.45:
        c.c(pick(["acct no: ", "A/C ", "account number ", "Acc# "]), c.v(ga, pick([acc, acc[:4] + " " + acc[4:]])),
            pick([" sort code ", ", s/c ", " SC: ", " sort "]), c.v(gs, pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])),
            ". " + decoy_typed())
    else:
        c.a("what's the sort code for the direct debit")
        c.c(fill(0.5), c.v(gs, " ".join(sp(sc[j:j + 2], z, pairs=0.6) for j in (0, 2, 4))))
        c.a(pick(BACK) + " and the account number")
        c.c(c.v(ga, sp(acc[:4], z, fill=0.2)))
        c.a(pick(BACK))
        c.c(c.v(ga, sp(acc[4:], z)), " and that's for " + decoy_spoken())
        if R.random() < 0.5:
            g2 = c.group("BANK_ACCOUNT", acc)
            c.a("reading back account ", c.v(g2, sp(acc, z, pairs=0, hund=0)))
    return c


def p_us_bank():
    i = pick(["banking", "healthcare billing", "insurance"])
    c = Case("positive", "us checking account number, %s" % i)
    acc = rdig(R.randrange(9, 13))
    ga = c.group("BANK_ACCOUNT", acc)
    c.a(hello(i))
    c.c(pick(["checking acct ", "my account number is ", "acct#: "]), c.v(ga, acc if R.random() < 0.5 else sp(acc, zw(), fill=0.1)),
        ", routing is on the check. " + decoy_typed())
    return c


def p_iban():
    i = pick(["banking", "travel", "retail", "government services"])
    c = Case("positive", "iban typed or spelt, %s" % i)
    ib = iban()
    g = c.group("IBAN", ib)
    c.a(hello(i))
    if R.random() < 0.55:
        t = pick([ib, " ".join(chunks(ib, [4] * 9)), " ".join(chunks(ib, [4] * 9)).lower()])
        c.c(pick(["refund to IBAN ", "iban: ", "my IBAN is ", "pls send to "]), c.v(g, t), " thanks " + decoy_typed())
    else:
        z = zw()
        c.a("can you read me the iban")
        c.c(c.v(g, sp_alnum(ib[:8], z, 0.3)))
        c.a(pick(BACK))
        c.c(c.v(g, sp_alnum(ib[8:], z, 0.3, fill=0.1)))
    return c


def p_phone():
    i = ind()
    c = Case("positive", "phone number typed or spoken, %s" % i)
    n, typed, canon = phone()
    g = c.group("PHONE", canon)
    c.a(hello(i))
    if R.random() < 0.5:
        pre, body = (typed[0], typed[1:]) if typed.startswith("+") else ("", typed)
        c.c(pick(["call me back on ", "mob: ", "Tel ", "my number is "]) + pre, c.v(g, body), " " + decoy_typed())
    else:
        c.a("what's the best number to reach you on")
        c.c(fill(0.5) + pick(["it's ", "my mobile is ", ""]), c.v(g, spoken_phone(canon)))
        if R.random() < 0.5:
            g2 = c.group("PHONE", canon)
            c.a("that's ", c.v(g2, spoken_phone(canon)), " and " + decoy_agent())
    return c


def p_email():
    i = ind()
    c = Case("positive", "email typed or spoken, %s" % i)
    e = email()
    g = c.group("EMAIL", e)
    c.a(hello(i))
    if R.random() < 0.5:
        c.c(pick(["email: ", "send it to ", "Email is "]), c.v(g, pick([e, e, e.title()])), " pls. " + decoy_typed())
    else:
        c.a("and an email address for the confirmation")
        c.c(fill(0.5) + "yeah it's ", c.v(g, spoken_email(e)))
    return c


def p_address():
    i = ind()
    c = Case("positive", "address + postcode/zip, %s" % i)
    c.a(hello(i))
    street = pick(STREETS)
    num = str(R.randrange(1, 300))
    if R.random() < 0.55:
        pc = uk_postcode()
        flat = "flat %d, " % R.randrange(1, 40) if R.random() < 0.3 else ""
        ga = c.group("ADDRESS", flat + num + " " + street)
        gp = c.group("POSTCODE", pc)
        if R.random() < 0.5:
            c.c("new address is ", c.v(ga, (flat + num + " " + street).title()), ", " + pick(UK_TOWNS).title() + " ", c.v(gp, pick([fmt_uk_pc(pc), pc, fmt_uk_pc(pc).lower()])))
        else:
            c.a("and the first line of the address")
            sflat = ("flat " + sp(flat[5:-2], "oh", pairs=0.5) + " ") if flat else ""
            c.c(fill(0.5), c.v(ga, sflat + sp(num, "oh", pairs=0.8, hund=(0.6 if len(num) == 3 else 0.0)) + " " + street), " in " + pick(UK_TOWNS))
            c.a("and the postcode")
            c.c(c.v(gp, sp_alnum(pc, "oh", 0.3)))
    else:
        city, st = pick(US_PLACES)
        z = str(R.randrange(10001, 99950)) + (rdig(4) if R.random() < 0.3 else "")
        num = str(R.randrange(100, 9999))
        ga = c.group("ADDRESS", num + " " + street)
        gp = c.group("POSTCODE", z)
        if R.random() < 0.5:
            c.c("ship to ", c.v(ga, (num + " " + street).title()), ", %s, %s " % (city.title(), st.upper()), c.v(gp, z if len(z) == 5 else z[:5] + "-" + z[5:]))
        else:
            c.c("it's ", c.v(ga, sp(num, "oh", pairs=0.8, hund=(0.6 if len(num) == 3 else 0.0)) + " " + street), " " + city + " " + st + " zip ", c.v(gp, sp(z, "oh", pairs=0.2, hund=0.0)))
    if R.random() < 0.4:
        c.a("and " + decoy_agent())
    return c


def p_dob():
    i = pick(["healthcare billing", "insurance", "telecom", "banking", "government services"])
    c = Case("positive", "date of birth verification with non-pii dates nearby, %s" % i)
    d = rand_dob()
    g = c.group("DOB", d)
    c.a(hello(i) + ", can i take your date of birth")
    if R.random() < 0.5:
        c.c(pick(["dob ", "DOB: ", "born ", "d.o.b "]), c.v(g, typed_dob(d)), ". the appointment was on %d/%d/2024" % (R.randrange(1, 29), R.randrange(1, 13)))
    else:
        c.c(fill(0.6), c.v(g, spoken_dob(d)))
        c.a("thanks and " + decoy_agent())
    return c


def p_verify_mix():
    i = pick(["telecom", "banking", "utilities", "insurance", "healthcare billing"])
    c = Case("positive", "multi-field verification call with card last four and lookalikes, %s" % i)
    z = zw()
    c.a(hello(i))
    c.c("hi, " + decoy_spoken())
    c.a("i can help, first can i take your full postcode and date of birth")
    pc = uk_postcode()
    gp = c.group("POSTCODE", pc)
    c.c(c.v(gp, sp_alnum(pc, z, 0.2)))
    gd = c.group("DOB", rand_dob())
    c.a(pick(BACK))
    c.c("and i was born ", c.v(gd, spoken_dob(c.groups[gd][1])))
    c.a("thank you. i can see the card ending " + sp(rdig(4), z) + " on the account, do you want to keep that one")
    n, typed, canon = phone()
    gph = c.group("PHONE", canon)
    c.c("yes and update my number to ", c.v(gph, spoken_phone(canon)))
    if R.random() < 0.6:
        s = ni() if R.random() < 0.5 else None
        if s:
            gn = c.group("NI_NUMBER", s)
            c.a("and for the " + pick(["benefit", "pension", "payroll"]) + " check, your national insurance number")
            c.c(c.v(gn, sp_alnum(s, z, 0.5)), ". oh and " + decoy_spoken())
        else:
            s = ssn()
            gs = c.group("SSN", s)
            c.a("and your social for the credit check")
            c.c(c.v(gs, sp(s, z, fill=0.1)), " and my " + decoy_spoken())
    return c


def p_email_ticket():
    i = ind()
    c = Case("positive", "email-style ticket with several fields and reference lookalikes, %s" % i)
    cn = card()
    g = c.group("CARD_NUMBER", cn)
    s = ssn() if R.random() < 0.5 else None
    n = None if s else ni()
    lines = ["Subject: " + pick(["billing error", "Refund request", "URGENT - double charged"]) + " (" + decoy_typed() + ")"]
    c.c(lines[0])
    c.c("Hi, I was charged twice on my card ", c.v(g, typed_card(cn)), ". " + decoy_typed() + ", " + decoy_typed() + ".")
    if s:
        gs = c.group("SSN", s)
        c.c(pick(["SSN for ID: ", "soc sec ", "ID (social): "]), c.v(gs, "%s-%s-%s" % (s[:3], s[3:5], s[5:])), ", " + decoy_typed())
    else:
        gn = c.group("NI_NUMBER", n)
        c.c(pick(["NI: ", "NINo ", "N.I. number "]), c.v(gn, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])), " - " + decoy_typed())
    c.a("Thanks, we've refunded the duplicate to the card ending ", c.v(c.group("CARD_NUMBER", cn), cn[-4:], "part"), ", confirmed.")
    return c


POS = [(p_card_chat, 14), (p_card_split, 22), (p_card_correct, 10), (p_ssn, 26), (p_ni, 26), (p_bank, 13),
       (p_us_bank, 5), (p_iban, 14), (p_phone, 15), (p_email, 13), (p_address, 18), (p_dob, 11), (p_verify_mix, 14),
       (p_email_ticket, 12)]


# ------------------------------------------------------ negative templates
def n_decoy_call():
    i = ind()
    c = Case("negative", "asr call with card/id-rhythm numbers that are labelled non-pii, %s" % i)
    c.a(hello(i))
    c.c(fill(0.6) + decoy_spoken())
    c.a(pick(["okay let me pull that up", "and what's the card on the account", "can you confirm the reference"]))
    c.c(decoy_spoken())
    c.a(pick(BACK) + ", " + decoy_agent())
    return c


def n_decoy_chat():
    i = ind()
    c = Case("negative", "typed chat with long non-pii numbers near card/id words, %s" % i)
    c.a(hello(i))
    c.c(pick(["my card was charged twice, ", "re my national insurance letter: ", "SSN question - ", "card declined! "]) + decoy_typed() + ", " + decoy_typed())
    c.a("thanks, I can see " + decoy_typed() + ". It will clear within " + pick(["3-5 working days", "48 hours", "10 days"]) + ".")
    return c


def n_cardlike_order():
    i = pick(["retail", "travel", "telecom"])
    c = Case("negative", "16-digit order/booking number read like a card, card words nearby, %s" % i)
    z = zw()
    num = not_luhn(16)
    lab = pick(["order number", "booking reference", "tracking number", "gift voucher serial", "loyalty membership number"])
    c.a(hello(i))
    c.c("i paid by card but it's not shown up, the %s is " % lab + " ".join(sp(p, z, fill=0.2) for p in chunks(num, [4, 4, 4, 4])))
    c.a("thanks, and that was on the card ending in " + sp(rdig(4), z) + "?")
    c.c("yes that's the one, " + pick(["the visa", "my debit card", "the mastercard"]) + " ending " + rdig(4))
    return c


def n_ssnlike():
    i = pick(["healthcare billing", "insurance", "government services"])
    c = Case("negative", "ssn-rhythm member/claim numbers said with labels, %s" % i)
    z = zw()
    s = rdig(9)
    lab = pick(["member id", "claim number", "group number", "patient account number", "case number"])
    c.a(hello(i) + ", do you have your " + lab)
    c.c("yeah the %s is " % lab + sp(s[:3], z) + " " + sp(s[3:5], z) + " " + sp(s[5:], z) + ", not my social, you don't need that right")
    c.a("no that's fine, the %s is all i need. your balance is %s dollars" % (lab, pick(["one forty two", "three hundred and twelve", "eighty nine fifty"])))
    return c


def n_nilike():
    i = pick(["government services", "insurance", "utilities"])
    c = Case("negative", "ni-shaped references with labels, %s" % i)
    pre = pick(sorted(NI_BAD) + ["QQ", "FD", "UV"])
    ref = pre + rdig(6) + pick("ABCDEFX")
    c.a(hello(i))
    c.c("i've got a letter about my national insurance, the reference on it is " + pick([ref, sp_alnum(ref, zw(), 0.4)]))
    c.a("that's the letter reference, thanks. and the vehicle reg?")
    c.c(pick(["AB12 CDE", "k l sixty eight x y z", "LD71 PXW"]) + ", " + decoy_spoken())
    return c


def n_misc():
    i = ind()
    c = Case("negative", "amounts, times, dates, counts, meter, flight, road names, %s" % i)
    c.a(hello(i))
    c.c(pick(["we're open 8 till 6:30 monday to friday", "the room is 412, gate B17", "it's about 21 degrees",
              "i'm 47 and my daughter's 12", "the rate went up 4.9% in 2023", "meter reading is 0 4 5 2 1 7"]) +
        ", " + pick(["took the M25 then the A40", "i live off route 66", "the appointment is 14/03/2025 at 10:15",
                     "payment date is the 28th", "it cost £1,499.99", "contract started 01/09/2022"]))
    c.a(pick(["thanks, ", "okay, "]) + decoy_typed())
    return c


NEG = [(n_decoy_call, 25), (n_decoy_chat, 20), (n_cardlike_order, 18), (n_ssnlike, 15), (n_nilike, 12), (n_misc, 14)]


# ------------------------------------------------------------ build/check
def build():
    pos, neg = [], []
    for f, k in POS:
        for _ in range(k):
            pos.append(f())
    for f, k in NEG:
        for _ in range(k):
            neg.append(f())
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for idx, c in enumerate(pos, 1):
        out.append(("h481-pos-%03d" % idx, c))
    for idx, c in enumerate(neg, 1):
        out.append(("h481-neg-%03d" % idx, c))
    return out


def render(cases):
    lines = []
    for cid, c in cases:
        spans = sorted(({k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans),
                       key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [cid for cid, _ in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for cid, c in cases:
        if c.kind == "negative" and c.spans:
            errs.append(cid + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(cid + ": positive without spans")
        byturn = {}
        for s in c.spans:
            t = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s: span out of range" % cid)
                continue
            if not (t[a].isalnum() and t[b - 1].isalnum()):
                errs.append("%s: span not starting/ending on alnum %r" % (cid, t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, t[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        for gid, (typ, canon) in c.groups.items():
            try:
                if not validate_value(typ, canon):
                    errs.append("%s: invalid %s value %r" % (cid, typ, canon))
                    continue
            except ValueError as e:
                errs.append("%s: invalid %s %r (%s)" % (cid, typ, canon, e))
                continue
            ss = [s for s in c.spans if s["_gid"] == gid]
            if not ss:
                errs.append("%s: group without span" % cid)
                continue
            texts = [(s, c.turns[s["turn"]]["text"][s["start"]:s["end"]]) for s in ss]
            if typ in ("ADDRESS", "DOB", "EXPIRY"):
                for s, tx in texts:
                    if typ == "ADDRESS" and not re.search(STREET_WORDS + r"$", tx.lower()):
                        errs.append("%s: address span %r" % (cid, tx))
                    if typ != "ADDRESS" and not (re.search(r"\d", tx) or any(w in tx.lower() for w in MONTHS + UNIT + TEENS + list(TENS.values()) + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])):
                        errs.append("%s: date span %r" % (cid, tx))
                continue
            try:
                want = canon_norm(typ, canon if typ != "EMAIL" else canon.lower())
                full = "".join(norm_for(typ, tx) for s, tx in texts if s["_mode"] == "full")
                if typ == "EMAIL":
                    full = full.lower()
                if any(s["_mode"] == "full" for s, _ in texts) and full != want:
                    errs.append("%s: %s reading %r normalises to %r, expected %r" % (cid, typ, [t for _, t in texts], full, want))
                for s, tx in texts:
                    nv = norm_for(typ, tx)
                    if s["_mode"] == "frag" and not want.startswith(nv):
                        errs.append("%s: fragment %r not a prefix" % (cid, tx))
                    if s["_mode"] == "part" and not want.endswith(nv):
                        errs.append("%s: partial %r not a suffix" % (cid, tx))
            except (ValueError, IndexError) as e:
                errs.append("%s: normalise failed: %s" % (cid, e))
    return errs


def counts(cases):
    by = {}
    for _, c in cases:
        for s in c.spans:
            by[s["type"]] = by.get(s["type"], 0) + 1
    return by


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    data = render(cases)
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    errs = check(cases, data) if args.check else []
    npos = sum(1 for _, c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    by = counts(cases)
    print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(by, sort_keys=True)))
    if args.check:
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if by.get(t, 0) < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, by.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("check %s (%d errors)" % ("FAILED" if errs else "passed", len(errs)))
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
