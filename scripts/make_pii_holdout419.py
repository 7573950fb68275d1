#!/usr/bin/env python3
"""Generate the pii_holdout419 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without sight of the
redaction engine.  Standard library only; one seeded RNG.

    python scripts/make_pii_holdout419.py          # write cases.jsonl
    python scripts/make_pii_holdout419.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

SEED = 419241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout419", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_WORDS = ["oh", "o", "nought", "zero"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_BY_D = {v: k for k, v in TENS.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_SPELL = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
             "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra", "g": "george",
             "q": "queen"}
SPELL_WORDS = set(NATO.values()) | set(ALT_SPELL.values()) | {"x", "ray"}
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh", "hmm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_BY_N = {v: k for k, v in ORD.items()}


def ordinal_words(n):
    if n in ORD_BY_N:
        return ORD_BY_N[n]
    t, u = divmod(n, 10)
    return TENS_BY_D[t] + " " + ORD_BY_N[u]


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS_BY_D[a]
    return TENS_BY_D[a] + " " + UNITS[b]


def zero_word(rng):
    return rng.choice(["oh", "oh", "o", "zero", "nought"])


def digit_word(d, rng, zw=None):
    if d == "0":
        return zw or zero_word(rng)
    return UNITS[int(d)]


def say_group(g, rng, pairs=0.25, doubles=0.6, hundreds=0.1, zw=None):
    """Speak one group of digits; every construct is unambiguous to re-parse."""
    out = []
    i = 0
    n = len(g)
    while i < n:
        r = rng.random()
        if i + 2 < n and g[i] == g[i + 1] == g[i + 2] and r < doubles * 0.6:
            out.append("triple " + digit_word(g[i], rng, zw))
            i += 3
            continue
        if i + 1 < n and g[i] == g[i + 1] and r < doubles:
            out.append("double " + digit_word(g[i], rng, zw))
            i += 2
            continue
        if (i + 2 < n and g[i] != "0" and r < hundreds and g[i + 1:i + 3] != "00"
                and not (g[i + 1] != "0" and g[i + 1] != "1" and g[i + 2] == "0")):
            rest = g[i + 1:i + 3]
            tail = UNITS[int(rest[1])] if rest[0] == "0" else pair_words(rest)
            out.append(UNITS[int(g[i])] + " hundred and " + tail)
            i += 3
            continue
        if (i + 1 < n and g[i] != "0" and rng.random() < pairs
                and not (g[i] != "1" and g[i + 1] == "0")):
            out.append(pair_words(g[i:i + 2]))
            i += 2
            continue
        out.append(digit_word(g[i], rng, zw))
        i += 1
    return " ".join(out)


def say_digits(s, rng, groups=None, sep=None, filler=0.0, **kw):
    if groups is None:
        groups = chunk(s, [4] * 10)
    parts = []
    for k, g in enumerate(groups):
        parts.append(say_group(g, rng, **kw))
        if k < len(groups) - 1:
            if rng.random() < filler:
                parts.append(rng.choice([", um,", ", uh,", " er", ", erm,", "... um"]))
            else:
                parts.append(sep if sep is not None else rng.choice([",", "", "...", ","]))
    txt = ""
    for p in parts:
        if p.startswith(",") or p.startswith("..") or p == "":
            txt += p
        else:
            txt += " " + p
    return re.sub(r"\s+", " ", txt).strip()


def chunk(s, sizes):
    out, i = [], 0
    for z in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return out


def spell_letter(c, rng, style):
    c = c.lower()
    if style == "nato":
        return NATO[c]
    if style == "for":
        alt = ALT_SPELL.get(c, NATO[c]) if rng.random() < 0.3 else NATO[c]
        return "%s for %s" % (c, alt)
    if style == "as_in":
        return "%s as in %s" % (c, NATO[c])
    return c


# ------------------------------------------------------------- normalise
def spoken_tokens(text, letters_ok=False):
    """Turn a typed or spoken rendering into a compact alnum string."""
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i, n = 0, len(toks)
    rep = 1

    def emit(s):
        nonlocal rep
        out.append(s * rep if len(s) == 1 else s)
        rep = 1

    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in ("dash", "hyphen", "space", "and"):
            i += 1
            continue
        if t == "double":
            rep = 2
            i += 1
            continue
        if t == "triple":
            rep = 3
            i += 1
            continue
        if t.isdigit():
            emit(t)
            i += 1
            continue
        if len(t) == 1 and nx in ("for", "as") and i + 2 < n:
            j = i + 2
            if nx == "as" and toks[j] == "in":
                j += 1
            w = toks[j] if j < n else ""
            if w == "xray" or w in SPELL_WORDS:
                emit(t)
                i = j + 1
                continue
        if t in SPELL_WORDS or t == "xray":
            emit("x" if t == "xray" else t[0])
            i += 1
            continue
        if t in ZERO_WORDS or t in UNITS:
            d = "0" if t in ZERO_WORDS else str(UNITS.index(t))
            if nx in ("hundred", "thousand"):
                big = nx
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                tail = ""
                if j < n and toks[j] in TEENS:
                    tail = str(10 + TEENS.index(toks[j]))
                    j += 1
                elif j < n and toks[j] in TENS:
                    tail = str(TENS[toks[j]])
                    if j + 1 < n and toks[j + 1] in UNITS[1:]:
                        tail += str(UNITS.index(toks[j + 1]))
                        j += 2
                    else:
                        tail += "0"
                        j += 1
                elif j < n and toks[j] in UNITS[1:]:
                    tail = "0" + str(UNITS.index(toks[j]))
                    j += 1
                else:
                    tail = "00"
                if big == "thousand":
                    tail = "0" + tail
                out.append(d + tail)
                rep = 1
                i = j
                continue
            emit(d)
            i += 1
            continue
        if t in TEENS:
            emit(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS:
            if nx in UNITS[1:]:
                emit(str(TENS[t]) + str(UNITS.index(nx)))
                i += 2
            else:
                emit(str(TENS[t]) + "0")
                i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if letters_ok and len(t) <= 4:
            emit(t)
            i += 1
            continue
        return None
    return "".join(out)


def digits_of(text):
    s = spoken_tokens(text)
    if s is None:
        return None
    return s


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def date_fields(text):
    t = text.lower().replace("/", " ").replace("-", " ").replace(".", " ")
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    toks = re.findall(r"[a-z]+|\d+|,", t)
    fields = []
    buf = []

    def flush():
        if buf:
            s = spoken_tokens(" ".join(buf))
            if s is None:
                raise ValueError("bad number words: %r" % buf)
            fields.append(("N", s))
            buf.clear()

    i = 0
    while i < len(toks):
        w = toks[i]
        if w in MONTHS or w in MON3 or w == "sept":
            flush()
            fields.append(("M", (MONTHS.index(w) if w in MONTHS else MON3.index(w[:3])) + 1))
        elif w in ORD:
            flush()
            fields.append(("N", str(ORD[w])))
        elif w in TENS and i + 1 < len(toks) and toks[i + 1] in ORD:
            flush()
            fields.append(("N", str(TENS[w] * 10 + ORD[toks[i + 1]])))
            i += 1
        elif w in ("of", "the", "born", ",") or w in FILLERS:
            flush()
        elif w.isdigit():
            flush()
            fields.append(("N", w))
        else:
            buf.append(w)
        i += 1
    flush()
    return fields


def valid_date(text, typ):
    try:
        f = date_fields(text)
    except ValueError:
        return False
    nums = [v for k, v in f if k == "N"]
    mons = [v for k, v in f if k == "M"]
    if typ == "EXPIRY":
        if mons and len(nums) == 1:
            return len(nums[0]) in (2, 4)
        if len(nums) == 2 and not mons:
            return 1 <= int(nums[0]) <= 12 and len(nums[1]) in (2, 4)
        if len(nums) == 1 and len(nums[0]) == 4 and not mons:
            return 1 <= int(nums[0][:2]) <= 12
        return False
    # DOB
    if mons and len(nums) == 2:
        return 1 <= int(nums[0]) <= 31 and len(nums[1]) in (2, 4)
    if len(nums) == 3 and not mons:
        a, b, c = (int(x) for x in nums)
        return (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
                and len(nums[2]) in (2, 4))
    return False


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close",
                "drive", "dr", "way", "crescent", "place", "court", "terrace", "grove",
                "gardens", "boulevard", "blvd", "parkway", "hill", "row", "park",
                "square", "walk", "mews", "view", "circle"}


def validate_value(typ, texts):
    """texts: list of span texts of one value (split readings concatenated)."""
    joined = " ".join(texts)
    if typ == "CARD_NUMBER":
        d = digits_of(joined)
        return bool(d) and d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = digits_of(joined)
        return bool(d) and d.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        d = digits_of(joined)
        return bool(d) and d.isdigit() and len(d) == 9
    if typ == "SORT_CODE":
        d = digits_of(joined)
        return bool(d) and d.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = digits_of(joined)
        return bool(d) and d.isdigit() and 6 <= len(d) <= 17
    if typ == "NI_NUMBER":
        s = spoken_tokens(joined, letters_ok=True)
        return bool(s) and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s.upper()) is not None
    if typ == "IBAN":
        s = spoken_tokens(joined, letters_ok=True)
        return bool(s) and iban_ok(s)
    if typ == "POSTCODE":
        s = spoken_tokens(joined, letters_ok=True)
        if not s:
            return False
        s = s.upper()
        return bool(UK_PC.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "PHONE":
        s = spoken_tokens(joined.replace("+", " plus "))
        if not s:
            return False
        d = s.replace("+", "")
        return d.isdigit() and 10 <= len(d) <= 14
    if typ == "EMAIL":
        low = joined.lower()
        if "@" in low:
            return re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", low.strip()) is not None
        toks = re.findall(r"[a-z]+|\d+", low)
        mp = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        s = ""
        num = []
        for t in toks + ["dot"]:
            if t in UNITS or t in TEENS or t in TENS or t in ZERO_WORDS[:1] or t in ("double",):
                num.append(t)
                continue
            if num:
                v = spoken_tokens(" ".join(num))
                if v is None:
                    return False
                s += v
                num = []
            if t in FILLERS:
                continue
            s += mp.get(t, t)
        s = s[:-1]
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9.\-]+\.[a-z]{2,}", s) is not None
    if typ in ("DOB", "EXPIRY"):
        return valid_date(joined, typ)
    if typ == "ADDRESS":
        low = joined.lower()
        words = re.findall(r"[a-z]+", low)
        starts = re.match(r"^(flat|apt|apartment|unit|\d|[a-z]+ (hundred|\w+ty)?)", low)
        has_num = bool(re.search(r"\d", low)) or any(w in UNITS or w in TEENS or w in TENS for w in words)
        return bool(starts) and has_num and any(w in STREET_WORDS for w in words)
    return False


# ------------------------------------------------------------ value gens
def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "m19"])
    if kind == "visa":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += "".join(rng.choice("0123456789") for _ in range(15 - len(body)))
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    elif kind == "disc":
        body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
    elif kind == "visa13":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(11))
    else:
        body = rng.choice(["6759", "6304", "4"]) 
        body += "".join(rng.choice("0123456789") for _ in range(18 - len(body)))
    return luhn_complete(body)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return chunk(c, [4, 4, 4, 4, 4])


def fmt_card(c, rng):
    st = rng.randint(0, 8)
    g = card_groups(c)
    if st == 0:
        return c
    if st == 1:
        return "-".join(g)
    if st == 2:
        return ".".join(g)
    if st == 3:
        return "  ".join(g)
    if st == 4:  # odd grouping
        return " ".join(chunk(c, [rng.randint(3, 6) for _ in range(8)]))
    if st == 5:
        return "-".join(g[:2]) + " " + " ".join(g[2:])
    return " ".join(g)


def gen_ssn(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def fmt_ssn(s, rng):
    st = rng.randint(0, 5)
    if st == 0:
        return s
    if st == 1:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if st == 2:
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
    return "%s-%s-%s" % (s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    if rng.random() < 0.12:
        p = "QQ"
    else:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        while p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def fmt_ni(s, rng):
    st = rng.randint(0, 5)
    if st == 0:
        return s
    if st == 1:
        return s.lower()
    if st == 2:
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if st == 3:
        return "%s %s %s" % (s[:2], s[2:8], s[8])
    if st == 4:
        return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return s[0] + s[1].lower() + s[2:]


def say_ni(s, rng, filler=0.3):
    style = rng.choice(["plain", "for", "nato_mix", "double"])
    parts = []
    if style == "double" and s[0] == s[1]:
        parts.append("double " + s[0].lower())
    elif style == "for":
        parts.append(spell_letter(s[0], rng, "for") + ", " + spell_letter(s[1], rng, "for"))
    else:
        parts.append(s[0].lower() + " " + s[1].lower())
    parts.append(say_digits(s[2:8], rng, groups=chunk(s[2:8], [2, 2, 2]), filler=filler,
                            zw=rng.choice(["oh", "zero", "nought"])))
    last = s[8].lower()
    if style in ("for", "nato_mix"):
        last = spell_letter(s[8], rng, rng.choice(["for", "as_in"]))
    parts.append(last)
    return ", ".join(parts) if rng.random() < 0.5 else " ".join(parts)


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "WEST"], "IE": ["AIBK", "BOFI", "IPBS"]}


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    R = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if country in ("GB", "IE"):
        bban = rng.choice(BANKS[country]) + R(14)
    elif country == "DE":
        bban = R(18)
    elif country == "FR":
        bban = R(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + R(10)
    else:
        bban = R(20)
    return country + iban_check(country, bban) + bban


def fmt_iban(s, rng):
    st = rng.randint(0, 4)
    g = chunk(s, [4] * 10)
    if st == 0:
        return s
    if st == 1:
        return " ".join(g).lower()
    if st == 2:
        return "-".join(g)
    return " ".join(g)


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "56"]) + "%04d" % rng.randint(0, 9999)


def fmt_sort(s, rng):
    return rng.choice(["%s-%s-%s", "%s%s%s", "%s %s %s", "%s.%s.%s", "%s-%s-%s", "%s/%s/%s"]) % (s[:2], s[2:4], s[4:])


def gen_acct(rng, us=False):
    k = rng.choice([10, 11, 12]) if us else 8
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def gen_phone(rng, kind=None):
    """returns (digits incl country code as needed, typed rendering, spoken digits, groups)"""
    kind = kind or rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "ukintl", "usintl", "ieintl", "de", "fr"])
    R = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if kind == "ukmob":
        d = "07700" + "900" + R(3)
        return d, rng.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), [d[:5], d[5:8], d[8:]], ""
    if kind == "ukland":
        d = rng.choice(["0207946", "0117496", "0161496", "0113496"]) + R(4)
        g = [d[:3], d[3:7], d[7:]] if d.startswith("020") else [d[:4], d[4:7], d[7:]]
        return d, rng.choice([" ".join(g), "(%s) %s %s" % tuple(g), d, "%s-%s-%s" % tuple(g)]), g, ""
    if kind == "us":
        d = rng.choice(["415", "212", "617", "312", "503", "919"]) + "555" + "01" + R(2)
        return d, rng.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])]), [d[:3], d[3:6], d[6:]], ""
    if kind == "ie":
        d = rng.choice(["083", "085", "086", "087"]) + R(7)
        return d, rng.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s" % (d[:3], d[3:])]), [d[:3], d[3:6], d[6:]], ""
    if kind == "ukintl":
        d = "447700900" + R(3)
        return d, rng.choice(["+44 7700 900%s" % d[-3:], "+44 (0)7700 900%s" % d[-3:], "0044 7700 900%s" % d[-3:], "+447700900%s" % d[-3:]]), ["44", "7700", "900", d[-3:]], "plus "
    if kind == "usintl":
        d = "1" + rng.choice(["415", "646", "202"]) + "555" + "01" + R(2)
        return d, rng.choice(["+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), "+1-%s-%s-%s" % (d[1:4], d[4:7], d[7:]), "+1 (%s) %s-%s" % (d[1:4], d[4:7], d[7:])]), ["1", d[1:4], d[4:7], d[7:]], "plus "
    if kind == "ieintl":
        d = "353" + rng.choice(["87", "86", "85"]) + R(7)
        return d, rng.choice(["+353 %s %s %s" % (d[3:5], d[5:8], d[8:]), "00353 %s %s" % (d[3:5], d[5:])]), ["353", d[3:5], d[5:8], d[8:]], "plus "
    if kind == "de":
        d = "49" + rng.choice(["151", "160", "171"]) + R(8)
        return d, "+49 %s %s" % (d[2:5], d[5:]), ["49", d[2:5], d[5:9], d[9:]], "plus "
    d = "33" + rng.choice(["6", "7"]) + R(8)
    return d, "+33 %s %s %s %s %s" % (d[2], d[3:5], d[5:7], d[7:9], d[9:]), ["33", d[2], d[3:5], d[5:7], d[7:9], d[9:]], "plus "


FIRST = ["jane", "tom", "priya", "liam", "aoife", "marek", "sofia", "dwayne", "chloe",
         "kwame", "niamh", "oliver", "fatima", "sean", "hannah", "luca", "grace", "raj",
         "megan", "tomasz", "ellie", "carlos", "siobhan", "david", "amara", "ben"]
LAST = ["doe", "smith", "patel", "murphy", "kowalski", "jones", "okafor", "byrne",
        "garcia", "nguyen", "walsh", "brown", "hughes", "khan", "rossi", "evans",
        "oconnor", "taylor", "mensah", "fischer", "kelly", "wright"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "proton.me", "gmx.de", "live.ie"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    st = rng.randint(0, 5)
    num = str(rng.choice([7, 12, 21, 79, 84, 91, 1986, 2003, 55]))
    if st == 0:
        local = f + "." + l
    elif st == 1:
        local = f[0] + "." + l
    elif st == 2:
        local = f + "_" + l + num
    elif st == 3:
        local = f + l + num
    elif st == 4:
        local = f[0] + l
    else:
        local = l + "." + f + num
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    local, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            if len(piece) == 4:
                out.append(pair_words(piece[:2]) + " " + pair_words(piece[2:]) if piece[2] != "0" else say_group(piece, rng, pairs=0, doubles=0))
            elif len(piece) == 2 and piece[1] != "0":
                out.append(pair_words(piece))
            else:
                out.append(say_group(piece, rng, pairs=0, doubles=0, zw="oh"))
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    s = " ".join(out)
    if rng.random() < 0.3:
        s = s.replace(" at ", " um at ", 1)
    return s


def gen_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1942, 2004)


def fmt_dob(d, m, y, rng, us=False):
    st = rng.randint(0, 6)
    if st == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if st == 1:
        return "%d-%02d-%02d" % (y, m, d) if False else "%02d-%02d-%d" % ((m, d, y) if us else (d, m, y))
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if st == 4:
        return "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1].capitalize(), y)
    if st == 5:
        return "%d.%d.%s" % ((m, d, str(y)[2:]) if us else (d, m, str(y)[2:]))
    return "%02d/%02d/%s" % ((m, d, str(y)[2:]) if us else (d, m, str(y)[2:]))


def say_year(y, rng):
    s = str(y)
    if y >= 2000:
        if y < 2010:
            return rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
        return rng.choice(["two thousand and " + pair_words(s[2:]), "twenty " + pair_words(s[2:])])
    if s[2] == "0":
        return pair_words(s[:2]) + " " + zero_word(rng) + " " + UNITS[int(s[3])]
    if s[3] == "0":
        return pair_words(s[:2]) + " " + TENS_BY_D[int(s[2])]
    return pair_words(s[:2]) + " " + pair_words(s[2:])


def say_dob(d, m, y, rng, us=False):
    st = rng.randint(0, 3)
    if st == 0:
        return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], say_year(y, rng))
    if st == 1:
        return "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], say_year(y, rng))
    if st == 2:
        return "%s the %s, %s" % (MONTHS[m - 1], ordinal_words(d), say_year(y, rng))
    a, b = (m, d) if us else (d, m)
    return "%s, %s, uh, %s" % (say_group(str(a).zfill(2), rng, pairs=1, doubles=0, zw="oh"),
                             say_group(str(b).zfill(2), rng, pairs=1, doubles=0, zw="oh"),
                             say_year(y, rng))


def gen_exp(rng):
    return rng.randint(1, 12), rng.randint(2025, 2031)


def fmt_exp(m, y, rng):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%d/%02d" % (m, y % 100), "%s %d" % (MON3[m - 1].capitalize(), y),
                       "%02d / %02d" % (m, y % 100)])


def say_exp(m, y, rng):
    st = rng.randint(0, 2)
    if st == 0:
        return "%s %s" % (say_group("%02d" % m, rng, pairs=0, doubles=0, zw="oh"), pair_words(str(y)[2:]))
    if st == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(y, rng))
    return "%s, %s" % (say_group("%02d" % m, rng, pairs=0.5, doubles=0, zw="oh"), say_year(y, rng))


def gen_postcode(rng, us=False):
    L = "ABCDEFGHJKLMNPRSTUWXY"
    if us:
        z = "%05d" % rng.randint(1001, 99950)
        return (z, z) if rng.random() < 0.7 else (z + "%04d" % rng.randint(1, 9999), None)
    out = rng.choice(["LS6", "SW1A", "M14", "B15", "EH3", "CF10", "BS8", "N16", "G12", "NE6", "OX4", "BT9", "E17", "SE15", "L17", "NG7"])
    inw = str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(L)
    return out + inw, out + " " + inw


STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "Victoria Street", "Station Road",
           "Ashgrove Close", "Kingsway", "Elm Grove", "Meadow Way", "Harbour View",
           "Queen's Terrace", "Orchard Drive", "Beech Crescent", "Willow Gardens", "Castle Hill"]
US_STREETS = ["Maple St", "Oak Avenue", "W 43rd Street", "Elm Dr", "Sunset Blvd", "Pine Ridge Rd",
              "N Lincoln Ave", "Cedar Lane", "Lakeview Parkway", "Main St"]
TOWNS = ["Leeds", "London", "Manchester", "Bristol", "Cardiff", "Edinburgh", "Glasgow", "Belfast", "Oxford", "Nottingham"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"), ("Raleigh", "NC"), ("Denver", "CO")]
IE_TOWNS = ["Dublin 8", "Cork", "Galway", "Limerick", "Kilkenny"]


def gen_address(rng, us=False):
    if us:
        a = "%d %s" % (rng.randint(12, 9899), rng.choice(US_STREETS))
        if rng.random() < 0.3:
            a += rng.choice([" Apt %d%s" % (rng.randint(1, 20), rng.choice("ABCD")), " Unit %d" % rng.randint(1, 40)])
        return a
    a = "%d %s" % (rng.randint(1, 220), rng.choice(STREETS).replace("Kingsway", "Kingsway Road"))
    r = rng.random()
    if r < 0.25:
        a = "Flat %d, %s" % (rng.randint(1, 12), a)
    elif r < 0.35:
        a = "%d%s %s" % (rng.randint(1, 99), rng.choice("ab"), a.split(" ", 1)[1])
    return a


def say_address(a, rng):
    low = a.lower().replace(",", "").replace("'", "")
    parts = low.split(" ")
    out = []
    for p in parts:
        if p.isdigit():
            if len(p) <= 2:
                out.append(say_group(p, rng, pairs=1, doubles=0) if not (len(p) == 2 and p[1] == "0" and p[0] != "1") else TENS_BY_D[int(p[0])])
            else:
                out.append(say_group(p, rng, pairs=0.7, doubles=0.3, hundreds=0.5))
        else:
            out.append(p)
    return " ".join(out)


# ----------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, group, partial_of=None):
        self.text, self.typ, self.group, self.partial_of = text, typ, group, partial_of


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []  # list of (speaker, [parts])

    def t(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))
        return self

    def build(self, cid):
        turns, spans, groups = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            text = ""
            for p in parts:
                if isinstance(p, V):
                    core = p.text
                    while core and not core[0].isalnum():
                        text += core[0]
                        core = core[1:]
                    trail = ""
                    while core and not core[-1].isalnum():
                        trail = core[-1] + trail
                        core = core[:-1]
                    p = V(core, p.typ, p.group, p.partial_of)
                    s = len(text)
                    text += p.text
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                    groups.append((p.group, p.partial_of))
                    text += trail
                else:
                    text += p
            turns.append({"speaker": spk, "text": text})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}, groups)


def cap(s, rng):
    return s[0].upper() + s[1:] if rng.random() < 0.6 else s


INDUSTRY_PAY = ["your broadband bill", "the gas and electric account", "the outstanding council tax",
                "your car insurance renewal", "the hotel deposit", "the hospital co-pay balance",
                "your mobile top-up", "the passport fast-track fee", "your order", "the flight change fee",
                "the water bill", "your gym membership", "the vet invoice", "the parking fine"]
COMPANY = ["BrightWave Broadband", "Northgate Energy", "Harlow Council", "Lantern Insurance",
           "Atlas Travel", "St Brigid's Billing", "Velo Mobile", "Fernhill Water", "Kestrel Bank",
           "Summit Health Billing", "Corrib Telecom", "Penny Lane Retail", "Global Rail Tickets"]
ACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah", "got that", "ok go ahead", "mm-hm"]
FILL = ["um", "uh", "er", "erm"]


# ============================================================== positives
def p_chat_card_full(rng, n):
    c = gen_card(rng)
    m, y = gen_exp(rng)
    cvv = "%04d" % rng.randint(0, 9999) if len(c) == 15 else "%03d" % rng.randint(0, 999)
    lab = rng.choice(["card no:", "Card number -", "cc#", "card:", "long number on the card is", "CARD NO."])
    el = rng.choice(["exp", "expiry:", "Exp.", "valid thru", "expires", "exp date"])
    cl = rng.choice(["cvv", "CVC:", "security code", "sec code", "the 3 digits on back r", "cvv2="])
    sep = rng.choice([" ", "\n", " / ", ", ", " | "])
    k = Case("positive", "chat: card, expiry and CVV typed in one message")
    k.t("agent", "Hi, you're chatting with %s from %s. How can I help with %s?" % (rng.choice(FIRST).capitalize(), rng.choice(COMPANY), rng.choice(INDUSTRY_PAY)))
    k.t("customer", lab + " ", V(fmt_card(c, rng), "CARD_NUMBER", "c"), sep + el + " ", V(fmt_exp(m, y, rng), "EXPIRY", "e"),
        sep + cl + " ", V(cvv, "CVV", "v"), rng.choice(["", " thx", " ta", " !!", " - pls hurry"]))
    k.t("agent", "Thanks, that payment has gone through.")
    return k


def p_sms_split_card(rng, n):
    c = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = card_groups(c)
    cut = rng.choice([1, 2, 3])
    a = " ".join(g[:cut])
    b = " ".join(g[cut:])
    k = Case("positive", "SMS: card number split across two messages")
    k.t("agent", "%s: Reply with the card you'd like to use for %s. Msg&data rates may apply." % (rng.choice(COMPANY), rng.choice(INDUSTRY_PAY)))
    k.t("customer", V(a, "CARD_NUMBER", "c"), rng.choice(["", "..", " -"]))
    k.t("customer", rng.choice(["", "sorry ", "oops "]), V(b, "CARD_NUMBER", "c"), rng.choice(["", " thats it", " sent too soon lol"]))
    k.t("agent", "Thanks. We'll confirm by text once processed.")
    return k


def p_chat_card_linebreak(rng, n):
    c = gen_card(rng, "visa")
    g = card_groups(c)
    k = Case("positive", "chat: card broken over two lines in one message, plus masked old card")
    old = str(rng.randint(1000, 9999))
    k.t("customer", "my old card ****%s expired, please use this one:\n" % old, V(" ".join(g[:2]) + "\n" + " ".join(g[2:]), "CARD_NUMBER", "c"))
    k.t("agent", "Thanks, I've removed the card ending %s and added the new one." % old)
    return k


def p_asr_card_split(rng, n):
    c = gen_card(rng, rng.choice(["visa", "mc", "amex", "disc"]))
    g = card_groups(c)
    k = Case("positive", "call: card read in groups across turns with back-channels and agent read-back")
    k.t("agent", "ok so when you're ready can i take the long number across the front of the card")
    zw = rng.choice(["oh", "zero", "nought", None])
    for i, grp in enumerate(g):
        said = say_group(grp, rng, pairs=0.3, zw=zw)
        if rng.random() < 0.3:
            w = said.split(" ")
            ok = [q for q in range(1, len(w)) if w[q - 1] not in TENS and w[q - 1] not in ("double", "triple", "hundred", "and")
                  and w[q] not in ("hundred", "and")]
            if ok:
                pos = rng.choice(ok)
                said = " ".join(w[:pos] + [rng.choice(FILL)] + w[pos:])
        lead = rng.choice(["", "", "it's ", "yeah ", "right ", "then "]) if i else rng.choice(["yeah it's ", "ok ", "um so ", ""])
        k.t("customer", lead, V(said, "CARD_NUMBER", "c"))
        if i < len(g) - 1:
            k.t("agent", rng.choice(ACK))
    if rng.random() < 0.6:
        rb = say_digits(c, rng, groups=g, sep=",", pairs=0, doubles=0.3, zw="oh")
        k.t("agent", "let me just read that back ", V(rb, "CARD_NUMBER", "rb"), " is that right")
        k.t("customer", "yes that's it")
    return k


def p_asr_card_restart(rng, n):
    c = gen_card(rng, "visa")
    g = card_groups(c)
    k = Case("positive", "call: card reading restarted after first group (BIN fragment unlabelled), aside mid-reading")
    k.t("agent", "and the card number please")
    k.t("customer", "it's %s ... sorry hang on that's my husband's card, let me get mine. ok it's " % say_group(g[0], rng, pairs=0),
        V(say_digits("".join(g[:2]), rng, groups=g[:2], zw="oh"), "CARD_NUMBER", "c"),
        " " + rng.choice(["sorry the dog's barking", "hold on the light's bad in here", "can you hear me ok", "one second"]) + " ",
        V(say_digits("".join(g[2:]), rng, groups=g[2:], filler=0.5), "CARD_NUMBER", "c"))
    k.t("agent", "lovely thank you and the expiry")
    m, y = gen_exp(rng)
    k.t("customer", V(say_exp(m, y, rng), "EXPIRY", "e"))
    return k


def p_asr_card_lastfour_full(rng, n):
    c = gen_card(rng, "mc")
    k = Case("positive", "call: full card read then last four repeated in same case (last four is PII here)")
    k.t("customer", "the card is ", V(say_digits(c, rng, filler=0.3, pairs=0.2), "CARD_NUMBER", "c"))
    k.t("agent", "thank you so that's the mastercard ending in ", V(say_group(c[-4:], rng, pairs=0.5), "CARD_NUMBER", "l4", partial_of="c"), " yeah")
    k.t("customer", "yeah")
    return k


def p_email_card_quoted(rng, n):
    c = gen_card(rng)
    m, y = gen_exp(rng)
    name = rng.choice(FIRST).capitalize()
    ph = gen_phone(rng, rng.choice(["ukmob", "us", "ie"]))
    k = Case("positive", "e-mail: reply with quoted previous message; card in body, card repeated in quote, phone in signature")
    body = "Hi,\n\nAs requested please charge %s to the card below.\n\nCard: " % rng.choice(INDUSTRY_PAY).replace("your ", "my ")
    k.t("customer", body, V(fmt_card(c, rng), "CARD_NUMBER", "c"), "\nExpiry: ", V(fmt_exp(m, y, rng), "EXPIRY", "e"),
        "\n\nThanks,\n%s\nMob: " % name, V(ph[1], "PHONE", "p"),
        "\n\n> On %s, %s wrote:\n> Could you send the card again? The one you sent (" % (rng.choice(["Mon 3 Mar", "Tue 14 Oct", "12/06/2025"]), rng.choice(COMPANY)),
        V(fmt_card(c, rng), "CARD_NUMBER", "cq"), ") was declined.")
    return k


def p_asr_ssn(rng, n):
    s = gen_ssn(rng)
    k = Case("positive", "call: US SSN read with hesitation, split turns and read-back")
    k.t("agent", rng.choice(["for verification can i get your social", "and your social security number please", "i just need the last- actually the full social for this form"]))
    g = [s[:3], s[3:5], s[5:]]
    if rng.random() < 0.5:
        k.t("customer", rng.choice(["sure it's ", "yeah ", "ok "]), V(say_digits(s, rng, groups=g, filler=0.5, pairs=0.3, hundreds=0.3), "SSN", "s"))
    else:
        k.t("customer", rng.choice(["it's ", "um "]), V(say_group(g[0], rng, hundreds=0.4), "SSN", "s"))
        k.t("agent", rng.choice(ACK))
        k.t("customer", V(say_group(g[1], rng, pairs=0.6), "SSN", "s"), rng.choice([", ", " "]), V(say_group(g[2], rng, pairs=0.4), "SSN", "s"))
    if rng.random() < 0.5:
        k.t("agent", "thank you that's ", V("-".join(g) if False else say_digits(s, rng, groups=g, sep=",", pairs=0, doubles=0), "SSN", "rb"))
    return k


def p_typed_ssn(rng, n):
    s = gen_ssn(rng)
    k = Case("positive", "web form / chat: SSN typed with label, sometimes corrected")
    st = rng.randint(0, 3)
    if st == 0:
        k.t("customer", "Full name: %s %s\nSSN: " % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize()), V(fmt_ssn(s, rng), "SSN", "s"),
            "\nDate of birth: ", V(fmt_dob(*gen_dob(rng), rng, us=True), "DOB", "d"))
    elif st == 1:
        s2 = s[:7] + s[8] + s[7]
        k.t("customer", "ss# ", V(fmt_ssn(s, rng), "SSN", "s"))
        k.t("customer", "wait no typo its ", V(fmt_ssn(s2, rng), "SSN", "s2"))
    elif st == 2:
        k.t("agent", "To verify your identity for the %s claim, please confirm your Social Security number." % rng.choice(["Medicaid", "unemployment", "auto", "dental"]))
        k.t("customer", rng.choice(["its ", "", "Social is "]), V(fmt_ssn(s, rng), "SSN", "s"), rng.choice(["", " and my zip is "]))
    else:
        k.t("customer", "Hi - tax form still shows the wrong SSN (", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", "s"),
            ") can you update it? Also my phone changed. Ph: ")
        ph = gen_phone(rng, "us")
        k.turns[-1][1].append(V(ph[1], "PHONE", "p"))
    if st == 2 and k.turns[-1][1][-1] == " and my zip is ":
        z = gen_postcode(rng, us=True)
        k.turns[-1][1].append(V(z[0][:5], "POSTCODE", "z"))
    return k


def p_typed_ni(rng, n):
    s = gen_ni(rng)
    k = Case("positive", "typed: UK National Insurance number with label variants")
    st = rng.randint(0, 3)
    lab = rng.choice(["NI no:", "NINO -", "national insurance number is", "Ni number", "N.I. #", "my NI:"])
    if st == 0:
        k.t("customer", lab + " ", V(fmt_ni(s, rng), "NI_NUMBER", "n"))
    elif st == 1:
        k.t("customer", "Name: %s %s\nNational Insurance: " % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize()), V(fmt_ni(s, rng), "NI_NUMBER", "n"),
            "\nPostcode: ", V(gen_postcode(rng)[1], "POSTCODE", "pc"))
    elif st == 2:
        k.t("agent", "Could you confirm your National Insurance number so I can find your %s claim?" % rng.choice(["Universal Credit", "pension", "tax credit", "Carer's Allowance"]))
        k.t("customer", V(fmt_ni(s, rng)[:4] if False else s[:2] + " " + s[2:5], "NI_NUMBER", "n"))
        k.t("customer", V(s[5:8] + " " + s[8], "NI_NUMBER", "n"), " sorry pressed enter")
    else:
        k.t("customer", "> NI number?\n", V(fmt_ni(s, rng), "NI_NUMBER", "n"), " - it's on my payslip, is that what you need?")
    return k


def p_asr_ni(rng, n):
    s = gen_ni(rng)
    k = Case("positive", "call: NI number spelled with NATO/for-words and hesitation, agent read-back")
    k.t("agent", "and your national insurance number")
    k.t("customer", rng.choice(["yeah it's ", "um ", "ok it's ", ""]), V(say_ni(s, rng), "NI_NUMBER", "n"))
    if rng.random() < 0.6:
        k.t("agent", "so that's ", V(say_ni(s, rng, filler=0), "NI_NUMBER", "rb"), "?")
        k.t("customer", "that's right")
    return k


def p_iban(rng, n):
    ib = gen_iban(rng)
    k = Case("positive", "typed: IBAN for refund/direct debit, pasted with label")
    k.t("agent", "For the %s refund please send your IBAN." % rng.choice(["deposit", "overpayment", "cancelled booking", "premium"]))
    pre = rng.choice(["IBAN: ", "iban - ", "here u go ", "Bank details\nIBAN ", "my iban is "])
    if rng.random() < 0.25:
        g = chunk(ib, [4] * 10)
        k.t("customer", pre, V(" ".join(g[:3]), "IBAN", "i"))
        k.t("customer", V(" ".join(g[3:]), "IBAN", "i"))
    else:
        k.t("customer", pre, V(fmt_iban(ib, rng), "IBAN", "i"), rng.choice(["", "\nBIC: %s" % rng.choice(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "COBADEFF"]), " thanks"]))
    return k


def p_asr_iban(rng, n):
    ib = gen_iban(rng, rng.choice(["GB", "IE"]))
    k = Case("positive", "call: IBAN read with letters spelled and digits in groups")
    letters = " ".join(spell_letter(ch, rng, "for") if rng.random() < 0.5 else ch.lower() for ch in ib[:2])
    bank = " ".join(spell_letter(ch, rng, "for") if ch == "O" or rng.random() < 0.3 else ch.lower() for ch in ib[4:8])
    k.t("customer", "the iban is ", V(letters + " " + say_group(ib[2:4], rng, pairs=0.5), "IBAN", "i"))
    k.t("agent", rng.choice(ACK))
    k.t("customer", V(bank + ", " + say_digits(ib[8:], rng, groups=chunk(ib[8:], [4, 4, 4, 4]), filler=0.3, pairs=0.2), "IBAN", "i"))
    return k


def p_sort_acct_typed(rng, n):
    sc, ac = gen_sort(rng), gen_acct(rng)
    k = Case("positive", "typed: UK sort code and account number with odd labels")
    st = rng.randint(0, 2)
    if st == 0:
        k.t("customer", rng.choice(["s/c ", "sort code: ", "Sort-code "]), V(fmt_sort(sc, rng), "SORT_CODE", "s"),
            rng.choice([" acct no: ", "\nA/C ", ", account number ", " / acc "]), V(ac, "BANK_ACCOUNT", "a"))
    elif st == 1:
        k.t("customer", "Direct debit form\n-----\nAccount holder: %s %s\nAccount number: " % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize()),
            V(rng.choice([ac, ac[:4] + " " + ac[4:]]), "BANK_ACCOUNT", "a"), "\nSort code: ", V(fmt_sort(sc, rng), "SORT_CODE", "s"),
            "\nEmail: ", V(gen_email(rng), "EMAIL", "e"))
    else:
        k.t("customer", "bank is ", V(fmt_sort(sc, rng), "SORT_CODE", "s"))
        k.t("customer", V(ac, "BANK_ACCOUNT", "a"), " (that's the account)")
    return k


def p_sort_acct_asr(rng, n):
    sc, ac = gen_sort(rng), gen_acct(rng)
    k = Case("positive", "call: sort code as pairs and account number with double/triple, split turns")
    k.t("agent", "what's the sort code on that account")
    k.t("customer", V(say_digits(sc, rng, groups=chunk(sc, [2, 2, 2]), pairs=0.7, filler=0.3), "SORT_CODE", "s"))
    k.t("agent", "and the account number")
    g = chunk(ac, [4, 4])
    k.t("customer", V(say_group(g[0], rng, pairs=0.3), "BANK_ACCOUNT", "a"))
    k.t("agent", rng.choice(ACK))
    k.t("customer", V(say_group(g[1], rng, pairs=0.3), "BANK_ACCOUNT", "a"))
    return k


def p_us_bank(rng, n):
    ac = gen_acct(rng, us=True)
    k = Case("positive", "typed: US checking account for ACH with routing number (routing unlabelled)")
    routing = rng.choice(["021000021", "026009593", "121000358", "111000025"])
    k.t("customer", "routing %s\nchecking acct# " % routing, V(ac, "BANK_ACCOUNT", "a"), rng.choice(["", "\nthanks!", " (joint account)"]))
    return k


def p_phone_typed(rng, n):
    d, typed, g, pl = gen_phone(rng)
    k = Case("positive", "typed: phone number in chat/SMS/web form")
    st = rng.randint(0, 3)
    if st == 0:
        k.t("customer", rng.choice(["best number to reach me is ", "call me back on ", "tel: ", "my mob ", "Contact no. "]), V(typed, "PHONE", "p"),
            rng.choice(["", " after 5pm", " (whatsapp too)", " pls"]))
    elif st == 1:
        k.t("customer", "Thanks,\n%s %s\n%s\nT: " % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize(), rng.choice(["Sent from my iPhone", "--", "Kind regards"])), V(typed, "PHONE", "p"))
    elif st == 2:
        k.t("agent", "What number should the engineer call on the day?")
        k.t("customer", V(typed, "PHONE", "p"), " or my wife's ", V(gen_phone(rng, "ukmob")[1], "PHONE", "p2"))
    else:
        k.t("customer", "Phone*: ", V(typed, "PHONE", "p"), "\nEmail*: ", V(gen_email(rng).upper() if rng.random() < 0.3 else gen_email(rng), "EMAIL", "e"),
            "\nBest time to call*: 9am-12pm")
    return k


def p_phone_asr(rng, n):
    d, typed, g, pl = gen_phone(rng)
    k = Case("positive", "call: phone number spoken with oh/double/pairs and agent read-back")
    spoken = pl + say_digits(d, rng, groups=g, pairs=0.3, filler=0.3, zw=rng.choice(["oh", "o", "zero"]))
    k.t("agent", "and what's the best contact number")
    k.t("customer", rng.choice(["it's ", "yeah ", "um it's ", ""]), V(spoken, "PHONE", "p"))
    if rng.random() < 0.5:
        k.t("agent", "so ", V(pl + say_digits(d, rng, groups=g, sep=",", pairs=0, zw="oh"), "PHONE", "rb"))
    return k


def p_email_typed(rng, n):
    e = gen_email(rng)
    k = Case("positive", "typed: e-mail address with case variation / corrections")
    st = rng.randint(0, 2)
    if st == 0:
        ee = e if rng.random() < 0.5 else e.capitalize() if rng.random() < 0.5 else e.upper()
        k.t("customer", rng.choice(["email: ", "e-mail addr ", "send it to ", "my email is "]), V(ee, "EMAIL", "e"), rng.choice(["", " pls", ". ta"]))
    elif st == 1:
        local, dom = e.split("@")
        j = rng.randint(0, len(local) - 2)
        bad = local[:j] + local[j + 1] + local[j] + local[j + 2:] + "@" + dom
        if not re.match(r"^[a-z0-9].*[a-z0-9]@", bad):
            bad = local + "@" + dom.replace(".", ",", 1).replace(",", ".")[:-1] + dom[-1]
        k.t("customer", "pls update my email to ", V(bad, "EMAIL", "e"))
        k.t("customer", "*", V(e, "EMAIL", "e2"), rng.choice([" sorry typo", " - autocorrect!!", ""]))
    else:
        k.t("agent", "Is the email on the account still %s?" % "the same")
        k.t("customer", "no it's ", V(e, "EMAIL", "e"), " now, the old one was ", V(gen_email(rng), "EMAIL", "e2"))
    return k


def p_email_asr(rng, n):
    e = gen_email(rng)
    k = Case("positive", "call: e-mail spoken with dot/at/underscore")
    k.t("agent", "can i take an email address for the confirmation")
    k.t("customer", rng.choice(["yeah it's ", "sure ", "um it's "]), V(say_email(e, rng), "EMAIL", "e"))
    if rng.random() < 0.4:
        k.t("agent", "so that's ", V(say_email(e, rng), "EMAIL", "rb"))
        k.t("customer", "yep")
    return k


def p_dob(rng, n):
    d, m, y = gen_dob(rng)
    us = rng.random() < 0.4
    k = Case("positive", "date of birth typed or spoken for ID&V")
    if rng.random() < 0.5:
        k.t("agent", rng.choice(["Can you confirm your date of birth?", "What's the DOB of the account holder?", "Please enter your date of birth"]))
        k.t("customer", rng.choice(["", "dob ", "its ", "born "]), V(fmt_dob(d, m, y, rng, us), "DOB", "d"))
    else:
        k.t("agent", "and your date of birth please")
        k.t("customer", rng.choice(["it's ", "", "um "]), V(say_dob(d, m, y, rng, us), "DOB", "d"))
        if rng.random() < 0.4:
            k.t("agent", "thank you and how old does that make you for the form")
            k.t("customer", "%s" % rng.choice(["forty two", "thirty", "sixty one", "twenty five"]))
    return k


def p_address_uk(rng, n):
    a = gen_address(rng)
    pc = gen_postcode(rng)
    town = rng.choice(TOWNS)
    k = Case("positive", "UK address and postcode (town unlabelled)")
    if rng.random() < 0.55:
        sep = rng.choice([", ", "\n", " "])
        k.t("customer", rng.choice(["Address: ", "new address is ", "deliver to ", "Billing address\n"]), V(a, "ADDRESS", "a"), sep + town + sep, V(pc[1] if rng.random() < 0.7 else pc[0].lower(), "POSTCODE", "p"))
    else:
        k.t("agent", "can i take the first line of the address and the postcode")
        k.t("customer", "yeah it's ", V(say_address(a, rng), "ADDRESS", "a"), " in %s" % town.lower())
        k.t("agent", "and the postcode")
        pcs = pc[1].lower()
        out, inw = pcs.split(" ")
        spoken = " ".join(out) if rng.random() < 0.5 else " ".join(spell_letter(c, rng, "for") if c.isalpha() and rng.random() < 0.3 else c for c in out)
        spoken = re.sub(r"\b(\d)\b", lambda mm: UNITS[int(mm.group(1))], spoken)
        spoken += " " + UNITS[int(inw[0])] + " " + " ".join(spell_letter(c, rng, rng.choice(["for", "plain", "plain"])) for c in inw[1:])
        k.t("customer", V(spoken, "POSTCODE", "p"))
    return k


def p_address_us(rng, n):
    a = gen_address(rng, us=True)
    z = gen_postcode(rng, us=True)
    town, st = rng.choice(US_TOWNS)
    zz = z[0] if len(z[0]) == 5 else z[0][:5] + "-" + z[0][5:]
    k = Case("positive", "US address with ZIP (city/state unlabelled)")
    if rng.random() < 0.6:
        k.t("customer", rng.choice(["Ship to: ", "Mailing address - ", "my address is "]), V(a, "ADDRESS", "a"), ", %s, %s " % (town, st), V(zz, "POSTCODE", "z"))
    else:
        k.t("customer", "it's ", V(say_address(a, rng), "ADDRESS", "a"), " %s %s, zip is " % (town.lower(), st.lower()), V(say_digits(z[0][:5], rng, groups=[z[0][:5]], pairs=0.3), "POSTCODE", "z"))
    return k


def p_ie_address(rng, n):
    a = gen_address(rng)
    k = Case("positive", "Irish customer address (Eircode not a target type) plus mobile")
    d, typed, g, pl = gen_phone(rng, rng.choice(["ie", "ieintl"]))
    k.t("customer", "Hi, moved house. New address ", V(a, "ADDRESS", "a"), ", %s. Mobile still " % rng.choice(IE_TOWNS), V(typed, "PHONE", "p"))
    return k


def p_web_form_multi(rng, n):
    k = Case("positive", "web form paste with many fields; masked card is not PII")
    dd = gen_dob(rng)
    ni = gen_ni(rng)
    ph = gen_phone(rng, rng.choice(["ukmob", "ukland", "ukintl"]))
    pc = gen_postcode(rng)
    a = gen_address(rng)
    k.t("customer", "Form submission #%d\nFirst name: %s\nDate of birth: " % (rng.randint(10000, 99999), rng.choice(FIRST).capitalize()),
        V(fmt_dob(*dd, rng), "DOB", "d"), "\nNI Number: ", V(fmt_ni(ni, rng), "NI_NUMBER", "n"),
        "\nAddress line 1: ", V(a, "ADDRESS", "a"), "\nTown: %s\nPostcode: " % rng.choice(TOWNS), V(pc[1], "POSTCODE", "p"),
        "\nTelephone: ", V(ph[1], "PHONE", "ph"), "\nCard on file: **** **** **** %04d\nConsent: Y" % rng.randint(0, 9999))
    return k


def p_chat_masked_mix(rng, n):
    c = gen_card(rng, rng.choice(["visa", "mc"]))
    k = Case("positive", "chat: agent masked part but customer pastes full card anyway")
    k.t("agent", "For security please don't share your full card. Can you confirm the last 4 digits only?")
    k.t("customer", "oh sorry I already copied it: ", V(fmt_card(c, rng), "CARD_NUMBER", "c"))
    k.t("agent", "No problem - I've masked that. I can see the card ending ", V(c[-4:], "CARD_NUMBER", "l4", partial_of="c"), ".")
    return k


def p_asr_cvv_exp(rng, n):
    m, y = gen_exp(rng)
    cvv = "%03d" % rng.randint(0, 999)
    c = gen_card(rng, "visa")
    k = Case("positive", "call: full card, expiry and CVV spoken")
    k.t("customer", V(say_digits(c, rng, pairs=0.4, filler=0.2), "CARD_NUMBER", "c"))
    k.t("agent", "thanks and the expiry date")
    k.t("customer", rng.choice(["", "it's ", "expires "]), V(say_exp(m, y, rng), "EXPIRY", "e"))
    k.t("agent", "and the three digit security code on the back")
    k.t("customer", V(say_group(cvv, rng, pairs=0.3, hundreds=0.5), "CVV", "v"))
    return k


def p_ni_ssn_mixed(rng, n):
    k = Case("positive", "e-mail: UK/US dual-national tax query with NI and SSN, signature")
    ni, ss = gen_ni(rng), gen_ssn(rng)
    e = gen_email(rng)
    k.t("customer", "Dear HMRC,\n\nI worked in the US until last year (SSN ", V(fmt_ssn(ss, rng), "SSN", "s"),
        ") and now in the UK. My NI number is ", V(fmt_ni(ni, rng), "NI_NUMBER", "n"),
        ". Please advise about double taxation.\n\nRegards\n%s\n" % rng.choice(FIRST).capitalize(), V(e, "EMAIL", "e"))
    return k


def p_asr_ssn_correction(rng, n):
    s = gen_ssn(rng)
    k = Case("positive", "call: SSN with self-correction mid-reading, aborted fragment not a value")
    g = [s[:3], s[3:5], s[5:]]
    k.t("customer", "ok it's %s, no wait, sorry, start again. " % say_group(g[0][:2], rng, pairs=0), V(say_digits(s, rng, groups=g, filler=0.4, pairs=0.3), "SSN", "s"))
    k.t("agent", "got it thank you")
    return k


def p_typed_typo_card(rng, n):
    c = gen_card(rng, rng.choice(["visa", "mc"]))
    while "0" not in c[1:-1]:
        c = gen_card(rng, rng.choice(["visa", "mc"]))
    j = c.index("0", 1)
    typed = c[:j] + "O" + c[j + 1:]
    typed = " ".join(chunk(typed, [4, 4, 4, 4])) if rng.random() < 0.6 else typed
    k = Case("positive", "chat: card typed with letter O for zero")
    k.t("customer", rng.choice(["heres the card ", "Card Num. ", "pay with "]), V(typed, "CARD_NUMBER", "c"), rng.choice([" exp ", " expiring "]),
        V(fmt_exp(*gen_exp(rng), rng), "EXPIRY", "e"))
    return k


def p_signature_block(rng, n):
    e = gen_email(rng)
    d, typed, g, pl = gen_phone(rng)
    k = Case("positive", "e-mail: forwarded message header and signature with e-mail in angle brackets and phone with ext")
    nm = "%s %s" % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize())
    k.t("customer", "Please see below re: my bill.\n\n---------- Forwarded message ---------\nFrom: %s <" % nm, V(e, "EMAIL", "e"),
        ">\nDate: %s\nSubject: Late payment fee\n\nI was charged \u00a312 twice.\n\n--\n%s\n" % (rng.choice(["Tue, 4 Mar 2025 at 09:12", "Fri, 17 Jan 2025 at 16:40"]), nm),
        rng.choice(["Tel: ", "Mobile | ", "p. "]), V(typed, "PHONE", "p"), rng.choice(["", " ext. 204", " (work)"]))
    return k


def p_ni_linebreak(rng, n):
    s = gen_ni(rng)
    k = Case("positive", "chat: NI number wrapped across lines in pasted text, with sort code")
    k.t("customer", "copied from my payslip:\nEmployee NI\n", V("%s %s %s\n%s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]), "NI_NUMBER", "n"),
        "\nTax code 1257L  Period 07")
    sc = gen_sort(rng)
    k.t("agent", "Thanks. And the sort code your wages go into?")
    k.t("customer", V(fmt_sort(sc, rng), "SORT_CODE", "s"), rng.choice(["", " (halifax)", " i think"]))
    return k


def n_otp_vouchers(rng, n):
    k = Case("negative", "SMS: one-time codes, voucher codes and gift amounts")
    k.t("agent", rng.choice([
        "%s: your verification code is %s. It expires in 10 minutes." % (rng.choice(COMPANY), rand_digits(rng, 6)),
        "Use voucher %s%s at checkout for %d%% off orders over \u00a3%d." % (rng.choice(["SAVE", "SPRING", "WELCOME"]), rng.randint(10, 99), rng.choice([10, 15, 20]), rng.choice([30, 50])),
        "Your parcel %s will arrive between %d:00 and %d:00 today." % (rand_digits(rng, 14), rng.randint(7, 12), rng.randint(13, 18))]))
    k.t("customer", rng.choice(["thx", "ok", "STOP", "didnt get it, resend?"]))
    return k


POS = [p_chat_card_full, p_sms_split_card, p_asr_card_split, p_asr_ssn, p_typed_ni, p_iban, p_sort_acct_typed,
       p_phone_typed, p_email_typed, p_dob, p_address_uk, p_chat_card_linebreak, p_typed_ssn, p_asr_ni,
       p_asr_card_restart, p_email_card_quoted, p_sort_acct_asr, p_phone_asr, p_email_asr, p_address_us,
       p_asr_card_lastfour_full, p_asr_iban, p_web_form_multi, p_chat_masked_mix, p_asr_cvv_exp,
       p_ni_ssn_mixed, p_us_bank, p_ie_address, p_asr_ssn_correction, p_typed_ssn, p_typed_ni,
       p_typed_typo_card, p_signature_block, p_ni_linebreak]


# ============================================================== negatives
def rand_digits(rng, k):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def n_order_luhn(rng, n):
    o = gen_card(rng, "visa")
    lab = rng.choice(["order number", "Order #", "tracking no.", "invoice ref", "reference number", "claim number"])
    k = Case("negative", "16-digit labelled reference that happens to be Luhn-valid")
    k.t("customer", "hi, %s %s - still not arrived" % (lab, rng.choice([o, " ".join(card_groups(o))])))
    k.t("agent", "Thanks, I can see %s %s was dispatched on %d %s." % (lab.rstrip(".#"), o, rng.randint(1, 28), rng.choice(MONTHS).capitalize()))
    return k


def n_ref_spoken(rng, n):
    o = rand_digits(rng, rng.choice([12, 16]))
    lab = rng.choice(["booking reference", "policy number", "case number", "meter serial", "account reference on the bill"])
    k = Case("negative", "call: long reference spoken like a card reading, labelled as reference")
    k.t("agent", "can i take the %s" % lab)
    k.t("customer", "yeah the %s is %s" % (lab, say_digits(o, rng, pairs=0.3, filler=0.3)))
    k.t("agent", rng.choice(ACK) + " and that's on the %s" % rng.choice(["home insurance", "business plan", "electricity account"]))
    return k


def n_last_four(rng, n):
    l4 = "%04d" % rng.randint(0, 9999)
    k = Case("negative", "card last-four only (typed and spoken), no full card in case")
    if rng.random() < 0.5:
        k.t("customer", rng.choice(["can you charge the card ending %s", "use the visa ending in %s pls", "card on file ****%s", "the one ending -%s"]) % l4)
        k.t("agent", "Done, the card ending %s has been charged %s." % (l4, rng.choice(["£42.50", "$19.99", "€120.00"])))
    else:
        k.t("agent", "is that still the card ending %s" % say_group(l4, rng, pairs=0.5))
        k.t("customer", "yeah %s that's the one" % say_group(l4, rng, pairs=0))
    return k


def n_masked(rng, n):
    k = Case("negative", "masked values pasted from statements / e-mails")
    k.t("customer", rng.choice([
        "Statement shows card XXXX-XXXX-XXXX-%04d and SSN ***-**-%04d" % (rng.randint(0, 9999), rng.randint(0, 9999)),
        "Your NI number ending **%02d%s is on file" % (rng.randint(0, 99), rng.choice("ABCD")),
        "Acct ****%04d, sort code **-**-%02d" % (rng.randint(0, 9999), rng.randint(0, 99)),
        "IBAN GB** **** **** **** **%02d %02d" % (rng.randint(0, 99), rng.randint(0, 99)),
        "> Payment from card ending %04d failed" % rng.randint(0, 9999)]))
    k.t("agent", "Thanks for the screenshot, the %s was applied on %s." % (rng.choice(["refund of £%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99)), "credit", "adjustment"]), rng.choice(["12/03/2025", "the 3rd", "Friday"])))
    return k


def n_amounts(rng, n):
    k = Case("negative", "balances, prices, percentages, dates and times")
    k.t("agent", rng.choice([
        "Your balance is £%d.%02d and the next payment of £%d.%02d is due on %d/%02d/2025." % (rng.randint(100, 9999), rng.randint(0, 99), rng.randint(10, 200), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12)),
        "The new tariff is %d.%d%% APR, %dp per kWh, standing charge %d.%02dp a day." % (rng.randint(3, 29), rng.randint(0, 9), rng.randint(18, 34), rng.randint(30, 60), rng.randint(0, 99)),
        "We're open 8am to 8pm Monday to Friday and 9 till 5 on Saturdays; average wait is %d minutes." % rng.randint(2, 40),
        "your balance is %s pounds and %s pence" % (say_group(str(rng.randint(100, 999)), rng, hundreds=1), pair_words(str(rng.randint(11, 99)).replace("0", "1")))]))
    k.t("customer", rng.choice(["ok thanks", "that's %d%% more than last year!" % rng.randint(5, 60), "so %d payments of $%d.%02d?" % (rng.randint(2, 12), rng.randint(10, 500), rng.randint(0, 99))]))
    return k


def n_travel(rng, n):
    k = Case("negative", "travel: flight, gate, seat, room and booking numbers")
    fl = rng.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(rng.randint(10, 9999))
    k.t("customer", "I'm on %s tomorrow at %02d:%02d, seat %d%s, booking ref %s" % (fl, rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(1, 40), rng.choice("ABCDEF"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    k.t("agent", "Thanks. Gate %d opens %d minutes before, and your hotel room %d is held until %d pm." % (rng.randint(1, 60), rng.choice([30, 45, 60]), rng.randint(100, 1299), rng.randint(1, 11)))
    return k


def n_meter(rng, n):
    k = Case("negative", "utilities: meter readings and meter serials, spoken and typed")
    r1 = "%05d" % rng.randint(0, 99999)
    ser = rand_digits(rng, rng.choice([10, 11, 13]))
    if rng.random() < 0.5:
        k.t("customer", "meter reading %s, meter serial %s, taken today at %d:%02d" % (r1, ser, rng.randint(7, 21), rng.randint(0, 59)))
    else:
        k.t("agent", "ok go ahead with the reading")
        k.t("customer", "it's %s and the night rate one is %s" % (say_group(r1, rng, pairs=0.2), say_group("%05d" % rng.randint(0, 99999), rng, pairs=0.2)))
    k.t("agent", "Thanks, that's %d units since the last reading on %d %s." % (rng.randint(80, 900), rng.randint(1, 28), rng.choice(MONTHS).capitalize()))
    return k


def n_tracking(rng, n):
    k = Case("negative", "parcel tracking, serial, IMEI and model numbers (some Luhn-valid)")
    imei = luhn_complete(rand_digits(rng, 14))
    k.t("customer", rng.choice([
        "Tracking: 1Z%s%s  (UPS)" % ("".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(6)), rand_digits(rng, 10)),
        "the phone's IMEI is %s and model SM-A%d%dB" % (imei, rng.randint(10, 99), rng.randint(0, 9)),
        "serial no. %s-%s-%s on the boiler" % (rand_digits(rng, 4), rand_digits(rng, 4), rand_digits(rng, 4)),
        "IMEI: %s %s %s" % (imei[:6], imei[6:12], imei[12:])]))
    k.t("agent", "Thanks, I've logged ticket %s for that." % rand_digits(rng, rng.choice([7, 8, 9])))
    return k


def n_dates(rng, n):
    k = Case("negative", "appointment, contract and payment dates; ages and years (not DOB)")
    k.t("agent", rng.choice([
        "Your appointment is on the %s of %s at %s" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["ten thirty", "two pm", "quarter past nine"])),
        "The contract started on %02d/%02d/20%d and ends %s %d." % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(18, 24), rng.choice(MONTHS).capitalize(), rng.randint(2026, 2029)),
        "The direct debit will come out on the %s of each month from %s." % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS))]))
    k.t("customer", rng.choice(["my son is %s, he's %d" % (rng.choice(["at school then", "off that day"]), rng.randint(3, 17)),
                                "fine, I've been a customer since %d" % rng.randint(1990, 2020),
                                "that works, the house was built in %s" % say_year(rng.randint(1890, 1999), rng),
                                "ok, I'm %d next week so can I get the over-%d discount" % (rng.choice([60, 65, 70]), rng.choice([60, 65]))]))
    return k


def n_roads(rng, n):
    k = Case("negative", "road names, junctions, temperatures without house numbers")
    k.t("customer", rng.choice([
        "there's a burst main on %s near the junction with %s" % (rng.choice(STREETS), rng.choice(STREETS)),
        "the engineer got stuck on the M%d at junction %d, it's %d degrees out" % (rng.randint(1, 62), rng.randint(1, 30), rng.randint(-3, 34)),
        "the bus stop on %s moved, route %d now goes down %s" % (rng.choice(STREETS), rng.randint(1, 199), rng.choice(US_STREETS))]))
    k.t("agent", "Thanks for letting us know, I've raised incident %s." % rand_digits(rng, 8))
    return k


def n_policy(rng, n):
    k = Case("negative", "insurance/healthcare: policy, member, claim and NHS-like labelled IDs")
    k.t("customer", rng.choice([
        "Policy no: POL-%s-%s, claim %s" % (rand_digits(rng, 4), rand_digits(rng, 4), rand_digits(rng, 9)),
        "member ID %s, group number %s, invoice INV-%s" % (rand_digits(rng, 9), rand_digits(rng, 6), rand_digits(rng, 8)),
        "claim ref %s-%s-%s for the excess of £%d" % (rand_digits(rng, 3), rand_digits(rng, 2), rand_digits(rng, 4), rng.choice([100, 250, 500])),
        "ticket #%s / case %s" % (rand_digits(rng, 6), rand_digits(rng, 6))]))
    k.t("agent", "Thanks - that's been %s; you'll hear back within %d working days." % (rng.choice(["escalated", "approved", "noted"]), rng.randint(2, 14)))
    return k


def n_counts_spoken(rng, n):
    k = Case("negative", "call: quantities and durations with number words and doubles")
    k.t("customer", rng.choice([
        "i've been on hold for %s minutes and this is the %s time i've called" % (pair_words(str(rng.randint(21, 59)).replace("0", "5")), ordinal_words(rng.randint(3, 9))),
        "we used double the data, like %s gigs, over %s days" % (say_group(str(rng.randint(101, 499)), rng, hundreds=1), pair_words(str(rng.randint(21, 29)))),
        "the order was %s items at %s ninety nine each" % (rng.choice(["three", "twelve", "double"]) if False else rng.choice(["three", "twelve", "six"]), rng.choice(["four", "nine", "twelve"]))]))
    k.t("agent", "i'm sorry about that let me see what i can do")
    return k


def n_emailish(rng, n):
    k = Case("negative", "e-mail thread with headers, reference numbers and opening hours, no personal values")
    k.t("customer", "RE: Ref %s-%s\n\n> Our office hours are 09:00-17:30 Mon-Fri.\n> Your quote (valid 30 days) is £%d.%02d inc VAT.\n\nThanks, can I pay in %d instalments?\nSent from Outlook" % (
        rand_digits(rng, 5), rand_digits(rng, 3), rng.randint(100, 3000), rng.randint(0, 99), rng.choice([2, 3, 6, 10, 12])))
    return k


NEG = [n_order_luhn, n_ref_spoken, n_last_four, n_masked, n_amounts, n_travel, n_meter, n_tracking,
       n_dates, n_roads, n_policy, n_counts_spoken, n_emailish, n_otp_vouchers]


# ============================================================== build
def generate():
    rng = random.Random(SEED)
    rows, meta = [], []
    for i in range(212):
        case = POS[i % len(POS)](rng, i)
        r, g = case.build("h419-pos-%03d" % (i + 1))
        rows.append(r)
        meta.append(g)
    for i in range(104):
        case = NEG[i % len(NEG)](rng, i)
        r, g = case.build("h419-neg-%03d" % (i + 1))
        rows.append(r)
        meta.append(g)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows, meta, text


def check(rows, meta):
    errs = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, groups in zip(rows, meta):
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            errs.append(cid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(cid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = {}
        for sp in r["spans"]:
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            txt = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[max(0, s - 3):e + 3]))
            if not txt[s].isalnum() or not txt[e - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, txt[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        vals = {}
        for sp, (g, partial) in zip(r["spans"], groups):
            txt = r["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            vals.setdefault(g, {"type": sp["type"], "texts": [], "partial": partial})["texts"].append(txt)
            if vals[g]["type"] != sp["type"]:
                errs.append(cid + ": mixed types in value group")
        for g, v in vals.items():
            if v["partial"]:
                full = spoken_tokens(" ".join(vals[v["partial"]]["texts"]))
                part = spoken_tokens(" ".join(v["texts"]))
                if not (part and full and len(part) == 4 and full.endswith(part)):
                    errs.append("%s: last-four %r not suffix of card" % (cid, v["texts"]))
                continue
            if not validate_value(v["type"], v["texts"]):
                errs.append("%s: invalid %s value %r" % (cid, v["type"], v["texts"]))
    # negatives must not accidentally contain typed e-mail addresses
    for r in rows:
        if r["kind"] == "negative":
            for t in r["turns"]:
                if re.search(r"\S+@\S+\.\w+", t["text"]):
                    errs.append(r["id"] + ": e-mail in negative")
    return errs


def counts(rows):
    c = {t: 0 for t in TYPES}
    for r in rows:
        for sp in r["spans"]:
            c[sp["type"]] += 1
    return c


def main():
    rows, meta, text = generate()
    errs = check(rows, meta)
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    if "--check" in sys.argv:
        if not os.path.exists(OUT):
            errs.append("cases.jsonl missing")
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regenerated output")
            # second regeneration must also match (determinism)
            if generate()[2] != text:
                errs.append("generator not deterministic")
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("positive=%d negative=%d" % (npos, nneg))
    print(json.dumps(c))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
