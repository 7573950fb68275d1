#!/usr/bin/env python3
"""Generate the held-out PII redaction set h249 (ASR / Whisper-style emphasis).

Written by an independent AI helper that did not see the redaction code.
Usage: python scripts/make_pii_holdout249.py [--check]
Standard library only; all randomness from one seeded random.Random.
"""
import json
import random
import re
import string
import sys
from pathlib import Path

SEED = 249241126
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout249"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "x-ray", "yankee", "zulu"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}

# ---------------------------------------------------------------- values

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + "".join(R.choice(string.digits) for _ in range(14))
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55"]) + "".join(R.choice(string.digits) for _ in range(13))
    elif kind == "amex":
        body = R.choice(["34", "37"]) + "".join(R.choice(string.digits) for _ in range(12))
    else:
        body = "6011" + "".join(R.choice(string.digits) for _ in range(11))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"  # O left out: "OH" reads as zero
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice(string.digits) for _ in range(6)) + R.choice("ABCD")


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL"]) + "".join(R.choice(string.digits) for _ in range(14))
    elif cc == "DE":
        bban = "".join(R.choice(string.digits) for _ in range(18))
    elif cc == "FR":
        bban = "".join(R.choice(string.digits) for _ in range(23))
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(R.choice(string.digits) for _ in range(10))
    else:
        bban = "".join(R.choice(string.digits) for _ in range(20))
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    return cc + "%02d" % chk + bban


def make_phone():
    k = R.choice(["ukmob", "ukland", "us", "us", "ie", "intl44"])
    if k == "ukmob":
        return k, "07" + "".join(R.choice(string.digits) for _ in range(9))
    if k == "ukland":
        return k, R.choice(["0161", "0121", "0113", "0141", "0117"]) + "".join(R.choice(string.digits) for _ in range(7))
    if k == "us":
        return k, str(R.randint(201, 989)) + str(R.randint(2, 9)) + "".join(R.choice(string.digits) for _ in range(6))
    if k == "ie":
        return k, "08" + R.choice("35679") + "".join(R.choice(string.digits) for _ in range(7))
    return k, "447" + "".join(R.choice(string.digits) for _ in range(9))


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "oluwaseun",
         "niamh", "carlos", "emily", "wei", "hannah", "dermot", "fatima", "jack", "chloe"]
LAST = ["smith", "okafor", "murphy", "patel", "oconnor", "nguyen", "walsh", "garcia", "brown",
        "kowalski", "byrne", "hughes", "kelly", "ahmed", "jones", "fitzgerald"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com"]
STREETS = ["elm road", "station road", "church lane", "maple avenue", "high street",
           "oak drive", "victoria terrace", "main street", "willow close", "park view",
           "sunset boulevard", "cedar court", "mill lane", "king street"]
UK_AREAS = ["SW", "M", "B", "LS", "G", "BS", "NE", "CF", "EH", "L", "N", "E", "SE", "BT", "OX", "RG"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "initial"])
    num = str(R.randint(1, 99))
    user = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + num,
            "f.l99": f + "." + l + num, "initial": f[0] + "." + l}[style]
    return user, R.choice(DOMAINS)


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 20)) if len(a) == 1 else a + str(R.randint(1, 19))
    inw = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inw


def make_zip():
    return "%05d" % R.randint(1001, 99950)


def make_date(lo=1940, hi=2004):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)

# ---------------------------------------------------------------- speaking

HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}


def dword(c, zero=None, homo=0.0):
    if c == "0":
        return zero or R.choice(["zero", "oh", "o", "oh"])
    if homo and c in HOMO and R.random() < homo:
        return R.choice(HOMO[c])
    return DW[int(c)]


def pair_words(p):
    n = int(p)
    if p[0] == "0":
        return R.choice(["oh", "o"]) + " " + DW[n]
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return None
    return TENS[n // 10] + R.choice([" ", " ", "-"]) + DW[n % 10]


def num_words(n):
    """Cardinal words for 0..99 (amounts, speeds, percentages)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])


def speak(digits, zero=None, homo=0.0, allow_multi=True, allow_pairs=False):
    """Spoken words for a digit string (the validator can invert all of these)."""
    out = []
    i = 0
    while i < len(digits):
        c = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == c and run < 3:
            run += 1
        if allow_multi and run == 3 and R.random() < 0.6:
            out.append("triple " + dword(c, zero))
            i += 3
            continue
        if allow_multi and run >= 2 and R.random() < 0.6:
            out.append("double " + dword(c, zero))
            i += 2
            continue
        if allow_pairs and i + 1 < len(digits) and R.random() < 0.5:
            pw = pair_words(digits[i:i + 2])
            # a tens word must not swallow the next digit: only used when not followed by a unit word
            if pw is not None:
                out.append(pw)
                i += 2
                continue
        out.append(dword(c, zero, homo))
        i += 1
    return " ".join(out)


def groups(s, sizes):
    res, i = [], 0
    for n in sizes:
        res.append(s[i:i + n])
        i += n
    if i < len(s):
        res.append(s[i:])
    return [g for g in res if g]


def whisper_mix(digits, sizes, zero=None):
    """Whisper-style inverse text normalisation: some groups numerals, others words."""
    gs = groups(digits, sizes)
    parts = []
    for g in gs:
        if R.random() < 0.45:
            parts.append(g)
        else:
            parts.append(speak(g, zero, homo=0.15))
    sep = R.choice([" ", " ", ", ", "... ", " - ", ". "])
    if sep == ". ":
        parts = [x[0].upper() + x[1:] for x in parts]
    out = sep.join(parts)
    if R.random() < 0.3:
        out = out[0].upper() + out[1:]
    return out


def typed_card(c):
    if len(c) == 15:
        gs = groups(c, [4, 6, 5])
    else:
        gs = groups(c, [4, 4, 4, 4])
    return R.choice([" ", "-", " ", ""]).join(gs) if R.random() < 0.8 else c


def spell_letter(ch, mode):
    ch = ch.lower()
    if mode == "plain":
        return ch
    if mode == "nato":
        return NATO[ord(ch) - 97]
    return ch + " for " + R.choice([NATO[ord(ch) - 97], {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog"}.get(ch, NATO[ord(ch) - 97])])


def speak_ni(ni, call=True):
    if not call:
        fmt = R.choice(["sp", "plain", "lower", "dash"])
        if fmt == "sp":
            return ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
        if fmt == "plain":
            return ni
        if fmt == "lower":
            return ni.lower()
        return ni[:2] + "-" + ni[2:8] + "-" + ni[8]
    mode = R.choice(["plain", "nato", "for", "plain"])
    letters = " ".join(spell_letter(c, mode) for c in ni[:2])
    if R.random() < 0.3:
        letters = ni[:2]  # Whisper writes the prefix as capitals
    body = whisper_mix(ni[2:8], [2, 2, 2]) if R.random() < 0.5 else speak(ni[2:8], allow_pairs=R.random() < 0.4)
    suf = spell_letter(ni[8], R.choice(["plain", "for", "nato"]))
    if R.random() < 0.3:
        suf = ni[8]
    return letters + " " + body + " " + suf


def speak_postcode(pc, call=True):
    if not call:
        return R.choice([pc, pc.lower(), pc.replace(" ", "")])
    out = []
    mode = R.choice(["plain", "for", "nato", "caps"])
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(DW[int(ch)] if R.random() < 0.6 else ch)
        elif ch == "O":
            out.append(R.choice(["oscar", "o for oscar"]))
        elif mode == "caps":
            out.append(ch)
        else:
            out.append(spell_letter(ch, mode))
    return " ".join(out)


def speak_zip(z, call=True):
    if not call:
        return z
    return R.choice([speak(z, zero="zero"), whisper_mix(z, [3, 2]), z])


def speak_email(user, dom, call=True):
    if not call:
        e = user + "@" + dom
        return e if R.random() < 0.7 else e.capitalize()
    def sp(x):
        x = x.replace("_", " underscore ").replace(".", " dot ")
        x = re.sub(r"(\d+)", lambda m: " " + speak(m.group(1), allow_multi=False) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    if R.random() < 0.3:
        # Whisper's own inverse normalisation of a spoken address
        return R.choice([user + "@" + dom, user + " at " + dom, user.replace(".", " dot ") + "@" + dom])
    at = R.choice([" at ", " at ", " @ "])
    u = sp(user)
    return (u + at + sp(dom)).strip()


def speak_date(y, m, d, call=True, style=None):
    if not call:
        style = style or R.choice(["dmy/", "mdy/", "long", "iso", "dmy."])
        if style == "dmy/":
            return "%02d/%02d/%d" % (d, m, y)
        if style == "mdy/":
            return "%d/%d/%d" % (m, d, y)
        if style == "dmy.":
            return "%d.%d.%02d" % (d, m, y % 100)
        if style == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    style = style or R.choice(["words", "itn", "itn2", "numeric"])
    yw = TEENS[y // 100 - 10] + " " + (pair_words("%02d" % (y % 100)) or TENS[(y % 100) // 10]) if y < 2000 else \
        "two thousand and " + (DW[y % 100] if y % 100 < 10 else TEENS[y % 100 - 10])
    if style == "words":
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + yw
    if style == "itn":
        return MONTHS[m - 1].capitalize() + " %s, %d" % ({1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd"}.get(d, "%dth" % d), y)
    if style == "itn2":
        return ORD[d] + " " + MONTHS[m - 1] + " %d" % y
    return speak("%02d" % d, zero="oh", allow_multi=False) + " " + speak("%02d" % m, zero="oh", allow_multi=False) + " " + yw


def speak_expiry(m, y, call=True):
    if not call:
        return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y)])
    st = R.choice(["digits", "month", "itn", "pair"])
    if st == "digits":
        return speak("%02d" % m, zero=R.choice(["oh", "zero", "o"]), allow_multi=False) + " " + speak("%02d" % y, allow_pairs=True, allow_multi=False)
    if st == "month":
        return MONTHS[m - 1] + " " + R.choice(["twenty ", "two thousand and "]) + DW[y % 10] if y < 30 and y % 10 and y // 10 == 2 and False else MONTHS[m - 1] + " twenty " + (pair_words("%02d" % y) or TENS[y // 10])
    if st == "itn":
        return "%02d/%02d" % (m, y)
    return "%02d %s" % (m, pair_words("%02d" % y) or TENS[y // 10])

# ---------------------------------------------------------------- case building


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.values = [], [], []  # values: (vid, type, canonical)

    def turn(self, speaker, *segs):
        text, idx = "", len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, vid = s
                st = len(text)
                text += val
                self.spans.append({"turn": idx, "start": st, "end": len(text), "type": typ, "_vid": vid})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def val(self, typ, canonical, text, noval=False):
        vid = len(self.values)
        self.values.append((vid, typ, canonical, noval))
        return (text, typ, vid)

    def part(self, v, text):
        return (text, v[1], v[2])


IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
ACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got it", "yeah"]
FILL = ["um ", "uh ", "er ", "", "", ""]


def ind():
    return R.choice(IND_CALL)


def fill():
    return R.choice(FILL)

# --- positive templates


def p_card_whisper(c):
    card = make_card()
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4]
    v = c.val("CARD_NUMBER", card, whisper_mix(card, sizes))
    c.note = "call/%s: card read with Whisper ITN mixing numerals and words" % ind()
    c.turn("agent", "can I take the long card number please")
    c.turn("customer", fill() + "yeah it's ", v, R.choice(["", ".", " and that's a " + R.choice(["visa", "debit card", "credit card"])]))


def p_card_split(c):
    card = make_card()
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4]
    gs = groups(card, sizes)
    v = c.val("CARD_NUMBER", card, "")
    c.note = "call/%s: card split over customer turns with back-channels, some groups as numerals" % ind()
    c.turn("agent", "okay when you're ready the card number")
    for k, g in enumerate(gs):
        txt = g if R.random() < 0.35 else speak(g, homo=0.2)
        pre = R.choice(["", "", "so ", "um ", "it's "]) if k == 0 else R.choice(["", "", "then "])
        c.turn("customer", pre, c.part(v, txt))
        if k < len(gs) - 1:
            c.turn("agent", R.choice(ACK))


def p_card_cvv_exp(c):
    card = make_card()
    cvv = "".join(R.choice(string.digits) for _ in range(4 if card[0] == "3" else 3))
    m, y = R.randint(1, 12), R.randint(25, 33)
    call = R.random() < 0.7
    vc = c.val("CARD_NUMBER", card, whisper_mix(card, [4, 4, 4, 4] if len(card) == 16 else [4, 6, 5]) if call else typed_card(card))
    ve = c.val("EXPIRY", "%02d%02d" % (m, y), speak_expiry(m, y, call))
    vv = c.val("CVV", cvv, (speak(cvv, allow_multi=R.random() < 0.5) if R.random() < 0.6 else cvv) if call else cvv)
    if call:
        c.note = "call/%s: card, expiry and security code in one payment flow, ASR mixed forms" % ind()
        c.turn("agent", "right let's take the payment of $%d.%02d what's the card number" % (R.randint(10, 400), R.randint(0, 99)))
        c.turn("customer", vc)
        c.turn("agent", "and the expiry date")
        c.turn("customer", R.choice(["", "it's ", "expires "]), ve)
        c.turn("agent", "and finally the three digit code on the back" if len(cvv) == 3 else "and the four digit code on the front")
        c.turn("customer", fill(), vv)
    else:
        c.note = "chat/%s: typed card, expiry and cvv in one message" % R.choice(["retail", "travel", "telecom"])
        c.turn("agent", "Please provide the card details to complete your booking.")
        c.turn("customer", "card ", vc, R.choice([" exp ", ", expiry ", " expires "]), ve, R.choice([" cvv ", ", security code ", " cvc "]), vv)


def p_card_two_values(c):
    card = make_card()
    m, y = R.randint(1, 12), R.randint(25, 33)
    vc = c.val("CARD_NUMBER", card, speak(card, homo=0.1, allow_pairs=R.random() < 0.5))
    ve = c.val("EXPIRY", "%02d%02d" % (m, y), speak_expiry(m, y))
    c.note = "call/%s: card and expiry run together in one turn, all words" % ind()
    c.turn("agent", "go ahead with the card")
    c.turn("customer", vc, " expiry ", ve)


def p_card_correction(c):
    card = make_card()
    gs = groups(card, [4, 4, 4, 4] if len(card) == 16 else [4, 6, 5])
    wrong = gs[1][:-1] + str((int(gs[1][-1]) + 3) % 10)
    v = c.val("CARD_NUMBER", card, "")
    w = c.val("CARD_NUMBER", wrong, "", noval=True)
    c.note = "call/%s: card with self-correction of the second group (wrong group also labelled)" % ind()
    c.turn("agent", "card number please")
    c.turn("customer", c.part(v, speak(gs[0])), " ", c.part(w, speak(wrong)), R.choice([" no sorry ", " sorry no wait ", " I mean "]),
           c.part(v, speak(gs[1])), " ", c.part(v, " ".join(speak(g) if R.random() < 0.6 else g for g in gs[2:])))


def p_card_readback(c):
    card = make_card()
    gs = groups(card, [4, 4, 4, 4] if len(card) == 16 else [4, 6, 5])
    v = c.val("CARD_NUMBER", card, typed_card(card))
    v2 = c.val("CARD_NUMBER", card, " ".join(gs))
    c.note = "call/%s: customer reads card, agent reads back with Whisper numerals" % ind()
    c.turn("customer", "My card number is ", v, ".")
    c.turn("agent", "Thank you. So that's ", v2, ", correct?")
    c.turn("customer", "yes that's it")


def p_ssn(c):
    s = make_ssn()
    st = R.choice(["words", "mix", "typed", "dash", "pairs"])
    if st == "words":
        t = speak(s, zero=R.choice(["zero", "oh"]))
    elif st == "mix":
        t = whisper_mix(s, [3, 2, 4])
    elif st == "pairs":
        t = speak(s[:3]) + " " + speak(s[3:5], allow_pairs=True) + " " + speak(s[5:], allow_pairs=True, allow_multi=False)
    elif st == "typed":
        t = s[:3] + " " + s[3:5] + " " + s[5:]
    else:
        t = s[:3] + "-" + s[3:5] + "-" + s[5:]
    v = c.val("SSN", s, t)
    ctx = R.choice(["social", "social security number", "SSN", "social security"])
    c.note = "%s/%s: SSN (%s)" % ("chat" if st in ("typed", "dash") else "call", R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"]), st)
    c.turn("agent", R.choice(["for verification can I get your %s" % ctx, "I'll need the full %s please" % ctx, "what's your %s" % ctx]))
    c.turn("customer", fill() + R.choice(["sure it's ", "yeah ", "it is ", ""]), v, R.choice(["", ".", " and I'm calling about the bill for $%d" % R.randint(20, 900)]))


def p_ssn_split(c):
    s = make_ssn()
    v = c.val("SSN", s, "")
    c.note = "call/%s: SSN split over turns, last four given first for verification then full" % R.choice(["banking", "insurance", "government services"])
    c.turn("agent", "can you confirm your social security number")
    c.turn("customer", c.part(v, speak(s[:3]) if R.random() < 0.6 else s[:3]))
    c.turn("agent", R.choice(ACK))
    c.turn("customer", c.part(v, speak(s[3:5], allow_pairs=True)))
    c.turn("agent", R.choice(ACK))
    c.turn("customer", c.part(v, speak(s[5:], allow_pairs=R.random() < 0.5) if R.random() < 0.7 else s[5:]), R.choice(["", " that's it", " yeah"]))


def p_ni(c):
    ni = make_ni()
    call = R.random() < 0.75
    v = c.val("NI_NUMBER", ni, speak_ni(ni, call))
    c.note = "%s/%s: UK NI number%s" % ("call" if call else "chat", R.choice(["government services", "banking", "insurance", "utilities"]), " spelled with ASR letters/numerals" if call else " typed")
    c.turn("agent", R.choice(["and your national insurance number please", "can I take your NI number", "what's your national insurance number"]))
    c.turn("customer", fill() + R.choice(["yeah it's ", "okay ", "", "right it's "]), v, R.choice(["", ".", " I think", " and I'm on universal credit"]))


def p_ni_split(c):
    ni = make_ni()
    v = c.val("NI_NUMBER", ni, "")
    c.note = "call/government services: NI number split across turns, letters then digits then suffix"
    c.turn("agent", "national insurance number")
    c.turn("customer", c.part(v, " ".join(spell_letter(x, R.choice(["for", "plain", "nato"])) for x in ni[:2])))
    c.turn("agent", R.choice(ACK))
    c.turn("customer", c.part(v, whisper_mix(ni[2:8], [2, 2, 2])))
    c.turn("agent", "and the letter at the end")
    c.turn("customer", R.choice(["", "it's ", "um "]), c.part(v, spell_letter(ni[8], R.choice(["for", "plain", "nato"]))))


def p_bank(c):
    acct = "".join(R.choice(string.digits) for _ in range(8))
    sc = "".join(R.choice(string.digits) for _ in range(6))
    call = R.random() < 0.7
    if call:
        va = c.val("BANK_ACCOUNT", acct, whisper_mix(acct, [4, 4]) if R.random() < 0.5 else speak(acct, allow_pairs=R.random() < 0.4))
        vs = c.val("SORT_CODE", sc, R.choice([speak(sc, allow_pairs=True, allow_multi=False), sc[:2] + "-" + sc[2:4] + "-" + sc[4:], whisper_mix(sc, [2, 2, 2])]))
        c.note = "call/%s: UK account number and sort code, ASR forms" % R.choice(["banking", "utilities", "insurance"])
        order = R.random() < 0.5
        if order:
            c.turn("agent", "what's the sort code")
            c.turn("customer", fill(), vs)
            c.turn("agent", "and the account number")
            c.turn("customer", va)
        else:
            c.turn("agent", "can I take the account number and sort code for the direct debit")
            c.turn("customer", "account number ", va, " and the sort code is ", vs)
    else:
        va = c.val("BANK_ACCOUNT", acct, acct)
        vs = c.val("SORT_CODE", sc, R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]))
        c.note = "chat/banking: typed account and sort code"
        c.turn("customer", "hi can u update my DD, sort code ", vs, " acc no ", va, " thanks")


def p_us_bank(c):
    n = R.randint(9, 12)
    acct = str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(n - 1))
    v = c.val("BANK_ACCOUNT", acct, whisper_mix(acct, [3, 3, 3, 3]) if R.random() < 0.6 else speak(acct))
    c.note = "call/%s: US checking account number for autopay" % R.choice(["utilities", "telecom", "insurance"])
    c.turn("agent", "and the checking account number for autopay")
    c.turn("customer", fill() + "okay the account is ", v)


def p_iban(c):
    ib = make_iban()
    call = R.random() < 0.6
    if call:
        parts = []
        for g in groups(ib, [4] * 9):
            ws = []
            for ch in g:
                if ch.isdigit():
                    ws.append(DW[int(ch)] if R.random() < 0.5 else ch)
                elif ch == "O":
                    ws.append(R.choice(["oscar", "o for oscar"]))
                else:
                    ws.append(ch if R.random() < 0.5 else spell_letter(ch, "plain"))
            parts.append(" ".join(ws))
        t = " ".join(parts)
        c.note = "call/%s: IBAN read out, letters and digits half ITN" % R.choice(["banking", "travel", "insurance"])
    else:
        t = " ".join(groups(ib, [4] * 9)) if R.random() < 0.6 else ib
        c.note = "chat/%s: IBAN typed" % R.choice(["banking", "travel", "retail"])
    v = c.val("IBAN", ib, t)
    c.turn("agent", "what IBAN should the refund of €%d go to" % R.randint(20, 900))
    c.turn("customer", R.choice(["", "it's ", "my iban is "]), v)


def phone_text(k, p, call):
    if not call:
        if k == "us":
            return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
        if k == "intl44":
            return "+" + p[:2] + " " + p[2:6] + " " + p[6:]
        return R.choice([p, p[:5] + " " + p[5:], p[:4] + " " + p[4:7] + " " + p[7:]])
    if k == "intl44":
        return R.choice(["plus four four ", "+44 ", "double four "]) + whisper_mix(p[2:], [4, 3, 3])
    if k == "us":
        return whisper_mix(p, [3, 3, 4]) if R.random() < 0.6 else speak(p[:3]) + " " + speak(p[3:6]) + " " + speak(p[6:], allow_pairs=True)
    return whisper_mix(p, [5, 3, 3]) if R.random() < 0.5 else speak(p, zero=R.choice(["oh", "o", "zero"]))


def p_phone(c):
    k, p = make_phone()
    call = R.random() < 0.7
    v = c.val("PHONE", p, phone_text(k, p, call))
    c.note = "%s/%s: %s phone number" % ("call" if call else "chat", ind(), k)
    c.turn("agent", R.choice(["best number to reach you on", "can I get a contact number", "what number should the engineer call"]))
    c.turn("customer", fill() + R.choice(["it's ", "yeah ", "my mobile is ", ""]), v, R.choice(["", ".", " after 5pm", " any time after 2:30"]))


def p_phone_split(c):
    k, p = make_phone()
    gs = groups(p, [5, 3, 3] if len(p) == 11 else [3, 3, 4])
    v = c.val("PHONE", p, "")
    c.note = "call/%s: phone split over turns, agent back-channels, one group ITN numerals" % ind()
    c.turn("agent", "and a callback number")
    for i, g in enumerate(gs):
        c.turn("customer", c.part(v, g if R.random() < 0.4 else speak(g, homo=0.15)))
        if i < len(gs) - 1:
            c.turn("agent", R.choice(ACK))


def p_email(c):
    u, d = make_email()
    call = R.random() < 0.7
    v = c.val("EMAIL", u + "@" + d, speak_email(u, d, call))
    c.note = "%s/%s: email %s" % ("call" if call else "chat", ind(), "spoken with 'at'/'dot'" if call else "typed")
    c.turn("agent", "and an email for the confirmation")
    c.turn("customer", fill() + R.choice(["yeah it's ", "", "it's "]), v, R.choice(["", ".", " all lower case"]))


def p_dob(c):
    y, m, d = make_date()
    call = R.random() < 0.7
    v = c.val("DOB", "%04d%02d%02d" % (y, m, d), speak_date(y, m, d, call))
    c.note = "%s/%s: date of birth" % ("call" if call else "chat", ind())
    c.turn("agent", R.choice(["can you confirm your date of birth", "and your DOB please", "what's the date of birth on the account"]))
    c.turn("customer", fill() + R.choice(["", "it's ", "yeah "]), v)


def p_dob_age(c):
    y, m, d = make_date()
    v = c.val("DOB", "%04d%02d%02d" % (y, m, d), speak_date(y, m, d, True, R.choice(["itn", "words"])))
    c.note = "call/healthcare billing: DOB next to an age and an appointment date (unlabelled)"
    c.turn("agent", "is this for the patient herself")
    c.turn("customer", "yes my mother she's %d and her birthday is " % (2026 - y), v, ", the appointment was on the %s of %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)]))


def p_postcode(c):
    call = R.random() < 0.7
    if R.random() < 0.65:
        pc = make_uk_postcode()
        v = c.val("POSTCODE", pc.replace(" ", ""), speak_postcode(pc, call))
        c.note = "%s/%s: UK postcode" % ("call" if call else "chat", R.choice(["utilities", "retail", "telecom", "insurance"]))
    else:
        z = make_zip()
        v = c.val("POSTCODE", z, speak_zip(z, call))
        c.note = "%s/%s: US ZIP code" % ("call" if call else "chat", R.choice(["utilities", "retail", "telecom", "insurance"]))
    c.turn("agent", R.choice(["and the postcode", "what's the zip code on the account", "can I take the post code"]))
    c.turn("customer", fill() + R.choice(["", "it's ", "yeah it's "]), v)


def house_no(call):
    n = R.randint(2, 240)
    if not call or R.random() < 0.5:
        return str(n)
    return pair_words("%02d" % n) if n < 100 and pair_words("%02d" % n) else str(n)


def p_address(c):
    call = R.random() < 0.7
    st = R.choice(STREETS)
    hn = house_no(call)
    addr = hn + " " + (st if call else st.title())
    if not call and R.random() < 0.4:
        addr = "Flat %d, " % R.randint(1, 20) + addr
    v = c.val("ADDRESS", addr, addr)
    ukpc = R.random() < 0.5
    if ukpc:
        pc = make_uk_postcode()
        vp = c.val("POSTCODE", pc.replace(" ", ""), speak_postcode(pc, call))
    else:
        z = make_zip()
        vp = c.val("POSTCODE", z, speak_zip(z, call))
    c.note = "%s/%s: street address then postcode/zip" % ("call" if call else "chat", R.choice(["utilities", "retail", "telecom", "insurance"]))
    c.turn("agent", "what's the first line of the address")
    c.turn("customer", fill() + R.choice(["", "it's ", "we're at "]), v, R.choice([" and the postcode is ", ", ", " postcode "]) if ukpc else R.choice([" zip ", ", zip code ", " and zip is "]), vp)


def p_combo(c):
    # verification flow: DOB, postcode, phone + a price/time
    y, m, d = make_date()
    k, p = make_phone()
    vd = c.val("DOB", "%04d%02d%02d" % (y, m, d), speak_date(y, m, d, True))
    vp = c.val("PHONE", p, phone_text(k, p, True))
    c.note = "call/%s: verification with DOB and phone, plus unlabelled amount and time" % ind()
    c.turn("agent", "for security date of birth and the phone number on the account")
    c.turn("customer", vd, " and it's ", vp)
    c.turn("agent", "thanks I can see the $%d payment scheduled for %d:%02d tomorrow" % (R.randint(20, 300), R.randint(1, 11), R.choice([0, 15, 30, 45])))


def p_ssn_dob(c):
    s = make_ssn()
    y, m, d = make_date()
    vs = c.val("SSN", s, whisper_mix(s, [3, 2, 4]))
    vd = c.val("DOB", "%04d%02d%02d" % (y, m, d), speak_date(y, m, d, True, "itn"))
    c.note = "call/%s: SSN and DOB in one turn with Whisper capitalisation" % R.choice(["insurance", "banking", "healthcare billing"])
    c.turn("agent", "I need to verify you, social and date of birth")
    c.turn("customer", "Okay. Social is ", vs, ". Date of birth ", vd, ".")


def p_ni_chat(c):
    ni = make_ni()
    v = c.val("NI_NUMBER", ni, speak_ni(ni, False))
    c.note = "chat/government services: NI typed with claim ref (unlabelled)"
    c.turn("customer", "Hi, re claim ref %d, my NI no. is " % R.randint(100000, 9999999), v, " can you check status")


def p_card_chat_messy(c):
    card = make_card()
    gs = groups(card, [4, 4, 4, 4] if len(card) == 16 else [4, 6, 5])
    t = R.choice([" ", "  ", "-", "."]).join(gs)
    v = c.val("CARD_NUMBER", card, t)
    vv_ = "".join(R.choice(string.digits) for _ in range(3))
    vv = c.val("CVV", vv_, vv_)
    c.note = "chat/retail: card typed with odd separators, cvv after 'code', order number unlabelled"
    c.turn("customer", "order #%d pls charge ", "" % (), v, " code ", vv) if False else \
        c.turn("customer", "order %d pls charge " % R.randint(10000, 9999999), v, " code ", vv)


def p_contact_chat(c):
    u, d = make_email()
    k, p = make_phone()
    call = R.random() < 0.5
    ve = c.val("EMAIL", u + "@" + d, speak_email(u, d, call))
    vp = c.val("PHONE", p, phone_text(k, p, call))
    c.note = "%s/%s: email and phone in the same turn" % ("call" if call else "chat", ind())
    c.turn("agent", "can I update your contact details")
    c.turn("customer", "yes new email ", ve, R.choice([" and mobile ", ", phone ", " and the number's "]), vp)


def p_sort_only(c):
    sc = "".join(R.choice(string.digits) for _ in range(6))
    acct = "".join(R.choice(string.digits) for _ in range(8))
    vs = c.val("SORT_CODE", sc, R.choice([speak(sc[:2], allow_pairs=True) + " " + sc[2:4] + " " + speak(sc[4:], allow_pairs=True), whisper_mix(sc, [2, 2, 2])]))
    va = c.val("BANK_ACCOUNT", acct, "")
    c.note = "call/banking: sort code then account split over two turns with read-back"
    c.turn("agent", "sort code first")
    c.turn("customer", vs)
    c.turn("agent", "lovely and the account number")
    c.turn("customer", c.part(va, whisper_mix(acct[:4], [4])))
    c.turn("agent", R.choice(ACK))
    c.turn("customer", c.part(va, speak(acct[4:], allow_pairs=True)), R.choice(["", " and I need to pay £%d" % R.randint(10, 500)]))


POS = [p_card_whisper, p_card_split, p_card_cvv_exp, p_card_two_values, p_card_correction,
       p_card_readback, p_ssn, p_ssn_split, p_ni, p_ni_split, p_bank, p_us_bank, p_iban, p_phone,
       p_phone_split, p_email, p_dob, p_dob_age, p_postcode, p_address, p_combo, p_ssn_dob,
       p_ni_chat, p_card_chat_messy, p_ssn, p_ni, p_iban, p_email, p_address, p_bank,
       p_contact_chat, p_sort_only]

# --- negatives


def n_amount(c):
    a, b = R.randint(10, 999), R.randint(0, 99)
    c.note = "call/%s: amounts with Whisper ITN and words" % ind()
    c.turn("agent", "your balance is $%d.%02d and the minimum payment is %s dollars" % (a, b, num_words(R.randint(20, 99))))
    c.turn("customer", "okay can I pay %s %s today" % (R.choice(["forty", "sixty", "a hundred and twenty"]), R.choice(["pounds", "dollars", "euro"])))


def n_time(c):
    c.note = "call/%s: appointment date and time, not DOB" % ind()
    c.turn("agent", "the engineer can come on the %s of %s between %d and %d" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], R.randint(8, 11), R.randint(12, 5 + 12) - 12 if False else R.randint(1, 5)))
    c.turn("customer", "the %s works, anytime after %d:%02d" % (R.choice(["1st", "2nd", "3rd", "14th", "22nd"]), R.randint(1, 11), R.choice([0, 15, 30, 45])))


def n_order(c):
    ref = str(R.randint(1000000, 9999999999))
    word = R.choice(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    call = R.random() < 0.6
    c.note = "%s/%s: %s with digits (not PII)" % ("call" if call else "chat", ind(), word)
    if call:
        c.turn("customer", "I've got the %s here it's %s" % (word, whisper_mix(ref, [3, 3, 4])))
        c.turn("agent", "thanks I've pulled up %s %s" % (word.split()[0], ref))
    else:
        c.turn("customer", "Hi my %s is %s, still waiting on it" % (word, ref))


def n_flight(c):
    c.note = "call/travel: flight number, seat, gate, times"
    c.turn("agent", "you're on %s %d departing %d:%02d from gate %s" % (R.choice(["BA", "EI", "FR", "UA", "DL"]), R.randint(100, 9999), R.randint(1, 12), R.choice([5, 20, 35, 50]), R.choice(["B", "A", "C"]) + str(R.randint(1, 60))))
    c.turn("customer", "and I'm in seat %d%s right and the bag is %d kilos" % (R.randint(1, 40), R.choice("ABCDEF"), R.randint(10, 32)))


def n_room(c):
    c.note = "call/travel: hotel room, nights, prices"
    c.turn("customer", "we're in room %s for %s nights at %s a night" % (R.choice([str(R.randint(100, 999)), speak(str(R.randint(100, 999)))]), R.choice(["three", "4", "seven"]), R.choice(["£129", "ninety nine euro", "$245"])))
    c.turn("agent", "checkout is at %s on the %s" % (R.choice(["11am", "eleven", "noon"]), R.choice(["12th", "3rd", "twentieth"])))


def n_model(c):
    c.note = "call/%s: model and serial-like product codes" % R.choice(["retail", "telecom"])
    c.turn("customer", "it's the model %s%d router and the firmware version is %d.%d.%d" % (R.choice(["TG", "HH", "XR", "DSL-"]), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))
    c.turn("agent", "and it's been down for %d hours with about %d%% packet loss" % (R.randint(2, 72), R.randint(5, 90)))


def n_meter(c):
    r = R.randint(10000, 99999)
    c.note = "call/utilities: meter reading in words and numerals"
    c.turn("customer", "the meter reading is %s" % (speak(str(r)) if R.random() < 0.5 else whisper_mix(str(r), [2, 3])))
    c.turn("agent", "thanks that's %d units so about £%d.%02d this quarter" % (R.randint(100, 900), R.randint(40, 400), R.randint(0, 99)))


def n_speed(c):
    c.note = "call/telecom: broadband speeds, contract dates"
    c.turn("agent", "you should be getting %d megabits but you're seeing %s" % (R.choice([35, 67, 80, 150, 500, 900]), num_words(R.randint(2, 30))))
    c.turn("customer", "I've been on this contract since %s %d and it's %s a month" % (MONTHS[R.randint(0, 11)], R.randint(2015, 2025), R.choice(["£32.99", "thirty two ninety nine", "$70"])))


def n_age_temp(c):
    c.note = "call/healthcare billing: age, temperature, count of visits"
    c.turn("customer", "he's %s and he had a temperature of %s so we went in %s times" % (R.choice(["%d" % R.randint(2, 90), "seventy four", "six"]), R.choice(["39.2", "a hundred and two", "38 degrees"]), R.choice(["three", "2", "four"])))


def n_year_pct(c):
    c.note = "call/%s: years, percentages, rates" % R.choice(["banking", "insurance"])
    c.turn("agent", "since %d your premium went up %d%% to %s" % (R.randint(2010, 2024), R.randint(2, 40), R.choice(["£%d" % R.randint(200, 1500), "%d dollars" % R.randint(200, 1500)])))
    c.turn("customer", "that's %s percent? in %s" % (num_words(R.randint(2, 40)), R.choice(["twenty twenty four", "2023", "nineteen ninety nine"])))


def n_payment_date(c):
    y, m, d = make_date(2024, 2027)
    c.note = "chat/%s: payment and contract dates, not birth dates" % R.choice(["banking", "utilities"])
    c.turn("customer", "I paid on %s and the contract started %s, can you check" % (speak_date(y, m, d, False), speak_date(y - 1, m, d, False)))


def n_balance(c):
    c.note = "call/banking: balances and counts with ITN digits"
    c.turn("agent", "the available balance is %s and you have %d pending transactions" % (R.choice(["$4,%03d.%02d" % (R.randint(0, 999), R.randint(0, 99)), "£%d" % R.randint(100, 99999)]), R.randint(2, 14)))
    c.turn("customer", "%s for the last %s days okay" % (R.choice(["Right.", "Okay,", "mhm"]), R.choice(["30", "thirty", "ninety"])))


def n_last4(c):
    c.note = "call/%s: quantities and durations in long word runs" % ind()
    c.turn("customer", "I've been on hold %s minutes and called %s times this week about the %s" % (R.choice(["forty five", "45", "twenty"]), R.choice(["five", "6", "three"]), R.choice(["order", "outage", "bill"])))
    c.turn("agent", "I'm sorry about that I'll add a credit of %s" % R.choice(["ten pounds", "$25", "fifteen euro"]))


def n_ticket_words(c):
    ref = "".join(R.choice(string.digits) for _ in range(R.randint(6, 9)))
    c.note = "call/%s: reference number read digit by digit with its reference word" % ind()
    c.turn("agent", "your %s is %s" % (R.choice(["reference number", "ticket number", "case reference"]), speak(ref)))
    c.turn("customer", "okay thanks")


def n_whisper_mix(c):
    c.note = "call/%s: Whisper ITN of amounts, times and ordinals mixed with words" % ind()
    c.turn("customer", "I was charged $%d on the 1st at %d:%02d and then %s again on the %s" % (R.randint(20, 99), R.randint(1, 11), R.choice([0, 15, 30, 45]), R.choice(["forty", "sixty five", "ninety nine"]), R.choice(["3rd", "fifth", "22nd"])))
    c.turn("agent", "I see two charges of %s. That's %s in total." % (R.choice(["$40", "£12.50", "€65"]), R.choice(["$80", "twenty five pounds", "€130"])))


def n_renewal(c):
    y, m, d = make_date(2023, 2026)
    c.note = "chat/%s: policy renewal and start dates plus policy count, not birth/expiry" % R.choice(["insurance", "telecom"])
    c.turn("customer", "When does my policy renew? I think it started %s" % speak_date(y - 1, m, d, False))
    c.turn("agent", "It renews on %s, you have %d policies with us and the premium is £%d.%02d." % (speak_date(y, m, d, False), R.randint(2, 4), R.randint(100, 900), R.randint(0, 99)))


def n_order_long(c):
    ref = str(R.randint(10000000, 99999999))
    c.note = "call/retail: 8-digit order number with Whisper numerals and words, plus a quantity"
    c.turn("customer", "Order number %s. I ordered %s of them." % (whisper_mix(ref, [4, 4]), R.choice(["three", "12", "two"])))
    c.turn("agent", "thanks order %s is out for delivery between 9 and %s" % (ref, R.choice(["1", "twelve", "5pm"])))


NEG = [n_whisper_mix, n_renewal, n_order_long, n_amount, n_time, n_order, n_flight, n_room, n_model, n_meter, n_speed, n_age_temp,
       n_year_pct, n_payment_date, n_balance, n_last4, n_ticket_words]

# ---------------------------------------------------------------- normalisation / validation

WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: i for i, w in enumerate(TENS) if w}
SKIP = {"um", "uh", "er", "no", "sorry", "i", "mean", "wait", "and", "then", "plus", "the", "of", "its", "it's", "is"}


def normalise(text):
    toks = []
    for t in re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower()):
        toks.extend([t] if t in NATO else t.split("-"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and (toks[i + 1] in WORD2D or toks[i + 1].isdigit()):
            d = toks[i + 1] if toks[i + 1].isdigit() else WORD2D[toks[i + 1]]
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == t:
            out.append(t.upper())
            i += 2
        elif t in TEEN2D:
            out.append(TEEN2D[t])
        elif t in TENS2D:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(TENS2D[t]) + WORD2D[toks[i + 1]])
                i += 1
            else:
                out.append(str(TENS2D[t]) + "0")
        elif t in WORD2D and t not in ("o",):
            out.append(WORD2D[t])
        elif t == "o":
            out.append("0")
        elif t in NATO:
            out.append(t[0].upper())
        elif len(t) == 1:
            out.append(t.upper())
        elif t in SKIP:
            pass
        elif len(t) <= 4 and t.isalpha():
            out.append(t.upper())
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


def check_value(typ, canon, text):
    """Return an error string or None."""
    c = canon
    if typ == "CARD_NUMBER":
        if not (13 <= len(c) <= 19 and c.isdigit() and luhn_ok(c)):
            return "bad card %s" % c
    elif typ == "CVV":
        if not (c.isdigit() and len(c) in (3, 4)):
            return "bad cvv"
    elif typ == "SSN":
        if not (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"):
            return "bad ssn"
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c):
            return "bad ni %s" % c
    elif typ == "SORT_CODE":
        if not (c.isdigit() and len(c) == 6):
            return "bad sort code"
    elif typ == "BANK_ACCOUNT":
        if not (c.isdigit() and 8 <= len(c) <= 12):
            return "bad account"
    elif typ == "IBAN":
        if not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c) and iban_ok(c)):
            return "bad iban"
    elif typ == "PHONE":
        if not (c.isdigit() and 10 <= len(c) <= 12):
            return "bad phone"
    elif typ == "POSTCODE":
        if not (re.fullmatch(r"\d{5}", c) or re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", c)):
            return "bad postcode %s" % c
    elif typ == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", c):
            return "bad email"
        tl = text.lower()
        if not ("@" in tl or " at " in tl) or not ("." in tl or " dot " in tl):
            return "email text lacks at/dot: %r" % text
        return None
    elif typ in ("DOB",):
        if not re.fullmatch(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d)", c):
            return "bad dob"
        return None if re.search(r"\d|" + "|".join(MONTHS) + "|" + "|".join(DW), text.lower()) else "dob text"
    elif typ == "EXPIRY":
        if not re.fullmatch(r"(0[1-9]|1[0-2])\d\d", c):
            return "bad expiry"
        n = normalise(re.sub("|".join(MONTHS), lambda m: "%02d" % (MONTHS.index(m.group(0)) + 1), text.lower()))
        return None if n == c or n.endswith(c[2:]) else "expiry text %r -> %s" % (text, n)
    elif typ == "ADDRESS":
        if not re.search(r"\d|" + "|".join(DW + TEENS + TENS[2:]), text.lower()):
            return "address lacks number"
        if not any(s.split()[-1] in text.lower() for s in STREETS):
            return "address lacks street word"
        return None
    n = normalise(text)
    if typ == "PHONE" and n.startswith("44") and c.startswith("44"):
        pass
    if typ == "PHONE" and n == "1" + c:
        return None
    if n != c:
        return "spoken %r normalises to %s, expected %s" % (text, n, c)
    return None


def build():
    pos, neg = [], []
    i = 0
    while len(pos) < 224:
        c = Case("positive", "")
        POS[i % len(POS)](c)
        i += 1
        pos.append(c)
    for j in range(120):
        c = Case("negative", "")
        NEG[j % len(NEG)](c)
        neg.append(c)
    recs = []
    for k, c in enumerate(pos, 1):
        recs.append((c, {"id": "h249-pos-%03d" % k, "kind": "positive", "turns": c.turns,
                         "spans": [{x: s[x] for x in ("turn", "start", "end", "type")} for s in c.spans], "note": c.note}))
    for k, c in enumerate(neg, 1):
        recs.append((c, {"id": "h249-neg-%03d" % k, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note}))
    return recs


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in recs)


def counts(recs):
    cnt = {t: 0 for t in TYPES}
    for _, r in recs:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def validate(recs):
    errs = []
    ids = set()
    for c, r in recs:
        if r["id"] in ids:
            errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + " negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + " positive without spans")
        if r["kind"] == "negative" and c.values:
            errs.append(r["id"] + " negative with values")
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + " bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + " bad turn")
                continue
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(r["id"] + " offsets out of range")
                continue
            if t[a].isspace() or t[b - 1].isspace():
                errs.append(r["id"] + " span has edge whitespace")
            if (a > 0 and t[a - 1].isalnum() and t[a].isalnum()) or (b < len(t) and t[b].isalnum() and t[b - 1].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], t[a:b]))
        byturn = {}
        for s in r["spans"]:
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tn, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(r["id"] + " overlapping spans")
        for vid, typ, canon, noval in c.values:
            pieces = [s for s in c.spans if s["_vid"] == vid]
            if not pieces:
                errs.append(r["id"] + " value without span")
                continue
            if noval:
                continue
            text = " ".join(r["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in pieces)
            e = check_value(typ, canon, text)
            if e:
                errs.append("%s %s: %s" % (r["id"], typ, e))
    cnt = counts(recs)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    npos = sum(1 for _, r in recs if r["kind"] == "positive")
    nneg = len(recs) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases")
    return errs, cnt, npos, nneg


def readme(cnt, npos, nneg):
    lines = ["# PII hold-out set h249 (ASR / Whisper-style emphasis)", "",
             "**Never use this set for tuning.** It is a held-out evaluation set only.", "",
             "Written by an AI helper acting as an independent author, who did not see the redaction code,",
             "its tests, its docs or the other hold-out sets. Cases are generated by",
             "`scripts/make_pii_holdout249.py` from template functions (seed %d); each turn is built from" % SEED,
             "plain-text segments and labelled value segments, so offsets are computed, never typed.",
             "`python scripts/make_pii_holdout249.py --check` regenerates the file, checks it is byte-identical,",
             "and validates ids, offsets, word boundaries, overlap and every value (Luhn, mod-97, NI shape, digit",
             "counts) after normalising spoken forms.", "",
             "## Emphasis", "",
             "Phone calls written the way a speech recogniser such as Whisper writes them: inverse text",
             "normalisation turning some groups into numerals while others stay words in the same reading,",
             "odd capitalisation and punctuation ('Four one one one, 4111...'), digit homophones ('for', 'to',",
             "'too', 'ate', 'won'), 'oh'/'o'/'nought' for zero, 'double'/'triple', pairs ('forty one'),",
             "values split over turns with back-channels, self-corrections, agent read-backs, and typed chat.", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: digits/number words/letters and separators between them,",
             "  including 'double', 'triple', 'x for xray' spellings, 'plus four four', 'at'/'dot' inside e-mails.",
             "  Lead-in words ('it's', 'um', 'my number is') and trailing punctuation are outside.",
             "- A value split over several turns gets one span per turn piece (back-channels unlabelled).",
             "- In a self-correction, the mistaken group is also labelled with the same type; the",
             "  correction phrase ('no sorry') is outside the spans. When a correction sits inside a reading,",
             "  the pieces before and after are separate spans.",
             "- EXPIRY covers month and year; DOB covers the whole date ('the third of may nineteen eighty').",
             "- ADDRESS covers house number and street (and 'Flat n,' where typed); the postcode/ZIP is a separate POSTCODE span.",
             "- PHONE includes a country code prefix when said ('+44', 'plus four four', 'double four').",
             "- Non-PII numbers next to PII (amounts, times, ages, order/claim refs, appointment dates) are unlabelled.",
             "- Negatives contain only lookalikes (amounts, times, dates, reference/ticket/order numbers with their",
             "  reference word, flight/seat/room numbers, model numbers, meter readings, speeds, ages,",
             "  temperatures, percentages, balances); nothing in them should be redacted.", "",
             "## Counts", "",
             "- positive cases: %d" % npos, "- negative cases: %d" % nneg, "",
             "| type | spans |", "|---|---|"]
    lines += ["| %s | %d |" % (t, cnt[t]) for t in TYPES]
    lines += ["| total | %d |" % sum(cnt.values()), ""]
    return "\n".join(lines)


def main():
    recs = build()
    data = render(recs)
    errs, cnt, npos, nneg = validate(recs)
    rd = readme(cnt, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUTDIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
