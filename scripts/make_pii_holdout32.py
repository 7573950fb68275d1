#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout32``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one ``random.Random(32241123)``).

    python scripts/make_pii_holdout32.py          # write fixture + README
    python scripts/make_pii_holdout32.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 32241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout32"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# --------------------------------------------------------------------------
# spoken-form helpers
# --------------------------------------------------------------------------
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu", "o": "oscar", "i": "india"}
NAMEY = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
         "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
         "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
         "w": "william", "x": "xmas", "y": "yellow", "z": "zebra", "g": "george", "o": "orange", "i": "ireland"}


def zero_word(rng, loc):
    if loc == "US":
        return rng.choice(["zero", "zero", "oh"])
    if loc == "UK":
        return rng.choice(["oh", "oh", "zero", "nought"])
    if loc == "IE":
        return rng.choice(["oh", "oh", "zero"])
    return rng.choice(["zero", "zero", "oh"])


def dword(d, z):
    return z if d == "0" else DIG[int(d)]


def two_digit_words(s, z):
    n = int(s)
    if s[0] == "0":
        return f"{z} {dword(s[1], z)}"
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])


def say_digits(s, rng, loc, style=None, filler=0.0):
    """Spell a digit string the way a caller (and an ASR) would."""
    z = zero_word(rng, loc)
    if style is None:
        opts = ["single", "single", "double"] if loc in ("UK", "IE") else ["single", "single", "pairs"]
        style = rng.choice(opts)
    words = []
    if style == "pairs":
        i = 0
        if len(s) % 2:
            words.append(dword(s[0], z))
            i = 1
        while i < len(s):
            words.append(two_digit_words(s[i:i + 2], z))
            i += 2
    elif style == "double":
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            run = j - i
            w = dword(s[i], z)
            while run > 0:
                if run >= 3 and rng.random() < 0.7:
                    words.append("triple " + w)
                    run -= 3
                elif run >= 2:
                    words.append("double " + w)
                    run -= 2
                else:
                    words.append(w)
                    run -= 1
            i = j
    else:
        words = [dword(d, z) for d in s]
    if filler and len(words) > 3 and rng.random() < filler:
        k = rng.randrange(1, len(words) - 1)
        words.insert(k, rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(words)


def say_groups(groups, rng, loc, style=None, sep=" "):
    out = ""
    for g in groups:
        w = say_digits(g, rng, loc, style)
        if out:
            # "eighty" + "six" would read as 86: a transcriber would mark the pause
            if sep == " " and out.split(" ")[-1] in TENS[2:] and w.split(" ")[0] in DIG[1:]:
                out += ", "
            else:
                out += sep
        out += w
    return out


def say_letter(ch, rng, mode=None):
    ch = ch.lower()
    mode = mode or rng.choice(["plain", "plain", "nato", "as"])
    if ch == "o" and mode == "plain":
        mode = "nato"  # a bare spoken "o" would be read as zero
    if mode == "nato" and ch in NATO:
        return f"{ch} for {NATO[ch]}"
    if mode == "as" and ch in NAMEY:
        return f"{ch} as in {NAMEY[ch]}"
    return ch


def say_alnum(s, rng, loc, letter_mode=None):
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, rng, loc, "single"))
                buf = ""
            if ch.isalpha():
                out.append(say_letter(ch, rng, letter_mode))
    if buf:
        out.append(say_digits(buf, rng, loc, "single"))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    if n < 1000:
        r = n % 100
        return DIG[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    head = num_words(n // 1000) + " thousand"
    if r == 0:
        return head
    if r < 100:
        return head + " and " + num_words(r)
    return head + " " + num_words(r)


def say_year(y, rng):
    if y >= 2000 and y < 2010:
        return "two thousand and " + DIG[y - 2000] if rng.random() < 0.6 else "two thousand " + DIG[y - 2000]
    if y >= 2010:
        return "twenty " + num_words(y - 2000)
    return num_words(y // 100) + " " + (two_digit_words(str(y % 100).zfill(2), "oh"))


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(str(rng.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def fmt_card_typed(num, rng):
    g = card_groups(num)
    st = rng.choice(["space", "space", "dash", "none", "dot", "mixed"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return num
    if st == "dot":
        return ".".join(g)
    return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:]) if len(g) > 3 else " ".join(g)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def gen_digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


BANK_LETTERS = "ABCDEFGHJKLMNPRSTWXYZ"


def gen_iban(rng, cc):
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + gen_digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(rng, 14)
    elif cc == "DE":
        bban = gen_digits(rng, 18)
    elif cc == "FR":
        bban = gen_digits(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB", "TRBK"]) + gen_digits(rng, 10)
    elif cc == "ES":
        bban = gen_digits(rng, 20)
    elif cc == "IT":
        bban = rng.choice(BANK_LETTERS) + gen_digits(rng, 22)
    else:  # BE
        bban = gen_digits(rng, 12)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fmt_iban_typed(iban, rng):
    st = rng.choice(["groups", "groups", "plain", "lowgroups"])
    if st == "plain":
        return iban
    g = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return g.lower() if st == "lowgroups" else g


UK_OUT = ["M1", "M14", "B33", "CR2", "DN55", "W1A", "EC1A", "LS6", "G41", "BT7", "CF10",
          "SW1A", "NW3", "SE15", "E17", "N8", "BS7", "EH3", "L18", "NE6", "CB4", "OX2",
          "BN2", "PL4", "S11", "NG7", "LE2", "YO31", "RG1", "AB10", "KY16", "TR18", "WC2H"]
UK_IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    return rng.choice(UK_OUT) + " " + str(rng.randrange(10)) + rng.choice(UK_IN_LET) + rng.choice(UK_IN_LET)


EIR_KEYS = ["D02", "D04", "D06", "D08", "D15", "D24", "T12", "T23", "H91", "V94",
            "A65", "X91", "R95", "F92", "N37", "W23", "K78", "P31"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_eircode(rng):
    while True:
        u = "".join(rng.choice(EIR_CH) for _ in range(4))
        if u[0].isalpha():
            return rng.choice(EIR_KEYS) + " " + u


def gen_zip(rng, plus4=False):
    z = f"{rng.randint(1001, 99950):05d}"
    return z + ("-" + gen_digits(rng, 4) if plus4 else "")


US_AREA = ["212", "312", "415", "617", "713", "206", "305", "404", "503", "602", "720",
           "808", "919", "973", "267", "480", "510", "646", "702", "816"]


def gen_phone(rng, loc):
    """Return (digits_for_validation, typed_form, spoken_groups, intl_prefix_words)."""
    if loc == "US":
        a, b, c = rng.choice(US_AREA), str(rng.randint(201, 989)), gen_digits(rng, 4)
        typed = rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                            f"{a}{b}{c}", f"1-{a}-{b}-{c}"])
        return typed, [a, b, c], "plus one"
    if loc == "UK":
        if rng.random() < 0.6:
            rest = "7" + rng.choice(["7", "8", "9", "4", "5"]) + gen_digits(rng, 8)
            typed = rng.choice([f"0{rest[:4]} {rest[4:]}", f"+44 {rest[:4]} {rest[4:]}",
                                f"0{rest}", f"+44 (0){rest[:4]} {rest[4:]}", f"0{rest[:4]}-{rest[4:7]}-{rest[7:]}"])
            return typed, ["0" + rest[:4], rest[4:7], rest[7:]], "plus four four"
        area = rng.choice(["20", "161", "121", "113", "131", "141", "117", "1632", "29"])
        rest = gen_digits(rng, 10 - len(area), True)
        if area == "20":
            typed = f"020 {rest[:4]} {rest[4:]}"
            return typed, ["020", rest[:4], rest[4:]], "plus four four"
        typed = f"0{area} {rest[:3]} {rest[3:]}"
        return typed, ["0" + area, rest[:3], rest[3:]], "plus four four"
    if loc == "IE":
        if rng.random() < 0.65:
            p = rng.choice(["83", "85", "86", "87", "89"])
            r = gen_digits(rng, 7, True)
            typed = rng.choice([f"0{p} {r[:3]} {r[3:]}", f"+353 {p} {r[:3]} {r[3:]}",
                                f"0{p}{r}", f"(0{p}) {r[:3]} {r[3:]}", f"00353 {p} {r}"])
            return typed, ["0" + p, r[:3], r[3:]], "plus three five three"
        p = rng.choice(["1", "21", "61", "91", "51"])
        r = gen_digits(rng, 7 if p != "1" else 7, True)
        typed = f"0{p} {r[:3]} {r[3:]}"
        return typed, ["0" + p, r[:3], r[3:]], "plus three five three"
    cc = rng.choice(["DE", "FR", "ES", "NL", "IT"])
    if cc == "DE":
        r = gen_digits(rng, 8, True)
        typed = rng.choice([f"+49 30 {r}", f"030 {r[:4]} {r[4:]}", f"+49 (0)30 {r}"])
        return typed, ["030", r[:4], r[4:]], "plus four nine"
    if cc == "FR":
        r = [gen_digits(rng, 2) for _ in range(4)]
        typed = rng.choice(["06 " + " ".join(r), "+33 6 " + " ".join(r), "06." + ".".join(r)])
        return typed, ["06"] + r, "plus three three"
    if cc == "ES":
        r = "6" + gen_digits(rng, 8)
        typed = rng.choice([f"+34 {r[:3]} {r[3:6]} {r[6:]}", f"{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}"])
        return typed, [r[:3], r[3:6], r[6:]], "plus three four"
    if cc == "NL":
        r = gen_digits(rng, 8, True)
        typed = rng.choice([f"+31 6 {r}", f"06-{r}", f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"])
        return typed, ["06", r[:4], r[4:]], "plus three one"
    r = "3" + gen_digits(rng, 9)
    typed = rng.choice([f"+39 {r[:3]} {r[3:6]} {r[6:]}", f"{r[:3]} {r[3:]}"])
    return typed, [r[:3], r[3:6], r[6:]], "plus three nine"


FIRST = {"US": ["jessica", "tyler", "brandon", "ashley", "marcus", "kayla", "dwayne", "megan"],
         "UK": ["oliver", "charlotte", "harry", "amelia", "gareth", "siobhan", "rhys", "priya"],
         "IE": ["aoife", "ciaran", "niamh", "padraig", "siobhan", "eoin", "grainne", "sean"],
         "EU": ["lukas", "sophie", "matteo", "ines", "jan", "camille", "pablo", "anouk"]}
LAST = {"US": ["johnson", "ramirez", "walker", "nguyen", "okafor", "brooks", "miller", "patel"],
        "UK": ["smith", "hughes", "evans", "khan", "taylor", "wright", "davies", "begum"],
        "IE": ["murphy", "obrien", "kelly", "walsh", "byrne", "ryan", "doyle", "mccarthy"],
        "EU": ["schmidt", "dubois", "rossi", "garcia", "devries", "muller", "lefevre", "jansen"]}
DOMAINS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"],
           "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "sky.com"],
           "IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie"],
           "EU": ["gmx.de", "web.de", "orange.fr", "gmail.com", "libero.it", "ziggo.nl"]}


def gen_email(rng, loc):
    f, l = rng.choice(FIRST[loc]), rng.choice(LAST[loc])
    st = rng.randrange(6)
    if st == 0:
        user = f"{f}.{l}"
    elif st == 1:
        user = f"{f[0]}{l}{rng.randint(1, 99)}"
    elif st == 2:
        user = f"{f}_{l}"
    elif st == 3:
        user = f"{f}{l[0]}{rng.randint(70, 99)}"
    elif st == 4:
        user = f"{l}.{f[0]}"
    else:
        user = f"{f}-{l}"
    return user + "@" + rng.choice(DOMAINS[loc])


def say_email(e, rng, loc):
    user, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._\-])", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(rng.choice(["dash", "hyphen"]))
        elif tok:
            m = re.fullmatch(r"([a-z]+)(\d*)", tok)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                parts.append(word)
            else:
                parts.append(word)
            if num:
                parts.append(num_words(int(num)) if rng.random() < 0.6 else say_digits(num, rng, loc, "single"))
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


STREETS = {
    "US": ["Maple", "Oak Ridge", "Sunset", "Lincoln", "Willow Creek", "Pine", "Cedar", "Elm",
           "Washington", "Magnolia"],
    "UK": ["Victoria", "Church", "Station", "Mill", "Queens", "Albert", "Park", "Kingsway",
           "Wellington", "Hollybush"],
    "IE": ["Ashgrove", "Main", "Griffith", "Church", "Beechwood", "Castle", "Oakpark", "Seafield",
           "Ballymun", "Dunville"],
}
SUFFIX = {"US": ["Street", "St", "Avenue", "Ave", "Drive", "Dr", "Boulevard", "Lane", "Court", "Road"],
          "UK": ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Way", "Terrace"],
          "IE": ["Park", "Road", "Street", "Avenue", "Drive", "Grove", "Lawn", "Court", "Terrace"]}
EU_STREETS = [("Hauptstraße", "de"), ("Lindenallee", "de"), ("Bahnhofstraße", "de"),
              ("rue de la République", "fr"), ("avenue Victor Hugo", "fr"),
              ("Keizersgracht", "nl"), ("Prinsengracht", "nl"), ("Calle Mayor", "es"),
              ("Via Roma", "it"), ("Via Garibaldi", "it")]


def gen_address(rng, loc, spoken=False):
    if loc == "EU":
        st, lang = rng.choice(EU_STREETS)
        n = rng.randint(1, 180)
        if spoken:
            st = st.lower().replace("ß", "ss")
            ns = num_words(n)
        else:
            ns = str(n) + (rng.choice(["", "", "a", "b"]) if lang in ("de", "nl") else "")
        if lang in ("fr",):
            return f"{ns} {st}" if not spoken else f"{ns} {st}"
        if lang == "es" and not spoken and rng.random() < 0.5:
            return f"{st} {ns}, 2º B"
        return f"{st} {ns}" if not spoken else f"{st} number {ns}"
    name = rng.choice(STREETS[loc])
    suf = rng.choice(SUFFIX[loc])
    if loc == "US":
        n = rng.randint(10, 9899)
        d = rng.choice(["", "", "North ", "West ", "S ", "E "])
        if spoken:
            ns = say_digits(str(n), rng, loc, rng.choice(["single", "pairs"])) if n >= 1000 else num_words(n)
            d = {"S ": "south ", "E ": "east "}.get(d, d).lower()
            suf = {"St": "street", "Ave": "avenue", "Dr": "drive"}.get(suf, suf).lower()
            base = f"{ns} {d}{name.lower()} {suf}"
            if rng.random() < 0.3:
                base += f" apartment {num_words(rng.randint(1, 40))}"
            return base
        base = f"{n} {d}{name} {suf}"
        if rng.random() < 0.3:
            base += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}",
                                f", Unit {rng.randint(1, 30)}"])
        return base
    n = rng.randint(1, 160)
    if spoken:
        pre = ""
        if rng.random() < 0.3:
            pre = f"flat {num_words(rng.randint(1, 24))} " if loc == "UK" else f"apartment {num_words(rng.randint(1, 60))} "
        return f"{pre}{num_words(n)} {name.lower()} {suf.lower()}"
    pre = ""
    if rng.random() < 0.3:
        pre = f"Flat {rng.randint(1, 24)}, " if loc == "UK" else f"Apt {rng.randint(1, 60)}, "
    return f"{pre}{n}{rng.choice(['', '', '', 'a'])} {name} {suf}"


def gen_dob(rng):
    return rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28)


def fmt_dob_typed(y, m, d, rng, loc):
    if loc == "US":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MONTHS[m-1].title()} {d}, {y}",
                           f"{m}-{d}-{y}"])
    if loc == "EU":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS[m-1].title()} {y}",
                       f"{d}{['st','nd','rd'][d % 10 - 1] if d % 10 in (1, 2, 3) and d not in (11, 12, 13) else 'th'} {MONTHS[m-1][:3].title()} {y}",
                       f"{d:02d}-{m:02d}-{y}"])


def say_dob(y, m, d, rng, loc):
    yr = say_year(y, rng) if rng.random() < 0.75 else two_digit_words(f"{y % 100:02d}", "oh")
    if loc == "US":
        st = rng.choice(["mdy", "mdy", "digits"])
    else:
        st = rng.choice(["dmy", "dmy", "digits"])
    if st == "mdy":
        return f"{MONTHS[m-1]} {ORD[d]} {yr}"
    if st == "dmy":
        return rng.choice([f"the {ORD[d]} of {MONTHS[m-1]} {yr}", f"{ORD[d]} {MONTHS[m-1]} {yr}"])
    z = zero_word(rng, loc)
    if loc == "US":
        a, b = f"{m:02d}", f"{d:02d}"
    else:
        a, b = f"{d:02d}", f"{m:02d}"
    return f"{two_digit_words(a, z)} {two_digit_words(b, z)} {yr}"


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(25, 32)


def fmt_exp_typed(m, y, rng):
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}", f"{m}/{y}"])


def say_exp(m, y, rng, loc):
    z = zero_word(rng, loc)
    return rng.choice([f"{two_digit_words(f'{m:02d}', z)} {num_words(y)}",
                       f"{MONTHS[m-1]} twenty {num_words(y)}",
                       f"{two_digit_words(f'{m:02d}', z)} slash {num_words(y)}",
                       f"{MONTHS[m-1]} {num_words(2000 + y)}" if False else f"{DIG[m] if m < 10 else num_words(m)} {num_words(y)}"])


def sort_groups(sc):
    return [sc[:2], sc[2:4], sc[4:]]


def fmt_sort_typed(sc, rng):
    return rng.choice(["-".join(sort_groups(sc)), sc, " ".join(sort_groups(sc)), "-".join(sort_groups(sc))])


def gen_sort(rng, loc):
    if loc == "IE":
        return rng.choice(["90", "93", "98", "99", "95"]) + gen_digits(rng, 4)
    return rng.choice(["20", "40", "30", "60", "11", "09", "77", "83", "16", "87"]) + gen_digits(rng, 4)


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []

    def t(self, speaker, *segs):
        text, spans = "", []
        for s in segs:
            if isinstance(s, tuple):
                v, typ = s
                spans.append({"turn": len(self.turns), "start": len(text), "end": len(text) + len(v), "type": typ})
                text += v
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        self.spans.extend(spans)
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got it", "go ahead"]
LOCS = ["US", "UK", "IE", "EU"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]
CUR = {"US": "$", "UK": "£", "IE": "€", "EU": "€"}
CURW = {"US": "dollars", "UK": "pounds", "IE": "euro", "EU": "euros"}


def money_typed(rng, loc):
    v = rng.randint(5, 2400) + rng.choice([0, 0.5, 0.99, 0.25, 0.49])
    s = f"{v:,.2f}"
    return f"{CUR[loc]}{s}" if loc != "EU" or rng.random() < 0.5 else f"{s.replace(',', ' ').replace('.', ',')} €"


def money_spoken(rng, loc):
    a, c = rng.randint(5, 1900), rng.choice([0, 50, 99, 20, 45])
    s = f"{num_words(a)} {CURW[loc]}"
    if c:
        s += f" {rng.choice(['and ', ''])}{num_words(c)}"
    return s


def pay_card_chat(rng, loc, ind):
    cs = Case("positive", f"chat/{ind}: {loc} card typed with expiry and security code")
    num = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_digits(rng, 4 if len(num) == 15 else 3)
    cs.a(rng.choice(["Please send the long card number when ready.", "Could you type the card number for the payment?",
                     "Thanks! What card would you like to use?"]))
    amt = money_typed(rng, loc)
    st = rng.randrange(3)
    if st == 0:
        cs.c(rng.choice(["", "ok ", "sure, "]), (fmt_card_typed(num, rng), "CARD_NUMBER"),
             rng.choice([" exp ", " expiry ", " , exp. ", " valid thru "]), (fmt_exp_typed(m, y, rng), "EXPIRY"),
             rng.choice([" cvv ", " security code ", " and the 3 digits on back are ", " cvc: "]), (cvv, "CVV"))
        cs.a(f"Thank you, I'll take {amt} now.")
    elif st == 1:
        cs.c(rng.choice(["card is ", "Card No: ", "crad number ", "CARD "]), (fmt_card_typed(num, rng), "CARD_NUMBER"), f" pls take the {amt}")
        cs.a("And the expiry date and security code?")
        cs.c((fmt_exp_typed(m, y, rng), "EXPIRY"), rng.choice([" and ", " / ", ", "]), (cvv, "CVV"))
    else:
        cs.c(rng.choice(["its ", "here u go ", ""]), (fmt_card_typed(num, rng), "CARD_NUMBER"))
        cs.a("Expiry?")
        cs.c((fmt_exp_typed(m, y, rng), "EXPIRY"))
        cs.a("And the CVV on the back please")
        cs.c((cvv, "CVV"), rng.choice(["", " thanks", " :)"]))
    return cs


def pay_card_call(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: {loc} card spoken in one turn then expiry and cvv")
    num = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_digits(rng, 4 if len(num) == 15 else 3)
    style = rng.choice(["single", "double", "pairs", None])
    spoken = say_groups(card_groups(num), rng, loc, style, rng.choice([" ", " ", " um ", " "]))
    cs.a(rng.choice(["okay and the long number across the front of the card please",
                     "whenever you're ready go ahead with the card number",
                     "can i take the long number" if len(num) != 16 else "can i take the sixteen digit number"]))
    cs.c(rng.choice(["yeah it's ", "okay so ", "right it's ", ""]), (spoken, "CARD_NUMBER"))
    cs.a("lovely and the expiry date" if loc != "US" else "great and the expiration date")
    cs.c(rng.choice(["", "it's ", "expires "]), (say_exp(m, y, rng, loc), "EXPIRY"))
    cs.a("and the last three digits on the back the security code" if len(cvv) == 3 else "and the four digit code on the front")
    cs.c((say_digits(cvv, rng, loc, "single"), "CVV"))
    cs.a(f"thank you that's {money_spoken(rng, loc)} going through now")
    return cs


def pay_card_split(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: {loc} card split over several customer turns with back-channels")
    num = gen_card(rng)
    groups = card_groups(num)
    cs.a("go ahead with the card number when you're ready")
    for i, g in enumerate(groups):
        lead = rng.choice(["", "", "right ", "so ", "then "]) if i else rng.choice(["okay ", "it's ", ""])
        tail = rng.choice(["", "", " um", " yeah"])
        cs.c(lead, (say_digits(g, rng, loc, rng.choice(["single", "single", "double", "pairs"])), "CARD_NUMBER"), tail)
        if i < len(groups) - 1:
            cs.a(rng.choice(BACK))
    if rng.random() < 0.5:
        rb = say_groups(groups, rng, loc, "single", ", ")
        cs.a("let me read that back ", (rb, "CARD_NUMBER"), " is that right")
        cs.c("yes that's it")
    return cs


def pay_card_mixed(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: {loc} card with filler words and non-PII amount/time chatter")
    num = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    g = card_groups(num)
    sp = " ".join(say_digits(x, rng, loc, None, filler=0.5) for x in g)
    cs.a(f"so the outstanding balance is {money_spoken(rng, loc)} do you want to clear that today")
    cs.c(f"yeah i'll pay it now i get paid on the {ORD[rng.randint(1, 28)]} so that's fine")
    cs.a("okay what's the card number")
    cs.c("hang on let me get my purse okay it's ", (sp, "CARD_NUMBER"), " sorry it's a bit worn")
    m, y = gen_expiry(rng)
    cs.a("no problem and when does it expire")
    cs.c((say_exp(m, y, rng, loc), "EXPIRY"), rng.choice([" i think", "", " yeah"]))
    return cs


def ssn_chat(rng, loc, ind):
    cs = Case("positive", f"chat/{ind}: US SSN typed, format varies")
    s = gen_ssn(rng)
    f = rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}-{s[3:5]}-{s[5:]}",
                    f"{s[:3]}.{s[3:5]}.{s[5:]}"])
    cs.a(rng.choice(["To verify your identity, please provide your Social Security number.",
                     "Can I get your SSN to pull up the policy?", "What is the SSN on the account?"]))
    if rng.random() < 0.5:
        cs.c(rng.choice(["sure its ", "SSN ", "ok ", "my social is "]), (f, "SSN"))
    else:
        y, m, d = gen_dob(rng)
        cs.c(rng.choice(["", "ssn: "]), (f, "SSN"), rng.choice([" and dob ", ", born ", " birthday "]),
             (fmt_dob_typed(y, m, d, rng, "US"), "DOB"))
    cs.a("Thank you, I've located your account.")
    return cs


def ssn_call(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: US SSN spoken, 3-2-4 grouping")
    s = gen_ssn(rng)
    g = [s[:3], s[3:5], s[5:]]
    cs.a(rng.choice(["and can i get your social security number please",
                     "i'll need the social to verify", "what's the social on the account"]))
    st = rng.randrange(3)
    if st == 0:
        cs.c(rng.choice(["sure it's ", "yeah ", "okay ", ""]), (say_groups(g, rng, "US", rng.choice(["single", "pairs", None])), "SSN"))
    elif st == 1:
        cs.c("okay ", (say_digits(g[0], rng, "US", "single"), "SSN"))
        cs.a(rng.choice(BACK))
        cs.c((say_digits(g[1], rng, "US", rng.choice(["single", "pairs"])), "SSN"))
        cs.a(rng.choice(BACK))
        cs.c((say_digits(g[2], rng, "US", rng.choice(["single", "pairs"])), "SSN"), " ")
        cs.turns[-1]["text"] = cs.turns[-1]["text"].rstrip()
    else:
        cs.c("it's ", (say_groups(g, rng, "US", "single"), "SSN"))
        cs.a("i have ", (say_groups(g, rng, "US", "single", " dash "), "SSN"), " correct")
        cs.c("yep")
    if rng.random() < 0.3:
        cs.a("and that's for the claim from march twenty twenty four right")
        cs.c("right the one for twelve hundred dollars")
    return cs


def fmt_ni_typed(ni, rng):
    st = rng.randrange(5)
    if st == 0:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if st == 1:
        return ni
    if st == 2:
        return ni.lower()
    if st == 3:
        return f"{ni[:2]}{ni[2:8]} {ni[8]}"
    return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"


def say_ni(ni, rng, loc="UK", mode=None):
    mode = mode or rng.choice(["plain", "nato", "as", None])
    pref = " ".join(say_letter(ch, rng, mode) for ch in ni[:2])
    if rng.random() < 0.3 and ni[0] == ni[1] and mode == "plain":
        pref = "double " + ni[0].lower()
    dg = ni[2:8]
    st = rng.choice(["single", "pairs", "single", "double"])
    if st == "pairs":
        d = " ".join(two_digit_words(dg[i:i + 2], zero_word(rng, loc)) for i in range(0, 6, 2))
    else:
        d = say_digits(dg, rng, loc, st)
    return f"{pref} {d} {say_letter(ni[8], rng, mode)}"


def ni_chat(rng, loc, ind):
    cs = Case("positive", f"chat/{ind}: UK NI number typed")
    ni = gen_ni(rng)
    cs.a(rng.choice(["Could you confirm your National Insurance number?", "What's your NI number please?",
                     "For the benefit claim I need your NINO."]))
    extra = rng.random()
    if extra < 0.4:
        cs.c(rng.choice(["it's ", "NI ", "ni no. ", ""]), (fmt_ni_typed(ni, rng), "NI_NUMBER"))
    elif extra < 0.7:
        pc = gen_uk_postcode(rng)
        cs.c((fmt_ni_typed(ni, rng), "NI_NUMBER"), " and postcode ", (rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
    else:
        y, m, d = gen_dob(rng)
        cs.c("NI is ", (fmt_ni_typed(ni, rng), "NI_NUMBER"), rng.choice([" dob ", ", DOB: ", " born "]),
             (fmt_dob_typed(y, m, d, rng, "UK"), "DOB"))
    cs.a("Thanks, that matches our records.")
    return cs


def ni_call(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: UK NI number spoken, letters spelled")
    ni = gen_ni(rng)
    cs.a(rng.choice(["can i take your national insurance number please",
                     "and your n i number", "have you got your national insurance number there"]))
    st = rng.randrange(3)
    if st == 0:
        cs.c(rng.choice(["yeah it's ", "erm ", "it's ", ""]), (say_ni(ni, rng), "NI_NUMBER"))
    elif st == 1:
        mode = rng.choice(["plain", "nato"])
        cs.c("right ", (" ".join(say_letter(ch, rng, mode) for ch in ni[:2]), "NI_NUMBER"))
        cs.a(rng.choice(BACK))
        cs.c((say_digits(ni[2:8], rng, "UK", rng.choice(["single", "double"])), "NI_NUMBER"))
        cs.a("and the letter at the end")
        cs.c((say_letter(ni[8], rng, mode), "NI_NUMBER"))
    else:
        cs.c("it's ", (say_ni(ni, rng, "UK", "plain"), "NI_NUMBER"))
        cs.a("so that's ", (say_ni(ni, rng, "UK", "nato"), "NI_NUMBER"))
        cs.c("that's right yeah")
    if rng.random() < 0.3:
        cs.a("and your claim started on the fourth of april")
        cs.c("yeah about six weeks ago")
    return cs


def bank_uk(rng, loc, ind, spoken):
    loc2 = loc if loc in ("UK", "IE") else "UK"
    sc = gen_sort(rng, loc2)
    acct = gen_digits(rng, 8)
    if not spoken:
        cs = Case("positive", f"chat/{ind}: {loc2} sort code and account number typed")
        cs.a("Please provide the sort code and account number for the direct debit.")
        if rng.random() < 0.5:
            cs.c("sort code ", (fmt_sort_typed(sc, rng), "SORT_CODE"), rng.choice([" acc ", " account no ", ", a/c "]),
                 (acct, "BANK_ACCOUNT"))
        else:
            cs.c((fmt_sort_typed(sc, rng), "SORT_CODE"), "\n", (rng.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"))
        cs.a(f"Thanks, the first payment of {money_typed(rng, loc2)} will be taken on the 1st.")
        return cs
    cs = Case("positive", f"call/{ind}: {loc2} sort code and account spoken")
    cs.a("what's the sort code")
    z = zero_word(rng, loc2)
    scs = rng.choice([" ".join(two_digit_words(g, z) for g in sort_groups(sc)), say_digits(sc, rng, loc2, "single"),
                      " dash ".join(two_digit_words(g, z) for g in sort_groups(sc)), say_digits(sc, rng, loc2, "double")])
    cs.c(rng.choice(["it's ", "", "sort code is "]), (scs, "SORT_CODE"))
    cs.a("and the account number")
    if rng.random() < 0.35:
        wrong = acct[:-1] + str((int(acct[-1]) + 3) % 10)
        cs.c((say_digits(wrong, rng, loc2, "single"), "BANK_ACCOUNT"), " no sorry ",
             (say_digits(acct, rng, loc2, "single"), "BANK_ACCOUNT"))
        cs.a("okay so ending ", (say_digits(acct, rng, loc2, "single"), "BANK_ACCOUNT"))
        cs.c("yes")
        cs.note += ", self-correction (both readings labelled) and agent read-back"
    else:
        cs.c((say_digits(acct[:4], rng, loc2, None), "BANK_ACCOUNT"))
        cs.a(rng.choice(BACK))
        cs.c((say_digits(acct[4:], rng, loc2, None), "BANK_ACCOUNT"))
        cs.note += ", account split over two turns"
    return cs


def bank_us(rng, loc, ind, spoken):
    acct = gen_digits(rng, rng.choice([10, 11, 12]), True)
    cs = Case("positive", f"{'call' if spoken else 'chat'}/{ind}: US checking account number")
    if spoken:
        cs.a("and the checking account number you want the refund to go to")
        cs.c(rng.choice(["okay it's ", "uh ", ""]), (say_digits(acct, rng, "US", rng.choice(["single", "pairs"]), 0.4), "BANK_ACCOUNT"))
        cs.a(f"thanks the refund of {money_spoken(rng, 'US')} should post in three to five business days")
    else:
        cs.a("What account should we deposit the refund into?")
        cs.c(rng.choice(["checking acct ", "account # ", "acct no. "]), (acct, "BANK_ACCOUNT"),
             rng.choice(["", " at chase", " (savings)"]))
    return cs


def iban_case(rng, loc, ind, spoken):
    cc = {"UK": "GB", "IE": "IE"}.get(loc) or rng.choice(["DE", "FR", "NL", "ES", "IT", "BE"])
    iban = gen_iban(rng, cc)
    if not spoken:
        cs = Case("positive", f"chat/{ind}: {cc} IBAN typed")
        cs.a("Please share the IBAN for the refund.")
        cs.c(rng.choice(["IBAN: ", "my iban is ", "", "here: "]), (fmt_iban_typed(iban, rng), "IBAN"),
             rng.choice(["", " thanks", " (joint account)", " cheers"]))
        cs.a("Thanks, the refund will arrive within 5 working days.")
        return cs
    cs = Case("positive", f"call/{ind}: {cc} IBAN spoken in chunks")
    cs.a("can you read me the iban please")
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    half = len(chunks) // 2
    cs.c("okay ", (" ".join(say_alnum(c, rng, loc, rng.choice(["plain", "nato"])) for c in chunks[:half]), "IBAN"))
    cs.a(rng.choice(BACK))
    cs.c((" ".join(say_alnum(c, rng, loc, "plain") for c in chunks[half:]), "IBAN"))
    return cs


def phone_chat(rng, loc, ind):
    typed, groups, intl = gen_phone(rng, loc)
    cs = Case("positive", f"chat/{ind}: {loc} phone typed ({typed[:3]}...)")
    cs.a(rng.choice(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?"]))
    if rng.random() < 0.4:
        em = gen_email(rng, loc)
        cs.c("mob ", (typed, "PHONE"), " or email ", (em, "EMAIL"))
    else:
        cs.c(rng.choice(["", "its ", "call me on ", "number: "]), (typed, "PHONE"),
             rng.choice(["", " after 5pm", " thx", " - anytime before 6"]))
    return cs


def phone_call(rng, loc, ind):
    typed, groups, intl = gen_phone(rng, loc)
    cs = Case("positive", f"call/{ind}: {loc} phone spoken")
    cs.a(rng.choice(["and a contact number in case we get cut off", "what's the best number to call you back on"]))
    if rng.random() < 0.3 and groups[0].startswith("0"):
        g = [groups[0][1:]] + groups[1:]
        sp = intl + " " + say_groups(g, rng, loc, None)
        cs.note += " with international prefix"
    else:
        sp = say_groups(groups, rng, loc, None)
    if rng.random() < 0.5:
        cs.c(rng.choice(["yeah it's ", "it's my mobile ", ""]), (sp, "PHONE"))
    else:
        k = rng.randint(1, len(groups) - 1)
        first = say_groups(groups[:k], rng, loc, None)
        if sp.startswith("plus"):
            first = intl + " " + say_groups([groups[0][1:]] + groups[1:k], rng, loc, None)
        cs.c(rng.choice(["okay ", ""]), (first, "PHONE"))
        cs.a(rng.choice(BACK))
        cs.c((say_groups(groups[k:], rng, loc, None), "PHONE"))
        cs.note += ", split over two turns"
    if rng.random() < 0.4:
        cs.a("and is that a good number between nine and five")
        cs.c("yeah any time after ten really")
    return cs


def email_case(rng, loc, ind, spoken):
    em = gen_email(rng, loc)
    if not spoken:
        cs = Case("positive", f"chat/{ind}: {loc} email typed")
        cs.a("What email address should we send the confirmation to?")
        cs.c(rng.choice(["", "it's ", "email: "]), (rng.choice([em, em, em.upper() if rng.random() < 0.2 else em]), "EMAIL"))
        return cs
    cs = Case("positive", f"call/{ind}: {loc} email spelled out as words")
    cs.a("and the email address for the receipt")
    cs.c(rng.choice(["yeah it's ", "it's ", "okay "]), (say_email(em, rng, loc), "EMAIL"))
    if rng.random() < 0.5:
        cs.a("so that's ", (say_email(em, rng, loc), "EMAIL"))
        cs.c("that's it")
    return cs


def dob_case(rng, loc, ind, spoken):
    y, m, d = gen_dob(rng)
    if not spoken:
        cs = Case("positive", f"chat/{ind}: {loc} date of birth typed, local order")
        cs.a("For security, please confirm your date of birth.")
        cs.c(rng.choice(["", "dob ", "its "]), (fmt_dob_typed(y, m, d, rng, loc), "DOB"))
        cs.a("Thank you. Your appointment on 14/07 is confirmed." if loc != "US" else "Thanks, your appointment on 7/14 is confirmed.")
        return cs
    cs = Case("positive", f"call/{ind}: {loc} date of birth spoken")
    cs.a(rng.choice(["can you confirm your date of birth", "and your date of birth please"]))
    cs.c(rng.choice(["yeah it's ", "", "it's "]), (say_dob(y, m, d, rng, loc), "DOB"))
    cs.a("thank you and that's for the bill dated the third of last month")
    return cs


def say_postcode(pc, rng):
    out, inn = pc.split(" ")
    m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z]?)", out)
    letters, num, tail = m.groups()
    lw = " ".join(say_letter(ch, rng, "plain") for ch in letters)
    nw = num_words(int(num)) if (len(num) == 2 and rng.random() < 0.5) else say_digits(num, rng, "UK", "single")
    ow = f"{lw} {nw}" + (f" {tail.lower()}" if tail else "")
    i1 = DIG[int(inn[0])]
    if inn[1] == inn[2] and rng.random() < 0.6:
        iw = f"{i1} double {inn[1].lower()}"
    else:
        iw = f"{i1} " + " ".join(say_letter(ch, rng, rng.choice(["plain", "plain", "nato"])) for ch in inn[1:])
    return f"{ow} {iw}"


def address_case(rng, loc, ind, spoken):
    cs = Case("positive", f"{'call' if spoken else 'chat'}/{ind}: {loc} street address with postcode")
    addr = gen_address(rng, loc, spoken)
    if not spoken:
        cs.a("Can you confirm the address the order should be delivered to?")
        if loc == "UK":
            pc = gen_uk_postcode(rng)
            town = rng.choice(["Manchester", "Leeds", "Bristol", "London", "Cardiff", "Glasgow"])
            cs.c((addr, "ADDRESS"), f", {town} ", (rng.choice([pc, pc.lower(), pc.replace(' ', '')]), "POSTCODE"))
        elif loc == "US":
            z = gen_zip(rng, rng.random() < 0.3)
            city, zp = rng.choice([("Austin, TX", "787"), ("Denver CO", "802"), ("Columbus, OH", "432"), ("Tampa, FL", "336"),
                                   ("Portland, OR", "972"), ("Chicago IL", "606")])
            z = zp + z[3:]
            cs.c((addr, "ADDRESS"), f", {city} ", (z, "POSTCODE"))
        elif loc == "IE":
            town, key = rng.choice([("Drumcondra, Dublin", "D09"), ("Ballincollig, Co. Cork", "P31"),
                                    ("Salthill, Galway", "H91"), ("Ennis, Co Clare", "V95"),
                                    ("Rathmines, Dublin", "D06"), ("Tralee, Co. Kerry", "V92")])
            ec = key + gen_eircode(rng)[3:]
            cs.c((addr, "ADDRESS"), f", {town}, ",
                 (rng.choice([ec, ec.replace(' ', ''), ec.lower()]), "POSTCODE"))
        else:
            city = {"Haupt": ", Berlin", "Linden": ", Köln", "Bahnho": ", München", "rue de": ", Lyon", "avenue": ", Paris",
                    "Keizer": ", Amsterdam", "Prinse": ", Amsterdam", "Calle ": ", Madrid", "Via Ro": ", Milano",
                    "Via Ga": ", Bologna"}
            cs.c((addr, "ADDRESS"), next((v for k2, v in city.items() if k2 in addr), ""))
            cs.note = cs.note.replace(" with postcode", " (EU, no postcode labelled)")
        cs.a("Great, it should arrive by Friday between 8am and 6pm.")
        return cs
    cs.a("can you confirm the first line of the address")
    cs.c(rng.choice(["yeah it's ", "", "it's "]), (addr, "ADDRESS"))
    if loc == "UK":
        pc = gen_uk_postcode(rng)
        cs.a("and the postcode")
        cs.c((say_postcode(pc, rng), "POSTCODE"))
    elif loc == "US":
        z = gen_zip(rng)
        cs.a("and the zip code")
        cs.c(rng.choice(["", "it's "]), (say_digits(z, rng, "US", "single"), "POSTCODE"))
    elif loc == "IE":
        ec = gen_eircode(rng)
        cs.a("and have you the eircode")
        cs.c((say_alnum(ec.replace(" ", ""), rng, "IE", "plain"), "POSTCODE"))
    else:
        cs.a("and the city")
        low = addr.lower()
        cs.c("berlin" if "strasse" in low or "allee" in low else "lyon" if "rue" in low or "avenue" in low else
             "amsterdam" if "gracht" in low else "madrid" if "calle" in low else "bologna")
        cs.note = cs.note.replace(" with postcode", " (EU, no postcode labelled)")
    return cs


def verify_call(rng, loc, ind):
    """Identity verification: several different PII types in one call, mixed with chit-chat."""
    cs = Case("positive", f"call/{ind}: {loc} ID&V, several PII types incl. two values in one turn")
    y, m, d = gen_dob(rng)
    cs.a("before i go into the account i just need to ask a few security questions")
    cs.c("no bother")
    cs.a("date of birth first")
    cs.c((say_dob(y, m, d, rng, loc), "DOB"), f" i'll be {num_words(2026 - y + 1)} {rng.choice(['next birthday', 'this year'])}")
    if loc == "UK":
        ni = gen_ni(rng)
        pc = gen_uk_postcode(rng)
        cs.a("and your national insurance number and postcode")
        cs.c("n i is ", (say_ni(ni, rng), "NI_NUMBER"), " and the postcode is ", (say_postcode(pc, rng), "POSTCODE"))
    elif loc == "US":
        s = gen_ssn(rng)
        z = gen_zip(rng)
        cs.a("and your social and zip")
        cs.c("social is ", (say_digits(s, rng, "US", "single"), "SSN"), " and zip ", (say_digits(z, rng, "US", "single"), "POSTCODE"))
    else:
        typed, groups, intl = gen_phone(rng, loc)
        em = gen_email(rng, loc)
        cs.a("and the phone number and email on the account")
        cs.c("phone is ", (say_groups(groups, rng, loc), "PHONE"), " and email is ", (say_email(em, rng, loc), "EMAIL"))
    cs.a("perfect you're all verified the call might take about ten minutes is that okay")
    return cs


def typo_chat(rng, loc, ind):
    """Sloppy typed chat, odd separators, two values in one message."""
    cs = Case("positive", f"chat/{ind}: {loc} sloppy typing, two values in one message")
    if loc == "US":
        s = gen_ssn(rng)
        typed, _, _ = gen_phone(rng, "US")
        cs.c("hi i need to update my plan my ss# is ", (f"{s[:3]} - {s[3:5]} - {s[5:]}" if rng.random() < 0.5 else f"{s[:3]}/{s[3:5]}/{s[5:]}", "SSN"),
             " and cell ", (typed, "PHONE"))
    elif loc == "UK":
        ni = gen_ni(rng)
        pc = gen_uk_postcode(rng)
        cs.c("hiya, nino ", (f"{ni[:2].lower()} {ni[2:5]} {ni[5:8]} {ni[8].lower()}", "NI_NUMBER"), " postcode ",
             (pc.replace(" ", "  ") if rng.random() < 0.5 else pc.lower(), "POSTCODE"), " cheers")
    elif loc == "IE":
        num = gen_card(rng)
        g = card_groups(num)
        cs.c("hi pay the €" + str(rng.randint(20, 300)) + " bill with ", ("  ".join(g) if rng.random() < 0.5 else " - ".join(g), "CARD_NUMBER"),
             " exp ", (f"{rng.randint(1, 12):02d} / {rng.randint(26, 31)}", "EXPIRY"))
    else:
        iban = gen_iban(rng, rng.choice(["DE", "FR", "NL", "ES"]))
        em = gen_email(rng, "EU")
        cs.c("hello, refund to ", (" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "IBAN"),
             " pls and confirmation to ", (em, "EMAIL"), " merci")
    cs.a("Thanks for that, I'll get it updated now.")
    return cs


def card_chat_extra(rng, loc, ind):
    cs = Case("positive", f"chat/{ind}: {loc} card typed across two messages and readback masked by agent")
    num = gen_card(rng)
    g = card_groups(num)
    k = len(g) // 2
    cs.a("Please enter your card number.")
    cs.c((" ".join(g[:k]), "CARD_NUMBER"))
    cs.c((" ".join(g[k:]), "CARD_NUMBER"), " sorry hit enter too soon")
    cs.a(f"No problem. Your order #{rng.randint(100000, 9999999)} for {money_typed(rng, loc)} is confirmed.")
    return cs


def ssn_split_with_chat(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: US SSN with filler, self-correction (both readings labelled)")
    s = gen_ssn(rng)
    wrong = s[:4] + str((int(s[4]) + 1) % 10) + s[5:]
    cs.a("okay and for verification the social security number")
    cs.c("oh gosh okay hold on it's ", (say_digits(wrong, rng, "US", "single", 0.5), "SSN"),
         " wait no no that's wrong ", (say_digits(s, rng, "US", "single"), "SSN"))
    cs.a("okay and how many dependents are on the policy")
    cs.c("three two kids and my husband")
    return cs


def ni_with_other(rng, loc, ind):
    cs = Case("positive", f"call/{ind}: UK NI plus phone in one call, NATO letters, amount chatter")
    ni = gen_ni(rng)
    typed, groups, intl = gen_phone(rng, "UK")
    cs.a("i can see the payment of " + money_spoken(rng, "UK") + " was made on the tenth")
    cs.c("yeah that's the one")
    cs.a("to move forward i just need your national insurance number")
    cs.c((say_ni(ni, rng, "UK", rng.choice(["nato", "as"])), "NI_NUMBER"))
    cs.a("and a number we can text")
    cs.c((say_groups(groups, rng, "UK", "double"), "PHONE"))
    return cs


def asr_homophones(rng, loc, ind):
    """ASR misrecognitions: 'for' for four, 'to/too' for two, 'ate' for eight, 'won' for one."""
    cs = Case("positive", f"call/{ind}: {loc} ASR homophones inside a reading (for/to/too/ate/won)")

    def mangle(words):
        out = []
        for w in words.split(" "):
            r = rng.random()
            if w == "four" and r < 0.6:
                w = "for"
            elif w == "two" and r < 0.6:
                w = rng.choice(["to", "too"])
            elif w == "eight" and r < 0.4:
                w = "ate"
            elif w == "one" and r < 0.2:
                w = "won"
            out.append(w)
        return " ".join(out)

    while True:
        num = gen_card(rng, rng.choice(["visa", "mc"]))
        if sum(num.count(d) for d in "248") >= 4:
            break
    cs.a("okay i'm ready for the card number")
    cs.c((mangle(say_groups(card_groups(num), rng, loc, "single")), "CARD_NUMBER"))
    cs.a("thank you and a phone number for the receipt text")
    typed, groups, intl = gen_phone(rng, loc)
    cs.c((mangle(say_groups(groups, rng, loc, "single")), "PHONE"), " that's my mobile")
    cs.a(f"lovely that's {money_spoken(rng, loc)} taken today")
    return cs


def dob_among_dates(rng, loc, ind):
    cs = Case("positive", f"{rng.choice(['call', 'chat'])}/{ind}: {loc} DOB next to other (non-birth) dates and years")
    y, m, d = gen_dob(rng)
    joined = rng.randint(2008, 2024)
    if cs.note.startswith("call"):
        cs.a("can i just confirm the date of birth on the policy")
        cs.c("yeah it's ", (say_dob(y, m, d, rng, loc), "DOB"),
             f" and i took the policy out in {say_year(joined, rng)} the renewal was the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)}")
        cs.a(f"thank you and the premium went up to {money_spoken(rng, loc)} is that right")
        cs.c(f"yeah about {num_words(rng.randint(5, 40))} percent more")
    else:
        cs.a("Please confirm your date of birth and when you joined.")
        cs.c("born ", (fmt_dob_typed(y, m, d, rng, loc), "DOB"), f", joined {joined}, last payment {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2024, 2026)}")
        cs.a(f"Thanks. I see {rng.randint(2, 9)} payments of {money_typed(rng, loc)} this year.")
    return cs


def zip_phone_chat(rng, loc, ind):
    loc = "US"
    cs = Case("positive", f"chat/{ind}: US ZIP and phone typed with typos and a non-PII order number")
    z = gen_zip(rng, rng.random() < 0.4)
    typed, _, _ = gen_phone(rng, "US")
    cs.a("Can I get the billing ZIP and a callback number?")
    cs.c(rng.choice(["zip ", "ZIP code ", "zipcode: ", "zip is "]), (z, "POSTCODE"),
         rng.choice([" and phne ", ", cell ", " / ph# ", " and my nubmer is "]), (typed, "PHONE"),
         f" , about order #{rng.randint(100000, 9999999)}")
    cs.a("Thanks, a specialist will call you within 24 hours.")
    return cs


def eu_caller(rng, loc, ind):
    loc = "EU"
    cs = Case("positive", f"call/{ind}: EU caller on English line, phone with country code, IBAN letters, email")
    typed, groups, intl = gen_phone(rng, "EU")
    g = [groups[0][1:]] + groups[1:] if groups[0].startswith("0") else groups
    cs.a("can i take a number where we can reach you")
    cs.c("yes it is ", (intl + " " + say_groups(g, rng, "EU", "single"), "PHONE"), " it's a german number" if intl.endswith("nine") else " from abroad")
    cs.a("thank you and the iban for the refund")
    iban = gen_iban(rng, rng.choice(["DE", "FR", "NL", "ES", "BE"]))
    cs.c("okay ", (say_alnum(iban, rng, "EU", rng.choice(["plain", "nato"])), "IBAN"))
    em = gen_email(rng, "EU")
    cs.a("and the email please")
    cs.c((say_email(em, rng, "EU"), "EMAIL"), " all small letters")
    return cs


POS_TEMPLATES = [
    (dob_among_dates, None), (zip_phone_chat, "US"), (eu_caller, "EU"),
    (asr_homophones, None),
    (pay_card_chat, None), (pay_card_call, None), (pay_card_split, None), (pay_card_mixed, None),
    (card_chat_extra, None), (ssn_chat, "US"), (ssn_call, "US"), (ssn_split_with_chat, "US"),
    (ni_chat, "UK"), (ni_call, "UK"), (ni_with_other, "UK"),
    (lambda r, l, i: bank_uk(r, l, i, False), "UKIE"), (lambda r, l, i: bank_uk(r, l, i, True), "UKIE"),
    (lambda r, l, i: bank_us(r, l, i, False), "US"), (lambda r, l, i: bank_us(r, l, i, True), "US"),
    (lambda r, l, i: iban_case(r, l, i, False), "IEEU"), (lambda r, l, i: iban_case(r, l, i, True), None),
    (phone_chat, None), (phone_call, None),
    (lambda r, l, i: email_case(r, l, i, False), None), (lambda r, l, i: email_case(r, l, i, True), None),
    (lambda r, l, i: dob_case(r, l, i, False), None), (lambda r, l, i: dob_case(r, l, i, True), None),
    (lambda r, l, i: address_case(r, l, i, False), None), (lambda r, l, i: address_case(r, l, i, True), None),
    (verify_call, None), (typo_chat, None),
    # extra Irish / continental cases to balance the US-only SSN and UK-only NI templates
    (pay_card_call, "IEEU2"), (pay_card_chat, "IEEU2"), (phone_call, "IEEU2"), (phone_chat, "IEEU2"),
    (lambda r, l, i: email_case(r, l, i, True), "IEEU2"), (lambda r, l, i: dob_case(r, l, i, True), "IEEU2"),
    (lambda r, l, i: address_case(r, l, i, True), "IEEU2"), (lambda r, l, i: bank_uk(r, l, i, True), "IE"),
    (verify_call, "IEEU2"), (typo_chat, "IEEU2"),
]
# how many times each template is used (order matches POS_TEMPLATES)
POS_COUNTS_EXTRA = [6, 5, 5, 4, 4, 4, 5, 4, 4, 4]
POS_COUNTS = [8, 6, 6, 8, 10, 10, 8, 6, 5, 10, 12, 5, 10, 12, 6, 7, 8, 3, 3, 6, 6, 7, 8, 5, 6, 5, 6, 9, 9, 8, 8]


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def neg_money(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} prices, balances and payment dates only")
    if spoken:
        cs.a(f"so your balance is {money_spoken(rng, loc)} and the minimum payment is {money_spoken(rng, loc)}")
        cs.c(f"okay can i pay {num_words(rng.randint(50, 900))} now and the rest on the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)}")
        cs.a(f"yes that's fine there's a fee of {num_words(rng.randint(2, 25))} {CURW[loc]} for late payment")
    else:
        cs.a(f"Your current balance is {money_typed(rng, loc)}. The next bill of {money_typed(rng, loc)} is due on {rng.randint(1, 28)}/{rng.randint(1, 12)}.")
        cs.c(f"can i pay {money_typed(rng, loc)} today and the rest on the {rng.randint(1, 28)}th?")
        cs.a(f"Yes, that works. Interest is {rng.randint(1, 29)}.{rng.randint(0, 9)}% APR.")
    return cs


def ref_number(rng):
    n = rng.randint(5, 10)
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def neg_ref(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} order/ticket/claim reference numbers with reference word")
    word = rng.choice(["order number", "ticket number", "claim reference", "case number", "invoice number",
                       "booking reference", "complaint reference"])
    ref = ref_number(rng)[:10]
    if spoken:
        cs.a(f"can you give me the {word}")
        cs.c(f"yeah the {word} is {say_digits(ref, rng, loc, rng.choice(['single', 'pairs', 'double']))}")
        cs.a(f"thanks that {word.split()[0]} was raised {num_words(rng.randint(2, 20))} days ago")
    else:
        cs.a(f"Please share your {word}.")
        cs.c(f"{word} {rng.choice(['', '#', ': ', 'is '])}{ref}".replace("  ", " "))
        cs.a(f"Thanks, I can see {word} {ref} was opened on {rng.randint(1, 28)} {rng.choice(MONTHS).title()}.")
    return cs


def neg_travel(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} flight numbers, times, gates, seat and room numbers")
    al = rng.choice(["EI", "BA", "FR", "UA", "DL", "LH", "AF", "KL", "AA"])
    fl = rng.randint(100, 2999)
    if spoken:
        cs.a(f"i can see you on flight {' '.join(al.lower())} {say_digits(str(fl), rng, loc, 'pairs')} departing at {num_words(rng.randint(6, 11))} {num_words(rng.randint(10, 55))}")
        cs.c(f"yeah and the hotel said room {say_digits(str(rng.randint(101, 1450)), rng, loc, 'single')} on the {ORD[rng.randint(1, 12)]} floor")
        cs.a(f"okay the return is on the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)} seat {num_words(rng.randint(1, 40))} {rng.choice('abcdef')}")
    else:
        cs.a(f"You're booked on {al}{fl} at {rng.randint(6, 22):02d}:{rng.choice(['05', '15', '40', '55'])}, gate {rng.choice('ABCD')}{rng.randint(1, 40)}.")
        cs.c(f"great, and room {rng.randint(101, 1450)} for {rng.randint(2, 7)} nights right? check in {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2025, 2027)}")
        cs.a(f"Correct, {rng.randint(2, 4)} adults, seat {rng.randint(1, 40)}{rng.choice('ABCDEF')}.")
    return cs


def neg_telecom(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} model numbers, data allowances, speeds, contract dates")
    model = rng.choice(["iPhone 15 Pro", "Galaxy S23", "Pixel 8a", "WH-1000XM4", "Router HG8245Q2", "Hub 4 model 7431"])
    if spoken:
        cs.c(f"i'm on the {num_words(rng.randint(10, 100))} gig plan and only getting {num_words(rng.randint(5, 90))} megs")
        cs.a(f"your contract started on the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)} {say_year(rng.randint(2019, 2025), rng)} and runs for {num_words(rng.choice([12, 18, 24, 36]))} months")
        cs.c(f"and the {model.lower()} i got is about {num_words(rng.randint(2, 5))} years old now")
    else:
        cs.c(f"my {model} keeps dropping, speed test says {rng.randint(3, 95)}.{rng.randint(0, 9)} Mbps down on a {rng.choice([100, 500, 900])} Mbps plan")
        cs.a(f"Sorry to hear that. You've used {rng.randint(1, 99)} GB of {rng.choice([100, 150, 'unlimited'])} GB; contract ends {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2025, 2028)}.")
    return cs


def neg_utility(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} meter readings, kWh usage, temperatures, tariffs")
    rd = f"{rng.randint(0, 99999):05d}"
    if spoken:
        cs.a("can i take a meter reading")
        cs.c(f"yeah it says {say_digits(rd, rng, loc, 'single')} and the heating's set to {num_words(rng.randint(16, 24))} degrees")
        cs.a(f"thanks you used {num_words(rng.randint(150, 900))} units last quarter at {num_words(rng.randint(18, 34))} pence a unit")
    else:
        cs.c(f"Meter reading {rd} taken at {rng.randint(7, 11)}:{rng.randint(10, 59)}am")
        cs.a(f"Thanks! Usage was {rng.randint(150, 900)} kWh, unit rate {rng.randint(18, 34)}.{rng.randint(10, 99)}p, standing charge {rng.randint(30, 60)}p/day.")
    return cs


def neg_health(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} appointment dates, ages, durations, quantities")
    if spoken:
        cs.a(f"your appointment is on {rng.choice(['monday', 'tuesday', 'thursday'])} the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)} at {num_words(rng.randint(1, 11))} thirty")
        cs.c(f"okay my son is {num_words(rng.randint(3, 17))} and he needs {num_words(rng.randint(2, 6))} sessions")
        cs.a(f"each session is about {num_words(rng.choice([20, 30, 45, 50]))} minutes and the co pay is {money_spoken(rng, loc)}")
    else:
        cs.a(f"Your appointment is booked for {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2025, 2027)} at {rng.randint(8, 16)}:{rng.choice(['00', '15', '30', '45'])}.")
        cs.c(f"thanks, she's {rng.randint(2, 90)} yrs old and takes {rng.randint(1, 4)} x {rng.choice([5, 10, 20, 500])}mg daily")
        cs.a(f"Noted. The visit lasts ~{rng.choice([20, 30, 45])} min and the copay is {money_typed(rng, loc)}.")
    return cs


def neg_years(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} years, counts, percentages, policy start dates (not birth)")
    y1 = rng.randint(1995, 2024)
    if spoken:
        cs.c(f"i've been with you since {say_year(y1, rng)} that's like {num_words(2026 - y1)} years")
        cs.a(f"i can see that and your no claims discount is {num_words(rng.randint(10, 70))} percent on the policy that renews on the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)}")
        cs.c(f"and i've got {num_words(rng.randint(2, 4))} cars on it now")
    else:
        cs.c(f"been a customer since {y1}, {rng.randint(2, 5)} cars on the policy, why's it up {rng.randint(5, 40)}%??")
        cs.a(f"I understand. The policy started {rng.randint(1, 28)}.{rng.randint(1, 12)}.{y1} and renews on {rng.randint(1, 28)} {rng.choice(MONTHS).title()}.")
    return cs


def neg_retail(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} sizes, quantities, SKU/product codes said with their word, delivery windows")
    if spoken:
        cs.c(f"i ordered {num_words(rng.randint(2, 6))} of the size {num_words(rng.choice([8, 10, 12, 14, 42, 44]))} and got the wrong ones")
        cs.a(f"sorry about that the product code {say_digits(str(rng.randint(10000, 999999)), rng, loc, 'single')} is out of stock we can deliver between {num_words(rng.randint(7, 11))} and {num_words(rng.randint(1, 6))}")
        cs.c(f"fine it was {money_spoken(rng, loc)} in the sale")
    else:
        cs.c(f"hi i ordered {rng.randint(2, 6)}x item SKU {rng.randint(10000, 999999)} size {rng.choice([8, 10, 12, 'M', 'L'])} but only {rng.randint(1, 3)} arrived")
        cs.a(f"Sorry! Order #{rng.randint(1000000, 99999999)} shows {rng.randint(1, 3)} of {rng.randint(4, 6)} dispatched; the rest arrives in {rng.randint(2, 5)}-{rng.randint(5, 9)} working days.")
    return cs


def neg_gov(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} government service: form numbers, processing times, fees, queue numbers")
    form = rng.choice(["P60", "SA100", "W-2", "1040", "P45", "form 11", "I-130", "DS-82"])
    if spoken:
        cs.c(f"i sent the {form.lower()} about {num_words(rng.randint(2, 9))} weeks ago and i'm still waiting")
        cs.a(f"processing is taking around {num_words(rng.randint(4, 16))} weeks at the moment and the fee was {money_spoken(rng, loc)}")
        cs.c(f"i've been on hold {num_words(rng.randint(10, 59))} minutes i was number {num_words(rng.randint(3, 40))} in the queue")
    else:
        cs.c(f"Sent my {form} on {rng.randint(1, 28)}/{rng.randint(1, 12)}, still nothing after {rng.randint(3, 12)} weeks")
        cs.a(f"Current processing time is {rng.randint(6, 20)} weeks. The fee of {money_typed(rng, loc)} was received.")
    return cs


def neg_tricky_dates(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} old non-birth dates (move-in, purchase, contract) with 19xx years")
    y = rng.randint(1975, 2004)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if spoken:
        cs.c(f"we moved into the house on the {ORD[d]} of {MONTHS[m-1]} {say_year(y, rng)} and the boiler's been there since")
        cs.a(f"okay and the boiler is about {num_words(rng.randint(10, 30))} years old the callout fee is {money_spoken(rng, loc)}")
        cs.c(f"fine can you come on the {ORD[rng.randint(1, 28)]} between {num_words(rng.randint(8, 11))} and {num_words(rng.randint(1, 5))}")
    else:
        cs.c(f"the account was opened {d:02d}/{m:02d}/{y} by my dad, its been {2026 - y} years")
        cs.a(f"Thanks. The account has been dormant since {rng.randint(1, 12)}/{rng.randint(2010, 2020)}; the balance is {money_typed(rng, loc)}.")
    return cs


def neg_refs_typed(rng, loc, ind, spoken):
    cs = Case("negative", f"{'call' if spoken else 'chat'}/{ind}: {loc} mixed alphanumeric references, extension-free, with their reference words")
    inv = f"INV-{rng.randint(2022, 2026)}-{rng.randint(10000, 999999)}"
    tk = rng.randint(100000, 99999999)
    if spoken:
        cs.a(f"i've raised that as ticket {say_digits(str(tk), rng, loc, 'pairs')} and you'll get a text in about {num_words(rng.randint(2, 48))} hours")
        cs.c(f"okay and is that the same as the job number on the letter {say_digits(str(rng.randint(10000, 9999999)), rng, loc, 'double')}")
        cs.a("no that's the old job number, use the ticket one")
    else:
        cs.c(f"Hi, invoice {inv} shows {rng.randint(2, 12)} items but I only ordered {rng.randint(1, 3)}. Ticket #{tk}")
        cs.a(f"Thanks, I've linked ticket {tk} to {inv}. Refund of {money_typed(rng, loc)} within {rng.randint(3, 10)} days.")
    return cs


NEG_TEMPLATES = [neg_tricky_dates, neg_refs_typed, neg_money, neg_ref, neg_travel, neg_telecom, neg_utility, neg_health, neg_years, neg_retail, neg_gov]


# --------------------------------------------------------------------------
def build():
    assert len(POS_TEMPLATES) == len(POS_COUNTS) + len(POS_COUNTS_EXTRA)
    rng = random.Random(SEED)
    pos, neg = [], []
    k = 0
    for (fn, restrict), n in zip(POS_TEMPLATES, POS_COUNTS + POS_COUNTS_EXTRA):
        for _ in range(n):
            if restrict == "US":
                loc = "US"
            elif restrict == "UK":
                loc = "UK"
            elif restrict == "UKIE":
                loc = rng.choice(["UK", "IE"])
            elif restrict == "IE":
                loc = "IE"
            elif restrict == "IEEU2":
                loc = rng.choice(["IE", "EU"])
            elif restrict == "IEEU":
                loc = rng.choice(["UK", "IE", "EU", "EU"])
            else:
                loc = LOCS[k % 4]
                k += 1
            pos.append(fn(rng, loc, rng.choice(IND)))
    for i in range(121):
        fn = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        neg.append(fn(rng, LOCS[i % 4], rng.choice(IND), (i // len(NEG_TEMPLATES)) % 2 == 0))
    rng.shuffle(pos)
    rng.shuffle(neg)
    lines = []
    for i, c in enumerate(pos, 1):
        lines.append({"id": f"h32-pos-{i:03d}", "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
    for i, c in enumerate(neg, 1):
        lines.append({"id": f"h32-neg-{i:03d}", "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines)


# --------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(DIG)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
TEN2D = {w: i for i, w in enumerate(TENS) if w}


def normalise(text):
    """Spoken or typed value -> (string of digits/uppercase letters, has_month_name)."""
    low = text.lower()
    has_month = any(m in low for m in MONTHS) or bool(re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b", low))
    if re.search(r"\d", text):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper(), has_month
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|,", low)
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        if t == ",":
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        piece = None
        spelled = len(t) == 1 and i + 2 < len(toks) and toks[i + 1] in ("for", "as")
        if spelled:
            piece = t.upper()
            i += 2 if toks[i + 1] == "for" else 3
        elif t in W2D:
            piece = W2D[t]
        elif t in HOMO:
            piece = HOMO[t]
        elif t in T2D:
            piece = T2D[t]
        elif t in TEN2D:
            if i + 1 < len(toks) and toks[i + 1] in W2D and W2D[toks[i + 1]] != "0" and toks[i + 1] not in ("oh", "o", "nought", "zero"):
                piece = str(TEN2D[t] * 10 + int(W2D[toks[i + 1]]))
                i += 1
            else:
                piece = str(TEN2D[t] * 10)
        elif len(t) == 1 and (i + 1 < len(toks) and toks[i + 1] in ("for", "as") or t not in W2D):
            piece = t.upper()
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 2
            elif i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 3
        if piece is not None:
            out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out), has_month


def partition_ok(s, valid, lens):
    if not s:
        return True
    for n in lens:
        if len(s) >= n and valid(s[:n]) and partition_ok(s[n:], valid, lens):
            return True
    return False


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR = re.compile(r"[ACDEFHKNPRTVWXY]\d{2}[ACDEFHKNPRTVWXY0-9]{4}")


def check_type(typ, joined, parts):
    """joined: concatenation of normalised values of all spans of typ in the case, in order."""
    if typ == "CARD_NUMBER":
        return partition_ok(joined, lambda x: x.isdigit() and luhn_ok(x), range(19, 12, -1))
    if typ == "SSN":
        return partition_ok(joined, lambda x: x.isdigit(), [9])
    if typ == "NI_NUMBER":
        return partition_ok(joined, lambda x: bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", x)), [9])
    if typ == "SORT_CODE":
        return partition_ok(joined, str.isdigit, [6])
    if typ == "BANK_ACCOUNT":
        return joined.isdigit() and (len(joined) in range(8, 13) or partition_ok(joined, str.isdigit, [8, 10, 11, 12]))
    if typ == "IBAN":
        return partition_ok(joined, iban_ok, range(34, 14, -1))
    if typ == "CVV":
        return all(p[0].isdigit() and len(p[0]) in (3, 4) for p in parts)
    if typ == "PHONE":
        return joined.isdigit() and partition_ok(joined, lambda x: True, range(15, 8, -1))
    if typ == "POSTCODE":
        return all(UK_PC.fullmatch(p[0]) or re.fullmatch(r"\d{5}(\d{4})?", p[0]) or EIR.fullmatch(p[0]) for p in parts)
    if typ == "EXPIRY":
        for v, hm in parts:
            d = re.sub(r"\D", "", v)
            if hm:
                if len(d) not in (2, 4):
                    return False
            elif not (len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) != 6 else d[:2]) <= 12):
                return False
        return True
    if typ == "DOB":
        for v, hm in parts:
            d = re.sub(r"\D", "", v)
            if not ((hm and len(d) in (2, 4, 5, 6)) or len(d) in (4, 5, 6, 7, 8)):
                return False
        return True
    if typ == "EMAIL":
        return all(True for _ in parts)
    if typ == "ADDRESS":
        return True
    return False


def check(data):
    problems = []
    ids = set()
    counts = Counter()
    kinds = Counter()
    for ln, line in enumerate(data.splitlines(), 1):
        o = json.loads(line)
        cid = o["id"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        kinds[o["kind"]] += 1
        if o["kind"] == "negative" and o["spans"]:
            problems.append(f"{cid}: negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            problems.append(f"{cid}: positive without spans")
        if not re.fullmatch(r"h32-(pos|neg)-\d{3}", cid) or (cid[4:7] == "pos") != (o["kind"] == "positive"):
            problems.append(f"{cid}: bad id/kind")
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                problems.append(f"{cid}: bad turn")
        by_type = {}
        prev = {}
        for sp in o["spans"]:
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if typ not in TYPES:
                problems.append(f"{cid}: bad type {typ}")
                continue
            if not (0 <= ti < len(o["turns"])):
                problems.append(f"{cid}: turn out of range")
                continue
            txt = o["turns"][ti]["text"]
            if not (0 <= s < e <= len(txt)):
                problems.append(f"{cid}: offsets out of range")
                continue
            val = txt[s:e]
            if val != val.strip() or (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                problems.append(f"{cid}: span not on word boundary {val!r}")
            if not (val[0].isalnum() or val[0] in "+(#") or not (val[-1].isalnum()):
                problems.append(f"{cid}: span edge punctuation {val!r}")
            if ti in prev and s < prev[ti]:
                problems.append(f"{cid}: overlapping/unsorted spans")
            prev[ti] = e
            counts[typ] += 1
            by_type.setdefault(typ, []).append(normalise(val) + (val,))
        for typ, parts in by_type.items():
            joined = "".join(p[0] for p in parts)
            if typ == "EMAIL":
                ok = all(("@" in p[2] and "." in p[2].split("@")[-1]) or (" at " in p[2] and " dot " in p[2]) for p in parts)
            else:
                ok = check_type(typ, joined, [(p[0], p[1]) for p in parts])
            if not ok:
                problems.append(f"{cid}: {typ} value fails validation: {[p[2] for p in parts]} -> {joined}")
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append(f"type {t}: only {counts[t]} spans (< {MIN_SPANS[t]})")
    if kinds["positive"] < MIN_POS or kinds["negative"] < MIN_NEG:
        problems.append(f"too few cases: {dict(kinds)}")
    return problems, counts, kinds


def readme(counts, kinds):
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout32 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training/dev fixtures, and do
not change the redactor in response to individual failures seen here.

## Provenance

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs, the existing PII benchmark or any other
PII fixtures; only a 3-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout32.py` from template functions: each turn is assembled
from plain-text segments and (value, TYPE) segments so span offsets are computed,
never typed by hand. All values come from one `random.Random({SEED})`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout32.py --check`
regenerates the file, compares it byte-for-byte, and validates ids, offsets, word
boundaries, overlap and every value (after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK/US/Eircode postcode shapes).

Emphasis: an even mix of US, UK, Irish and other EU (DE/FR/NL/ES/IT/BE) customers,
typed chat and ASR-style phone transcripts (lower case, numbers as words, "oh" /
"nought" / "zero", "double"/"triple", pairs like "forty one eleven", NATO and
"as in" letter spelling, fillers inside readings, values split across turns with
agent back-channels, agent read-backs, self-corrections, two values in one turn).

## Counts

Positives: {kinds['positive']}  Negatives: {kinds['negative']}

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers exactly the value: no lead-in words ("it's", "my number is"), no
  trailing words or punctuation. Spoken fillers that fall *inside* a reading
  ("four five um six") are inside the span.
* A value split across turns is labelled in every turn with the same type; each
  piece is its own span. Agent read-backs of a value are labelled too.
* Self-corrections: both the wrong and the corrected complete readings are
  labelled (both are complete, plausible values); the correcting words between
  them ("no sorry") are outside.
* CARD_NUMBER includes group separators typed by the customer. EXPIRY covers the
  month/year ("oh eight twenty seven", "08/27", "august twenty seven"). CVV is the
  3/4 digit code only.
* PHONE includes an international prefix when given ("+44", "plus three five three").
* ASR homophones inside a reading ("for" = four, "to"/"too" = two, "ate" = eight,
  "won" = one) are part of the value and inside the span. Where a spoken tens word
  would run into the next group's digit ("eighty, six") the transcript marks the pause
  with a comma so the gold value is unambiguous; the comma is inside the span.
* EMAIL includes the whole address, spoken ("j dot doe at gmail dot com") or typed.
* DOB covers the full date including "the ... of" when spoken inside the date.
* POSTCODE: UK postcodes, US ZIP / ZIP+4, and Irish Eircodes (labelled POSTCODE).
  Continental EU postcodes are never present in the text.
* ADDRESS: house/flat number + street name + street type (and a flat/apartment
  prefix or apt suffix when attached). Town, county and country are outside the span.
* Negatives contain money, balances, times, durations, counts, ages, temperatures,
  percentages, years, non-birth dates, reference/order/ticket numbers (with their
  reference word), flight/seat/room numbers, model numbers, meter readings and speeds.
  Any redaction in a negative case is a failure.
"""


def main():
    data = build()
    problems, counts, kinds = check(data)
    rd = readme(counts, kinds)
    if "--check" in sys.argv:
        if not CASES.exists():
            problems.append("cases.jsonl missing")
        else:
            on_disk = CASES.read_text(encoding="utf-8")
            if on_disk != data:
                problems.append("cases.jsonl differs from regenerated output")
                try:
                    problems += ["on disk: " + p for p in check(on_disk)[0]]
                except Exception as exc:  # malformed file
                    problems.append(f"on disk: unreadable ({exc})")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"positives={kinds['positive']} negatives={kinds['negative']}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
