#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout265.

Written by an AI helper acting as an independent author that did not see the
redaction code or its tests. Standard library only, seeded, reproducible.

    python scripts/make_pii_holdout265.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout265.py --check  # regenerate, compare, validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 265241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout265")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PFX = "h265"

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
HOMO = {"2": "to", "4": "for", "8": "ate", "1": "won"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def ch(seq):
    return seq[R.randrange(len(seq))]


def digits(n, first=None):
    s = "" if first is None else str(first)
    while len(s) < n:
        s += str(R.randrange(10))
    return s


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    kind = R.randrange(4)
    if kind == 0:
        body, n = "4" + digits(14), 16
    elif kind == 1:
        body, n = "5" + str(R.randint(1, 5)) + digits(13), 16
    elif kind == 2:
        body, n = "3" + ch("47") + digits(12), 15
    else:
        body, n = "6011" + digits(11), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban():
    k = R.randrange(4)
    if k == 0:
        c, b = "GB", ch(["NWBK", "BARC", "MIDL", "HBUK"]) + digits(14)
    elif k == 1:
        c, b = "IE", ch(["AIBK", "BKIR"]) + digits(14)
    elif k == 2:
        c, b = "DE", digits(18)
    else:
        c, b = "NL", ch(["ABNA", "RABN", "INGB"]) + digits(10)
    return c + iban_check(c, b) + b


NI_P = ["AB", "JT", "NE", "PR", "SK", "WL", "CE", "HM", "YT", "ZX", "LR", "EG", "MA", "TW"]


def ni():
    return ch(NI_P) + digits(6) + ch("ABCD")


def ssn():
    a = R.randint(101, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def uk_pc():
    return ch(["SW1A 2AA", "M14 5TP", "LS6 3HN", "B15 2TT", "EH3 9DR", "CF10 1EP", "NE1 7RU",
               "BS8 1TH", "G12 8QQ", "L17 6BD", "RG1 4PX", "CB2 1TN", "NW3 5JS", "E14 9GE",
               "BT9 6AZ", "PL4 8AA", "DN15 7LW", "SE22 8HY", "KT2 6RJ", "HU6 7RX"])


def zipc():
    return digits(5, R.randint(1, 9))


STREETS = ["Maple Avenue", "Church Road", "Kingsley Street", "Elm Grove", "Oak Lane",
           "Station Road", "Highfield Close", "Victoria Terrace", "Park Drive", "Mill Lane",
           "Birch Way", "Castle Street", "Willow Crescent", "Harbour View", "Cedar Court"]


# ---------------------------------------------------------------- speech
def zero_word():
    return ch(["zero", "oh", "o", "oh", "nought", "zero"])


def say_digits(s, dbl=0.5, homo=0.0, zw=None):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < dbl:
            out.append("triple " + (zero_word() if c == "0" else DW[int(c)]))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == c and R.random() < dbl:
            out.append("double " + (zero_word() if c == "0" else DW[int(c)]))
            i += 2
            continue
        if c == "0":
            out.append(zw or zero_word())
        elif c in HOMO and R.random() < homo:
            out.append(HOMO[c])
        else:
            out.append(DW[int(c)])
        i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + DW[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def say_pairs(s):
    parts = [say_pair(s[i:i + 2]) for i in range(0, len(s) - 1, 2)]
    if len(s) % 2:
        parts.append(DW[int(s[-1])] if s[-1] != "0" else zero_word())
    return " ".join(parts)


def say_mixed(s, groups):
    """Whisper-like reading: groups, some rendered as numerals by ITN, some as words."""
    out, i = [], 0
    for g in groups:
        chunk = s[i:i + g]
        i += g
        r = R.random()
        if r < 0.45:
            out.append(chunk)
        elif r < 0.65 and len(chunk) % 2 == 0:
            out.append(say_pairs(chunk))
        else:
            out.append(say_digits(chunk))
    return out


def groups_for(n):
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    return [n]


def say_letter(c, nato_p=0.5):
    c = c.lower()
    if c in NATO and R.random() < nato_p:
        return ch(["%s for %s", "%s as in %s", "%s for %s"]) % (c, NATO[c])
    return c


def say_alnum(s, nato_p=0.4):
    out = []
    buf = ""
    for c in s.replace(" ", ""):
        if c.isdigit():
            buf += c
        else:
            if buf:
                out.append(say_digits(buf, dbl=0.3))
                buf = ""
            out.append(say_letter(c, nato_p))
    if buf:
        out.append(say_digits(buf, dbl=0.3))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000:
        return DW[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))
    return str(n)


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2",
                "for": "4", "ate": "8", "won": "1"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}


def normalise(text, letters=False):
    """Spoken/ITN text -> alnum string (lower case)."""
    t = text.lower().replace("-", " ").replace("x ray", "xray")
    toks = re.findall(r"[a-z]+|\d+|@|\.", t)
    out, i, rep = [], 0, 1
    while i < len(toks):
        w = toks[i]
        if letters and i + 2 < len(toks) and toks[i + 1] in ("for", "as", "in") and len(w) == 1:
            j = i + 2 if toks[i + 1] == "for" else i + 3
            out.append(w * rep)
            rep = 1
            i = j + 1
            continue
        if w == "double":
            rep = 2
        elif w == "triple":
            rep = 3
        elif w.isdigit():
            out.append(w * rep if len(w) == 1 else w)
            rep = 1
        elif w in WORDNUM:
            out.append(WORDNUM[w] * rep)
            rep = 1
        elif w == "hundred":
            out.append("00")
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(TENNUM[w]) + WORDNUM[toks[i + 1]])
                i += 1
            else:
                out.append(str(TENNUM[w]) + "0")
        elif letters and len(w) == 1 and w.isalpha():
            out.append(w * rep)
            rep = 1
        elif letters and w.isalpha() and len(w) <= 4:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- case assembly
CASE_LIST = []
_gid = [0]


def V(text, typ, group=None):
    if group is None:
        _gid[0] += 1
        group = "g%d" % _gid[0]
    return (text, typ, group)


def G():
    _gid[0] += 1
    return "g%d" % _gid[0]


def add(kind, note, *turns):
    tl, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                st = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1], "_g": s[2]})
            else:
                text += s
        tl.append({"speaker": spk, "text": text})
    CASE_LIST.append({"kind": kind, "turns": tl, "spans": spans, "note": note})


A, C = "agent", "customer"


# ---------------------------------------------------------------- positive templates
def p_card_call_mixed():
    c = card()
    parts = say_mixed(c, groups_for(len(c)))
    ind = ch(["telecom", "retail", "utilities", "insurance", "travel"])
    add("positive", "call/%s: card read with Whisper ITN mixing numerals and words" % ind,
        (A, "okay and the long number on the card please"),
        (C, ["yeah its ", V(" ".join(parts), "CARD_NUMBER"), " and thats a visa debit i think"]))


def p_card_split():
    c = card()
    g = G()
    gs = groups_for(len(c))
    chunks, i = [], 0
    for n in gs:
        chunks.append(c[i:i + n])
        i += n
    bc = ["mhm", "okay go on", "yep", "Okay.", "got that", "uh huh"]
    turns = [(A, "whenever youre ready with the card number")]
    for k, chunk in enumerate(chunks):
        r = R.random()
        if r < 0.3:
            t = chunk
        elif r < 0.5 and len(chunk) % 2 == 0:
            t = say_pairs(chunk)
        else:
            t = say_digits(chunk, homo=0.2)
        lead = ch(["", "um ", "right ", "so ", "", "its "]) if k == 0 else ch(["", "", "uh ", "then "])
        tail = ch(["", "", " um", "..."]) if k < len(chunks) - 1 else ""
        turns.append((C, [lead, V(t, "CARD_NUMBER", g), tail]))
        if k < len(chunks) - 1:
            turns.append((A, ch(bc)))
    add("positive", "call/%s: card split over customer turns with back-channels, homophones" %
        ch(["banking", "telecom", "travel", "retail"]), *turns)


def p_card_chat():
    c = card()
    sep = ch([" ", "-", "", " ", "  "])
    gs = groups_for(len(c))
    parts, i = [], 0
    for n in gs:
        parts.append(c[i:i + n])
        i += n
    txt = sep.join(parts)
    add("positive", "chat/%s: card typed with separator %r" % (ch(["retail", "travel", "utilities"]), sep),
        (C, ["hi can u take payment for the \u00a3%d.%02d outstanding, card no " % (R.randint(20, 400), R.randrange(100)),
          V(txt, "CARD_NUMBER"), " thx"]))


def p_card_cvv_exp():
    c = card()
    cv = digits(4 if c[0] == "3" else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp_forms = ["%s %s" % (say_pair("%02d" % mm), num_words(yy)) if mm >= 10 else "%s %s" % (zero_word() + " " + DW[mm], num_words(yy)),
                 "%02d/%d" % (mm, yy), "%s twenty %s" % (MONTHS[mm - 1], num_words(yy)),
                 "%d %d" % (mm, yy)]
    ef = ch(exp_forms)
    cvf = ch([cv, say_digits(cv), " ".join(cv)])
    add("positive", "call/%s: card then expiry and security code, agent reads last four back" %
        ch(["insurance", "utilities", "telecom", "healthcare billing"]),
        (A, "can I take the card number"),
        (C, [V(" ".join(say_mixed(c, groups_for(len(c)))), "CARD_NUMBER")]),
        (A, "thank you so thats ending %s and the expiry" % say_digits(c[-4:], dbl=0)),
        (C, ["expires ", V(ef, "EXPIRY"), " um"]),
        (A, "and the security code on the back"),
        (C, ["Its ", V(cvf, "CVV"), "."]))


def p_cvv_correction():
    a, b = digits(3), digits(3)
    add("positive", "call/retail: security code with self-correction, both readings labelled",
        (A, "and the security code on the back please"),
        (C, ["its ", V(say_digits(a, dbl=0), "CVV"), " no sorry ", V(say_digits(b, dbl=0), "CVV"),
             " i cant read it properly"]))


def p_ssn_call():
    s = ssn()
    st = R.randrange(4)
    if st == 0:
        t = say_digits(s)
    elif st == 1:
        t = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    elif st == 2:
        t = "%s %s %s" % (say_digits(s[:3]), s[3:5], say_pairs(s[5:]))
    else:
        t = "%s %s %s" % (s[:3], say_digits(s[3:5]), s[5:])
    ind = ch(["healthcare billing", "banking", "government services", "insurance"])
    add("positive", "call/%s: US SSN, Whisper-style partial ITN (style %d)" % (ind, st),
        (A, "for verification can I get your social security number"),
        (C, ["Sure, it's ", V(t, "SSN"), ch(["", ".", " okay", " yeah"])]))


def p_ssn_split():
    s = ssn()
    g = G()
    add("positive", "call/government services: SSN in three chunks across turns",
        (A, "okay and your social"),
        (C, ["uh ", V(say_digits(s[:3]), "SSN", g)]),
        (A, "mhm"),
        (C, [V(ch([s[3:5], say_digits(s[3:5])]), "SSN", g)]),
        (A, "okay"),
        (C, [V(ch([s[5:], say_pairs(s[5:]), say_digits(s[5:])]), "SSN", g), " and thats it"]))


def p_ssn_chat():
    s = ssn()
    t = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    add("positive", "chat/insurance: SSN typed with varied separator",
        (A, "Please confirm the last four of your SSN or the full number."),
        (C, ["full ssn is ", V(t, "SSN"), " policy holder is my wife tho"]))


def ni_spoken(v):
    st = R.randrange(4)
    if st == 0:
        return "%s %s %s %s %s" % (v[0].upper(), v[1].upper(), v[2:4], v[4:6], v[6:8]) + " " + v[8].upper()
    if st == 1:
        return say_alnum(v, nato_p=0.6)
    if st == 2:
        return "%s %s %s %s" % (say_letter(v[0]) + " " + say_letter(v[1]), say_pairs(v[2:8]), "", say_letter(v[8], 0.5))
    return "%s%s %s %s" % (v[0].upper(), v[1].upper(), v[2:8], say_letter(v[8], 0.3))


def p_ni_call():
    v = ni()
    t = re.sub(r"\s+", " ", ni_spoken(v)).strip()
    add("positive", "call/government services: UK NI number spoken, letters spelt or capitalised",
        (A, "can you confirm your national insurance number"),
        (C, ["yeah its ", V(t, "NI_NUMBER"), " i think"]))


def p_ni_split():
    v = ni()
    g = G()
    add("positive", "call/%s: NI number split across turns with agent back-channel" % ch(["banking", "government services"]),
        (A, "and your national insurance number"),
        (C, ["right ", V(say_letter(v[0], 0.8) + " " + say_letter(v[1], 0.8), "NI_NUMBER", g)]),
        (A, "yep"),
        (C, [V(ch([v[2:8], say_digits(v[2:8]), say_pairs(v[2:8])]), "NI_NUMBER", g)]),
        (A, "and the last letter"),
        (C, [V(say_letter(v[8], 0.5), "NI_NUMBER", g)]))


def p_ni_chat():
    v = ni()
    t = ch([v, "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), v.lower(),
            "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])])
    add("positive", "chat/government services: NI number typed in varied case/separators",
        (C, ["hiya my ni is ", V(t, "NI_NUMBER"), " need to update my tax code, started new job 3rd march"]))


def p_bank_call():
    sc, acc = digits(6), digits(8)
    g_sc = ch([say_pairs(sc), say_digits(sc), "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]),
               "%s %s" % (sc[:2], say_digits(sc[2:]))])
    g_ac = ch([say_digits(acc, homo=0.15), acc, "%s %s" % (acc[:4], say_digits(acc[4:]))])
    add("positive", "call/banking: sort code then account number with Whisper partial ITN",
        (A, "whats the sort code of the account youre paying from"),
        (C, [V(g_sc, "SORT_CODE")]),
        (A, "and the account number"),
        (C, ["uh its ", V(g_ac, "BANK_ACCOUNT"), " the direct debit is for \u00a3%d a month" % R.randint(15, 90)]))


def p_bank_one_turn():
    sc, acc = digits(6), digits(8)
    add("positive", "call/utilities: sort code and account number in one turn",
        (C, ["sort code ", V(say_pairs(sc), "SORT_CODE"), " account ", V(say_digits(acc), "BANK_ACCOUNT"),
             " and can you move the payment to the %s" % ch(["1st", "15th", "28th"])]))


def p_bank_us():
    acc = digits(R.randint(10, 12))
    add("positive", "call/banking US: checking account number read back by agent",
        (C, ["my checking account is ", V(say_mixed(acc, [4, len(acc) - 4]) and " ".join(say_mixed(acc, [4, len(acc) - 4])), "BANK_ACCOUNT")]),
        (A, ["let me read that back ", V(" ".join(acc), "BANK_ACCOUNT"), " is that right"]),
        (C, "yes"))


def p_iban_chat():
    v = iban()
    t = ch([v, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), v.lower()])
    add("positive", "chat/%s EU: IBAN typed for refund" % ch(["travel", "retail", "insurance"]),
        (C, ["Refund to IBAN ", V(t, "IBAN"), " please, booking ref 48213 (%d nights)" % R.randint(2, 9)]))


def p_iban_call():
    v = iban()
    t = say_alnum(v, nato_p=0.5)
    add("positive", "call/travel Ireland/EU: IBAN spoken letters and digits",
        (A, "whats the iban for the refund"),
        (C, ["okay its ", V(t, "IBAN")]))


def phone_val():
    k = R.randrange(4)
    if k == 0:
        return "07" + digits(9), "uk"
    if k == 1:
        return "447" + digits(9), "uk+"
    if k == 2:
        return str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4), "us"
    return "08" + ch("35679") + digits(7), "ie"


def p_phone_call():
    v, k = phone_val()
    st = R.randrange(3)
    if k == "uk+":
        t = "plus four four " + say_digits(v[2:])
    elif st == 0:
        t = say_digits(v, homo=0.15)
    elif st == 1:
        t = " ".join(say_mixed(v, [5, len(v) - 5] if k != "us" else [3, 3, 4]))
    else:
        t = ch(["%s %s", "%s-%s"]) % (v[:5], v[5:]) if k != "us" else "%s-%s-%s" % (v[:3], v[3:6], v[6:])
    add("positive", "call/%s: phone number (%s) with ITN mix" % (ch(["telecom", "utilities", "retail"]), k),
        (A, "and the best number to reach you on"),
        (C, ["its ", V(t, "PHONE"), " after %s is best" % ch(["5:30", "six", "2 pm", "half four"])]))


def p_phone_chat():
    v, k = phone_val()
    if k == "us":
        t = ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (v[:3], v[3:6], v[6:])
    elif k == "uk+":
        t = ch(["+%s %s %s", "+%s-%s-%s", "00%s %s %s"]) % (v[:2], v[2:6], v[6:])
    else:
        t = ch(["%s %s", "%s%s", "%s-%s"]) % (v[:5] if k == "uk" else v[:3], v[5:] if k == "uk" else v[3:])
    add("positive", "chat/telecom: phone typed, %s" % k,
        (C, ["pls call me back on ", V(t, "PHONE"), " re order #%d" % R.randint(100000, 999999)]))


FN = ["john", "sarah", "mike", "aoife", "priya", "tom", "lucy", "dave", "grace", "liam"]
LN = ["doe", "smith", "murphy", "patel", "obrien", "walsh", "kowalski", "brown", "nguyen"]
DOM = [("gmail", "com"), ("hotmail", "co dot uk"), ("yahoo", "com"), ("outlook", "ie"), ("btinternet", "com")]


def p_email_call():
    f, l = ch(FN), ch(LN)
    d, tld = ch(DOM)
    n = R.randint(1, 99)
    st = R.randrange(4)
    if st == 0:
        t = "%s dot %s at %s dot %s" % (f, l, d, tld)
    elif st == 1:
        t = "%s %s %d at %s dot %s" % (f[0], l, n, d, tld)
    elif st == 2:
        t = "%s underscore %s at %s.%s" % (f, l, d, tld.replace(" dot ", "."))
    else:
        t = "%s.%s%d@%s.%s" % (f, l, n, d, tld.replace(" dot ", "."))
    add("positive", "call/%s: email spoken, Whisper style %d" % (ch(["retail", "telecom", "insurance"]), st),
        (A, "and an email address for the confirmation"),
        (C, ["yeah its ", V(t, "EMAIL")]))


def p_email_spelt():
    f, l = ch(FN), ch(LN)
    d, tld = ch(DOM[:3])
    t = "%s %s at %s dot %s" % (" ".join(f), l, d, tld)
    add("positive", "call/healthcare billing: email with first name spelt letter by letter",
        (A, "can I get your email"),
        (C, [V(t, "EMAIL"), " all lower case"]))


def p_email_chat():
    f, l = ch(FN), ch(LN)
    d, tld = ch(DOM)
    t = ch(["%s.%s@%s.%s", "%s_%s%d@%s.%s", "%s%s@%s.%s"])
    t = t.replace("%d", str(R.randint(1, 99))) % (f, l, d, tld.replace(" dot ", "."))
    add("positive", "chat/retail: email typed",
        (C, ["can u update my email to ", V(t, "EMAIL"), " ta"]))


def dob_spoken():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    st = R.randrange(5)
    yw = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])
    if st == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yw)
    if st == 1:
        return "%s %d%s %d" % (MONTHS[m - 1].capitalize(), d, ["th", "st", "nd", "rd"][d % 10 if d % 10 < 4 and d not in (11, 12, 13) else 0], y)
    if st == 2:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 3:
        return "%s %s %s" % (say_digits("%02d" % d), say_digits("%02d" % m), yw)
    return "%d %s %s" % (d, MONTHS[m - 1], yw)


def p_dob():
    add("positive", "call/%s: date of birth in verification" % ch(["banking", "insurance", "healthcare billing", "telecom"]),
        (A, "can you confirm your date of birth"),
        (C, [ch(["yeah its ", "", "um ", "Its "]), V(dob_spoken(), "DOB")]))


def p_dob_age_mix():
    add("positive", "call/insurance: DOB next to an age and a policy year (unlabelled)",
        (C, ["im %d now born " % R.randint(30, 70), V(dob_spoken(), "DOB"), " and the policy started in %d" % R.randint(2015, 2024)]))


def p_postcode_uk():
    pc = uk_pc()
    st = R.randrange(3)
    t = pc if st == 0 else (say_alnum(pc, nato_p=0.3) if st == 1 else pc.lower().replace(" ", ""))
    add("positive", "call/utilities UK: postcode (style %d)" % st,
        (A, "whats the postcode there"),
        (C, ["its ", V(t, "POSTCODE")]))


def p_zip():
    z = zipc()
    t = ch([z, say_digits(z), "%s %s" % (z[:2], say_digits(z[2:]))])
    add("positive", "call/retail US: ZIP code for billing",
        (A, "and the billing zip code"),
        (C, [V(t, "POSTCODE"), ch(["", " yeah", " thats in ohio"])]))


def p_address_call():
    n = R.randint(2, 240)
    s = ch(STREETS)
    nw = ch([str(n), num_words(n)])
    st = s.lower() if R.random() < 0.6 else s
    pc = uk_pc()
    add("positive", "call/%s UK: street address and postcode in one turn" % ch(["utilities", "insurance", "telecom"]),
        (A, "and the address for the account"),
        (C, [V("%s %s" % (nw, st), "ADDRESS"), " ", ch(["leeds", "Manchester", "bristol", "Cardiff"]), " ",
             V(ch([pc, say_alnum(pc, 0.2)]), "POSTCODE")]))


def p_address_us():
    n = R.randint(100, 9999)
    s = ch(["Oak Street", "Pine Avenue", "Lakeview Drive", "Sunset Boulevard", "Main Street"])
    z = zipc()
    add("positive", "chat/insurance US: street address and ZIP typed",
        (C, ["new address is ", V("%d %s" % (n, s), "ADDRESS"), ", Springfield IL ", V(z, "POSTCODE")]))


def p_address_flat():
    n = R.randint(1, 60)
    add("positive", "call/healthcare billing Ireland: flat number and street",
        (C, ["its ", V("flat %s %s %s" % (num_words(R.randint(1, 12)), num_words(n), ch(STREETS).lower()), "ADDRESS"), " dublin eight"]))


def p_combo():
    c = card()
    ph, _ = phone_val()
    add("positive", "call/retail: phone and card in same turn with chit-chat and money",
        (C, ["sorry the dog is barking ok card is ", V(" ".join(say_mixed(c, groups_for(len(c)))), "CARD_NUMBER"),
             " and if it fails ring me on ", V(say_digits(ph), "PHONE"), " its for the $%d order" % R.randint(20, 300)]))


def p_readback():
    v = ni()
    add("positive", "call/banking: agent reads NI back with NATO alphabet",
        (C, ["its ", V("%s %s %s %s" % (v[0], v[1], v[2:8], v[8]), "NI_NUMBER")]),
        (A, ["thank you so thats ", V(say_alnum(v, nato_p=1.0), "NI_NUMBER"), " correct"]),
        (C, "yep"))


def p_ssn_filler():
    s = ssn()
    add("positive", "call/healthcare billing: SSN with filler words inside the reading",
        (C, ["my social is ", V("%s um %s uh %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:])), "SSN"),
             " i think thats right"]))


def p_card_runon():
    c = card()
    # Whisper joins some groups: "41111111" style with words after
    t = "%s %s" % (c[:8], say_digits(c[8:]))
    add("positive", "call/telecom: card where ITN merged first eight digits into one numeral run",
        (C, ["the card is ", V(t, "CARD_NUMBER"), " expiring ", V("%02d/%d" % (R.randint(1, 12), R.randint(27, 30)), "EXPIRY")]))


def p_expiry_call():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    t = ch(["%s twenty %s" % (MONTHS[mm - 1], num_words(yy)), "%s %s" % (say_digits("%02d" % mm), num_words(yy)),
            "%d/%d" % (mm, yy), "%s of twenty %s" % (ORD[mm - 1] if False else MONTHS[mm - 1], num_words(yy))])
    cv = digits(3)
    add("positive", "call/travel: expiry and CVV in one turn",
        (C, ["expiry ", V(t, "EXPIRY"), " and the code is ", V(ch([cv, say_digits(cv)]), "CVV")]))


POS = [(p_card_call_mixed, 10), (p_card_split, 9), (p_card_chat, 7), (p_card_cvv_exp, 10), (p_cvv_correction, 3),
       (p_ssn_call, 12), (p_ssn_split, 6), (p_ssn_chat, 6), (p_ssn_filler, 5),
       (p_ni_call, 10), (p_ni_split, 6), (p_ni_chat, 7), (p_readback, 4),
       (p_bank_call, 9), (p_bank_one_turn, 4), (p_bank_us, 4),
       (p_iban_chat, 8), (p_iban_call, 6),
       (p_phone_call, 10), (p_phone_chat, 6),
       (p_email_call, 9), (p_email_spelt, 3), (p_email_chat, 4),
       (p_dob, 10), (p_dob_age_mix, 4),
       (p_postcode_uk, 7), (p_zip, 6), (p_address_call, 8), (p_address_us, 5), (p_address_flat, 3),
       (p_combo, 4), (p_card_runon, 4), (p_expiry_call, 5)]


def cap_sent(t):
    return t[0].upper() + t[1:]


def p_whisper_commas():
    c = card()
    ws = [DW[int(x)] if x != "0" else ch(["zero", "oh"]) for x in c]
    sep = ch([", ", "-", ". "])
    t = sep.join(ws)
    t = cap_sent(t) if sep != "-" else t
    add("positive", "call/%s: Whisper wrote the card digit by digit with %r between words" % (ch(["retail", "banking", "travel"]), sep),
        (A, "Go ahead with the card number."),
        (C, ["Okay. ", V(t, "CARD_NUMBER"), "."]))


def p_whisper_sentences():
    v, k = phone_val()
    if k == "uk+":
        v = "07" + v[3:]
    if k == "us":
        t = "%s. %s. %s" % (v[:3], v[3:6], v[6:])
    else:
        t = "%s. %s. %s" % (v[:5], v[5:8], v[8:])
    add("positive", "call/telecom: Whisper broke the phone number into sentences with full stops",
        (A, "And a contact number?"),
        (C, ["Yeah, it's ", V(t, "PHONE"), ". That's my mobile."]))


def p_phone_hundred():
    a = str(R.randint(201, 989)) + str(R.randint(200, 999))
    h = R.randint(11, 99)
    v = a + "%d00" % h
    t = "%s %s %s hundred" % (say_digits(a[:3]), say_digits(a[3:]), say_pair(str(h)))
    add("positive", "call/retail US: phone number ending in 'eighteen hundred' style group",
        (A, "whats a good callback number"),
        (C, ["you can reach me at ", V(t, "PHONE"), " anytime after %s" % ch(["4:00", "noon", "5 pm"])]))


def p_double_o():
    v = "07" + digits(9)
    v = v[:4] + "00" + v[6:]
    t = "%s double-O %s" % (say_digits(v[:4], dbl=0), say_digits(v[6:], dbl=0))
    t = cap_sent(t)
    add("positive", "call/utilities: phone with Whisper 'double-O' and leading capital",
        (C, [V(t, "PHONE"), ". Thats the landline, er, the mobile."]))


def p_ni_dotted():
    v = ni()
    t = "%s. %s. %s %s %s %s." % (v[0], v[1], v[2:4], v[4:6], v[6:8], v[8])
    t = t[:-1]
    add("positive", "call/government services: Whisper wrote NI letters as initials with full stops",
        (A, "And your National Insurance number, please?"),
        (C, ["It's ", V(t, "NI_NUMBER"), "."]))


def p_ssn_ithn():
    s = ssn()
    t = "%s, %s, %s" % (s[:3], num_words(int(s[3:5])) if s[3] != "0" else say_digits(s[3:5]), s[5:])
    add("positive", "call/banking US: SSN with commas and a mid group as a number word",
        (A, "Can I get your Social Security number?"),
        (C, ["Yes. ", V(t, "SSN"), "."]))


def p_dob_whisper():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2003)
    sfx = "th" if d in (11, 12, 13) or d % 10 > 3 or d % 10 == 0 else ["", "st", "nd", "rd"][d % 10]
    t = ch(["%s the %d%s, %d" % (MONTHS[m - 1].capitalize(), d, sfx, y),
            "%d%s of %s, %d" % (d, sfx, MONTHS[m - 1].capitalize(), y),
            "%d-%d-%s" % (m, d, str(y)[2:]) if False else "%s %d%s %s" % (MONTHS[m - 1], d, sfx, say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]))])
    add("positive", "call/%s: DOB with Whisper ordinals and commas" % ch(["insurance", "banking", "healthcare billing"]),
        (A, "And date of birth?"),
        (C, [V(t, "DOB"), ". Yeah."]))


def p_sort_whisper():
    sc = digits(6)
    acc = digits(8)
    add("positive", "call/banking: sort code ITN'd with dashes, account half words",
        (C, ["Sort code is ", V("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), ", and the account's ",
             V("%s, %s" % (acc[:4], say_digits(acc[4:])), "BANK_ACCOUNT"), "."]))


def p_card_interrupted():
    c = card()
    g = G()
    cut = ch([6, 8, 10])
    add("positive", "call/%s: card reading interrupted by chit-chat inside one turn (two spans, one value)" % ch(["retail", "insurance", "utilities"]),
        (A, "okay whenever youre ready"),
        (C, ["its ", V(" ".join(say_mixed(c[:cut], [cut])), "CARD_NUMBER", g),
             ch([" sorry hang on let me get my glasses ", " uh the kids are shouting one second ok ", " wait is it. yeah "]),
             V(say_digits(c[cut:], homo=0.2), "CARD_NUMBER", g)]))


def p_email_whisper():
    f, l = ch(FN), ch(LN)
    d, tld = ch(DOM[:3])
    t = ch(["%s-%s at %s.%s" % ("-".join(f.upper()), l.capitalize(), d.capitalize(), tld.replace(" dot ", ".")),
            "%s.%s at %s dot %s" % (f.capitalize(), l.capitalize(), d.capitalize(), tld),
            "%s %s at %s.%s" % (f, l, d, tld.replace(" dot ", "."))])
    add("positive", "call/insurance: email in Whisper styles (capitalised, hyphen-spelled, mixed dot forms)",
        (A, "What's the best email for you?"),
        (C, ["It's ", V(t, "EMAIL"), ". All one word."]))


POS += [(p_card_interrupted, 5), (p_email_whisper, 5)]
POS += [(p_whisper_commas, 5), (p_whisper_sentences, 5), (p_phone_hundred, 4), (p_double_o, 3),
        (p_ni_dotted, 5), (p_ssn_ithn, 5), (p_dob_whisper, 6), (p_sort_whisper, 5)]


# ---------------------------------------------------------------- negatives
def n_money():
    a = R.randint(20, 999)
    add("negative", "call/utilities: bill amounts spoken and ITN'd, no PII",
        (A, "your balance is \u00a3%d.%02d and the next bill is around %s pounds" % (a, R.randrange(100), num_words(R.randint(20, 99)))),
        (C, "okay so if i pay %s now that leaves about $%d" % (num_words(R.randint(100, 999)), R.randint(10, 99))))


def n_reference():
    r = digits(R.randint(7, 10), R.randint(1, 9))
    add("negative", "call/%s: reference number read out with its reference word" % ch(["retail", "insurance", "telecom"]),
        (A, "do you have a reference number"),
        (C, "yeah the %s number is %s" % (ch(["order", "claim", "ticket", "invoice"]), ch([r, say_digits(r, dbl=0.2)]))))


def n_times():
    add("negative", "call/healthcare billing: appointment date and time, not a DOB",
        (A, "I can book you in on the %s of %s at %s" % (ORD[R.randint(0, 27)], ch(MONTHS), ch(["2:30", "half ten", "ten fifteen", "9 am", "three forty five"]))),
        (C, "great the %s at %s works for me its about %d minutes from me" % (ch(["1st", "14th", "22nd", "third"]), ch(["2:30", "4 pm", "eleven"]), R.randint(10, 45))))


def n_flight():
    add("negative", "call/travel: flight number, seat, terminal, times",
        (C, "im on flight %s %s seat %d%s from terminal %d leaving at %s" % (
            ch(["BA", "EI", "FR", "ua"]), ch([str(R.randint(100, 9999)), num_words(R.randint(100, 999))]),
            R.randint(1, 40), ch("ABCDEF"), R.randint(1, 5), ch(["6:45", "seven twenty", "14:10"]))))


def n_meter():
    m = digits(5, R.randint(1, 9))
    add("negative", "call/utilities: meter reading and usage",
        (A, "can you read me the meter"),
        (C, "its %s and the night one is %s" % (ch([say_digits(m, dbl=0.3), m]), say_pairs(digits(4, R.randint(1, 9))))),
        (A, "thanks thats about %d kilowatt hours a day" % R.randint(5, 40)))


def n_model():
    add("negative", "chat/retail: model numbers and quantities",
        (C, "the %s model %s%d-%d isnt charging, bought %d of them on %d/%d" % (
            ch(["Samsung", "hp", "Dyson"]), ch(["V", "SM", "UE"]), R.randint(10, 99), R.randint(100, 9999),
            R.randint(2, 6), R.randint(1, 28), R.randint(1, 12))))


def n_percent():
    add("negative", "call/banking: interest rates, years, terms",
        (A, "the rate is %s point %s percent fixed for %s years from %s" % (
            num_words(R.randint(2, 9)), num_words(R.randint(1, 99)), num_words(R.randint(2, 5)),
            ch(["twenty twenty five", "2026", "march twenty twenty six"]))),
        (C, "and thats on the %s thousand loan" % num_words(R.randint(5, 90))))


def n_room():
    add("negative", "call/travel: hotel room, nights, price",
        (C, "were in room %s for %s nights and they charged us %d euro" % (
            ch([str(R.randint(100, 999)), num_words(R.randint(100, 599))]), num_words(R.randint(2, 9)), R.randint(90, 900))))


def n_age_temp():
    add("negative", "call/healthcare billing: ages, temperatures, doses",
        (C, "my son is %s and had a temperature of %s point %s, the nurse said %d ml every %d hours" % (
            num_words(R.randint(2, 15)), num_words(R.randint(37, 40)), DW[R.randint(1, 9)], R.randint(2, 10), R.randint(4, 8))))


def n_contract():
    add("negative", "call/telecom: contract start date and data allowance",
        (A, "your contract started on the %s of %s %d and youve used %s gig of %d" % (
            ORD[R.randint(0, 27)], ch(MONTHS), R.randint(2020, 2025), num_words(R.randint(2, 40)), ch([50, 100, 120]))),
        (C, "so it ends %s %d right"  % (ch(MONTHS), R.randint(2026, 2028))))


def n_speed():
    add("negative", "call/telecom: broadband speeds and durations",
        (C, "im only getting %s megs and its been down for %s hours, i pay %s ninety nine a month" % (
            num_words(R.randint(2, 80)), num_words(R.randint(2, 48)), num_words(R.randint(20, 60)))))


def n_last4():
    add("negative", "call/banking: counts and payment date, no identifiers",
        (A, "I can see %s payments of %s pounds going out on the %s" % (
            num_words(R.randint(2, 9)), num_words(R.randint(10, 99)), ch(["1st", "fifteenth", "28th"]))),
        (C, "yeah thats right the last one was %s" % ch(["Tuesday", "on the 3rd", "last week"])))


def n_chat_order():
    add("negative", "chat/retail: order number with hash, price and delivery slot",
        (C, "Order #%d still not here, paid \u00a3%d.%02d for next day, slot was %d-%d pm" % (
            R.randint(10000000, 99999999), R.randint(5, 300), R.randrange(100), R.randint(1, 5), R.randint(6, 9))))


def n_years():
    add("negative", "call/insurance: years, vehicle registration year, mileage",
        (C, "its a %s ford with about %s thousand miles, had it since %s" % (
            ch(["twenty eighteen", "2019", "twenty twenty one"]), num_words(R.randint(20, 99)),
            ch(["nineteen ninety nine", "2015", "twenty sixteen"]))))


def n_claim_spoken():
    r = digits(8, R.randint(1, 9))
    add("negative", "call/insurance: claim number split across turns with reference word",
        (A, "whats the claim reference"),
        (C, "claim number %s" % say_digits(r[:4], dbl=0)),
        (A, "mhm"),
        (C, "%s" % say_digits(r[4:], dbl=0)))


def n_whisper_itn():
    add("negative", "call/retail: Whisper ITN'd money, times, ordinals and counts",
        (C, "Yeah, so I called on the %s at %d:%02d, and they said $%d.%02d, but I was charged %s times. That's %d%% more." % (
            ch(["1st", "2nd", "21st", "14th"]), R.randint(1, 11), R.choice([0, 15, 30, 45]), R.randint(10, 99), R.randrange(100),
            ch(["three", "4", "two"]), R.randint(5, 60))))


def n_ticket_dash():
    add("negative", "call/telecom: ticket number ITN'd with a dash, with reference word",
        (A, "Your ticket number is %d-%d, and an engineer will call between %d and %d." % (
            R.randint(1000, 9999), R.randint(1000, 9999), R.randint(8, 11), R.randint(12, 5 + 12))),
        (C, "Okay, ticket %s. Got it." % ch(["noted", "number saved"])))


def n_chat_payment_date():
    add("negative", "chat/banking: payment date, amount and standing order count",
        (C, "I paid £%s on %02d/%02d/%d and %d/%d/%d, can u confirm both went thru? its the %s payment this yr" % (
            ch(["1,250", "875.40", "2,100.00"]), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026),
            R.randint(1, 28), R.randint(1, 12), R.randint(24, 26), ch(["3rd", "fifth", "12th"]))))


NEG = [(n_chat_payment_date, 5), (n_money, 9), (n_whisper_itn, 6), (n_ticket_dash, 5), (n_reference, 10), (n_times, 8), (n_flight, 7), (n_meter, 7), (n_model, 6),
       (n_percent, 6), (n_room, 6), (n_age_temp, 6), (n_contract, 7), (n_speed, 6), (n_last4, 6),
       (n_chat_order, 6), (n_years, 6), (n_claim_spoken, 6)]


def build():
    CASE_LIST.clear()
    _gid[0] = 0
    R.seed(SEED)
    for fn, n in POS:
        for _ in range(n):
            fn()
    pos = [c for c in CASE_LIST if c["kind"] == "positive"]
    CASE_LIST.clear()
    for fn, n in NEG:
        for _ in range(n):
            fn()
    neg = list(CASE_LIST)
    R.shuffle(pos)
    R.shuffle(neg)
    for i, c in enumerate(pos, 1):
        c["id"] = "%s-pos-%03d" % (PFX, i)
    for i, c in enumerate(neg, 1):
        c["id"] = "%s-neg-%03d" % (PFX, i)
    return pos + neg


def serialise(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"],
             "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c["spans"]],
             "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation
UKPC = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
STREET_RE = re.compile(r"(avenue|road|street|grove|lane|close|terrace|drive|way|crescent|view|court|boulevard)$", re.I)


def validate_value(typ, text):
    if typ == "EMAIL":
        return ("@" in text or " at " in text) and ("." in text or " dot " in text)
    if typ == "ADDRESS":
        return bool(re.match(r"(flat \w+ )?(\d+|[a-z]+)", text, re.I)) and bool(STREET_RE.search(text)) and \
            (bool(re.search(r"\d", text)) or any(w in text.lower().split() for w in DW + TEENS + TENS[2:]))
    if typ == "DOB":
        tl = text.lower()
        return bool(re.search(r"(19|20)\d\d", normalise(tl))) or bool(re.search(r"\d\d/\d\d/\d{4}", tl))
    if typ == "EXPIRY":
        tl = text.lower()
        if any(m in tl for m in MONTHS):
            return True
        return len(normalise(tl)) in (3, 4)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = normalise(text, letters=letters)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[a-z]{2}\d{6}[a-d]", v))
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "POSTCODE":
        return bool(UKPC.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    return False


def check(cases, text_on_disk):
    problems = []
    if serialise(cases) != text_on_disk:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        groups = {}
        byturn = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            frag = t[s["start"]:s["end"]]
            if frag != frag.strip() or not (frag[0].isalnum() or frag[0] == "+" or frag[0] == "(") or not frag[-1].isalnum():
                problems.append("%s: span edge not on token %r" % (c["id"], frag))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span starts mid-word %r" % (c["id"], frag))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span ends mid-word %r" % (c["id"], frag))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            groups.setdefault((s["_g"], s["type"]), []).append(frag)
        for tr, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % c["id"])
        for (g, typ), frags in groups.items():
            if not validate_value(typ, " ".join(frags)):
                problems.append("%s: invalid %s value %r (norm %r)" % (c["id"], typ, " ".join(frags),
                                                                        normalise(" ".join(frags), typ in ("NI_NUMBER", "IBAN", "POSTCODE"))))
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need = 30 if typ in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[typ] < need:
            problems.append("type %s has %d spans (< %d)" % (typ, counts[typ], need))
    return problems, counts, npos, nneg


README_TMPL = """# PII hold-out set 265

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or any other PII fixture; the only data looked at
was a three-line format example. Cases are produced by
`scripts/make_pii_holdout265.py` from template functions: each turn is assembled from
plain text segments and (value, TYPE) segments so offsets are computed, never typed.
All values come from one `random.Random(%(seed)d)`; the output is byte-for-byte
reproducible. `--check` regenerates and compares, checks ids, offsets, word
boundaries, overlaps, and validates each value after normalising spoken forms (Luhn,
IBAN mod-97, NI shape, SSN 9 digits, sort code 6, digit counts for CVV / phone /
account, UK postcode and US ZIP shapes).

Emphasis: phone calls as a speech recogniser such as Whisper writes them — inverse
text normalisation turning some groups into numerals while others stay words in the
same reading ("4111 1111 one one one one ..."), pairs ("forty one eleven"), "oh" /
"o" / "nought", "double" / "triple", digit homophones ("to", "for", "ate", "won"),
NATO spellings ("b for bravo"), values split over several customer turns with agent
back-channels, fillers inside readings, agent read-backs, self-corrections, two
values in one turn — plus typed chat with varied separators and case.

## Annotation conventions

* A span covers the value only: lead-ins ("its", "my number is", "expiry") are
  outside; fillers *inside* a reading ("um", "uh") are inside the span.
* A value split across turns gets one span per fragment, all with the same type.
  Chit-chat interrupting a reading inside one turn ("hang on let me get my
  glasses") is outside; each part is its own span.
* Whisper punctuation inside a reading ("07700. 900. 123", "4, 1, 1, 1") is inside
  the span; punctuation after the last token is outside.
* NATO spellings ("b for bravo") are inside NI / IBAN / postcode spans.
* EMAIL spans run from the first local-part token to the last domain token
  ("j dot doe at gmail dot com").
* ADDRESS covers house/flat number and street name only; town is outside; the
  postcode is a separate POSTCODE span.
* DOB covers the whole date phrase ("the third of march nineteen eighty four").
* EXPIRY covers month and year; CVV covers only the code. In a self-correction both
  readings are labelled.
* Agent read-backs of a value are labelled too.
* Negatives contain money, times, durations, counts, years, percentages,
  appointment/contract dates, order/claim/ticket/invoice references (with their
  reference word), flight and room numbers, model numbers, meter readings, speeds,
  ages and temperatures; nothing in them should be redacted.

## Counts

Positives: %(npos)d, negatives: %(nneg)d.

| type | spans |
|---|---|
%(rows)s
"""


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                disk = f.read()
        except OSError:
            print("missing", CASES)
            return 1
        problems, counts, npos, nneg = check(cases, disk)
        for p in problems:
            print("PROBLEM:", p)
        print("cases: %d (positive %d, negative %d)" % (len(cases), npos, nneg))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        print("check %s" % ("FAILED" if problems else "passed"))
        return 1 if problems else 0
    os.makedirs(OUT_DIR, exist_ok=True)
    _, counts, npos, nneg = check(cases, text)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    rows = "\n".join("| %s | %d |" % (k, counts[k]) for k in sorted(counts))
    with open(README, "w", encoding="utf-8") as f:
        f.write(README_TMPL % {"seed": SEED, "npos": npos, "nneg": nneg, "rows": rows})
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
