#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set 'pii_holdout155'.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout155.py          # write fixture + README
    python scripts/make_pii_holdout155.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 155241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout155"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h155"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------- words
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZEROS = ["oh", "o", "zero", "nought"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "q": "quebec", "i": "india", "u": "uniform", "v": "victor"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV.update({"xray": "x", "whisky": "w", "juliett": "j"})
FILLERS = {"um", "uh", "er", "erm", "uhh", "umm", "hmm", "sorry", "yeah", "like", "and", "then",
           "its", "it", "s", "is", "the", "ah", "plus", "slash"}


def w(d: str, z: str) -> str:
    return z if d == "0" else DIGW[int(d)]


def say_digits(s: str, rng: random.Random, z: str | None = None, pairs: bool = False,
               rep: bool = True, homo: bool = False) -> str:
    z = z or rng.choice(ZEROS)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if rep and run >= 3 and rng.random() < 0.5:
            out.append("triple " + w(d, z)); i += 3; continue
        if rep and run >= 2 and rng.random() < 0.6:
            out.append("double " + w(d, z)); i += 2; continue
        if pairs and i + 1 < len(s) and d != "0" and rng.random() < 0.45:
            d2 = s[i + 1]
            if d == "1":
                out.append(TEENS[int(d2)]); i += 2; continue
            if d2 != "0":
                out.append(TENS[int(d)] + " " + DIGW[int(d2)]); i += 2; continue
        word = w(d, z)
        if homo and d == "4" and rng.random() < 0.2:
            word = "for"
        elif homo and d == "2" and rng.random() < 0.2:
            word = "to"
        out.append(word)
        i += 1
    return " ".join(out)


def say_pair(p: str, z: str) -> str:
    a, b = p[0], p[1]
    if a == "0":
        return z + " " + DIGW[int(b)] if b != "0" else "double " + z
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + DIGW[int(b)])


def say_pairs(s: str, z: str) -> str:
    return " ".join(say_pair(s[i:i + 2], z) for i in range(0, len(s), 2))


def say_year(y: int, rng: random.Random) -> str:
    if y >= 2000:
        r = y - 2000
        if r < 10:
            return rng.choice(["two thousand and ", "two thousand "]) + DIGW[r] if r else "two thousand"
        return "two thousand and " + say_pair(str(r), "oh") if rng.random() < 0.4 else "twenty " + say_pair(str(r), "oh")
    hi, lo = divmod(y, 100)
    lo_s = say_pair("%02d" % lo, "oh")
    return say_pair(str(hi), "oh") + " " + lo_s


def say_letters(s: str, rng: random.Random, nato: float = 0.4) -> str:
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(DIGW[int(ch)])
        elif rng.random() < nato:
            out.append(ch + " for " + NATO[ch])
        else:
            out.append(ch)
    return " ".join(out)


# ----------------------------------------------------------------------------- values
def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if brand == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif brand == "visa19":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(2)), 19
    elif brand == "mc":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        body, n = rng.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def card_chunks(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_L) + rng.choice(NI_L)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban: str) -> bool:
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


BANK_LETTERS = "ABCDEGHJKLMNPRSTWXYZ"  # no O/I/Q/F/U/V for unambiguous speech


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if cc in ("GB", "IE"):
        bban = "".join(rng.choice(BANK_LETTERS) for _ in range(4)) + gen_digits(rng, 14)
    elif cc == "DE":
        bban = gen_digits(rng, 18)
    elif cc == "FR":
        bban = gen_digits(rng, 23)
    elif cc == "NL":
        bban = "".join(rng.choice(BANK_LETTERS) for _ in range(4)) + gen_digits(rng, 10)
    else:
        bban = gen_digits(rng, 20)
    return cc + iban_check(cc, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(rng, kind=None):
    kind = kind or rng.choice(["uk", "uk", "us", "us", "ie", "uk_land"])
    if kind == "uk":
        return "07" + gen_digits(rng, 9)
    if kind == "uk_land":
        return "0" + rng.choice(["20", "161", "113", "117", "131", "121"]) + gen_digits(rng, 7 if True else 8)[:7] + ("0" if False else "")
    if kind == "us":
        return str(rng.randint(2, 9)) + gen_digits(rng, 2) + str(rng.randint(2, 9)) + gen_digits(rng, 6)
    return "08" + rng.choice("35679") + gen_digits(rng, 7)


def fmt_phone(num, rng, style=None):
    if len(num) == 10 and num[0] != "0":  # US
        style = style or rng.choice(["paren", "dash", "dot", "plus1", "plain"])
        if style == "paren":
            return "(%s) %s-%s" % (num[:3], num[3:6], num[6:])
        if style == "dash":
            return "%s-%s-%s" % (num[:3], num[3:6], num[6:])
        if style == "dot":
            return "%s.%s.%s" % (num[:3], num[3:6], num[6:])
        if style == "plus1":
            return "+1 %s %s %s" % (num[:3], num[3:6], num[6:])
        return num
    if num.startswith("08"):  # IE mobile
        style = style or rng.choice(["sp", "intl", "plain"])
        if style == "sp":
            return "%s %s %s" % (num[:3], num[3:6], num[6:])
        if style == "intl":
            return "+353 %s %s %s" % (num[1:3], num[3:6], num[6:])
        return num
    style = style or rng.choice(["sp", "intl", "plain", "intl0", "dash", "00"])
    if style == "00":
        return "0044 %s %s" % (num[1:5], num[5:])
    if style == "sp":
        return "%s %s" % (num[:5], num[5:])
    if style == "intl":
        return "+44 %s %s" % (num[1:5], num[5:])
    if style == "intl0":
        return "+44 (0)%s %s" % (num[1:5], num[5:])
    if style == "dash":
        return "%s-%s-%s" % (num[:5], num[5:8], num[8:])
    return num


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "chloe", "daniel",
         "grace", "ravi", "siobhan", "marcus", "ellie", "connor", "fatima", "jake", "nina",
         "owen", "hannah", "ciaran", "maria", "luca", "zoe"]
LAST = ["okafor", "murphy", "patel", "smith", "obrien", "kowalski", "jones", "nguyen", "walsh",
        "hughes", "garcia", "byrne", "taylor", "chen", "doyle", "martin", "reilly", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "proton.me"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l,
                        l + "." + f[0], f + str(rng.randint(70, 99))])
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    local, dom = e.split("@")
    def part(p):
        toks = []
        for piece in re.split(r"([._])", p):
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece:
                m = re.fullmatch(r"([a-z]+)(\d*)", piece)
                letters, digs = m.group(1), m.group(2)
                if len(letters) <= 2:
                    toks.append(" ".join(letters))
                else:
                    toks.append(letters)
                if digs:
                    toks.append(say_digits(digs, rng, z="zero", pairs=True, rep=False))
        return " ".join(toks)
    return part(local) + " at " + part(dom)


STREETS_UK = ["kingsley road", "ashdown crescent", "mill lane", "victoria street", "church close",
              "hawthorn avenue", "the green", "station road", "beech grove", "orchard way",
              "albert terrace", "meadow drive"]
STREETS_US = ["maple avenue", "west elm street", "oak ridge drive", "sunset boulevard",
              "pine court", "lakeview road", "n main st", "washington ave", "cedar lane",
              "river bend blvd"]
STREETS_IE = ["griffith avenue", "main street", "seaview park", "castle road", "the orchard"]
ADDR_SUFFIX = ("road", "crescent", "lane", "street", "close", "avenue", "green", "grove", "way",
               "terrace", "drive", "boulevard", "court", "st", "ave", "blvd", "park", "orchard",
               "rd")

UK_AREAS = ["SW", "N", "E", "M", "B", "LS", "BS", "EH", "G", "CF", "NE", "L", "OX", "CB", "BT", "SE", "W"]


def gen_uk_postcode(rng):
    area = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 20))
    if len(area) == 1 and rng.random() < 0.2:
        dist = str(rng.randint(1, 9)) + rng.choice("ABCDEFGHJKMNPRW")
    inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")


def say_postcode(pc, rng):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(DIGW[int(ch)])
        else:
            out.append(ch.lower() if rng.random() < 0.7 else ch.lower() + " for " + NATO[ch.lower()] if ch.lower() in NATO else ch.lower())
    return " ".join(out)


def gen_dob(rng):
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def fmt_dob_typed(y, m, d, rng):
    st = rng.randint(0, 7)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d/%d/%d" % (m, d, y)
    if st == 2:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 3:
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1].capitalize(), y)
    if st == 4:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    if st == 5:
        return "%d.%d.%02d" % (d, m, y % 100)
    if st == 6:
        return "%02d%02d%d" % (d, m, y)
    return "%d %s %d" % (d, MONTHS[m - 1], y)


def say_dob(y, m, d, rng):
    st = rng.randint(0, 3)
    if st == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y, rng))
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y, rng))
    if st == 2:
        return "%s %s %s" % (say_pair("%02d" % d, "oh") if d > 9 else DIGW[d],
                             say_pair("%02d" % m, "oh") if m > 9 else DIGW[m], say_year(y, rng))
    return "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y, rng))


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def fmt_exp_typed(m, y, rng):
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d%02d", "%02d / %02d"]) % (m, y)


def say_exp(m, y, rng):
    st = rng.randint(0, 2)
    z = rng.choice(["oh", "zero", "o"])
    ms = say_pair("%02d" % m, z)
    if st == 0:
        return "%s %s" % (ms, say_pair("%02d" % y, z))
    if st == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y, z))
    return "%s slash %s" % (ms, say_pair("%02d" % y, z))


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "11", "09", "77", "83", "90", "93", "16"]) + gen_digits(rng, 4)


def fmt_sort(s, rng):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:2], s[2:4], s[4:])


def gen_addr_uk(rng):
    n = rng.randint(1, 240)
    st = rng.choice(STREETS_UK)
    pre = ""
    if rng.random() < 0.25:
        pre = "flat %d, " % rng.randint(1, 30)
    return n, st, pre


# ----------------------------------------------------------------------------- builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def turn(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else typ
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
                self.groups.append(grp)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def P(v, t, g=None):
    return (v, t, g if g is not None else t)


# ----------------------------------------------------------------------------- positive templates
def emo(rng):
    return rng.choice(["", " 🙂", " 🙏", " 😅", " 👍", " 😩", " x", " !!", " thx", " ta"])


def pos_chat_card(rng):
    card = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_digits(rng, 4 if len(card) == 15 else 3)
    sep = rng.choice([" ", "-", "", " ", ".", "  ", "\u00a0"])
    shown = group_card(card, sep) if sep else card
    ind = rng.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    c = Case("positive", "chat/%s: card typed with separator %r, expiry and security code in later messages" % (ind, sep))
    c.a(rng.choice(["Thanks! Could you pop the long card number in here please?",
                    "No problem, what card would you like to use today?",
                    "To process the payment of £%d.%02d I'll need the card details." % (rng.randint(10, 400), rng.randint(0, 99))]))
    c.c(rng.choice(["ok its ", "sure ", "Card number: ", "k ", "its "]), P(shown, "CARD_NUMBER"), emo(rng))
    c.a("Great and the expiry date?")
    c.c(rng.choice(["exp ", "expires ", "", "valid thru ", "expiry is "]), P(fmt_exp_typed(m, y, rng), "EXPIRY"))
    c.a("And the %s on the back?" % rng.choice(["%d digit code" % len(cvv), "security code", "CVV", "CVC"]))
    c.c(rng.choice(["", "its ", "cvv ", "code is "]), P(cvv, "CVV"), rng.choice(["", " (the one on the back)", " i think", " 👍"]))
    return c


def pos_chat_card_split(rng):
    card = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    ch = card_chunks(card)
    k = rng.choice([2, 2, 4])
    c = Case("positive", "webchat/telecom: card number typed across %d separate messages" % k)
    c.a("Please type the card number when you're ready.")
    if k == 2:
        c.c(P(ch[0] + " " + ch[1], "CARD_NUMBER"), rng.choice(["", "...", " -"]))
        c.c(rng.choice(["sorry hit enter ", "", "oops ", "and "]), P(ch[2] + " " + ch[3], "CARD_NUMBER"))
    else:
        for i, x in enumerate(ch):
            c.c(P(x, "CARD_NUMBER"))
    c.a(rng.choice(["Thanks, and expiry?", "Got it. Expiry date please?"]))
    m, y = gen_expiry(rng)
    c.c(P(fmt_exp_typed(m, y, rng), "EXPIRY"), rng.choice(["", " cheers", " 🙂"]))
    return c


def pos_chat_card_correction(rng):
    card = gen_card(rng)
    bad_last = card[-4:-1] + str((int(card[-1]) + rng.randint(1, 8)) % 10)
    c = Case("positive", "webchat/retail: customer typos the card then re-sends the corrected last group")
    c.a("Could you confirm the card number you'd like to use?")
    c.c(P(group_card(card[:-4] + bad_last, " "), "CARD_NUMBER", "wrong"))
    c.c(rng.choice(["sorry typo, last bit is ", "wait no last 4 = ", "*", "correction: "]), P(card[-4:], "CARD_NUMBER", "wrong"))
    c.c(rng.choice(["full thing: ", "so its ", "i.e. "]), P(group_card(card, rng.choice([" ", "-"])), "CARD_NUMBER"))
    c.a("No worries, thank you.")
    return c


def pos_card_spoken_split(rng):
    card = gen_card(rng, rng.choice(["visa", "mc", "amex", "disc"]))
    z = rng.choice(ZEROS)
    c = Case("positive", "call/%s: card read in groups over several turns with back-channels, pairs/double/%s" % (rng.choice(["banking", "insurance", "utilities", "telecom"]), z))
    c.a("okay go ahead with the long number on the front of the card")
    chunks = card_chunks(card)
    for i, chn in enumerate(chunks):
        lead = rng.choice(["", "right ", "um ", "so ", "yeah "]) if i == 0 else rng.choice(["", "", "then ", "uh "])
        c.c(lead, P(say_digits(chn, rng, z=z, pairs=True, homo=True), "CARD_NUMBER"))
        if i < len(chunks) - 1:
            c.a(rng.choice(["mhm", "okay go on", "yep", "uh huh", "okay", "got that"]))
    c.a("and the expiry date")
    m, y = gen_expiry(rng)
    c.c(rng.choice(["it's ", "expires ", "", "uh "]), P(say_exp(m, y, rng), "EXPIRY"))
    return c


def pos_card_spoken_one(rng):
    card = gen_card(rng)
    ch = card_chunks(card)
    z = rng.choice(ZEROS)
    parts = [say_digits(x, rng, z=z, pairs=rng.random() < 0.5) for x in ch]
    filler = rng.choice(["um", "uh", "er", "sorry"])
    pos = rng.randint(1, len(parts) - 1)
    spoken = " ".join(parts[:pos]) + " " + filler + " " + " ".join(parts[pos:])
    cvv = gen_digits(rng, 4 if len(card) == 15 else 3)
    c = Case("positive", "call/retail: card in one turn with filler inside, then cvv with other numbers nearby")
    c.a("can i take the card number please")
    c.c("yeah it's ", P(spoken, "CARD_NUMBER"))
    c.a("and the %s digit security code on the back" % ("four" if len(cvv) == 4 else "three"))
    c.c(rng.choice(["that's ", "it is ", "", "hang on it's "]), P(say_digits(cvv, rng, z=z), "CVV"),
        rng.choice(["", " and it's for the order of forty nine ninety nine", " yeah"]))
    return c


def pos_card_spoken_correction(rng):
    card = gen_card(rng)
    ch = card_chunks(card)
    wrong = ch[-1][:-1] + str((int(ch[-1][-1]) + 3) % 10)
    c = Case("positive", "call/travel: self-correction of last group, then agent reads the number back")
    c.a("whenever you're ready with the card number")
    c.c(P(" ".join(say_digits(x, rng, z="oh") for x in ch[:-1]), "CARD_NUMBER"), " ",
        P(say_digits(wrong, rng, z="oh"), "CARD_NUMBER", "wrong"), " no sorry ",
        P(say_digits(ch[-1], rng, z="oh"), "CARD_NUMBER"))
    c.a("let me read that back ", P(" ".join(say_digits(x, rng, z="zero", rep=False) for x in ch), "CARD_NUMBER", "rb"), " is that right")
    c.c("yes that's it")
    return c


def pos_chat_ssn(rng):
    ssn = gen_ssn(rng)
    fm = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    y, m, d = gen_dob(rng)
    ind = rng.choice(["healthcare billing", "banking", "insurance", "government services", "telecom"])
    c = Case("positive", "sms/%s (US): SSN typed %s with typo'd context, DOB typed" % (ind, "with separators" if not fm.isdigit() else "unbroken"))
    c.a(rng.choice(["To verify your identity please reply with your SSN and date of birth.",
                    "Hi, I just need your social and DOB to pull up the account."]))
    c.c(rng.choice(["my socail is ", "ssn ", "SSN: ", "social # ", "its "]), P(fm, "SSN"),
        rng.choice([" dob ", " and birthday ", "\nDOB: ", ", born "]), P(fmt_dob_typed(y, m, d, rng), "DOB"), emo(rng))
    return c


def pos_chat_ssn_split(rng):
    ssn = gen_ssn(rng)
    c = Case("positive", "webchat/insurance (US): SSN sent over two messages with copy-paste artefact")
    c.a("Please provide your Social Security number to continue.")
    c.c(rng.choice(["", "ok "]), P(ssn[:3] + "-" + ssn[3:5], "SSN"), "-")
    c.c(P(ssn[5:], "SSN"), rng.choice(["", " sorry phone keeps sending", " <- last 4"]))
    c.a("Thanks. And a good callback number?")
    ph = gen_phone(rng, "us")
    c.c(P(fmt_phone(ph, rng), "PHONE"), rng.choice(["", " after 5pm", " (cell)"]))
    return c


def pos_call_ssn(rng):
    ssn = gen_ssn(rng)
    z = rng.choice(ZEROS)
    c = Case("positive", "call/%s (US): SSN spoken in three groups over turns, agent reads back" % rng.choice(["banking", "healthcare billing", "government services"]))
    c.a("and for security can i get your social security number")
    c.c(rng.choice(["sure it's ", "yeah ", "okay um "]), P(say_digits(ssn[:3], rng, z=z, pairs=True), "SSN"))
    c.a(rng.choice(["mhm", "okay"]))
    c.c(P(say_digits(ssn[3:5], rng, z=z, pairs=True), "SSN"), " ", P(say_digits(ssn[5:], rng, z=z, pairs=True, homo=True), "SSN"))
    c.a("thank you so that's ", P(say_digits(ssn, rng, z="zero", rep=False), "SSN", "rb"), " correct")
    c.c("correct")
    return c


def pos_call_ssn_one(rng):
    ssn = gen_ssn(rng)
    y, m, d = gen_dob(rng)
    c = Case("positive", "call/insurance (US): SSN and DOB in one customer turn with chit-chat")
    c.a("can you verify your social and date of birth for me")
    c.c(rng.choice(["yeah so my social is ", "social is ", "okay it's "]), P(say_digits(ssn, rng, pairs=rng.random() < 0.5), "SSN"),
        rng.choice([" and i was born ", " and my birthday is ", " date of birth "]), P(say_dob(y, m, d, rng), "DOB"),
        rng.choice([" i've been with you like ten years", "", " sorry it's noisy here"]))
    return c


def ni_typed(ni, rng):
    st = rng.randint(0, 5)
    if st == 0:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 1:
        return ni.lower()
    if st == 2:
        return ni
    if st == 3:
        return "%s%s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8].lower())
    if st == 4:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return ni[:2].capitalize() + " " + ni[2:8] + " " + ni[8]


def pos_chat_ni(rng):
    ni = gen_ni(rng)
    c = Case("positive", "webchat/government services (UK): NI number typed in mixed case/spacing, with postcode")
    c.a(rng.choice(["Can I take your National Insurance number please?", "What's your NI no.?"]))
    c.c(rng.choice(["yeah its ", "NI: ", "ni no is ", "", "Sure - "]), P(ni_typed(ni, rng), "NI_NUMBER"), emo(rng))
    c.a("Thanks. And your postcode?")
    pc = gen_uk_postcode(rng)
    c.c(P(rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
    return c


def pos_chat_ni_split(rng):
    ni = gen_ni(rng)
    c = Case("positive", "sms/benefits (UK): NI number split over two texts")
    c.a("Reply with your National Insurance number to confirm your claim.")
    c.c(P(ni[:2] + " " + ni[2:4] + " " + ni[4:6], "NI_NUMBER"))
    c.c(P(ni[6:8] + " " + ni[8], "NI_NUMBER"), rng.choice(["", " sorry", " thats it", " x"]))
    c.a("Thanks, your claim ref is CL-%d." % rng.randint(100000, 999999))
    return c


def pos_email_ni(rng):
    ni = gen_ni(rng)
    n, st, pre = gen_addr_uk(rng)
    pc = gen_uk_postcode(rng)
    name = rng.choice(FIRST).capitalize()
    em = gen_email(rng)
    c = Case("positive", "email/payroll (UK): email body with NI number, street address, postcode, email")
    c.c("Hi team,\n\nI changed address last month, my new details are below.\n\nNI Number: ",
        P(ni_typed(ni, rng), "NI_NUMBER"), "\nAddress: ", P(pre + str(n) + " " + st.title(), "ADDRESS"),
        ", " + rng.choice(["Leeds", "Bristol", "Croydon", "Cardiff", "Belfast"]) + " ", P(pc, "POSTCODE"),
        "\nEmail: ", P(em, "EMAIL"), "\n\nThanks\n" + name + "\n\nSent from my iPhone")
    c.a("Thanks %s, we've updated your record." % name)
    return c


def pos_call_ni(rng):
    ni = gen_ni(rng)
    c = Case("positive", "call/government services (UK): NI number letters with phonetic alphabet, digits in pairs")
    c.a("and your national insurance number please")
    letters = say_letters(ni[:2], rng, nato=0.6)
    digits = rng.choice([say_digits(ni[2:8], rng, pairs=True), say_pairs(ni[2:8], rng.choice(["oh", "nought"]))])
    c.c(rng.choice(["yep it's ", "um ", "it's "]), P(letters + " " + digits + " " + say_letters(ni[8], rng, nato=0.5), "NI_NUMBER"))
    c.a("lovely thank you")
    return c


def pos_call_ni_split(rng):
    ni = gen_ni(rng)
    c = Case("positive", "call/payroll (UK): NI number split over turns, agent confirms letters")
    c.a("can i take your n i number")
    c.c(P(say_letters(ni[:2], rng, nato=0.3), "NI_NUMBER"))
    c.a("sorry was that " + NATO[ni[0].lower()] + "?")
    c.c("yeah then ", P(say_digits(ni[2:5], rng), "NI_NUMBER"))
    c.a("okay")
    c.c(P(say_digits(ni[5:8], rng), "NI_NUMBER"), " and the letter at the end is ", P(ni[8].lower(), "NI_NUMBER"))
    return c


def pos_chat_bank(rng):
    acc = gen_digits(rng, 8)
    sc = gen_sort(rng)
    c = Case("positive", "webchat/banking (UK): sort code and account number in one message, with amount")
    c.a("Which account should the refund of £%d.%02d go to?" % (rng.randint(5, 300), rng.randint(0, 99)))
    order = rng.random() < 0.5
    if order:
        c.c(rng.choice(["sort ", "s/c ", "Sort code "]), P(fmt_sort(sc, rng), "SORT_CODE"), rng.choice([" acc ", " a/c ", ", account no. "]), P(acc, "BANK_ACCOUNT"), emo(rng))
    else:
        c.c(rng.choice(["acct ", "account number "]), P(acc, "BANK_ACCOUNT"), rng.choice([" sort code ", " and sc "]), P(fmt_sort(sc, rng), "SORT_CODE"))
    return c


def pos_chat_bank_us(rng):
    acc = gen_digits(rng, rng.choice([10, 11, 12]), True)
    c = Case("positive", "webchat/banking (US): checking account number typed with spaces, with routing-free context")
    c.a("Please confirm the checking account for the ACH debit.")
    shown = acc if rng.random() < 0.5 else " ".join(acc[i:i + 4] for i in range(0, len(acc), 4))
    c.c(rng.choice(["acct# ", "its ", "Account: "]), P(shown, "BANK_ACCOUNT"), " thanks, amount is $%d.%02d" % (rng.randint(20, 900), rng.randint(0, 99)))
    return c


def pos_call_bank(rng):
    acc = gen_digits(rng, 8)
    sc = gen_sort(rng)
    z = rng.choice(ZEROS)
    c = Case("positive", "call/utilities (UK): sort code in pairs, account number in two turns")
    c.a("what's the sort code for the direct debit")
    c.c(rng.choice(["it's ", "um ", ""]), P(say_pairs(sc, z), "SORT_CODE"))
    c.a("and the account number")
    c.c(P(say_digits(acc[:4], rng, z=z), "BANK_ACCOUNT"))
    c.a("mhm")
    c.c(P(say_digits(acc[4:], rng, z=z, pairs=True), "BANK_ACCOUNT"), rng.choice(["", " that's the joint account", " yeah"]))
    return c


def pos_chat_iban(rng):
    iban = gen_iban(rng)
    st = rng.randint(0, 3)
    shown = [group4(iban), iban, group4(iban).lower(), group4(iban, "-")][st]
    inv = rng.randint(10000, 999999)
    c = Case("positive", "email/travel (EU): IBAN typed (style %d) next to an invoice number" % st)
    c.c(rng.choice(["Hello, please refund booking ", "Hi, re invoice "]) + "%d to " % inv, P(shown, "IBAN"),
        rng.choice([" (account in my name)", ". Thanks!", " 🙏", "\n\nKind regards"]))
    c.a("Thank you, the refund has been requested.")
    return c


def pos_chat_iban_split(rng):
    iban = gen_iban(rng, rng.choice(["IE", "DE", "NL"]))
    g = group4(iban).split(" ")
    cut = len(g) // 2
    c = Case("positive", "whatsapp/insurance (IE/EU): IBAN pasted over two messages")
    c.a("Can you send the IBAN for the claim payment?")
    c.c(P(" ".join(g[:cut]), "IBAN"))
    c.c(P(" ".join(g[cut:]), "IBAN"), rng.choice(["", " ^ thats it", " sorry"]))
    return c


def pos_call_iban(rng):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "DE"]))
    c = Case("positive", "call/banking (IE/EU): IBAN spoken, letters with phonetic, digits grouped")
    c.a("okay what's the iban")
    body = iban[4:]
    let = "".join(ch for ch in body if ch.isalpha())
    digs = body[len(let):]
    sp = say_letters(iban[:2], rng, nato=0.3) + " " + say_digits(iban[2:4], rng, pairs=True)
    if let:
        sp += " " + say_letters(let, rng, nato=0.5)
    sp2 = say_digits(digs, rng, pairs=True)
    c.c("it's ", P(sp, "IBAN"))
    c.a("yep")
    c.c(P(sp2, "IBAN"))
    return c


def pos_dm_contact(rng):
    em = gen_email(rng)
    ph = gen_phone(rng, rng.choice(["uk", "us", "ie"]))
    shown_em = em if rng.random() < 0.6 else em.replace("@", " @ ") if rng.random() < 0.5 else em.upper()
    c = Case("positive", "social DM/telecom: email and phone with emojis and odd spacing")
    c.a("Hi there 👋 Could you DM us your email + best contact number?")
    c.c(rng.choice(["hey 😤 ", "hiya ", "", "ok "]), P(shown_em, "EMAIL"), rng.choice([" / ", " and ", "\n", " 📱 "]),
        P(fmt_phone(ph, rng), "PHONE"), rng.choice([" pls sort this", " been waiting 3 days", "", " ta"]))
    return c


def pos_sms_phone_split(rng):
    ph = gen_phone(rng, "uk")
    c = Case("positive", "sms/utilities (UK): mobile number split across two texts")
    c.a("What number can our engineer call on the day?")
    c.c(P(ph[:5], "PHONE"))
    c.c(P(ph[5:], "PHONE"), rng.choice(["", " sorry", " any time after 2"]))
    return c


def pos_call_phone(rng):
    kind = rng.choice(["uk", "us", "ie", "uk"])
    ph = gen_phone(rng, kind)
    if kind == "uk" and rng.random() < 0.5:
        sp = "plus four four " + say_digits(ph[1:], rng, pairs=True)
    elif kind == "ie" and rng.random() < 0.5:
        sp = "plus three five three " + say_digits(ph[1:], rng)
    else:
        sp = say_digits(ph, rng, pairs=kind == "us", homo=True)
    c = Case("positive", "call/%s: phone number spoken, %s" % (rng.choice(["telecom", "retail", "travel"]), kind))
    c.a("and what's the best number to reach you on")
    c.c(rng.choice(["it's ", "my mobile is ", "um ", "you can get me on "]), P(sp, "PHONE"), rng.choice(["", " after six", " or email's fine"]))
    return c


def pos_call_email(rng):
    em = gen_email(rng)
    c = Case("positive", "call/%s: email address spoken with dot/at/underscore" % rng.choice(["retail", "insurance", "utilities"]))
    c.a("and what email should we send the confirmation to")
    c.c(rng.choice(["it's ", "yeah it's ", "um "]), P(say_email(em, rng), "EMAIL"))
    c.a("lovely")
    return c


def pos_chat_email_typo(rng):
    em = gen_email(rng)
    c = Case("positive", "webchat/retail: email typed mid-sentence with typos around and 'at' spelled out variant")
    variant = em if rng.random() < 0.5 else em.replace("@", " at ").replace(".", " dot ")
    c.c(rng.choice(["hi my order never came can u email me at ", "pls send recipt to ", "emial is "]), P(variant, "EMAIL"),
        rng.choice([" order 48213", " thx", " asap!!", ""]))
    c.a("Sure, I've sent it across now.")
    return c


def pos_chat_address_uk(rng):
    n, st, pre = gen_addr_uk(rng)
    pc = gen_uk_postcode(rng)
    c = Case("positive", "webchat/retail (UK): delivery address and postcode typed in lower case")
    c.a("What's the delivery address?")
    c.c(P(pre + str(n) + " " + rng.choice([st, st.title()]), "ADDRESS"), rng.choice([", ", " "]) + rng.choice(["leeds", "Manchester", "york", "Swindon"]) + rng.choice([", ", " "]),
        P(rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
    return c


def pos_chat_address_us(rng):
    n = rng.randint(10, 9999)
    st = rng.choice(STREETS_US)
    apt = rng.choice(["", " apt %d%s" % (rng.randint(1, 30), rng.choice(["", "b", "c"])), " #%d" % rng.randint(1, 400)])
    z = gen_zip(rng, rng.random() < 0.3)
    city = rng.choice(["Austin, TX", "Columbus OH", "Denver, CO", "Tampa FL", "Portland, OR"])
    c = Case("positive", "sms/healthcare billing (US): street address + ZIP typed, with bill amount")
    c.a("Please confirm the billing address on file.")
    c.c(P(str(n) + " " + st + apt, "ADDRESS"), ", " + city + " ", P(z, "POSTCODE"), " — the bill was $%d" % rng.randint(40, 900))
    return c


def pos_call_address(rng):
    n = rng.randint(2, 99)
    st = rng.choice(STREETS_UK + STREETS_IE)
    pc = gen_uk_postcode(rng)
    c = Case("positive", "call/utilities (UK): house number spoken, street, postcode spelled with phonetics")
    c.a("and the first line of the address")
    num = say_pair("%02d" % n, "oh") if n >= 10 else DIGW[n]
    c.c("it's ", P(num + " " + st, "ADDRESS"))
    c.a("and the postcode")
    c.c(P(say_postcode(pc, rng), "POSTCODE"))
    return c


def pos_call_zip(rng):
    z = gen_zip(rng)
    n = rng.randint(100, 9999)
    st = rng.choice(STREETS_US)
    c = Case("positive", "call/insurance (US): street address and zip spoken")
    c.a("what's the address on the policy")
    num = say_pairs(str(n), "oh") if len(str(n)) == 4 and str(n)[2] != "0" else say_digits(str(n), rng, pairs=True)
    c.c(P(num + " " + st, "ADDRESS"), " zip code ", P(say_digits(z, rng, z="zero"), "POSTCODE"))
    return c


def pos_chat_dob(rng):
    y, m, d = gen_dob(rng)
    c = Case("positive", "webchat/healthcare billing: DOB typed with other dates around (appointment not labelled)")
    c.a("To find your bill I need the patient's date of birth.")
    c.c(rng.choice(["dob ", "D.O.B: ", "born ", "its "]), P(fmt_dob_typed(y, m, d, rng), "DOB"),
        rng.choice([" and the appt was on the 3rd", " - the visit was last tuesday", "", " (my son)"]))
    return c


def pos_call_dob(rng):
    y, m, d = gen_dob(rng)
    pc = gen_uk_postcode(rng)
    c = Case("positive", "call/banking (UK): DOB spoken with ordinal, then postcode")
    c.a("can you confirm your date of birth")
    c.c(rng.choice(["yeah it's ", "", "um "]), P(say_dob(y, m, d, rng), "DOB"))
    c.a("and the postcode")
    c.c(P(say_postcode(pc, rng), "POSTCODE"))
    return c


def pos_chat_cvv_exp(rng):
    card = gen_card(rng, "amex")
    m, y = gen_expiry(rng)
    cvv = gen_digits(rng, 4)
    c = Case("positive", "webchat/travel: amex 4-6-5 grouping, 4-digit CID and expiry in one message")
    c.c("card ", P(group_card(card, " "), "CARD_NUMBER"), " exp ", P(fmt_exp_typed(m, y, rng), "EXPIRY"), " cid ", P(cvv, "CVV"),
        " for the 2 night booking")
    c.a("Thank you, payment taken.")
    return c


def pos_call_cvv_exp(rng):
    m, y = gen_expiry(rng)
    cvv = gen_digits(rng, 3)
    c = Case("positive", "call/telecom: expiry and cvv in same turn with money amount nearby")
    c.a("and the expiry and the three digits on the back")
    c.c(rng.choice(["expiry is ", "it expires "]), P(say_exp(m, y, rng), "EXPIRY"), " and the code's ", P(say_digits(cvv, rng), "CVV"),
        rng.choice(["", " and it's the twenty five pound top up"]))
    return c


def pos_chat_bank_split(rng):
    acc = gen_digits(rng, 8)
    sc = gen_sort(rng)
    c = Case("positive", "webchat/banking (UK): sort code with spaced dashes, account number in two blocks, typos and a standing-order amount")
    c.a("Where would you like the standing order of £%d paid from?" % rng.randint(20, 500))
    c.c(rng.choice(["from my curent acount, sort code is ", "sortcode ", "SC: "]), P(fmt_sort(sc, rng), "SORT_CODE"))
    c.c(rng.choice(["acount ", "acc no ", "and the number "]), P(acc[:4] + rng.choice([" ", "  ", "-"]) + acc[4:], "BANK_ACCOUNT"), emo(rng))
    c.a("Thanks, that's set up for the %dth of each month." % rng.randint(4, 28))
    return c


def pos_email_signature(rng):
    ph = gen_phone(rng, "us")
    n = rng.randint(10, 9999)
    st = rng.choice(STREETS_US)
    z = gen_zip(rng, rng.random() < 0.4)
    fn_, ln_ = rng.choice(FIRST), rng.choice(LAST)
    name = fn_.capitalize() + " " + ln_.capitalize()
    em = rng.choice([fn_ + "." + ln_, fn_[0] + ln_, fn_ + ln_[0] + str(rng.randint(1, 99))]) + "@" + rng.choice(DOMAINS)
    c = Case("positive", "email/utilities (US): complaint e-mail with signature block (address, ZIP, phone, email), account ref not labelled")
    c.c("Hello,\n\nI was charged $%d.%02d twice for service ref #%d. Please fix.\n\n--\n%s\n" % (rng.randint(30, 400), rng.randint(0, 99), rng.randint(10000, 999999), name),
        P(str(n) + " " + st.title(), "ADDRESS"), "\n" + rng.choice(["Phoenix, AZ", "Raleigh NC", "Boise, ID"]) + " ", P(z, "POSTCODE"),
        "\nm: ", P(fmt_phone(ph, rng), "PHONE"), "\ne: ", P(em, "EMAIL"))
    c.a("Hi %s, thanks for your email. We have refunded the duplicate charge." % name.split()[0])
    return c


def pos_chat_two_values(rng):
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    ph = gen_phone(rng, "uk")
    c = Case("positive", "webchat/retail: card number and mobile typed in one message, card with mixed separators")
    ch = card_chunks(card)
    shown = ch[0] + "-" + ch[1] + " " + ch[2] + "." + ch[3]
    c.a("Can I take payment details and a mobile for delivery updates?")
    c.c(rng.choice(["card ", "Card: ", "k card is "]), P(shown, "CARD_NUMBER"), rng.choice([" mob ", " and my number's ", " | tel: "]), P(fmt_phone(ph, rng), "PHONE"),
        rng.choice(["", " 👍", " (its for the 2 x 4kg bags)"]))
    return c


def pos_chat_paste(rng):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "DE", "FR"]))
    name = rng.choice(FIRST).capitalize() + " " + rng.choice(LAST).capitalize()
    c = Case("positive", "webchat/travel (EU): bank details pasted from a banking app (label glued to value, tab, trailing spaces)")
    c.a("For the refund please paste the account holder name and IBAN.")
    shown = iban if rng.random() < 0.5 else group4(iban)
    c.c("Account holder:\t" + name + "\nIBAN:", P(shown, "IBAN"), rng.choice(["   \n", "\n\n", " \u200b"]) + rng.choice(["copied from my app", "Sent from Revolut", "ty"]))
    c.a("Thanks %s, refund of €%d.%02d requested." % (name.split()[0], rng.randint(40, 800), rng.randint(0, 99)))
    return c


def pos_chat_email_obf(rng):
    em = gen_email(rng)
    local, dom = em.split("@")
    d1, d2 = dom.split(".", 1)
    st = rng.randint(0, 2)
    shown = [local + "(at)" + d1 + "(dot)" + d2, local + " [at] " + dom, local + " (at) " + d1 + " (dot) " + d2][st]
    c = Case("positive", "social DM/retail: obfuscated e-mail (at)/[at] so the bot won't 'scrape' it, with an order number")
    c.a("Can you share an email so we can send the returns label?")
    c.c(rng.choice(["sure its ", "dont want spam lol ", "ok "]), P(shown, "EMAIL"), rng.choice([" order %d" % rng.randint(100000, 9999999), " ✌️", ""]))
    return c


def pos_call_email_spelled(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    yy = rng.randint(70, 99)
    dom = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com"])
    d1, d2 = dom.split(".")
    spelled = " ".join(l) + " " + f[0] + " " + say_pair(str(yy), "oh")
    c = Case("positive", "call/healthcare billing: e-mail local part spelled letter by letter after the agent asks, year-like digits inside")
    c.a("could you spell the email for me")
    c.c("yeah so it's ", P(spelled + " at " + d1 + " dot " + d2, "EMAIL"), rng.choice(["", " all lower case", " no spaces"]))
    c.a("so that's ", P(l + " " + f[0] + " " + say_pair(str(yy), "oh") + " at " + d1 + " dot " + d2, "EMAIL", "rb"), "?")
    c.c("that's right")
    return c


def pos_call_dob_numeric(rng):
    y, m, d = gen_dob(rng)
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    c = Case("positive", "call/telecom (IE): DOB read as pairs dd mm yy, no month name, a later year is not a DOB")
    c.a("and just your date of birth")
    c.c(P(say_pairs(ddmmyy, rng.choice(["oh", "zero"])), "DOB"), rng.choice([" the day first", "", " that's day month year"]))
    c.a("perfect and the account is in your name yeah")
    c.c("yeah since twenty nineteen")
    return c


POS_TEMPLATES = [(pos_call_email_spelled, 4), (pos_call_dob_numeric, 4),(pos_chat_paste, 5), (pos_chat_email_obf, 5),(pos_chat_bank_split, 6), (pos_email_signature, 4), (pos_chat_two_values, 5),
    (pos_chat_card, 10), (pos_chat_card_split, 8), (pos_chat_card_correction, 4), (pos_card_spoken_split, 7),
    (pos_card_spoken_one, 5), (pos_card_spoken_correction, 3), (pos_chat_ssn, 12), (pos_chat_ssn_split, 7),
    (pos_call_ssn, 6), (pos_call_ssn_one, 5), (pos_chat_ni, 10), (pos_chat_ni_split, 6), (pos_email_ni, 6),
    (pos_call_ni, 6), (pos_call_ni_split, 4), (pos_chat_bank, 7), (pos_chat_bank_us, 4), (pos_call_bank, 5),
    (pos_chat_iban, 6), (pos_chat_iban_split, 4), (pos_call_iban, 3), (pos_dm_contact, 8), (pos_sms_phone_split, 4),
    (pos_call_phone, 5), (pos_call_email, 4), (pos_chat_email_typo, 4), (pos_chat_address_uk, 5),
    (pos_chat_address_us, 5), (pos_call_address, 3), (pos_call_zip, 3), (pos_chat_dob, 5), (pos_call_dob, 4),
    (pos_chat_cvv_exp, 4), (pos_call_cvv_exp, 4),
]


# ----------------------------------------------------------------------------- negatives
def neg_chat(rng):
    t = rng.randint(0, 18)
    c = Case("negative", "")
    if t == 14:
        pct = rng.choice([10, 15, 20, 25])
        c.note = "sms/retail: discount code, percentages and prices"
        c.c("ur code SAVE%d didnt work?? basket is £%d.%02d so should be %d%% off 😩" % (pct, rng.randint(20, 300), rng.randint(0, 99), pct))
        c.a("Sorry! SAVE%d needs a minimum spend of £%d." % (pct, rng.choice([50, 75, 100])))
    elif t == 15:
        app = "%d/%06d" % (rng.randint(2023, 2026), rng.randint(1, 999999))
        c.note = "webchat/government services: application number with year prefix, processing weeks"
        c.c("application no. %s submitted %d weeks ago, still says 'in progress'" % (app, rng.randint(3, 16)))
        c.a("Application %s is at stage %d of 4; current processing time is %d working days." % (app, rng.randint(1, 3), rng.choice([20, 30, 40])))
    elif t == 16:
        d1 = rng.randint(1, 20)
        c.note = "email/travel: travel dates, party size with child age, price in euro"
        c.c("Hi,\nWe are travelling %02d/08/2026 - %02d/08/2026, 2 adults + 1 child (aged %d). Quote was €%s. Can you hold it till Friday?\nThanks" % (d1, d1 + 7, rng.randint(2, 15), format(rng.randint(900, 4999), ",")))
        c.a("We can hold the quote for 48 hours.")
    elif t == 17:
        job = rng.randint(10000000, 99999999)
        c.note = "sms/utilities: engineer visit window and job number (8 digits) with 'job'"
        c.c("is the engineer still coming %d/%d? window was 8am-12pm, job no %d" % (rng.randint(1, 28), rng.randint(1, 12), job))
        c.a("Yes, job %d is confirmed; the engineer is %d stops away." % (job, rng.randint(1, 6)))
    elif t == 18:
        c.note = "webchat/telecom: bill amounts, data used, roaming days, years"
        c.c("last bill was £%d.%02d but i only used %d.%dGB, was roaming %d days in spain in %d" % (rng.randint(20, 150), rng.randint(0, 99), rng.randint(1, 40), rng.randint(0, 9), rng.randint(2, 14), rng.choice([2024, 2025])))
        c.a("The extra £%d.%02d is the EU roaming charge at £2.%02d/day." % (rng.randint(4, 40), rng.randint(0, 99), rng.randint(0, 99)))
    elif t == 0:
        o = rng.randint(1000000, 9999999999)
        c.note = "webchat/retail: order number (%d digits) with its reference word" % len(str(o))
        c.c("hi where is my order #%d?? it said 3-5 working days" % o)
        c.a("Sorry about that, order %d is out for delivery today between 10:00 and 14:00." % o)
    elif t == 1:
        amt = rng.randint(100, 9999)
        c.note = "webchat/banking: balances and amounts with thousands separators"
        c.c("why is my balance only £%s.%02d when i paid in £%d on friday" % (format(amt, ","), rng.randint(0, 99), rng.randint(50, 900)))
        c.a("I can see a payment of £%d.%02d left on the 14th." % (rng.randint(10, 999), rng.randint(0, 99)))
    elif t == 2:
        fl = rng.choice(["EI", "BA", "FR", "LH", "AA", "UA"]) + str(rng.randint(100, 2999))
        c.note = "webchat/travel: flight number, seat, gate, times, dates of travel"
        c.c("my flight %s on 12/%02d was cancelled, seat %d%s, was meant to leave 06:45 from gate B%d" % (fl, rng.randint(1, 12), rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(1, 60)))
        c.a("I'm sorry, you've been rebooked on %s departing %02d:%02d tomorrow." % (fl, rng.randint(5, 22), rng.choice([0, 15, 30, 45])))
    elif t == 3:
        ref = rng.randint(10000000, 999999999)
        c.note = "email/insurance: claim reference (8-9 digits, SSN-length lookalike) with 'claim ref'"
        c.c("Hello,\n\nClaim ref: %d\nIncident date: %02d/%02d/2025\nEstimated cost £%d\n\nThanks" % (ref, rng.randint(1, 28), rng.randint(1, 12), rng.randint(200, 5000)))
        c.a("Thanks, claim %d is now with an assessor." % ref)
    elif t == 4:
        c.note = "sms/telecom: speeds, data allowance, percentages, prices"
        c.c("been paying £%d.99/month for %dMbps but only getting %d mbps, thats like %d%% 😡" % (rng.randint(20, 70), rng.choice([150, 500, 900]), rng.randint(5, 80), rng.randint(5, 60)))
        c.a("Sorry to hear that! Your plan includes %dGB and unlimited minutes." % rng.choice([20, 50, 100]))
    elif t == 5:
        mr = "%05d" % rng.randint(100, 99999)
        c.note = "webchat/utilities: meter readings (5-6 digits) with the word 'reading'"
        c.c("meter reading today is %s and night reading %06d" % (mr, rng.randint(1000, 999999)))
        c.a("Thanks, readings of %s submitted on %d %s." % (mr, rng.randint(1, 28), rng.choice(MONTHS).capitalize()))
    elif t == 6:
        inv = "INV-%d" % rng.randint(2020000, 20269999)
        c.note = "email/retail: invoice number with prefix, VAT amount, due date"
        c.c("Hi, invoice %s shows VAT of £%d.%02d but the total is £%d. Due date 30/%02d/2026?" % (inv, rng.randint(5, 200), rng.randint(0, 99), rng.randint(100, 3000), rng.randint(1, 12)))
        c.a("Apologies, a corrected %s will follow." % inv)
    elif t == 7:
        c.note = "webchat/retail: model numbers and quantities"
        c.c("do you have the %s-%d in stock? need %d of them, also the %d-litre one" % (rng.choice(["WX", "KD", "TX", "HM"]), rng.randint(1000, 99999), rng.randint(2, 12), rng.choice([5, 7, 10, 20])))
        c.a("The model is back in stock on the %dth, %d units left." % (rng.randint(4, 28), rng.randint(1, 40)))
    elif t == 8:
        tk = rng.randint(100000, 9999999)
        c.note = "social DM/telecom: ticket/case number and durations"
        c.c("ticket %d still open after %d days, been on hold %d mins today 🙄" % (tk, rng.randint(2, 20), rng.randint(15, 90)))
        c.a("Hi! I've escalated case %d, expect a reply within 48 hours." % tk)
    elif t == 9:
        c.note = "webchat/healthcare billing: appointment date/time and ages, not birth dates"
        c.c("my daughter is %d and has an appt on %02d/%02d/2026 at %d:%02dpm, can we move it" % (rng.randint(2, 16), rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 5), rng.choice([0, 15, 30, 45])))
        c.a("Sure, I can offer %s %d %s at %d:%02d." % (rng.choice(["Mon", "Tue", "Wed"]), rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(9, 16), rng.choice([0, 30])))
    elif t == 10:
        c.note = "sms/banking: payment confirmation with amount, payment date and confirmation number"
        c.c("did my payment of $%d.%02d go through on %d/%d? confirmation %d" % (rng.randint(10, 999), rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28), rng.randint(100000, 99999999)))
        c.a("Yes, it posted on the %d%s." % (rng.randint(4, 9), "th"))
    elif t == 11:
        c.note = "webchat/travel: hotel room number, booking ref, nights, temperatures"
        c.c("room %d is %d degrees and the aircon is broken, booking ref %d, staying %d nights" % (rng.randint(100, 999), rng.randint(26, 34), rng.randint(1000000, 99999999), rng.randint(2, 9)))
        c.a("So sorry, we'll move you to room %d." % rng.randint(100, 999))
    elif t == 12:
        c.note = "email/utilities: contract start date, tariff unit rates, years"
        c.c("My contract started on %d %s 2023 and the unit rate went from %d.%dp to %d.%dp per kWh. Been a customer since %d." % (rng.randint(1, 28), rng.choice(MONTHS), rng.randint(20, 30), rng.randint(0, 9), rng.randint(24, 35), rng.randint(0, 9), rng.randint(1998, 2020)))
        c.a("Thanks for being with us; the new rates apply from 1 April.")
    else:
        c.note = "webchat/insurance: policy number with word, premium and excess"
        pol = "POL%d" % rng.randint(100000, 9999999)
        c.c("policy %s, premium went up to £%d and excess is £%d, why??" % (pol, rng.randint(200, 1500), rng.choice([100, 250, 500])))
        c.a("Your premium for %s rose by %d%% at renewal." % (pol, rng.randint(3, 40)))
    return c


def neg_call(rng):
    t = rng.randint(0, 11)
    c = Case("negative", "")
    if t == 10:
        c.note = "call/banking: transfer amount in euro and a cut-off time spoken"
        c.c("i need to send %s euro before %s today is that possible" % (rng.choice(["two thousand five hundred", "eight hundred and fifty", "twelve hundred"]), rng.choice(["three o'clock", "half four", "noon"])))
        c.a("yes the cut off is %s so you've got about %s minutes" % (rng.choice(["three thirty", "four"]), rng.choice(["forty", "twenty", "ninety"])))
    elif t == 11:
        ref = "".join(rng.choice("BCDKLMNPQRTVWXYZ23456789") for _ in range(6))
        c.note = "call/travel: alphanumeric booking reference spelled out with 'booking reference'"
        c.a("can i get the booking reference")
        c.c("the booking reference is " + " ".join(DIGW[int(ch)] if ch.isdigit() else ch.lower() for ch in ref))
        c.a("thanks that's the %s night stay in %s" % (rng.choice(["three", "five", "seven"]), rng.choice(["lisbon", "galway", "rome"])))
    elif t == 0:
        c.note = "call/telecom: spoken price and contract length"
        c.a("so the new plan is %s a month for %s months" % (rng.choice(["twenty nine ninety nine", "forty five pounds", "nineteen ninety nine", "thirty four fifty"]), rng.choice(["twenty four", "eighteen", "twelve"])))
        c.c("okay and is that including the three hundred minutes")
    elif t == 1:
        o = gen_digits(rng, rng.randint(6, 9), True)
        c.note = "call/retail: order number spoken digit by digit with 'order number'"
        c.a("can i take the order number")
        c.c("yeah the order number is " + say_digits(o, rng))
        c.a("thank you that's showing as dispatched on tuesday")
    elif t == 2:
        mr = gen_digits(rng, 5)
        c.note = "call/utilities: meter reading spoken with oh/double"
        c.a("go ahead with the meter reading")
        c.c("the reading is " + say_digits(mr, rng))
        c.a("lovely that's " + say_digits(mr, rng, rep=False) + " on the gas meter")
    elif t == 3:
        c.note = "call/healthcare billing: appointment date and time spoken, ages"
        c.a("we can see you on the %s of %s at %s" % (rng.choice(ORD), rng.choice(MONTHS), rng.choice(["half two", "quarter past four", "ten thirty", "nine am"])))
        c.c("that's fine my son is %s now so will he need a parent" % rng.choice(["twelve", "fifteen", "nine"]))
    elif t == 4:
        c.note = "call/banking: balance and payment amount spoken"
        c.a("your current balance is %s pounds and %s pence" % (rng.choice(["one thousand two hundred and forty", "three hundred and twelve", "two thousand and six"]), rng.choice(["fifty", "nineteen", "seven"])))
        c.c("and when's the next payment due")
        c.a("that's due on the %s of %s" % (rng.choice(ORD), rng.choice(MONTHS)))
    elif t == 5:
        ref = gen_digits(rng, rng.choice([8, 9, 10]), True)
        c.note = "call/insurance: claim reference spoken (%d digits) with 'claim reference'" % len(ref)
        c.a("i'll give you a claim reference it's " + say_digits(ref, rng, pairs=True))
        c.c("okay got it thanks")
    elif t == 6:
        c.note = "call/travel: flight number, gate and times spoken"
        c.a("you're on flight %s %s departing at %s" % (rng.choice(["e i", "b a", "f r"]), say_digits(str(rng.randint(100, 999)), rng, pairs=True), rng.choice(["six forty five", "fourteen hundred", "ten past nine"])))
        c.c("and is it still gate %s" % rng.choice(["twelve", "b seven", "forty one"]))
    elif t == 7:
        c.note = "call/telecom: broadband speeds, durations, counts"
        c.c("i've been on hold for forty minutes and the speed is like %s megs instead of %s" % (rng.choice(["three", "twelve", "eight"]), rng.choice(["five hundred", "nine hundred", "seventy"])))
        c.a("i'm sorry about that, there are %s outages in your area" % rng.choice(["two", "three"]))
    elif t == 8:
        c.note = "call/government services: years and percentages"
        c.c("i've been paying in since nineteen ninety eight and now it's gone up by %s percent" % rng.choice(["twelve", "four", "twenty"]))
        c.a("from april twenty twenty six the rate changes for everyone")
    else:
        c.note = "call/retail: model number and quantity spoken"
        c.c("it's the %s %s model and i ordered %s of them" % (rng.choice(["k d", "w x", "t x"]), say_digits(str(rng.randint(100, 9999)), rng, pairs=True), rng.choice(["two", "six", "ten"])))
        c.a("okay the %s model is on back order for about two weeks" % rng.choice(["newer", "older"]))
    return c


# ----------------------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    rng.shuffle(pos)
    neg, seen = [], set()
    for fn, n in ((neg_chat, 80), (neg_call, 36)):
        made = 0
        while made < n:
            c = fn(rng)
            key = json.dumps(c.turns)
            if key in seen:
                continue
            seen.add(key)
            neg.append(c)
            made += 1
    rng.shuffle(neg)
    cases = []
    for i, c in enumerate(pos, 1):
        c.id = "%s-pos-%03d" % (PREFIX, i)
        cases.append(c)
    for i, c in enumerate(neg, 1):
        c.id = "%s-neg-%03d" % (PREFIX, i)
        cases.append(c)
    return cases


def to_json(c):
    return json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}, ensure_ascii=False)


def render(cases):
    return "".join(to_json(c) + "\n" for c in cases)


# ----------------------------------------------------------------------------- normalise / validate
WORDNUM = {wd: str(i) for i, wd in enumerate(DIGW)}
for zz in ZEROS:
    WORDNUM[zz] = "0"
TEENNUM = {wd: str(10 + i) for i, wd in enumerate(TEENS)}
TENSNUM = {v: str(k) for k, v in TENS.items()}


def normalise(text: str, typ: str) -> str:
    alnum = typ in ("IBAN", "NI_NUMBER", "POSTCODE")
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt is not None:
            v = WORDNUM.get(nxt) or (nxt if re.fullmatch(r"[a-z]", nxt) and alnum else None)
            if v is None:
                raise ValueError("bad double/triple: %r" % nxt)
            out.append((v.upper()) * (2 if t == "double" else 3))
            i += 2
            continue
        if alnum and t == "for" and nxt is not None:
            i += 2  # "b for bravo": letter already emitted
            continue
        if alnum and t in NATO_REV:
            out.append(NATO_REV[t].upper()); i += 1; continue
        if alnum and len(t) == 1 and t.isalpha() and (t != "o" or (typ == "POSTCODE" and i == 0)):
            out.append(t.upper()); i += 1; continue
        if t in WORDNUM:
            out.append(WORDNUM[t]); i += 1; continue
        if not alnum and t == "for":
            out.append("4"); i += 1; continue
        if not alnum and t in ("to", "too"):
            out.append("2"); i += 1; continue
        if t in TEENNUM:
            out.append(TEENNUM[t]); i += 1; continue
        if t in TENSNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0":
                out.append(TENSNUM[t] + WORDNUM[nxt]); i += 2
            else:
                out.append(TENSNUM[t] + "0"); i += 1
            continue
        if t in FILLERS:
            i += 1; continue
        if re.fullmatch(r"\d+", t) or (alnum and re.fullmatch(r"[a-z0-9]+", t)):
            out.append(t.upper()); i += 1; continue
        raise ValueError("unknown token %r" % t)
    return "".join(out)


MONTH_RE = "|".join(MONTHS + [m[:3] for m in MONTHS])


def validate_group(typ, texts):
    joined = " ".join(texts)
    if typ == "EMAIL":
        s = joined.lower().strip()
        s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s)
        s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s)
        if not re.search(r"@", s):
            s = re.sub(r"\s+at\s+", "@", " " + s + " ")
            s = re.sub(r"\s+dot\s+", ".", s).replace(" underscore ", "_")
            toks = s.split()
            s = "".join(normalise(tk, "EMAIL") if tk in TENSNUM or tk in TEENNUM or (tk in WORDNUM and len(tk) > 1) else tk for tk in toks)
        s = s.replace(" ", "")
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+", s) is not None
    if typ == "ADDRESS":
        low = joined.lower()
        return any(re.search(r"\b%s\b" % sfx, low) for sfx in ADDR_SUFFIX) and (re.search(r"\d", low) or any(re.search(r"\b%s\b" % x, low) for x in list(WORDNUM) + list(TEENNUM) + list(TENSNUM)))
    if typ == "DOB":
        low = joined.lower()
        if re.search(r"\b(%s)\b" % MONTH_RE, low):
            return True
        digs = re.sub(r"\D", "", low)
        if len(digs) >= 4 and re.search(r"\d[./-]\d|\d{6}", low):
            return True
        if re.search(r"\b(thousand|nineteen)\b", low):
            return True
        return normalise(low, "DOB").isdigit() and len(normalise(low, "DOB")) >= 6
    if typ == "EXPIRY":
        low = joined.lower()
        if re.search(r"\b(%s)\b" % MONTH_RE, low):
            return True
        d = "".join(normalise(t, "EXPIRY") for t in texts)
        mon = d[:1] if len(d) == 3 else d[:2]
        return len(d) in (3, 4, 6) and 1 <= int(mon) <= 12
    norm = "".join(normalise(t, typ) for t in texts)
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", norm) is not None
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 8 <= len(norm) <= 12
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "IBAN":
        return iban_valid(norm)
    if typ == "PHONE":
        return norm.isdigit() and 10 <= len(norm) <= 15
    if typ == "POSTCODE":
        return (re.fullmatch(r"\d{5}(\d{4})?", norm) is not None
                or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", norm) is not None)
    return False


def check(cases, text_on_disk):
    problems = []
    if text_on_disk != render(cases):
        problems.append("cases.jsonl differs from regenerated output")
    seen = {}
    for c in cases:
        key = json.dumps(c.turns)
        if key in seen:
            problems.append("%s duplicates %s" % (c.id, seen[key]))
        seen[key] = c.id
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    disk = [json.loads(l) for l in text_on_disk.splitlines() if l.strip()] if text_on_disk else []
    for d in disk:
        if set(d) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("%s: bad keys" % d.get("id"))
    counts = Counter()
    npos = nneg = 0
    for c in cases:
        if c.kind == "negative":
            nneg += 1
            if c.spans:
                problems.append("%s: negative with spans" % c.id)
            continue
        npos += 1
        if not c.spans:
            problems.append("%s: positive without spans" % c.id)
        by_turn = {}
        for s in c.spans:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % c.id)
            if not (0 <= s["turn"] < len(c.turns)):
                problems.append("%s: turn out of range" % c.id); continue
            tx = c.turns[s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append("%s: offsets out of range" % c.id); continue
            seg = tx[s["start"]:s["end"]]
            if seg != seg.strip() or not (seg[0].isalnum() or seg[0] in "+(") or not seg[-1].isalnum():
                problems.append("%s: span not trimmed %r" % (c.id, seg))
            if s["start"] > 0 and tx[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (c.id, seg))
            if s["end"] < len(tx) and tx[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary %r" % (c.id, seg))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (c.id, t))
        groups = {}
        for s, g in zip(c.spans, c.groups):
            if g == "wrong":
                continue
            groups.setdefault((s["type"], g), []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for (typ, g), texts in groups.items():
            try:
                ok = validate_group(typ, texts)
            except (ValueError, IndexError) as e:
                ok = False
                problems.append("%s: %s normalise error %s in %r" % (c.id, typ, e, texts))
            if not ok:
                problems.append("%s: invalid %s value %r" % (c.id, typ, texts))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    return problems, counts, npos, nneg


def channel_counts(cases):
    typed = sum(1 for c in cases if not c.note.startswith("call/"))
    return typed, len(cases) - typed


def readme(counts, npos, nneg, typed, spoken):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout155 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training/dev fixtures, do not
adjust patterns until these cases pass.

## Provenance

Written by an AI helper acting as an independent author. The author did not read
the redaction code, its tests, its docs, the benchmark, or any other PII fixture;
the only data consulted was a three-line example of the JSONL format. Cases are
generated by `scripts/make_pii_holdout155.py` (standard library only) from
template functions; every turn is assembled from plain-text segments and
(value, TYPE) segments so span offsets are computed, never typed by hand. All
values come from one `random.Random(%d)`; output is byte-for-byte reproducible.

`python scripts/make_pii_holdout155.py --check` regenerates the set, verifies the
file is identical, ids unique, offsets in range and on word boundaries, spans
non-overlapping, and validates each labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, UK/US postcode shapes).

## Contents

- %d positive cases, %d negative cases (%d typed-channel cases: web chat, SMS,
  e-mail bodies, social DMs, WhatsApp; %d phone-call ASR transcripts).
- Emphasis: messy typed channels — values split over several messages, typos in
  surrounding words, odd separators (dash, dot, slash, double space, no-break
  space), mixed case, emojis, e-mail signatures and "Sent from my iPhone" footers.
- Calls: lower-case ASR style, digits as words, "oh"/"o"/"nought"/"zero",
  "double"/"triple", pairs ("forty one", "eleven"), homophones ("for" = 4,
  "to" = 2), phonetic letters ("b for bravo"), fillers inside readings,
  self-corrections, agent read-backs, values split across turns with back-channels.
- Negatives: order/ticket/claim/invoice/policy/booking references with their
  reference word (up to 10 digits), money, balances, prices, times, durations,
  appointment/payment/contract dates, flight and room numbers, model numbers,
  meter readings, speeds, percentages, ages, temperatures, years.

## Annotation conventions

- A span covers only the value itself: not the cue ("card number is", "dob",
  "sort code"), not trailing punctuation or emojis.
- A value split over several turns (or interrupted by text in one turn) gets one
  span per contiguous piece; each piece is labelled with the full value's type.
- Fillers spoken *inside* a reading ("... um ...") are inside the span.
- In self-corrections both the wrong and the corrected digits are labelled.
- Agent read-backs of a value are labelled too.
- Spoken e-mails include the "at"/"dot" words. Typed e-mails written
  "name at domain dot com", "name(at)domain(dot)com" or "name [at] domain"
  are labelled as a whole (from the first to the last character of the address).
- Phone numbers include "+44", "0044", "+353", "+1" prefixes; a leading "("
  or "+" is inside the span.
- ADDRESS = house/flat number + street (flat/apt included); town/city is not
  labelled; the postcode/ZIP is a separate POSTCODE span.
- EXPIRY = the month/year only; DOB = the date only (not "born on").
- Phone numbers include the "+44"/"plus four four" prefix and "(0)".

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, typed, spoken, rows)


def main():
    cases = build()
    text = render(cases)
    typed, spoken = channel_counts(cases)
    if "--check" in sys.argv:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, counts, npos, nneg = check(cases, on_disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg, typed, spoken):
            problems.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d typed=%d calls=%d" % (npos, nneg, typed, spoken))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    problems, counts, npos, nneg = check(cases, text)
    README.write_text(readme(counts, npos, nneg, typed, spoken), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    for p in problems:
        print("PROBLEM:", p)


if __name__ == "__main__":
    main()
