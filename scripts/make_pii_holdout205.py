#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h205 (UK/IE emphasis).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(seeded random.Random(205241125)).

    python scripts/make_pii_holdout205.py          # write fixture + README
    python scripts/make_pii_holdout205.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 205241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout205")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "i": "india", "o": "oscar", "q": "quebec",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x ray", "y": "yankee",
        "z": "zulu"}
WORDNAMES = {"a": "apple", "b": "bertie", "c": "charlie", "d": "dog", "e": "edward",
             "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
             "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "xray", "y": "yellow", "z": "zebra", "g": "george"}


def zero_word(z):
    return z or R.choice(["oh", "oh", "zero", "o", "nought"])


def say_digits(s, zero=None, doubles=0.5):
    """digit by digit, with optional double/triple compression"""
    z = zero_word(zero)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = z if d == "0" else ONES[int(d)]
        if run == 3 and R.random() < doubles:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and R.random() < doubles:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, zero=None):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(zero) + " " + ONES[b] if b else zero_word(zero) + " " + zero_word(zero)
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(s, zero=None):
    parts = []
    i = 0
    while i < len(s):
        if i + 2 <= len(s):
            parts.append(say_pair(s[i:i + 2], zero))
            i += 2
        else:
            parts.append(say_digits(s[i:], zero))
            i += 1
    return " ".join(parts)


def say_mixed(s, zero=None):
    """random mix of digit-by-digit and pairs, chunked by 2/3/4"""
    out = []
    i = 0
    while i < len(s):
        n = R.choice([2, 3, 4])
        chunk = s[i:i + n]
        if len(chunk) == 2 and chunk[0] != "0" and R.random() < 0.6:
            out.append(say_pair(chunk, zero))
        elif len(chunk) == 4 and chunk[0] != "0" and chunk[2] != "0" and R.random() < 0.4:
            out.append(say_pairs(chunk, zero))
        else:
            out.append(say_digits(chunk, zero))
        i += n
    return " ".join(out)


def say_letter(c, style):
    c = c.lower()
    if style == "plain":
        return c
    if style == "nato":
        return "%s for %s" % (c, NATO[c])
    if style == "as":
        return "%s as in %s" % (c, WORDNAMES.get(c, NATO[c]))
    return c


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

# ---------------------------------------------------------------- value makers


def luhn_fill(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


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


def card():
    k = R.random()
    if k < 0.45:
        return luhn_fill("4" + R.choice(["0", "1", "5", "6", "9"]), 16)
    if k < 0.8:
        return luhn_fill("5" + R.choice("12345"), 16)
    if k < 0.9:
        return luhn_fill(R.choice(["34", "37"]), 15)
    return luhn_fill("2" + R.choice(["22", "23", "27"]), 16)


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban(country=None):
    country = country or R.choice(["GB", "IE", "IE", "GB", "DE", "FR", "NL"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if country == "GB" else R.choice(["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(10) + "".join(R.choice("ABCDEFGH0123456789") for _ in range(11)) + digits(2)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    return country + iban_check(country, bban) + bban


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD and p != "ER":
            return p + digits(6) + R.choice("ABCD")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def uk_mobile():
    return "07" + R.choice(["700", "711", "723", "747", "766", "799", "912", "830", "506"]) + digits(6)


def uk_land():
    return R.choice(["020" + R.choice("378") + digits(7), "0161" + digits(7), "0113" + digits(7),
                     "0141" + digits(7), "0117" + digits(7), "028" + "90" + digits(6),
                     "01632" + digits(6)])


def ie_mobile():
    return "08" + R.choice("35679") + digits(7)


def ie_land():
    return R.choice(["01" + digits(7), "021" + digits(7), "091" + digits(6), "061" + digits(6)])


POST_AREAS = [("SW", 1, 19), ("SE", 1, 28), ("N", 1, 22), ("NW", 1, 11), ("E", 1, 18),
              ("W", 2, 14), ("M", 1, 60), ("B", 1, 99), ("LS", 1, 29), ("G", 1, 84),
              ("EH", 1, 55), ("CF", 3, 83), ("BT", 1, 94), ("BS", 1, 49), ("L", 1, 40),
              ("NG", 1, 25), ("CB", 1, 25), ("BN", 1, 45), ("RG", 1, 45), ("KT", 1, 24),
              ("DN", 1, 40), ("PL", 1, 35), ("TR", 1, 27), ("YO", 1, 62), ("S", 1, 75)]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a, lo, hi = R.choice(POST_AREAS)
    if a == "YO":  # contains O; keep only typed
        pass
    return "%s%d %d%s%s" % (a, R.randint(lo, hi), R.randint(1, 9), R.choice(INWARD_L), R.choice(INWARD_L))


EIR_KEYS = ["D02", "D04", "D06", "D6W", "D08", "D12", "D15", "D18", "D24", "T12", "T23",
            "H91", "V94", "A65", "A94", "K78", "W91", "X91", "F92", "R95", "N91", "Y35"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def eircode():
    return R.choice(EIR_KEYS) + " " + "".join(R.choice(EIR_CH) for _ in range(4))


def zipcode():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["Carlton Road", "Victoria Street", "Church Lane", "Station Road", "Mill Lane",
           "Park Avenue", "Queens Drive", "Kingsway", "Albert Terrace", "Meadow Close",
           "Orchard Way", "Hawthorn Crescent", "St Marys Road", "Castle Street", "High Street",
           "Beechwood Grove", "Harbour View", "Seaview Park", "Main Street", "Abbey Road",
           "Willow Gardens", "Clontarf Road", "Ashfield Avenue", "Bridge Street", "Manor Court"]
US_STREETS = ["Maple Avenue", "Oak Street", "Elm Drive", "Sunset Boulevard", "Pine Court",
              "Washington Street", "Lakeview Drive", "Cedar Lane"]
STREET_SUFFIX = ("road", "street", "lane", "avenue", "drive", "terrace", "close", "way",
                 "crescent", "grove", "view", "park", "court", "gardens", "kingsway", "boulevard",
                 "rd", "st", "ave")
TOWNS = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "Dublin",
         "Cork", "Galway", "Limerick", "Brighton", "Reading", "Nottingham", "Sheffield"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
FIRST = ["sarah", "john", "aoife", "ciaran", "priya", "tom", "niamh", "david", "emma",
         "liam", "fatima", "gareth", "siobhan", "mark", "claire", "declan"]
LAST = ["murphy", "kelly", "smith", "jones", "patel", "obrien", "walsh", "evans",
        "byrne", "taylor", "hughes", "doyle", "khan", "reilly"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    return str(n)

# ---------------------------------------------------------------- case builder


CASES_OUT = []
GROUPS = {}   # case id -> list of span groups (list of span indices)


def build(kind, turns, note, groups=None):
    """turns: list of (speaker, [segments]); segment = str | (value, TYPE) | (value, TYPE, gid)"""
    prefix = "h205-pos-" if kind == "positive" else "h205-neg-"
    n = sum(1 for c in CASES_OUT if c["kind"] == kind) + 1
    cid = "%s%03d" % (prefix, n)
    out_turns, spans, gmap = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                gid = seg[2] if len(seg) > 2 else None
                st = len(text)
                text += val
                idx = len(spans)
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                key = gid if gid is not None else ("solo", idx)
                gmap.setdefault(key, []).append(idx)
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    GROUPS[cid] = list(gmap.values())


def P(turns, note):
    build("positive", turns, note)


def N(turns, note):
    build("negative", turns, note)


A, C = "agent", "customer"
BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yes go ahead"]
FILL = ["um ", "uh ", "erm ", "", "", ""]

# ---------------------------------------------------------------- positive templates


def card_spoken_oneturn():
    c = card()
    sp = say_digits(c) if R.random() < 0.5 else say_mixed(c)
    ind = R.choice(["call/telecom", "call/utilities", "call/retail", "call/insurance", "call/travel"])
    P([(A, ["can i take the long number across the front of the card please"]),
       (C, [R.choice(["yeah it's ", "okay so it's ", "right ", "it's "]), (sp, "CARD_NUMBER"), R.choice(["", " that's it", " did you get that"])])],
      ind + ": card read out in one ASR turn, mixed digit/pair forms")


def card_split_turns():
    c = card()
    sizes = [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5]
    parts, i = [], 0
    for n in sizes:
        parts.append(c[i:i + n]); i += n
    turns = [(A, ["okay go ahead with the card number when you're ready"])]
    for k, p in enumerate(parts):
        lead = R.choice(FILL) if k else R.choice(["right ", "so ", "okay ", ""])
        tail = R.choice(["", "", " um", " yeah"])
        sp = say_digits(p) if R.random() < 0.6 else say_pairs(p) if p[0] != "0" else say_digits(p)
        turns.append((C, [lead, (sp, "CARD_NUMBER", "c"), tail]))
        if k < len(parts) - 1:
            turns.append((A, [R.choice(BACK)]))
    P(turns, R.choice(["call/banking", "call/utilities", "call/travel", "call/retail"]) + ": card split over customer turns with back-channels")


def card_typed():
    c = card()
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    form = group(c, [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5], sep)
    lead = R.choice(["Hi, can I pay my bill with card ", "card no: ", "my card is ", "Card number - ", "pls use ", "its "])
    tail = R.choice([" thanks", " ty", "", ". Is that ok?", " (visa debit)"])
    P([(C, [lead, (form, "CARD_NUMBER"), tail])], R.choice(["chat/telecom", "chat/retail", "chat/utilities", "chat/banking"]) + ": card typed with separator %r" % sep)


def card_full_payment():
    c = card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = digits(4 if c[:2] in ("34", "37") else 3)
    exp_sp = say_pair("%02d" % mm) + " " + say_pair(str(yy)) if R.random() < 0.5 else "%s twenty %s" % (MONTHS[mm - 1], num_words(yy))
    amt = "%s pounds %s" % (num_words(R.randint(12, 480)), num_words(R.randint(10, 99)))
    P([(A, ["so that's a payment of ", amt, " today can i take the card number"]),
       (C, [(say_mixed(c), "CARD_NUMBER")]),
       (A, ["thank you and the expiry date"]),
       (C, [R.choice(["it's ", "expires ", "um "]), (exp_sp, "EXPIRY")]),
       (A, ["and the security code the last three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"]),
       (C, [(say_digits(cvv), "CVV")])],
      R.choice(["call/utilities", "call/telecom", "call/insurance"]) + ": full card payment by phone with amount (unlabelled) then expiry and cvv")


def card_chat_full():
    c = card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = digits(3)
    exp = R.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%d" % (mm, yy)])
    form = group(c, [4, 4, 4, 4], R.choice([" ", ""])) if len(c) == 16 else c
    P([(A, ["Please send the card number, expiry and CVV"]),
       (C, [(form, "CARD_NUMBER"), R.choice([" exp ", " expiry ", ", "]), (exp, "EXPIRY"), R.choice([" cvv ", " code ", " sec code "]), (cvv, "CVV")])],
      R.choice(["chat/retail", "chat/travel", "chat/telecom"]) + ": card, expiry and cvv in one typed message")


def card_readback():
    c = card()
    last = c[-4:]
    P([(C, ["the card is ", (say_digits(c), "CARD_NUMBER")]),
       (A, ["so just to confirm that's ", (say_digits(c, doubles=0), "CARD_NUMBER"), " yes"]),
       (C, ["yes that's right"])],
      "call/banking: agent reads the full card back")


def card_selfcorrect():
    c = card()
    wrong = str((int(c[8]) + 3) % 10)
    P([(A, ["and the card number please"]),
       (C, [(say_digits(c[:8]), "CARD_NUMBER", "c"), " ", (ONES[int(wrong)], "CARD_NUMBER", "x"), " no sorry ", (say_digits(c[8:]), "CARD_NUMBER", "c")])],
      "call/retail: self-correction inside a card reading (mistaken digit also labelled)")


def cvv_exp_chat():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%02d/%02d" % (mm, yy), "%s %d" % (MONTHS[mm - 1][:3].title(), 2000 + yy), "%02d%02d" % (mm, yy)])
    cvv = digits(3)
    P([(A, ["Could you confirm the expiry date and the 3 digit security code?"]),
       (C, ["expiry is ", (exp, "EXPIRY"), " and the code on the back is ", (cvv, "CVV")])],
      "chat/travel: expiry and cvv with context words")


def cvv_split():
    cvv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    P([(A, ["whats the expiry on the card"]),
       (C, ["the end of ", (MONTHS[mm - 1] + " " + num_words(yy), "EXPIRY"), " i think yeah ", (say_pair("%02d" % mm) + " slash " + num_words(yy), "EXPIRY")]),
       (A, ["lovely and the three digits on the back"]),
       (C, ["hang on i need my glasses"]), (A, ["no problem"]),
       (C, [R.choice(["it's ", "okay ", ""]), (say_digits(cvv), "CVV")])],
      "call/insurance: expiry said twice in two forms; cvv after a pause")


def ni_typed():
    v = ni()
    form = R.choice([
        "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]),
        v, v.lower(), "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]),
        "%s %s %s" % (v[:2], v[2:8], v[8]), "%s%s %s" % (v[:2], v[2:8], v[8].lower()),
        "%s %s%s%s %s" % (v[:2].lower(), v[2:4], v[4:6], v[6:8], v[8]),
    ])
    lead = R.choice(["my NI number is ", "NI no. ", "National Insurance: ", "its ", "NINO ", "ni num "])
    P([(A, ["Can you confirm your National Insurance number?"]), (C, [lead, (form, "NI_NUMBER"), R.choice(["", " thanks", ".", " x"])])],
      R.choice(["chat/government", "chat/banking", "chat/payroll", "chat/pensions"]) + ": NI number typed %s" % ("mixed case" if form != form.upper() else "upper"))


def ni_spoken():
    v = ni().lower()
    st = R.choice(["plain", "nato", "as", "plain"])
    letters = say_letter(v[0], st) + " " + say_letter(v[1], st)
    dig = v[2:8]
    dsp = R.choice([say_digits(dig), say_pairs(dig) if dig[0] != "0" and dig[2] != "0" and dig[4] != "0" else say_digits(dig), say_mixed(dig)])
    suf = say_letter(v[8], st)
    P([(A, ["and your national insurance number please"]),
       (C, [R.choice(["yeah it's ", "it is ", "okay ", "um "]), (letters + " " + dsp + " " + suf, "NI_NUMBER")])],
      R.choice(["call/government", "call/pensions", "call/benefits", "call/banking"]) + ": NI number spoken, letter style %s" % st)


def ni_split():
    v = ni().lower()
    st = R.choice(["plain", "nato", "as"])
    P([(A, ["can i take your national insurance number"]),
       (C, [R.choice(["okay it starts ", "right it's ", ""]), (say_letter(v[0], st) + " " + say_letter(v[1], st), "NI_NUMBER", "n")]),
       (A, [R.choice(BACK)]),
       (C, [(say_pairs(v[2:4]) if v[2] != "0" and v[3] != "0" else say_digits(v[2:4]), "NI_NUMBER", "n"), " ", (say_digits(v[4:8]), "NI_NUMBER", "n")]),
       (A, ["and the letter at the end"]),
       (C, ["it's ", (say_letter(v[8], st), "NI_NUMBER", "n")])],
      "call/government: NI number split over turns, suffix letter asked for separately")


def ni_readback():
    v = ni().lower()
    P([(C, ["it's ", (" ".join(v[:2]) + " " + say_digits(v[2:8]) + " " + v[8], "NI_NUMBER")]),
       (A, ["so that's ", (say_letter(v[0], "nato") + " " + say_letter(v[1], "nato") + " " + say_pairs(v[2:8]) + " " + say_letter(v[8], "nato") if v[2] != "0" and v[4] != "0" and v[6] != "0" else say_letter(v[0], "nato") + " " + say_letter(v[1], "nato") + " " + say_digits(v[2:8]) + " " + say_letter(v[8], "nato"), "NI_NUMBER"), " is that correct"]),
       (C, ["yes"])],
      "call/pensions: NI read back by agent with phonetic alphabet")


def ni_with_dob():
    v = ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1948, 2003)
    P([(A, ["For security can I have your NI number and date of birth"]),
       (C, [(v[:2] + " " + v[2:8] + " " + v[8], "NI_NUMBER"), R.choice([" and dob ", ", born ", " / "]), ("%02d/%02d/%d" % (d, m, y), "DOB")])],
      "chat/government: NI and DOB in one message")


def ni_homophone():
    v = ni().lower()
    letters = " ".join(v[:2])
    # ASR writes 'b' as 'be', 'c' as 'see', 'a' as 'a', 'y' as 'why'
    hom = {"b": "be", "c": "see", "y": "why", "j": "jay", "k": "kay", "p": "pee", "t": "tee", "r": "are"}
    l0 = hom.get(v[0], v[0]); l1 = hom.get(v[1], v[1]); suf = hom.get(v[8], v[8])
    P([(A, ["what's your n i number"]),
       (C, ["er ", (l0 + " " + l1 + " " + say_digits(v[2:8]) + " " + suf, "NI_NUMBER"), " i think"])],
      "call/benefits: NI letters transcribed as homophones (be/see/jay/are)")


def ssn_typed():
    v = ssn()
    form = R.choice(["%s-%s-%s" % (v[:3], v[3:5], v[5:]), "%s %s %s" % (v[:3], v[3:5], v[5:]), v, "%s.%s.%s" % (v[:3], v[3:5], v[5:])])
    P([(C, [R.choice(["my ssn is ", "SSN: ", "social is ", "Social Security # "]), (form, "SSN"), R.choice(["", " thanks", " - need to update W-2"])])],
      R.choice(["chat/us-banking", "chat/us-insurance", "chat/us-healthcare billing"]) + ": SSN typed")


def ssn_spoken():
    v = ssn()
    sp = R.choice([say_digits(v), say_digits(v[:3]) + " " + say_digits(v[3:5]) + " " + say_mixed(v[5:]),
                   say_digits(v[:3]) + " " + say_pair(v[3:5]) + " " + say_pairs(v[5:])])
    P([(A, ["and can i get your social security number"]),
       (C, [R.choice(["sure it's ", "yeah ", "okay ", "uh "]), (sp, "SSN")])],
      R.choice(["call/us-healthcare billing", "call/us-banking", "call/us-insurance", "call/us-telecom"]) + ": SSN spoken")


def ssn_split():
    v = ssn()
    P([(A, ["i'll need the social to verify"]),
       (C, [(say_digits(v[:3]), "SSN", "s")]), (A, [R.choice(BACK)]),
       (C, [(say_digits(v[3:5]), "SSN", "s")]), (A, [R.choice(BACK)]),
       (C, [(say_digits(v[5:]), "SSN", "s"), R.choice(["", " that's it"])])],
      "call/us-government: SSN split in 3-2-4 over turns")


def ssn_with_zip():
    v = ssn(); z = zipcode()
    P([(A, ["last thing, the social and the zip code on the account"]),
       (C, ["social is ", (say_digits(v), "SSN"), " and zip ", (say_digits(z), "POSTCODE")])],
      "call/us-utilities: SSN and ZIP in one turn")


def ssn_chat_zip():
    v = ssn(); z = zipcode()
    street = R.choice(US_STREETS); no = R.randint(10, 9800)
    P([(C, ["Hi I need to update my address to ", ("%d %s" % (no, street), "ADDRESS"), ", Springfield IL ", (z, "POSTCODE"), ". SSN ", ("%s-%s-%s" % (v[:3], v[3:5], v[5:]), "SSN")])],
      "chat/us-insurance: address change with zip and SSN")


def bank_spoken():
    sc = digits(6); acc = digits(8)
    scsp = R.choice([say_pairs(sc), say_digits(sc), say_pair(sc[:2]) + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:])])
    P([(A, ["can i have the sort code and account number for the direct debit"]),
       (C, [R.choice(["sort code is ", "it's ", "okay sort code "]), (scsp, "SORT_CODE"), R.choice([" and the account number is ", " account ", " then "]), (R.choice([say_digits(acc), say_mixed(acc)]), "BANK_ACCOUNT")])],
      R.choice(["call/utilities", "call/telecom", "call/insurance"]) + ": sort code and account in one turn")


def bank_split():
    sc = digits(6); acc = digits(8)
    P([(A, ["what's the sort code"]),
       (C, [(say_pairs(sc), "SORT_CODE")]),
       (A, ["and the account number"]),
       (C, [(say_digits(acc[:4]), "BANK_ACCOUNT", "a"), R.choice([" um ", " "]), (say_digits(acc[4:]), "BANK_ACCOUNT", "a")]),
       (A, ["thanks so that's ", (say_digits(acc, doubles=0), "BANK_ACCOUNT"), " yes"]),
       (C, ["yep"])],
      "call/banking: sort code as pairs; account with pause and agent readback")


def bank_typed():
    sc = digits(6); acc = digits(8)
    scf = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    P([(C, [R.choice(["Sort code ", "sc: ", "s/c "]), (scf, "SORT_CODE"), R.choice([" acc no ", " account ", ", a/c "]), (acc, "BANK_ACCOUNT"), R.choice(["", " please refund there", " - Nationwide"])])],
      R.choice(["chat/retail", "chat/banking", "chat/travel"]) + ": sort code and account typed")


def bank_irish():
    acc = digits(8); nsc = "9" + digits(5)
    P([(A, ["and whats the account number on the old bank of ireland account"]),
       (C, [(say_mixed(acc), "BANK_ACCOUNT"), " and the nsc is ", (say_digits(nsc), "SORT_CODE")])],
      "call/ie-banking: Irish account number and NSC (sort code)")


def iban_typed():
    v = iban()
    form = R.choice([" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, v.lower()])
    P([(C, [R.choice(["IBAN ", "my iban is ", "Please refund to ", "IBAN: "]), (form, "IBAN"), R.choice(["", " thanks", " BIC to follow"])])],
      R.choice(["chat/ie-utilities", "chat/eu-travel", "chat/ie-insurance", "chat/uk-banking"]) + ": IBAN typed")


def iban_spoken():
    v = iban(R.choice(["IE", "GB"])).lower()
    st = R.choice(["plain", "nato"]) if "o" not in v else "nato"
    letters = lambda s: " ".join(say_letter(c, st) if c.isalpha() else ONES[int(c)] for c in s)
    sp = letters(v[:2]) + " " + say_pair(v[2:4]) + " " + letters(v[4:8]) + " " + say_digits(v[8:14]) + " " + say_digits(v[14:])
    P([(A, ["can you read me the iban"]),
       (C, ["yeah it's ", (sp, "IBAN")])],
      "call/ie-banking: IBAN spoken with letters %s" % st)


def iban_split():
    v = iban("IE").lower()
    P([(A, ["go ahead with the iban"]),
       (C, [(" ".join(v[:2]) + " " + say_digits(v[2:4]) + " " + " ".join(say_letter(ch, "nato") if ch == "o" else ch for ch in v[4:8]), "IBAN", "i")]),
       (A, [R.choice(BACK)]),
       (C, [(say_digits(v[8:14]), "IBAN", "i")]), (A, [R.choice(BACK)]),
       (C, [(say_digits(v[14:]), "IBAN", "i"), " that's the lot"])],
      "call/ie-utilities: IBAN split over turns")


def phone_spoken():
    v = R.choice([uk_mobile(), uk_land(), ie_mobile(), ie_land()])
    if R.random() < 0.3 and v.startswith("07"):
        sp = R.choice(["plus four four ", "double four "]) + say_digits(v[1:])
    elif R.random() < 0.3 and v.startswith("08"):
        sp = "plus three five three " + say_digits(v[1:])
    else:
        sp = R.choice([say_digits(v), say_digits(v[:5]) + " " + say_mixed(v[5:]), say_digits(v[:4]) + " " + say_digits(v[4:])])
    P([(A, ["whats the best number to reach you on"]),
       (C, [R.choice(["it's ", "my mobile is ", "you can get me on ", "um "]), (sp, "PHONE"), R.choice(["", " after five", " that's my mobile"])])],
      R.choice(["call/telecom", "call/utilities", "call/healthcare billing", "call/insurance"]) + ": phone number spoken")


def phone_typed():
    v = R.choice([uk_mobile(), uk_land(), ie_mobile(), ie_land()])
    if v.startswith("07"):
        form = R.choice(["%s %s" % (v[:5], v[5:]), "+44 %s %s" % (v[1:5], v[5:]), "+44(0)%s %s" % (v[1:5], v[5:]), v, "0044 %s" % v[1:]])
    elif v.startswith("08"):
        form = R.choice(["%s %s %s" % (v[:3], v[3:6], v[6:]), "+353 %s %s %s" % (v[1:3], v[3:6], v[6:]), v, "(%s) %s-%s" % (v[:3], v[3:6], v[6:])])
    else:
        form = R.choice(["%s %s" % (v[:4], v[4:]), "(%s) %s" % (v[:3], v[3:]), v])
    P([(C, [R.choice(["call me on ", "Tel: ", "my number is ", "new mobile "]), (form, "PHONE"), R.choice(["", " pls", ". Thanks!", " between 9 and 5"])])],
      R.choice(["chat/telecom", "chat/retail", "chat/utilities"]) + ": phone typed")


def phone_split():
    v = uk_mobile()
    P([(A, ["and a contact number"]),
       (C, [(say_digits(v[:5]), "PHONE", "p")]), (A, [R.choice(BACK)]),
       (C, [(say_digits(v[5:8]), "PHONE", "p")]), (A, [R.choice(BACK)]),
       (C, [(say_digits(v[8:]), "PHONE", "p")]),
       (A, ["perfect and is that a mobile"]), (C, ["yeah"])],
      "call/utilities: mobile split over three turns")


def phone_two():
    v1 = uk_mobile(); v2 = uk_land()
    P([(C, ["my mobile is ", (say_digits(v1), "PHONE"), " or the house phone ", (say_digits(v2[:4]) + " " + say_digits(v2[4:]), "PHONE")])],
      "call/insurance: two phone numbers in one turn")


def email_spoken():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail dot com", "hotmail dot co dot uk", "yahoo dot ie", "outlook dot com", "eircom dot net", "btinternet dot com"])
    user = R.choice([f + " dot " + l, f[0] + " " + l, f + " underscore " + l, l + " " + f[0], f + l])
    P([(A, ["and an email address for the confirmation"]),
       (C, [R.choice(["it's ", "yeah ", "sure "]), (user + " at " + dom, "EMAIL")])],
      R.choice(["call/travel", "call/retail", "call/utilities"]) + ": e-mail spoken with 'dot'/'at'")


def email_typed():
    f, l = R.choice(FIRST), R.choice(LAST)
    e = R.choice(["%s.%s@gmail.com", "%s_%s@hotmail.co.uk", "%s%s@outlook.ie", "%s.%s@btinternet.com"]) % (f, l)
    if R.random() < 0.3:
        e = e.replace(f, f.title())
    P([(C, [R.choice(["email is ", "send it to ", "Email: ", "pls update email to "]), (e, "EMAIL"), R.choice(["", " thx", "."])])],
      R.choice(["chat/retail", "chat/telecom", "chat/travel"]) + ": e-mail typed")


def email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    P([(A, ["can you spell the email for me"]),
       (C, [(" ".join(l) + " dot " + f + " at gmail dot com", "EMAIL")])],
      "call/healthcare billing: e-mail surname spelled letter by letter")


def dob_spoken():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    ys = say_pairs(str(y)) if y < 2000 else "two thousand and " + ONES[y - 2000]
    form = R.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys), "%s %s %s" % (MONTHS[m - 1], ORD[d], ys),
                     say_pair("%02d" % d) + " " + say_pair("%02d" % m) + " " + ys])
    P([(A, ["can you confirm your date of birth"]),
       (C, [R.choice(["yeah it's ", "", "um "]), (form, "DOB")])],
      R.choice(["call/banking", "call/insurance", "call/healthcare billing", "call/government"]) + ": date of birth spoken")


def dob_typed():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    form = R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%d-%02d-%02d" % (y, m, d)])
    P([(C, [R.choice(["DOB ", "date of birth: ", "born ", "d.o.b "]), (form, "DOB"), R.choice(["", " thanks", " - appointment is next tuesday"])])],
      R.choice(["chat/healthcare billing", "chat/insurance", "chat/banking"]) + ": DOB typed")


def postcode_spoken():
    pc = uk_postcode()
    while "O" in pc:
        pc = uk_postcode()
    out, inw = pc.split()
    st = R.choice(["plain", "nato", "plain"])
    sp = " ".join(say_letter(c, st) if c.isalpha() else ONES[int(c)] for c in out) + " " + " ".join(say_letter(c, st) if c.isalpha() else ONES[int(c)] for c in inw)
    P([(A, ["and the postcode there"]),
       (C, [R.choice(["it's ", "", "uh "]), (sp.lower(), "POSTCODE")])],
      "call/utilities: UK postcode spoken, letters %s" % st)


def postcode_typed():
    eir = R.random() < 0.35
    pc = eircode() if eir else uk_postcode()
    form = R.choice([pc, pc.lower(), pc.replace(" ", "")])
    lead = R.choice(["my eircode is ", "Eircode: ", "eircode "]) if eir else R.choice(["postcode ", "pc: ", "Postcode is ", "new postcode - "])
    P([(C, [lead, (form, "POSTCODE"), R.choice(["", " thanks", " for the delivery on friday"])])],
      "chat/%s: %s typed" % (R.choice(["retail", "utilities", "telecom"]), "eircode" if eir else "UK postcode"))


def phone_homophone():
    v = R.choice([uk_mobile(), ie_mobile()])
    words = say_digits(v, doubles=0.3).split(" ")
    words = [R.choice(["for", "four"]) if w == "four" else R.choice(["to", "two"]) if w == "two" else w for w in words]
    if "for" not in words and "to" not in words:
        words = ["to" if w == "two" else "for" if w == "four" else w for w in words]
    P([(A, ["can i get a callback number"]),
       (C, [R.choice(["yeah ", "it's ", ""]), (" ".join(words), "PHONE")])],
      "call/telecom: phone number with ASR homophones ('for' for four, 'to' for two)")


def ni_chitchat():
    v = ni().lower()
    P([(A, ["i'll just need your national insurance number to find the claim"]),
       (C, ["oh god hang on it's on my payslip somewhere"]), (A, ["no rush at all"]),
       (C, ["right here we go ", (" ".join(v[:2]) + " " + say_mixed(v[2:8]) + " " + v[8], "NI_NUMBER"), R.choice([" i never remember that one", " sorry about that", " is the weather nice where you are"])])],
      "call/benefits: NI number after chit-chat and a pause")


def ni_typed_chat_noise():
    v = ni()
    form = R.choice(["%s %s %s %s %s" % (v[:2].lower(), v[2:4], v[4:6], v[6:8], v[8].lower()), "%s%s" % (v[:2], " ".join(v[2:8])) + " " + v[8], "%s/%s/%s" % (v[:2], v[2:8], v[8])])
    P([(C, ["hiya my ni no is ", (form, "NI_NUMBER"), " and my tax code is 1257L, ive been charged emergency tax for 3 months"])],
      "chat/payroll: NI with odd spacing next to tax code and count (unlabelled)")


def eircode_spoken():
    e = eircode()
    sp = " ".join(ONES[int(c)] if c.isdigit() else c.lower() for c in e.replace(" ", ""))
    P([(A, ["and have you got the eircode"]),
       (C, ["yeah it's ", (sp, "POSTCODE")])],
      "call/ie-utilities: Eircode spoken character by character")


AREA_TOWN = {"LS": "leeds", "M": "manchester", "BS": "bristol", "G": "glasgow", "CF": "cardiff",
             "BT": "belfast", "SW": "london", "SE": "london", "N": "london", "NW": "london", "E": "london",
             "W": "london", "B": "birmingham", "L": "liverpool", "NG": "nottingham", "EH": "edinburgh",
             "BN": "brighton", "RG": "reading", "S": "sheffield", "CB": "cambridge", "PL": "plymouth"}


def town_for(pc):
    return AREA_TOWN.get(re.match(r"[A-Z]+", pc).group(0), "")


def address_full():
    no = R.randint(1, 240); street = R.choice(STREETS); pc = uk_postcode()
    while "O" in pc or not town_for(pc):
        pc = uk_postcode()
    town = town_for(pc)
    P([(A, ["can you confirm the first line of the address and postcode"]),
       (C, [(num_words(no) + " " + street.lower(), "ADDRESS"), " " + town.lower() + " ", (" ".join(c.lower() if c.isalpha() else ONES[int(c)] for c in pc.replace(" ", "")), "POSTCODE")])],
      "call/insurance: address and postcode spoken, town not labelled")


def address_typed():
    no = R.randint(1, 240); street = R.choice(STREETS)
    form = R.choice(["%d %s" % (no, street), "Flat %d, %d %s" % (R.randint(1, 12), no, street), "%d%s %s" % (no, R.choice("ab"), street), "Apt %d %d %s" % (R.randint(1, 30), no, street)])
    if R.random() < 0.5:
        pc = eircode(); town = "Dublin"
    else:
        pc = uk_postcode()
        while not town_for(pc):
            pc = uk_postcode()
        town = town_for(pc).title()
    P([(C, ["Please deliver to ", (form, "ADDRESS"), ", " + town + " ", (pc, "POSTCODE"), R.choice(["", " not the old address", " - order 48213"])])],
      "chat/retail: typed delivery address with postcode (order ref unlabelled)")


def address_spoken_flat():
    flat = R.randint(1, 20); no = R.randint(2, 99); street = R.choice(STREETS)
    P([(A, ["what's the address for the engineer"]),
       (C, [(R.choice(["flat ", "apartment "]) + num_words(flat) + " " + num_words(no) + " " + street.lower(), "ADDRESS"), R.choice([" its the door round the side", " near the chipper", ""])])],
      "call/telecom: flat address spoken")


def mixed_account_update():
    v = uk_mobile(); f, l = R.choice(FIRST), R.choice(LAST)
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    P([(A, ["first can i take your date of birth"]),
       (C, [("%s %s nineteen %s" % (ORD[d], MONTHS[m - 1], num_words(y - 1900)), "DOB")]),
       (A, ["thanks and the new number"]),
       (C, [(say_digits(v), "PHONE"), " and my email is ", (f + " " + l + " at yahoo dot co dot uk", "EMAIL")])],
      "call/telecom: DOB, phone and email across turns")


def ni_ssn_like_chat():
    v = ni()
    P([(C, ["Hi, my employer has my NI wrong. Should be ", (v, "NI_NUMBER"), " not ", (v[:8] + ("A" if v[8] != "A" else "B"), "NI_NUMBER"), " - payroll ref 2231"])],
      "chat/payroll: correct and wrong NI both labelled (both are NI-shaped personal data)")


POS_TEMPLATES = [
    (card_spoken_oneturn, 8), (card_split_turns, 7), (card_typed, 7), (card_full_payment, 8), (card_chat_full, 5),
    (card_readback, 2), (card_selfcorrect, 2), (cvv_exp_chat, 4), (cvv_split, 3),
    (ni_typed, 12), (ni_spoken, 12), (ni_split, 4), (ni_readback, 2), (ni_with_dob, 3), (ni_homophone, 2), (ni_ssn_like_chat, 1),
    (ssn_typed, 11), (ssn_spoken, 11), (ssn_split, 4), (ssn_with_zip, 3), (ssn_chat_zip, 3),
    (bank_spoken, 8), (bank_split, 4), (bank_typed, 5), (bank_irish, 3),
    (iban_typed, 7), (iban_spoken, 4), (iban_split, 3),
    (phone_spoken, 9), (phone_typed, 7), (phone_split, 3), (phone_two, 2),
    (email_spoken, 6), (email_typed, 5), (email_spelled, 2),
    (dob_spoken, 6), (dob_typed, 5),
    (postcode_spoken, 5), (postcode_typed, 5), (eircode_spoken, 3),
    (phone_homophone, 4), (ni_chitchat, 4), (ni_typed_chat_noise, 4),
    (address_full, 5), (address_typed, 5), (address_spoken_flat, 3), (mixed_account_update, 4),
]

# ---------------------------------------------------------------- negatives


def neg_money():
    pounds = R.randint(3, 2400); p = R.randint(1, 99)
    k = R.randint(0, 3)
    form = ["that's %s pounds %s" % (num_words(pounds % 1000), num_words(p)), "your balance is £%d.%02d" % (pounds, p),
            "the bill came to %s euro %s" % (num_words(pounds % 1000), num_words(p)), "outstanding amount €%d.%02d" % (pounds, p)][k]
    N([(A, [form]), (C, [R.choice(["that seems high", "okay fine", "can i pay it in two goes"])])],
      "%s/utilities: money amounts only" % ("call" if k in (0, 2) else "chat"))


def neg_ref(word):
    n = R.randint(5, 10)
    v = digits(n, True)
    spoken = R.random() < 0.5
    val = say_digits(v) if spoken else v
    N([(A, [R.choice(["can i have your %s" % word, "have you got the %s there" % word, "what's the %s" % word])]),
       (C, [R.choice(["yeah the %s is " % word, "my %s is " % word, "%s " % word, "it's %s " % word]), val])],
      ("call" if spoken else "chat") + "/%s: %s (%d digits) with its reference word" % (R.choice(["utilities", "insurance", "retail", "travel", "telecom"]), word, n))


REF_WORDS = ["policy number", "customer number", "booking reference", "order number", "claim number",
             "ticket number", "invoice number", "account reference on the bill", "case reference", "membership number",
             "meter serial number", "tracking number", "quote reference", "reference number"]


def neg_meter():
    r = R.randint(1000, 99999)
    N([(A, ["could you read me the meter please"]), (C, [R.choice(["it says ", "the reading's "]) + R.choice([say_digits(str(r)), str(r), num_words(r % 1000)]) + R.choice([" on the day rate", " and the night one is %d" % R.randint(100, 9999), ""])])],
      "call/utilities: meter readings")


def neg_time():
    N([(A, ["the engineer can come on the %s of %s between %s and %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.choice(["eight", "nine", "ten"]), R.choice(["one", "twelve", "two"]))]),
       (C, ["%s works, i'm off that week, i'll be in from %d:%02d" % (R.choice(["that", "yeah that"]), R.randint(7, 11), R.choice([0, 15, 30, 45]))])],
      "call/telecom: appointment date and times (not DOB)")


def neg_flight():
    fl = R.choice(["EI", "FR", "BA", "U2", "LH"]) + " " + str(R.randint(100, 9999))
    N([(C, ["my flight %s to %s on %d %s was cancelled, booking ref %s" % (fl, R.choice(["Faro", "Lisbon", "Boston", "Malaga"]), R.randint(1, 28), R.choice(MONTHS).title(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))])],
      "chat/travel: flight number, date, alphanumeric booking ref")


def neg_room():
    N([(C, ["i was in room %s for %s nights and the heating was stuck at %s degrees" % (num_words(R.randint(101, 499)), num_words(R.randint(2, 9)), num_words(R.randint(14, 30)))])],
      "call/travel: room number, count, temperature")


def neg_speed():
    N([(C, ["I'm paying for %d Mbps and getting about %d, speedtest says %d.%d ping %dms" % (R.choice([100, 500, 900]), R.randint(5, 80), R.randint(5, 80), R.randint(0, 9), R.randint(8, 90))])],
      "chat/telecom: broadband speeds")


def neg_model():
    N([(C, ["it's the %s model %s, bought it in %d for %s" % (R.choice(["Bosch", "Samsung", "Hotpoint", "Vodafone router"]), R.choice(["WM%d" % R.randint(1000, 9999), "S%d" % R.randint(20, 24), "HR%d-%d" % (R.randint(10, 99), R.randint(100, 999))]), R.randint(2015, 2025), "£%d" % R.randint(150, 900))])],
      "chat/retail: model number, year, price")


def neg_age():
    a = R.randint(18, 95)
    yr = R.randint(1975, 2019)
    N([(C, ["my mother is %s and she's been with you since %s" % (num_words(a), say_pairs(str(yr)) if yr < 2000 or yr > 2009 else "two thousand and " + ONES[yr - 2000])]), (A, ["thanks for being a loyal customer for so long"])],
      "call/insurance: age and year (not DOB)")


def neg_percent():
    N([(A, ["your tariff goes up %d.%d percent from %s, that's about %s pounds a month" % (R.randint(1, 9), R.randint(0, 9), R.choice(MONTHS), num_words(R.randint(2, 40)))])],
      "call/utilities: percentages and month")


def neg_duration():
    N([(C, ["i've been on hold for %s minutes and this is the %s time i've called" % (num_words(R.randint(12, 95)), R.choice(["third", "fourth", "fifth"]))]), (A, ["i'm sorry about that"])],
      "call/telecom: durations and counts")


def neg_payment_date():
    d = R.randint(1, 28)
    N([(A, ["the direct debit of %s pounds will come out on the %s of every month starting %s %d" % (num_words(R.randint(20, 99)), ORD[d], R.choice(MONTHS), R.randint(2025, 2027))])],
      "call/utilities: payment date, not DOB")


def neg_contract():
    N([(C, ["Contract started %02d/%02d/%d and ends %02d/%02d/%d, I've got %d months left" % (R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2025), R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2028), R.randint(1, 24))])],
      "chat/telecom: contract dates (not DOB)")


def neg_quantity():
    N([(C, ["I ordered %d packs of %d and only %d arrived, order total €%d.%02d" % (R.randint(2, 9), R.randint(6, 48), R.randint(1, 5), R.randint(10, 300), R.randint(0, 99))])],
      "chat/retail: quantities and price")


def neg_last4_context():
    N([(A, ["i can see a payment of %s pounds on the %s" % (num_words(R.randint(10, 99)), ORD[R.randint(1, 28)])]), (C, ["yeah that was for the %s bundle" % R.choice(["sixty gig", "unlimited", "twenty gig"])])],
      "call/telecom: payment amount and date, data bundle")


def neg_policy_alpha():
    N([(C, ["policy number %s%d, claim ref CLM-%d, excess is £%d" % (R.choice(["HH", "MTR", "PL"]), R.randint(1000000, 99999999), R.randint(10000, 999999), R.choice([100, 250, 350, 500]))])],
      "chat/insurance: alphanumeric policy and claim refs, excess amount")


def neg_customer_spoken_pairs():
    v = digits(8, True)
    N([(A, ["can i take your customer number it's on the top of the letter"]), (C, ["customer number " + say_pairs(v)])],
      "call/utilities: 8-digit customer number read in pairs, with its name")


def neg_temperature_time():
    N([(C, ["the boiler shows %s degrees and fault code %s, it cut out at %s this morning" % (num_words(R.randint(40, 80)), "F%d" % R.randint(10, 99), R.choice(["half six", "quarter past seven", "ten to eight"]))])],
      "call/utilities: temperature, fault code, time")


def neg_company_hours():
    N([(A, ["our lines are open from %s till %s monday to friday and it's %s pounds %s a month after the first %s months" % (R.choice(["eight", "nine"]), R.choice(["eight", "six"]), num_words(R.randint(20, 60)), num_words(R.randint(10, 99)), num_words(R.randint(3, 12)))])],
      "call/telecom: opening hours and price")


def neg_tariff():
    N([(A, ["the unit rate is %d.%d pence per kilowatt hour and the standing charge is %d pence a day, you're in credit by £%d.%02d" % (R.randint(19, 32), R.randint(0, 9), R.randint(40, 65), R.randint(5, 300), R.randint(0, 99))]),
       (C, ["so i'll sort that out in %s days then" % R.choice(["two or three", "three or four", "a couple of"])])],
      "chat/utilities: tariff rates, credit balance, 'sort' as a verb")


def neg_queue():
    N([(C, ["it said i was number %s in the queue and then i waited %s minutes, the call was at %s %s" % (num_words(R.randint(2, 30)), num_words(R.randint(20, 70)), num_words(R.randint(1, 11)), num_words(R.randint(10, 55)))])],
      "call/telecom: queue position, duration, time of day")


def neg_booking_alpha_spoken():
    code = "".join(R.choice("bcdfghjkmnprstvwxz") for _ in range(2)) + digits(4)
    N([(A, ["what's the booking reference"]), (C, ["booking reference " + " ".join(say_letter(c, "nato") if c.isalpha() else ONES[int(c)] for c in code)])],
      "call/travel: alphanumeric booking reference with phonetic letters")


NEG_TEMPLATES = [neg_tariff, neg_queue, neg_booking_alpha_spoken, neg_money, neg_meter, neg_time, neg_flight, neg_room, neg_speed, neg_model, neg_age,
                 neg_percent, neg_duration, neg_payment_date, neg_contract, neg_quantity, neg_last4_context,
                 neg_policy_alpha, neg_customer_spoken_pairs, neg_temperature_time, neg_company_hours]


def generate():
    CASES_OUT.clear(); GROUPS.clear()
    R.seed(SEED)
    plan = []
    for fn, n in POS_TEMPLATES:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        fn()
    negplan = []
    for w in REF_WORDS:
        negplan += [lambda w=w: neg_ref(w)] * 3
    for fn in NEG_TEMPLATES:
        negplan += [fn] * 4
    R.shuffle(negplan)
    for fn in negplan:
        fn()
    return CASES_OUT


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)

# ---------------------------------------------------------------- validation


WORDVAL = {w: i for i, w in enumerate(ONES)}
WORDVAL.update({"oh": 0, "o": 0, "nought": 0})
TEENVAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENVAL = {w: i * 10 for i, w in enumerate(TENS) if w}
HOM = {"for": "4", "to": "2", "too": "2", "be": "b", "see": "c", "why": "y", "jay": "j", "kay": "k", "pee": "p", "tee": "t", "are": "r"}
FILLERS = {"um", "uh", "erm", "er", "no", "sorry", "slash", "and", "dash", "hyphen", "plus", "brk"}


def normalise(text, letters_ok=True):
    t = text.lower()
    t = re.sub(r"\b([a-z]) (for|as in) [a-z]+( ray)?\b", r"zz\1", t)
    toks = re.findall(r"[a-z0-9]+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if len(w) == 3 and w.startswith("zz"):
            out.append(w[2]); i += 1; continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt is not None:
            rep = 2 if w == "double" else 3
            val = str(WORDVAL[nxt]) if nxt in WORDVAL else HOM.get(nxt, nxt)
            out.append(val * rep); i += 2; continue
        if w in TENVAL:
            if nxt in WORDVAL and nxt not in ("brk",) and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENVAL[w] + WORDVAL[nxt])); i += 2; continue
            out.append(str(TENVAL[w])); i += 1; continue
        if w in TEENVAL:
            out.append(str(TEENVAL[w])); i += 1; continue
        if w in WORDVAL:
            out.append(str(WORDVAL[w])); i += 1; continue
        if w in HOM:
            out.append(HOM[w]); i += 1; continue
        if w in FILLERS:
            i += 1; continue
        out.append(w); i += 1
    return "".join(out).upper()


def validate(typ, raw):
    n = normalise(raw)
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        low = raw.lower()
        if any(m[:3] in low for m in MONTHS):
            return bool(re.search(r"\d|" + "|".join(TENS[2:]), low))
        return len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) != 6 else d[:2]) <= 12
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)) and n[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= (14 if n.startswith("00") else 13)
    if typ == "EMAIL":
        t = raw.lower()
        t = re.sub(r"\s+dot\s+", ".", t)
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+underscore\s+", "_", t)
        t = t.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", t))
    if typ == "DOB":
        low = raw.lower()
        return bool(re.search(r"(19|20)\d\d|nineteen|two thousand|\d{1,2}[./-]\d{1,2}[./-]\d{2}", low)) and (any(m[:3] in low for m in MONTHS) or len(d) >= 4)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) or re.fullmatch(r"\d{5}", n)
                    or re.fullmatch(r"[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY\d]{4}", n))
    if typ == "ADDRESS":
        low = raw.lower()
        return bool(re.search(r"\d|" + "|".join(ONES[1:] + TEENS + TENS[2:]), low)) and any(re.search(r"\b%s\b" % s, low) for s in STREET_SUFFIX)
    return False


def check(text_written):
    problems = []
    cases = generate()
    fresh = serialise(cases)
    if fresh != text_written:
        problems.append("fixture differs from regenerated output")
    parsed = [json.loads(l) for l in text_written.splitlines() if l.strip()]
    ids = [c["id"] for c in parsed]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in parsed:
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append("%s: negative with spans" % c["id"])
            continue
        npos += 1
        if not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        for s in c["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn" % c["id"]); continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % c["id"]); continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[s["start"]:s["end"]]))
            if not ((t[s["start"]].isalnum() or (s["type"] == "PHONE" and t[s["start"]] in "+(")) and t[s["end"] - 1].isalnum()):
                problems.append("%s: span edge not alnum %r" % (c["id"], t[s["start"]:s["end"]]))
        byturn = {}
        for s in c["spans"]:
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for ti, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % c["id"])
        for g in GROUPS.get(c["id"], []):
            ss = [c["spans"][i] for i in g]
            typ = ss[0]["type"]
            raw = " brk ".join(c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in ss)
            if len(g) == 1 and typ == "CARD_NUMBER" and len(normalise(raw)) == 1:
                continue  # mistaken single digit in a self-correction
            if not validate(typ, raw):
                problems.append("%s: %s value fails validation: %r -> %r" % (c["id"], typ, raw, normalise(raw)))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h205

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or any other PII fixture; only a
three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout205.py` from template functions: every turn is assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed, never
typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `--check` regenerates and compares, checks ids, offsets, word
boundaries, overlaps, and validates each labelled value after normalising spoken
forms (Luhn, IBAN mod-97, NI format, digit counts, postcode/Eircode shapes).

Emphasis: UK and Irish contact centres (NI numbers typed and spoken in many forms,
sort codes/NSC and account numbers, UK/IE phone numbers, UK postcodes and Eircodes,
street addresses, card payments by phone) plus US SSN/ZIP cases; negatives are
UK-style lookalikes (policy, customer, meter, booking, claim references with their
names, money, dates that are not birth dates, times, speeds, model numbers...).

## Annotation conventions

* A span covers the value only: no lead-in words ("it's", "my number is") and no
  trailing chat ("thanks"). It starts and ends on a letter/digit.
* Spoken values: the span runs from the first to the last spoken token of the
  value and includes filler/spelling words inside it ("double", "triple",
  "b for bravo", "a as in apple", "dot", "at", "plus", "slash").
* A value split over several turns (or interrupted by a pause word like "um")
  is labelled as several spans of the same type, one per fragment; agent
  back-channels are not labelled.
* Agent read-backs of a value are labelled too.
* ASR homophones inside a spoken value ("for" = four, "to" = two, "be"/"see"/"jay"
  for letters) are part of the value and inside the span.
* In a self-correction the mistaken digit and the corrected reading are both
  labelled (the words "no sorry" between them are not).
* Phone numbers: a leading "+" or "(" typed as part of the number is inside the span.
* Cards: the whole number. Expiry: the date only. CVV: the digits only.
* Addresses: house/flat number + street name + street type; town names are not
  labelled; postcodes / ZIP codes / Eircodes are separate POSTCODE spans.
  Eircodes are labelled POSTCODE.
* Irish NSC (national sort code) is labelled SORT_CODE.
* DOB: only the date, and only where it is the person's date of birth.
* Negatives contain no labelled PII at all; nothing in them should be redacted.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    if "--check" in sys.argv[1:]:
        try:
            with open(CASES, encoding="utf-8") as fh:
                written = fh.read()
        except OSError as e:
            print("cannot read fixture:", e); return 1
        problems, counts, npos, nneg = check(written)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if os.path.exists(README):
            with open(README, encoding="utf-8") as fh:
                if fh.read() != readme(counts, npos, nneg):
                    problems.append("README differs from regenerated README")
        else:
            problems.append("README missing")
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        return 1 if problems else 0
    cases = generate()
    text = serialise(cases)
    os.makedirs(OUTDIR, exist_ok=True)
    problems, counts, npos, nneg = check(text)
    with open(CASES, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(counts, npos, nneg))
    print("wrote %d cases (%d positive, %d negative)" % (len(cases), npos, nneg))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
