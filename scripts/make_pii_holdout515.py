#!/usr/bin/env python3
"""Generate the pii_holdout515 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout515.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout515.py --check  # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout515", "cases.jsonl")

rng = random.Random(515241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builders
# A turn is (speaker, [segments]); a segment is a str (plain text) or a tuple
# (value_text, TYPE) or (value_text, TYPE, group_key).  Spans sharing a group
# key within a case are parts of one value split across turns; they are
# validated together (in order) by --check.


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


def V(text, typ, group=None):
    return (text, typ, group)


def build_case(cid, kind, note, turns):
    out_turns, spans, groups = [], [], []
    auto = 0
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                grp = s[2] if len(s) > 2 and s[2] is not None else None
                if grp is None:
                    auto += 1
                    grp = "_auto%d" % auto
                # convention: span runs from first letter/digit to last one
                lead = len(val) - len(val.lstrip("+(-[ "))
                trail = len(val) - len(val.rstrip(")]. "))
                text += val[:lead]
                core = val[lead:len(val) - trail]
                start = len(text)
                text += core
                end_ = len(text)
                text += val[len(val) - trail:]
                spans.append({"turn": ti, "start": start, "end": end_, "type": typ})
                groups.append(grp)
        out_turns.append({"speaker": speaker, "text": text})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, groups


# ---------------------------------------------------------------- spoken numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "erm", "er", "uhm"]


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


def zero_word(z):
    return z


def say_digits(s, chunks=None, pairs=0.3, hundreds=0.12, doubles=0.6, filler=0.0,
               zero=None, seps=(" ", ", ", " ", "... ")):
    """Speak a digit string the way a caller would."""
    if zero is None:
        zero = rng.choice(["zero", "oh", "oh", "o", "nought"])
    if chunks is None:
        chunks = []
        i = 0
        while i < len(s):
            k = rng.choice([2, 3, 4, 4])
            chunks.append(k)
            i += k
    parts = []
    i = 0
    for k in chunks:
        ch = s[i:i + k]
        i += k
        if not ch:
            continue
        words = None
        if len(ch) == 3 and ch[0] != "0" and rng.random() < hundreds:
            x = int(ch[1:])
            if x == 0:
                words = UNITS[int(ch[0])] + " hundred"
            elif x % 10 != 0 or x == 10:
                words = UNITS[int(ch[0])] + " hundred and " + num_words(x)
        if words is None and len(ch) == 2 and ch[0] != "0" and (ch[1] != "0" or ch[0] == "1") \
                and rng.random() < pairs:
            words = num_words(int(ch))
        if words is None and len(ch) == 4 and ch[0] != "0" and ch[2] != "0" \
                and (ch[1] != "0" or ch[0] == "1") and (ch[3] != "0" or ch[2] == "1") \
                and rng.random() < pairs:
            words = num_words(int(ch[:2])) + " " + num_words(int(ch[2:]))
        if words is None:
            w = []
            j = 0
            while j < len(ch):
                d = ch[j]
                run = 1
                while j + run < len(ch) and ch[j + run] == d and run < 3:
                    run += 1
                dw = zero if d == "0" else UNITS[int(d)]
                if run == 3 and rng.random() < doubles:
                    w.append("triple " + dw)
                    j += 3
                elif run >= 2 and rng.random() < doubles:
                    w.append("double " + dw)
                    j += 2
                else:
                    w.append(dw)
                    j += 1
            words = " ".join(w)
        parts.append(words)
    out = parts[0]
    for p in parts[1:]:
        if filler and rng.random() < filler:
            out += " " + rng.choice(FILLERS) + rng.choice([" ", "... ", ", "]) + p
        else:
            out += rng.choice(seps) + p
    return out


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT_AS = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "h": "harry",
          "j": "john", "k": "king", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
          "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
          "g": "george", "l": "london", "x": "x-ray"}


def say_letter(c, mode):
    c = c.lower()
    if mode == "plain":
        return c
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return c + " for " + (ALT_AS.get(c) or NATO[c])
    if mode == "asin":
        return c + " as in " + NATO[c]
    return c


# ---------------------------------------------------------------- normaliser
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN_VAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_VAL = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
NATO_REV["whisky"] = "w"
FILLER_SET = set(FILLERS) | {"hmm", "ah", "slash"}


def tokens_of(text):
    return re.findall(r"[A-Za-z]+|\d+", text.replace("x-ray", "xray").replace("X-ray", "xray"))


def spoken_norm(text):
    """Normalise a spoken/typed alphanumeric reading into compact uppercase form."""
    toks = tokens_of(text)
    out = []
    i = 0
    n = len(toks)

    def small_number(j):
        # parse number < 100 starting at j; returns (string, next_index)
        t = toks[j].lower()
        if t in TEEN_VAL:
            return TEEN_VAL[t], j + 1
        if t in TENS_VAL:
            if j + 1 < n and toks[j + 1].lower() in WORD_DIGIT and toks[j + 1].lower() not in ("zero", "oh", "o", "nought", "nil"):
                return TENS_VAL[t] + WORD_DIGIT[toks[j + 1].lower()], j + 2
            return TENS_VAL[t] + "0", j + 1
        if t in WORD_DIGIT:
            return "0" + WORD_DIGIT[t], j + 1
        raise ValueError("bad number after 'and': %r" % t)

    while i < n:
        raw = toks[i]
        t = raw.lower()
        nxt = toks[i + 1].lower() if i + 1 < n else None
        if t in FILLER_SET:
            i += 1
            continue
        if raw.isdigit():
            out.append(raw)
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            if nxt in WORD_DIGIT:
                out.append(WORD_DIGIT[nxt] * rep)
            elif len(nxt) == 1:
                out.append(nxt.upper() * rep)
            elif nxt in NATO_REV:
                out.append(NATO_REV[nxt].upper() * rep)
            else:
                raise ValueError("bad double")
            i += 2
            continue
        if len(t) == 1 and nxt == "for" and i + 2 < n:
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and nxt == "as" and i + 3 < n and toks[i + 2].lower() == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in WORD_DIGIT:
            d = WORD_DIGIT[t]
            if nxt == "hundred":
                if i + 2 < n and toks[i + 2].lower() == "and":
                    s, j = small_number(i + 3)
                    out.append(d + s)
                    i = j
                else:
                    out.append(d + "00")
                    i += 2
                continue
            out.append(d)
            i += 1
            continue
        if t in TEEN_VAL:
            out.append(TEEN_VAL[t])
            i += 1
            continue
        if t in TENS_VAL:
            s, j = small_number(i)
            out.append(s)
            i = j
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
            continue
        out.append(raw.upper())
        i += 1
    return "".join(out)


def digits_only(text):
    s = spoken_norm(text)
    if not s.isdigit():
        raise ValueError("non-digit content %r -> %r" % (text, s))
    return s


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS]


def email_norm(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\s*[\[\(\{]\s*at\s*[\]\)\}]\s*", "@", t)
    t = re.sub(r"\s*[\[\(\{]\s*dot\s*[\]\)\}]\s*", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    t = re.sub(r"\b(um|uh|er|erm)\b", "", t)
    return re.sub(r"\s+", "", t)


def has_month(text):
    low = text.lower()
    return any(re.search(r"\b" + m, low) for m in MON_ABBR)


def validate(typ, text):
    """Return None if the (joined) value is valid for its type, else a reason."""
    try:
        if typ == "CARD_NUMBER":
            d = digits_only(text)
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "card %s" % d
        if typ == "CVV":
            d = digits_only(text)
            return None if len(d) in (3, 4) else "cvv %s" % d
        if typ == "SSN":
            d = digits_only(text)
            ok = len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
            return None if ok else "ssn %s" % d
        if typ == "NI_NUMBER":
            s = spoken_norm(text)
            return None if NI_RE.fullmatch(s) else "ni %s" % s
        if typ == "SORT_CODE":
            d = digits_only(text)
            return None if len(d) == 6 else "sort %s" % d
        if typ == "BANK_ACCOUNT":
            d = digits_only(text)
            return None if 7 <= len(d) <= 12 else "acct %s" % d
        if typ == "IBAN":
            s = spoken_norm(text)
            return None if iban_ok(s) else "iban %s" % s
        if typ == "PHONE":
            d = digits_only(re.sub(r"(?i)\bplus\b", " ", text))
            if d.startswith("00"):
                d = d[2:]
            return None if 10 <= len(d) <= 13 else "phone %s" % d
        if typ == "EMAIL":
            e = email_norm(text)
            return None if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "email %s" % e
        if typ == "POSTCODE":
            s = spoken_norm(text)
            if UK_PC_RE.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s):
                return None
            return "postcode %s" % s
        if typ == "ADDRESS":
            ok = re.match(r"(?i)(flat|apt\.?|apartment|unit|suite|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", text)
            suf = re.search(r"(?i)\b(street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|crescent|court|place|terrace|grove|gardens|boulevard|blvd|row|square|parade|mews|hill|walk)\b", text)
            return None if ok and suf else "address %r" % text
        if typ == "DOB":
            if has_month(text) or re.fullmatch(r"\d{1,2}[/.\- ]\d{1,2}[/.\- ]\d{2,4}|\d{4}-\d{2}-\d{2}", text):
                return None
            return "dob %r" % text
        if typ == "EXPIRY":
            if has_month(text):
                return None
            m = re.fullmatch(r"(\d{1,2})\s*[/\-. ]\s*(\d{2}|\d{4})", text)
            if m:
                return None if 1 <= int(m.group(1)) <= 12 else "exp %r" % text
            d = digits_only(text)
            if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12:
                return None
            return "exp %r" % text
    except ValueError as e:
        return "%s: %s" % (typ, e)
    return "unknown type %s" % typ


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    r = rng.random()
    if r < 0.45:
        return luhn_complete("4" + rng.choice(["539", "929", "111", "485", "716", "024", "658"]), 16), "visa"
    if r < 0.70:
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), "mc"
    if r < 0.82:
        return luhn_complete(rng.choice(["34", "37"]), 15), "amex"
    if r < 0.90:
        return luhn_complete("6011", 16), "disc"
    if r < 0.95:
        return luhn_complete("4", 13), "visa13"
    return luhn_complete(rng.choice(["4", "6304", "6759"]), 19), "long"


def group_card(num, kind, sep=" "):
    if kind == "amex":
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def card_chunks(num, kind):
    if kind == "amex":
        return [4, 6, 5]
    return [4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else [])


def card_typed(num, kind):
    r = rng.random()
    if r < 0.35:
        return group_card(num, kind, " ")
    if r < 0.55:
        return group_card(num, kind, "-")
    if r < 0.70:
        return num
    if r < 0.78:
        return group_card(num, kind, ".")
    if r < 0.86:
        return group_card(num, kind, "  ")
    if r < 0.93:
        return num[:8] + " " + num[8:]
    return group_card(num, kind, " - ")


def gen_cvv(kind="visa"):
    return "".join(rng.choice("0123456789") for _ in range(4 if kind == "amex" else 3))


def gen_expiry_parts():
    return rng.randint(1, 12), rng.randint(25, 31)


def expiry_typed(m, y):
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                       "%d/%02d" % (m, y), "%02d / %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1].title()[:3], y),
                       "%02d.%02d" % (m, y)])


def expiry_spoken(m, y):
    r = rng.random()
    if r < 0.4:
        z = rng.choice(["oh", "zero", "o"])
        mm = (z + " " + UNITS[m]) if m < 10 else num_words(m)
        return mm + rng.choice([" ", " slash ", ", "]) + num_words(y)
    if r < 0.7:
        return MONTHS[m - 1] + rng.choice([" twenty ", " two thousand and ", " "]) + num_words(y) if False else \
            MONTHS[m - 1] + " " + rng.choice(["twenty " + num_words(y), num_words(y), "two thousand and " + num_words(y)])
    return say_digits("%02d%02d" % (m, y), chunks=[2, 2], pairs=0.5)


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def ni_typed(ni):
    r = rng.random()
    if r < 0.3:
        return ni
    if r < 0.5:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if r < 0.65:
        return ni.lower()
    if r < 0.75:
        return "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])
    if r < 0.85:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return ni[:2].lower() + ni[2:8] + ni[8]


def ni_spoken(ni):
    mode = rng.choice(["plain", "plain", "nato", "for", "asin"])
    lead = " ".join(say_letter(c, mode) for c in ni[:2])
    mid = say_digits(ni[2:8], chunks=rng.choice([[2, 2, 2], [3, 3], [6]]), pairs=0.35, filler=0.15)
    end = say_letter(ni[8], mode)
    return lead + rng.choice([" ", ", "]) + mid + rng.choice([" ", ", ", " and then "]).replace(" and then ", " uh ") + end


def gen_sort():
    return "%02d%02d%02d" % (rng.choice([20, 40, 30, 60, 77, 11, 23, 83, 90, 16, 9]), rng.randint(0, 99), rng.randint(0, 99))


def sort_typed(s):
    return rng.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:],
                       s[:2] + "." + s[2:4] + "." + s[4:], s[:2] + "-" + s[2:4] + "-" + s[4:]])


def gen_acct(n=8):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


IBAN_SPECS = {"GB": ("L4", 14), "IE": ("L4", 14), "DE": ("", 18), "NL": ("L4", 10),
              "ES": ("", 20), "FR": ("", 23), "BE": ("", 12)}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"], "IE": ["AIBK", "BOFI", "IPBS"],
              "NL": ["ABNA", "INGB", "RABK", "TRIB"]}


def gen_iban(cc=None):
    cc = cc or rng.choice(list(IBAN_SPECS))
    lpart, nd = IBAN_SPECS[cc]
    bban = (rng.choice(BANK_CODES[cc]) if lpart else "") + "".join(rng.choice("0123456789") for _ in range(nd))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_typed(ib):
    r = rng.random()
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if r < 0.45:
        return g
    if r < 0.65:
        return ib
    if r < 0.75:
        return g.lower()
    if r < 0.85:
        return "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib[:4] + " " + ib[4:]


def gen_phone(region=None):
    region = region or rng.choice(["uk", "uk", "us", "ie", "eu"])
    if region == "uk":
        if rng.random() < 0.6:
            nat = "07" + rng.choice(["700", "911", "834", "563", "412", "958"]) + "".join(rng.choice("0123456789") for _ in range(6))
            intl_body = nat[1:]
            fmts = [nat[:5] + " " + nat[5:], nat, nat[:5] + " " + nat[5:8] + " " + nat[8:],
                    "+44 " + intl_body[:4] + " " + intl_body[4:], "+44" + intl_body, "0044 " + intl_body[:4] + " " + intl_body[4:],
                    "+44 (0)" + intl_body[:4] + " " + intl_body[4:]]
        else:
            nat = rng.choice(["020", "0161", "0121", "0113", "0131", "0117"])
            rest_len = 11 - len(nat)
            rest = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(rest_len - 1))
            nat = nat + rest
            if nat.startswith("020"):
                fmts = ["020 " + nat[3:7] + " " + nat[7:], "(020) " + nat[3:7] + " " + nat[7:], "+44 20 " + nat[3:7] + " " + nat[7:]]
            else:
                fmts = [nat[:4] + " " + nat[4:7] + " " + nat[7:], "(" + nat[:4] + ") " + nat[4:], "+44 " + nat[1:4] + " " + nat[4:]]
        return rng.choice(fmts), nat, region
    if region == "us":
        a = str(rng.choice([212, 312, 415, 617, 713, 305, 206, 404, 602, 503]))
        b = str(rng.randint(201, 989))
        c = "%04d" % rng.randint(0, 9999)
        fmts = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                "1-%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)]
        return rng.choice(fmts), a + b + c, region
    if region == "ie":
        p = rng.choice(["083", "085", "086", "087", "089"])
        r = "".join(rng.choice("0123456789") for _ in range(7))
        fmts = ["%s %s %s" % (p, r[:3], r[3:]), "%s-%s" % (p, r), "+353 %s %s %s" % (p[1:], r[:3], r[3:]), "00353 %s %s" % (p[1:], r)]
        return rng.choice(fmts), p + r, region
    cc, body = rng.choice([("33", "6" + "".join(rng.choice("0123456789") for _ in range(8))),
                           ("49", "151" + "".join(rng.choice("0123456789") for _ in range(8))),
                           ("34", "6" + "".join(rng.choice("0123456789") for _ in range(8))),
                           ("31", "6" + "".join(rng.choice("0123456789") for _ in range(8)))])
    if cc == "33":
        s = "+33 " + body[0] + " " + " ".join(body[i:i + 2] for i in range(1, 9, 2))
    elif cc == "49":
        s = "+49 " + body[:3] + " " + body[3:7] + " " + body[7:]
    else:
        s = "+%s %s %s %s" % (cc, body[:3], body[3:6], body[6:])
    return rng.choice([s, s.replace(" ", ""), "00" + s[1:]]), "0" + body, "eu"


FIRST = ["jane", "tom", "aisha", "liam", "priya", "sean", "maria", "kwame", "niamh", "oliver", "chloe",
         "dmitri", "fatima", "gareth", "hannah", "ian", "julia", "kofi", "lucy", "marek", "nora", "owen",
         "rosa", "siobhan", "tariq", "wei", "zoe", "bronagh", "carlos", "deepak"]
LAST = ["doe", "okafor", "patel", "murphy", "smith", "kowalski", "nguyen", "obrien", "evans", "garcia",
        "hughes", "khan", "lee", "mcdonald", "novak", "reilly", "schmidt", "taylor", "walsh", "young"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com", "sky.com", "web.de", "orange.fr", "live.ie", "virginmedia.com"]


def gen_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + "." + f[0],
                        f + "." + l + str(rng.randint(70, 99)), f + "-" + l])
    return local, rng.choice(DOMAINS)


def email_typed(local, dom):
    r = rng.random()
    e = local + "@" + dom
    if r < 0.55:
        return e
    if r < 0.7:
        return (local[0].upper() + local[1:]) + "@" + dom
    if r < 0.8:
        return e.upper() if rng.random() < 0.3 else local.title() + "@" + dom.title()
    if r < 0.9:
        return local + " [at] " + dom.replace(".", " [dot] ")
    return local + "(at)" + dom


def email_spoken(local, dom):
    def sp(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        x = re.sub(r"(\d+)", lambda m: " " + " ".join(UNITS[int(c)] for c in m.group(1)) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    # spell the local part occasionally
    loc = local
    if rng.random() < 0.3 and "." in local:
        a, b = local.split(".", 1)
        loc = " ".join(a) + "." + b
    return sp(loc) + " at " + sp(dom)


STREETS = ["Kingsley Road", "Elm Grove", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
           "Hawthorn Close", "Queens Avenue", "Park Crescent", "Orchard Way", "Albert Terrace", "Manor Drive",
           "Beech Gardens", "Harbour View Road", "St Mary's Place", "Willow Court", "Castle Street", "High Street",
           "Granville Mews", "Ashfield Parade"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Blvd", "W 57th St", "Lakeshore Drive", "Elm St",
              "Pine Ridge Road", "Cedar Lane", "Washington Ave", "Magnolia Court"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Reading", "Belfast", "Swansea", "York"]
TOWNS_US = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Portland", "OR"), ("Tampa", "FL"),
            ("Boise", "ID"), ("Raleigh", "NC"), ("Madison", "WI")]


def gen_address(us=False):
    n = rng.choice([rng.randint(1, 99), rng.randint(1, 240), rng.randint(100, 9999) if us else rng.randint(1, 40)])
    st = rng.choice(US_STREETS if us else STREETS)
    r = rng.random()
    if us:
        if r < 0.25:
            return "%d %s, Apt %d%s" % (n, st, rng.randint(1, 30), rng.choice("ABC")), n, st
        return "%d %s" % (n, st), n, st
    if r < 0.2:
        return "Flat %d, %d %s" % (rng.randint(1, 12), n, st), n, st
    if r < 0.3:
        return "%d%s %s" % (n, rng.choice("AB"), st), n, st
    return "%d %s" % (n, st), n, st


def address_spoken(n, st):
    r = rng.random()
    nw = say_digits(str(n), chunks=[len(str(n))], pairs=0.9, hundreds=0.6) if n >= 10 else UNITS[n]
    body = st.lower().replace("'", "")
    if r < 0.25:
        return "flat " + UNITS[rng.randint(1, 9)] + ", " + nw + " " + body
    return nw + " " + body


UK_PC_AREAS = ["LS", "BS", "M", "CF", "G", "NR", "RG", "BT", "SA", "YO", "SW", "E", "N", "B", "EH", "CR", "SE", "NW", "L", "DN"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = rng.choice(UK_PC_AREAS)
    d = str(rng.randint(1, 28 if len(a) == 1 else 20))
    return a + d + " " + str(rng.randint(0, 9)) + rng.choice(PC_LET) + rng.choice(PC_LET)


def pc_typed(pc):
    return rng.choice([pc, pc, pc.replace(" ", ""), pc.lower(), pc.lower().replace(" ", ""), pc])


def pc_spoken(pc):
    mode = rng.choice(["plain", "plain", "nato", "mixed"])
    out = []
    for ch in pc.replace(" ", "|"):
        if ch == "|":
            out.append(",")
        elif ch.isdigit():
            out.append("zero" if ch == "0" else UNITS[int(ch)])
        else:
            m = mode if mode != "mixed" else rng.choice(["plain", "for"])
            out.append(say_letter(ch, m))
    s = " ".join(out).replace(" ,", ",")
    return s


def gen_zip():
    z = "%05d" % rng.randint(10001, 99950)
    if rng.random() < 0.25:
        return z + "-%04d" % rng.randint(1, 9999)
    return z


def gen_dob():
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2005)


ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}


def ordinal_word(n):
    if n in ORD:
        return ORD[n]
    if n < 20:
        return num_words(n) + "th"
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + (ORD.get(u) or UNITS[u] + "th")


def ordinal_sfx(n):
    return str(n) + ("th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def dob_typed(d, m, y, us=False):
    opts = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d-%02d-%02d" % (y, m, d),
            "%s %s %d" % (ordinal_sfx(d), MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
            "%d %s %d" % (d, MON_ABBR[m - 1].title(), y), "%02d.%02d.%d" % (d, m, y), "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))]
    return rng.choice(opts)


def year_words(y):
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    return num_words(a) + " " + (num_words(b) if b >= 10 else "oh " + UNITS[b])


def dob_spoken(d, m, y):
    r = rng.random()
    if r < 0.5:
        return "the " + ordinal_word(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if r < 0.8:
        return MONTHS[m - 1] + " " + ordinal_word(d) + ", " + year_words(y)
    return ordinal_word(d) + " " + MONTHS[m - 1] + " um " + year_words(y)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yes", "right", "got that", "and the rest?", "okay go ahead", "mm hm"]


def back():
    return rng.choice(BACK)


def split_digits_for_turns(s, n):
    cuts = sorted(rng.sample(range(1, len(s)), n - 1))
    parts, prev = [], 0
    for c in cuts + [len(s)]:
        parts.append(s[prev:c])
        prev = c
    return parts


# ---------------------------------------------------------------- positive templates
COMPANIES = {"banking": ["Northgate Bank", "Harbour Building Society", "FirstRiver Credit Union"],
             "telecom": ["Vireo Mobile", "SkyLink Broadband", "Eir-Connect"],
             "utilities": ["Brightwater Energy", "Coastal Water", "Summit Gas & Power"],
             "retail": ["HomeHaus", "Parcelly", "Mode&Co"],
             "insurance": ["Shieldwell Insurance", "Anchor Mutual"],
             "travel": ["SkyHop Airways", "Wanderly Holidays", "EuroRail Direct"],
             "healthcare": ["Mercy Valley Billing", "ClearPath Health"],
             "government": ["the council tax office", "the benefits helpline", "the DVLA-style licensing desk"]}


def company(ind=None):
    ind = ind or rng.choice(list(COMPANIES))
    return rng.choice(COMPANIES[ind]), ind


def p_chat_card():
    num, k = gen_card()
    m, y = gen_expiry_parts()
    cvv = gen_cvv(k)
    co, ind = company(rng.choice(["retail", "telecom", "travel", "utilities"]))
    lead = rng.choice(["card no: ", "my card is ", "Card number - ", "ok its ", "here you go ", "CARD: ", "long number is "])
    turns = [A("Hi, you're chatting with ", rng.choice(["Amy", "Raj", "Sam", "Dee"]), " at ", co, ". How can I help with the payment?"),
             C(lead, V(card_typed(num, k), "CARD_NUMBER")),
             A("Thanks. And the expiry date and security code please?"),
             C(rng.choice(["exp ", "expires ", "", "expiry "]), V(expiry_typed(m, y), "EXPIRY"),
               rng.choice([" cvv ", " and the 3 digits on the back are ", ", sec code ", " / cvc: "]), V(cvv, "CVV"))]
    return turns, "web chat card payment (%s, %s)" % (ind, k)


def p_call_card_split():
    num, k = gen_card()
    m, y = gen_expiry_parts()
    cvv = gen_cvv(k)
    co, ind = company()
    ch = card_chunks(num, k)
    zero = rng.choice(["oh", "zero", "nought", "o"])
    # split into 2-4 turns aligned on chunk boundaries
    bounds = []
    pos = 0
    for c in ch:
        bounds.append(num[pos:pos + c])
        pos += c
    nturns = rng.choice([2, 3, len(bounds)])
    groups = [[] for _ in range(nturns)]
    for i, b in enumerate(bounds):
        groups[min(i * nturns // len(bounds), nturns - 1)].append(b)
    turns = [A("thanks for calling ", co.lower(), " um can i take the long number on the card please"),
             C("yeah it's ", V(say_digits("".join(groups[0]), chunks=[len(b) for b in groups[0]], zero=zero, filler=0.2), "CARD_NUMBER", "card"))]
    for g in groups[1:]:
        turns.append(A(back()))
        turns.append(C(rng.choice(["", "then ", "uh ", "and "]),
                       V(say_digits("".join(g), chunks=[len(b) for b in g], zero=zero, filler=0.2), "CARD_NUMBER", "card")))
    if rng.random() < 0.6:
        turns.append(A("so that's ", V(say_digits(num, chunks=ch, zero="zero", pairs=0, hundreds=0, doubles=0.3), "CARD_NUMBER"), " yeah?"))
        turns.append(C("that's right"))
    turns.append(A("and the expiry"))
    turns.append(C(rng.choice(["it's ", "uh ", "expires ", ""]), V(expiry_spoken(m, y), "EXPIRY")))
    turns.append(A("and the last " + ("four" if len(cvv) == 4 else "three") + " digits on the back"))
    turns.append(C(V(say_digits(cvv, chunks=[len(cvv)], pairs=0.2, hundreds=0.3), "CVV")))
    return turns, "phone ASR card reading split over turns with back-channels (%s)" % ind


def p_email_card_lines():
    num, k = gen_card()
    m, y = gen_expiry_parts()
    g = group_card(num, k, " ").split(" ")
    cut = rng.randint(1, len(g) - 1)
    brk = rng.choice(["\n", "\r\n", "\n\n"])
    addr, _, _ = gen_address()
    pc = gen_uk_pc()
    ph, _, _ = gen_phone("uk")
    fn = rng.choice(FIRST).title()
    turns = [C("Subject: RE: Failed payment - please update card\n\nHi team,\n\nPlease take the payment from my new card ",
               V(" ".join(g[:cut]) + brk + " ".join(g[cut:]), "CARD_NUMBER"),
               " valid until ", V(expiry_typed(m, y), "EXPIRY"), ".\n\nThanks,\n", fn, "\n",
               V(addr, "ADDRESS"), "\n", rng.choice(TOWNS_UK), "\n", V(pc_typed(pc), "POSTCODE"), "\nMob: ", V(ph, "PHONE"),
               "\n\n> On Tue, our billing team wrote:\n> Your direct debit of GBP 42.50 failed on 03/06. Ref BL-", str(rng.randint(100000, 999999)), "."),
             A("Thanks ", fn, ", for security we've removed the card details from this thread and processed the payment.")]
    return turns, "email with card number wrapped across lines, signature address/postcode/phone, quoted reply"


def p_sms_card():
    num, k = gen_card()
    m, y = gen_expiry_parts()
    cvv = gen_cvv(k)
    sep = rng.choice([" ", "\n", " / ", ", "])
    turns = [A("Parcelly: reply with card details to release your held order #", str(rng.randint(4000000, 4999999)), " or call us."),
             C(V(num, "CARD_NUMBER"), sep, V("%02d%02d" % (m, y) if rng.random() < 0.4 else "%02d/%02d" % (m, y), "EXPIRY"), sep, V(cvv, "CVV"))]
    if rng.random() < 0.5:
        turns.append(C("sorry thats the wrong card use ", V(card_typed(*gen_card_pair()), "CARD_NUMBER", "c2")))
    return turns, "SMS with bare card, compact expiry and cvv"


def gen_card_pair():
    n, k = gen_card()
    return n, k


def p_card_split_chat():
    num, k = gen_card()
    g = group_card(num, k, " ").split(" ")
    cut = rng.randint(1, len(g) - 1)
    turns = [A("Please enter the full card number."),
             C(V(" ".join(g[:cut]), "CARD_NUMBER", "c")),
             C(V(" ".join(g[cut:]), "CARD_NUMBER", "c"), rng.choice(["", " sorry hit enter too soon", " (rest of it)", "!!"])),
             A("Thank you, card ending ", V(num[-4:], "CARD_NUMBER", "L4:last-four"), " has been verified.")]
    return turns, "card number broken across two chat messages; agent last-four after full read (labelled per convention)"


def p_webform():
    d, mth, y = gen_dob()
    ni = gen_ni()
    ph, _, _ = gen_phone("uk")
    loc, dom = gen_email()
    addr, _, _ = gen_address()
    pc = gen_uk_pc()
    sep = rng.choice([": ", ":\t", " = ", ":  ", " - "])
    turns = [C("[Web form submission - ", rng.choice(["Change of circumstances", "New claim", "Council tax single person discount"]), "]\n",
               "Full name", sep, rng.choice(FIRST).title(), " ", rng.choice(LAST).title(), "\n",
               "Date of birth", sep, V(dob_typed(d, mth, y), "DOB"), "\n",
               "NI no.", sep, V(ni_typed(ni), "NI_NUMBER"), "\n",
               "Tel", sep, V(ph, "PHONE"), "\n",
               "E-mail", sep, V(email_typed(loc, dom), "EMAIL"), "\n",
               "Address line 1", sep, V(addr, "ADDRESS"), "\n",
               "Town", sep, rng.choice(TOWNS_UK), "\n",
               "Postcode", sep, V(pc_typed(pc), "POSTCODE"), "\n",
               "Household size", sep, str(rng.randint(1, 6)), "\n",
               "Reference", sep, "CT", str(rng.randint(10000000, 99999999))),
             A("Thanks, we've received your form and will reply within 10 working days.")]
    return turns, "government web-form paste with labelled fields"


def p_call_ssn():
    ssn = gen_ssn()
    d, mth, y = gen_dob()
    z = gen_zip()
    co, ind = company(rng.choice(["healthcare", "banking", "insurance", "telecom"]))
    chunks = rng.choice([[3, 2, 4], [3, 2, 2, 2], [3, 3, 3], [9]])
    turns = [A("and to verify can i get your social security number"),
             C(rng.choice(["sure it's ", "yeah uh ", "okay ", ""]), V(say_digits(ssn, chunks=chunks, filler=0.25, pairs=0.4), "SSN"))]
    if rng.random() < 0.5:
        turns.append(A("let me read that back ", V(say_digits(ssn, chunks=[3, 2, 4], pairs=0, hundreds=0, doubles=0), "SSN")))
        turns.append(C("yes"))
    turns += [A("and date of birth"), C(V(dob_spoken(d, mth, y), "DOB")),
              A("and the zip code on file"), C(rng.choice(["", "it's "]), V(say_digits(z.replace("-", ""), chunks=[5] if len(z) == 5 else [5, 4], pairs=0.3), "POSTCODE"))]
    return turns, "US call ASR: SSN, DOB, ZIP (%s)" % ind


def p_ssn_split():
    ssn = gen_ssn()
    turns = [A("can you give me your social"),
             C(V(say_digits(ssn[:3], chunks=[3], hundreds=0.5), "SSN", "s")), A(back()),
             C(V(say_digits(ssn[3:5], chunks=[2], pairs=0.6), "SSN", "s")), A(back()),
             C(rng.choice(["um ", "and ", ""]), V(say_digits(ssn[5:], chunks=rng.choice([[4], [2, 2]]), pairs=0.5), "SSN", "s"))]
    return turns, "SSN read in three turns with agent back-channels"


def p_chat_ssn():
    ssn = gen_ssn()
    f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"])
    s = f % (ssn[:3], ssn[3:5], ssn[5:])
    ph, _, _ = gen_phone("us")
    addr, _, _ = gen_address(us=True)
    town, st = rng.choice(TOWNS_US)
    z = gen_zip()
    turns = [A("To update your records I need your SSN and current address."),
             C(rng.choice(["SSN: ", "ssn is ", "social - ", "Soc Sec #", "my ss# "]), V(s, "SSN"), "\n",
               V(addr, "ADDRESS"), ", ", town, ", ", st, " ", V(z, "POSTCODE")),
             A("Thanks. I see the account still shows the old address. Best callback number?"),
             C(V(ph, "PHONE"), rng.choice(["", " (cell)", " after 5pm", " thx"]))]
    return turns, "US chat: SSN typed with odd separator, address+ZIP, masked SSN echo, phone"


def p_call_ni():
    ni = gen_ni()
    d, m, y = gen_dob()
    pc = gen_uk_pc()
    co, ind = company(rng.choice(["government", "government", "banking", "insurance"]))
    turns = [A("i'm calling from ", co, " can i take your national insurance number please"),
             C(rng.choice(["yeah it's ", "uh ", "hang on... right it's ", "it's "]), V(ni_spoken(ni), "NI_NUMBER"))]
    if rng.random() < 0.5:
        turns.append(A("so that's ", V(" ".join(say_letter(c, "plain") for c in ni[:2]) + " " + say_digits(ni[2:8], chunks=[2, 2, 2], pairs=0, doubles=0, zero="zero") + " " + ni[8].lower(), "NI_NUMBER")))
        turns.append(C("yes that's it"))
    turns += [A("and your date of birth"), C(V(dob_spoken(d, m, y), "DOB")), A("and the postcode"),
              C(V(pc_spoken(pc), "POSTCODE"))]
    return turns, "UK call ASR: NI spelled, optional read-back, DOB, postcode (%s)" % ind


def p_ni_split():
    ni = gen_ni()
    mode = rng.choice(["plain", "nato", "for"])
    turns = [A("national insurance number?"),
             C(V(" ".join(say_letter(c, mode) for c in ni[:2]), "NI_NUMBER", "n")), A(back()),
             C(V(say_digits(ni[2:5], chunks=[3], hundreds=0.4), "NI_NUMBER", "n")), A(back()),
             C(V(say_digits(ni[5:8], chunks=[3], hundreds=0.4), "NI_NUMBER", "n"), rng.choice(["", " and then", " then"]), " ",
               V(say_letter(ni[8], rng.choice(["plain", "for", "nato"])), "NI_NUMBER", "n"))]
    return turns, "NI number read over turns; suffix letter in same turn as final digits"


def p_chat_ni():
    ni = gen_ni()
    lead = rng.choice(["NINO: ", "ni no ", "National Insurance: ", "my NI is ", "NI#"])
    turns = [A("Could you confirm your National Insurance number?"),
             C(lead, V(ni_typed(ni), "NI_NUMBER"), rng.choice(["", " ta", " - is that what you need?", "\nSent from my iPhone"]))]
    if rng.random() < 0.5:
        ni2 = gen_ni()
        turns.append(C("oops typo, it's ", V(ni_typed(ni2), "NI_NUMBER")))
    return turns, "chat NI number typed, optional correction"


def p_bank_typed():
    s = gen_sort()
    a = gen_acct()
    co, ind = company(rng.choice(["utilities", "banking", "government", "insurance"]))
    lab = rng.choice([("s/c ", " a/c "), ("Sort code: ", "\nAcct no: "), ("sort ", " acc "), ("SC:", " ACC:"), ("sortcode ", ", account number ")])
    turns = [A("To set up the direct debit with ", co, " please send your bank details."),
             C(lab[0], V(sort_typed(s), "SORT_CODE"), lab[1], V(a if rng.random() < 0.7 else a[:4] + " " + a[4:], "BANK_ACCOUNT"),
               rng.choice(["", "\nName on account: Mr " + rng.choice(LAST).title(), " (joint acct)"]))]
    return turns, "typed sort code and account number with labels (%s)" % ind


def p_bank_spoken():
    s = gen_sort()
    a = gen_acct()
    turns = [A("what's the sort code"),
             C(V(say_digits(s, chunks=[2, 2, 2], pairs=0.5, filler=0.2), "SORT_CODE")),
             A("and the account number"),
             C(rng.choice(["uh ", "right ", "okay it's "]), V(say_digits(a, chunks=rng.choice([[4, 4], [2, 3, 3], [3, 3, 2]]), filler=0.25), "BANK_ACCOUNT"))]
    if rng.random() < 0.5:
        turns.append(A("just to confirm that's ", V(say_digits(a, chunks=[4, 4], pairs=0, hundreds=0), "BANK_ACCOUNT"), " and sort code ",
                       V(s[:2] + "-" + s[2:4] + "-" + s[4:], "SORT_CODE")))
    return turns, "call ASR sort code and account number with fillers and read-back"


def p_us_bank():
    a = gen_acct(rng.choice([9, 10, 11, 12]))
    co, ind = company(rng.choice(["healthcare", "banking"]))
    turns = [A("For autopay with ", co, ", what account should we debit?"),
             C("checking acct #", V(a, "BANK_ACCOUNT"), rng.choice([", routing on the form", "", " - same as last year"])),
             A("Got it, checking account saved. Your next bill of $", str(rng.randint(20, 900)), ".00 will be debited on the 15th.")]
    return turns, "US typed bank account with # label"


def p_iban_email():
    ib = gen_iban()
    t = iban_typed(ib)
    if rng.random() < 0.3 and t.count(" ") >= 2:
        parts = t.split(" ")
        c = rng.randint(2, len(parts) - 1)
        t = " ".join(parts[:c]) + "\n" + " ".join(parts[c:])
    co, ind = company(rng.choice(["travel", "insurance", "retail", "utilities"]))
    turns = [C("Hello ", co, ",\n\nplease refund the cancelled booking to my account below.\n\nIBAN: ", V(t, "IBAN"),
               "\nBIC: ", rng.choice(["AIBKIE2D", "DEUTDEFF", "BNPAFRPP", "INGBNL2A"]), "\nAmount: EUR ", str(rng.randint(50, 1900)), ",00\n\nMfG / Regards"),
             A("Dear customer, thank you. Refunds take 5-7 working days.")]
    return turns, "email IBAN (possibly wrapped) with BIC and amount"


def p_iban_chat_split():
    ib = gen_iban(rng.choice(["GB", "IE", "DE", "NL"]))
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    c = rng.randint(2, len(g) - 1)
    turns = [A("Can you paste the IBAN?"),
             C(V(" ".join(g[:c]), "IBAN", "i")), A("...and the rest?"),
             C(V(" ".join(g[c:]), "IBAN", "i"))]
    return turns, "IBAN split across two chat messages"


def p_iban_spoken():
    ib = gen_iban(rng.choice(["IE", "GB"]))
    letters = ib[:2]
    bank = ib[4:8]
    mode = rng.choice(["plain", "nato"]) if "O" not in ib else "nato"
    sp = " ".join(say_letter(c, mode) for c in letters) + " " + say_digits(ib[2:4], chunks=[2], pairs=0.6) + ", " + \
        " ".join(say_letter(c, mode) for c in bank) + ", " + say_digits(ib[8:], chunks=[3, 3, 4, 4], filler=0.15)
    turns = [A("and the i-ban for the refund"), C(V(sp, "IBAN"))]
    return turns, "spoken IBAN with letters and digit words"


def p_phone_chat():
    ph, _, reg = gen_phone()
    ph2, _, _ = gen_phone(reg)
    turns = [A("What's the best number to reach you on?"),
             C(rng.choice(["", "mob ", "call me on ", "tel: ", "☎ "]), V(ph, "PHONE"))]
    if rng.random() < 0.5:
        turns.append(C("no wait thats my work one. use ", V(ph2, "PHONE"), rng.choice(["", " pls", " instead"])))
    return turns, "chat phone number (%s), optional correction" % reg


def p_phone_call():
    ph, nat, reg = gen_phone(rng.choice(["uk", "us", "ie"]))
    if rng.random() < 0.3 and reg == "uk":
        sp = "plus four four " + say_digits(nat[1:], chunks=[4, 3, 3], filler=0.2)
    elif rng.random() < 0.3 and reg == "ie":
        sp = "double oh three five three " + say_digits(nat[1:], chunks=[2, 3, 4], filler=0.2)
    else:
        sp = say_digits(nat, chunks=[5, 3, 3] if reg == "uk" else ([3, 3, 4] if reg == "us" else [3, 3, 4]), filler=0.2, pairs=0.35)
    turns = [A("and a contact number"), C(rng.choice(["yeah it's ", "it's ", "uh ", "my mobile's "]), V(sp, "PHONE"))]
    if rng.random() < 0.4:
        turns.append(A("that's ", V(say_digits(nat, chunks=[5, 6] if reg == "uk" else [3, 3, 4], pairs=0, hundreds=0), "PHONE"), "?"))
        turns.append(C("yep"))
    return turns, "call ASR phone number (%s)" % reg


def p_phone_split():
    ph, nat, reg = gen_phone("uk")
    parts = [nat[:5], nat[5:8], nat[8:]]
    turns = [A("what number can we call you back on"),
             C(V(say_digits(parts[0], chunks=[5]), "PHONE", "p")), A(back()),
             C(V(say_digits(parts[1], chunks=[3], hundreds=0.5), "PHONE", "p"), rng.choice([" um", "..."]), " ", rng.choice(["sorry my kid's shouting", "hang on", "one sec"]), " ",
               V(say_digits(parts[2], chunks=[3]), "PHONE", "p"))]
    return turns, "phone read in pieces with aside mid-reading"


def p_email_call():
    loc, dom = gen_email()
    turns = [A("and your email address"),
             C(rng.choice(["it's ", "yeah ", ""]), V(email_spoken(loc, dom), "EMAIL"))]
    if rng.random() < 0.4:
        turns.append(A("so ", V(loc + "@" + dom, "EMAIL"), " on screen, correct?"))
        turns.append(C("yes"))
    return turns, "spoken email with dot/at"


def p_email_chat():
    loc, dom = gen_email()
    loc2, dom2 = gen_email()
    turns = [A("Which email should the receipt go to?"), C(V(email_typed(loc, dom), "EMAIL"))]
    if rng.random() < 0.4:
        turns.append(C("*", V(loc2 + "@" + dom2, "EMAIL"), " sorry autocorrect"))
    return turns, "chat email, odd case / obfuscated, optional correction"


def p_address_call():
    addr, n, st = gen_address()
    pc = gen_uk_pc()
    turns = [A("can i take the first line of the address"),
             C(V(address_spoken(n, st), "ADDRESS"), rng.choice([" in ", ", ", " "]), rng.choice(TOWNS_UK).lower()),
             A("and postcode"), C(V(pc_spoken(pc), "POSTCODE"))]
    return turns, "call ASR address line and spelled postcode"


def p_address_us():
    addr, n, st = gen_address(us=True)
    town, stt = rng.choice(TOWNS_US)
    z = gen_zip()
    ph, _, _ = gen_phone("us")
    turns = [C("Ship to:\n", rng.choice(FIRST).title(), " ", rng.choice(LAST).title(), "\n", V(addr, "ADDRESS"), "\n", town, ", ", stt, " ", V(z, "POSTCODE"),
               "\nPhone: ", V(ph, "PHONE")),
             A("Thanks - the order ships in 3-5 business days.")]
    return turns, "US pasted shipping block"


def p_dob_chat():
    d, m, y = gen_dob()
    us = rng.random() < 0.4
    turns = [A("For security, please confirm your date of birth."),
             C(rng.choice(["dob ", "DOB: ", "born ", "", "it's "]), V(dob_typed(d, m, y, us), "DOB"))]
    if rng.random() < 0.3:
        turns.append(A("Thanks, I have ", V("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "DOB"), " on file too."))
    return turns, "chat DOB typed"


def p_quoted_email():
    ni = gen_ni()
    d, m, y = gen_dob()
    ph, _, _ = gen_phone("uk")
    addr, _, _ = gen_address()
    pc = gen_uk_pc()
    turns = [A("Dear ", rng.choice(FIRST).title(), ",\nTo continue your claim, please reply with your NI number and date of birth. Never send card details by email.\nKind regards,\nClaims Team"),
             C("Hi,\nNI: ", V(ni_typed(ni), "NI_NUMBER"), "\nDOB ", V(dob_typed(d, m, y), "DOB"),
               "\n\n--\n", rng.choice(FIRST).title(), " ", rng.choice(LAST).title(), "\n", V(addr, "ADDRESS"), ", ", rng.choice(TOWNS_UK), " ", V(pc_typed(pc), "POSTCODE"),
               "\nT: ", V(ph, "PHONE"),
               "\n\n-----Original Message-----\n> To continue your claim, please reply with your NI number and date of birth.\n> Claim ref: CLM-", str(rng.randint(2019, 2025)), "-", str(rng.randint(100000, 999999)))]
    return turns, "email reply with quoted original, signature block"


def p_travel_mix():
    num, k = gen_card()
    loc, dom = gen_email()
    ph, _, _ = gen_phone(rng.choice(["uk", "ie", "eu"]))
    turns = [A("Booking for flight ", rng.choice(["EI", "BA", "FR", "LH"]), " ", str(rng.randint(100, 999)), " on ", str(rng.randint(1, 28)), " ", rng.choice(MON_ABBR).title(), ", seat ", str(rng.randint(1, 33)), rng.choice("ABCDEF"), ". Payment card?"),
             C(V(card_typed(num, k), "CARD_NUMBER"), " / ", V(loc + "@" + dom, "EMAIL"), " / ", V(ph, "PHONE")),
             A("Done. Total EUR ", str(rng.randint(80, 700)), ".", str(rng.randint(10, 99)), ", booking ref ", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), ".")]
    return turns, "travel chat: card/email/phone in one slash-separated line among flight, seat, amount"


def p_card_correction_call():
    n1, k = gen_card()
    n2 = luhn_complete(n1[:6], len(n1))
    ch = card_chunks(n1, k)
    turns = [A("go ahead with the card number"),
             C(V(say_digits(n1, chunks=ch, filler=0.15), "CARD_NUMBER")),
             A("that's not going through i'm afraid"),
             C("oh sorry that's my old one, um the new one's ", V(say_digits(n2, chunks=ch, filler=0.15), "CARD_NUMBER"))]
    return turns, "call: old card read then corrected card"


def p_masked_plus_full():
    num, k = gen_card()
    turns = [A("I can see a card ", "*" * 12, " (expired) on file. Would you like to use a different one?"),
             C("yes please: ", V(card_typed(num[:-4] + "", k) if False else card_typed(*gen_card()), "CARD_NUMBER"))]
    return turns, "masked card on file (unlabelled) then new full card typed"


def p_eu_phone_iban():
    ib = gen_iban(rng.choice(["FR", "DE", "ES", "BE", "NL"]))
    ph, _, _ = gen_phone("eu")
    turns = [C("Bonjour/Hallo - for the insurance claim payout:\n  ", V(iban_typed(ib), "IBAN"), "\n  tel ", V(ph, "PHONE"), "\n(policy ", "PX-", str(rng.randint(1000000, 9999999)), ")"),
             A("Thank you, the claim payout is scheduled.")]
    return turns, "EU insurance claim: IBAN, phone, policy number unlabelled"


def p_expiry_cvv_chat():
    m, y = gen_expiry_parts()
    cvv = gen_cvv()
    num, k = gen_card()
    turns = [C("card ", V(num[:4] + " " + num[4:8], "CARD_NUMBER", "c"), "\n", V(num[8:12] + " " + num[12:], "CARD_NUMBER", "c"), "\n",
               rng.choice(["valid thru ", "Exp: ", "good till "]), V(expiry_typed(m, y), "EXPIRY"), "\n", rng.choice(["CVV2 ", "code ", "3 digit "]), V(cvv, "CVV")),
             A("Thanks, payment of £", str(rng.randint(5, 300)), ".00 taken.")] if k not in ("amex", "visa13", "long") else \
        [C("amex ", V(group_card(num, k), "CARD_NUMBER"), " exp ", V(expiry_typed(m, y), "EXPIRY"), " cid ", V(gen_cvv("amex"), "CVV")),
         A("Payment taken, thanks.")]
    return turns, "card typed on two lines with expiry/cvv labels"


POS_TEMPLATES = [
    (p_chat_card, 14), (p_call_card_split, 14), (p_email_card_lines, 8), (p_sms_card, 8), (p_card_split_chat, 8),
    (p_webform, 8), (p_call_ssn, 10), (p_ssn_split, 6), (p_chat_ssn, 12), (p_call_ni, 10), (p_ni_split, 6),
    (p_chat_ni, 10), (p_bank_typed, 7), (p_bank_spoken, 6), (p_us_bank, 4), (p_iban_email, 6), (p_iban_chat_split, 4),
    (p_iban_spoken, 3), (p_phone_chat, 7), (p_phone_call, 6), (p_phone_split, 4), (p_email_call, 6), (p_email_chat, 5),
    (p_address_call, 6), (p_address_us, 5), (p_dob_chat, 5), (p_quoted_email, 6), (p_travel_mix, 6),
    (p_card_correction_call, 5), (p_masked_plus_full, 4), (p_eu_phone_iban, 4), (p_expiry_cvv_chat, 6),
]


# ---------------------------------------------------------------- negative templates
def rnd_digits(n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def n_order_tracking():
    num = luhn_complete("4", 16)
    lab = rng.choice(["Order number", "order no.", "Tracking #", "Consignment", "Invoice no:"])
    turns = [C("Hi where is my parcel? ", lab, " ", group_card(num, "visa", rng.choice([" ", "-", ""])), rng.choice(["", " placed on 3rd March", " - it said 2-3 days"])),
             A("Thanks. Tracking ", "1Z", "".join(rng.choice("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(16)), " shows it at the depot; expect it by 6pm.")]
    return turns, "16-digit Luhn-valid order/tracking number with label (not a card)"


def n_balance_call():
    amt = rng.randint(100, 9999)
    turns = [A("your current balance is " + say_digits(str(amt), chunks=[len(str(amt))], pairs=0.9, hundreds=0.9) + " pounds and " + num_words(rng.randint(1, 99)) + " pence"),
             C("and when's the next payment due"),
             A("the fourteenth of " + rng.choice(MONTHS) + ", and the minimum payment is " + num_words(rng.randint(20, 99)) + " pounds"),
             C("okay and what are your opening hours"),
             A("eight till eight monday to friday, nine till " + rng.choice(["one", "five"]) + " on saturdays")]
    return turns, "balances, payment date, opening hours spoken"


def n_last_four():
    l4 = rnd_digits(4)
    turns = [A("Is this about the card ending ", l4, "?"),
             C("yes the one ending in " + say_digits(l4, chunks=[4], pairs=0.5) if rng.random() < 0.5 else "yes the card ending " + l4),
             A("I can see card ", rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "************"]), l4, " was charged £", str(rng.randint(5, 500)), ".", str(rng.randint(10, 99)), " on ", str(rng.randint(1, 28)), "/", "%02d" % rng.randint(1, 12), ".")]
    return turns, "card last-four and masked card only"


def n_travel():
    turns = [C("my flight ", rng.choice(["BA", "EI", "UA", "FR"]), str(rng.randint(100, 9999)), " from gate ", rng.choice("ABCD"), str(rng.randint(1, 60)), " was delayed ", str(rng.randint(2, 9)), " hours, seat ", str(rng.randint(1, 40)), rng.choice("ABCDEF")),
             A("Sorry to hear that. Your hotel room ", str(rng.randint(100, 1299)), " is booked for ", str(rng.randint(1, 4)), " nights; check-in from 15:00."),
             C("booking reference ", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), ", e-ticket ", rnd_digits(13))]
    return turns, "flight/gate/seat/room numbers, e-ticket 13 digits"


def n_meter():
    r1 = rnd_digits(5)
    turns = [A("can you read me the meter"),
             C("yeah it says " + say_digits(r1, chunks=[5] if rng.random() < 0.5 else [2, 3]) + " and the night one is " + say_digits(rnd_digits(5), chunks=[3, 2])),
             A("thanks, and the meter serial number on the front"),
             C("serial " + say_digits(rnd_digits(10), chunks=[2, 4, 4], filler=0.2) + " model " + rng.choice(["e seven", "a one forty", "s two"]))]
    return turns, "meter readings and meter serial read like a long number"


def n_reference_spoken():
    ref = luhn_complete("5", 16)
    lab = rng.choice(["your case reference", "the claim number", "your ticket number", "the complaint reference"])
    turns = [A("i'll give you " + lab + ", have you got a pen"),
             C("go on"),
             A(say_digits(ref[:8], chunks=[4, 4])),
             C("mhm"),
             A(say_digits(ref[8:], chunks=[4, 4]) + ", that's " + lab.split(" ", 1)[1]),
             C("thanks")]
    return turns, "agent reads a 16-digit reference in card-like groups (labelled as reference)"


def n_policy():
    turns = [C(rng.choice(["Policy No: ", "policy number ", "POLICY#"]), "HX", rnd_digits(9), "\nClaim ref ", rnd_digits(12), "\nVehicle reg: ", rng.choice(["the one on the A40", "n/a"])),
             A("Thanks, claim ", rnd_digits(8), " was opened on ", str(rng.randint(1, 28)), " ", rng.choice(MONTHS).title(), " ", str(rng.randint(2022, 2025)), "; excess is £", str(rng.choice([100, 250, 500])), ".")]
    return turns, "policy/claim numbers with labels, dates of claim"


def n_misc_numbers():
    turns = [C("I'm ", str(rng.randint(18, 95)), " and have been with you since ", str(rng.randint(1980, 2020)), ". The heating's been set to ", str(rng.randint(16, 24)), " degrees and my bill went up ", str(rng.randint(3, 40)), "%!"),
             A("I understand. Your tariff rose ", str(rng.randint(2, 15)), ".", str(rng.randint(1, 9)), "% on 1 April; the call lasted ", str(rng.randint(2, 59)), " minutes. I can add ", str(rng.randint(50, 500)), " loyalty points.")]
    return turns, "ages, years, temperatures, percentages, durations, counts"


def n_email_ticket():
    turns = [C("Subject: Re: [Ticket #", rnd_digits(7), "] Invoice INV-", str(rng.randint(2022, 2025)), "-", rnd_digits(6), "\n\n> Your invoice total is $", str(rng.randint(100, 5000)), ".", str(rng.randint(10, 99)),
               "\n> Due: ", str(rng.randint(1, 12)), "/", str(rng.randint(1, 28)), "/", str(rng.randint(2024, 2026)),
               "\n\nWhy was I charged twice? Order ", rnd_digits(10), " and order ", rnd_digits(10), ".\n\nSent from my phone"),
             A("Hi, I've refunded the duplicate charge; please allow 3-5 business days. Ticket #", rnd_digits(7), " is now closed.")]
    return turns, "email with ticket/invoice/order numbers, amounts, due date"


def n_serial():
    turns = [C("the router model is ", rng.choice(["TG-", "HH", "VMDG"]), str(rng.randint(100, 999)), " serial number ", rnd_digits(rng.choice([12, 15, 16])), " and it's firmware ", str(rng.randint(1, 9)), ".", str(rng.randint(0, 20)), ".", str(rng.randint(0, 300))),
             A("Thanks. I've booked an engineer for ", rng.choice(["Monday", "Tuesday", "the 12th"]), " between 8am and 1pm; job number ", rnd_digits(9), ".")]
    return turns, "router model, long serial number, firmware version, job number"


def n_roads_dates():
    turns = [C("the lorry came down ", rng.choice(["Station Road", "the M25", "Route 9", "the A1(M)", "High Street"]), " at about ", rng.choice(["ten past nine", "9:45", "half two"]), " on ", rng.choice(MONTHS).title(), " ", str(rng.randint(1, 28)), " and damaged our fence"),
             A("I've noted the incident for ", str(rng.randint(1, 28)), "/", "%02d" % rng.randint(1, 12), "/", str(rng.randint(2023, 2025)), ". Your contract renews on ", str(rng.randint(1, 28)), " ", rng.choice(MONTHS).title(), " ", str(rng.randint(2025, 2027)), ".")]
    return turns, "road names, times, incident/contract dates"


def n_spoken_amounts():
    a = rng.randint(1000, 99999)
    turns = [C("i paid " + num_words(rng.randint(21, 99)) + " thousand " + say_digits(str(rng.randint(100, 999)), chunks=[3], hundreds=1.0) + " for the car"),
             A("okay and the finance agreement number is " + say_digits(rnd_digits(12), chunks=[4, 4, 4], filler=0.1)),
             C("right and it's " + str(a) + " miles on the clock, twelve months left")]
    return turns, "spoken amounts, agreement number, mileage"


def n_sms_codes():
    turns = [A("Vireo Mobile: Your bill of £", str(rng.randint(10, 90)), ".", str(rng.randint(10, 99)), " is ready. Data used: ", str(rng.randint(1, 60)), "GB of ", str(rng.choice([50, 100])), "GB. Ref ", rnd_digits(11), "."),
             C("why is it higher than last month?? i only used ", str(rng.randint(100, 900)), " mins"),
             A("Roaming charges of £", str(rng.randint(2, 30)), " applied on ", str(rng.randint(1, 28)), "/", "%02d" % rng.randint(1, 12), ". Reply HELP for support.")]
    return turns, "SMS bill notification with amounts, usage and ref"


def n_masked_form():
    turns = [C("[Form] Payment method: Visa ending ", rnd_digits(4), "\nSort code: **-**-", "%02d" % rng.randint(0, 99), "\nAccount: ****", rnd_digits(4),
               "\nIBAN: ", rng.choice(["GB", "IE", "DE"]), "** **** **** **** ", rnd_digits(4), "\nAmount: ", str(rng.randint(10, 999)), ".00\nRequested date: ", str(rng.randint(1, 28)), "/", "%02d" % rng.randint(1, 12), "/2025"),
             A("Thanks, the masked details match our records.")]
    return turns, "form with already-masked bank details, amount, requested date"


NEG_TEMPLATES = [(n_order_tracking, 10), (n_balance_call, 8), (n_last_four, 10), (n_travel, 8), (n_meter, 8),
                 (n_reference_spoken, 10), (n_policy, 8), (n_misc_numbers, 7), (n_email_ticket, 8), (n_serial, 7),
                 (n_roads_dates, 6), (n_spoken_amounts, 6), (n_sms_codes, 5), (n_masked_form, 6)]


# ---------------------------------------------------------------- assemble
def generate():
    cases = []
    meta = []
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn)
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn)
    rng.shuffle(pos)
    rng.shuffle(neg)
    for i, fn in enumerate(pos, 1):
        turns, note = fn()
        c, g = build_case("h515-pos-%03d" % i, "positive", note, turns)
        cases.append(c)
        meta.append(g)
    for i, fn in enumerate(neg, 1):
        turns, note = fn()
        c, g = build_case("h515-neg-%03d" % i, "negative", note, turns)
        cases.append(c)
        meta.append(g)
    return cases, meta


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check(cases, meta, data):
    errs = []
    with open(OUT, "r", encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != data:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    parsed = [json.loads(line) for line in on_disk.splitlines()]
    ids = [c["id"] for c in parsed]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, groups in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % c["id"])
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            val = txt[st:en]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errs.append("%s: span %r does not start/end on letter/digit" % (c["id"], val))
            if st > 0 and txt[st - 1].isalnum():
                errs.append("%s: span %r not on word boundary (start)" % (c["id"], val))
            if en < len(txt) and txt[en].isalnum():
                errs.append("%s: span %r not on word boundary (end)" % (c["id"], val))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tr, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans in turn %d" % (c["id"], tr))
        # validate values, joining split groups in order
        joined = {}
        order = []
        for s, g in zip(c["spans"], groups):
            val = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if g not in joined:
                joined[g] = (s["type"], [])
                order.append(g)
            if joined[g][0] != s["type"]:
                errs.append("%s: mixed types in group" % c["id"])
            joined[g][1].append(val)
        for g in order:
            typ, vals = joined[g]
            v = " ".join(vals)
            if g.startswith("L4:"):
                # last four of a card read in full in the same case
                full = [c["turns"][s2["turn"]]["text"][s2["start"]:s2["end"]] for s2, g2 in zip(c["spans"], groups)
                        if s2["type"] == "CARD_NUMBER" and not g2.startswith("L4:")]
                fulld = re.sub(r"\D", "", "".join(full))
                r = None if re.fullmatch(r"\d{4}", v) and fulld.endswith(v) else "last-four %r not from full card" % v
            else:
                r = validate(typ, v)
            if r:
                errs.append("%s: invalid %s value %r (%s)" % (c["id"], typ, v, r))
    npos = sum(1 for c in parsed if c["kind"] == "positive")
    nneg = sum(1 for c in parsed if c["kind"] == "negative")
    cnt = counts(parsed)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if cnt[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], m))
    return errs, npos, nneg, cnt


def main():
    cases, meta = generate()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        if not os.path.exists(OUT):
            print("missing", OUT)
            return 1
        errs, npos, nneg, cnt = check(cases, meta, data)
        for e in errs[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(" ".join("%s=%d" % kv for kv in cnt.items()))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
