#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout180``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single random.Random seeded with 180241125).

    python scripts/make_pii_holdout180.py          # write fixture + README
    python scripts/make_pii_holdout180.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 180241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout180")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "o": "oscar", "q": "quebec", "f": "foxtrot"}


# ---------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": ("5" + str(R.randint(1, 5)), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = pre + rdig(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + rdig(6) + R.choice("ABCD")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    v = cc + "%02d" % chk + bban
    assert iban_ok(v)
    return v


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


AREA = ["212", "312", "415", "617", "713", "404", "206", "303", "602", "214", "305", "512",
        "615", "702", "919", "503", "612", "816", "313", "904"]


def us_phone():
    return R.choice(AREA) + str(R.randint(2, 9)) + rdig(2) + rdig(4)


def fmt_us_phone(p):
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s-%s-%s",
                     "1-%s-%s-%s", "+1 (%s) %s-%s"]) % (p[:3], p[3:6], p[6:])


def zipc():
    return "%05d" % R.randint(1001, 99950)


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3QW", "EH1 2NG",
         "BS8 4QD", "CF10 3AT", "NE1 7RU", "G12 8QQ", "L17 2AB", "OX4 1XY", "EC1V 9HX",
         "NW3 6TH", "BT9 5AB", "RG1 8DN", "SE15 4NP", "PO16 7GZ", "W1T 3JH"]
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")

FIRST = ["john", "maria", "kevin", "lisa", "derek", "tanya", "jose", "aisha", "brian", "megan",
         "carlos", "nina", "trevor", "dana", "sean", "priya", "grace", "liam", "olivia", "marcus"]
LAST = ["smith", "gonzalez", "obrien", "patel", "nguyen", "walker", "kowalski", "reed",
        "johnson", "murphy", "baker", "tran", "hughes", "rivera", "fisher", "coleman"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "protonmail.com", "me.com"]
STREETS = ["maple", "oak", "elm", "cedar", "pine", "washington", "lincoln", "park", "lake",
           "hillcrest", "sunset", "highland", "jefferson", "meadow", "willow", "river"]
SUFFIX = ["street", "avenue", "drive", "road", "lane", "court", "boulevard", "way", "place"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd", "lane": "Ln",
               "court": "Ct", "boulevard": "Blvd", "way": "Way", "place": "Pl"}
CITIES = ["houston", "phoenix", "columbus", "denver", "tampa", "austin", "boise", "albany",
          "fresno", "omaha"]


# ---------------------------------------------------------------- speech
def zero_word(uk=False):
    if uk:
        return R.choice(["nought", "oh", "zero", "oh"])
    return R.choice(["zero", "oh", "oh", "o"])


def say_digits(d, uk=False, doubles=True, fillers=False, homophones=False):
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        w = zero_word(uk) if c == "0" else UNITS[int(c)]
        if homophones and c in "248" and R.random() < 0.4:
            w = {"2": R.choice(["to", "too"]), "4": "for", "8": "ate"}[c]
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fillers and i < len(d) and R.random() < 0.12:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_pairs(d, uk=False):
    out = []
    if len(d) % 2:
        out.append(zero_word(uk) if d[0] == "0" else UNITS[int(d[0])])
        d = d[1:]
    for i in range(0, len(d), 2):
        out.append(say_pair(d[i:i + 2], uk))
    return " ".join(out)


def say_num(n):
    """0..9999 as words (house numbers, years)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        return UNITS[h] + " " + (say_pair("%02d" % r))
    hi, lo = divmod(n, 100)
    if n % 1000 == 0:
        return UNITS[n // 1000] + " thousand"
    if lo == 0:
        return say_num(hi) + " hundred"
    return say_num(hi) + " " + say_pair("%02d" % lo)


def say_year(y):
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_letters(s, nato_p=0.4):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        elif ch == "o" or (R.random() < nato_p and ch in NATO):
            out.append("%s for %s" % (ch, NATO[ch]))
        elif R.random() < nato_p and ch in NATO:
            out.append("%s as in %s" % (ch, NATO[ch]))
        else:
            out.append(ch)
    return " ".join(out)


def say_email(user, dom):
    u = user.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    d = dom.replace(".", " dot ")
    return re.sub(r"\s+", " ", "%s at %s" % (u, d)).strip()


def email_user():
    f, l = R.choice(FIRST), R.choice(LAST)
    return R.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(1, 99)),
                     "%s%s%d" % (f, l[0], R.randint(70, 99)), "%s.%s%d" % (l, f[0], R.randint(1, 9))])


# ---------------------------------------------------------------- normalisation (for --check)
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2",
                "for": "4", "ate": "8"})


def norm_spoken(text):
    """Turn a span's text into a compact alnum string (digits/letters)."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|\d+|[@.+_-]", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(w) == 1 and w.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2
            if toks[j] == "in":
                j += 1
            if j < len(toks) and toks[j].startswith(w):
                out.append(w)
                i = j + 1
                continue
        if w in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if w == "double" else 3))
            i += 2
            continue
        if w in TENS and w:
            v = TENS.index(w)
            if nxt in UNITS and nxt != "zero":
                out.append("%d%d" % (v, UNITS.index(nxt)))
                i += 2
            else:
                out.append("%d0" % v)
                i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if w in WORDNUM:
            out.append(WORDNUM[w])
        elif w.isdigit():
            out.append(w)
        elif len(w) == 1 and w.isalpha():
            out.append(w)
        elif w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w == "dash":
            out.append("-")
        elif w in "@._-+":
            out.append(w)
        else:
            out.append("<%s>" % w)
        i += 1
    return out


def digits_only(text):
    return "".join(x for x in norm_spoken(text) if x.isdigit())


def alnum_only(text):
    if re.search(r"\d", text):  # typed value
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    return "".join(x for x in norm_spoken(text) if x.isalnum()).upper()


def valid(typ, text):
    d = digits_only(text)
    low = text.lower()
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(d) in (3, 4)
    if typ == "EXPIRY":
        return any(m in low for m in MONTHS) or 3 <= len(d) <= 6
    if typ == "SSN":
        return len(d) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(alnum_only(text)))
    if typ == "BANK_ACCOUNT":
        return 6 <= len(d) <= 17
    if typ == "SORT_CODE":
        return len(d) == 6
    if typ == "IBAN":
        a = alnum_only(text)
        return 15 <= len(a) <= 34 and iban_ok(a)
    if typ == "PHONE":
        return 10 <= len(d) <= 13
    if typ == "EMAIL":
        if "@" in text:
            return bool(re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", text))
        s = "".join(x if not x.startswith("<") else x[1:-1] for x in norm_spoken(text))
        return bool(re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", s))
    if typ == "DOB":
        return any(m in low for m in MONTHS) or len(d) >= 4
    if typ == "POSTCODE":
        a = alnum_only(text)
        return (a.isdigit() and len(a) in (5, 9)) or bool(UK_PC_RE.match(a))
    if typ == "ADDRESS":
        has_num = bool(d)
        return has_num and any(re.search(r"\b%s\b" % s, low) for s in
                               list(SUFFIX) + [x.lower() for x in SUFFIX_ABBR.values()] + ["close", "crescent", "terrace"])
    return False


# ---------------------------------------------------------------- case builder
def build(turns):
    """turns: list of (speaker, [seg...]); seg is str or (value, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                v, typ = seg
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", v, re.S)
                text += m.group(1)
                v = m.group(2)
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": typ})
                text += v + m.group(3)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


A, C = "agent", "customer"


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    c = card()
    form = R.choice([group_card(c), group_card(c, "-"), c, group_card(c, "  ")])
    ex = "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31))
    cv = rdig(4 if c[:2] in ("34", "37") else 3)
    pre = R.choice(["Hi, can I pay my bill with card ", "card no: ", "ok here it is ",
                    "Please charge the $%d.%02d to " % (R.randint(20, 300), R.randint(0, 99))])
    return [(A, ["Sure, what card would you like to use today?"]),
            (C, [pre, (form, "CARD_NUMBER"), R.choice([" exp ", ", expires ", " exp date "]),
                 (ex, "EXPIRY"), R.choice([" cvv ", " and the code on the back is ", ", sec code "]),
                 (cv, "CVV")])], "chat/%s: typed card with expiry and CVV in one message" % R.choice(["retail", "telecom", "utilities"])


def p_card_call_split():
    c = card()
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    turns = [(A, ["okay go ahead with the long number on the front of the card"])]
    for k, g in enumerate(groups):
        pre = R.choice(["", "", "yeah ", "uh ", "okay "]) if k == 0 else R.choice(["", "", "then "])
        turns.append((C, [pre, (say_digits(g, fillers=False, homophones=R.random() < 0.3), "CARD_NUMBER")]))
        if k < len(groups) - 1:
            turns.append((A, [R.choice(["mhm", "okay go on", "yep", "got it", "uh huh", "okay"])]))
    turns.append((A, ["and the expiration date"]))
    m, y = R.randint(1, 12), R.randint(26, 31)
    ex = R.choice([say_pair("%02d" % m) + " " + say_pair("%02d" % y), MONTHS[m - 1] + " twenty " + say_pair("%02d" % y) if y >= 20 else MONTHS[m - 1],
                   zero_word() + " " + UNITS[m] + " slash " + say_pair("%02d" % y) if m < 10 else say_pair("%02d" % m) + " slash " + say_pair("%02d" % y)])
    turns.append((C, ["it's ", (ex, "EXPIRY")]))
    return turns, "call/%s: card read in groups over several turns with back-channels, spoken expiry" % R.choice(["insurance", "telecom", "retail", "healthcare billing"])


def p_card_call_one():
    c = card()
    cv = rdig(4 if c[:2] in ("34", "37") else 3)
    sp = say_digits(c, fillers=R.random() < 0.5) if R.random() < 0.6 else say_pairs(c)
    return [(A, ["can i get the card number please"]),
            (C, [R.choice(["sure it's ", "yeah so it's ", "okay um ", "it is "]), (sp, "CARD_NUMBER")]),
            (A, ["thank you and the three or four digit security code on the back"]),
            (C, [R.choice(["", "uh ", "it's "]), (say_digits(cv, doubles=False), "CVV")])], \
        "call/%s: whole card number in one ASR turn (digits or pairs) plus CVV" % R.choice(["utilities", "travel", "retail", "banking"])


def p_card_readback():
    c = card()
    sp = say_digits(c)
    sp2 = say_digits(c, doubles=False)
    return [(C, ["my card is ", (sp, "CARD_NUMBER")]),
            (A, ["let me read that back ", (sp2, "CARD_NUMBER"), " is that right"]),
            (C, ["yes that's it"])], "call/retail: agent reads the card number back"


def p_card_correction():
    c = card()
    wrong = c[:12] + "".join(str((int(x) + 3) % 10) for x in c[12:])
    return [(A, ["what's the card number"]),
            (C, [(say_digits(c[:12]), "CARD_NUMBER"), " ", (say_digits(wrong[12:]), "CARD_NUMBER"),
                 " no sorry the last four are ", (say_digits(c[12:]), "CARD_NUMBER")]),
            (A, ["okay got it"])], "call/telecom: self-correction on last four digits of card (all readings labelled)"


def p_ssn_chat():
    s = ssn()
    form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    pre = R.choice(["my ssn is ", "SSN: ", "social is ", "here's my social security # ", "ss# "])
    return [(A, ["To verify your identity I'll need your Social Security number."]),
            (C, [pre, (form, "SSN"), R.choice(["", " thanks", ". is that enough?", " - the account is under my name"])])], \
        "chat/%s: US SSN typed" % R.choice(["banking", "insurance", "government services", "healthcare billing"])


def p_ssn_call():
    s = ssn()
    style = R.choice(["digits", "digits", "groups", "mixed"])
    if style == "digits":
        sp = say_digits(s, fillers=True, homophones=R.random() < 0.4)
        turns = [(A, ["can you give me your social security number please"]),
                 (C, [R.choice(["yeah it's ", "sure ", "okay it's ", "um "]), (sp, "SSN")])]
    elif style == "groups":
        turns = [(A, ["and your social"]),
                 (C, [(say_digits(s[:3]), "SSN")]), (A, [R.choice(["mhm", "okay", "yep"])]),
                 (C, [(say_digits(s[3:5]), "SSN")]), (A, [R.choice(["go ahead", "okay go on", "uh huh"])]),
                 (C, [(say_digits(s[5:]), "SSN")])]
    else:
        sp = say_pairs(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
        turns = [(A, ["what's your social"]),
                 (C, ["it's ", (sp, "SSN"), " i think yeah"])]
    return turns, "call/%s: SSN spoken (%s)" % (R.choice(["banking", "insurance", "government services", "healthcare billing", "telecom"]), style)


def p_ssn_last4_and_full():
    s = ssn()
    return [(A, ["i can verify with the last four of your social"]),
            (C, ["oh the last four are ", (say_digits(s[5:]), "SSN"), " actually do you want the whole thing it's ",
                 (say_digits(s), "SSN")])], "call/banking: last four of SSN then the full SSN in the same turn"


def p_ni_chat():
    n = ni()
    form = R.choice(["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
                     "%s%s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
    return [(A, ["Could you confirm your National Insurance number?"]),
            (C, [R.choice(["its ", "NI no. ", "NINO ", "sure - "]), (form, "NI_NUMBER"),
                 R.choice(["", " cheers", ". I'm calling about my tax code"])])], \
        "chat/%s: UK NI number typed" % R.choice(["government services", "banking", "utilities"])


def p_ni_call():
    n = ni()
    style = R.choice(["letters", "pairs", "split"])
    lt = say_letters(n[:2], 0.6)
    if style == "letters":
        sp = lt + " " + say_digits(n[2:8], uk=True) + " " + say_letters(n[8], 0.5)
        return [(A, ["can i take your national insurance number please"]),
                (C, ["yeah it's ", (sp, "NI_NUMBER")])], "call/government services: NI number spoken with letters, nought, doubles"
    if style == "pairs":
        sp = lt + " " + say_pairs(n[2:8], uk=True) + " " + n[8].lower()
        return [(A, ["and your ni number"]),
                (C, [R.choice(["", "right so ", "erm "]), (sp, "NI_NUMBER")])], "call/banking: NI number with digits in pairs"
    return [(A, ["national insurance number when you're ready"]),
            (C, [(lt, "NI_NUMBER")]), (A, ["yep"]),
            (C, [(say_digits(n[2:5], uk=True), "NI_NUMBER")]), (A, ["mhm"]),
            (C, [(say_digits(n[5:8], uk=True) + " " + say_letters(n[8], 0.5), "NI_NUMBER"), " that's it"])], \
        "call/utilities: NI number split across turns"


def p_bank_uk():
    sc = rdig(6)
    acct = rdig(8)
    if R.random() < 0.5:
        return [(A, ["Which account should the refund go to?"]),
                (C, ["sort code ", (R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
                     " acc no ", (acct, "BANK_ACCOUNT")])], "chat/utilities: UK sort code and account number typed"
    return [(A, ["can i take the sort code"]),
            (C, [(say_pairs(sc, uk=True) if R.random() < 0.5 else say_digits(sc, uk=True), "SORT_CODE")]),
            (A, ["and the account number"]),
            (C, [R.choice(["", "it's ", "right "]), (say_digits(acct, uk=True, fillers=True), "BANK_ACCOUNT")])], \
        "call/%s: UK sort code and account number spoken" % R.choice(["insurance", "banking", "utilities"])


def p_bank_us():
    acct = rdig(R.choice([10, 11, 12]))
    segs = [R.choice(["checking account is ", "acct # ", "account number "]), (acct, "BANK_ACCOUNT")]
    if R.random() < 0.5:
        return [(A, ["what account should we set autopay up from"]),
                (C, ["my checking account number is ", (say_digits(acct, homophones=True), "BANK_ACCOUNT")])], \
            "call/utilities: US checking account spoken with homophones"
    return [(A, ["Please provide the bank account for direct deposit."]), (C, segs)], "chat/banking: US account typed"


def p_iban():
    v = iban()
    form = R.choice([group4(v), v, group4(v).lower()])
    if R.random() < 0.3:
        sp = say_letters(v[:2], 0.3) + " " + say_digits(v[2:4], uk=True) + " " + say_letters(v[4:8], 0.3) + " " + say_digits(v[8:])
        if not v[4:8].isalpha():
            sp = say_letters(v[:2], 0.3) + " " + say_digits(v[2:])
        return [(A, ["can you read me your iban"]), (C, ["okay ", (sp, "IBAN")])], "call/travel: IBAN spoken letter by letter"
    return [(A, ["Please send the IBAN for the refund."]),
            (C, ["IBAN: ", (form, "IBAN"), R.choice(["", " (joint acct)", " thanks"])])], "chat/%s: EU/UK IBAN typed" % R.choice(["travel", "insurance", "retail"])


def p_phone_us():
    p = us_phone()
    if R.random() < 0.5:
        return [(A, ["What's the best callback number?"]),
                (C, [R.choice(["", "cell is ", "you can reach me at "]), (fmt_us_phone(p), "PHONE"),
                     R.choice(["", " after 5pm", " thx"])])], "chat/telecom: US phone typed in a common format"
    sp = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + (say_digits(p[6:]) if R.random() < 0.5 else say_pairs(p[6:]))
    if R.random() < 0.3:
        sp = "one " + sp
    return [(A, ["and a good phone number for you"]),
            (C, [R.choice(["it's ", "yeah ", "my cell is "]), (sp, "PHONE")])], "call/%s: US phone spoken, last four maybe as pairs" % R.choice(["insurance", "retail", "healthcare billing"])


def p_phone_uk():
    p = "7" + rdig(9)
    if R.random() < 0.5:
        f = R.choice(["0%s %s" % (p[:4], p[4:]), "+44 %s %s" % (p[:4], p[4:]), "0%s" % p, "+44 (0)%s %s %s" % (p[:4], p[4:7], p[7:])])
        return [(A, ["Best contact number?"]), (C, [(f, "PHONE")])], "chat/utilities: UK mobile typed"
    sp = say_digits("0" + p, uk=True)
    return [(A, ["what's your mobile number"]), (C, ["it's ", (sp, "PHONE"), " ", R.choice(["", "that's my mobile"])])], "call/telecom: UK mobile spoken with nought/double"


def p_email():
    u, d = email_user(), R.choice(DOMAINS)
    if R.random() < 0.5:
        return [(A, ["Which email should we send the receipt to?"]),
                (C, [R.choice(["", "email: ", "pls use "]), (u + "@" + d, "EMAIL")])], "chat/retail: email typed"
    return [(A, ["can i get an email address for the confirmation"]),
            (C, ["sure it's ", (say_email(u, d), "EMAIL")])], "call/%s: email spoken with dot/at" % R.choice(["travel", "retail", "insurance"])


def p_dob():
    y, m, dd = R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)
    st = R.choice(["us_num", "words", "uk_words", "call_digits"])
    if st == "us_num":
        v = R.choice(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d"]) % (m, dd, y)
        return [(A, ["Can you confirm your date of birth?"]), (C, ["DOB ", (v, "DOB")])], "chat/healthcare billing: DOB typed US style"
    if st == "words":
        v = "%s %s %s" % (MONTHS[m - 1], ORD[dd], say_year(y))
        return [(A, ["and your date of birth"]), (C, [(v, "DOB")])], "call/insurance: DOB spoken month ordinal year"
    if st == "uk_words":
        v = "the %s of %s %s" % (ORD[dd], MONTHS[m - 1], say_year(y))
        return [(A, ["can you confirm your date of birth for me"]), (C, ["yeah it's ", (v, "DOB")])], "call/banking: DOB spoken UK style"
    v = say_digits("%02d" % m) + " " + say_digits("%02d" % dd) + " " + say_year(y)
    return [(A, ["date of birth"]), (C, [(v, "DOB")])], "call/government services: DOB as digits then year"


def us_address(spoken):
    num = R.randint(3, 9899)
    st, suf = R.choice(STREETS), R.choice(SUFFIX)
    if spoken:
        a = "%s %s %s" % (say_num(num) if R.random() < 0.6 else say_digits(str(num)), st, suf)
        if R.random() < 0.3:
            a += " apartment " + say_digits(str(R.randint(1, 40)))
    else:
        a = "%d %s %s" % (num, st.title(), R.choice([suf.title(), SUFFIX_ABBR[suf], SUFFIX_ABBR[suf].upper()]))
        if R.random() < 0.3:
            a += R.choice([" Apt 4B", " Unit 12", " #210"])
    return a


def p_address_us():
    z = zipc()
    if R.random() < 0.5:
        zz = z if R.random() < 0.5 else z + "-" + rdig(4)
        return [(A, ["What's the billing address on the card?"]),
                (C, [(us_address(False), "ADDRESS"), ", " + R.choice(CITIES).title() + " " + R.choice(["TX", "AZ", "OH", "CO", "FL"]) + " ",
                     (zz, "POSTCODE")])], "chat/retail: US street address with ZIP or ZIP+4"
    return [(A, ["and the address we have on file"]),
            (C, ["it's ", (us_address(True), "ADDRESS"), " in ", R.choice(CITIES)]),
            (A, ["and the zip code"]),
            (C, [(say_digits(z), "POSTCODE")])], "call/%s: US address spoken then ZIP" % R.choice(["utilities", "insurance", "telecom"])


def p_postcode_uk():
    pc = R.choice(UK_PC)
    if R.random() < 0.5:
        return [(A, ["Can I take your postcode please?"]), (C, [(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")])], "chat/utilities: UK postcode typed"
    sp = say_letters(pc.replace(" ", ""), 0.4)
    return [(A, ["and the postcode"]), (C, ["it's ", (sp, "POSTCODE")])], "call/insurance: UK postcode spelled with phonetics"


def p_zip_only_call():
    z = zipc()
    plus = rdig(4)
    return [(A, ["can i get your zip code"]),
            (C, [(say_digits(z) + " dash " + say_digits(plus) if R.random() < 0.4 else say_digits(z), "POSTCODE")]),
            (A, ["thanks and your date of birth"]),
            (C, [(R.choice(MONTHS) + " " + ORD[R.randint(1, 28)] + " " + say_year(R.randint(1950, 2000)), "DOB")])], \
        "call/healthcare billing: ZIP (maybe ZIP+4) and DOB"


def p_multi_verify():
    s = ssn()
    p = us_phone()
    return [(A, ["for security i need your social and the phone number on the account"]),
            (C, ["sure social is ", (say_digits(s), "SSN"), " and the phone is ", (say_digits(p), "PHONE")]),
            (A, ["thank you your balance is four hundred twelve dollars and sixty cents"])], \
        "call/telecom: SSN and phone in one turn, balance nearby (unlabelled)"


def p_card_with_noise():
    c = card()
    order = rdig(8)
    return [(A, ["Thanks. Order #%s is ready — how would you like to pay the $%d.%02d?" % (order, R.randint(10, 900), R.randint(0, 99))]),
            (C, ["visa ", (group_card(c), "CARD_NUMBER"), " exp ", ("%02d/%d" % (R.randint(1, 12), R.randint(2026, 2031)), "EXPIRY")])], \
        "chat/retail: card next to an order number and price (unlabelled)"


def p_ni_and_dob():
    n = ni()
    y, m, dd = R.randint(1950, 2002), R.randint(1, 12), R.randint(1, 28)
    return [(A, ["I'll need your NI number and date of birth to proceed."]),
            (C, [(n[:2] + n[2:8] + n[8], "NI_NUMBER"), " / ", ("%02d/%02d/%d" % (dd, m, y), "DOB")])], \
        "chat/government services: NI number and UK-format DOB in one message"


def p_ni_correction():
    n = ni()
    n2 = n[:7] + str((int(n[7]) + 1) % 10) + n[8]
    return [(A, ["what's your national insurance number"]),
            (C, [(say_letters(n2[:2], 0) + " " + say_digits(n2[2:8], uk=True) + " " + n2[8].lower(), "NI_NUMBER"),
                 " oh no sorry ", (say_letters(n[:2], 0) + " " + say_digits(n[2:8], uk=True) + " " + n[8].lower(), "NI_NUMBER")])], \
        "call/banking: NI number read, corrected and re-read (both labelled)"


def p_ssn_agent_readback():
    s = ssn()
    return [(C, ["my social is ", (s[:3] + " " + s[3:5] + " " + s[5:], "SSN")]),
            (A, ["thank you I have ", (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " on file, correct?"]),
            (C, ["yes"])], "chat/insurance: SSN confirmed back by agent"


def p_ssn_dash_spoken():
    s = ssn()
    sp = "%s dash %s dash %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:]))
    return [(A, ["i just need to verify the primary account holder's social security number"]),
            (C, ["okay hold on let me grab my card ", R.choice(["alright", "okay", "so"]), " it's ", (sp, "SSN"),
                 " and um do you need my husband's too"])], "call/government services: SSN spoken with 'dash' separators and chit-chat"


def p_ssn_chat_typo():
    s = ssn()
    form = R.choice(["%s-%s-%s", "%s %s-%s", "%s--%s--%s", "%s/%s/%s"]) % (s[:3], s[3:5], s[5:])
    amt = "$%d.%02d" % (R.randint(40, 900), R.randint(0, 99))
    return [(C, [R.choice(["hi i got a bill for ", "Hello, why was I charged "]), amt,
                 R.choice([" and my ssn is ", " ?? ssn ", ". SS # "]), (form, "SSN"),
                 R.choice([" acct is under my name", " pls help", ""])]),
            (A, ["Thank you, I've located the account. The %s charge is from %s %d." % (amt, MONTHS[R.randint(0, 11)].title(), R.randint(1, 28))])], \
        "chat/healthcare billing: SSN typed with unusual separators next to a money amount"


def p_phone_area_split():
    p = us_phone()
    return [(A, ["what's a good number to reach you"]),
            (C, ["area code ", (say_digits(p[:3]), "PHONE")]), (A, [R.choice(["okay", "mhm", "go ahead"])]),
            (C, [(say_digits(p[3:6]) + " " + R.choice([say_digits(p[6:]), say_pairs(p[6:])]), "PHONE")]),
            (A, ["and is that a mobile"]), (C, ["yeah that's my cell"])], "call/insurance: US phone split: area code then number"


def p_address_chat_lower():
    z = zipc()
    num = R.randint(10, 29999)
    st, suf = R.choice(STREETS), R.choice(SUFFIX)
    addr = "%d %s %s" % (num, st, R.choice([suf, SUFFIX_ABBR[suf].lower()]))
    return [(A, ["Can you confirm the shipping address?"]),
            (C, ["its ", (addr, "ADDRESS"), " " + R.choice(CITIES) + " ", (z + R.choice(["", "-" + rdig(4)]), "POSTCODE"),
                 R.choice([" the package was 2 days late", " order 4 items", ""])])], "chat/retail: lower-case US address and ZIP with counts nearby"


def p_card_amex_call():
    c = card()
    while not c.startswith(("34", "37")):
        c = card()
    cv = rdig(4)
    return [(A, ["go ahead with the card number"]),
            (C, ["it's an amex so it's ", (say_digits(c[:4]) + " " + say_digits(c[4:10]), "CARD_NUMBER")]),
            (A, ["mhm"]), (C, [(say_digits(c[10:]), "CARD_NUMBER")]),
            (A, ["and the four digit code on the front"]), (C, [(say_pairs(cv), "CVV")]),
            (A, ["and the expiration"]), (C, [(MONTHS[R.randint(0, 11)] + " of " + say_year(R.randint(2026, 2030)), "EXPIRY")])], \
        "call/travel: amex 4-6-5 grouping over turns, CID in pairs, expiry month of year"


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(DOMAINS)
    sp = say_letters(f[0], 0.8) + " " + l + " " + say_digits(str(R.randint(10, 99))) + " at " + d.replace(".", " dot ")
    return [(A, ["and an email address"]),
            (C, [(sp, "EMAIL"), " that's ", l, " like it sounds"])], "call/telecom: email with spelled initial and digits"


def p_dob_and_zip_chat():
    y, m, dd = R.randint(1945, 2003), R.randint(1, 12), R.randint(1, 28)
    z = zipc()
    return [(A, ["For verification, please provide your date of birth and ZIP code."]),
            (C, [("%s %d, %d" % (MONTHS[m - 1].title()[:3], dd, y), "DOB"), " and ", (z, "POSTCODE"),
                 ". my appointment is on %d/%d" % (R.randint(1, 12), R.randint(1, 28))])], "chat/healthcare billing: DOB, ZIP and an appointment date (unlabelled)"


POS_TEMPLATES = [
    (p_card_chat, 12), (p_card_call_split, 12), (p_card_call_one, 12), (p_card_readback, 4),
    (p_card_correction, 3), (p_ssn_chat, 14), (p_ssn_call, 16), (p_ssn_last4_and_full, 4),
    (p_ni_chat, 12), (p_ni_call, 14), (p_bank_uk, 14), (p_bank_us, 8), (p_iban, 14),
    (p_phone_us, 12), (p_phone_uk, 6), (p_email, 14), (p_dob, 10), (p_address_us, 14),
    (p_postcode_uk, 6), (p_zip_only_call, 6), (p_multi_verify, 5), (p_card_with_noise, 5),
    (p_ni_and_dob, 4), (p_ni_correction, 3), (p_ssn_agent_readback, 3),
    (p_ssn_dash_spoken, 6), (p_ssn_chat_typo, 6), (p_phone_area_split, 6), (p_address_chat_lower, 6),
    (p_card_amex_call, 4), (p_email_spelled, 5), (p_dob_and_zip_chat, 5),
]


# ---------------------------------------------------------------- negative templates
IND = {"policy": "insurance", "member": "healthcare billing", "claim": "insurance", "tracking": "retail",
       "invoice": "utilities", "ticket": "telecom", "order": "retail", "reference": "government services",
       "case": "government services", "group": "healthcare billing", "prescription": "healthcare billing",
       "RMA": "retail", "confirmation": "travel", "work": "utilities"}


def n_policy():
    pol = rdig(R.choice([7, 8, 9, 10]))
    word = R.choice(["policy number", "member ID", "claim number", "tracking number", "invoice number", "ticket number", "order number", "reference number", "case number"])
    if R.random() < 0.5:
        return [(A, ["Can I have your %s?" % word]), (C, ["%s is %s" % (word.capitalize(), pol)])], "chat/%s: %s typed (not PII)" % (IND.get(word.split()[0], "retail"), word)
    return [(A, ["what's the %s" % word]), (C, ["the %s is %s" % (word, say_digits(pol))])], "call/%s: %s spoken (not PII)" % (IND.get(word.split()[0], "retail"), word)


def n_money():
    a, b = R.randint(12, 4999), R.randint(1, 99)
    if R.random() < 0.5:
        return [(A, ["Your balance is $%d.%02d and the minimum payment is $%d." % (a, b, R.randint(25, 90))]),
                (C, ["ok can I pay $%d today and the rest on the %s?" % (R.randint(10, 200), ORD[R.randint(1, 28)])])], "chat/banking: money amounts and payment date"
    return [(A, ["your current balance is %s dollars and %s cents" % (say_num(a), say_num(b))]),
            (C, ["okay and when is that due"]), (A, ["it's due on %s %s" % (R.choice(MONTHS), ORD[R.randint(1, 28)])])], "call/utilities: balance spoken, due date"


def n_times():
    return [(A, ["we can send a technician on %s the %s between %s and %s" % (R.choice(["monday", "tuesday", "thursday"]), ORD[R.randint(1, 28)], say_num(R.randint(8, 11)), say_num(R.randint(12, 5) if False else R.randint(1, 5)))]),
            (C, ["that works i'm home after %s thirty" % say_num(R.randint(1, 11))]),
            (A, ["great it should take about %s minutes" % say_num(R.choice([45, 30, 90]))])], "call/telecom: appointment times and durations"


def n_flight():
    fl = R.choice(["UA", "AA", "DL", "BA", "EI", "FR"]) + str(R.randint(10, 2999))
    return [(A, ["I see you're on flight %s departing at %d:%02d from gate B%d." % (fl, R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 40))]),
            (C, ["yes and I need to add a bag, it's about %d pounds" % R.randint(30, 70)])], "chat/travel: flight number, times, gate, weight"


def n_flight_call():
    return [(A, ["you're booked on flight %s %s leaving at %s" % (R.choice(["united", "delta", "american"]), say_num(R.randint(100, 2999)), say_num(R.randint(1, 11)) + " " + say_pair("%02d" % R.choice([15, 30, 45])))]),
            (C, ["and the hotel is room %s right" % say_num(R.randint(101, 1299))])], "call/travel: flight and room numbers spoken"


def n_meter():
    r = rdig(5)
    return [(A, ["can you read me the meter"]),
            (C, ["yeah it says %s" % say_digits(r)]),
            (A, ["thanks that's %s kilowatt hours since the last reading on %s %s" % (say_num(R.randint(200, 999)), MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)])])], "call/utilities: meter reading and usage"


def n_model():
    return [(C, ["My router model %s-%d keeps dropping, speed is %d Mbps instead of %d" % (R.choice(["RT", "AX", "NG"]), R.randint(1000, 9999), R.randint(3, 40), R.choice([300, 500, 940]))]),
            (A, ["Sorry about that. Ticket #%s has been opened; expect a fix within %d hours." % (rdig(7), R.randint(2, 72))])], "chat/telecom: model number, speeds, ticket number"


def n_dates():
    y = R.randint(2019, 2026)
    return [(A, ["your contract started on %s %s %s and runs for %s months" % (MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)], say_year(y), say_num(R.choice([12, 18, 24])))]),
            (C, ["oh i thought it was two years"])], "call/telecom: contract start date (not DOB), durations"


def n_age():
    return [(C, ["i'm %s years old and my son is %s does that change the premium" % (say_num(R.randint(25, 80)), say_num(R.randint(3, 17)))]),
            (A, ["it goes up about %s percent so roughly %s dollars a month" % (say_num(R.randint(2, 15)), say_num(R.randint(10, 90)))])], "call/insurance: ages, percentages, prices"


def n_tracking():
    return [(A, ["Your package tracking number is %s and it should arrive by %s pm on %s/%s." % (rdig(10), R.randint(1, 8), R.randint(1, 12), R.randint(1, 28))]),
            (C, ["Great, it's %d items right?" % R.randint(2, 9)])], "chat/retail: tracking number, time, delivery date, count"


def n_claim_call():
    return [(A, ["your claim number is %s and the deductible is %s dollars" % (say_digits(rdig(8)), say_num(R.choice([250, 500, 1000, 2500])))]),
            (C, ["okay and the member id on my card is %s" % say_digits(rdig(9))]),
            (A, ["yes that member id matches"])], "call/healthcare billing: claim and member ID numbers spoken"


def n_temperature():
    return [(C, ["the heat is set to %d but the house is only %d degrees" % (R.randint(68, 74), R.randint(55, 64))]),
            (A, ["Thanks. I've logged service request %s for %s." % (rdig(8), R.choice(["tomorrow", "Friday", "Monday"]))])], "chat/utilities: temperatures and service request number"


def n_year():
    y = R.randint(2005, 2024)
    return [(C, ["i bought the car in %s it's a %s model with %s miles" % (say_year(y), say_year(y - 1), say_num(R.randint(20, 99)) + " thousand")]),
            (A, ["okay and the vehicle is covered until %s" % say_year(R.randint(2026, 2030))])], "call/insurance: years, mileage"


def n_chitchat_numbers():
    return [(A, ["can you give me the last four of the card on file"]),
            (C, ["um i don't have it with me sorry"]),
            (A, ["no problem i can also verify with the amount of your last payment"]),
            (C, ["it was %s dollars on the %s" % (say_num(R.randint(30, 400)), ORD[R.randint(1, 28)])])], "call/banking: verification by payment amount, no PII given"


def n_us_refs():
    kind = R.choice([("group number", rdig(6)), ("prescription number", rdig(7)), ("RMA number", rdig(8)),
                     ("confirmation number", rdig(9)), ("order number", rdig(8)),
                     ("work order", rdig(10)), ("ticket number", rdig(9))])
    return [(A, ["your %s is %s" % (kind[0], say_digits(kind[1]) if R.random() < 0.5 else say_pairs(kind[1]))]),
            (C, ["okay let me write that down %s" % R.choice(["thanks", "hang on", "got it"])])], "call/%s: US %s (not PII)" % (IND.get(kind[0].split()[0], "retail"), kind[0])


def n_chat_prices():
    nl = R.randint(2, 6)
    return [(C, ["is the $%d.99 plan still available? I have %d lines and use about %d GB" % (R.randint(30, 90), nl, R.randint(5, 50))]),
            (A, ["Yes! With %d lines it's $%d/mo, saving %d%% vs last year. Promo ends 12/31." % (nl, R.randint(100, 240), R.randint(5, 30))])], "chat/telecom: prices, counts, percentages, a promo end date"


def n_speed_distance():
    return [(C, ["the guy was going like %s miles an hour and hit my car at %s in the morning" % (say_num(R.randint(30, 80)), say_num(R.randint(6, 11)))]),
            (A, ["okay i've opened claim %s and a rental is covered for %s days up to %s dollars a day" % (say_digits(rdig(8)), say_num(R.randint(5, 30)), say_num(R.randint(30, 60)))])], "call/insurance: speed, time, claim number, day count, daily limit"


NEG_TEMPLATES = [(n_policy, 20), (n_money, 10), (n_times, 8), (n_flight, 6), (n_flight_call, 6),
                 (n_meter, 7), (n_model, 7), (n_dates, 7), (n_age, 6), (n_tracking, 8),
                 (n_claim_call, 8), (n_temperature, 5), (n_year, 6), (n_chitchat_numbers, 4),
                 (n_us_refs, 10), (n_chat_prices, 6), (n_speed_distance, 6)]


# ---------------------------------------------------------------- assembly
def generate():
    R.seed(SEED)
    lines, pos, neg = [], [], []
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            pos.append(fn)
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            neg.append(fn)
    R.shuffle(pos)
    R.shuffle(neg)
    for i, fn in enumerate(pos, 1):
        turns, note = fn()
        t, s = build(turns)
        lines.append({"id": "h180-pos-%03d" % i, "kind": "positive", "turns": t, "spans": s, "note": note})
    for i, fn in enumerate(neg, 1):
        turns, note = fn()
        t, s = build(turns)
        assert not s
        lines.append({"id": "h180-neg-%03d" % i, "kind": "negative", "turns": t, "spans": [], "note": note})
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in lines), lines


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout180 — held-out PII redaction evaluation set

**Never use this set for tuning.**  It is a held-out set: do not adjust the
redactor, its patterns or thresholds by looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did **not** see
the redaction code, its tests, its docs or any other PII fixture (only a
3-line format example).  All cases are generated by
`scripts/make_pii_holdout180.py` from template functions; each turn is
assembled from plain-text segments and `(value, TYPE)` segments so span
offsets are computed, never typed by hand.  All values come from one
`random.Random(180241125)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout180.py --check` regenerates and verifies.

Emphasis: mostly US contact centres (SSNs typed and spoken, ZIP and ZIP+4,
US phone formats, US street addresses, card payments by phone), plus UK/IE/EU
cases (NI numbers, sort codes, IBANs, UK postcodes and mobiles).  Chat cases
are typed text; call cases imitate ASR output (lower case, numbers as words,
"oh"/"o"/"nought" for zero, "double"/"triple", pairs such as "forty one",
homophones "to"/"too"/"for"/"ate", fillers "um"/"uh" inside readings,
letters as "b for bravo", values split over turns with back-channels).

## Annotation conventions

* A span covers exactly the value: the digits/letters and any separators,
  spoken digit words, "double"/"triple", fillers and phonetic spellings
  ("j for juliet") *between* the first and last token of the value.  Lead-in
  words ("it's", "my social is", "exp") are outside the span.
* A value split over several turns is labelled once per turn (each part its
  own span, same type).  Agent read-backs of a value are labelled too.
* Self-corrections: both the wrong and the corrected readings are labelled.
* Card expiry is EXPIRY only next to a card; DOB only when asked/stated as a
  date of birth.  ZIP+4 (typed "12345-6789" or spoken "... dash ...") is one
  POSTCODE span.  US address spans cover house number, street name and
  suffix (and apartment when given), not city/state/ZIP; the ZIP is a
  separate POSTCODE span.  UK sort codes are SORT_CODE, account numbers
  BANK_ACCOUNT.
* Non-PII numbers in positive cases (balances, order numbers, prices) are
  deliberately unlabelled.  Negative cases contain only lookalikes (policy,
  member, claim, tracking, ticket, invoice, order numbers with their names;
  money; times; durations; flight/room/model numbers; meter readings; ages;
  temperatures; non-birth dates) and have no spans.

## Counts

Positive cases: %d, negative cases: %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, rows)


def partition_ok(typ, texts):
    """Split values are validated jointly; a reading that is immediately
    replaced (self-correction of same length, or a part repeated inside the
    next reading, e.g. last four then the full number) may be skipped."""
    n = len(texts)
    for k in range(n - 1):  # a corrected reading replaced by the next one
        if len(alnum_only(texts[k])) == len(alnum_only(texts[k + 1])) and n > 2:
            if valid(typ, " ".join(texts[:k] + texts[k + 1:])):
                return True
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, n + 1):
            if valid(typ, " ".join(texts[i:j])):
                ok[j] = True
        if i + 1 < n:
            a, b = alnum_only(texts[i]), alnum_only(texts[i + 1])
            if a and (len(a) == len(b) or b.endswith(a) or b.startswith(a)):
                ok[i + 1] = True
    return ok[n]


def check_all(text, cases):
    problems = []
    ids = set()
    for case in cases:
        if case["id"] in ids:
            problems.append("duplicate id %s" % case["id"])
        ids.add(case["id"])
        if case["kind"] == "negative" and case["spans"]:
            problems.append("%s: negative with spans" % case["id"])
        if case["kind"] == "positive" and not case["spans"]:
            problems.append("%s: positive without spans" % case["id"])
        prev = None
        for s in sorted(case["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (case["id"], s["type"]))
            if not 0 <= s["turn"] < len(case["turns"]):
                problems.append("%s: turn out of range" % case["id"])
                continue
            t = case["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % case["id"])
                continue
            if not (t[s["start"]].isalnum() and t[s["end"] - 1].isalnum()):
                problems.append("%s: span does not start/end on alnum: %r" % (case["id"], t[s["start"]:s["end"]]))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary" % case["id"])
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary" % case["id"])
            if prev and prev["turn"] == s["turn"] and s["start"] < prev["end"]:
                problems.append("%s: overlapping spans" % case["id"])
            prev = s
        # value validation: group consecutive same-type spans (split values)
        sp = case["spans"]
        i = 0
        while i < len(sp):
            j = i
            while j + 1 < len(sp) and sp[j + 1]["type"] == sp[i]["type"]:
                j += 1
            grp = sp[i:j + 1]
            texts = [case["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in grp]
            typ = sp[i]["type"]
            if not partition_ok(typ, texts):
                problems.append("%s: invalid %s value(s): %r" % (case["id"], typ, texts))
            i = j + 1
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans < %d" % (t, c[t], need))
    return problems, c, npos, nneg


def main():
    text, cases = generate()
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        problems = []
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append("%s differs from regenerated output" % path)
            except OSError as e:
                problems.append("cannot read %s: %s" % (path, e))
        with open(CASES, encoding="utf-8") as f:
            on_disk = [json.loads(l) for l in f if l.strip()]
        p2, c, npos, nneg = check_all(text, on_disk)
        problems += p2
        print("pii_holdout180: %d positives, %d negatives, %d spans" % (npos, nneg, sum(c.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        if problems:
            for p in problems:
                print("PROBLEM:", p)
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()
