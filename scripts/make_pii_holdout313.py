#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h313 (ASR-heavy).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Deterministic: one random.Random
seeded with 313241125.

    python scripts/make_pii_holdout313.py          # write fixture + README
    python scripts/make_pii_holdout313.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 313241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout313")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"4": ["for"], "2": ["to", "too"], "1": ["won"], "8": ["ate"], "3": ["tree"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NAMEWORDS = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
             "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay",
               "p": "pee", "r": "are", "t": "tee", "y": "why", "z": "zed", "h": "aitch"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_words(d):
    if d <= 20:
        return ORD[d - 1]
    if d < 30:
        return "twenty " + ORD[d - 21] if d > 20 else "twentieth"
    if d == 30:
        return "thirtieth"
    return "thirty first"


def ordinal_num(d):
    suf = "th"
    if d % 10 == 1 and d != 11:
        suf = "st"
    elif d % 10 == 2 and d != 12:
        suf = "nd"
    elif d % 10 == 3 and d != 13:
        suf = "rd"
    return "%d%s" % (d, suf)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- value generators
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card():
    kind = pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(ds):
    if len(ds) == 15:
        return [4, 6, 5]
    if len(ds) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    area = R.randrange(1, 666)
    if area == 0:
        area = 1
    return "%03d%02d%04d" % (area, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban():
    c = pick(["GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if c == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "MIDL"]) + dg(6) + dg(8)
    elif c == "IE":
        bban = pick(["AIBK", "IPBS", "ULSB"]) + dg(6) + dg(8)
    elif c == "DE":
        bban = dg(18)
    elif c == "NL":
        bban = pick(["ABNA", "INGB", "KNAB", "TRIN"]) + dg(10)
    elif c == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return c + iban_check(c, bban) + bban


def gen_phone(region):
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if region == "uk":
        return "07" + pick("3456789") + dg(8)
    if region == "uk_land":
        pre = pick(["020", "0161", "0113", "0141", "0117"])
        return pre + dg(8 if pre == "020" else 7)
    if region == "us":
        return pick("23456789") + dg(2) + pick("23456789") + dg(6)
    if region == "ie":
        return "08" + pick("35679") + dg(7)
    return "06" + dg(8)  # nl mobile


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "niamh",
         "daniel", "olivia", "marek", "chloe", "ravi", "emma", "sean", "lucy", "kwame"]
LAST = ["walsh", "patel", "murphy", "o'brien", "kowalski", "smith", "nguyen", "jones",
        "kelly", "garcia", "hughes", "brennan", "taylor", "okafor", "fischer", "byrne"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.co.uk", "web.de"]


def gen_email():
    f, l = pick(FIRST), pick(LAST).replace("'", "")
    style = R.randrange(5)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randrange(10, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = f + l[0] + str(R.randrange(1970, 2005))
    else:
        user = l + "." + f[0]
    return user, pick(DOMAINS)


STREETS = ["oak", "maple", "station", "church", "victoria", "elm", "mill", "park", "high",
           "kings", "willow", "cedar", "harbour", "abbey", "meadow", "orchard", "pine", "main"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "terrace", "boulevard", "place"]
SUFFIX_ABBR = {"road": "Rd", "street": "St", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "court": "Ct", "boulevard": "Blvd", "place": "Pl", "close": "Cl",
               "crescent": "Cres", "way": "Way", "terrace": "Tce"}


def gen_address():
    return R.randrange(1, 400), pick(STREETS), pick(SUFFIX)


UK_AREAS = ["SW", "M", "LS", "B", "G", "EH", "CF", "BS", "NE", "L", "E", "N", "SE", "BT", "CB",
            "RG", "KT", "PR", "DY", "TR", "W", "NW"]
IN_LET = "ABDEFGHJLNPRSTUWXYZ"


def gen_uk_postcode():
    a = pick(UK_AREAS)
    out = a + str(R.randrange(1, 20))
    return out, str(R.randrange(10)) + pick(IN_LET) + pick(IN_LET)


def gen_zip(plus4=False):
    z = "%05d" % R.randrange(1001, 99951)
    if plus4:
        return z + "-" + "%04d" % R.randrange(10000)
    return z


def gen_dob():
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1948, 2005)


def gen_expiry():
    return R.randrange(1, 13), R.randrange(26, 32)


# ---------------------------------------------------------------- spoken renderers
ZERO_UK = ["oh", "oh", "zero", "nought", "o"]
ZERO_US = ["zero", "zero", "oh", "o"]


def dword(d, zero="uk", homo=0.0):
    if d == "0":
        return pick(ZERO_UK if zero == "uk" else ZERO_US)
    if d in HOMO and chance(homo):
        return pick(HOMO[d])
    return UNITS[int(d)]


def pair_words(a, b, joiner=" "):
    a, b = int(a), int(b)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else joiner + UNITS[b])


def pair_asr(a, b):
    """Whisper habit: 'seventy-one' hyphenated, sometimes run together."""
    return pair_words(a, b, pick([" ", " ", " ", "-", "-", ""]))


def num_words(n):
    """Natural cardinal words for 0..999 (as a caller says a house number)."""
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_asr(*str(n))
    h, rest = divmod(n, 100)
    if rest == 0:
        return UNITS[h] + " hundred"
    if chance(0.5):
        return UNITS[h] + " hundred and " + num_words(rest)
    return UNITS[h] + " " + (pair_asr(*("%02d" % rest)) if rest >= 10 else "oh " + UNITS[rest])


def words_group(g, zero="uk", p_double=0.6, p_pair=0.0, homo=0.0):
    out = []
    i = 0
    n = len(g)
    while i < n:
        if i + 2 < n and g[i] == g[i + 1] == g[i + 2] and chance(p_double):
            out.append("triple " + dword(g[i], zero))
            i += 3
        elif i + 1 < n and g[i] == g[i + 1] and chance(p_double):
            out.append("double " + dword(g[i], zero))
            i += 2
        elif (i + 1 < n and g[i] != "0" and g[i + 1] != "0" and chance(p_pair)):
            out.append(pair_asr(g[i], g[i + 1]))
            i += 2
        else:
            out.append(dword(g[i], zero, homo))
            i += 1
    return " ".join(out)


def asr_digits(ds, groups=None, zero="uk", p_num=0.35, p_pair=0.15, homo=0.06,
               sep=None, fillers=0.0):
    """Render a digit string the way a speech recogniser might write it: some groups
    turned into numerals by ITN, others left as words."""
    if groups is None:
        groups = [len(ds)]
    parts = []
    pos = 0
    for k, gl in enumerate(groups):
        g = ds[pos:pos + gl]
        pos += gl
        if chance(p_num):
            parts.append(g)
        else:
            parts.append(words_group(g, zero, p_pair=p_pair, homo=homo))
    res = []
    for k, p in enumerate(parts):
        if k:
            s = sep if sep is not None else pick([" ", " ", " ", ", ", ". ", " - "])
            if fillers and chance(fillers):
                s = " " + pick(["um", "uh", "er", "erm"]) + " "
            res.append(s)
        res.append(p)
    return "".join(res)


def spell_letter(c, mode):
    c = c.lower()
    if mode == "nato" and c in NATO:
        return "%s for %s" % (c, NATO[c])
    if mode == "name" and c in NAMEWORDS:
        return "%s for %s" % (c, NAMEWORDS[c])
    if mode == "homo" and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    if mode == "cap":
        return c.upper()
    return c


def spell_letters(s, modes=("plain", "cap", "nato", "homo")):
    out = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and chance(0.5):
            out.append("double " + spell_letter(s[i], pick(["plain", "cap"])))
            i += 2
            continue
        out.append(spell_letter(s[i], pick(modes)))
        i += 1
    return " ".join(out)


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- normaliser
FILLERS = {"um", "uh", "er", "erm", "and", "sorry", "dash", "hyphen", "space", "then",
           "plus", "so", "yeah", "hmm"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "nil": "0"})
HOMO_MAP = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8", "tree": "3"}
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(k) for k, w in TENS.items()}
NATO_REV = {v: k for k, v in NATO.items()}
LHOMO_REV = {v: k for k, v in LETTER_HOMO.items()}


def tokens_of(text):
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?", text.lower())
    out = []
    for t in toks:
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            t = re.sub(r"(st|nd|rd|th)$", "", t)
        if "-" in t and t != "x-ray":
            out.extend(t.split("-"))
            continue
        m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                         r"(one|two|three|four|five|six|seven|eight|nine)", t)
        if m:
            out.extend([m.group(1), m.group(2)])
            continue
        out.append(t)
    return out


def normalise(text):
    """Spoken/typed value -> (canonical upper-case alnum string, unknown tokens)."""
    toks = tokens_of(text)
    out, unknown = [], []
    i = 0

    def one(t, nxt):
        if t.isdigit():
            return t, 1
        if t in UNIT_MAP:
            return UNIT_MAP[t], 1
        if t in HOMO_MAP:
            return HOMO_MAP[t], 1
        if t in TEEN_MAP:
            return TEEN_MAP[t], 1
        if t in TENS_MAP:
            if nxt in UNIT_MAP and nxt not in ("zero", "oh", "o", "nought", "nil"):
                return TENS_MAP[t] + UNIT_MAP[nxt], 2
            return TENS_MAP[t] + "0", 1
        if t in NATO_REV:
            return NATO_REV[t].upper(), 1
        if t in LHOMO_REV:
            return LHOMO_REV[t].upper(), 1
        if len(t) == 1 and t.isalpha():
            return t.upper(), 1
        if re.fullmatch(r"[a-z]+", t) is None and re.fullmatch(r"[a-z0-9]+", t):
            return t.upper(), 1  # typed alnum chunk like 'sw1a' or 'gb29nwbk'
        if re.fullmatch(r"[a-z]{2,4}", t):
            return t.upper(), 1  # typed letter block such as 'nwbk' or 'yl'

        return None, 1

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (len(t) == 1 and t.isalpha() and nxt in ("for",) and i + 2 < len(toks)
                and toks[i + 2][:1] == t):
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in FILLERS:
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            v, k = one(nxt, None)
            if v is None:
                unknown.append(nxt)
                i += 2
                continue
            out.append(v * (2 if t == "double" else 3))
            i += 2
            continue
        if t == "hundred":
            out.append("00")
            i += 1
            continue
        v, k = one(t, nxt)
        if v is None:
            unknown.append(t)
        else:
            out.append(v)
        i += k
    return "".join(out), unknown


# ---------------------------------------------------------------- case building
class Turn:
    def __init__(self, speaker, segs):
        self.speaker = speaker
        self.segs = segs


def A(*segs):
    return Turn("agent", segs)


def C(*segs):
    return Turn("customer", segs)


def V(text, typ, grp=None, part=False):
    """A labelled value segment. grp: group id for a value split across segments;
    part=True for a standalone fragment (e.g. an abandoned reading)."""
    return ("V", text, typ, grp, part)


CASE_LIST = []
META = {}  # id -> list of (span index, grp, part)


def build(kind, note, turns):
    out_turns, spans, meta = [], [], []
    for ti, t in enumerate(turns):
        text = ""
        for s in t.segs:
            if isinstance(s, tuple):
                _, val, typ, grp, part = s
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                meta.append((grp, part))
            else:
                text += s
        out_turns.append({"speaker": t.speaker, "text": text})
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "h313-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    CASE_LIST.append(case)
    META[cid] = meta
    return case


def P(note, *turns):
    return build("positive", note, list(turns))


def N(note, *turns):
    return build("negative", note, list(turns))


# ---------------------------------------------------------------- positive templates
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]
ACKS = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yes", "Mm-hmm."]


def ack():
    return pick(ACKS)


def t_card_asr_one_turn():
    c = gen_card()
    r = asr_digits(c, card_groups(c), zero=pick(["uk", "us"]), p_num=0.45)
    pre = pick(["yeah it's ", "Yeah, it's ", "okay so it's ", "It is ", "uh ", "sure it's "])
    post = pick(["", ".", " and that's a visa", ", that's the debit card.", " yeah"])
    P("call/%s: card read in one turn, ITN turns some groups into numerals" % pick(IND),
      A(pick(["can I take the long card number please", "What's the long number on the card?",
              "go ahead with the sixteen digits on the front"])),
      C(pre, V(r, "CARD_NUMBER"), post))


def t_card_split_turns():
    c = gen_card()
    gs = card_groups(c)
    zero = pick(["uk", "us"])
    turns = [A(pick(["okay whenever you're ready with the card number",
                     "and the card number please", "Go ahead with the card number."]))]
    pos = 0
    for k, gl in enumerate(gs):
        g = c[pos:pos + gl]
        pos += gl
        r = asr_digits(g, [gl], zero=zero, p_num=0.4, p_pair=0.2)
        lead = pick(["", "", "um ", "right ", "okay ", "then "]) if k else pick(["yep ", "it's ", "so ", ""])
        tail = pick(["", "", "", ".", "..."])
        turns.append(C(lead, V(r, "CARD_NUMBER", grp="c"), tail))
        if k < len(gs) - 1:
            turns.append(A(ack()))
    P("call/%s: card split over customer turns with back-channels, mixed ITN" % pick(IND), *turns)


def t_card_selfcorrect():
    c = gen_card()
    wrong = c[:4] + str((int(c[4]) + 3) % 10) + c[5:8]
    r1 = asr_digits(wrong, [4, 4], p_num=0.3)
    r2 = asr_digits(c, card_groups(c), p_num=0.3)
    P("call/%s: caller starts a card number, corrects themselves and restarts; both readings labelled" % pick(IND),
      A("and the card number"),
      C("it's ", V(r1, "CARD_NUMBER", part=True), " no wait sorry let me start again ",
        V(r2, "CARD_NUMBER")))


def t_card_readback():
    c = gen_card()
    last4 = c[-4:]
    exp_m, exp_y = gen_expiry()
    cvv = "".join(str(R.randrange(10)) for _ in range(4 if len(c) == 15 else 3))
    exp_r = pick(["%02d/%d" % (exp_m, exp_y), "%s %s" % (words_group("%02d" % exp_m), pair_words(*str(exp_y))),
                  "%s twenty %s" % (MONTHS[exp_m - 1], pair_words(*str(exp_y))), "%02d %d" % (exp_m, exp_y)])
    P("call/%s: card, expiry and security code in sequence, agent reads the card back" % pick(IND),
      A("can I take the card number"),
      C(V(asr_digits(c, card_groups(c), p_num=0.5), "CARD_NUMBER")),
      A("so that's ", V(asr_digits(c, card_groups(c), p_num=0.8, sep=" "), "CARD_NUMBER"), " is that right"),
      C("yes that's correct"),
      A("and the expiry date"),
      C(V(exp_r, "EXPIRY")),
      A("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
      C(pick(["it's ", "", "uh "]), V(asr_digits(cvv, p_num=0.5, p_pair=0.0), "CVV")))


def t_card_chat():
    c = gen_card()
    gs = card_groups(c)
    style = R.randrange(5)
    pos, parts = 0, []
    for gl in gs:
        parts.append(c[pos:pos + gl])
        pos += gl
    if style == 0:
        txt = " ".join(parts)
    elif style == 1:
        txt = "-".join(parts)
    elif style == 2:
        txt = c
    elif style == 3:
        txt = ".".join(parts)
    else:
        txt = "  ".join(parts)
    m, y = gen_expiry()
    exp = pick(["%02d/%d" % (m, y), "%02d-20%d" % (m, y), "%d/%d" % (m, y), "%02d%d" % (m, y)])
    cvv = "%03d" % R.randrange(1000)
    P("chat/%s: typed card with expiry and cvv in one message" % pick(["retail", "travel", "telecom"]),
      A("Please provide the card details to complete the payment of $%d.%02d" % (R.randrange(20, 900), R.randrange(100))),
      C(pick(["card ", "ok its ", "Card no: ", "here u go "]), V(txt, "CARD_NUMBER"),
        pick([" exp ", " expires ", ", expiry "]), V(exp, "EXPIRY"),
        pick([" cvv ", " security code ", " cvc "]), V(cvv, "CVV")))


def t_ssn_asr():
    s = gen_ssn()
    r = asr_digits(s, [3, 2, 4], zero="us", p_num=pick([0.0, 0.3, 0.6]), p_pair=0.2)
    P("call/%s US: social security number with ITN mixing" % pick(["insurance", "banking", "healthcare billing", "government services"]),
      A(pick(["can I get your social security number to verify", "and your social please",
              "What's your Social Security number?"])),
      C(pick(["yeah sure it's ", "Sure. It's ", "uh ", "my social is ", ""]), V(r, "SSN"),
        pick(["", ".", " yeah", " I think"])))


def t_ssn_split():
    s = gen_ssn()
    P("call/%s US: SSN split across turns with agent back-channels" % pick(["insurance", "healthcare billing", "banking"]),
      A("could you verify your social security number for me"),
      C(V(asr_digits(s[:3], zero="us", p_num=0.4), "SSN", grp="s")),
      A(ack()),
      C(V(asr_digits(s[3:5], zero="us", p_num=0.4, p_pair=0.5), "SSN", grp="s")),
      A(ack()),
      C(pick(["", "and then ", "um "]), V(asr_digits(s[5:], zero="us", p_num=0.4, p_pair=0.3), "SSN", grp="s")))


def t_ssn_last4_chat():
    s = gen_ssn()
    fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    P("chat/%s US: typed SSN with claim number nearby (claim number not PII)" % pick(["insurance", "government services"]),
      A("Can you confirm your SSN and claim number?"),
      C("claim %d, ssn " % R.randrange(1000000, 9999999), V(fmt, "SSN")))


def t_ssn_whisper_punct():
    s = gen_ssn()
    a = asr_digits(s[:3], zero="us", p_num=0.0)
    b = s[3:5]
    c = asr_digits(s[5:], zero="us", p_num=0.5)
    txt = cap_first(a) + ". " + b + ", " + c
    P("call/healthcare billing US: Whisper adds capitals and periods inside an SSN reading",
      A("I'll need the patient's social security number"),
      C("Okay. ", V(txt, "SSN"), ". That's for my son, he's %d." % R.randrange(5, 17)))


def ni_render(ni, style):
    let, num, suf = ni[:2], ni[2:8], ni[8]
    if style == "chat":
        return pick(["%s %s %s %s %s", "%s%s%s%s%s"]) % (let, num[:2], num[2:4], num[4:], suf) if chance(0.5) else \
            (let + num + suf).lower() if chance(0.5) else "%s-%s-%s" % (let, num, suf)
    lr = spell_letters(let)
    nr = asr_digits(num, [2, 2, 2], p_num=0.35, p_pair=0.35)
    sr = spell_letter(suf, pick(["plain", "cap", "nato", "name", "homo"]))
    return "%s %s %s" % (lr, nr, sr)


def t_ni_asr():
    ni = gen_ni()
    P("call/%s UK: national insurance number, letters spelled, digits mixed ITN" % pick(["government services", "banking", "utilities", "insurance"]),
      A(pick(["can you give me your national insurance number", "and your NI number please",
              "What's your National Insurance number?"])),
      C(pick(["yeah it's ", "It's ", "uh yeah ", "right so ", ""]), V(ni_render(ni, "asr"), "NI_NUMBER"),
        pick(["", ".", " I think", " yeah"])))


def t_ni_split():
    ni = gen_ni()
    P("call/government services UK: NI number split into letters / digits / suffix turns",
      A("national insurance number please"),
      C(V(spell_letters(ni[:2]), "NI_NUMBER", grp="n")),
      A(ack()),
      C(V(asr_digits(ni[2:8], [2, 2, 2], p_num=0.4, p_pair=0.4), "NI_NUMBER", grp="n")),
      A("and the letter at the end"),
      C(pick(["", "it's ", "that's "]), V(spell_letter(ni[8], pick(["nato", "name", "cap", "homo"])), "NI_NUMBER", grp="n")))


def t_ni_chat():
    ni = gen_ni()
    P("chat/%s UK: typed NI number, varied case and spacing" % pick(["government services", "banking"]),
      A("Please confirm your National Insurance number."),
      C(pick(["ni is ", "NI no. ", "its ", "sure - "]), V(ni_render(ni, "chat"), "NI_NUMBER"),
        pick(["", " thanks", ". my payslip says that anyway"])))


def t_ni_readback():
    ni = gen_ni()
    P("call/government services UK: NI number given then read back by the agent with NATO letters",
      A("can I take your national insurance number"),
      C(V(ni_render(ni, "asr"), "NI_NUMBER")),
      A("thank you so that's ", V("%s %s %s" % (" ".join("%s for %s" % (c.lower(), NATO[c.lower()]) for c in ni[:2]),
                                                asr_digits(ni[2:8], [2, 2, 2], p_num=0.0, p_pair=0.0),
                                                "%s for %s" % (ni[8].lower(), NATO[ni[8].lower()])), "NI_NUMBER"),
        pick([" correct", " yeah", " is that right"])),
      C("that's right"))


def t_bank_uk():
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    acc = "".join(str(R.randrange(10)) for _ in range(8))
    P("call/%s UK: sort code in pairs and account number, ITN mix" % pick(["banking", "utilities", "insurance"]),
      A("for the direct debit I need the sort code and account number"),
      C("sort code is ", V(asr_digits(sc, [2, 2, 2], p_num=0.5, p_pair=0.5), "SORT_CODE")),
      A(ack()),
      C(pick(["and the account number ", "account ", "and then the account is "]),
        V(asr_digits(acc, [4, 4], p_num=0.4, p_pair=0.2), "BANK_ACCOUNT")))


def t_bank_chat():
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    acc = "".join(str(R.randrange(10)) for _ in range(8))
    scf = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    P("chat/banking UK: typed sort code and account number with payment amount",
      A("Which account would you like the refund of £%d.%02d sent to?" % (R.randrange(5, 500), R.randrange(100))),
      C("sort ", V(scf, "SORT_CODE"), " acc ", V(acc, "BANK_ACCOUNT")))


def t_bank_us():
    acc = "".join(str(R.randrange(10)) for _ in range(R.choice([10, 11, 12])))
    P("call/banking US: checking account number spoken, ITN partially",
      A("what's the account number you want the payment to come from"),
      C(pick(["it's my checking ", "checking account ", "okay it's "]),
        V(asr_digits(acc, [3, 3, len(acc) - 6], zero="us", p_num=0.4, p_pair=0.2, fillers=0.3), "BANK_ACCOUNT"),
        " and I want to pay $%d" % R.randrange(40, 400)))


def iban_render(ib, style):
    if style == "chat":
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        return pick([" ".join(g), ib, ib.lower(), " ".join(g).lower()])
    out = [spell_letters(ib[:2], ("plain", "cap")), asr_digits(ib[2:4], p_num=0.5, p_pair=0.5)]
    rest = ib[4:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            j = i
            while j < len(rest) and rest[j].isalpha():
                j += 1
            out.append(spell_letters(rest[i:j], ("plain", "cap", "nato")))
        else:
            j = i
            while j < len(rest) and rest[j].isdigit():
                j += 1
            ds = rest[i:j]
            gs = [4] * (len(ds) // 4) + ([len(ds) % 4] if len(ds) % 4 else [])
            out.append(asr_digits(ds, gs, p_num=0.5, p_pair=0.15, sep=" "))
        i = j
    return " ".join(out)


def t_iban():
    ib = gen_iban()
    style = pick(["chat", "asr", "asr"])
    ch = "chat" if style == "chat" else "call"
    P("%s/%s %s: IBAN for an international transfer" % (ch, pick(["banking", "travel", "insurance"]), ib[:2]),
      A(pick(["what IBAN should we send it to", "Could you send the IBAN please?"])),
      C(pick(["it's ", "IBAN ", "ok ", "yeah "]), V(iban_render(ib, style), "IBAN"),
        pick(["", ".", " thanks"])))


def phone_render(ph, region, style):
    if style == "chat":
        if region == "us":
            return pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (ph[:3], ph[3:6], ph[6:])
        if region == "uk":
            return pick(["%s %s", "+44 %s %s"]) % ((ph[:5], ph[5:]) if chance(0.5) else (ph[1:5], ph[5:])) \
                if chance(0.5) else ph
        return ph
    if region == "us":
        return asr_digits(ph, [3, 3, 4], zero="us", p_num=0.4, p_pair=0.25)
    if region == "uk" and chance(0.4):
        return "plus four four " + asr_digits(ph[1:], [4, 3, 3], p_num=0.4)
    if region == "ie" and chance(0.4):
        return "plus three five three " + asr_digits(ph[1:], [2, 3, 4], p_num=0.4)
    if region == "uk":
        return asr_digits(ph, [5, 3, 3], p_num=0.35, p_pair=0.15)
    return asr_digits(ph, [3, 3, 4], p_num=0.35)


def t_phone():
    region = pick(["uk", "us", "ie", "uk_land"])
    ph = gen_phone(region)
    style = pick(["chat", "asr", "asr"])
    ch = "chat" if style == "chat" else "call"
    pr = phone_render(ph, region, style)
    lead = pick(["", "it's ", "my mobile is ", "yeah "])
    while pr[:1] in ("+", "("):
        lead, pr = lead + pr[0], pr[1:]
    P("%s/%s %s: phone number callback" % (ch, pick(IND), region),
      A(pick(["what's the best number to reach you on", "Can I get a callback number?",
              "and a contact number please"])),
      C(lead, V(pr, "PHONE"),
        pick(["", " any time after %d" % R.randrange(2, 6), ". Thanks.", " that's my mobile"])))


def t_phone_split():
    ph = gen_phone("uk")
    P("call/telecom UK: mobile number split over turns, 'double' and 'oh', agent echoes part",
      A("and the number you're porting"),
      C(V(asr_digits(ph[:5], p_num=0.3), "PHONE", grp="p")),
      A(V(asr_digits(ph[:5], p_num=0.0), "PHONE", part=True), " yep"),
      C(V(asr_digits(ph[5:], [3, 3], p_num=0.3), "PHONE", grp="p")))


def t_email_asr():
    user, dom = gen_email()
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"(\d+)", lambda m: " " + asr_digits(m.group(1), p_num=0.6, p_pair=0.6) + " ", u)
    u = re.sub(" +", " ", u).strip()
    d = dom.replace(".", " dot ")
    at = pick([" at ", " at ", " @ "])
    txt = u + at + d
    if chance(0.3):
        txt = u + at + dom  # ITN partially restores the domain
    P("call/%s: email address dictated, ASR writes 'at' and 'dot' as words" % pick(IND),
      A(pick(["and what email should I send the confirmation to", "Can I take an email address?"])),
      C(pick(["yeah it's ", "It's ", "sure ", ""]), V(txt, "EMAIL"), pick(["", ".", " all lower case"])))


def t_email_chat():
    user, dom = gen_email()
    e = user + "@" + dom
    if chance(0.3):
        e = e.upper() if chance(0.3) else cap_first(e)
    P("chat/%s: typed email in a sentence" % pick(IND),
      A("What's the email on the account?"),
      C(pick(["its ", "email: ", "try ", "should be "]), V(e, "EMAIL"),
        pick(["", " thx", ". or maybe my work one idk"])))


def dob_render(d, m, y, style):
    if style == "chat":
        return pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
    yr = "%s %s" % (pair_words(*str(y)[:2]), pair_words(*str(y)[2:]) if y % 100 >= 10 else "oh " + UNITS[y % 10]) \
        if y < 2000 else "two thousand " + (UNITS[y % 100] if y % 100 < 10 else "")
    if y >= 2000 and y % 100 >= 10:
        yr = "twenty " + pair_words(*str(y)[2:])
    opts = ["the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], yr),
            "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), yr),
            "%s %s %d" % (cap_first(MONTHS[m - 1]), ordinal_num(d), y),
            "%s of %s %d" % (ordinal_num(d), cap_first(MONTHS[m - 1]), y),
            "%s %s %s" % (words_group("%02d" % d, p_double=0), words_group("%02d" % m, p_double=0), yr),
            "%d/%d/%d" % (d, m, y)]
    return pick(opts)


def t_dob():
    d, m, y = gen_dob()
    style = pick(["chat", "asr", "asr"])
    ch = "chat" if style == "chat" else "call"
    P("%s/%s: date of birth for ID&V" % (ch, pick(IND)),
      A(pick(["can you confirm your date of birth", "And your date of birth?", "what's the DOB on the account"])),
      C(pick(["", "it's ", "yeah ", "uh "]), V(dob_render(d, m, y, style), "DOB"),
        pick(["", ".", " so I'm %d" % (2026 - y)])))


def t_dob_with_appt():
    d, m, y = gen_dob()
    ad = R.randrange(1, 28)
    P("call/healthcare billing: DOB next to an appointment date (appointment date not PII)",
      A("and the date of the appointment you were billed for"),
      C("that was the %s of %s" % (ordinal_num(ad), pick(MONTHS).title())),
      A("and the patient's date of birth"),
      C(V(dob_render(d, m, y, "asr"), "DOB")))


def pc_render(pc, style):
    out, inn = pc
    if style == "chat":
        return pick(["%s %s" % (out, inn), (out + inn).lower(), "%s%s" % (out, inn), "%s %s" % (out.lower(), inn)])
    # ASR: letters, number, incode
    area = re.match(r"[A-Z]+", out).group(0)
    num = out[len(area):]
    ar = spell_letters(area, ("plain", "cap", "nato", "homo"))
    nr = pick([num, asr_digits(num, p_num=0.0, p_pair=0.8)])
    ir = "%s %s" % (pick([inn[0], UNITS[int(inn[0])] if inn[0] != "0" else "zero"]),
                    spell_letters(inn[1:], ("plain", "cap", "nato", "name")))
    if chance(0.3):
        return "%s%s %s" % (area, num, ir)
    return "%s %s %s" % (ar, nr, ir)


def t_postcode_uk():
    pc = gen_uk_postcode()
    style = pick(["chat", "asr", "asr"])
    P("%s/%s UK: postcode" % ("chat" if style == "chat" else "call", pick(["utilities", "retail", "insurance", "telecom"])),
      A(pick(["and what's the postcode there", "Can I take your postcode?"])),
      C(pick(["", "it's ", "yeah it's "]), V(pc_render(pc, style), "POSTCODE"), pick(["", ".", " yeah"])))


def t_address_uk():
    n, st, sx = gen_address()
    pc = gen_uk_postcode()
    style = pick(["chat", "asr"])
    if style == "chat":
        addr = "%d %s %s" % (n, st.title(), pick([sx.title(), SUFFIX_ABBR[sx]]))
    else:
        addr = "%s %s %s" % (pick([str(n), num_words(n)]), st, sx)
    P("%s/%s UK: street address and postcode" % ("chat" if style == "chat" else "call", pick(["utilities", "retail", "insurance"])),
      A("what's the address for the delivery" if style == "chat" else "and the first line of the address"),
      C(pick(["", "it's ", "flat %d " % R.randrange(1, 20)]), V(addr, "ADDRESS"), pick([", ", " ", " and the postcode is "]),
        V(pc_render(pc, style), "POSTCODE")))


def t_address_us():
    n, st, sx = gen_address()
    z = gen_zip(chance(0.2))
    style = pick(["chat", "asr"])
    if style == "chat":
        addr = "%d %s %s" % (n * 10 + R.randrange(10), st.title(), SUFFIX_ABBR[sx])
        zr = z
    else:
        num = str(n * 10 + R.randrange(10))
        addr = "%s %s %s" % (pick([num, num_words(int(num)) if len(num) < 4 else pair_asr(*num[:2]) + " " + pair_asr(*num[2:]) if num[2] != "0" else num]), st.title(), sx)
        zr = pick([z, asr_digits(z.replace("-", ""), [5] + ([4] if "-" in z else []), zero="us", p_num=0.0, p_pair=0.3)])
    city = pick(["Springfield", "Austin", "Columbus", "Denver", "Tampa", "Portland"])
    P("%s/%s US: street address with city and ZIP" % ("chat" if style == "chat" else "call", pick(["retail", "insurance", "healthcare billing"])),
      A("What's the billing address?"),
      C(V(addr, "ADDRESS"), ", %s, " % city, V(zr, "POSTCODE")))


def t_zip_only():
    z = gen_zip()
    P("call/retail US: billing ZIP for card verification, ITN",
      A("and the billing zip code"),
      C(pick(["", "it's ", "uh "]), V(pick([z, asr_digits(z, zero="us", p_num=0.0, p_pair=0.3)]), "POSTCODE")))


def t_mixed_two_values():
    ph = gen_phone("uk")
    user, dom = gen_email()
    P("call/telecom UK: phone and email in one customer turn",
      A("can I update your contact details"),
      C("yeah the mobile is ", V(asr_digits(ph, [5, 3, 3], p_num=0.4), "PHONE"),
        " and the email is ", V(user.replace(".", " dot ") + " at " + dom.replace(".", " dot "), "EMAIL")))


def t_ssn_dob_combo():
    s = gen_ssn()
    d, m, y = gen_dob()
    P("call/insurance US: DOB and SSN in one breath, with a premium amount",
      A("to pull up the policy I need your date of birth and social"),
      C("sure it's ", V(dob_render(d, m, y, "asr"), "DOB"), " and the social is ",
        V(asr_digits(s, [3, 2, 4], zero="us", p_num=0.5), "SSN"),
        " and I'm calling about the $%d premium" % R.randrange(80, 400)))


def t_ni_dob_combo():
    ni = gen_ni()
    d, m, y = gen_dob()
    P("call/government services UK: NI number then DOB, agent asks to repeat last part",
      A("national insurance number and date of birth please"),
      C(V(ni_render(ni, "asr"), "NI_NUMBER"), pick([" and ", ". And "]), V(dob_render(d, m, y, "asr"), "DOB")),
      A("sorry what was the letter at the end"),
      C(V(spell_letter(ni[8], "nato"), "NI_NUMBER", part=True)))


def t_card_with_amounts():
    c = gen_card()
    P("call/retail: card with price and order number nearby (not PII)",
      A("so that's $%d.%02d for order number %d, can I take the card" % (R.randrange(10, 300), R.randrange(100), R.randrange(100000, 9999999))),
      C(V(asr_digits(c, card_groups(c), p_num=0.6, fillers=0.3), "CARD_NUMBER")))


def t_expiry_cvv_asr():
    m, y = gen_expiry()
    cvv = "".join(str(R.randrange(10)) for _ in range(3))
    exp = pick(["%s %s" % (words_group("%02d" % m, p_double=0), pair_words(*str(y))),
                "%02d/%d" % (m, y), "%s twenty %s" % (cap_first(MONTHS[m - 1]), pair_words(*str(y))),
                "%d %d" % (m, y)])
    P("call/%s: expiry and CVV in separate turns, ITN" % pick(IND),
      A("and the expiry"),
      C(V(exp, "EXPIRY")),
      A("and the security code on the back"),
      C(pick(["", "it's ", "three digits "]), V(pick([cvv, words_group(cvv, p_double=0.3)]), "CVV")))



# ---- Whisper-specific positive templates
def t_card_whisper_homophone():
    c = gen_card()
    while not any(ch in "42" for ch in c[1:3] + c[5:7] + c[9:11]):
        c = gen_card()
    gs = card_groups(c)
    parts, pos = [], 0
    for gl in gs:
        parts.append(c[pos:pos + gl])
        pos += gl
    # pick a group containing a 4 or 2 and split the numeral at that digit with a homophone word
    for k, g in enumerate(parts):
        idx = [i for i, ch in enumerate(g) if ch in "42" and 0 < i < len(g) - 1]
        if idx:
            i = idx[0]
            parts[k] = g[:i] + " " + ("for" if g[i] == "4" else pick(["to", "too"])) + " " + g[i + 1:]
            break
    sep = pick([" ", "-", ", ", " "])
    txt = sep.join(parts)
    P("call/%s: Whisper ITN wrote the card as numerals but misheard one digit as a homophone word" % pick(IND),
      A(pick(["card number please", "And the card number, please.", "go ahead"])),
      C(pick(["Yes, it's ", "It's ", "Yeah. ", "ok "]), V(txt, "CARD_NUMBER"), pick([".", "", ". Yep."])))


def t_digits_hyphenated():
    typ = pick(["CARD_NUMBER", "SSN", "PHONE", "CARD_NUMBER", "SSN"])
    if typ == "CARD_NUMBER":
        v = gen_card()
        ask = "what's the long number on the card"
    elif typ == "SSN":
        v = gen_ssn()
        ask = "can I have your social security number"
    else:
        v = gen_phone(pick(["us", "uk"]))
        ask = "what's a good callback number"
    # Whisper sometimes writes digit-by-digit speech as 4-1-1-1 with hyphens
    if chance(0.5):
        txt = "-".join(v)
    else:
        half = len(v) // 2
        txt = "-".join(v[:half]) + ", " + " ".join(dword(d) for d in v[half:])
    P("call/%s: Whisper renders slow digit-by-digit speech as hyphen-joined numerals" % pick(IND),
      A(ask), C(pick(["Sure. ", "yeah ", "It's ", ""]), V(txt, typ), pick([".", "", "?"])))


def t_ni_whisper():
    ni = gen_ni()
    let = pick(["%s. %s." % (ni[0], ni[1]), ni[:2], "%s %s" % (ni[0], ni[1]),
                "%s-%s" % (ni[0], ni[1])])
    num = pick([ni[2:8], "%s %s %s" % (ni[2:4], ni[4:6], ni[6:8]),
                "%s, %s, %s" % (ni[2:4], pair_asr(*ni[4:6]) if ni[4] not in "0" and ni[5] != "0" else ni[4:6], ni[6:8])])
    txt = "%s %s %s" % (let, num, ni[8])
    P("call/government services UK: Whisper writes NI letters as capitals with periods, digits as numerals",
      A("Could I take your National Insurance number, please?"),
      C("Yeah, it's ", V(txt, "NI_NUMBER"), pick([".", "", ", I think."])))


def t_ni_homophone_letters():
    ni = gen_ni()
    lr = " ".join(LETTER_HOMO.get(ch.lower(), ch.lower()) for ch in ni[:2])
    sr = LETTER_HOMO.get(ni[8].lower(), ni[8])
    txt = "%s %s %s" % (cap_first(lr), asr_digits(ni[2:8], [2, 2, 2], p_num=0.5, p_pair=0.4), sr)
    P("call/government services UK: NI letters transcribed as homophone words ('bee', 'see', 'dee')",
      A("national insurance number"),
      C(V(txt, "NI_NUMBER")))


def t_sort_whisper():
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    acc = "".join(str(R.randrange(10)) for _ in range(8))
    scr = pick(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]),
                " ".join(pair_asr(*sc[i:i + 2]) if sc[i] != "0" and sc[i + 1] != "0" else words_group(sc[i:i + 2]) for i in (0, 2, 4))])
    P("call/%s UK: sort code and account split across turns, Whisper punctuation" % pick(["banking", "utilities", "insurance"]),
      A("Can I take the sort code?"),
      C("Yeah. It's ", V(scr, "SORT_CODE"), "."),
      A("And the account number?"),
      C(V(asr_digits(acc[:4], p_num=0.5), "BANK_ACCOUNT", grp="a"), "."),
      A(ack()),
      C(V(asr_digits(acc[4:], p_num=0.5, p_pair=0.4), "BANK_ACCOUNT", grp="a"), pick([".", "", " and that's a current account."])))


def t_email_whisper():
    user, dom = gen_email()
    f = user.split(".")[0] if "." in user else user
    style = R.randrange(3)
    if style == 0:
        txt = cap_first(user.replace(".", " dot ")) + " at " + cap_first(dom.replace(".", " dot "))
    elif style == 1:
        txt = user + " at " + dom
    else:
        txt = " ".join(user.replace(".", "").replace("_", "")) + " at " + dom.split(".")[0] + " dot " + ".".join(dom.split(".")[1:])
    P("call/%s: Whisper half-normalises a dictated email ('Sarah dot Walsh at Gmail dot com')" % pick(IND),
      A("And what's your email address?"),
      C("It's ", V(txt, "EMAIL"), pick([".", "", ", all one word."])))


def t_dob_whisper():
    d, m, y = gen_dob()
    txt = pick(["%s %s, %d" % (MONTHS[m - 1].title(), ordinal_num(d), y),
                "%s of %s, %d" % (ordinal_num(d), MONTHS[m - 1].title(), y),
                "%s %s %d" % (ordinal_num(d), MONTHS[m - 1].title(), y),
                "%d/%d/%s" % (d, m, str(y)[2:]),
                "the %s of %s %s" % (ordinal_num(d), MONTHS[m - 1].title(), pair_asr(*str(y)[:2]) + " " + (pair_asr(*str(y)[2:]) if y % 100 >= 10 else "oh " + UNITS[y % 10]) if y % 100 else "two thousand")])
    P("call/%s: Whisper ITN date of birth with ordinal numerals" % pick(IND),
      A("Can I just confirm your date of birth?"),
      C(pick(["Yes, it's ", "Sure, ", "It's ", "Yeah. "]), V(txt, "DOB"), pick([".", "", ". I'm %d." % (2026 - y)])))


def t_expiry_whisper():
    m, y = gen_expiry()
    c = gen_card()
    cvv = "%03d" % R.randrange(1000)
    exp = pick(["%d/%d" % (m, y), "%s %d" % (MONTHS[m - 1].title(), 2000 + y), "%02d-%d" % (m, y),
                "%s/%d" % (words_group("%02d" % m, p_double=0), y)])
    P("call/%s: Whisper card + expiry + CVV in one turn with a balance amount" % pick(IND),
      A("You owe $%d.%02d, would you like to pay that now?" % (R.randrange(20, 999), R.randrange(100))),
      C("Yes. Card is ", V(asr_digits(c, card_groups(c), p_num=0.8), "CARD_NUMBER"), ", expiry ", V(exp, "EXPIRY"),
        ", and the code on the back is ", V(pick([cvv, " ".join(cvv)]), "CVV"), "."))


def t_iban_split():
    ib = gen_iban()
    r = iban_render(ib, "asr")
    words = r.split(" ")
    cut = len(words) // 2
    a, b = " ".join(words[:cut]), " ".join(words[cut:])
    # avoid cutting inside an 'x for word' spelling
    while b.split(" ")[0] == "for" or a.split(" ")[-1] in ("for", "double", "triple"):
        cut += 1
        a, b = " ".join(words[:cut]), " ".join(words[cut:])
    P("call/banking %s: IBAN split across two customer turns" % ib[:2],
      A("go ahead with the IBAN"),
      C(V(a, "IBAN", grp="i")),
      A(ack()),
      C(V(b, "IBAN", grp="i")))


def t_phone_intl_whisper():
    region = pick(["uk", "ie", "us"])
    ph = gen_phone(region)
    if region == "uk":
        txt = pick(["+44 %s %s" % (ph[1:5], ph[5:]), "0%s %s" % (ph[1:5], ph[5:]), "%s %s" % (ph[:5], ph[5:])])
    elif region == "ie":
        txt = pick(["+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), "%s %s %s" % (ph[:3], ph[3:6], ph[6:])])
    else:
        txt = pick(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "1-%s-%s-%s" % (ph[:3], ph[3:6], ph[6:])])
    lead = "Yeah, it's "
    while txt[:1] in "+(":
        lead, txt = lead + txt[0], txt[1:]
    P("call/%s %s: Whisper formats a spoken phone number fully, amid a time and a count" % (pick(IND), region),
      A("What's the best number to call you back on?"),
      C(lead, V(txt, "PHONE"), ". After %d:%02d is best, I've called %s times already." % (R.randrange(1, 6), pick([0, 30]), pick(["three", "4", "five"]))))


def t_postcode_whisper():
    out, inn = gen_uk_postcode()
    txt = pick(["%s %s" % (out, inn), "%s, %s" % (out, inn), "%s %s" % (" ".join(out), " ".join(inn)),
                "%s. %s" % (out, inn.upper())])
    n, st, sx = gen_address()
    P("call/%s UK: Whisper address line then postcode with stray punctuation" % pick(["utilities", "retail", "telecom"]),
      A("What's the address where you'd like the engineer?"),
      C("It's ", V("%d %s %s" % (n, st.title(), sx.title()), "ADDRESS"), pick([". ", ", "]),
        "postcode ", V(txt, "POSTCODE"), "."))

POS_TEMPLATES = [
    (t_card_asr_one_turn, 3), (t_card_split_turns, 2), (t_card_selfcorrect, 1), (t_card_readback, 2),
    (t_card_chat, 2), (t_card_with_amounts, 1),
    (t_ssn_asr, 3), (t_ssn_split, 1), (t_ssn_last4_chat, 1), (t_ssn_whisper_punct, 1), (t_ssn_dob_combo, 1),
    (t_ni_asr, 3), (t_ni_split, 1), (t_ni_chat, 1), (t_ni_readback, 1), (t_ni_dob_combo, 1),
    (t_bank_uk, 2), (t_bank_chat, 1), (t_bank_us, 1), (t_iban, 3),
    (t_phone, 2), (t_phone_split, 1), (t_email_asr, 1), (t_email_chat, 1), (t_mixed_two_values, 1),
    (t_dob, 1), (t_dob_with_appt, 1), (t_postcode_uk, 1), (t_address_uk, 2), (t_address_us, 1),
    (t_zip_only, 1), (t_expiry_cvv_asr, 1),
    (t_card_whisper_homophone, 2), (t_digits_hyphenated, 2), (t_ni_whisper, 2), (t_ni_homophone_letters, 1),
    (t_sort_whisper, 1), (t_email_whisper, 1), (t_dob_whisper, 1), (t_expiry_whisper, 1), (t_iban_split, 1),
    (t_phone_intl_whisper, 1), (t_postcode_whisper, 1),
]


# ---------------------------------------------------------------- negative templates
def n_money():
    a, b = R.randrange(10, 5000), R.randrange(100)
    P = None  # noqa
    N("call/%s: amounts spoken and ITN'd ('$%d') must not be redacted" % (pick(IND), a),
      A("your balance is $%d.%02d and the minimum payment is %s dollars" % (a, b, num_words(R.randrange(20, 99)))),
      C("okay can I pay %s pounds %s today" % (pair_words(*str(R.randrange(21, 99))), pair_words(*str(R.randrange(21, 99))))))


def n_times():
    N("call/%s: times and durations" % pick(IND),
      A("an engineer can come between %d:%02d and %d:30 on the %s" % (R.randrange(8, 12), pick([0, 15, 30]), R.randrange(1, 5), ordinal_num(R.randrange(1, 29)))),
      C("I've been on hold for %s minutes and I finish work at %s thirty" % (pick(["forty five", "twenty", "thirty five", "fifty"]), pick(UNITS[1:]))))


def n_order_ref():
    n = R.randrange(1000000, 9999999999)
    N("call/retail: order number read out digit by digit with its reference word",
      A("can I take the order number"),
      C("yeah the order number is %s" % asr_digits(str(n), p_num=0.3, sep=" ")))


def n_ticket():
    N("chat/telecom: ticket and reference numbers",
      A("Your ticket reference is TKT-%d and case number %d" % (R.randrange(100000, 999999), R.randrange(10000000, 99999999))),
      C("ok thanks, my previous ref was %d" % R.randrange(1000000, 99999999)))


def n_flight():
    N("call/travel: flight number, booking reference, gate and seat",
      A("that's flight %s %s departing %d:%02d from gate %d" % (pick(["BA", "EI", "FR", "UA", "LH"]), pick([str(R.randrange(100, 9999)), words_group(str(R.randrange(100, 999)), p_double=0)]), R.randrange(5, 23), pick([0, 5, 45]), R.randrange(1, 60))),
      C("and my seat is %d%s and the booking reference is %s" % (R.randrange(1, 40), pick("ABCDEF"), "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))


def n_meter():
    N("call/utilities: meter reading and meter serial",
      A("can you read me the numbers on the meter"),
      C("it says %s and the little red ones are %d" % (asr_digits(str(R.randrange(10000, 99999)), p_num=0.3), R.randrange(10, 99))))


def n_model():
    N("chat/retail: model numbers and quantities",
      A("Which model are you returning?"),
      C("the %s-%d, I ordered %d of them at £%d.99 each" % (pick(["KX", "SM", "WM", "TV"]), R.randrange(1000, 99999), R.randrange(2, 9), R.randrange(10, 400))))


def n_dates():
    N("call/%s: non-birth dates (payment date, contract start)" % pick(IND),
      A("your contract started on the %s of %s %d and your next payment is due %s" % (ordinal_words(R.randrange(1, 28)), pick(MONTHS), R.randrange(2018, 2026), "%d/%d/%d" % (R.randrange(1, 28), R.randrange(1, 12), 2026))),
      C("okay and the %s of %s is fine for the appointment" % (ordinal_num(R.randrange(1, 28)), pick(MONTHS).title())))


def n_percent_speed():
    N("call/telecom: speeds, percentages, counts",
      A("you're getting %d megabits which is about %d percent of the %s meg package" % (R.randrange(10, 900), R.randrange(10, 99), pick(["five hundred", "nine hundred", "150"]))),
      C("it drops like %s times a day" % pick(["twenty", "fifteen", "10", "thirty"])))


def n_age_temp():
    N("call/healthcare billing: ages, temperatures, room numbers",
      A("and the patient's age"),
      C("he's %s and he was in room %d with a temperature of %s degrees" % (pick(["seventy two", "eighty", "45", "sixty three"]), R.randrange(100, 999), pick(["thirty nine", "101", "38.5"]))))


def n_years():
    N("call/insurance: years and vehicle details",
      A("what year is the car"),
      C("it's a %s, done about %s miles, %s cc" % (pick(["twenty nineteen", "2017", "two thousand and twelve", "nineteen ninety nine"]), pick(["sixty thousand", "45,000", "a hundred and ten thousand"]), pick(["1600", "two thousand", "nineteen hundred"]))))


def n_claim_digits():
    n = "".join(str(R.randrange(10)) for _ in range(R.randrange(7, 11)))
    N("call/insurance: claim number read with ITN mix (with its reference word)",
      A("have you got a claim number"),
      C("yeah claim number %s" % asr_digits(n, [len(n) // 2, len(n) - len(n) // 2], p_num=0.5, sep=" ")),
      A("thanks I've got claim %s here" % n))


def n_balance():
    N("chat/banking: balances and transaction amounts",
      A("Your available balance is £%s.%02d and the pending transaction is £%d.%02d" % ("{:,}".format(R.randrange(100, 20000)), R.randrange(100), R.randrange(1, 900), R.randrange(100))),
      C("why was I charged %d.%02d twice on the %s" % (R.randrange(5, 200), R.randrange(100), ordinal_num(R.randrange(1, 29)))))


def n_invoice():
    N("call/utilities: invoice number and kWh usage",
      A("I'm looking at invoice %s" % asr_digits(str(R.randrange(10000000, 99999999)), p_num=0.5, sep=" ")),
      C("it says I used %d kilowatt hours which is double what I used last year" % R.randrange(200, 3000)))


def n_last4_card_word():
    N("call/banking: agent mentions phone line extension and counts",
      A("you can call back on extension %d, lines are open %d till %d" % (R.randrange(100, 9999), R.randrange(7, 10), R.randrange(17, 21))),
      C("okay I have %s accounts with you" % pick(["two", "three", "4"])))


def n_company_hold():
    N("call/travel: durations, nights, group size, price per night",
      A("so that's %s nights for %d adults at %s euro a night" % (pick(["seven", "14", "three"]), R.randrange(2, 6), pick(["one hundred and twenty", "89", "a hundred"]))),
      C("and check in is from %d pm" % R.randrange(1, 5)))


def n_asr_numbers_chain():
    N("call/retail: a long chain of spoken quantities and prices that is not an identifier",
      A("right so %s pairs at %s ninety nine and %s at %s fifty" % (pick(["two", "three"]), pick(["nineteen", "twenty", "fifteen"]), pick(["four", "six"]), pick(["twelve", "eight"]))),
      C("and the delivery is %s pounds %s" % (pick(["three", "four", "five"]), pick(["ninety five", "fifty", "ninety nine"]))))



def n_whisper_itn():
    N("call/%s: Whisper ITN of non-PII numbers: '$40', '2:30', '1st', '10%%'" % pick(IND),
      A("So the $%d charge on the %s was a late fee, that's %d%% of the bill." % (R.randrange(10, 99), ordinal_num(R.randrange(1, 29)), R.randrange(5, 30))),
      C("Right, but I paid at %d:%02d on the %s. I've got the receipt, it was £%d.%02d." % (R.randrange(1, 12), pick([0, 15, 30, 45]), ordinal_num(R.randrange(1, 29)), R.randrange(10, 300), R.randrange(100))))


def n_reference_hyphen():
    ref = "".join(str(R.randrange(10)) for _ in range(R.randrange(6, 10)))
    N("call/%s: reference number transcribed digit-by-digit with hyphens, said with its reference word" % pick(IND),
      A("Have you got your reference number?"),
      C("Yeah, the reference number is %s." % "-".join(ref)),
      A("Thanks, reference %s, I've found it." % ref))


def n_big_amount_words():
    N("call/banking: large amounts spelt out in words",
      A("the mortgage balance is %s thousand %s hundred and %s pounds" % (pick(["one hundred and forty", "two hundred and six", "ninety eight"]), pick(UNITS[1:]), pair_words(*str(R.randrange(21, 99))))),
      C("and the overpayment was %s thousand" % pick(["twelve", "five", "twenty two"])))


def n_counts_whisper():
    N("chat/telecom: counts, data allowances, contract length",
      A("Your plan has %dGB of data, %d minutes and a %d-month contract." % (pick([10, 30, 100]), pick([500, 1000, 3000]), pick([12, 18, 24]))),
      C("I've used %d.%dGB already and it's only the %s" % (R.randrange(1, 30), R.randrange(10), ordinal_num(R.randrange(1, 29)))))


def n_appointment_spoken():
    N("call/healthcare billing: appointment and statement dates spoken like a DOB would be, but not birth dates",
      A("your appointment was on the %s of %s %s" % (ordinal_words(R.randrange(1, 28)), pick(MONTHS), pick(["twenty twenty five", "2025", "twenty twenty six"]))),
      C("and the statement is dated %d/%d/2026, I got it on %s %s" % (R.randrange(1, 28), R.randrange(1, 12), pick(MONTHS).title(), ordinal_num(R.randrange(1, 28)))))


def n_train_times():
    N("call/travel: train times, platform, coach, carriage, journey duration",
      A("the %s from platform %d, coach %s, it takes %s hours %s minutes" % (pick(["7:42", "9:05", "eighteen fifteen", "quarter past six"]), R.randrange(1, 15), pick("ABCDEF"), pick(["two", "3", "four"]), pick(["twenty", "10", "forty five"]))),
      C("and is the %d:%02d still running" % (R.randrange(6, 22), pick([0, 15, 30]))))

NEG_TEMPLATES = [n_money, n_times, n_order_ref, n_ticket, n_flight, n_meter, n_model, n_dates,
                 n_percent_speed, n_age_temp, n_years, n_claim_digits, n_balance, n_invoice,
                 n_last4_card_word, n_company_hold, n_asr_numbers_chain,
                 n_whisper_itn, n_reference_hyphen, n_big_amount_words, n_counts_whisper,
                 n_appointment_spoken, n_train_times]


def generate():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    META.clear()
    pool = []
    for fn, w in POS_TEMPLATES:
        pool.extend([fn] * w)
    npos = 0
    rounds = 0
    while npos < 190:
        for fn in pool:
            fn()
            npos += 1
        rounds += 1
    nneg = 0
    while nneg < 110:
        for fn in NEG_TEMPLATES:
            fn()
            nneg += 1
    return CASE_LIST


# ---------------------------------------------------------------- validation
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
STREET_WORDS = set(SUFFIX) | {s.lower() for s in SUFFIX_ABBR.values()}


def validate_value(typ, text, frag):
    norm, unk = normalise(text)
    low = text.lower()
    if typ == "EMAIL":
        ok = ("@" in text or re.search(r"\bat\b", low)) and ("." in text or "dot" in low)
        return bool(ok), "email shape"
    if typ == "ADDRESS":
        ws = set(re.findall(r"[a-z]+", low))
        return bool(re.search(r"\d", norm)) and bool(ws & STREET_WORDS), "address shape"
    if typ == "DOB":
        has_month = any(m in low for m in MONTHS)
        digits = re.sub(r"\D", "", text)
        return has_month or len(digits) >= 6 or len(norm) >= 4, "dob shape"
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS):
            return True, "expiry month"
        return re.fullmatch(r"(0[1-9]|1[0-2]|[1-9])(20)?\d\d", norm) is not None and not unk, "expiry MMYY"
    if unk:
        return False, "unknown tokens %r" % unk
    if frag:
        return bool(norm), "fragment"
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm), "luhn"
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4), "cvv digits"
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9, "ssn 9 digits"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", norm) is not None, "ni format"
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 8 <= len(norm) <= 12, "account digits"
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6, "sort code 6"
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", norm) is not None and iban_valid(norm), "iban mod97"
    if typ == "PHONE":
        return norm.isdigit() and 10 <= len(norm) <= 13, "phone digits"
    if typ == "POSTCODE":
        return bool(UK_PC.match(norm) or US_ZIP.match(norm)), "postcode shape"
    return False, "unknown type"


def check(cases, expected_text):
    problems = []
    got = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if expected_text is not None and got != expected_text:
        problems.append("fixture differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        meta = META[c["id"]]
        groups = {}
        last = {}
        for si, s in enumerate(c["spans"]):
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % c["id"])
            t = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append("%s: span out of range" % c["id"])
                continue
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                problems.append("%s: span %d not on word boundary" % (c["id"], si))
            if not t[st].isalnum() or not t[en - 1].isalnum():
                problems.append("%s: span %d has edge punctuation/space %r" % (c["id"], si, t[st:en]))
            if s["turn"] in last and st < last[s["turn"]]:
                problems.append("%s: overlapping spans" % c["id"])
            last[s["turn"]] = en
            grp, part = meta[si]
            val = t[st:en]
            if grp:
                groups.setdefault((grp, s["type"]), []).append(val)
                ok, why = validate_value(s["type"], val, True)
            else:
                ok, why = validate_value(s["type"], val, part)
            if not ok:
                problems.append("%s: %s %r fails %s" % (c["id"], s["type"], val, why))
        for (grp, typ), vals in groups.items():
            ok, why = validate_value(typ, " ".join(vals), False)
            if not ok:
                problems.append("%s: split %s %r fails %s" % (c["id"], typ, vals, why))
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = len(cases) - pos
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d pos %d neg" % (pos, neg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    return problems, counts, pos, neg


def readme(counts, pos, neg):
    lines = [
        "# PII hold-out set h313 (ASR-heavy)",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at",
        "failures here and adjusting the redactor to them invalidates it.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see",
        "the redaction code, its tests, its docs or other evaluation sets; the only data",
        "consulted was a 3-line example of the JSONL format. Cases are produced by",
        "`scripts/make_pii_holdout313.py` from template functions: every turn is assembled",
        "from plain-text segments and labelled value segments, so offsets are computed,",
        "never typed by hand. All values come from one `random.Random(313241125)`; the output",
        "is byte-for-byte reproducible. `--check` regenerates and compares, checks ids,",
        "offsets, word boundaries, overlaps, and validates each value after normalising",
        "spoken forms (Luhn, IBAN mod-97, NI format, SSN 9 digits, sort code 6 digits,",
        "digit counts for CVV/phone/account, UK postcode / US ZIP shapes).",
        "",
        "Emphasis: phone calls as a speech recogniser such as Whisper writes them - inverse",
        "text normalisation turning some groups into numerals while others stay words in the",
        "same reading, odd capitals and punctuation ('Okay. Four five. 12, ...'), 'oh'/'o'/",
        "'nought' for zero, 'double'/'triple', pairs ('forty one'), digit homophones",
        "('for', 'to', 'too', 'won', 'ate', 'tree'), letter homophones ('bee', 'see', 'are',",
        "'zed'), NATO / name spelling ('b for bravo', 'p for peter'), values split across",
        "turns with back-channels, agent read-backs, self-corrections. Chat cases use typed",
        "formats with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last letter/digit; lead-ins",
        "  ('it's', 'my social is') and trailing punctuation are outside.",
        "- Fillers and separators *inside* a reading ('um', 'and', commas, periods, dashes,",
        "  'for bravo') are inside the span.",
        "- A value split across turns gets one span per turn, each with the full type.",
        "- An abandoned/corrected partial reading and an agent echo or read-back of the value",
        "  are labelled with the same type as the value.",
        "- EMAIL spans cover the whole address including spoken 'at' / 'dot'.",
        "- ADDRESS covers house number + street name + street type; city and postcode are",
        "  not in the ADDRESS span (postcode/ZIP is its own POSTCODE span).",
        "- DOB covers the whole date phrase (e.g. 'the third of may nineteen eighty two').",
        "- EXPIRY covers month and year; CVV only the digits.",
        "- Negatives contain no PII at all: amounts, times, durations, counts, years,",
        "  percentages, non-birth dates, order/claim/ticket/invoice references with their",
        "  reference word, flight/seat/room/model numbers, meter readings, speeds, ages.",
        "",
        "## Counts",
        "",
        "Positive cases: %d; negative cases: %d." % (pos, neg),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    cases = generate()
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                existing = f.read()
        except OSError:
            print("missing fixture %s" % CASES)
            return 1
        problems, counts, pos, neg = check(cases, existing)
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(counts, pos, neg):
                problems.append("README differs from regenerated output")
        print("h313: %d positive, %d negative" % (pos, neg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problems" % len(problems))
            return 1
        print("OK")
        return 0
    problems, counts, pos, neg = check(cases, None)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(counts, pos, neg))
    print("wrote %d cases (%d pos, %d neg) to %s" % (len(cases), pos, neg, CASES))
    for p in problems[:60]:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
