#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h185.

Written by an AI helper acting as an independent author (did not see the
redaction code). Emphasis: phone calls as a Whisper-like recogniser writes
them (partial inverse text normalisation, odd capitalisation/punctuation,
run-together words, digit homophones), plus typed chat.

    python scripts/make_pii_holdout185.py           # write fixture + README
    python scripts/make_pii_holdout185.py --check   # regenerate and verify

Standard library only; all randomness from random.Random(185241125).
"""
import json
import os
import re
import sys
import random

SEED = 185241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout185")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "q": "quebec"}
SAYLETTER = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay", "p": "pee",
             "r": "are", "t": "tee", "y": "why", "z": "zed", "h": "aitch"}

R = random.Random(SEED)


# ---------------------------------------------------------------- values
def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(ds):
    if len(ds) == 15:
        return [ds[:4], ds[4:10], ds[10:]]
    if len(ds) == 13:
        return [ds[:4], ds[4:8], ds[8:]]
    if len(ds) == 19:
        return [ds[:4], ds[4:8], ds[8:12], ds[12:16], ds[16:]]
    return [ds[i:i + 4] for i in range(0, 16, 4)]


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "CE", "JK", "NP", "PR", "SR", "TW", "WL", "HE", "YZ", "ML", "RK", "EH",
          "KA", "JT", "SP", "WB", "ZR", "CJ", "BH", "LM", "PE", "RT", "NH", "ST"]


def make_ni():
    return R.choice(NI_PRE) + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LLYD", "HBUK", "MIDL", "SRLG"], "IE": ["AIBK", "BKIR", "IPBS"]}


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bban = R.choice(BANKS[country]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABN", "TRIS"]) + digits(10)
    else:
        bban = digits(20)
    return country + iban_check(country, bban) + bban


def iban_grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "N", "E", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "S", "W", "SE",
            "NW", "CB", "RG", "TW", "KT", "CR", "BT", "PL", "EX", "YO"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    area = R.choice(UK_AREAS)
    district = str(R.randint(1, 19)) if len(area) == 1 or R.random() < 0.5 else str(R.randint(1, 9))
    return area + district + " " + str(R.randint(0, 9)) + R.choice(IN_LET) + R.choice(IN_LET)


def make_zip():
    return "%05d" % R.randint(1001, 99950)


def make_uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + digits(8)


def make_us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def make_ie_mobile():
    return "08" + R.choice("35679") + digits(7)


# ---------------------------------------------------------------- speaking
def dword(d, zero):
    return zero if d == "0" else ONES[int(d)]


def say_single(ds, zero="oh", doubles=True):
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        if doubles and run == 3:
            out.append("triple " + dword(ds[i], zero))
        elif doubles and run == 2:
            out.append("double " + dword(ds[i], zero))
        else:
            out.extend(dword(ds[i], zero) for _ in range(run))
        i = j
    return " ".join(out)


def pair_word(p, zero="oh"):
    if p[0] == "0":
        return zero + " " + dword(p[1], zero)
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[int(p[0])]
    return TENS[int(p[0])] + " " + ONES[int(p[1])]


def say_pairs(ds, zero="oh"):
    parts = []
    for i in range(0, len(ds) - 1, 2):
        parts.append(pair_word(ds[i:i + 2], zero))
    if len(ds) % 2:
        parts.append(dword(ds[-1], zero))
    return " ".join(parts)


def say_group(g, zero, mode):
    if mode == "num":
        return g
    if mode == "pairs" and len(g) % 2 == 0:
        return say_pairs(g, zero)
    return say_single(g, zero, doubles=(mode != "plain"))


def whisper_groups(groups, zero=None, sep=" ", numeral_p=0.35, pair_p=0.2):
    """Whisper-like: some groups become numerals (ITN), others stay words."""
    zero = zero or R.choice(["zero", "oh", "o"])
    parts = []
    for g in groups:
        x = R.random()
        mode = "num" if x < numeral_p else ("pairs" if x < numeral_p + pair_p else "single")
        parts.append(say_group(g, zero, mode))
    return sep.join(parts)


def homophone(s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w in ("two", "four", "eight")]
    if idx:
        i = R.choice(idx)
        words[i] = {"two": R.choice(["to", "too"]), "four": "for", "eight": "ate"}[words[i]]
    return " ".join(words)


def say_letter(c, style):
    c = c.lower()
    if style == "nato" and c in NATO:
        return c + " for " + NATO[c]
    if style == "homo" and c in SAYLETTER:
        return SAYLETTER[c]
    return c


def say_ni(ni, style):
    zero = R.choice(["zero", "oh", "nought"])
    if style == "chat":
        return R.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                         ni.lower(), ni[:2] + ni[2:8] + " " + ni[8]])
    if style == "whisper":
        mid = R.choice([ni[2:8], ni[2:4] + " " + ni[4:6] + " " + ni[6:8],
                        say_single(ni[2:5], zero) + " " + ni[5:8]])
        return ni[0] + ni[1] + " " + mid + " " + ni[8]
    ls = R.choice(["plain", "nato", "homo"])
    first = say_letter(ni[0], ls) + " " + say_letter(ni[1], ls)
    if style == "pairs":
        mid = say_pairs(ni[2:8], zero)
    else:
        mid = say_single(ni[2:8], zero)
    return first + " " + mid + " " + say_letter(ni[8], ls)


def say_pc(pc, style):
    if style == "chat":
        return R.choice([pc, pc.lower(), pc.replace(" ", "")])
    out, zero = [], R.choice(["zero", "oh", "nought"])
    ls = R.choice(["plain", "nato"]) if style == "spoken" else "plain"
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(ch if style == "whisper" and R.random() < 0.5 else dword(ch, zero))
        else:
            out.append(ch.upper() if style == "whisper" else say_letter(ch, ls))
    return " ".join(out)


def say_zip(z, style):
    if style == "chat":
        return z
    if style == "whisper":
        return R.choice([z, z[:2] + " " + say_single(z[2:], "oh")])
    return R.choice([say_single(z, "zero"), say_single(z, "oh", False),
                     say_pairs(z[:4], "oh") + " " + dword(z[4], "oh")])


def fmt_phone(p, country, style):
    if style == "chat":
        if country == "US":
            return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                             "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
        if country == "UK":
            return R.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:]])
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]])
    zero = R.choice(["oh", "zero", "o"]) if country != "US" else R.choice(["zero", "oh"])
    if country == "US":
        groups = [p[:3], p[3:6], p[6:]]
    elif country == "UK":
        groups = [p[:5], p[5:8], p[8:]]
    else:
        groups = [p[:3], p[3:6], p[6:]]
    if style == "whisper":
        s = whisper_groups(groups, zero, sep=R.choice([" ", ", ", " - "]), numeral_p=0.45)
    elif style == "intl":
        pre = {"UK": "plus four four ", "US": "plus one ", "IE": "plus three five three "}[country]
        body = p[1:] if country != "US" else p
        s = pre + say_single(body, zero)
    else:
        s = " ".join(say_group(g, zero, R.choice(["single", "pairs", "plain"])) for g in groups)
    return s


STREETS = ["Maple Avenue", "Church Street", "Station Road", "Oak Lane", "Elm Drive",
           "Victoria Road", "High Street", "Park Crescent", "Mill Lane", "Willow Close",
           "Kings Road", "Sunset Boulevard", "Main Street", "Cedar Court", "Riverside Way",
           "Hawthorn Grove", "Green Lane", "Pine Street", "Beech Terrace", "Lake View Drive"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h = ONES[n // 100] + " "
        rest = n % 100
        return h + (pair_word("%02d" % rest) if rest else "hundred")
    return say_pairs(str(n))


def make_address(style):
    n = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1, 40)])
    st = R.choice(STREETS)
    if style == "chat":
        s = "%d %s" % (n, st)
        return R.choice([s, s.lower(), "%s %d, %s" % (pick("Flat", "Apt", "Unit"), R.randint(1, 30), s)])
    if style == "whisper":
        return "%d %s" % (n, R.choice([st, st.lower(), st.replace(" ", "")[:0] + st]))
    return num_words(n) + " " + st.lower()


USERS = ["j.doe", "sarah.k", "mike_obrien", "tomwalsh", "l.nguyen", "priya.r", "dave.hughes",
         "annmarie", "kfitzgerald", "rosa.m", "ben_carter", "c.okafor", "emma.lund", "g.schmidt"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "gmx.de"]


def make_email():
    u = R.choice(USERS)
    if R.random() < 0.5:
        u += str(R.randint(1, 99))
    return u + "@" + R.choice(DOMAINS)


def say_email(e, style):
    if style == "chat":
        return R.choice([e, e.upper() if R.random() < 0.2 else e])
    user, dom = e.split("@")

    def spoken(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(tok if style == "whisper" else num_words(int(tok)))
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                out.append(m.group(1))
                if m.group(2):
                    out.append(m.group(2) if style == "whisper" else num_words(int(m.group(2))))
        return " ".join(out)
    if style == "whisper":
        return R.choice([spoken(user) + " at " + spoken(dom),
                         spoken(user).replace(" dot ", ".") + " at " + dom,
                         spoken(user) + " @ " + dom])
    return spoken(user) + " at " + spoken(dom)


def make_dob(style):
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    if style == "chat":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y),
                         "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                         "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)])
    if style == "whisper":
        return R.choice(["%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, sfx(d), y),
                         "the %d%s of %s %d" % (d, sfx(d), MONTHS[m - 1].capitalize(), y),
                         "%s %s %d" % (ORD[d], MONTHS[m - 1], y),
                         "%d/%d/%s" % (d, m, str(y)[2:])])
    yy = str(y)
    ys = say_pairs(yy, "oh") if not yy.startswith("200") else "two thousand and " + ONES[int(yy[3])]
    return R.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys),
                     "%s %s %s" % (MONTHS[m - 1], ORD[d], ys),
                     "%s %s %s" % (pair_word("%02d" % d), pair_word("%02d" % m), ys)])


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def make_expiry(style):
    m, y = R.randint(1, 12), R.randint(26, 33)
    if style == "chat":
        return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%02d%d" % (m, y)])
    if style == "whisper":
        return R.choice(["%02d/%d" % (m, y), "%s 20%d" % (MONTHS[m - 1].capitalize(), y),
                         "%s %s" % (pair_word("%02d" % m), y)])
    return R.choice(["%s %s" % (pair_word("%02d" % m), pair_word(str(y))),
                     "%s twenty %s" % (MONTHS[m - 1], num_words(y)),
                     "%s %s" % (say_single("%02d" % m, "oh"), say_single(str(y), "oh", False))])


# ---------------------------------------------------------------- case builder
CASE_LIST = []
COUNTERS = {"positive": 0, "negative": 0}


def add(kind, note, turns):
    COUNTERS[kind] += 1
    cid = "h185-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTERS[kind])
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    else:
        assert spans
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


A, C = "agent", "customer"


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- positive templates
def pos_card_whisper():
    cd = make_card()
    g = card_groups(cd)
    ind = pick("telecom", "retail", "utilities", "insurance", "travel")
    v = whisper_groups(g, sep=pick(" ", ", ", ". ", " - "))
    if R.random() < 0.3:
        v = homophone(v)
    lead = pick("Yeah, it's ", "Okay so the long number is ", "Uh, ", "Right. ", "so that's ", "It's ")
    add("positive", "call/%s: card read in one turn, Whisper ITN mixes numerals and words" % ind,
        [(A, pick("Can I take the long number across the front of the card?",
                  "and the card number please", "Okay, what's the card number?")),
         (C, [lead, (v, "CARD_NUMBER"), pick("", ".", " okay?", " and it's a Visa", "")])])


def pos_card_split():
    cd = make_card()
    g = card_groups(cd)
    ind = pick("banking", "telecom", "retail", "healthcare billing", "government services")
    zero = pick("zero", "oh", "o", "nought")
    turns = [(A, pick("go ahead with the card number", "Whenever you're ready, the card number.",
                      "what's the long number on the card"))]
    for i, grp in enumerate(g):
        mode = pick("num", "single", "pairs", "single")
        pre = pick("", "um ", "it's ", "Okay ", "") if i == 0 else pick("", "", "then ", "uh ")
        turns.append((C, [pre, (say_group(grp, zero, mode), "CARD_NUMBER"), pick("", "", ".", ",")]))
        if i < len(g) - 1:
            turns.append((A, pick("mhm", "Mm-hmm.", "okay go on", "yep", "Got it.", "uh huh", "and then")))
    add("positive", "call/%s: card split across %d customer turns with back-channels, mixed ITN" % (ind, len(g)),
        turns)


def pos_card_cvv_exp():
    cd = make_card()
    cvv = digits(4 if len(cd) == 15 else 3)
    style = pick("whisper", "spoken")
    ex = make_expiry(style)
    cv = cvv if R.random() < 0.5 else say_single(cvv, pick("zero", "oh"), False)
    cardtxt = whisper_groups(card_groups(cd)) if style == "whisper" else \
        " ".join(say_single(x, pick("oh", "zero")) for x in card_groups(cd))
    add("positive", "call/%s: card, expiry and security code in consecutive turns" % pick("retail", "travel", "utilities"),
        [(A, "Can I get the card number please."),
         (C, [pick("", "yeah "), (cardtxt, "CARD_NUMBER")]),
         (A, pick("and the expiry date?", "Thank you. And the expiry?", "what's the expiry on it")),
         (C, [pick("", "it's ", "uh ", "Expires "), (ex, "EXPIRY")]),
         (A, pick("and the three digits on the back", "And the security code?", "last thing the CVV")),
         (C, [pick("", "it's ", "um "), (cv, "CVV")])])


def pos_card_chat():
    cd = make_card()
    g = card_groups(cd)
    v = pick(" ".join(g), "-".join(g), cd, " ".join(g))
    ex = make_expiry("chat")
    cvv = digits(3 if len(cd) != 15 else 4)
    ind = pick("retail", "telecom", "travel", "utilities")
    if R.random() < 0.5:
        add("positive", "chat/%s: card, expiry and cvv typed in one message" % ind,
            [(A, "Please provide the card details you'd like to use for the payment."),
             (C, ["card ", (v, "CARD_NUMBER"), pick(" exp ", ", expiry ", " expires "), (ex, "EXPIRY"),
                  pick(" cvv ", ", security code ", " code on back "), (cvv, "CVV")])])
    else:
        add("positive", "chat/%s: card typed with a typo'd lead-in and a price next to it" % ind,
            [(C, [pick("pls charge the £", "can u put the $", "pay the €"), str(R.randint(12, 300)),
                  pick(" to my card ", " on card ", " to crd "), (v, "CARD_NUMBER"), pick(" thx", "", " ty")])])


def pos_card_readback():
    cd = make_card()
    g = card_groups(cd)
    add("positive", "call/banking: customer reads card, agent reads it back with numerals (Whisper ITN on agent side)",
        [(C, [pick("the card is ", "it's "), (" ".join(say_single(x, "oh") for x in g), "CARD_NUMBER")]),
         (A, [pick("So that's ", "Just to confirm, "), (" ".join(g), "CARD_NUMBER"), pick("?", ", correct?", ".")]),
         (C, pick("yes", "Yeah that's right.", "yep"))])


def pos_card_correction():
    cd = make_card()
    g = card_groups(cd)
    wrong = str((int(g[0][0]) + 3) % 10) + g[0][1:]
    add("positive", "call/telecom: self-correction mid card; only the full corrected value is labelled",
        [(A, "card number when you're ready"),
         (C, ["it's ", say_single(wrong[:2], "oh"), " no sorry sorry let me start again. ",
              (whisper_groups(g), "CARD_NUMBER")])])


def pos_ssn():
    s = make_ssn()
    style = pick("whisper", "spoken", "pairs", "split", "chat", "whisper")
    ind = pick("healthcare billing", "banking", "insurance", "government services", "telecom")
    ask = pick("Can I get your social security number?", "and the last... actually the full social please",
               "I'll need your social to verify", "What's your SSN?")
    if style == "chat":
        v = pick("%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]))
        add("positive", "chat/%s: SSN typed" % ind, [(A, ask), (C, [pick("ssn ", "its ", "sure "), (v, "SSN")])])
    elif style == "split":
        z = pick("zero", "oh")
        add("positive", "call/%s: SSN split in three groups over turns" % ind,
            [(A, ask), (C, [pick("yeah ", "", "okay "), (say_single(s[:3], z), "SSN")]), (A, pick("mhm", "okay")),
             (C, [(say_pairs(s[3:5], z) if R.random() < 0.5 else s[3:5], "SSN")]), (A, pick("yep", "go on")),
             (C, [(whisper_groups([s[5:7], s[7:]], z, numeral_p=0.3), "SSN")])])
    else:
        z = pick("zero", "oh")
        if style == "whisper":
            v = pick("%s-%s-%s" % (s[:3], s[3:5], s[5:]),
                     "%s %s %s" % (s[:3], say_single(s[3:5], z), say_single(s[5:], z)),
                     "%s, %s, %s" % (say_single(s[:3], z), s[3:5], s[5:]))
        elif style == "pairs":
            v = "%s %s %s" % (say_single(s[:3], z), pair_word(s[3:5], z), say_pairs(s[5:], z))
        else:
            v = say_single(s, z)
        if R.random() < 0.25:
            v = homophone(v)
        add("positive", "call/%s: SSN %s" % (ind, style),
            [(A, ask), (C, [pick("Sure, it's ", "yeah ", "um ", "It's "), (v, "SSN"),
                            pick("", ".", " and I'm calling about a $%d charge" % R.randint(20, 900))])])


def pos_ni():
    ni = make_ni()
    style = pick("whisper", "spoken", "pairs", "chat", "whisper", "split")
    ind = pick("government services", "banking", "utilities", "insurance")
    ask = pick("Can I take your National Insurance number?", "and your NI number please",
               "what's your national insurance number")
    if style == "split":
        ls = pick("plain", "nato")
        z = pick("oh", "nought", "zero")
        add("positive", "call/%s: NI number split over turns, letters %s" % (ind, ls),
            [(A, ask), (C, [pick("", "yeah it's "), (say_letter(ni[0], ls) + " " + say_letter(ni[1], ls), "NI_NUMBER")]),
             (A, pick("mhm", "okay")), (C, [(say_pairs(ni[2:8], z) if R.random() < 0.5 else ni[2:8], "NI_NUMBER")]),
             (A, pick("and the letter at the end?", "and the last letter")),
             (C, [pick("", "it's ", "uh "), (say_letter(ni[8], ls), "NI_NUMBER")])])
        return
    v = say_ni(ni, style)
    add("positive", "%s/%s: NI number %s" % ("chat" if style == "chat" else "call", ind, style),
        [(A, ask), (C, [pick("Yeah, it's ", "it's ", "", "um ok "), (v, "NI_NUMBER"),
                        pick("", ".", " I think", " and I'm ringing about my pension")])])


def pos_bank():
    acct = digits(8)
    sc = digits(6)
    style = pick("whisper", "spoken", "chat")
    ind = pick("banking", "utilities", "insurance", "telecom")
    if style == "chat":
        scv = pick("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
        add("positive", "chat/%s: sort code and account typed for direct debit" % ind,
            [(A, "What are the bank details for the direct debit?"),
             (C, [pick("sort code ", "sc "), (scv, "SORT_CODE"), pick(" acc no ", ", account ", " a/c "),
                  (acct, "BANK_ACCOUNT")])])
    else:
        z = pick("oh", "zero", "nought")
        scv = pick(say_pairs(sc, z), say_single(sc, z), "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])) \
            if style == "whisper" else pick(say_pairs(sc, z), say_single(sc, z))
        av = whisper_groups([acct[:4], acct[4:]], z) if style == "whisper" else say_single(acct, z)
        add("positive", "call/%s: sort code then account number, separate turns" % ind,
            [(A, "and the sort code?"), (C, [pick("", "it's ", "Yeah "), (scv, "SORT_CODE")]),
             (A, pick("and the account number", "Lovely. Account number?")),
             (C, [pick("", "um ", "it's "), (av, "BANK_ACCOUNT")])])


def pos_us_account():
    acct = digits(R.choice([9, 10, 12]))
    style = pick("whisper", "spoken")
    v = whisper_groups([acct[i:i + 3] for i in range(0, len(acct), 3)]) if style == "whisper" else say_single(acct, "zero")
    add("positive", "call/banking US: checking account number, routing words nearby",
        [(A, "What's the checking account number you want to link?"),
         (C, [pick("Okay. It's ", "um ", "it is "), (v, "BANK_ACCOUNT"),
              pick("", ". I opened it in 2019.", " and it's got like $%d in it" % R.randint(50, 4000))])])


def pos_iban():
    ib = make_iban()
    style = pick("chat", "chat", "whisper", "spoken")
    ind = pick("banking", "travel", "utilities", "insurance")
    if style == "chat":
        v = pick(ib, iban_grouped(ib), iban_grouped(ib).lower())
        add("positive", "chat/%s: IBAN typed for refund" % ind,
            [(A, "Please send the IBAN for the refund."), (C, [pick("IBAN: ", "here ", "its "), (v, "IBAN"),
                                                              pick("", " thanks", " (%s account)" % ib[:2])])])
    elif style == "whisper":
        g = iban_grouped(ib).split(" ")
        parts = [g[0]] + [x if (R.random() < 0.5 or not x.isdigit()) else say_single(x, "zero") for x in g[1:]]
        add("positive", "call/%s: IBAN read, Whisper writes some groups as numerals" % ind,
            [(A, "Can you read me the IBAN?"), (C, [pick("Yes. ", "Sure, ", ""), (" ".join(parts), "IBAN")])])
    else:
        out = []
        for ch in ib:
            out.append(ch.lower() if ch.isalpha() else dword(ch, "zero"))
        add("positive", "call/%s: IBAN spelled out character by character" % ind,
            [(A, "and the iban"), (C, [pick("okay it's ", ""), (" ".join(out), "IBAN")])])


def pos_phone():
    country = pick("UK", "US", "IE", "UK", "US")
    p = {"UK": make_uk_mobile, "US": make_us_phone, "IE": make_ie_mobile}[country]()
    style = pick("whisper", "spoken", "intl", "chat", "whisper", "split")
    ind = pick("telecom", "utilities", "retail", "healthcare billing", "travel")
    ask = pick("What's the best number to reach you on?", "and a contact number", "Can I get a callback number?")
    if style == "split":
        if country == "US":
            gs = [p[:3], p[3:6], p[6:]]
        else:
            gs = [p[:5], p[5:]] if country == "UK" else [p[:3], p[3:6], p[6:]]
        z = pick("oh", "zero")
        turns = [(A, ask)]
        for i, grp in enumerate(gs):
            turns.append((C, [pick("", "um ") if i == 0 else "", (say_group(grp, z, pick("num", "single", "pairs")), "PHONE")]))
            if i < len(gs) - 1:
                turns.append((A, pick("mhm", "yep", "okay")))
        add("positive", "call/%s: %s phone split across turns" % (ind, country), turns)
        return
    v = fmt_phone(p, country, style)
    if style in ("spoken",) and R.random() < 0.3:
        v = homophone(v)
    add("positive", "%s/%s: %s phone %s" % ("chat" if style == "chat" else "call", ind, country, style),
        [(A, ask), (C, [pick("It's ", "yeah ", "mobile is ", "", "Uh, best one is "), (v, "PHONE"),
                        pick("", ".", " after 5pm", " that's my mobile")])])


def pos_email():
    e = make_email()
    style = pick("whisper", "spoken", "chat", "whisper")
    ind = pick("retail", "telecom", "travel", "insurance", "utilities")
    add("positive", "%s/%s: email %s" % ("chat" if style == "chat" else "call", ind, style),
        [(A, pick("And what email address should we send the confirmation to?", "email address please",
                  "Can I confirm your email?")),
         (C, [pick("It's ", "yeah it's ", "", "um "), (say_email(e, style), "EMAIL"),
              pick("", ".", " all lower case", " thanks")])])


def pos_dob():
    style = pick("whisper", "spoken", "chat", "spoken")
    ind = pick("healthcare billing", "insurance", "banking", "government services", "telecom")
    d = make_dob(style)
    add("positive", "%s/%s: date of birth %s" % ("chat" if style == "chat" else "call", ind, style),
        [(A, pick("Can you confirm your date of birth?", "and your DOB please", "date of birth for security")),
         (C, [pick("Yeah. ", "it's ", "", "Sure it's "), (d, "DOB"),
              pick("", ".", " I'm %d" % R.randint(20, 80))])])


def pos_address():
    style = pick("whisper", "spoken", "chat")
    ind = pick("utilities", "retail", "telecom", "insurance")
    addr = make_address(style)
    if R.random() < 0.5:
        pc = make_uk_pc()
        pcv = say_pc(pc, style)
        add("positive", "%s/%s: street address and UK postcode, %s" % ("chat" if style == "chat" else "call", ind, style),
            [(A, pick("What's the first line of the address and the postcode?", "address and postcode please")),
             (C, [pick("It's ", "", "yeah "), (addr, "ADDRESS"), pick(", ", " ", ". "), (pcv, "POSTCODE")])])
    else:
        z = make_zip()
        add("positive", "%s/%s: US street address then ZIP, %s" % ("chat" if style == "chat" else "call", ind, style),
            [(A, "What's the service address?"), (C, [pick("", "It's "), (addr, "ADDRESS")]),
             (A, pick("And the ZIP code?", "zip code")), (C, [pick("", "it's ", "uh "), (say_zip(z, style), "POSTCODE")])])


def pos_postcode_only():
    style = pick("whisper", "spoken", "spoken")
    pc = make_uk_pc()
    add("positive", "call/%s: UK postcode spelled, %s" % (pick("utilities", "retail", "government services"), style),
        [(A, "And can I just take the postcode"), (C, [pick("", "yeah it's ", "Uh "), (say_pc(pc, style), "POSTCODE")])])


def pos_multi():
    """two values in one turn + chit-chat."""
    dob = make_dob("whisper")
    pc = make_uk_pc()
    add("positive", "call/%s: DOB and postcode in one turn with chit-chat about the weather" % pick("banking", "insurance"),
        [(A, "for security can I have your date of birth and postcode"),
         (C, ["Yeah, it's ", (dob, "DOB"), " and the postcode is ", (say_pc(pc, "whisper"), "POSTCODE"),
              ". Sorry it's freezing here, like minus %d." % R.randint(1, 6)])])


def pos_ssn_dob():
    s = make_ssn()
    d = make_dob(pick("spoken", "whisper"))
    add("positive", "call/healthcare billing: SSN and DOB in one turn",
        [(A, "I need your social and date of birth to pull up the claim"),
         (C, ["okay social is ", (whisper_groups([s[:3], s[3:5], s[5:]], "zero"), "SSN"), " and birthday ",
              (d, "DOB")])])


def pos_ni_phone():
    ni = make_ni()
    p = make_uk_mobile()
    add("positive", "call/government services: NI number and phone in one turn, Whisper style",
        [(A, "Can I take your NI number and a contact number."),
         (C, ["Yep. NI is ", (say_ni(ni, "whisper"), "NI_NUMBER"), ". And my mobile, ", (fmt_phone(p, "UK", "whisper"), "PHONE"), "."])])


def pos_card_runon():
    cd = make_card()
    g = card_groups(cd)
    v = "".join(g[:2]) + " " + " ".join(g[2:])
    add("positive", "call/retail: Whisper ran card groups together into one long numeral",
        [(A, "and the card number"), (C, ["It's ", (v, "CARD_NUMBER"), "."])])


def pos_ni_agent_readback():
    ni = make_ni()
    add("positive", "call/government services: agent reads NI back with NATO letters",
        [(C, ["my national insurance is ", (say_ni(ni, "spoken"), "NI_NUMBER")]),
         (A, ["So that's ", (say_ni(ni, "whisper"), "NI_NUMBER"), "?"]), (C, "yes that's it")])


def pos_ssn_readback():
    s = make_ssn()
    add("positive", "call/banking: SSN read with a filler word inside the reading",
        [(C, ["it's ", (say_single(s[:5], "zero") + " um " + say_single(s[5:], "zero"), "SSN")]),
         (A, pick("Thank you, and that matches what we have.", "Perfect, thanks.")),
         ])


def punct_words(ds, sep):
    ws = [dword(d, "zero") for d in ds]
    out = ws[0].capitalize()
    for w in ws[1:]:
        out += sep + (w.capitalize() if sep.startswith(".") else w)
    return out


def pos_card_punct():
    cd = make_card()
    g = card_groups(cd)
    sep = pick(", ", ". ", "-")
    v = (" " if sep == "-" else ", ").join(punct_words(x, sep) for x in g)
    add("positive", "call/%s: Whisper added capitals/commas/hyphens between spoken card digits" % pick("retail", "telecom", "banking"),
        [(A, "Go ahead with the card number."), (C, ["Okay. ", (v, "CARD_NUMBER"), "."])])


def pos_ssn_hyphen():
    s_ = make_ssn()
    v = pick("-".join(s_[:3]) + ", " + "-".join(s_[3:5]) + ", " + "-".join(s_[5:]),
             punct_words(s_[:3], ", ") + ". " + s_[3:5] + "-" + s_[5:])
    add("positive", "call/%s: SSN digits hyphenated/comma'd by the recogniser" % pick("insurance", "healthcare billing", "banking"),
        [(A, "And your Social Security number?"), (C, ["Yeah. It's ", (v, "SSN"), ". Sorry, I'm driving."])])


def pos_ni_dotted():
    ni = make_ni()
    v = pick("%s.%s. %s %s %s %s." % (ni[0], ni[1], ni[2:4], ni[4:6], ni[6:8], ni[8]),
             "%s-%s %s, %s" % (ni[0], ni[1], ni[2:8], ni[8]),
             "%s %s-%s-%s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]))
    v = v.rstrip(".")
    add("positive", "call/%s: NI number, recogniser inserted dots/hyphens between letters" % pick("government services", "banking", "utilities"),
        [(A, "Can I get your national insurance number?"), (C, ["Yeah, it's ", (v, "NI_NUMBER"), ". I've got it here on my payslip."])])


def pos_phone_hyphen():
    country = pick("UK", "IE", "US")
    p = {"UK": make_uk_mobile, "US": make_us_phone, "IE": make_ie_mobile}[country]()
    parts = [p[:5], p[5:8], p[8:]] if country == "UK" else [p[:3], p[3:6], p[6:]]
    v = ", ".join(pick("-".join(x), x, say_single(x, "oh").capitalize()) for x in parts)
    add("positive", "call/%s: %s phone, mix of hyphenated digits, numerals and capitalised words" % (pick("telecom", "retail", "travel"), country),
        [(A, "What's a good number for you?"), (C, ["Yeah, so it's ", (v, "PHONE"), ". Any time after 6."])])


def pos_email_split_domain():
    e = make_email()
    user, dom = e.split("@")
    dom_s = dom.replace("gmail", "g mail").replace("hotmail", "hot mail").replace("icloud", "i cloud") \
        .replace("outlook", "out look").replace(".", " dot ")
    us = user.replace(".", " dot ").replace("_", " underscore ")
    add("positive", "call/%s: spoken email, recogniser may split the domain word ('g mail', 'hot mail')" % pick("retail", "travel", "insurance"),
        [(A, "And the email address?"), (C, ["Yep it's ", (us + " at " + dom_s, "EMAIL"), ". All one word for the first bit."])])


def pos_dob_born():
    d = make_dob(pick("whisper", "spoken"))
    add("positive", "call/%s: 'I was born on' DOB, agent reads it back with ITN" % pick("insurance", "healthcare billing", "banking"),
        [(A, "And for security, date of birth?"), (C, ["I was born on ", (d, "DOB"), pick(", yeah.", ". Is that the one you have?", ".")]),
         (A, pick("Great, thank you.", "Perfect, that's verified."))])


def pos_exp_cvv_one_turn():
    ex = make_expiry("whisper")
    cv = digits(3)
    cvs = pick(cv, " ".join(cv), punct_words(cv, ", "))
    add("positive", "call/%s: expiry and CVV given together in one turn" % pick("retail", "travel", "utilities"),
        [(A, "And the expiry and the three digit code on the back?"),
         (C, ["Expiry's ", (ex, "EXPIRY"), " and the code is ", (cvs, "CVV"), "."])])


def pos_acct_readback():
    acct = digits(8)
    sc = digits(6)
    add("positive", "call/banking: agent reads sort code and account back, Whisper writes agent side as numerals",
        [(C, ["sort code ", (say_pairs(sc, "oh"), "SORT_CODE"), " account ", (say_single(acct, "oh"), "BANK_ACCOUNT")]),
         (A, ["So that's ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " and ", (acct, "BANK_ACCOUNT"), "?"]),
         (C, "Yeah.")])


def pos_iban_ie_spoken():
    ib = make_iban(pick("IE", "GB"))
    g = iban_grouped(ib).split(" ")
    turns = [(A, "Okay, read me the IBAN slowly.")]
    for i, x in enumerate(g):
        turns.append((C, [(x if R.random() < 0.5 or not x.isdigit() else say_single(x, "zero"), "IBAN")]))
        if i < len(g) - 1:
            turns.append((A, pick("Yep.", "mhm", "okay")))
    add("positive", "call/banking: IBAN read in blocks of four over many turns", turns)


# ---------------------------------------------------------------- negatives
def neg():
    amt = R.randint(12, 950)
    cents = R.randint(10, 99)
    ref = digits(R.choice([6, 7, 8, 9, 10]))
    yr = R.randint(2015, 2026)
    m = R.choice(MONTHS)
    day = R.randint(1, 28)
    hh = R.randint(1, 11)
    t = R.randint(0, 18)
    templates = [
        ("call/telecom: bill amount and due date, Whisper numerals", [
            (A, "Your bill this month is $%d.%d and it's due on %s %d%s." % (amt, cents, m.capitalize(), day, sfx(day))),
            (C, "okay %s dollars %s that's more than last month" % (num_words(amt % 100 + 1), num_words(cents)))]),
        ("call/utilities: meter reading spoken and ITN", [
            (A, "Can you read me the meter reading?"),
            (C, "yeah it's %s, that's %s" % (digits(5), say_pairs(digits(4), "oh")))]),
        ("call/retail: order number with reference word", [
            (A, "what's the order number"), (C, "order number %s" % say_single(ref, "oh"))]),
        ("call/retail: order number ITN", [
            (C, "Hi, I'm calling about order number %s, it was supposed to arrive on the %d%s." % (ref, day, sfx(day)))]),
        ("call/travel: flight number and times", [
            (A, "Your flight is %s %s departing at %d:%02d and boarding closes %d minutes before." % (
                pick("EI", "BA", "FR", "UA"), R.randint(100, 9999), hh, R.choice([0, 15, 30, 45]), R.randint(20, 45))),
            (C, "okay so gate closes at like %s %s" % (num_words(hh), pick("thirty", "fifteen", "forty five")))]),
        ("call/travel: hotel room and nights", [
            (C, "I'm in room %s for %s nights, checking out on %s %s" % (
                say_single(digits(3), "oh"), num_words(R.randint(2, 9)), m, ORD[day]))]),
        ("call/banking: balance and percentages", [
            (A, "Your current balance is £%d,%03d.%d and the rate is %d.%d%%." % (R.randint(1, 40), R.randint(0, 999), cents, hh + 10, day % 9 + 1)),
            (C, "so %s point %s percent yeah" % (num_words(hh + 10), ONES[day % 9 + 1]))]),
        ("call/insurance: claim number said with reference word", [
            (A, "Do you have the claim reference?"), (C, "Yes, claim reference %s" % whisper_groups([ref[:3], ref[3:]], "oh"))]),
        ("call/healthcare billing: appointment date and time (not birth)", [
            (A, "I can book you for %s %s at %s %s" % (m, ORD[day], num_words(hh), pick("thirty", "fifteen", "o'clock"))),
            (C, "the %s of %s, yeah that works, it's been %s weeks" % (ORD[day], m, num_words(R.randint(2, 12))))]),
        ("call/telecom: contract start date and duration", [
            (A, "Your contract started on %d/%02d/%d and runs for %d months." % (day, R.randint(1, 12), yr, pick(12, 18, 24, 36))),
            (C, "twenty four months? I thought it was %s" % num_words(pick(12, 18)))]),
        ("call/retail: model number and price", [
            (C, "it's the %s %s model, I paid %s %s for it" % (
                pick("WM", "XR", "KD", "TX"), R.randint(100, 9999), num_words(R.randint(100, 999)), pick("pounds", "euro", "dollars")))]),
        ("call/utilities: temperature and speed", [
            (C, "the boiler's only getting to like %d degrees and the internet's doing %d meg" % (R.randint(30, 70), R.randint(2, 900)))]),
        ("call/telecom: data usage and counts", [
            (A, "You've used %s gigabytes out of %d, and %d texts." % (num_words(R.randint(2, 49)), pick(50, 100, 150), R.randint(3, 400)))]),
        ("call/government services: age and year", [
            (C, "I'm %s years old and I've lived here since %s" % (num_words(R.randint(19, 88)), say_pairs(str(R.randint(1960, 2020)), "oh")))]),
        ("chat/retail: ticket number and price", [
            (C, "ticket #%s still not resolved, charged €%d.%d twice" % (ref, amt, cents))]),
        ("chat/banking: payment date and amount", [
            (C, "i paid £%d on %02d/%02d/%d why is it not showing" % (amt, day, R.randint(1, 12), yr))]),
        ("call/insurance: invoice number ITN with numerals and words", [
            (A, "And the invoice number?"), (C, "Invoice %s %s" % (ref[:4], say_single(ref[4:], "oh")))]),
        ("call/telecom: duration and time on hold", [
            (C, "I've been on hold for %s minutes, since %d:%02d" % (num_words(R.randint(10, 59)), hh, R.randint(0, 59)))]),
        ("call/retail: quantity and sizes", [
            (C, "I ordered %s of them in size %s and only %s came" % (num_words(R.randint(3, 12)), num_words(R.randint(6, 14)), num_words(R.randint(1, 2))))]),
        ("call/banking: interest and year", [
            (A, "In %d you paid %s pounds in interest." % (yr, num_words(R.randint(20, 99))))]),
        ("call/utilities: tariff rate in pence", [
            (A, "The unit rate is %s point %s pence per kilowatt hour and the standing charge is %d.%dp." % (
                num_words(R.randint(20, 35)), ONES[R.randint(1, 9)], R.randint(30, 60), R.randint(1, 9)))]),
        ("call/travel: booking reference alphanumeric", [
            (C, "booking reference is %s" % " ".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)))]),
        ("call/healthcare billing: amount owed after insurance", [
            (A, "After insurance your responsibility is $%s and that was for the visit on %s %d%s." % (amt, m.capitalize(), day, sfx(day)))]),
        ("call/telecom: case number with reference word, ITN split", [
            (A, "Your case number is %s. %s." % (ref[:5], ref[5:] or "0")), (C, "sorry can you repeat that"),
            (A, "case number %s" % say_single(ref, "zero"))]),
        ("call/retail: store opening hours and count", [
            (C, "the store said they open at %s and close at %s, I went %s times" % (
                pick("9am", "nine", "8:30"), pick("6pm", "five thirty", "10"), num_words(R.randint(2, 5))))]),
        ("call/banking: last %s payments amounts" % "few", [
            (A, "I can see payments of %d, %d and %d pounds" % (R.randint(10, 99), R.randint(100, 500), R.randint(10, 90)))]),
        ("call/utilities: engineer visit date", [
            (A, "The engineer's booked for %s the %s between %s and %s." % (
                pick("Monday", "Tuesday", "Friday"), ORD[day], pick("eight", "8"), pick("twelve", "1pm")))]),
        ("call/insurance: policy renewal premium and year", [
            (C, "my premium went from %s to %s pounds this year, it's %d now" % (num_words(R.randint(200, 400)), num_words(R.randint(401, 999)), yr))]),
        ("call/telecom: phone model and storage", [
            (C, "it's the iPhone %d with %d gig and it's %d months old" % (R.randint(11, 16), pick(64, 128, 256, 512), R.randint(2, 30)))]),
        ("call/travel: seat and gate numbers", [
            (A, "You're in seat %d%s and it's gate %s" % (R.randint(1, 40), R.choice("ABCDEF"), say_single(str(R.randint(10, 60)), "oh")))]),
        ("call/banking: years with the bank and age", [
            (C, "I've been with you since nineteen ninety %s, I'm %s now" % (ONES[R.randint(1, 9)], num_words(R.randint(40, 85))))]),
        ("call/government services: reference number said with word", [
            (A, "Your reference number is %s" % whisper_groups([ref[:3], ref[3:6], ref[6:]], "oh"))]),
        ("call/telecom: Whisper ITN price and plan", [
            (A, "So the new plan is $%d a month, that's %s dollars less than before, from the %d%s." % (R.randint(20, 90), num_words(R.randint(5, 30)), day, sfx(day))),
            (C, "okay forty bucks is fine")]),
        ("call/travel: train time and platform", [
            (C, "the 2:%02d to %s was cancelled and they moved us to platform %s" % (R.randint(0, 59), pick("Galway", "Leeds", "Boston", "Cork"), num_words(R.randint(1, 14))))]),
        ("call/insurance: car mileage and year of car", [
            (C, "it's a %d %s with about %s thousand miles on it" % (R.randint(2008, 2024), pick("Golf", "Corolla", "Civic", "Focus"), num_words(R.randint(12, 150) % 100 + 1)))]),
        ("call/banking: mortgage term and rate", [
            (A, "That would be over %s years at %s point %s percent, so about %s a month." % (num_words(pick(20, 25, 30, 35)), ONES[R.randint(2, 6)], ONES[R.randint(1, 9)], "$%d" % R.randint(900, 3500)))]),
        ("call/healthcare billing: copay and number of visits", [
            (C, "I had %s visits and each one was a %s dollar copay, so %d in total" % (num_words(R.randint(2, 9)), num_words(pick(20, 25, 30, 40)), R.randint(40, 360)))]),
        ("call/government services: tax year and refund amount", [
            (A, "For the %d to %d tax year you're due a refund of £%d.%d" % (yr - 1, yr, amt, cents))]),
        ("call/banking: payment date ordinal ITN", [
            (C, "the direct debit went out on the 1st and again on the %d%s, two payments of %s pounds" % (day, sfx(day), num_words(R.randint(20, 99))))]),
        ("call/retail: parcel tracking number with reference word", [
            (A, "Your parcel tracking number is %s, it's out for delivery." % ref)]),
        ("call/telecom: router model and lights", [
            (C, "it's the TP %s router, there's like %s lights and the third one's flashing since %s this morning" % (
                R.randint(1000, 9999), num_words(R.randint(4, 9)), pick("six", "7", "half six")))]),
        ("call/utilities: Whisper split amount and date", [
            (A, "Okay. So the outstanding is 1,%03d pounds, %s pence. We can set up %s payments of $%d starting on the 15th." % (
                R.randint(0, 999), num_words(cents), num_words(R.randint(3, 12)), R.randint(40, 200)))]),
    ]
    note, turns = R.choice(templates)
    add("negative", note, turns)


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    COUNTERS["positive"] = COUNTERS["negative"] = 0
    plan = ([pos_card_whisper] * 16 + [pos_card_split] * 10 + [pos_card_cvv_exp] * 12 + [pos_card_chat] * 6 +
            [pos_card_readback] * 3 + [pos_card_correction] * 3 + [pos_card_runon] * 3 +
            [pos_ssn] * 26 + [pos_ssn_dob] * 5 + [pos_ssn_readback] * 3 +
            [pos_ni] * 24 + [pos_ni_phone] * 5 + [pos_ni_agent_readback] * 3 +
            [pos_bank] * 14 + [pos_us_account] * 4 + [pos_iban] * 14 +
            [pos_phone] * 16 + [pos_email] * 14 + [pos_dob] * 12 + [pos_address] * 16 +
            [pos_postcode_only] * 6 + [pos_multi] * 5 + [pos_card_punct] * 5 + [pos_ssn_hyphen] * 5 +
            [pos_ni_dotted] * 5 + [pos_phone_hyphen] * 5 + [pos_email_split_domain] * 4 + [pos_dob_born] * 4 +
            [pos_exp_cvv_one_turn] * 5 + [pos_acct_readback] * 3 + [pos_iban_ie_spoken] * 3)
    R.shuffle(plan)
    for f in plan:
        f()
    for _ in range(110):
        neg()
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASE_LIST)
    return lines, CASE_LIST


# ---------------------------------------------------------------- validation
WD = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1",
      "two": "2", "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "fore": "4",
      "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9", "niner": "9"}
FILL = {"um", "uh", "er", "erm", "sorry", "and", "then", "plus", "hmm", "dash", "space"}
LETW = {v: k for k, v in SAYLETTER.items()}


def norm_digits(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WD:
            out += WD[toks[i + 1]] * (2 if t == "double" else 3)
            i += 1
        elif t in WD:
            out += WD[t]
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS and t:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out += str(TENS.index(t)) + WD[toks[i + 1]]
                i += 1
            else:
                out += str(TENS.index(t)) + "0"
        elif t in FILL:
            pass
        else:
            return None
        i += 1
    return out


def norm_alnum(text):
    """letters and digits, spoken forms resolved; for NI / postcode / IBAN."""
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and \
                toks[i + 2][0] == t:
            out += t
            i += 3
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WD:
            out += WD[toks[i + 1]] * (2 if t == "double" else 3)
            i += 2
            continue
        if t in ("zero", "oh", "nought"):
            out += "0"
        elif t in WD and len(t) > 1:
            out += WD[t]
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS and t:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out += str(TENS.index(t)) + WD[toks[i + 1]]
                i += 1
            else:
                out += str(TENS.index(t)) + "0"
        elif t in LETW:
            out += LETW[t]
        elif re.fullmatch(r"[a-z0-9]+", t) and (len(t) == 1 or any(c.isdigit() for c in t) or len(t) <= 4):
            out += t
        elif t in FILL:
            pass
        else:
            return None
        i += 1
    return out.upper()


def validate(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        return d is not None and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ in ("CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        d = norm_digits(text)
        if d is None:
            return False
        return {"CVV": 3 <= len(d) <= 4, "SSN": len(d) == 9, "SORT_CODE": len(d) == 6,
                "BANK_ACCOUNT": 8 <= len(d) <= 12, "PHONE": 10 <= len(d) <= 13}[typ]
    if typ == "EXPIRY":
        if any(mn in low for mn in MONTHS):
            return bool(re.search(r"\d\d|twenty|thirty", low))
        d = norm_digits(text)
        return d is not None and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if typ == "NI_NUMBER":
        s = norm_alnum(text)
        return s is not None and bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))
    if typ == "IBAN":
        s = norm_alnum(text)
        return s is not None and iban_ok(s)
    if typ == "POSTCODE":
        s = norm_alnum(text)
        return s is not None and bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s))
    if typ == "EMAIL":
        s = re.sub(r"\s+at\s+|\s*@\s*", "@", low)
        s = re.sub(r"\s+dot\s+", ".", s)
        s = s.replace(" underscore ", "_")
        parts = s.split("@")
        return len(parts) == 2 and "." in parts[1] and bool(parts[0].strip())
    if typ == "DOB":
        has_month = any(mn in low or mn[:3] in low for mn in MONTHS)
        has_year = bool(re.search(r"\b(19|20)\d\d\b|nineteen|two thousand|\d+/\d+/\d+|\d{4}-\d\d-\d\d", low))
        return has_year and (has_month or bool(re.search(r"\d", low)) or len(low.split()) >= 3)
    if typ == "ADDRESS":
        return bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|eleven|twelve", low)) \
            and bool(re.search(r"(street|road|avenue|lane|drive|close|crescent|boulevard|court|way|grove|terrace)$", low))
    return False


def readme_text(cases):
    counts = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            counts[s["type"]] += 1
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h185

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures
here and changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the redaction
code, its tests, its docs or any other PII fixture (only a 3-line format example).
Generated by `scripts/make_pii_holdout185.py` from template functions: each turn is built
from plain text segments and (value, TYPE) segments, so offsets are computed, never typed.
All values come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout185.py --check` regenerates and verifies the fixture.

Emphasis: phone calls as a Whisper-like recogniser writes them - partial inverse text
normalisation (some groups numerals, some words in the same reading), added capitalisation
and punctuation ("4111, one one one one. 1111"), groups run together, digit homophones
("for", "to", "too", "ate"), letter homophones ("bee", "see", "are", "why", "zed"), NATO
spelling ("b for bravo"), values split across turns with back-channels, self-corrections,
agent read-backs, two values in one turn. Also typed chat. Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government services; US, UK,
Ireland, EU (IBANs).

## Annotation conventions

* A span covers only the value itself: digits/number words, spelled letters (including
  "x for xray" spellings), internal separators and fillers *inside* a reading ("um" between
  SSN groups). Lead-ins ("it's", "my card is"), trailing punctuation and context words are
  outside.
* A value split over several turns gets one span per turn fragment, same type.
* Self-corrections: only the final, complete value is labelled; the abandoned fragment is
  unlabelled (redacting it is not penalised in a positive case).
* ADDRESS = house number + street name (postcode labelled separately as POSTCODE).
* DOB includes the whole date phrase ("the third of may nineteen eighty", "March 3rd, 1980").
* EXPIRY is the month/year phrase; CVV only the 3-4 digits.
* Negatives contain no PII at all: prices, balances, times, durations, counts, years,
  percentages, appointment/contract/payment dates, order/ticket/claim/invoice/case
  references (<=10 digits, with their reference word), flight/seat/room/model numbers,
  meter readings, speeds, temperatures, ages. Positive cases may also contain such
  unlabelled numbers.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(lines, cases):
    problems = []
    ok = True
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != lines:
        problems.append("cases.jsonl differs from regenerated output (or missing)")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme_text(cases):
        problems.append("README.md differs from regenerated output (or missing)")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                problems.append("%s: bad turn" % c["id"])
        bytturn = {}
        failed = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: turn out of range" % c["id"])
                continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if not ((text[a].isalnum() or text[a] in "+(") and text[b - 1].isalnum()) or \
                    (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], text[a:b]))
            if not validate(s["type"], text[a:b]):
                failed.setdefault(s["type"], []).append(text[a:b])
            bytturn.setdefault(s["turn"], []).append((a, b))
        # a value split over turns: its fragments must validate when joined in order
        for typ, frags in failed.items():
            if len(frags) < 2 or not validate(typ, " ".join(frags)):
                problems.append("%s: %s fails validation: %r" % (c["id"], typ, frags))
        for spans in bytturn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % c["id"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    print("h185: %d positive, %d negative cases" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("check %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
    return not problems


def main():
    lines, cases = build()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(lines, cases) else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(lines)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text(cases))
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()
