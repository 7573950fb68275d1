#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h171.

Written by an AI helper acting as an independent author, without access to the
redaction code or other evaluation sets.  Standard library only.

    python scripts/make_pii_holdout171.py          # write fixture + README
    python scripts/make_pii_holdout171.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 171241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout171"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
LETTER_SOUND = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "t": "tee",
                "r": "are", "y": "why", "z": "zed", "a": "a", "e": "e", "h": "aitch"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_digits(ds, doubles=True, zw=None, filler=False):
    """Digit by digit with optional double/triple and fillers."""
    zw = zw or zero_word()
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = zw if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.7:
            words.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.7:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
        if filler and i < len(ds) and R.random() < 0.12:
            words.append(R.choice(["um", "uh", "erm"]))
    return " ".join(words)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_pairs(ds):
    words = []
    if len(ds) % 2:
        words.append(UNITS[int(ds[0])] if ds[0] != "0" else zero_word())
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        words.append(say_pair(ds[i:i + 2]))
    return " ".join(words)


def say_mixed(ds, group=4):
    """Groups of `group`, each randomly digit-by-digit or as pairs."""
    out = []
    for i in range(0, len(ds), group):
        g = ds[i:i + group]
        if len(g) % 2 == 0 and R.random() < 0.35:
            out.append(say_pairs(g))
        else:
            out.append(say_digits(g))
    return out


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "sound"])
    if style == "nato":
        return f"{c} for {NATO[c]}"
    if style == "sound" and c in LETTER_SOUND:
        return LETTER_SOUND[c]
    return c


def say_year(y):
    s = str(y)
    if s.startswith("20") and s[2] == "0":
        return "two thousand and " + UNITS[int(s[3])] if R.random() < 0.5 else "two thousand " + UNITS[int(s[3])]
    return say_pair(s[:2]) + " " + say_pair(s[2:])


# ---------------------------------------------------------------- value makers
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


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(10, 99)), 16
    elif kind == "visa13":
        pre, n = "4" + str(R.randint(100, 999)), 13
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = R.choice(["6759", "6763"]), R.choice([18, 19])
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_ssn():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    return f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def rdig(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bank = "".join(R.choice("ABCDEFGHIJKLMNOPRSTUWY") for _ in range(4))
        bban = bank + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + rdig(2)
    elif country == "NL":
        bban = "".join(R.choice("ABINRGKT") for _ in range(4)) + rdig(10)
    else:
        bban = rdig(20)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = re.sub(r"[^A-Za-z0-9]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_phone(region=None):
    region = region or R.choice(["uk", "uk", "us", "us", "ie", "eu"])
    if region == "uk":
        return "07" + rdig(9), "uk"
    if region == "us":
        return str(R.randint(201, 989)) + str(R.randint(201, 989)) + rdig(4), "us"
    if region == "ie":
        return "08" + R.choice("35679") + rdig(7), "ie"
    return "6" + rdig(8), "fr"


def fmt_phone(p, region, typed=True):
    if region == "uk":
        return R.choice([p, f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}",
                         f"{p[:5]}-{p[5:8]}-{p[8:]}", f"(0){p[1:5]} {p[5:]}"])
    if region == "us":
        return R.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}",
                         f"{p[:3]}.{p[3:6]}.{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}", p,
                         f"1-{p[:3]}-{p[3:6]}-{p[6:]}"])
    if region == "ie":
        return R.choice([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:6]} {p[6:]}",
                         f"00353{p[1:]}", p])
    return R.choice([f"+33 {p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}", f"0{p}"])


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "chen", "olu", "fatima",
         "gareth", "niamh", "dave", "kerry", "marek", "sophie", "rob", "hannah", "yusuf", "eilidh"]
LAST = ["murphy", "patel", "okafor", "smith", "nowak", "o'brien", "walsh", "jones", "kowalski",
        "brennan", "hughes", "khan", "dubois", "garcia", "mcleod", "fitzgerald"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "live.ie", "aol.com", "web.de"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    user = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{f}{l[0]}{R.randint(70, 99)}",
                     f"{l}.{f}", f"{f}"])
    return user, R.choice(DOMAINS)


def spoken_email(user, dom):
    def sp(part):
        words = []
        for bit in re.split(r"([._])", part):
            if bit == ".":
                words.append("dot")
            elif bit == "_":
                words.append("underscore")
            elif bit.isdigit():
                words.append(say_digits(bit, doubles=False))
            elif bit:
                m = re.match(r"([a-z]+?)(\d*)$", bit)
                w, d = m.group(1), m.group(2)
                if len(w) <= 2:
                    words.append(" ".join(w))
                else:
                    words.append(w)
                if d:
                    words.append(say_digits(d, doubles=False))
        return " ".join(words)
    return sp(user) + " at " + sp(dom)


UK_PC = ["SW1A 2AA", "M14 5RB", "LS6 2QR", "B33 8TH", "CR2 6XH", "EH8 9YL", "BS1 4DJ",
         "G12 8QQ", "CF10 3AT", "NE1 7RU", "L18 9SW", "OX4 1AW", "BT9 6AD", "PL4 8AA",
         "E14 5HQ", "N1 9GU", "DN55 1PT", "W1T 3JH", "SE15 4QL", "YO31 7EP"]
US_ZIP = ["10027", "94110", "60614", "30309", "02139", "73301", "98103", "85004", "33139",
          "80205", "19104", "48201", "55408", "97214", "27701", "15213"]
STREETS = ["Hollybank Road", "Church Lane", "Station Road", "Maple Avenue", "Elm Street",
           "Kingsway", "Orchard Close", "Riverside Drive", "Victoria Terrace", "Mill Lane",
           "West 34th Street", "Oak Park Boulevard", "Sycamore Court", "Harbour View",
           "Lower Dorset Street", "Grange Crescent", "Birchwood Way", "Pine Hill Road"]


def make_address():
    n = R.choice([str(R.randint(1, 250)), str(R.randint(1, 99)) + R.choice(["a", "b", "A"]),
                  str(R.randint(100, 9999))])
    st = R.choice(STREETS)
    form = R.random()
    if form < 0.25:
        return f"flat {R.randint(1, 30)}, {n} {st}"
    if form < 0.4:
        return f"{n} {st} apt {R.randint(1, 40)}"
    return f"{n} {st}"


def make_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def fmt_dob_typed(d, m, y, us=False):
    opts = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MON3[m-1].title()} {y}",
            f"{d}{['st','nd','rd'][d % 10 - 1] if d % 10 in (1, 2, 3) and d not in (11, 12, 13) else 'th'} of {MONTHS[m-1]} {y}",
            f"{d:02d}-{m:02d}-{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"]
    if us:
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1].title()} {d}, {y}", f"{m}-{d}-{str(y)[2:]}"]
    return R.choice(opts)


def fmt_dob_spoken(d, m, y):
    return R.choice([f"the {ORD[d-1]} of {MONTHS[m-1]} {say_year(y)}",
                     f"{ORD[d-1]} {MONTHS[m-1]} {say_year(y)}",
                     f"{MONTHS[m-1]} {ORD[d-1]} {say_year(y)}",
                     f"{say_digits(f'{d:02d}', doubles=False)} {say_digits(f'{m:02d}', doubles=False)} {say_pair(str(y)[2:])}"])


def make_expiry():
    return R.randint(1, 12), R.randint(2026, 2032)


def fmt_exp_typed(m, y):
    return R.choice([f"{m:02d}/{str(y)[2:]}", f"{m:02d}/{y}", f"{m:02d}-{str(y)[2:]}", f"{m:02d}{str(y)[2:]}",
                     f"{MON3[m-1]} {y}", f"{m}/{str(y)[2:]}", f"{m:02d} / {str(y)[2:]}"])


def fmt_exp_spoken(m, y):
    return R.choice([f"{say_digits(f'{m:02d}', doubles=False)} {say_pair(str(y)[2:])}",
                     f"{MONTHS[m-1]} {say_year(y)}", f"{say_pair(f'{m:02d}')} {say_pair(str(y)[2:])}",
                     f"{say_digits(f'{m:02d}', doubles=False)} slash {say_pair(str(y)[2:])}"])


# ---------------------------------------------------------------- case building
CASE_LIST = []
META = []  # per case: list of (span index list, type) groups for validation


class V:
    """A PII value segment; `grp` ties pieces of one split value together."""

    def __init__(self, text, typ, grp=None):
        self.text, self.typ, self.grp = text, typ, grp


def build(kind, turns, note):
    out_turns, spans, groups = [], [], {}
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                start = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": seg.typ})
                g = seg.grp
                if g is None:
                    auto += 1
                    g = f"_auto{auto}"
                groups.setdefault(g, []).append(len(spans) - 1)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    prefix = "pos" if kind == "positive" else "neg"
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    CASE_LIST.append({"id": f"h171-{prefix}-{n:03d}", "kind": kind, "turns": out_turns,
                      "spans": spans if kind == "positive" else [], "note": note})
    META.append(list(groups.values()))


A, C = "agent", "customer"


def typo(s):
    """Occasionally introduce a typo into a plain-text word (not values)."""
    words = s.split(" ")
    if len(words) > 2 and R.random() < 0.5:
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 3 and w.isalpha():
            j = R.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def emoji():
    return R.choice(["", "", " 🙂", " 🙏", " 👍", " 😅", " 😩", " 🤞"])


TYPED = ["web chat", "sms", "social dm", "app chat", "whatsapp", "web chat"]
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]


def th(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ch():
    return R.choice(TYPED)


def ind():
    return R.choice(INDUSTRIES)


# ---------------------------------------------------------------- typed positives
def sep_card(c):
    g = group_card(c)
    style = R.choice(["space", "dash", "none", "dot", "mixed", "nbsp", "double"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return c
    if style == "dot":
        return ".".join(g)
    if style == "nbsp":
        return "\u00a0".join(g)
    if style == "double":
        return "  ".join(g)
    return "".join(x + R.choice([" ", "-", "", " - "]) for x in g[:-1]) + g[-1]


def t_card_chat():
    c = make_card()
    lead = R.choice(["my card number is ", "card no: ", "Card Number - ", "its ", "heres the card ",
                     "CARD: ", "crad number ", "ok the long number is ", "pls charge "])
    tail = R.choice(["", " thanks", " ty", ".", " !!", " (debit)", " is that ok?"]) + emoji()
    build("positive", [(A, "Can I take the long card number please?"),
                       (C, [typo(lead), V(sep_card(c), "CARD_NUMBER"), tail])],
          f"{ch()}/{ind()}: card typed with separators mid-message")


def t_card_split_msgs():
    c = make_card(R.choice(["visa", "mc", "disc"]))
    g = group_card(c)
    turns = [(A, "Please send the card number when ready - you can split it up if easier")]
    for i, part in enumerate(g):
        pre = R.choice(["", "", "next ", "then "]) if i else R.choice(["ok ", "", "right "])
        turns.append((C, [pre, V(part, "CARD_NUMBER", "c"), R.choice(["", "", "..", " -"])]))
        if i < len(g) - 1 and R.random() < 0.4:
            turns.append((A, R.choice(["ok", "got it", "👍", "go on"])))
    build("positive", turns, f"{ch()}/{ind()}: card typed as separate messages, one group each")


def t_card_cvv_exp_chat():
    c = make_card()
    m, y = make_expiry()
    cvv = rdig(4 if c[:2] in ("34", "37") else 3)
    form = R.random()
    if form < 0.5:
        turns = [(A, "Card number, expiry and the 3 digit code on the back please"),
                 (C, [V(sep_card(c), "CARD_NUMBER"), R.choice([" exp ", " expiry ", ", ", " exp: ", " EXP "]),
                      V(fmt_exp_typed(m, y), "EXPIRY"), R.choice([" cvv ", " sec code ", ", cvc ", " CVV: ", " code "]),
                      V(cvv, "CVV"), emoji()])]
    else:
        turns = [(A, "Thanks. What's the expiry date on it?"),
                 (C, [typo("expires "), V(fmt_exp_typed(m, y), "EXPIRY")]),
                 (A, "And the security code on the back?"),
                 (C, [R.choice(["", "its ", "sec code is ", "cvv "]), V(cvv, "CVV"), emoji()])]
    build("positive", turns, f"{ch()}/{ind()}: expiry and security code typed with card context")


def t_card_and_amount():
    c = make_card()
    amt = R.choice(["£42.50", "$118.99", "€75", "£1,250.00", "$9.99"])
    build("positive", [(C, [f"I need to pay {amt} off my bill, order #{rdig(7, True)} - card ",
                            V(sep_card(c), "CARD_NUMBER"), f" exp ", V(fmt_exp_typed(*make_expiry()), "EXPIRY")])],
          f"{ch()}/retail: card with money amount and order number nearby (unlabelled)")


def t_card_paste():
    c = make_card()
    wrap = R.choice([("\u202a", "\u202c"), ("'", "'"), ("\"", "\""), ("`", "`"), ("[", "]"), ("<", ">")])
    build("positive", [(C, ["copied from my app: ", wrap[0], V(sep_card(c), "CARD_NUMBER"), wrap[1], " x"])],
          f"{ch()}/banking: card pasted with copy-paste wrapper characters")


def t_ssn_chat():
    s = make_ssn()
    f = R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
                  f"{s[:3]}-{s[3:5]} {s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}"])
    lead = R.choice(["my ssn is ", "SSN: ", "social is ", "social security # ", "ss# ", "soc sec no ",
                     "here u go ", "the social: "])
    tail = R.choice(["", ".", " thx", " (dont share pls)", emoji()])
    build("positive", [(A, R.choice(["To verify, can you provide your Social Security number?",
                                      "I need the SSN on the policy to continue."])),
                       (C, [typo(lead), V(f, "SSN"), tail])],
          f"{ch()}/{R.choice(['insurance', 'banking', 'government services', 'healthcare billing'])}: US SSN typed with separators")


def t_ssn_split():
    s = make_ssn()
    parts = [s[:3], s[3:5], s[5:]] if R.random() < 0.6 else [s[:5], s[5:]]
    turns = [(A, "What is the social security number on the account?")]
    for i, p in enumerate(parts):
        turns.append((C, [R.choice(["", "", "then ", "ok "]) if i else R.choice(["", "its "]), V(p, "SSN", "s")]))
        if i < len(parts) - 1 and R.random() < 0.5:
            turns.append((A, "ok"))
    build("positive", turns, f"{ch()}/insurance: SSN split across several messages")


def t_ssn_last_mixed():
    s = make_ssn()
    build("positive", [(C, [f"Hi, my claim # is {rdig(8, True)} and my ssn is ",
                            V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"), f". I was charged ${R.randint(20, 400)}.00 twice"])],
          f"{ch()}/healthcare billing: SSN next to claim number and amount")


def t_ni_chat():
    n = make_ni()
    f = R.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
                  f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}",
                  f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}"])
    lead = R.choice(["NI number is ", "my nino: ", "national insurance no ", "NI: ", "its ",
                     "NINO ", "ni num ", "my national insurence number is "])
    build("positive", [(A, "Please could you confirm your National Insurance number?"),
                       (C, [typo(lead), V(f, "NI_NUMBER"), R.choice(["", ".", " thanks", emoji()])])],
          f"{ch()}/{R.choice(['government services', 'banking', 'utilities', 'insurance'])}: UK NI number typed, varied case/spacing")


def t_ni_split():
    n = make_ni()
    parts = R.choice([[n[:2], n[2:8], n[8]], [n[:4], n[4:]], [n[:2] + " " + n[2:4], n[4:6] + " " + n[6:8], n[8]]])
    turns = [(A, "And your NI number?")]
    for i, p in enumerate(parts):
        turns.append((C, [R.choice(["", "", "sorry ", "then "]) if i else "", V(p, "NI_NUMBER", "n"),
                          R.choice(["", "", " ..", "-"])]))
    build("positive", turns, f"{ch()}/government services: NI number split across messages")


def t_ni_with_dob():
    n = make_ni()
    d, m, y = make_dob()
    build("positive", [(A, "To pass security I need your date of birth and NI number"),
                       (C, [typo("dob "), V(fmt_dob_typed(d, m, y), "DOB"), R.choice([" and NI ", ", ni no. ", " / NINO "]),
                            V(n if R.random() < 0.5 else f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", "NI_NUMBER")])],
          f"{ch()}/government services: DOB and NI in one message")


def t_bank_uk_chat():
    sc, acc = rdig(6), rdig(8)
    scf = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc, f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    form = R.random()
    if form < 0.5:
        turns = [(A, "Which account should the refund go to?"),
                 (C, [typo("sort code "), V(scf, "SORT_CODE"), R.choice([" acc ", " account no ", ", a/c ", " / "]),
                      V(acc, "BANK_ACCOUNT"), emoji()])]
    else:
        turns = [(A, "Can I have the sort code?"), (C, V(scf, "SORT_CODE")),
                 (A, "and account number"), (C, [R.choice(["", "its ", "acc "]), V(acc if R.random() < .6 else f"{acc[:4]} {acc[4:]}", "BANK_ACCOUNT")])]
    build("positive", turns, f"{ch()}/{R.choice(['banking', 'utilities', 'insurance'])}: UK sort code and account number typed")


def t_bank_us_chat():
    acc = rdig(R.choice([10, 11, 12]), True)
    build("positive", [(A, "What checking account number should we set up autopay from?"),
                       (C, [R.choice(["acct # ", "account number ", "checking acct "]), V(acc, "BANK_ACCOUNT"),
                            f" - routing is on the check, the payment is ${R.randint(30, 300)}.{rdig(2)}"])],
          f"{ch()}/utilities: US bank account number with amount nearby")


def t_iban_chat():
    ib = make_iban()
    f = R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower(),
                  " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
    build("positive", [(A, "For the SEPA transfer I'll need your IBAN"),
                       (C, [R.choice(["IBAN: ", "iban ", "my iban is ", "here: ", "Iban - "]), V(f, "IBAN"),
                            R.choice(["", " thanks", emoji(), " (BIC on request)"])])],
          f"{ch()}/{R.choice(['banking', 'travel', 'insurance'])}: IBAN typed in groups or solid")


def t_iban_split():
    ib = make_iban(R.choice(["GB", "IE", "DE"]))
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    k = len(g) // 2
    build("positive", [(C, ["IBAN ", V(" ".join(g[:k]), "IBAN", "i")]), (A, "go on"),
                       (C, [V(" ".join(g[k:]), "IBAN", "i"), " sorry phone died"])],
          f"{ch()}/banking: IBAN split over two messages")


def t_phone_chat():
    p, reg = make_phone()
    build("positive", [(A, "What's the best number to call you back on?"),
                       (C, [typo(R.choice(["call me on ", "mob ", "my number is ", "tel: ", "cell ", "best # is "])),
                            V(fmt_phone(p, reg), "PHONE"), R.choice(["", " after 5pm", " anytime before 6", emoji(),
                                                                     " (mobile)"])])],
          f"{ch()}/{ind()}: phone typed in national or international form")


def t_email_chat():
    u, d = make_email()
    e = f"{u}@{d}"
    f = R.choice([e, e.upper(), e.title(), e])
    build("positive", [(A, "What's the email address on the account?"),
                       (C, [R.choice(["its ", "email: ", "", "it's ", "emial is "]), V(f, "EMAIL"),
                            R.choice(["", ".", " thx", emoji()])])],
          f"{ch()}/{ind()}: email typed, mixed case")


def t_email_obfuscated():
    u, d = make_email()
    dd = d.split(".")
    f = R.choice([f"{u} at {d}", f"{u} [at] {' [dot] '.join(dd)}", f"{u}(at){d}", f"{u} @ {d}"])
    build("positive", [(C, ["pls send the receipt to ", V(f, "EMAIL"), " not the old one"])],
          f"{ch()}/retail: email obfuscated with at/dot words or brackets")


def t_address_chat():
    a = make_address()
    uk = R.random() < 0.6
    pc = R.choice(UK_PC) if uk else R.choice(US_ZIP)
    pcf = pc if R.random() < 0.6 else pc.lower().replace(" ", R.choice(["", " "]))
    town = R.choice(["Leeds", "Bristol", "Cork", "Manchester", "Glasgow"]) if uk else R.choice(["Brooklyn, NY", "Austin TX", "Chicago, IL", "Seattle WA"])
    build("positive", [(A, "What's the delivery address?"),
                       (C, [V(a, "ADDRESS"), f", {town} ", V(pcf, "POSTCODE"), R.choice(["", " pls", emoji()])])],
          f"{ch()}/{R.choice(['retail', 'telecom', 'utilities'])}: street address with town and postcode/ZIP")


def t_address_split():
    a = make_address()
    pc = R.choice(UK_PC)
    build("positive", [(A, "Can you confirm the address we're sending the engineer to"),
                       (C, [V(a, "ADDRESS")]), (A, "and the postcode?"),
                       (C, [R.choice(["", "its ", "pc "]), V(pc if R.random() < .5 else pc.replace(" ", ""), "POSTCODE"),
                            f" - the box is at {R.randint(1, 12)}:{R.choice(['00', '30', '15'])} ok"])],
          f"{ch()}/telecom: address and postcode in separate messages, time nearby")


def t_dob_chat():
    d, m, y = make_dob()
    us = R.random() < 0.4
    build("positive", [(A, "Can you confirm your date of birth for security?"),
                       (C, [R.choice(["", "dob ", "DOB: ", "born ", "its "]), V(fmt_dob_typed(d, m, y, us), "DOB"),
                            R.choice(["", emoji(), f" and my appt is on the {th(R.randint(1, 28))}"])])],
          f"{ch()}/{R.choice(['healthcare billing', 'insurance', 'banking'])}: DOB typed in local format")


def t_zip_postcode_only():
    if R.random() < 0.5:
        z = R.choice(US_ZIP) + (("-" + rdig(4)) if R.random() < 0.4 else "")
        build("positive", [(A, "What's the billing zip code for the card?"), (C, [R.choice(["", "zip ", "its "]), V(z, "POSTCODE")])],
              f"{ch()}/retail: US ZIP for card billing")
    else:
        pc = R.choice(UK_PC)
        build("positive", [(A, "What's the postcode please?"), (C, [V(R.choice([pc, pc.lower(), pc.replace(' ', '')]), "POSTCODE"), emoji()])],
              f"{ch()}/utilities: UK postcode alone, case varied")


def t_email_body():
    c = make_card()
    p, reg = make_phone("uk")
    u, d = make_email()
    a = make_address()
    pc = R.choice(UK_PC)
    body = ["Dear Sir/Madam,\n\nPlease update my details. New address: ", V(a, "ADDRESS"), ", ", V(pc, "POSTCODE"),
            ".\nPhone: ", V(fmt_phone(p, reg), "PHONE"), "\nEmail: ", V(f"{u}@{d}", "EMAIL"),
            f"\nInvoice ref INV-{rdig(6, True)} was paid on 12/03 for £{R.randint(20, 90)}.{rdig(2)}.\n\nKind regards\n",
            R.choice(FIRST).title()]
    build("positive", [(C, body)], "email/utilities: change-of-details e-mail with several values and an invoice ref")


def t_email_body2():
    s = make_ssn()
    d, m, y = make_dob()
    acc = rdig(10, True)
    body = [f"Hello,\n\nRe: claim no. {rdig(8, True)} (policy {R.choice(['HX', 'PL'])}-{rdig(6, True)})\n\n",
            "Policy holder DOB: ", V(fmt_dob_typed(d, m, y, us=True), "DOB"), "\nSSN: ", V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"),
            f"\nPlease refund the ${R.randint(100, 999)}.{rdig(2)} overpayment to checking acct ", V(acc, "BANK_ACCOUNT"),
            ".\n\nSent from my iPhone"]
    build("positive", [(C, body)], "email/insurance: claim e-mail with DOB, SSN, bank account, claim and policy refs")


def t_email_body3():
    n = make_ni()
    sc, acc = rdig(6), rdig(8)
    u, d = make_email()
    body = ["Hi team,\n\nfollowing up on my call earlier (ref ", rdig(7, True), "). My NI no is ",
            V(f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}" if R.random() < .5 else n, "NI_NUMBER"),
            " and the payment should go to sort code ", V(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE"), ", account ",
            V(acc, "BANK_ACCOUNT"), ".\nReply to ", V(f"{u}@{d}", "EMAIL"), f" please, I'm away until the {th(R.randint(1, 28))}.\n\n",
            "Thanks\n", R.choice(FIRST).title(), "\n\n> On Mon, 9 Nov 2026 at 10:14, Support wrote:\n> Please send your details"]
    build("positive", [(C, body)], "email/government services: e-mail with NI, sort code, account, email and quoted reply")


def t_mixed_sms():
    n = make_ni()
    p, reg = make_phone("uk")
    build("positive", [(C, ["hi its re my claim, ni ", V(n.lower(), "NI_NUMBER"), " pls ring ", V(fmt_phone(p, reg), "PHONE"),
                            " after 3 x"])],
          "sms/government services: lower-case NI and phone in one text")


# ---------------------------------------------------------------- spoken positives
def t_card_call_one():
    c = make_card()
    words = " ".join(say_mixed(c, 4)) if R.random() < 0.5 else say_digits(c, filler=True)
    asr = R.random() < 0.4
    if asr:  # ASR homophones for digits
        words = " ".join({"two": R.choice(["to", "too", "two"]), "eight": R.choice(["ate", "eight"]),
                          "four": R.choice(["for", "four"]), "one": R.choice(["won", "one"])}.get(w, w)
                         for w in words.split(" "))
    build("positive", [(A, "okay and what's the long number across the front of the card"),
                       (C, [R.choice(["yeah it's ", "okay so it's ", "right ", "um it's "]), V(words, "CARD_NUMBER")])],
          f"call/{ind()}: card read in one turn, digits/pairs, asr zero words" + (", asr homophones" if asr else ""))


def t_card_call_split():
    c = make_card(R.choice(["visa", "mc"]))
    g = group_card(c)
    turns = [(A, "go ahead with the card number when you're ready")]
    for i, part in enumerate(g):
        txt = say_pairs(part) if R.random() < 0.3 else say_digits(part)
        turns.append((C, [R.choice(["", "", "uh ", "right "]), V(txt, "CARD_NUMBER", "c"), R.choice(["", "", " yeah"])]))
        if i < len(g) - 1:
            turns.append((A, R.choice(["mhm", "okay go on", "yep", "uh huh", "okay"])))
    build("positive", turns, f"call/{ind()}: card split over customer turns with agent back-channels")


def t_card_readback():
    c = make_card()
    g = group_card(c)
    cw = " ".join(say_digits(x) for x in g)
    aw = " ".join(say_digits(x, doubles=False) for x in g)
    build("positive", [(C, ["it's ", V(cw, "CARD_NUMBER")]),
                       (A, ["let me read that back ", V(aw, "CARD_NUMBER"), " is that right"]),
                       (C, "yes that's it")],
          f"call/{ind()}: agent reads the card number back")


def t_card_correction():
    c = make_card("visa")
    g = group_card(c)
    wrong = list(g[1])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    text = (say_digits(g[0]) + " " + say_digits("".join(wrong)) + " " + R.choice(["sorry", "no sorry", "i mean"]) + " "
            + say_digits(g[1]) + " " + say_digits(g[2]) + " " + say_digits(g[3]))
    build("positive", [(A, "card number please"), (C, [V(text, "CARD_NUMBER", "corr")])],
          f"call/{ind()}: card with a self-corrected group (span covers whole reading)")


def t_cvv_exp_call():
    m, y = make_expiry()
    cvv = rdig(3)
    build("positive", [(A, "and the expiry date"), (C, [R.choice(["it's ", "uh ", ""]), V(fmt_exp_spoken(m, y), "EXPIRY")]),
                       (A, "and the three digits on the back"),
                       (C, [R.choice(["", "that's ", "it's "]), V(say_digits(cvv, doubles=R.random() < .5), "CVV")])],
          f"call/{ind()}: spoken expiry and security code")


def t_ssn_call():
    s = make_ssn()
    form = R.random()
    if form < 0.4:
        build("positive", [(A, "can i get your social security number"),
                           (C, [R.choice(["sure it's ", "yeah ", "okay "]), V(say_digits(s, filler=True), "SSN")])],
              "call/insurance: SSN read digit by digit in one turn")
    elif form < 0.75:
        parts = [s[:3], s[3:5], s[5:]]
        turns = [(A, "and the social please")]
        for i, p in enumerate(parts):
            turns.append((C, V(say_digits(p) if R.random() < .6 else say_pairs(p), "SSN", "s")))
            if i < 2:
                turns.append((A, R.choice(["mhm", "okay", "go on"])))
        build("positive", turns, "call/banking: SSN in three spoken chunks with back-channels")
    else:
        build("positive", [(A, "last thing i need is the social"),
                           (C, [V(say_digits(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:]), "SSN"),
                                R.choice([" and i'm calling about the bill from march", " sorry it's noisy here"])])],
              "call/healthcare billing: SSN with pairs and chit-chat after")


def t_ni_call():
    n = make_ni()
    style = R.choice(["plain", "nato", "sound"])
    letters = say_letter(n[0], style) + " " + say_letter(n[1], style)
    digs = say_pairs(n[2:8]) if R.random() < .4 else say_digits(n[2:8])
    suf = say_letter(n[8], style)
    if R.random() < 0.5:
        build("positive", [(A, "can i take your national insurance number"),
                           (C, [R.choice(["yeah it's ", "it's ", "okay "]), V(f"{letters} {digs} {suf}", "NI_NUMBER")])],
              f"call/government services: NI spoken in one turn, letters {style}")
    else:
        build("positive", [(A, "national insurance number please"), (C, V(letters, "NI_NUMBER", "n")), (A, "mhm"),
                           (C, V(digs, "NI_NUMBER", "n")), (A, "and the letter at the end"),
                           (C, [R.choice(["", "it's ", "uh "]), V(suf, "NI_NUMBER", "n")])],
              f"call/government services: NI spoken over three turns, letters {style}")


def t_bank_call():
    sc, acc = rdig(6), rdig(8)
    build("positive", [(A, "what's the sort code"),
                       (C, V(say_pairs(sc) if R.random() < .5 else say_digits(sc), "SORT_CODE")),
                       (A, "and the account number"),
                       (C, [R.choice(["", "it's ", "right "]), V(say_digits(acc, filler=True), "BANK_ACCOUNT")])],
          f"call/{R.choice(['banking', 'utilities'])}: spoken sort code and account number")


def t_phone_call():
    p, reg = make_phone(R.choice(["uk", "us", "ie"]))
    if reg == "us":
        words = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + (say_pairs(p[6:]) if R.random() < .5 else say_digits(p[6:]))
    else:
        words = say_digits(p[:5]) + " " + say_digits(p[5:])
    build("positive", [(A, "and a contact number"), (C, [R.choice(["yeah it's ", "it's ", "my mobile is "]), V(words, "PHONE"),
                                                          R.choice(["", " that's my mobile", " after six is best"])])],
          f"call/{ind()}: phone number spoken ({reg})")


def t_email_call():
    u, d = make_email()
    build("positive", [(A, "what email address should i send it to"),
                       (C, [R.choice(["it's ", "yeah ", ""]), V(spoken_email(u, d), "EMAIL")])],
          f"call/{ind()}: email dictated as words with dot and at")


def t_dob_call():
    d, m, y = make_dob()
    build("positive", [(A, "can you confirm your date of birth"), (C, [R.choice(["yeah it's ", "", "it's "]), V(fmt_dob_spoken(d, m, y), "DOB")])],
          f"call/{R.choice(['healthcare billing', 'insurance', 'banking', 'telecom'])}: DOB spoken")


def t_postcode_call():
    pc = R.choice(UK_PC)
    out, a, b = [], pc.split()[0], pc.split()[1]
    for part in (a, b):
        w = []
        for chh in part:
            w.append(say_digits(chh, doubles=False) if chh.isdigit() else say_letter(chh))
        out.append(" ".join(w))
    addr = make_address()
    while "34th" in addr or "Boulevard" in addr:
        addr = make_address()
    build("positive", [(A, "first line of the address and the postcode"),
                       (C, [V(addr.lower(), "ADDRESS"), R.choice([" and the postcode is ", " postcode "]), V(" ".join(out), "POSTCODE")])],
          "call/utilities: spoken address and spelled UK postcode")


def t_iban_call():
    ib = make_iban(R.choice(["IE", "GB"]))
    words = " ".join([say_letter(ib[0], "plain"), say_letter(ib[1], "plain"), say_digits(ib[2:4], doubles=False)]
                     + [say_letter(x, "nato") for x in ib[4:8]] + [say_digits(ib[8:])])
    build("positive", [(A, "can you read me the iban"), (C, [R.choice(["okay it's ", ""]), V(words, "IBAN")])],
          "call/banking: IBAN read out with letters and digits")


def t_call_two_values():
    p, reg = make_phone("uk")
    u, d = make_email()
    build("positive", [(A, "can i update your contact details while you're on"),
                       (C, ["yeah sure the mobile's ", V(say_digits(p[:5]) + " " + say_digits(p[5:]), "PHONE"),
                            " and email is ", V(spoken_email(u, d), "EMAIL"), " i changed it last year"])],
          "call/telecom: phone and spoken email in one turn with chit-chat")


def t_call_ni_readback():
    n = make_ni()
    digs = say_digits(n[2:8])
    build("positive", [(C, ["it's ", V(f"{say_letter(n[0], 'plain')} {say_letter(n[1], 'plain')} {digs} {say_letter(n[8], 'plain')}", "NI_NUMBER")]),
                       (A, ["so that's ", V(f"{say_letter(n[0], 'nato')} {say_letter(n[1], 'nato')} {say_pairs(n[2:8])} {say_letter(n[8], 'nato')}", "NI_NUMBER"),
                            " yeah"]),
                       (C, "that's right")],
          "call/government services: NI spoken then read back by agent with NATO letters")


def t_sms_phone_split():
    p, reg = make_phone("uk")
    build("positive", [(C, ["new no. ", V(p[:5], "PHONE", "p")]), (C, [V(p[5:], "PHONE", "p"), " sorry hit send lol"]),
                       (A, "No problem, updated! Anything else?")],
          f"{ch()}/telecom: phone number split across two texts")


def t_call_dob_chitchat():
    d, m, y = make_dob()
    pc = R.choice(UK_PC)
    build("positive", [(A, "can you give me your date of birth and postcode"),
                       (C, ["oh god it's ", V(fmt_dob_spoken(d, m, y), "DOB"), f" i'll be {R.choice(['forty', 'fifty', 'sixty'])} next year can you believe it and the postcode's ",
                            V(pc.lower(), "POSTCODE")])],
          "call/insurance: DOB and postcode in one turn with age chit-chat (age unlabelled)")


POS_TEMPLATES = [  # (fn, weight)
    (t_call_two_values, 3), (t_call_ni_readback, 3), (t_sms_phone_split, 3), (t_call_dob_chitchat, 3),
    (t_card_chat, 14), (t_card_split_msgs, 8), (t_card_cvv_exp_chat, 12), (t_card_and_amount, 6), (t_card_paste, 4),
    (t_ssn_chat, 14), (t_ssn_split, 6), (t_ssn_last_mixed, 4),
    (t_ni_chat, 14), (t_ni_split, 6), (t_ni_with_dob, 5), (t_mixed_sms, 3),
    (t_bank_uk_chat, 8), (t_bank_us_chat, 3), (t_iban_chat, 8), (t_iban_split, 3),
    (t_phone_chat, 8), (t_email_chat, 6), (t_email_obfuscated, 3), (t_address_chat, 7), (t_address_split, 3),
    (t_dob_chat, 6), (t_zip_postcode_only, 4), (t_email_body, 4), (t_email_body2, 4), (t_email_body3, 4),
    (t_card_call_one, 6), (t_card_call_split, 5), (t_card_readback, 3), (t_card_correction, 3), (t_cvv_exp_call, 5),
    (t_ssn_call, 7), (t_ni_call, 8), (t_bank_call, 4), (t_phone_call, 4), (t_email_call, 4), (t_dob_call, 4),
    (t_postcode_call, 3), (t_iban_call, 3),
]


# ---------------------------------------------------------------- negatives
def n_order():
    build("negative", [(C, f"hi where is my order #{rdig(R.choice([6, 7, 8, 9]), True)}?? ordered on {R.randint(1, 28)}/{R.randint(1, 12)} {emoji()}"),
                       (A, f"Thanks, order {rdig(8, True)} is due between {R.randint(8, 11)}am and {R.randint(1, 5)}pm")],
          f"{ch()}/retail: order numbers and delivery window")


def n_amounts():
    build("negative", [(C, typo(f"why is my bill £{R.randint(40, 300)}.{rdig(2)} when it was £{R.randint(20, 90)}.{rdig(2)} last month")),
                       (A, f"There was a {R.randint(2, 15)}% price rise from 1 April and {R.randint(120, 900)} minutes over your allowance")],
          f"{ch()}/telecom: amounts, percentages, minute counts")


def n_ticket():
    build("negative", [(A, f"Your ticket reference is {rdig(10, True)} and case number CN-{rdig(6, True)}"),
                       (C, "ok thanks, will it be sorted by friday")],
          f"{ch()}/utilities: 10-digit ticket reference with reference word")


def n_flight():
    build("negative", [(C, f"my flight {R.choice(['EI', 'BA', 'FR', 'UA', 'DL'])}{R.randint(100, 9999)} on the {th(R.randint(1, 28))} at {R.randint(10, 23)}:{R.choice(['05', '40', '55'])} got cancelled, booking ref {R.choice(['X7K2PQ', 'LMN4RT', 'QZ81BA'])}"),
                       (A, f"I can rebook you onto the {R.randint(6, 21)}:{R.choice(['10', '25', '50'])}, seat {R.randint(1, 40)}{R.choice('ABCDEF')}")],
          f"{ch()}/travel: flight numbers, times, seat and booking ref")


def n_meter():
    build("negative", [(C, f"meter reading today is {rdig(5, True)} and night is {rdig(5, True)}, meter serial {R.choice(['E6S', 'K01', 'D12'])}{rdig(5)}"),
                       (A, f"Thanks, your direct debit of £{R.randint(50, 200)} stays the same from the {th(R.randint(1, 28))}")],
          f"{ch()}/utilities: meter readings and direct debit amount")


def n_invoice_call():
    ref = rdig(7, True)
    build("negative", [(A, "have you got the invoice number there"),
                       (C, f"yeah invoice number {say_digits(ref)}"),
                       (A, f"lovely that's {say_pairs('%02d' % R.randint(20, 99))} pounds {say_pairs('%02d' % R.randint(10, 99))} outstanding")],
          "call/retail: spoken invoice number with its reference word and spoken amount")


def n_times_call():
    build("negative", [(A, f"the engineer can come on the {ORD[R.randint(0, 27)]} of {MONTHS[R.randint(0, 11)]} between eight and twelve"),
                       (C, f"that's fine i finish at half {R.choice(['two', 'three', 'four'])} anyway and it's been {R.choice(['three', 'six', 'ten'])} weeks already")],
          "call/telecom: appointment date and times, durations")


def n_age_year():
    build("negative", [(C, f"my son is {R.randint(3, 17)} and we've been with you since {R.randint(1995, 2019)}, the {R.choice(['Galaxy S23', 'iPhone 14', 'Pixel 8', 'Moto G54'])} is {R.randint(1, 4)} yrs old"),
                       (A, f"Thanks for {R.randint(5, 25)} years with us! I can offer {R.randint(10, 30)}GB for £{R.randint(8, 25)}/month")],
          f"{ch()}/telecom: ages, years, model names and data allowances")


def n_claim():
    build("negative", [(C, f"claim number {rdig(9, True)} - the repair quote was ${R.randint(900, 4999)}.{rdig(2)} and the car did {R.randint(20, 90)} mph max"),
                       (A, f"Claim {rdig(9, True)} is with the assessor, allow {R.randint(5, 10)} working days")],
          f"{ch()}/insurance: claim numbers, quote amounts, speeds")


def n_balance():
    build("negative", [(A, f"Your balance is ${R.randint(1000, 99999)}.{rdig(2)} and your payment of ${R.randint(25, 500)}.00 is due on {R.choice(MONTHS).title()} {R.randint(1, 28)}"),
                       (C, f"ok can i pay {R.randint(10, 40)}% now")],
          f"{ch()}/banking: balances, due dates, percentages")


def n_room_temp():
    build("negative", [(C, f"room {R.randint(100, 999)} heating is stuck at {R.randint(14, 19)} degrees, checked in {R.randint(1, 28)}/{R.randint(1, 12)} for {R.randint(2, 9)} nights"),
                       (A, f"Sorry! Maintenance will be there by {R.randint(1, 11)}:{R.choice(['00', '15', '30', '45'])} - we've refunded €{R.randint(20, 80)}")],
          f"{ch()}/travel: room number, temperature, nights, refund")


def n_contract_date():
    build("negative", [(C, f"my contract started {R.randint(1, 28)}/{R.randint(1, 12)}/{R.randint(2019, 2025)} and ends {R.randint(1, 28)}.{R.randint(1, 12)}.{R.randint(2026, 2028)}, early exit fee was quoted as £{R.randint(50, 400)}"),
                       (A, "That's right, the minimum term is 24 months")],
          f"{ch()}/telecom: contract start and end dates (not birth dates)")


def n_spoken_amount_count():
    build("negative", [(C, f"i paid {say_pairs('%02d' % R.randint(20, 99))} ninety nine on the {ORD[R.randint(0, 27)]} and it took {R.choice(['two', 'three', 'four'])} hundred minutes off"),
                       (A, f"okay i can see reference {say_digits(rdig(6, True))} on the account that's from two thousand twenty four")],
          "call/telecom: spoken price, ordinal date, count, reference")


def n_quantity_model():
    build("negative", [(C, f"I ordered {R.randint(2, 12)} x model {R.choice(['KX-', 'TV55-', 'WM'])}{rdig(4, True)} at £{R.randint(100, 900)} each, tracking {R.choice(['JD', 'H0'])}{rdig(10)}"),
                       (A, "Let me check with the warehouse, it's a 3-5 day lead time")],
          f"{ch()}/retail: quantities, model numbers, parcel tracking code")


def n_medical_bill():
    build("negative", [(C, f"the statement dated {R.choice(MONTHS).title()} {R.randint(1, 28)} says ${R.randint(100, 3000)}.{rdig(2)}, visit was {R.randint(1, 12)}/{R.randint(1, 28)}/2026, statement no. {rdig(7, True)}?"),
                       (A, f"Insurance covered {R.randint(50, 90)}% so you owe ${R.randint(20, 400)}.{rdig(2)}")],
          f"{ch()}/healthcare billing: statement and visit dates, amounts, statement number")


def n_appt_typed():
    build("negative", [(A, f"Your appointment is booked for {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2027 at {R.randint(9, 16)}:{R.choice(['00', '20', '40'])} - please arrive {R.choice([10, 15])} mins early"),
                       (C, typo(f"thanks, can i bring my {R.randint(4, 15)} yr old? also is parking still £{R.randint(2, 6)}.{R.choice(['00', '50'])} per hour") + emoji())],
          f"{ch()}/healthcare billing: appointment date/time, age, parking price")


def n_data_speed():
    build("negative", [(C, f"only getting {R.randint(2, 40)}.{R.randint(0, 9)} Mbps on the {R.randint(100, 900)} Mb plan, router model {R.choice(['HH6', 'VR2100', 'SR102'])} {emoji()}"),
                       (A, f"Sorry about that. Fault ref {R.choice(['FLT', 'NT'])}-{rdig(8, True)} - I've added {R.randint(5, 50)}GB and a £{R.randint(5, 20)} credit")],
          f"{ch()}/telecom: speeds, plan size, fault ref with prefix, credit")


def n_year_split_sms():
    build("negative", [(C, f"hey its about booking {R.choice(['#', 'no. ', 'ref '])}{rdig(6, True)}"), (A, "Hi, how can I help?"),
                       (C, f"we're {R.randint(2, 6)} adults + {R.randint(1, 3)} kids, arriving {R.choice(MONTHS).title()} {R.randint(1, 28)} 2027, leaving {th(R.randint(1, 28))}"),
                       (C, f"total was €{R.randint(400, 3000)},{rdig(2)} is that inc. {R.randint(9, 23)}% vat?")],
          f"{ch()}/travel: booking ref, counts, travel dates, euro amount, VAT percent")


def n_gov_ref():
    build("negative", [(A, f"Your application reference is {R.choice(['APP', 'GWF'])}{rdig(9, True)} and the fee of £{R.randint(50, 150)} was taken on {R.randint(1, 28)} {R.choice(MON3).title()}"),
                       (C, f"ok great, it said {R.randint(3, 12)} weeks processing on the site, its been {R.randint(2, 9)}")],
          f"{ch()}/government services: application reference with prefix, fee, durations")


def n_spoken_times():
    build("negative", [(C, f"i've been on hold for {R.choice(['forty five', 'twenty', 'thirty five'])} minutes and my order number is {say_digits(rdig(8, True))}"),
                       (A, f"sorry about that i can see order {say_digits(rdig(8, True))} was dispatched at {R.choice(['ten fifteen', 'half nine', 'two thirty'])} this morning")],
          "call/retail: spoken hold time, order numbers with reference word, dispatch time")


NEG_TEMPLATES = [n_appt_typed, n_data_speed, n_year_split_sms, n_gov_ref, n_spoken_times, n_order, n_amounts, n_ticket, n_flight, n_meter, n_invoice_call, n_times_call, n_age_year,
                 n_claim, n_balance, n_room_temp, n_contract_date, n_spoken_amount_count, n_quantity_model,
                 n_medical_bill]


def generate():
    CASE_LIST.clear()
    META.clear()
    R.seed(SEED)
    pool = []
    for fn, w in POS_TEMPLATES:
        pool += [fn] * w
    R.shuffle(pool)
    for fn in pool:
        fn()
    for i in range(110):
        NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
    # interleave deterministically
    pos = [(c, m) for c, m in zip(CASE_LIST, META) if c["kind"] == "positive"]
    neg = [(c, m) for c, m in zip(CASE_LIST, META) if c["kind"] == "negative"]
    return pos + neg


# ---------------------------------------------------------------- normalisation / validation
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "ate": "8", "won": "1", "for": "4"})
T2D = {w: str(i) for i, w in enumerate(TENS) if w}
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
FILLER = {"um", "uh", "erm", "slash", "and", "yeah"}
SOUND2L = {v: k for k, v in LETTER_SOUND.items() if len(v) > 1}


def spoken_to_chars(text, letters=False):
    """Normalise spoken/typed value text to a compact string of digits (and letters)."""
    corr = re.split(r"\b(?:no sorry|sorry|i mean)\b", text.lower())
    if len(corr) > 1:
        res = ""
        for i, part in enumerate(corr):
            got = spoken_to_chars(part, letters)
            if i:
                res = res[:-4]
            res += got
        return res
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[^\sa-z\d]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in T2D:
            if nxt in W2D and nxt not in ("oh", "o", "zero", "nought", "to", "too", "ate", "won", "for"):
                out.append(T2D[t] + W2D[nxt])
                i += 1
            else:
                out.append(T2D[t] + "0")
        elif t in TEEN2D:
            out.append(TEEN2D[t])
        elif t == "thousand":
            out.append("00")
            if nxt == "and" or nxt in W2D:
                # "two thousand and five" -> 2005
                j = i + 1 if nxt == "and" else i
                if j + 1 < len(toks) and toks[j + 1] in W2D:
                    out[-1] = "0"
                    out.append(W2D[toks[j + 1]])
                    i = j + 1
        elif letters and len(t) == 1 and t.isalpha() and nxt == "for":
            out.append(t.upper())
            i += 2
        elif t in W2D and not (letters and t == "o" and False):
            out.append(W2D[t])
        elif letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif letters and t in SOUND2L:
            out.append(SOUND2L[t].upper())
        i += 1
    return "".join(out)


def norm_ni(text):
    t = text.lower()
    # spoken letters: separate single letter tokens, letters via NATO, sound words
    if re.search(r"[a-z]{2}\d{6}[a-d]", re.sub(r"[^a-z0-9]", "", t)):
        return re.sub(r"[^a-z0-9]", "", t).upper()
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\|", t)
    out, i = [], 0
    while i < len(toks):
        tk = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(tk) == 1 and nxt == "for":
            out.append(tk.upper())
            i += 3
            continue
        if tk == "|":
            pass
        elif tk.isdigit():
            out.append(tk)
        elif tk in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if tk == "double" else 3))
            i += 1
        elif tk in T2D:
            if nxt in UNITS[1:]:
                out.append(T2D[tk] + W2D[nxt])
                i += 1
            else:
                out.append(T2D[tk] + "0")
        elif tk in TEEN2D:
            out.append(TEEN2D[tk])
        elif tk in UNITS or tk in ("nought",):
            out.append(W2D[tk])
        elif tk in ("oh",):
            out.append("0")
        elif tk in SOUND2L:
            out.append(SOUND2L[tk].upper())
        elif len(tk) == 1:
            # lone 'o' between digits is zero, elsewhere the letter
            prev_digit = out and out[-1][-1:].isdigit()
            out.append("0" if tk == "o" and prev_digit and len("".join(out)) >= 2 else tk.upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", t)
    t = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s*underscore\s*", "_", t)
    # spoken digits
    for w, d in [("zero", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"),
                 ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9")]:
        t = re.sub(rf"(?<=\s){w}(?=\s|@|\.|$)", d, t)
    t = re.sub(r"\s*@\s*", "@", t)
    return t.replace(" ", "")


def validate_value(typ, text):
    """Return an error string or None."""
    if typ == "CARD_NUMBER":
        d = spoken_to_chars(text)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return f"card {d!r} invalid"
    elif typ == "CVV":
        d = spoken_to_chars(text)
        if not re.fullmatch(r"\d{3,4}", d):
            return f"cvv {d!r}"
    elif typ == "EXPIRY":
        t = text.lower()
        d = spoken_to_chars(t)
        if not (re.fullmatch(r"\d{3,6}", d) or any(m in t for m in MON3)):
            return f"expiry {text!r}"
        m = re.fullmatch(r"0?(\d{1,2})(\d{2}|\d{4})", d) if d.isdigit() else None
        if m and not 1 <= int(m.group(1)) <= 12 and not any(mm in t for mm in MON3):
            return f"expiry month {d!r}"
    elif typ == "SSN":
        d = spoken_to_chars(text)
        if not re.fullmatch(r"\d{9}", d) or d[:3] in ("000", "666") or d[3:5] == "00" or d[5:] == "0000":
            return f"ssn {d!r}"
    elif typ == "NI_NUMBER":
        n = norm_ni(text)
        if not NI_RE.fullmatch(n):
            return f"ni {n!r}"
    elif typ == "BANK_ACCOUNT":
        d = spoken_to_chars(text)
        if not re.fullmatch(r"\d{8,12}", d):
            return f"account {d!r}"
    elif typ == "SORT_CODE":
        d = spoken_to_chars(text)
        if not re.fullmatch(r"\d{6}", d):
            return f"sort {d!r}"
    elif typ == "IBAN":
        s = re.sub(r"[^a-z0-9]", "", text.lower())
        if not iban_ok(s):
            s2 = spoken_to_chars(text, letters=True)
            if not iban_ok(s2):
                return f"iban {s!r}/{s2!r}"
    elif typ == "PHONE":
        d = spoken_to_chars(text)
        if not re.fullmatch(r"\d{9,13}", d):
            return f"phone {d!r}"
    elif typ == "EMAIL":
        e = norm_email(text)
        if not EMAIL_RE.fullmatch(e):
            return f"email {e!r}"
    elif typ == "DOB":
        t = text.lower()
        d = re.sub(r"\D", "", t)
        if not (re.search(r"(19|20)\d\d", t) or re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.](\d{2}|\d{4})", t) or any(m in t for m in MON3) or len(d) >= 6
                or len(spoken_to_chars(t)) >= 6):
            return f"dob {text!r}"
    elif typ == "POSTCODE":
        t = text.strip()
        if re.fullmatch(r"\d{5}(-\d{4})?", t):
            return None
        c = re.sub(r"\s", "", t).upper()
        if not UK_PC_RE.fullmatch(c):
            c = spoken_to_chars(t, letters=True)
            if not UK_PC_RE.fullmatch(c):
                return f"postcode {text!r} -> {c!r}"
    elif typ == "ADDRESS":
        t = text.lower()
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b", t) or not re.search(
                r"\b(road|lane|street|avenue|kingsway|close|drive|terrace|boulevard|court|view|crescent|way)\b", t):
            return f"address {text!r}"
    else:
        return f"unknown type {typ}"
    return None


def check_cases(cases, metas):
    errs = []
    ids = set()
    counts = Counter()
    for c, groups in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["kind"] not in ("positive", "negative"):
            errs.append(f"{cid}: bad kind")
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not 0 <= st < en <= len(txt):
                errs.append(f"{cid}: offsets out of range")
                continue
            val = txt[st:en]
            if val != val.strip():
                errs.append(f"{cid}: span has outer whitespace {val!r}")
            if (st > 0 and txt[st - 1].isalnum() and val[0].isalnum()) or (en < len(txt) and txt[en].isalnum() and val[-1].isalnum()):
                errs.append(f"{cid}: span not on word boundary {val!r}")
            by_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        if c["kind"] == "positive":
            for grp in groups:
                typ = c["spans"][grp[0]]["type"]
                pieces = []
                for k in grp:
                    s = c["spans"][k]
                    pieces.append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
                # pieces of a split value are separated by a hard break so that e.g. "eighty" | "two"
                # in different turns is not merged into 82 by the normaliser
                e = validate_value(typ, " | ".join(pieces))
                if e:
                    errs.append(f"{cid}: {e}")
    return errs, counts


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def readme(counts, npos, nneg, nspans, ntyped=0):
    lines = [
        "# PII hold-out set h171",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data its authors have not seen.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not read the redaction code, its",
        "tests, its documentation, the benchmark script or any other PII fixture; the only data seen was a three-line",
        "example of the JSONL format. Cases are generated by `scripts/make_pii_holdout171.py` from template functions",
        f"with one seeded `random.Random({SEED})`; each turn is assembled from plain text and (value, TYPE) segments so",
        "offsets are computed, never typed. Output is byte-for-byte reproducible; `--check` regenerates and compares,",
        "checks ids, offsets, word boundaries and overlaps, and validates every value after normalising spoken forms",
        "(Luhn, IBAN mod-97, NI format, SSN 9 digits, sort code 6 digits, digit counts, postcode shapes).",
        "",
        "About two thirds of positives are typed channels (web chat, SMS, e-mail bodies, social DMs, WhatsApp/app chat)",
        "with messy typing: values split across messages, typos near values, odd separators (dashes, dots, double spaces,",
        "no-break spaces), mixed case, emojis, copy-paste wrapper characters. The rest are ASR-style call transcripts:",
        "lower case, numbers as words (oh/o/nought/zero, double/triple, pairs such as 'forty one', years such as",
        "'nineteen eighty'), NATO/homophone letters ('b for bravo', 'see', 'jay'), e-mails as 'x dot y at gmail dot com',",
        "values split over turns with agent back-channels, agent read-backs, fillers and self-corrections.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers only the value itself, not lead-in words ('my card number is', 'sort code', 'dob').",
        "- Separators, spaces, fillers ('um', 'uh') and spoken connectives ('slash', 'for bravo') that lie *inside* a",
        "  reading are inside the span. Wrapper characters (quotes, brackets, direction marks) are outside.",
        "- A value split over several turns/messages gets one span per piece, all with the same type.",
        "- A self-corrected reading ('... four two sorry four three ...') is one span covering the whole reading.",
        "- Agent read-backs are labelled like customer readings.",
        "- ADDRESS covers house/flat number and street (with flat/apt); town names are not labelled; POSTCODE is a",
        "  separate span (UK postcode or US ZIP/ZIP+4).",
        "- EXPIRY covers month and year; CVV only the digits; DOB the whole date expression ('the third of may nineteen",
        "  eighty').",
        "- Obfuscated e-mails ('name [at] domain [dot] com') are one EMAIL span.",
        "- Negatives contain lookalikes only (amounts, times, dates that are not birth dates, order/ticket/claim/",
        "  invoice references said with their reference word, flight/room/model numbers, meter readings, ages,",
        "  percentages, balances); nothing in them should be redacted.",
        "",
        "## Counts",
        "",
        f"- cases: {npos + nneg} ({npos} positive, {nneg} negative)",
        f"- spans: {nspans}",
        f"- typed-channel positives: {ntyped} of {npos} (the rest are call transcripts)",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {counts[t]} |")
    lines.append("")
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    cases = generate()
    data = render(cases)
    errs, counts = check_cases([c for c, _ in cases], [m for _, m in cases])
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    nspans = sum(counts.values())
    ntyped = sum(1 for c, _ in cases if c["kind"] == "positive" and not c["note"].startswith("call/"))
    rd = readme(counts, npos, nneg, nspans, ntyped)
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append(f"type {t}: {counts[t]} spans < {need}")
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-parse the file itself
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError:
                    errs.append(f"line {ln}: invalid JSON")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"cases={len(cases)} positive={npos} negative={nneg} spans={nspans}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    typed = sum(1 for c, _ in cases if c["kind"] == "positive" and not c["note"].startswith("call/"))
    print(f"  typed-channel positives: {typed}/{npos}")
    for e in errs[:60]:
        print("ERROR", e)
    if errs:
        print(f"FAILED with {len(errs)} problem(s)")
        return 1
    print("check OK" if check else "written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
