#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout19``.

Written by an AI helper acting as an independent author, without access to the
redaction code or to other evaluation sets.  Standard library only.

    python scripts/make_pii_holdout19.py          # write fixture + README
    python scripts/make_pii_holdout19.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 19231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout19"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "i": "india", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor"}
NAMEWORD = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xray",
            "y": "yellow", "i": "ireland", "z": "zebra", "g": "george", "f": "freddie", "q": "queen", "u": "uncle",
            "v": "victor"}


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


# ---------------------------------------------------------------- spoken forms
def zero_word(uk: bool) -> str:
    return R.choice(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def say_digits(s: str, uk: bool = False, repeats: bool = True, zero: str | None = None) -> str:
    """Digit string -> words, with optional double/triple."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = (zero or zero_word(uk)) if d == "0" else ONES[int(d)]
        if repeats and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if repeats and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p: str, uk: bool = False) -> str:
    n = int(p)
    if p[0] == "0":
        return zero_word(uk) + " " + (ONES[n])
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + ONES[n % 10]


def say_pairs(s: str, uk: bool = False) -> str:
    parts = [say_pair(s[i:i + 2], uk) if len(s[i:i + 2]) == 2 else say_digits(s[i:], uk)
             for i in range(0, len(s), 2)]
    return " ".join(parts)


def say_year(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if R.random() < 0.5 else "two thousand " + ONES[y - 2000]
    a, b = divmod(y, 100)
    return say_pair(str(a)) + " " + (say_pair("%02d" % b))


def say_letter(c: str, style: str) -> str:
    c = c.lower()
    if style == "nato":
        return f"{c} for {NATO[c]}"
    if style == "as":
        return f"{c} as in {NAMEWORD[c]}"
    return c


def say_alnum(s: str, uk: bool = True, letter_style: str = "plain") -> str:
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(("oh" if R.random() < 0.6 else "zero") if ch == "0" else ONES[int(ch)])
        else:
            out.append(say_letter(ch, letter_style if R.random() < 0.6 else "plain"))
    return " ".join(out)


# ---------------------------------------------------------------- value makers
def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card() -> str:
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 19
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    elif kind == "maestro":
        body, n = R.choice(["6759", "6761", "5018"]), R.choice([13, 16, 19])
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(c: str, sep: str = " ") -> str:
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def make_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_re_ok(s: str) -> bool:
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None


def iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_iban() -> str:
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LYDS", "HBUK", "HLFX"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "BKIR"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABA"]) + dg(10)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_phone() -> tuple[str, str, str]:
    """returns (digits, typed form, country)"""
    k = R.choice(["uk_mob", "uk_land", "us", "ie_mob", "uk_intl", "us_intl", "ie_intl"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        x = "07" + R.choice("3456789") + d(8)
        return x, R.choice([x[:5] + " " + x[5:], x, x[:5] + " " + x[5:8] + " " + x[8:]]), "uk"
    if k == "uk_land":
        x = R.choice(["0161", "0113", "0121", "0117", "0141", "0131"]) + R.choice("2345789") + d(6)
        return x, R.choice([x[:4] + " " + x[4:7] + " " + x[7:], "(" + x[:4] + ") " + x[4:]]), "uk"
    if k == "uk_intl":
        x = "447" + R.choice("3456789") + d(8)
        return x, R.choice(["+44 " + x[2:6] + " " + x[6:], "+44 (0)" + x[2:6] + " " + x[6:], "0044" + x[2:]]), "uk"
    if k == "us":
        x = R.choice("23456789") + d(2) + R.choice("23456789") + d(6)
        return x, R.choice(["(%s) %s-%s" % (x[:3], x[3:6], x[6:]), "%s-%s-%s" % (x[:3], x[3:6], x[6:]),
                            "%s.%s.%s" % (x[:3], x[3:6], x[6:])]), "us"
    if k == "us_intl":
        x = "1" + R.choice("23456789") + d(2) + R.choice("23456789") + d(6)
        return x, "+1 %s %s %s" % (x[1:4], x[4:7], x[7:]), "us"
    if k == "ie_mob":
        x = "08" + R.choice("35679") + d(7)
        return x, R.choice([x[:3] + " " + x[3:6] + " " + x[6:], x[:3] + "-" + x[3:]]), "ie"
    x = "3538" + R.choice("35679") + d(7)
    return x, "+353 " + x[3:5] + " " + x[5:8] + " " + x[8:], "ie"


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "david", "chloe", "sean",
         "fatima", "olu", "grace", "mark", "niamh", "kevin", "anna", "raj", "emily", "luke"]
LAST = ["doyle", "patel", "smith", "okafor", "murphy", "jones", "kowalski", "brennan", "nguyen",
        "garcia", "walsh", "evans", "khan", "obrien", "reilly", "taylor", "fischer", "dubois"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net",
           "btinternet.com", "live.ie", "aol.com", "protonmail.com"]


def make_email() -> tuple[str, str]:
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), l + "_" + f, f + "." + l + str(R.randint(70, 99))])
    typed = local + "@" + dom
    if R.random() < 0.2:
        typed = typed.capitalize()
    # spoken form
    sp = []
    if local == f[0] + l:
        sp.append(f[0])
        local_iter = [l]
    else:
        local_iter = re.split(r"([._@])", local)
    for tok in local_iter:
        if tok == ".":
            sp.append("dot")
        elif tok == "_":
            sp.append("underscore")
        elif tok:
            m = re.fullmatch(r"([a-z]+)(\d*)", tok)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                sp.append(word)
            else:
                sp.append(word)
            if num:
                sp.append(say_pairs(num) if len(num) == 2 and R.random() < 0.6 else say_digits(num))
    sp.append("at")
    sp.append(" dot ".join(dom.split(".")))
    return typed, " ".join(sp)


STREETS = ["maple avenue", "kings road", "church street", "station road", "elm grove",
           "high street", "oak lane", "victoria terrace", "willow close", "main street",
           "park drive", "mill lane", "orchard way", "queens crescent", "north avenue",
           "cedar court", "harbour view", "riverside walk", "pine street", "market square"]
TOWNS_UK = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "norwich", "york", "leicester"]
TOWNS_US = ["austin", "denver", "columbus", "tampa", "portland", "raleigh", "boise"]
TOWNS_IE = ["galway", "cork", "limerick", "sligo", "kilkenny"]
COUNTY = {"galway": "Galway", "cork": "Cork", "limerick": "Limerick", "sligo": "Sligo", "kilkenny": "Kilkenny"}


def make_uk_postcode() -> str:
    out = R.choice(["%s%d" % (R.choice(["M", "B", "L", "G", "S", "N", "E"]), R.randint(1, 9)),
                    "%s%d" % (R.choice(["LS", "BS", "CF", "NE", "SK", "CB", "PL", "EH", "BT", "NG", "LE", "DY", "CH", "DN", "HU"]), R.randint(1, 29)),
                    R.choice(["SW1A", "SW1P", "SW1E", "EC1A", "EC2M", "EC4R", "WC1E", "WC2H", "WC2N", "W1T", "W1D", "E1W"])])
    inward = "%d%s%s" % (R.randint(0, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return out + " " + inward


def uk_pc_ok(s: str) -> bool:
    return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", s.upper()) is not None


def make_zip() -> str:
    z = "%05d" % R.randint(10000, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def make_dob() -> tuple[int, int, int]:
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2004)


# ---------------------------------------------------------------- case building
CASES_OUT: list[dict] = []
META: list[list[dict]] = []   # per case: list of groups {type, canon, spans:[idx], validate}
_counter = Counter()


def V(text: str, typ: str, group: str | None = None, canon: str | None = None, validate: bool = True):
    return ("V", text, typ, group, canon, validate)


def case(kind: str, turns: list[tuple[str, list]], note: str) -> None:
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                _, val, typ, grp, canon, validate = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                key = grp or ("auto%d" % len(spans))
                g = groups.setdefault(key, {"type": typ, "canon": canon, "spans": [], "validate": validate})
                g["spans"].append(len(spans) - 1)
                if canon is not None:
                    g["canon"] = canon
        out_turns.append({"speaker": spk, "text": text})
    if kind == "positive":
        assert spans
    else:
        assert not spans
    _counter[kind] += 1
    cid = "h19-%s-%03d" % ("pos" if kind == "positive" else "neg", _counter[kind])
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(list(groups.values()))


A, C = "agent", "customer"


# ================================================================ positives
def exp_pair() -> tuple[int, int]:
    return R.randint(1, 12), R.randint(26, 31)


def say_expiry(m: int, y: int) -> str:
    return R.choice([say_pair("%02d" % m) + " " + say_pair("%02d" % y),
                     MONTHS[m - 1] + " " + say_pair("%02d" % y),
                     MONTHS[m - 1] + " twenty " + say_pair("%02d" % y),
                     say_pair("%02d" % m) + " slash " + say_pair("%02d" % y)])


def p_card_call_one_turn(ind):
    c = make_card()
    uk = R.random() < 0.5
    spoken = say_digits(c, uk) if R.random() < 0.5 else " ".join(say_digits(g, uk) for g in group_card(c).split())
    case("positive", [(A, ["can i take the long card number please"]),
                      (C, [R.choice(["yeah it's ", "okay so it's ", "right ", "um "]), V(spoken, "CARD_NUMBER"),
                           R.choice(["", " and that's a " + R.choice(["visa", "debit card", "mastercard"])])])],
         f"call/{ind}: card read digit by digit with double/triple and zero variants")


def p_card_call_split(ind):
    c = make_card()
    uk = R.random() < 0.5
    groups = group_card(c).split()
    turns = [(A, ["okay whenever you're ready with the card number"])]
    bcs = ["mhm", "yep", "okay go on", "uh huh", "yes", "got that"]
    for i, g in enumerate(groups):
        pre = R.choice(["", "", "um ", "right "]) if i == 0 else R.choice(["", "", "then "])
        sp = say_pairs(g, uk) if R.random() < 0.35 else say_digits(g, uk)
        turns.append((C, [pre, V(sp, "CARD_NUMBER", "c", c)]))
        if i < len(groups) - 1:
            turns.append((A, [R.choice(bcs)]))
    case("positive", turns, f"call/{ind}: card split over customer turns with back-channels, some pairs")


def p_card_chat(ind):
    c = make_card()
    cut = sorted(R.sample(range(2, len(c) - 1), 3))
    odd = c[:cut[0]] + " " + c[cut[0]:cut[1]] + " " + c[cut[1]:cut[2]] + " " + c[cut[2]:]
    form = R.choice([group_card(c, " "), group_card(c, "-"), c, group_card(c, "  "), group_card(c, "."), odd])
    cv = "".join(R.choice("0123456789") for _ in range(4 if len(c) == 15 else 3))
    m, y = exp_pair()
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y), "%02d%02d" % (m, y), "%02d / %02d" % (m, y)])
    order = "%d" % R.randint(100000, 9999999)
    case("positive", [(C, ["hi i want to pay the outstanding £%d.%02d on order %s " % (R.randint(5, 300), R.randint(0, 99), order)]),
                      (A, ["Sure, please type the card details below."]),
                      (C, [R.choice(["card ", "Card no: ", "number is ", "its "]), V(form, "CARD_NUMBER"),
                           R.choice([" exp ", " expiry ", ", expires ", " valid till "]), V(exp, "EXPIRY"),
                           R.choice([" cvv ", " sec code ", " and the 3 digits on back are ", " cvc "]), V(cv, "CVV")])],
         f"chat/{ind}: card, expiry and cvv typed in one message next to order number and amount")


def p_card_correction(ind):
    c = make_card()
    g = group_card(c).split()
    wrong = g[-1][:-1] + str((int(g[-1][-1]) + 3) % 10)
    first = " ".join(say_digits(x) for x in g[:-1])
    case("positive", [(A, ["go ahead with the card number"]),
                      (C, [V(first, "CARD_NUMBER", "c", c), " ", V(say_digits(wrong, repeats=False), "CARD_NUMBER", "w", validate=False),
                           " no sorry sorry that's wrong the last bit is ", V(say_digits(g[-1]), "CARD_NUMBER", "c", c)]),
                      (A, ["okay no problem"])],
         f"call/{ind}: card with self-corrected last group; wrong group labelled too")


def p_card_readback(ind):
    c = make_card()
    cs = say_digits(c, repeats=False)
    last4 = c[-4:]
    case("positive", [(C, ["it's ", V(cs, "CARD_NUMBER")]),
                      (A, ["let me read that back ", V(" ".join(say_digits(x, repeats=False) for x in group_card(c).split()), "CARD_NUMBER"), " is that right"]),
                      (C, ["yes that's it"]),
                      (A, ["lovely and the amount today is ", R.choice(["forty two pounds fifty", "a hundred and twelve euro", "sixty dollars"])])],
         f"call/{ind}: card read by customer then read back by agent, amount afterwards is not PII")


def p_cvv_expiry_call(ind):
    m, y = exp_pair()
    cv = "".join(R.choice("0123456789") for _ in range(R.choice([3, 3, 4])))
    case("positive", [(A, ["and the expiry date on the card"]),
                      (C, [R.choice(["it's ", "uh ", "", "expires "]), V(say_expiry(m, y), "EXPIRY")]),
                      (A, ["and the " + R.choice(["three digit security code on the back", "security code", "cvv", "c v v"])]),
                      (C, [R.choice(["", "um ", "that's ", "hang on it's "]), V(say_digits(cv), "CVV")])],
         f"call/{ind}: expiry and security code in separate turns")


def p_cvv_expiry_same(ind):
    m, y = exp_pair()
    cv = "".join(R.choice("0123456789") for _ in range(3))
    case("positive", [(A, ["i just need the expiry and the code on the back"]),
                      (C, ["expiry is ", V(say_expiry(m, y), "EXPIRY"), " and the code is ", V(say_pairs(cv[:2]) + " " + say_digits(cv[2]) if R.random() < 0.3 and cv[1] != "0" else say_digits(cv), "CVV")])],
         f"call/{ind}: expiry and cvv together in one turn")


def p_ssn_call(ind):
    s = make_ssn()
    style = R.choice(["digits", "groups", "split"])
    if style == "split":
        turns = [(A, ["can you verify the social security number on the account"]),
                 (C, ["sure ", V(say_digits(s[:3]), "SSN", "s", s)]), (A, [R.choice(["mhm", "okay", "go on"])]),
                 (C, [V(say_digits(s[3:5]), "SSN", "s", s)]), (A, [R.choice(["yep", "uh huh"])]),
                 (C, [V(say_digits(s[5:]), "SSN", "s", s)])]
    else:
        sp = say_digits(s) if style == "digits" else " ".join(say_digits(x) for x in (s[:3], s[3:5], s[5:]))
        turns = [(A, ["for security can i get your " + R.choice(["social", "social security number", "ssn", "full social"])]),
                 (C, [R.choice(["yeah it's ", "", "okay ", "uh it's "]), V(sp, "SSN")])]
    case("positive", turns, f"call/{ind}: us ssn spoken ({style})")


def p_ssn_chat(ind):
    s = make_ssn()
    form = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s.%s.%s" % (s[:3], s[3:5], s[5:])])
    claim = R.randint(10000000, 99999999)
    case("positive", [(A, ["To verify your identity please provide your SSN and ZIP code."]),
                      (C, [R.choice(["ssn ", "SSN: ", "my social is ", "Its "]), V(form, "SSN"), R.choice([" zip ", ", zip code ", " and "]),
                           V(make_zip(), "POSTCODE"), ". claim #%d" % claim])],
         f"chat/{ind}: ssn and zip typed with claim number nearby (unlabelled)")


def p_ssn_last4_plus_full(ind):
    s = make_ssn()
    while s[1] == "0":
        s = make_ssn()
    case("positive", [(A, ["i can see the account was opened in twenty nineteen can you confirm your social"]),
                      (C, ["the whole thing", ]),
                      (A, ["yes please the full nine digits"]),
                      (C, ["okay ", V(say_pairs(s[:2]) + " " + say_digits(s[2:5]) + " " + say_pairs(s[5:7]) + " " + say_pairs(s[7:]), "SSN")])],
         f"call/{ind}: ssn read in mixed pairs and digits, year nearby not PII")


def ni_spoken(n: str) -> str:
    ls = R.choice(["plain", "nato", "as"])
    a = say_letter(n[0], ls) + " " + say_letter(n[1], ls)
    d = n[2:8]
    ds = R.choice([say_digits(d, uk=True), say_pairs(d, uk=True), " ".join(say_digits(d[i:i + 2], uk=True) for i in range(0, 6, 2))])
    return a + " " + ds + " " + say_letter(n[8], ls)


def p_ni_call(ind):
    n = make_ni()
    case("positive", [(A, ["can i take your national insurance number please"]),
                      (C, [R.choice(["yeah it's ", "it's ", "um ", "right "]), V(ni_spoken(n), "NI_NUMBER")]),
                      (A, ["thank you"])],
         f"call/{ind}: uk ni number spoken with letter spelling")


def p_ni_call_split(ind):
    n = make_ni()
    case("positive", [(A, ["and your n i number"]),
                      (C, [V(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato"), "NI_NUMBER", "n", n)]),
                      (A, ["yep"]),
                      (C, [V(say_digits(n[2:5], uk=True), "NI_NUMBER", "n", n)]),
                      (A, ["mhm"]),
                      (C, [V(say_digits(n[5:8], uk=True), "NI_NUMBER", "n", n), " and then ", V(say_letter(n[8], "plain"), "NI_NUMBER", "n", n)])],
         f"call/{ind}: ni number split over turns, final letter after 'and then'")


def p_ni_chat(ind):
    n = make_ni()
    form = R.choice([n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s" % (n[:2], n[2:8], n[8])])
    case("positive", [(A, ["Hello, to check your entitlement I need your National Insurance number."]),
                      (C, [R.choice(["ni no ", "NINO: ", "its ", "my NI is "]), V(form, "NI_NUMBER"), R.choice([" thanks", "", ". I started the job on 3rd March", " and I pay £%d a month" % R.randint(40, 300)])])],
         f"chat/{ind}: ni number typed in varied case/separators")


def p_bank_uk(ind):
    acc = "".join(R.choice("0123456789") for _ in range(8))
    sc = "%02d" % R.randint(10, 99) + "".join(R.choice("0123456789") for _ in range(4))
    if R.random() < 0.5:
        scs = R.choice([say_pairs(sc, uk=True), say_digits(sc, uk=True), " ".join(say_digits(sc[i:i + 2], uk=True) for i in (0, 2, 4))])
        turns = [(A, ["what's the sort code and account number for the direct debit"]),
                 (C, ["sort code ", V(scs, "SORT_CODE")]), (A, ["okay"]),
                 (C, ["account number ", V(say_digits(acc, uk=True), "BANK_ACCOUNT")])]
        note = "call"
    else:
        turns = [(A, ["Please send the sort code and account number for the refund."]),
                 (C, [R.choice(["sort code ", "SC: ", "sort "]), V(R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])]), "SORT_CODE"),
                      R.choice([" acc ", ", a/c no. ", " account "]), V(acc, "BANK_ACCOUNT")])]
        note = "chat"
    case("positive", turns, f"{note}/{ind}: uk sort code and 8-digit account")


def p_bank_us(ind):
    acc = "".join(R.choice("0123456789") for _ in range(R.choice([10, 11, 12])))
    case("positive", [(A, ["and what's the checking account number you want the payment to come out of"]),
                      (C, ["it's ", V(say_digits(acc), "BANK_ACCOUNT"), R.choice([" at chase", "", " that's a savings account actually"])]),
                      (A, ["and the payment amount is one hundred forty dollars due on the fifteenth correct"]),
                      (C, ["yes"])],
         f"call/{ind}: us bank account spoken, amount and due date after are not PII")


def iban_spoken(ib: str) -> str:
    out = []
    for i in range(0, len(ib), 4):
        out.append(say_alnum(ib[i:i + 4], letter_style=R.choice(["plain", "nato"])))
    return " ".join(out)


def p_iban(ind):
    ib = make_iban()
    if R.random() < 0.5:
        form = R.choice([group4(ib), ib, group4(ib).lower(), ib[:2].lower() + ib[2:]])
        turns = [(C, ["Can you refund to my bank? " + R.choice(["IBAN ", "iban: ", "my iban is "]), V(form, "IBAN"),
                      R.choice([" ref 4471", " thanks", ". The fee was €35"])])]
        note = "chat"
    else:
        turns = [(A, ["could you give me the iban please"]),
                 (C, ["okay it's ", V(iban_spoken(ib), "IBAN")]), (A, ["grand thanks"])]
        note = "call"
    case("positive", turns, f"{note}/{ind}: iban {ib[:2]}")


def p_iban_split(ind):
    ib = make_iban()
    parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mid = len(parts) // 2
    case("positive", [(A, ["go ahead with the iban"]),
                      (C, [V(say_alnum("".join(parts[:mid]), letter_style="nato"), "IBAN", "i", ib)]),
                      (A, ["yes"]),
                      (C, [V(say_alnum("".join(parts[mid:])), "IBAN", "i", ib)])],
         f"call/{ind}: iban split over two customer turns")


def phone_spoken(x: str, ctry: str) -> str:
    uk = ctry != "us"
    if x.startswith("44"):
        return "plus four four " + say_digits(x[2:], uk)
    if x.startswith("353"):
        return "plus three five three " + say_digits(x[3:], uk)
    if x.startswith("1") and len(x) == 11:
        return "plus one " + say_digits(x[1:])
    if ctry == "us" and R.random() < 0.4:
        return say_digits(x[:3]) + " " + say_digits(x[3:6]) + " " + say_pairs(x[6:])
    return say_digits(x, uk)


def p_phone_call(ind):
    x, t, ctry = make_phone()
    case("positive", [(A, ["what's the best number to reach you on"]),
                      (C, [R.choice(["it's ", "my mobile is ", "uh ", "you can get me on "]), V(phone_spoken(x, ctry), "PHONE"),
                           R.choice(["", " after five o'clock", " any time before six"])])],
         f"call/{ind}: {ctry} phone spoken, time after it not PII")


def p_phone_chat(ind):
    x, t, ctry = make_phone()
    case("positive", [(A, ["Can we have a contact number for the engineer?"]),
                      (C, [R.choice(["", "sure ", "yes "]), V(t, "PHONE"), R.choice(["", " - evenings best", " (mobile)", ". Ticket 55120"])])],
         f"chat/{ind}: {ctry} phone typed")


def p_phone_split_correction(ind):
    x, t, ctry = make_phone()
    x2 = x[:-2] + x[-1] + x[-2] if x[-1] != x[-2] else x[:-1] + str((int(x[-1]) + 1) % 10)
    half = len(x) // 2
    uk = ctry != "us"
    case("positive", [(A, ["and a contact number"]),
                      (C, [V(say_digits(x[:half], uk), "PHONE", "p", x)]),
                      (A, ["okay"]),
                      (C, [V(say_digits(x2[half:], uk), "PHONE", "w", validate=False), " no wait hang on ", V(say_digits(x[half:], uk), "PHONE", "p", x)]),
                      (A, ["okay got that thanks"])],
         f"call/{ind}: phone split across turns with self-correction of second half (all readings labelled)")


def p_email_call(ind):
    typed, sp = make_email()
    case("positive", [(A, ["and an email address for the confirmation"]),
                      (C, [R.choice(["yeah it's ", "it's ", "um "]), V(sp, "EMAIL"), R.choice(["", " all lower case", " and that's all one word"])])],
         f"call/{ind}: email spoken with dot/at")


def p_email_chat(ind):
    typed, sp = make_email()
    case("positive", [(C, [R.choice(["pls send the invoice to ", "my email is ", "email: ", "contact me at "]), V(typed, "EMAIL"),
                           R.choice(["", " thx", ". booking ref ABX42", "!!"])])],
         f"chat/{ind}: typed email")


def dob_spoken(d, m, y):
    return R.choice([f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}",
                     f"{MONTHS[m - 1]} {ordinal(d)} {say_year(y)}",
                     f"{say_pair('%02d' % d)} {say_pair('%02d' % m)} {say_pair('%02d' % (y % 100))}",
                     f"{ordinal(d)} {MONTHS[m - 1]} {say_pair('%02d' % (y % 100))}"])


def p_dob_call(ind):
    d, m, y = make_dob()
    case("positive", [(A, ["can you confirm your date of birth"]),
                      (C, [R.choice(["yeah it's ", "", "uh ", "it's "]), V(dob_spoken(d, m, y), "DOB")]),
                      (A, ["thank you and i see your renewal is due on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS)])],
         f"call/{ind}: dob spoken, renewal date afterwards is not a dob")


def p_dob_chat(ind):
    d, m, y = make_dob()
    form = R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)])
    case("positive", [(A, ["Please confirm your full name and date of birth."]),
                      (C, [R.choice(["Sean Walsh, ", "dob ", "born ", "DOB: "]), V(form, "DOB"), R.choice(["", ". appt on the 14th", " - I'm 3 months behind on payments"])])],
         f"chat/{ind}: typed dob")


def p_address_uk(ind):
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    pc = make_uk_postcode()
    town = R.choice(TOWNS_UK)
    if R.random() < 0.5:
        addr = R.choice([f"{num} {st.title()}", f"Flat {R.randint(1, 12)}, {num} {st.title()}", f"{num} {st}"])
        turns = [(A, ["What's the delivery address?"]),
                 (C, [V(addr, "ADDRESS"), ", " + town.title() + ", ", V(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")])]
        note = "chat"
    else:
        numsp = R.choice([say_digits(str(num)), say_pairs(str(num)) if num < 100 else say_digits(str(num))])
        addr = f"{numsp} {st}"
        turns = [(A, ["can i take the first line of the address and the postcode"]),
                 (C, [R.choice(["it's ", "", "um "]), V(addr, "ADDRESS"), " in " + town]),
                 (A, ["and the postcode"]),
                 (C, [V(say_alnum(pc, letter_style=R.choice(["plain", "nato", "as"])), "POSTCODE")])]
        note = "call"
    case("positive", turns, f"{note}/{ind}: uk street address and postcode")


def p_address_us(ind):
    num = R.randint(10, 9800)
    st = R.choice(STREETS)
    z = make_zip()
    town = R.choice(TOWNS_US)
    if R.random() < 0.5:
        turns = [(C, ["ship it to ", V(f"{num} {st.title()}" + R.choice(["", " Apt %d" % R.randint(2, 40)]), "ADDRESS"), f", {town.title()} ", V(z, "POSTCODE")])]
        note = "chat"
    else:
        ns = str(num)
        numsp = say_pairs(ns) if len(ns) % 2 == 0 else say_digits(ns)
        zs = say_digits(z.replace("-", "")[:5])
        turns = [(A, ["what's the service address"]),
                 (C, [V(f"{numsp} {st}", "ADDRESS"), f" {town} ", V(zs, "POSTCODE")])]
        note = "call"
    case("positive", turns, f"{note}/{ind}: us address and zip")


def p_mixed_kyc(ind):
    d, m, y = make_dob()
    n = make_ni()
    x, t, ctry = make_phone()
    case("positive", [(A, ["right i'll just need to run through security date of birth first"]),
                      (C, [V(dob_spoken(d, m, y), "DOB"), " and i'm ", say_pair(str(R.randint(20, 80))), " now if that helps"]),
                      (A, ["and your national insurance number"]),
                      (C, [V(ni_spoken(n), "NI_NUMBER"), " and my number's changed as well it's now ", V(phone_spoken(x, "uk"), "PHONE")])],
         f"call/{ind}: several pii values, age (not PII) stated beside dob")


def asr_noise(words: str) -> str:
    """Homophones and fillers an ASR would produce inside a digit reading."""
    out = []
    for w in words.split():
        if w == "two" and R.random() < 0.5:
            w = R.choice(["to", "too"])
        elif w == "eight" and R.random() < 0.3:
            w = "ate"
        out.append(w)
        if w in ONES and R.random() < 0.08:
            out.append(R.choice(["um", "uh", "er"]))
    while out and out[-1] in ("um", "uh", "er"):
        out.pop()
    return " ".join(out)


def p_card_asr_noisy(ind):
    c = make_card()
    while "2" not in c and "8" not in c:
        c = make_card()
    words = " ".join(say_digits(g, repeats=R.random() < 0.5) for g in group_card(c).split())
    case("positive", [(A, ["thanks and the card number please when you're ready"]),
                      (C, ["yeah hang on the dog's going mad um right it's ", V(asr_noise(words), "CARD_NUMBER", "c", c)]),
                      (A, ["thank you and that's for the " + R.choice(["twenty nine ninety nine", "forty five pound", "one hundred and five euro"]) + " payment yeah"])],
         f"call/{ind}: card with asr homophones (to/too/ate) and fillers inside, amount after")


def p_two_values_chat(ind):
    typed, sp = make_email()
    x, t, ctry = make_phone()
    sep = R.choice([" or ", " / ", ", ", " & email "])
    case("positive", [(A, ["How would you like us to contact you about the repair?"]),
                      (C, [R.choice(["either ", "call ", "Mobile "]), V(t, "PHONE"), sep, V(typed, "EMAIL"), R.choice([" pls", "", " — not before 10am"])])],
         f"chat/{ind}: phone and email in one message, time not PII")


def p_email_readback(ind):
    typed, sp = make_email()
    case("positive", [(A, ["what email should the policy documents go to"]),
                      (C, [V(sp, "EMAIL")]),
                      (A, ["so that's ", V(sp, "EMAIL"), " yeah"]),
                      (C, ["that's right yeah"])],
         f"call/{ind}: email spoken then read back by agent")


def p_postcode_confirm(ind):
    pc = make_uk_postcode()
    d, m, y = make_dob()
    case("positive", [(A, ["can i just take the postcode and date of birth for security"]),
                      (C, [V(say_alnum(pc, letter_style="nato"), "POSTCODE"), " and ", V(dob_spoken(d, m, y), "DOB")]),
                      (A, ["sorry was that ", V(say_alnum(pc, letter_style="as"), "POSTCODE")]),
                      (C, ["yes"])],
         f"call/{ind}: uk postcode and dob in one turn, agent confirms postcode with 'as in' spelling")


def p_sortcode_pairs_readback(ind):
    sc = "%02d" % R.randint(10, 99) + "".join(R.choice("0123456789") for _ in range(4))
    acc = "".join(R.choice("0123456789") for _ in range(8))
    case("positive", [(A, ["and which bank account would you like the refund paid into"]),
                      (C, ["sort code is ", V(say_pairs(sc, uk=True), "SORT_CODE"), " um and the account's ", V(say_digits(acc[:4], uk=True), "BANK_ACCOUNT", "a", acc)]),
                      (A, ["okay"]),
                      (C, [V(say_digits(acc[4:], uk=True), "BANK_ACCOUNT", "a", acc)]),
                      (A, ["so that's sort code ", V(" ".join(say_digits(sc[i:i + 2], uk=True, repeats=False) for i in (0, 2, 4)), "SORT_CODE"), " and the refund is ", R.choice(["sixty two pounds", "one hundred and twenty pounds forty", "eighteen pounds"])])],
         f"call/{ind}: sort code in pairs, account split over turns, agent reads back sort code, amount not PII")


def p_ssn_typo_chat(ind):
    s = make_ssn()
    form = R.choice(["%s - %s - %s" % (s[:3], s[3:5], s[5:]), "%s-%s%s" % (s[:3], s[3:5], s[5:]), "%s %s-%s" % (s[:3], s[3:5], s[5:])])
    case("positive", [(C, [R.choice(["hi, re my tax transcript req. ", "Medicaid billing question: ", "Hello "]), R.choice(["ssn is ", "SS# ", "social sec no "]), V(form, "SSN"),
                           R.choice([" dob ", ", born ", " & birthday "]), V("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1945, 2003)), "DOB"),
                           R.choice([", called 3 times already", " thx", ". Amount owed $%d.%02d" % (R.randint(10, 999), R.randint(0, 99))])])],
         f"chat/{ind}: ssn with odd spacing and us dob in one message")


def p_card_chitchat(ind):
    c = make_card()
    g = group_card(c).split()
    k = R.randint(1, len(g) - 1)
    chat = R.choice([" sorry i need my glasses for this ", " hang on the numbers are a bit worn ", " sorry the kids are shouting ", " um bear with me "])
    case("positive", [(A, ["and the long number across the front"]),
                      (C, [V(" ".join(say_digits(x, uk=True) for x in g[:k]), "CARD_NUMBER", "c", c), chat,
                           V(" ".join(say_digits(x, uk=True) for x in g[k:]), "CARD_NUMBER", "c", c)]),
                      (A, ["no rush and that's for " + R.choice(["three months of the bundle", "the annual premium", "two tickets"])])],
         f"call/{ind}: card reading interrupted by chit-chat inside one turn, two spans")


def p_address_ie(ind):
    num = R.randint(1, 120)
    st = R.choice(STREETS)
    town = R.choice(TOWNS_IE)
    x, t, ctry = make_phone()
    if R.random() < 0.5:
        turns = [(A, ["and what's the address for the new connection"]),
                 (C, [R.choice(["it's ", "so it's ", ""]), V(f"{say_pairs(str(num)) if num < 100 else say_digits(str(num))} {st}", "ADDRESS"), f" {town} and they're moving in on the {ordinal(R.randint(1, 28))}"])]
        note = "call"
    else:
        turns = [(C, ["New address is ", V(f"{num} {st.title()}", "ADDRESS"), f", {town.title()}, Co. {COUNTY[town]}. Moving on the {R.randint(1, 28)}th"])]
        note = "chat"
    case("positive", turns, f"{note}/{ind}: irish street address without postcode, move-in date not PII")


def p_dob_other_dates(ind):
    d, m, y = make_dob()
    case("positive", [(A, ["and just your date of birth please"]),
                      (C, [V(dob_spoken(d, m, y), "DOB"), " and the policy started on the ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " twenty twenty ", R.choice(["one", "two", "three"])]),
                      (A, ["thank you and the accident was on which date"]),
                      (C, ["the ", ordinal(R.randint(1, 28)), " of last month"])],
         f"call/{ind}: dob alongside policy start and accident dates (not PII)")


# ================================================================ negatives
def n_dates(ind):
    opts = [
        [(A, [f"your direct debit will come out on the {ordinal(R.randint(1, 28))} of every month starting {R.choice(MONTHS)}"]), (C, ["okay"])],
        [(C, [f"the contract started on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)} twenty twenty two and ends in twenty twenty four"]), (A, ["yes so you're out of contract now"])],
        [(C, [f"Delivery was booked for {R.randint(1, 28)}/{R.randint(1, 12)}/{R.randint(2023, 2026)} but nobody came"]), (A, ["Apologies, I've rebooked it for Thursday."])],
        [(A, [f"your appointment at the clinic is on {R.choice(MONTHS)} {ordinal(R.randint(1, 28))} at {R.choice(['nine fifteen', 'two thirty', 'eleven'])}"]), (C, ["can i move it to the afternoon"])],
        [(C, [f"I paid on {R.randint(1, 28)} {R.choice(['Jan', 'Feb', 'Aug', 'Nov'])} {R.randint(2022, 2025)} and it still shows overdue"]), (A, ["I can see the payment, it will update in 48 hours."])],
    ]
    case("negative", R.choice(opts), f"mixed/{ind}: dates that are not dates of birth")

def n_asr_numbers(ind):
    opts = [
        [(C, ["i paid four hundred and fifty euro last month and another two hundred on the third"]), (A, ["yes i can see both of those payments"])],
        [(A, ["the train leaves at seven forty five and arrives about ten past eleven"]), (C, ["and is that platform nine"])],
        [(C, ["i've been with you since nineteen ninety eight so over twenty five years"]), (A, ["and we really appreciate that"])],
        [(C, ["the box is on channel one oh one but sky sports is on four oh five"]), (A, ["okay i'll refresh the channels now"])],
        [(A, ["so that's a double room for two nights at one ninety nine a night"]), (C, ["and breakfast is included yeah"])],
        [(C, ["it says error code e four two on the boiler and the pressure is at one point five"]), (A, ["okay that's low i'll book an engineer"])],
        [(A, ["your new plan is thirty five pounds a month for twenty four months with a hundred gigs of data"]), (C, ["sounds good"])],
        [(C, ["the parcel weighs about twelve kilos and it's sixty by forty by forty centimetres"]), (A, ["that'll be the large parcel rate then"])],
        [(A, ["we can offer you three for two on the tyres and fitting is forty nine ninety nine"]), (C, ["okay book it for saturday at half ten"])],
        [(C, ["the fridge model is r b three eight and it's only five years old"]), (A, ["it's still under the extended warranty then"])],
        [(A, ["your prescription charge is nine pounds ninety per item and you've had six items this year"]), (C, ["maybe a prepayment certificate is cheaper"])],
        [(C, ["the reading on the gas meter is oh four seven two two point six"]), (A, ["thank you i've updated that reading"])],
        [(A, ["the claim reference is c l seven seven four one nine two"]), (C, ["got it thanks"])],
        [(C, ["i was doing about thirty in a twenty zone apparently"]), (A, ["you can appeal within twenty eight days"])],
        [(A, ["the temperature in the unit should be kept below eight degrees"]), (C, ["it was at twelve when i checked"])],
        [(C, ["my policy renews on the fourth of june twenty twenty five"]), (A, ["yes and the renewal premium is six hundred and twelve pounds"])],
    ]
    _counter["asr"] += 1
    case("negative", opts[(_counter["asr"] - 1) % len(opts)], "call/mixed: asr numbers that are not pii (amounts, times, years, channels, model, meter, reference)")


def n_chat_refs(ind):
    ref = R.randint(1000000, 9999999999)
    opts = [
        f"Hi, ticket #{ref} still open after {R.randint(2, 9)} days??",
        f"Invoice INV-{R.randint(2019, 2025)}-{R.randint(1000, 99999)} shows £{R.randint(20, 400)}.{R.randint(0, 99):02d} but I was quoted £{R.randint(20, 400)}",
        f"order no. {ref} - only {R.randint(1, 5)} of {R.randint(6, 12)} items arrived",
        f"Claim ref {ref}: the excess is €{R.choice([150, 250, 500])}, correct?",
        f"Booking ref {ref}, checking in {R.randint(1, 28)}/{R.randint(1, 12)} at {R.randint(13, 18)}:00, {R.randint(1, 4)} guests",
        f"case number {ref} - appointment moved to {R.choice(['Tues', 'Wed', 'Fri'])} {R.randint(1, 28)} {R.choice(['Jan', 'Mar', 'Oct'])} at {R.randint(8, 11)}.{R.choice(['00', '15', '30', '45'])}",
    ]
    case("negative", [(C, [R.choice(opts)]), (A, ["Thanks, let me look into that for you."])], "chat/mixed: reference numbers with their reference word, amounts, dates, times")

def n_amounts(ind):
    a = R.randint(20, 900)
    case("negative", [(A, ["your balance is currently " + R.choice([f"{say_pair(str(a)) if a < 100 else say_digits(str(a))} pounds", f"${a}.{R.randint(0, 99):02d}", f"€{a},{R.randint(10, 99)}"])]),
                      (C, [R.choice(["and how much is the minimum payment", "ok what if i pay half", "that seems high"])]),
                      (A, [f"the minimum is {R.randint(5, 60)} pounds and it's due on the {ordinal(R.randint(1, 28))}"])],
         f"call/{ind}: balances, amounts, due date")


def n_ref(ind):
    ref = "".join(R.choice("0123456789") for _ in range(R.randint(6, 10)))
    word = R.choice(["order number", "ticket number", "claim reference", "invoice number", "case number", "booking reference"])
    if R.random() < 0.5:
        case("negative", [(A, [f"do you have the {word}"]), (C, [f"yes the {word} is {say_digits(ref)}"]), (A, ["thanks i've found it"])],
             f"call/{ind}: {word} spoken digit by digit (not PII)")
    else:
        case("negative", [(C, [f"Hi, chasing {word} {ref} - no update in {R.randint(2, 14)} days"])], f"chat/{ind}: {word} typed")


def n_times(ind):
    case("negative", [(A, [f"the engineer can come on {R.choice(['monday', 'tuesday', 'the 12th', 'friday'])} between {R.randint(8, 11)} and {R.randint(12, 17) - 12 or 12} pm"]),
                      (C, [R.choice(["half nine would be better", "can it be after three thirty", "i'm out from ten till two"])]),
                      (A, [f"okay the visit takes about {R.randint(30, 90)} minutes"])],
         f"call/{ind}: appointment times and durations")


def n_flight(ind):
    fl = R.choice(["EI", "BA", "FR", "UA", "DL", "LH"]) + str(R.randint(100, 9999))
    case("negative", [(C, [f"my flight {fl} on the {R.randint(1, 28)}th was cancelled, I was in row {R.randint(1, 40)}"]),
                      (A, [f"Sorry about that. Your compensation is €{R.choice([250, 400, 600])} and it takes {R.randint(5, 21)} working days."])],
         f"chat/{ind}: flight number, seat row, compensation amount")


def n_meter(ind):
    r = R.randint(10000, 99999)
    case("negative", [(A, ["can you read me the meter reading"]),
                      (C, [f"it's {say_digits(str(r))}"]),
                      (A, [f"thanks that's {R.randint(100, 900)} units since last quarter at {R.randint(20, 35)} pence a unit"])],
         f"call/{ind}: utility meter reading and tariffs")


def n_misc(ind):
    opts = [
        [(C, [f"the router model is TP{R.randint(100, 999)}X and my speed is only {R.randint(5, 80)} mbps"]), (A, [f"That should be {R.randint(100, 500)} Mbps, I'll reset it now"])],
        [(A, [f"your contract started on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)} twenty twenty {R.choice(ONES[1:5])}"]), (C, ["and how long is left"]), (A, [f"{say_pair(str(R.randint(2, 23)))} months"])],
        [(C, [f"I'm in room {R.randint(100, 450)} and the heating is set to {R.randint(18, 26)} degrees"]), (A, ["I'll send maintenance up."])],
        [(A, [f"the rate goes up by {R.randint(2, 9)}.{R.randint(1, 9)} percent in april"]), (C, ["so roughly how much more a month"]), (A, [f"about {say_pair(str(R.randint(11, 40)))} pounds"])],
        [(C, [f"my son is {R.randint(3, 17)} and my daughter is {R.randint(3, 17)}, do they travel free?"]), (A, [f"Children under {R.choice([5, 12, 16])} travel free with an adult."])],
        [(A, [f"i can see {R.randint(2, 9)} payments of {R.randint(10, 99)} pounds in {R.randint(2015, 2024)}"]), (C, ["yeah that sounds right"])],
        [(C, [f"i've been waiting {say_pair(str(R.randint(21, 59)))} minutes on hold"]), (A, ["i do apologise we're very busy today"])],
        [(A, [f"the prescription cost is {say_digits(str(R.randint(9, 9)))} pounds ninety and you have {R.randint(2, 5)} items"]), (C, ["okay"])],
    ]
    case("negative", R.choice(opts), f"mixed/{ind}: counts, speeds, ages, percentages, contract dates")


# ================================================================ build
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def build() -> list[dict]:
    global R
    R = random.Random(SEED)
    CASES_OUT.clear(); META.clear(); _counter.clear()
    plan = [(p_card_call_one_turn, 12), (p_card_call_split, 8), (p_card_chat, 14), (p_card_correction, 4), (p_card_readback, 4),
            (p_cvv_expiry_call, 8), (p_cvv_expiry_same, 6),
            (p_ssn_call, 16), (p_ssn_chat, 12), (p_ssn_last4_plus_full, 6),
            (p_ni_call, 14), (p_ni_call_split, 5), (p_ni_chat, 12),
            (p_bank_uk, 15), (p_bank_us, 6), (p_iban, 12), (p_iban_split, 4),
            (p_phone_call, 10), (p_phone_chat, 8), (p_phone_split_correction, 4),
            (p_email_call, 8), (p_email_chat, 8), (p_dob_call, 8), (p_dob_chat, 7),
            (p_address_uk, 10), (p_address_us, 8), (p_mixed_kyc, 6),
            (p_card_asr_noisy, 8), (p_two_values_chat, 6), (p_email_readback, 5), (p_postcode_confirm, 6),
            (p_sortcode_pairs_readback, 5), (p_ssn_typo_chat, 6),
            (p_card_chitchat, 6), (p_address_ie, 6), (p_dob_other_dates, 5)]
    for fn, n in plan:
        for i in range(n):
            fn(IND[(i + len(CASES_OUT)) % len(IND)])
    nplan = [(n_amounts, 16), (n_ref, 22), (n_times, 14), (n_flight, 12), (n_meter, 12), (n_misc, 30), (n_asr_numbers, 16), (n_chat_refs, 12), (n_dates, 12)]
    for fn, n in nplan:
        for i in range(n):
            fn(IND[(i + len(CASES_OUT)) % len(IND)])
    return CASES_OUT


# ================================================================ checking
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
WORDNUM.update({"to": "2", "too": "2", "ate": "8"})
FILLER = {"um", "uh", "er", "erm", "and", "then", "slash", "plus", "thousand", "hang", "on"}


def normalise(text: str) -> str:
    """Spoken/typed value -> compact upper-case alphanumerics."""
    if any(ch.isdigit() for ch in text) or "@" in text:
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) [a-z][a-z\-]*", r"\1", t)
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if w == "double" else 3))
            i += 2
            continue
        if w in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and WORDNUM[toks[i + 1]] != "0" and toks[i + 1] not in ("oh", "o", "nought", "zero"):
                out.append(TENNUM[w] + WORDNUM[toks[i + 1]])
                i += 2
                continue
            out.append(TENNUM[w] + "0")
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in WORDNUM:
            out.append(WORDNUM[w])
        elif w.isdigit():
            out.append(w)
        elif len(w) == 1:
            out.append(w.upper())
        elif w in FILLER:
            pass
        else:
            out.append("<" + w + ">")
        i += 1
    return "".join(out)


STREET_WORDS = ("avenue", "road", "street", "grove", "lane", "terrace", "close", "drive", "way",
                "crescent", "court", "view", "walk", "square")


def validate(typ: str, raw: str, n: str) -> str | None:
    low = raw.lower()
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card"
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv"
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS):
            rest = re.sub(r"<[a-z]+>", "", n)
            return None if rest.isdigit() and len(rest) in (2, 4) else "bad expiry"
        if not n.isdigit() or len(n) not in (3, 4, 6):
            return "bad expiry"
        mm = int(n[:-2] if len(n) != 6 else n[:2])
        return None if 1 <= mm <= 12 else "bad expiry month"
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" else "bad ssn"
    if typ == "NI_NUMBER":
        return None if ni_re_ok(n) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 17 else "bad account"
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort code"
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban"
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 14 else "bad phone"
    if typ == "EMAIL":
        if re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[a-z]{2,}", raw):
            return None
        return None if " at " in low and " dot " in low and "@" not in low else "bad email"
    if typ == "DOB":
        if any(m in low or m[:3] in low for m in MONTHS):
            return None
        return None if n.isdigit() and 6 <= len(n) <= 8 else "bad dob"
    if typ == "POSTCODE":
        return None if uk_pc_ok(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else "bad postcode"
    if typ == "ADDRESS":
        ok = any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS) and (low[0].isdigit() or low.split()[0] in WORDNUM or low.split()[0] in TENNUM or low.split()[0] in TEENNUM or low.split()[0] in ("flat", "double", "triple"))
        return None if ok else "bad address"
    return "unknown type"


def render(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    tc = Counter(s["type"] for c in cases for s in c["spans"])
    kc = Counter(c["kind"] for c in cases)
    return tc, kc


def check(cases: list[dict]) -> list[str]:
    errs = []
    ids = Counter(c["id"] for c in cases)
    errs += ["duplicate id %s" % i for i, k in ids.items() if k > 1]
    for c, groups in zip(cases, META):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                errs.append(f"{cid}: bad turn")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(f"{cid}: turn out of range"); continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{cid}: offsets out of range"); continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append(f"{cid}: span not on word boundary: {txt[st:en]!r}")
            if txt[st].isspace() or txt[en - 1].isspace() or not txt[en - 1].isalnum():
                errs.append(f"{cid}: span edge whitespace/punct: {txt[st:en]!r}")
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        for g in groups:
            pieces = [c["turns"][c["spans"][k]["turn"]]["text"][c["spans"][k]["start"]:c["spans"][k]["end"]] for k in g["spans"]]
            raw = " ".join(pieces)
            n = "".join(normalise(x) for x in pieces)
            if not g["validate"]:
                if not re.fullmatch(r"[0-9A-Z]+", n):
                    errs.append(f"{cid}: partial value not alnum: {raw!r} -> {n}")
                continue
            e = validate(g["type"], raw, n)
            if e:
                errs.append(f"{cid}: {e}: {raw!r} -> {n}")
            if g["canon"] is not None and n != g["canon"].replace(" ", ""):
                errs.append(f"{cid}: value mismatch {n} != {g['canon']}")
    tc, kc = counts(cases)
    if kc["positive"] < 170 or kc["negative"] < 100:
        errs.append(f"too few cases: {dict(kc)}")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc[t] < need:
            errs.append(f"type {t} has {tc[t]} spans < {need}")
    return errs


def readme(cases) -> str:
    tc, kc = counts(cases)
    rows = "\n".join(f"| {t} | {tc[t]} |" for t in TYPES)
    return f"""# pii_holdout19 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it
was not developed against. Do not add its cases to training data, rule tests, or
threshold sweeps, and do not look at individual failures to adjust rules.

## Provenance

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its documentation, or any other PII fixture; the only data
seen was a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout19.py` (standard library only) from template functions; every
turn is assembled from plain-text segments and (value, TYPE) segments so offsets are
computed, never typed. All values come from one `random.Random({SEED})`, so the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout19.py --check` regenerates the
set and verifies identity, unique ids, offsets, word boundaries, non-overlap, and value
validity after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,
9-digit SSN, 6-digit sort code, digit counts for CVV / phone / account, postcode shapes).

## Contents

- {kc['positive']} positive cases, {kc['negative']} negative cases.
- Channels: chat (typed; varied separators, case, punctuation) and phone calls in ASR
  style (lower case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple",
  digit pairs like "forty one", spelled letters "b for bravo" / "b as in bertie",
  e-mails as "j dot doe at gmail dot com").
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
  government services; US, UK, Ireland and EU values (IBANs GB/IE/DE/FR/NL/ES).

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers exactly the value: from its first to its last character, including
  internal separators, spoken filler between groups, "double"/"triple", "for bravo"-style
  letter spellings and "plus" in "plus four four ...". Lead-ins ("it's", "my number is",
  "sort code") and trailing words are outside.
- ASR noise inside a reading is inside the span: homophones ("to"/"too" for two,
  "ate" for eight) and fillers ("um", "uh") between digits. When the customer breaks off
  mid-reading for chit-chat ("sorry i need my glasses for this"), the two fragments are
  two spans and the chit-chat is outside.
- A value split over several customer turns is labelled in every turn (one span per
  fragment). An agent read-back of a full value is labelled too.
- Self-corrections: both the wrong and the corrected readings are labelled; the words
  of the correction itself ("no sorry") are outside.
- CARD_NUMBER, SSN, NI_NUMBER, IBAN, BANK_ACCOUNT, SORT_CODE, PHONE: the digits/letters.
  EXPIRY: month and year ("oh nine twenty seven", "09/27", "march twenty eight").
  DOB: the whole date phrase ("the third of may nineteen eighty six").
  ADDRESS: house/flat number plus street name only; town is outside; the postcode / ZIP
  is its own POSTCODE span. Irish addresses appear without an Eircode.
- Unlabelled numbers inside positive cases (amounts, ages, years, order/claim numbers,
  times, renewal dates) are intentionally not PII.
- Negative cases contain no PII at all; anything redacted there counts as a failure.
  They contain money, balances, times, durations, counts, percentages, ages,
  temperatures, non-birth dates, reference/order/ticket/claim numbers said with their
  reference word, flight numbers, room numbers, model numbers, meter readings, speeds.
"""


def main() -> int:
    cases = build()
    text = render(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        errs = check(cases)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        tc, kc = counts(cases)
        print(f"cases: {len(cases)} ({kc['positive']} positive, {kc['negative']} negative)")
        for t in TYPES:
            print(f"  {t:13s} {tc[t]}")
        for e in errs:
            print("ERROR:", e)
        print("check FAILED" if errs else "check OK")
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print(f"wrote {len(cases)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
