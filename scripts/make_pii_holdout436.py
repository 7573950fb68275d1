#!/usr/bin/env python3
"""Generate the pii_holdout436 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout436.py          # write cases.jsonl
    python scripts/make_pii_holdout436.py --check  # regenerate + validate

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed.
"""
import json
import os
import re
import sys
import random

R = random.Random(436241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout436")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
DIG = "0123456789"


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


def make_card():
    kind = R.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19", "up18"])
    pref, n = {"visa16": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro19": ("6759", 19), "up18": ("62", 18)}[kind]
    body = pref + "".join(R.choice(DIG) for _ in range(n - len(pref) - 1))
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + "".join(R.choice(DIG) for _ in range(6)) + R.choice("ABCD")


def iban_check(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "NL"])
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + "".join(R.choice(DIG) for _ in range(14))
    elif cc == "DE":
        bban = "".join(R.choice(DIG) for _ in range(18))
    elif cc == "FR":
        bban = "".join(R.choice(DIG) for _ in range(23))
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(R.choice(DIG) for _ in range(10))
    rear = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rear))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def make_sort():
    return "".join(R.choice(DIG) for _ in range(6))


def make_acct(us=False):
    n = R.choice([10, 11, 12]) if us else 8
    return str(R.randint(1, 9)) + "".join(R.choice(DIG) for _ in range(n - 1))


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "fatima", "chen", "maria", "dave",
         "olu", "niamh", "raj", "emma", "kwame", "lucy", "sean", "anna", "marco", "beth"]
LAST = ["doe", "smith", "okafor", "patel", "murphy", "walsh", "nguyen", "garcia", "kowalski",
        "obrien", "hughes", "khan", "reilly", "schmidt", "jones", "byrne", "lee", "brown"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "web.de", "aol.com", "protonmail.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + "-" + l])
    return local + "@" + R.choice(DOMAINS)


STREETS = ["Mill Lane", "Station Road", "Church Street", "Victoria Avenue", "Oak Drive",
           "Kings Road", "Elm Grove", "Park Terrace", "Maple Street", "Sunset Boulevard",
           "Main Street", "Harbour View", "Castle Close", "Willow Way", "Pine Ridge Road"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Derby", "Bolton"]
TOWNS_US = ["Austin", "Denver", "Columbus", "Tampa", "Portland", "Raleigh"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Sligo"]
UK_AREAS = ["LS", "BS", "CF", "G", "NR", "DE", "BL", "M", "SW", "E", "N", "B"]


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    return a + str(R.randint(1, 28)) + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# --------------------------------------------------------------------------
# spoken rendering
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
PLAIN_WORDS = {"B": "bob", "C": "charlie", "D": "david", "M": "mother", "S": "sugar", "P": "peter",
               "T": "tommy", "N": "nancy", "A": "apple", "R": "robert", "W": "william", "E": "edward"}
FILLERS = ["um", "uh", "er", "erm", "hmm"]


def zero_word(region):
    if region == "UK":
        return R.choice(["oh", "oh", "nought", "zero", "o"])
    return R.choice(["oh", "zero", "zero", "o"])


def d_word(c, region):
    return zero_word(region) if c == "0" else UNITS[int(c)]


def pair_word(p, region):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(region) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_digits(s, region="UK", pairs=0.2, dbl=0.6, filler=0.0):
    """Speak a digit string; returns text.  Never emits ambiguous forms."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if filler and out and R.random() < filler:
            out.append(R.choice(FILLERS))
        if i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < dbl:
            out.append("triple " + d_word(c, region))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == c and R.random() < dbl:
            out.append("double " + d_word(c, region))
            i += 2
            continue
        if i + 1 < len(s) and s[i] != "0" and R.random() < pairs:
            # "ninety" followed by a digit word would be ambiguous, so only pair
            # when the pair itself is complete (x0 pairs only at end of chunk)
            if s[i + 1] != "0":
                out.append(pair_word(s[i:i + 2], region))
                i += 2
                continue
        out.append(d_word(c, region))
        i += 1
    return " ".join(out)


def say_chunks(s, sizes, region="UK", sep=", ", **kw):
    parts, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        parts.append(say_digits(s[i:i + n], region, **kw))
        i += n
    if i < len(s):
        parts.append(say_digits(s[i:], region, **kw))
    return sep.join(parts)


def spell_letter(ch):
    r = R.random()
    if ch == "O":  # a bare "o" would read as zero
        return pick("o for oscar", "oscar", "letter o", "the letter o")
    if r < 0.45:
        return ch.lower()
    if r < 0.8:
        return ch.lower() + " for " + NATO[ch]
    if r < 0.9 and ch in PLAIN_WORDS:
        return ch.lower() + " as in " + PLAIN_WORDS[ch]
    return NATO[ch]


def say_alnum(s, region="UK", filler=0.0):
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, region, pairs=0.15))
                buf = ""
            if filler and out and R.random() < filler:
                out.append(R.choice(FILLERS))
            out.append(spell_letter(ch))
    if buf:
        out.append(say_digits(buf, region, pairs=0.15))
    return " ".join(out)


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


def card_typed(c):
    n = len(c)
    r = R.random()
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 16:
        sizes = R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [8, 8], [4, 6, 6], [3, 4, 4, 5]])
    else:
        sizes = [4] * 5
    if r < 0.2:
        return c
    return group(c, sizes, R.choice([" ", " ", "-", "  ", "."]))


def card_chunks(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


# --------------------------------------------------------------------------
# normalisers / validators
# --------------------------------------------------------------------------
SKIP = set(FILLERS) | {"plus", "and", "for", "as", "in", "-", "sorry", "like", "the", "of", "is", "ah", "oh-"}
NATO_REV = {v: k for k, v in NATO.items()}
PLAIN_REV = {}
U = {w: str(i) for i, w in enumerate(UNITS)}
U.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
T = {w: str(10 + i) for i, w in enumerate(TEENS)}
TN = {w: i for i, w in enumerate(TENS) if w}


def tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|[0-9]+|[@._+\-/]", text.lower())


def spoken_to_chunks(text, letters=False):
    """Return list of chunk strings (digits/letters); raise on unknown token."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in U:
                out.append(U[nxt] * k)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise ValueError("bad double " + text)
            i += 1
        elif letters and t == "letter" and nxt is not None:
            out.append(nxt.upper())
            i += 1
        elif letters and len(t) == 1 and (nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            out.append(t.upper())
            i += 2 if nxt == "for" else 3
        elif t in U and nxt == "hundred":
            val = int(U[t]) * 100
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in T:
                val += int(T[toks[j]]); j += 1
            elif j < len(toks) and toks[j] in TN:
                val += TN[toks[j]] * 10; j += 1
                if j < len(toks) and toks[j] in U and toks[j] not in ("oh", "o", "nought", "zero"):
                    val += int(U[toks[j]]); j += 1
            elif j < len(toks) and toks[j] in U and toks[j] not in ("oh", "o", "nought", "zero"):
                val += int(U[toks[j]]); j += 1
            out.append(str(val))
            i = j
            continue
        elif t in U:
            if letters and t == "o" and False:
                pass
            out.append(U[t])
        elif t in T:
            out.append(T[t])
        elif t in TN:
            if nxt in U and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TN[t] * 10 + int(U[nxt])))
                i += 1
            else:
                out.append(str(TN[t] * 10))
        elif t in SKIP or t in "-./":
            pass
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t])
        elif letters and len(t) == 1:
            out.append(t.upper())
            # "j for juliet" / "b as in bob": swallow the spelling word
            if nxt in ("for",) and i + 2 < len(toks):
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif letters and re.fullmatch(r"[a-z]{2,4}[0-9]*", t):
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return out


def spoken_digits(text):
    return "".join(spoken_to_chunks(text))


def spoken_alnum(text):
    return "".join(spoken_to_chunks(text, letters=True)).upper()


def spoken_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t.replace(" ", "")
    t = re.sub(r"\b(um|uh|er|erm)\b", " ", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    t = re.sub(r"\b([a-z]) for [a-z-]+\b", r"\1", t)
    words = t.split()
    res = ""
    for w in words:
        if w in U and w not in ("o",):
            res += U[w]
        elif w in T:
            res += T[w]
        else:
            res += w
    return res


EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


def date_numbers(text):
    t = text.lower()
    for i, m in enumerate(MONTHS):
        t = re.sub(r"\b" + m + r"\b", " m%d " % (i + 1), t)
        t = re.sub(r"\b" + m[:3] + r"\b", " m%d " % (i + 1), t)
    ords = {w: str(i) for i, w in enumerate(ORD) if w}
    for w in sorted(ords, key=len, reverse=True):
        t = re.sub(r"\b" + w + r"\b", " " + ords[w] + " ", t)
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"two thousand and |two thousand ", " 20", t)
    months = set(int(x) for x in re.findall(r"m(\d+)", t))
    t = re.sub(r"m\d+", " ", t)
    t = re.sub(r"\b20 (\w+)", r"20\1", t) if False else t
    nums = []
    for part in re.split(r"[^a-z0-9 ]+", t):
        part = part.strip()
        if not part:
            continue
        try:
            chunks = spoken_to_chunks(part)
        except ValueError:
            chunks = re.findall(r"\d+", part)
        nums.extend(chunks)
    return months, nums


def check_date(text, d, m, y):
    months, nums = date_numbers(text)
    joined = [nums[i] + nums[i + 1] for i in range(len(nums) - 1)] + \
             [nums[i] + nums[i + 1].zfill(2) for i in range(len(nums) - 1)] + \
             [nums[i] + nums[i + 1] + nums[i + 2] for i in range(len(nums) - 2)]
    allnums = nums + joined + ["".join(nums)]
    yok = any(x in (str(y), str(y)[2:], "20" + str(y)[2:].zfill(2)) for x in allnums) or \
        any(x.endswith(str(y)[2:]) and len(x) >= 2 for x in nums[-1:])
    mok = m in months or any(x.lstrip("0") == str(m) for x in nums) or \
        any(x.startswith("%02d" % m) for x in allnums)
    return yok and mok


def validate(ty, text, meta):
    role = meta["role"]
    canon = meta["canon"]
    if ty in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        v = spoken_digits(text)
    elif ty in ("NI_NUMBER", "IBAN"):
        v = spoken_alnum(text)
    elif ty == "PHONE":
        v = spoken_digits(text.replace("+", " "))
    elif ty == "EMAIL":
        v = spoken_email(text)
    elif ty == "POSTCODE":
        v = spoken_alnum(text) if not re.search(r"\d{5}", text) else re.sub(r"\D", "", text)
    elif ty in ("DOB", "EXPIRY"):
        if not check_date(text, *canon):
            raise ValueError("date mismatch %r %r" % (text, canon))
        return None
    elif ty == "ADDRESS":
        if not re.match(r"^(flat |apartment |apt |unit )?[0-9a-z]", text.lower()):
            raise ValueError("address " + text)
        return None
    else:
        raise ValueError(ty)
    if role == "full":
        if v != canon:
            raise ValueError("%s value %r != %r (%r)" % (ty, v, canon, text))
    elif role == "part":
        return v
    elif role == "frag":
        if v not in canon:
            raise ValueError("frag %r not in %r" % (v, canon))
    elif role == "loose":
        if not v:
            raise ValueError("empty loose")
    return v


def validate_canon(ty, canon):
    if ty == "CARD_NUMBER":
        assert 13 <= len(canon) <= 19 and canon.isdigit() and luhn_ok(canon), canon
    elif ty == "IBAN":
        assert iban_check(canon), canon
    elif ty == "NI_NUMBER":
        assert NI_RE.match(canon), canon
    elif ty == "SSN":
        assert len(canon) == 9 and canon.isdigit() and canon[:3] not in ("000", "666") and canon[0] != "9", canon
    elif ty == "SORT_CODE":
        assert len(canon) == 6 and canon.isdigit(), canon
    elif ty == "CVV":
        assert len(canon) in (3, 4) and canon.isdigit(), canon
    elif ty == "BANK_ACCOUNT":
        assert 6 <= len(canon) <= 12 and canon.isdigit(), canon
    elif ty == "PHONE":
        assert 10 <= len(canon) <= 13 and canon.isdigit(), canon
    elif ty == "EMAIL":
        assert EMAIL_RE.match(canon), canon
    elif ty == "POSTCODE":
        assert re.match(r"^([A-Z]{1,2}[0-9]{1,2}[0-9][A-Z]{2}|[0-9]{5}([0-9]{4})?)$", canon), canon
    elif ty in ("DOB", "EXPIRY"):
        d, m, y = canon
        assert 1 <= m <= 12
    elif ty == "ADDRESS":
        pass


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
class V:
    """A labelled value segment."""

    def __init__(self, text, ty, canon, role="full", grp=None):
        self.text, self.ty, self.canon, self.role, self.grp = text, ty, canon, role, grp


def build(cid, kind, turns, note):
    out_turns, spans, metas = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.ty})
                metas.append({"canon": s.canon, "role": s.role, "grp": s.grp})
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, metas


def pick(*xs):
    return R.choice(xs)


def filler():
    return R.choice(["um ", "uh ", "er ", "", "", "so ", "erm "])


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm", "carry on"]
INDUSTRY = ["bank", "mobile network", "energy supplier", "online shop", "insurer", "airline",
            "hospital billing office", "council", "broadband provider", "credit union", "tax office"]

# ---------------- positive templates ----------------
POS = []


def pos(f):
    POS.append(f)
    return f


def card_spoken_split(card, region, back_and_forth=True):
    """Card read over several customer turns with agent back-channels; returns turns."""
    sizes = card_chunks(card)
    turns, i = [], 0
    g = object()
    chunks = []
    for n in sizes:
        chunks.append(card[i:i + n]); i += n
    for k, ch in enumerate(chunks):
        txt = say_digits(ch, region, pairs=0.15, filler=0.08)
        lead = filler() if k else pick("okay it's ", "right so ", "it's ", "", "yeah ")
        turns.append(("customer", [lead, V(txt, "CARD_NUMBER", card, "part", g)]))
        if k < len(chunks) - 1:
            turns.append(("agent", R.choice(BACK)))
    return turns


@pos
def p_card_split_readback():
    region = pick("UK", "US", "UK", "IE")
    card = make_card()
    t = [("agent", pick("can I take the long number across the front of the card please",
                        "go ahead with the card number when you're ready",
                        "and what's the sixteen digit number on the card"))]
    t += card_spoken_split(card, region)
    rb = say_chunks(card, card_chunks(card), region, pairs=0.0, dbl=0.3)
    t.append(("agent", [pick("so that's ", "let me read that back, ", "okay I have "), V(rb, "CARD_NUMBER", card), pick(", is that right?", "?", ", correct?")]))
    t.append(("customer", pick("yes that's it", "yep", "that's correct", "yeah spot on")))
    return t, "card read in chunks over turns with back-channels, agent read-back"


@pos
def p_card_digit_correction():
    region = pick("UK", "US")
    card = make_card()
    sizes = card_chunks(card)
    # agent mishears one digit in one group; customer corrects the group
    gi = R.randrange(len(sizes))
    start = sum(sizes[:gi])
    grp = card[start:start + sizes[gi]]
    pos_ = R.randrange(len(grp))
    wrongd = str((int(grp[pos_]) + R.randint(1, 8)) % 10)
    wrong = grp[:pos_] + wrongd + grp[pos_ + 1:]
    spoken = say_chunks(card, sizes, region, pairs=0.1, dbl=0.5)
    t = [("customer", [pick("the card number is ", "card is ", "okay so it's "), V(spoken, "CARD_NUMBER", card)]),
         ("agent", [pick("sorry, was the ", "just to check, the "), ordinal_word(gi + 1), " block ", V(say_digits(wrong, region, dbl=0), "CARD_NUMBER", wrong, "loose"), "?"]),
         ("customer", [pick("no, ", "no no, ", "nope, "), V(say_digits(grp, region, dbl=0), "CARD_NUMBER", card, "frag"), pick(", it's a ", ", "), digit_name(grp[pos_]), pick(" not a ", " not "), digit_name(wrongd)]),
         ("agent", [pick("got it, so the full number is ", "okay, corrected, "), V(card_typed(card) if R.random() < 0.3 else say_chunks(card, sizes, region, dbl=0), "CARD_NUMBER", card)]),
         ("customer", "that's right")]
    return t, "agent mishears one card digit, caller corrects the block, full read-back"


def ordinal_word(n):
    return ["zeroth", "first", "second", "third", "fourth", "fifth"][n]


def digit_name(d):
    return UNITS[int(d)]


@pos
def p_card_hold_repeat():
    region = pick("UK", "US", "IE")
    card = make_card()
    exp = make_exp()
    t = [("customer", [pick("it's ", "number's ", ""), V(say_chunks(card, card_chunks(card), region, pairs=0.2, filler=0.05), "CARD_NUMBER", card)]),
         ("agent", pick("thank you, I'm just going to pop you on hold for a moment while the system catches up",
                        "bear with me, I need to transfer you to payments, please hold",
                        "one second, my screen's frozen, can you hold the line")),
         ("agent", pick("hi there, thanks for holding, this is payments, could you give me that card number again please",
                        "sorry about that, the system dropped it, can I have the card number once more",
                        "thanks for waiting, my colleague passed you over, what's the long card number")),
         ("customer", [pick("sure, ", "ugh, okay, ", "again? fine, "), V(card_typed(card) if R.random() < 0.3 else say_chunks(card, card_chunks(card), region, pairs=0.3), "CARD_NUMBER", card)]),
         ("agent", "and the expiry?"),
         ("customer", [V(exp[0], "EXPIRY", exp[1])])]
    return t, "card number repeated after a hold/transfer, then expiry"


def make_exp():
    m, y = R.randint(1, 12), R.randint(25, 32)
    forms = ["%02d/%02d" % (m, y), "%02d %02d" % (m, y), "%s twenty %s" % (MONTHS[m - 1], say_digits(str(y), pairs=1)),
             "%s %s" % (say_digits("%02d" % m, "UK", pairs=0), pair_word(str(y), "UK")),
             "%02d-20%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y),
             "%s of %s" % (MONTHS[m - 1], "twenty " + pair_word(str(y), "UK"))]
    return R.choice(forms), (1, m, 2000 + y)


def make_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005)
    yy = str(y)
    if y < 2000:
        ys = pick("nineteen " + pair_word(yy[2:], "UK"), pair_word(yy[2:], "UK") if False else "nineteen " + pair_word(yy[2:], "UK"))
    else:
        ys = pick("two thousand and " + UNITS[int(yy[3])] if yy[2] == "0" else "twenty " + pair_word(yy[2:], "UK"),
                  "two thousand " + UNITS[int(yy[3])] if yy[2] == "0" else "twenty " + pair_word(yy[2:], "UK"))
    forms = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%s" % (m, d, yy[2:]) if False else "%02d/%02d/%d" % (d, m, y),
             "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
             "the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys), "%s %s %s" % (MONTHS[m - 1], ORD[d], ys),
             "%s %s %s" % (say_digits("%02d" % d, dbl=0), say_digits("%02d" % m, dbl=0), ys),
             "%d-%02d-%02d" % (y, m, d), "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1][:3], y)]
    return R.choice(forms), (d, m, y)


@pos
def p_card_typed_chat():
    card = make_card()
    cvv = "".join(R.choice(DIG) for _ in range(4 if card[:2] in ("34", "37") else 3))
    exp = make_exp()
    lab = pick("card no: ", "Card number - ", "cc# ", "card: ", "CARD NUMBER ", "my card is ")
    t = [("agent", pick("Please type the card details in the secure chat.", "Hi! Could you send the card you'd like to use?")),
         ("customer", [lab, V(card_typed(card), "CARD_NUMBER", card), pick(" exp ", ", expires ", " / exp: "), V(exp[0], "EXPIRY", exp[1]),
                       pick(" cvv ", " , security code ", " cvc: ", " sec code "), V(cvv, "CVV", cvv)]),
         ("agent", pick("Thanks, processing now.", "Got it, one moment please."))]
    return t, "typed chat: card, expiry and CVV in one message"


@pos
def p_card_for_someone():
    region = pick("UK", "US", "IE")
    card = make_card()
    who = pick("my husband's", "my mum's", "my dad's", "my wife's", "my son's", "the company")
    t = [("customer", ["I'm paying on ", who, " card, he's just passed it to me, hang on... right, ", V(say_chunks(card, card_chunks(card), region, pairs=0.15, filler=0.1), "CARD_NUMBER", card)]),
         ("agent", ["and is the cardholder there with you? I'll need their permission"]),
         ("customer", "yes he's right here, he says that's fine"),
         ("agent", ["lovely, and just the last four again?"]),
         ("customer", [V(say_digits(card[-4:], region), "CARD_NUMBER", card, "frag")])]
    return t, "caller reads a relative's card; last four repeated after the full number (so labelled)"


@pos
def p_card_restart_cvv():
    region = pick("UK", "US")
    card = make_card()
    cvv = "".join(R.choice(DIG) for _ in range(3))
    k = R.randint(3, 6)
    t = [("customer", [V(say_digits(card[:k], region), "CARD_NUMBER", card[:k], "loose"), pick("... oh wait no, that's my old card, hang on. okay, new one: ", " - sorry, let me start again - ", ", no, I'm reading the wrong line, ")]),
         ("customer", [V(say_chunks(card, card_chunks(card), region, pairs=0.2, filler=0.05), "CARD_NUMBER", card)]),
         ("agent", "and the three digits on the back?"),
         ("customer", [pick("it's ", "", "uh "), V(say_digits(cvv, region, pairs=0.3), "CVV", cvv)]),
         ("agent", ["that's ", V(" ".join(d_word(c, region) for c in cvv), "CVV", cvv), "?"]),
         ("customer", "yep")]
    return t, "aborted partial reading of an old card, restart, CVV with read-back"


@pos
def p_ssn():
    ssn = make_ssn()
    mode = R.randrange(5)
    if mode == 0:
        t = [("agent", pick("For verification, can I get your social?", "I'll need the social security number on the account.")),
             ("customer", [pick("sure it's ", "yeah ", "", "uh it's "), V(say_chunks(ssn, [3, 2, 4], "US", pairs=0.2, filler=0.05), "SSN", ssn)]),
             ("agent", ["I have ", V(say_chunks(ssn, [3, 2, 4], "US", pairs=0, dbl=0), "SSN", ssn), pick(", correct?", "?")]),
             ("customer", "correct")]
        note = "spoken SSN with agent read-back"
    elif mode == 1:
        fmt = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s")
        t = [("customer", [pick("SSN: ", "ssn ", "Social Security #: ", "my SS# is ", "last 9? lol, full social is "), V(fmt % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", ssn)]),
             ("agent", "Thanks, I've located your account.")]
        note = "typed SSN with label"
    elif mode == 2:
        g = object()
        t = [("agent", "okay, go ahead with the social, first three"),
             ("customer", [V(say_digits(ssn[:3], "US", pairs=0.3), "SSN", ssn, "part", g)]),
             ("agent", pick("mhm", "okay", "and the middle two")),
             ("customer", [filler(), V(say_digits(ssn[3:5], "US", pairs=0.5), "SSN", ssn, "part", g)]),
             ("agent", "go on"),
             ("customer", [V(say_digits(ssn[5:], "US", pairs=0.3), "SSN", ssn, "part", g)]),
             ("agent", ["so the last four are ", V(say_digits(ssn[5:], "US", dbl=0), "SSN", ssn, "frag"), ", perfect"])]
        note = "SSN confirmed piece by piece across turns"
    elif mode == 3:
        wrong_pos = R.randrange(9)
        wd = str((int(ssn[wrong_pos]) + 1) % 10)
        wrong = ssn[:wrong_pos] + wd + ssn[wrong_pos + 1:]
        t = [("customer", [pick("my mother's social is ", "I'm calling for my dad, his social is "), V(say_chunks(wrong, [3, 2, 4], "US", pairs=0.1), "SSN", wrong, "loose")]),
             ("agent", "that one isn't matching, could you check it again"),
             ("customer", ["oh sorry, let me look, it's ", V(say_chunks(ssn, [3, 2, 4], "US", pairs=0.1), "SSN", ssn), ", I misread a ", digit_name(ssn[wrong_pos])]),
             ("agent", "that's a match, thank you")]
        note = "caller for a parent misreads SSN, then corrects it"
    else:
        t = [("agent", "and your date of birth and social please"),
             ("customer", [V(*swap(make_dob(), "DOB")), pick(", and the social is ", " and uh social's ", ". ss number "),
                           V(say_digits(ssn, "US", pairs=0.1, filler=0.08), "SSN", ssn)])]
        note = "DOB and SSN in one turn, fillers inside"
    return t, note


def swap(dob, ty):
    return dob[0], ty, dob[1]


def ni_spoken(ni):
    return say_alnum(ni, "UK", filler=0.05)


@pos
def p_ni():
    ni = make_ni()
    mode = R.randrange(5)
    if mode == 0:
        t = [("agent", pick("can I take your national insurance number", "what's your NI number please")),
             ("customer", [pick("yeah it's ", "", "um it's ", "right it's "), V(ni_spoken(ni), "NI_NUMBER", ni)]),
             ("agent", ["so ", V(say_alnum(ni), "NI_NUMBER", ni), "?"]),
             ("customer", "that's it")]
        note = "spoken NI number with NATO spelling and read-back"
    elif mode == 1:
        typed = pick(ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8])
        t = [("customer", [pick("NI no: ", "NINO ", "national insurance: ", "Ni number is ", "NI # "), V(typed, "NI_NUMBER", ni)]),
             ("agent", "Thank you, I can see your record now.")]
        note = "typed NI number, varied spacing/case"
    elif mode == 2:
        g = object()
        t = [("agent", "go ahead with the national insurance"),
             ("customer", [V(say_alnum(ni[:2]), "NI_NUMBER", ni, "part", g)]),
             ("agent", "mhm"),
             ("customer", [V(say_digits(ni[2:5], "UK"), "NI_NUMBER", ni, "part", g)]),
             ("agent", pick("yep", "go on")),
             ("customer", [V(say_digits(ni[5:8], "UK"), "NI_NUMBER", ni, "part", g), " and then ", V(say_alnum(ni[8]), "NI_NUMBER", ni, "part", g)]),
             ("agent", ["thank you, ", V(say_alnum(ni), "NI_NUMBER", ni)])]
        note = "NI number split over turns; the letter suffix is a separate span in the same turn"
    elif mode == 3:
        wrongl = R.choice([c for c in "ABCD" if c != ni[8]])
        t = [("agent", ["I have ", V(say_alnum(ni[:8] + wrongl), "NI_NUMBER", ni[:8] + wrongl, "loose"), ", is that right?"]),
             ("customer", ["no, the last letter's ", V(spell_letter(ni[8]), "NI_NUMBER", ni, "frag"), " not ", wrongl.lower()]),
             ("agent", ["sorry, ", V(say_alnum(ni), "NI_NUMBER", ni), " then"])]
        note = "agent's read-back has the wrong suffix letter; caller corrects one letter"
    else:
        t = [("customer", [pick("I'm ringing on behalf of my gran, she's here with me. her NI number is ", "this is for my brother, his national insurance is "),
                           V(ni_spoken(ni), "NI_NUMBER", ni), pick(" and she was born ", " and his date of birth is "), V(*swap(make_dob(), "DOB"))]),
             ("agent", "okay and can she confirm she's happy for you to speak on her behalf?")]
        note = "caller gives a relative's NI and DOB"
    return t, note


def make_phone():
    kind = R.randrange(6)
    if kind == 0:
        d = "07" + "".join(R.choice(DIG) for _ in range(9))
        typed = pick(d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:])
        return d, typed, say_chunks(d, [5, 3, 3], "UK", pairs=0.1), "UK mobile"
    if kind == 1:
        d = "447" + "".join(R.choice(DIG) for _ in range(9))
        typed = "+" + d[:2] + " " + d[2:6] + " " + d[6:]
        sp = "plus four four " + say_chunks(d[2:], [4, 3, 3], "UK")
        return d, typed, sp, "UK mobile international"
    if kind == 2:
        a = str(R.randint(2, 9)) + "".join(R.choice(DIG) for _ in range(2))
        d = a + str(R.randint(2, 9)) + "".join(R.choice(DIG) for _ in range(6))
        typed = pick("(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:]))
        if typed.startswith("("):
            typed = "%s-%s-%s" % (d[:3], d[3:6], d[6:])
        sp = say_chunks(d, [3, 3, 4], "US", pairs=0.2)
        return d, typed, sp, "US number"
    if kind == 3:
        d = "1" + str(R.randint(2, 9)) + "".join(R.choice(DIG) for _ in range(9))
        typed = "+1 %s %s %s" % (d[1:4], d[4:7], d[7:])
        sp = "plus one " + say_chunks(d[1:], [3, 3, 4], "US")
        return d, typed, sp, "US international"
    if kind == 4:
        d = "3538" + R.choice("3579") + "".join(R.choice(DIG) for _ in range(7))
        typed = "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:]
        sp = "plus three five three " + say_chunks(d[3:], [2, 3, 4], "IE")
        return d, typed, sp, "Irish mobile"
    d = "0" + R.choice(["20", "161", "113", "121", "131"]) 
    d = d + "".join(R.choice(DIG) for _ in range(11 - len(d)))
    typed = d[:len(d) - 7] + " " + d[-7:-4] + " " + d[-4:]
    sp = say_chunks(d, [len(d) - 7, 3, 4], "UK", pairs=0.3)
    return d, typed, sp, "UK landline"


@pos
def p_phone():
    d, typed, sp, kind = make_phone()
    mode = R.randrange(3)
    if mode == 0:
        t = [("agent", "what's the best number to reach you on?"),
             ("customer", [pick("", "it's ", "uh "), V(sp, "PHONE", d)]),
             ("agent", ["that's ", V(sp if R.random() < 0.5 else say_digits(d if not sp.startswith("plus") else d, "UK", dbl=0) if not sp.startswith("plus") else sp, "PHONE", d), "?"]),
             ("customer", pick("yep", "that's the one"))]
    elif mode == 1:
        t = [("customer", [pick("Pls call me back on ", "mob: ", "tel. ", "Contact no - ", "ring me at "), V(typed, "PHONE", d), pick(" after 5", "", " thx", " any time before 6pm")]),
             ("agent", "Will do.")]
    else:
        wp = R.randrange(len(d) - 4) + 3
        wrong = d[:wp] + str((int(d[wp]) + 3) % 10) + d[wp + 1:]
        t = [("customer", [pick("you can get my daughter on ", "my new mobile is "), V(sp, "PHONE", d)]),
             ("agent", ["let me read that back, ", V(say_digits(wrong, "UK", dbl=0), "PHONE", wrong, "loose")]),
             ("customer", ["not quite, it's ", V(say_digits(d, "UK", dbl=0), "PHONE", d)])]
    return t, "phone (%s)" % kind


@pos
def p_email():
    e = make_email()
    loc, dom = e.split("@")
    mode = R.randrange(3)
    if mode == 0:
        sp = spoken_local(loc) + " at " + dom.replace(".", " dot ")
        t = [("agent", "and what email should we send the confirmation to?"),
             ("customer", [pick("it's ", "", "uh ", "that'd be "), V(sp, "EMAIL", e)]),
             ("agent", ["so ", V(spoken_local(loc) + " at " + dom.replace(".", " dot "), "EMAIL", e), "?"]),
             ("customer", "yes")]
    elif mode == 1:
        t = [("customer", [pick("email: ", "E-mail ", "my email is ", "send it to "), V(pick(e, e, e.title() if False else e), "EMAIL", e), pick("", " please", " ta")]),
             ("agent", "Thanks!")]
    else:
        t = [("customer", ["it's my son's email actually, he does all this, it's ", V(spoken_local(loc) + " at " + dom.replace(".", " dot "), "EMAIL", e)]),
             ("agent", ["sorry, was that ", V(spoken_local(loc), "EMAIL", e, "loose_email"), " and then at ", dom.split(".")[0], "?"]),
             ("customer", ["yes, ", V(e, "EMAIL", e), ", I'll type it in the chat"])]
    return t, "email " + ("spoken" if mode != 1 else "typed")


def spoken_local(loc):
    out = []
    for piece in re.split(r"([._\-])", loc):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append(pick("dash", "hyphen"))
        elif piece:
            m = re.match(r"([a-z]+)([0-9]*)$", piece)
            out.append(m.group(1))
            if m.group(2):
                out.append(" ".join(UNITS[int(c)] for c in m.group(2)))
    return " ".join(out)


@pos
def p_bank_uk():
    sc = make_sort()
    ac = make_acct()
    mode = R.randrange(3)
    if mode == 0:
        t = [("agent", "can I take the sort code and account number for the direct debit"),
             ("customer", ["sort code ", V(say_chunks(sc, [2, 2, 2], "UK", pairs=0.5), "SORT_CODE", sc), pick(", account ", " and the account number is ", ", and account number "), V(say_digits(ac, "UK", pairs=0.2, filler=0.05), "BANK_ACCOUNT", ac)]),
             ("agent", ["so sort code ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:] if False else say_chunks(sc, [2, 2, 2], "UK", pairs=1, dbl=0), "SORT_CODE", sc), ", account ending ", V(say_digits(ac[-4:], "UK"), "BANK_ACCOUNT", ac, "frag")]),
             ("customer", "yep")]
    elif mode == 1:
        t = [("customer", [pick("Sort code: ", "S/C ", "sortcode "), V(pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), "SORT_CODE", sc),
                           pick(" Acc no: ", "  acct no: ", " A/C ", ", account number "), V(ac, "BANK_ACCOUNT", ac)]),
             ("agent", "Thank you, the mandate is set up.")]
    else:
        g = object()
        t = [("customer", ["the account number is ", V(say_digits(ac[:4], "UK"), "BANK_ACCOUNT", ac, "part", g)]),
             ("agent", "sorry you broke up a bit there, after the first four?"),
             ("customer", [V(say_digits(ac[4:], "UK", pairs=0.3), "BANK_ACCOUNT", ac, "part", g)]),
             ("agent", ["and the sort code?"]),
             ("customer", ["it's on the statement somewhere... here, ", V(say_chunks(sc, [2, 2, 2], "UK", pairs=0.6), "SORT_CODE", sc)])]
    return t, "UK sort code + account number"


@pos
def p_bank_us():
    ac = make_acct(us=True)
    zipc = make_zip()
    t = [("agent", "Which checking account would you like the refund deposited to?"),
         ("customer", [pick("account number ", "acct # ", "it's account "), V(pick(ac, say_digits(ac, "US", pairs=0.2)), "BANK_ACCOUNT", ac), pick(", billing zip ", " and my zip is ", ", zip code "), V(zipc, "POSTCODE", re.sub(r"\D", "", zipc))]),
         ("agent", ["Okay, account ending in ", V(ac[-4:], "BANK_ACCOUNT", ac, "frag"), ", got it."])]
    return t, "US bank account and ZIP"


@pos
def p_iban():
    ib = make_iban()
    mode = R.randrange(3)
    if mode == 0:
        typed = pick(ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower())
        t = [("customer", [pick("IBAN: ", "iban ", "Please refund to IBAN ", "my IBAN is "), V(typed, "IBAN", ib)]),
             ("agent", "Thank you, the refund will be processed in 3-5 working days.")]
    elif mode == 1:
        t = [("agent", "what's the IBAN for the transfer?"),
             ("customer", [pick("okay it's ", "right, ", ""), V(say_alnum(ib, "IE", filler=0.05), "IBAN", ib)]),
             ("agent", ["I'll read it back: ", V(say_alnum(ib), "IBAN", ib)]),
             ("customer", "perfect")]
    else:
        g = object()
        t = [("customer", ["it starts ", V(say_alnum(ib[:8]), "IBAN", ib, "part", g)]),
             ("agent", "okay"),
             ("customer", [V(say_alnum(ib[8:16]), "IBAN", ib, "part", g)]),
             ("agent", "mhm, go on"),
             ("customer", ["and then ", V(say_alnum(ib[16:]), "IBAN", ib, "part", g), ", that's the lot"])]
    return t, "IBAN (%s)" % ib[:2]


@pos
def p_address():
    uk = R.random() < 0.6
    num = str(R.randint(1, 240))
    street = R.choice(STREETS)
    flat = R.random() < 0.3
    addr_t = ("Flat %d, " % R.randint(1, 30) if flat else "") + num + " " + street
    pc = make_uk_postcode() if uk else make_zip()
    pc_canon = pc.replace(" ", "") if uk else re.sub(r"\D", "", pc)
    town = R.choice(TOWNS_UK if uk else TOWNS_US)
    mode = R.randrange(3)
    if mode == 0:
        t = [("agent", "can you confirm the first line of the address and the postcode" if uk else "can you confirm your street address and zip"),
             ("customer", [V(addr_t.lower() if R.random() < 0.5 else addr_t, "ADDRESS", None), ", ", town, ", ", V(pc if R.random() < 0.5 else say_alnum(pc_canon, "UK" if uk else "US"), "POSTCODE", pc_canon)]),
             ("agent", ["thanks, that matches"])]
    elif mode == 1:
        spnum = say_digits(num, "UK", pairs=1) if len(num) < 3 else UNITS[int(num[0])] + " hundred and " + pair_word(num[1:], "UK") if num[1:] != "00" and num[1] != "0" else num
        t = [("customer", ["I've moved, the new address is ", V(spnum + " " + street.lower(), "ADDRESS", None), ", in ", town]),
             ("agent", "and the postcode?" if uk else "and the zip code?"),
             ("customer", [V(say_alnum(pc_canon, "UK") if uk else say_digits(pc_canon, "US"), "POSTCODE", pc_canon)]),
             ("agent", ["so ", V(num + " " + street.lower(), "ADDRESS", None), ", ", V(say_alnum(pc_canon, "UK") if uk else say_digits(pc_canon, "US", dbl=0), "POSTCODE", pc_canon)])]
    else:
        t = [("customer", [pick("Delivery addr: ", "Address - ", "ship to: "), V(addr_t, "ADDRESS", None), ", ", town, " ", V(pc, "POSTCODE", pc_canon)]),
             ("agent", "Updated, thank you.")]
    return t, "address and postcode (%s)" % ("UK" if uk else "US")


@pos
def p_dob_exp():
    dob = make_dob()
    mode = R.randrange(3)
    if mode == 0:
        t = [("agent", "and can you confirm your date of birth"),
             ("customer", [pick("it's ", "", "uh ", "yeah "), V(dob[0], "DOB", dob[1])]),
             ("agent", "thank you")]
    elif mode == 1:
        d, m, y = dob[1]
        wrong = (d, m, y + 1)
        t = [("agent", ["I have your date of birth as ", V("the %s of %s %s" % (ORD[d], MONTHS[m - 1], y + 1), "DOB", wrong), ", is that right?"]),
             ("customer", ["no, ", V("%s %d" % (MONTHS[m - 1], y), "DOB", (d, m, y)), ", you've got the year wrong"])]
    else:
        exp = make_exp()
        t = [("customer", ["DOB ", V(dob[0], "DOB", dob[1]), pick(", card expires ", " / expiry date "), V(exp[0], "EXPIRY", exp[1])]),
             ("agent", "Thanks.")]
    return t, "date of birth / expiry"


@pos
def p_combo_verify():
    # identity and verification: postcode, DOB, phone, with a transfer in the middle
    uk = R.random() < 0.6
    dob = make_dob()
    d, typed, sp, kind = make_phone()
    pc = make_uk_postcode() if uk else make_zip()
    pc_canon = pc.replace(" ", "") if uk else re.sub(r"\D", "", pc)
    t = [("agent", "before I transfer you to the billing team I'll just need to verify you. date of birth?"),
         ("customer", [V(dob[0], "DOB", dob[1])]),
         ("agent", "and the postcode on the account?" if uk else "and the zip code on the account?"),
         ("customer", [V(pc, "POSTCODE", pc_canon)]),
         ("agent", "okay transferring you now, please hold"),
         ("agent", "hi, billing here, I can see you've been verified. which number should I call back on if we get cut off?"),
         ("customer", [V(sp, "PHONE", d), ", it's my work phone"])]
    return t, "verification, hold and transfer, then callback phone"


# ---------------- negative templates ----------------
NEG = []


def neg(f):
    NEG.append(f)
    return f


def rdig(n):
    return str(R.randint(1, 9)) + "".join(R.choice(DIG) for _ in range(n - 1))


@neg
def n_amounts():
    amt = "%d.%02d" % (R.randint(5, 2500), R.randint(0, 99))
    t = [("customer", "how much do I owe?"),
         ("agent", pick("your balance is £%s and the minimum payment is £%d" % (amt, R.randint(5, 40)),
                        "the outstanding amount is $%s, due on the %s of %s" % (amt, ORD[R.randint(1, 28)], R.choice(MONTHS)),
                        "you owe %s euro, that's %s euro and %s cent" % (amt, amt.split(".")[0], amt.split(".")[1]))),
         ("customer", pick("okay and what's the interest rate", "right")),
         ("agent", "it's %d.%d percent APR" % (R.randint(9, 34), R.randint(0, 9)))]
    return t, "amounts, balances, interest rate"


@neg
def n_ref_spoken():
    lab = pick("order number", "ticket number", "claim reference", "tracking number", "case number", "booking reference", "policy number", "invoice number")
    n = rdig(R.choice([12, 14, 16, 16]))
    t = [("agent", "do you have a %s?" % lab),
         ("customer", ["yeah the %s is %s" % (lab, say_chunks(n, [4] * 4, "UK", pairs=0.2))]),
         ("agent", ["thank you, that's %s %s" % (lab, say_chunks(n, [4] * 4, "UK", dbl=0))])]
    return t, "long %s read in card-like blocks with read-back" % lab


@neg
def n_ref_typed():
    lab = pick("Order #", "Ticket: ", "Invoice no. ", "Ref: ", "Tracking: 1Z", "Serial no ", "Model: XR-", "Policy # POL-", "Claim ID ")
    n = rdig(R.choice([8, 10, 13, 16, 18]))
    n2 = group(n, [4, 4, 4, 4, 4], R.choice([" ", "-", ""]))
    t = [("customer", ["%s%s - still hasn't arrived" % (lab, n2)]),
         ("agent", pick("I'm sorry to hear that, let me check.", "Thanks, I'll look into it."))]
    return t, "labelled long reference number in chat"


@neg
def n_last_four():
    l4 = rdig(4)
    t = [("agent", "which card would you like to use?"),
         ("customer", pick("the one ending %s" % say_digits(l4, "UK"), "card ending in %s" % l4, "the visa, last four %s" % say_digits(l4, "US", pairs=0.5))),
         ("agent", "okay, the card ending %s, and that's for £%d.%02d" % (l4, R.randint(5, 500), R.randint(0, 99)))]
    return t, "card last-four only, with amount"


@neg
def n_times_dates():
    t = [("agent", "we're open %s am to %s pm monday to friday, and the engineer can come on %s the %s of %s between %s and %s" %
          (R.randint(7, 9), R.randint(5, 8), R.choice(["tuesday", "wednesday", "friday"]), ORD[R.randint(1, 28)], R.choice(MONTHS), R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]))),
         ("customer", "that works, how long will it take?"),
         ("agent", "about %s minutes, and your contract renews on %02d/%02d/%d" % (pick("forty five", "ninety", "thirty"), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028)))]
    return t, "opening hours, appointment date, duration, contract date"


@neg
def n_meter():
    r1 = rdig(5)
    t = [("agent", "can you read me the meter?"),
         ("customer", ["it says %s, then there's a red %s" % (say_digits(r1, "UK", pairs=0.3), say_digits(rdig(1), "UK"))]),
         ("agent", "and the meter serial number?"),
         ("customer", "serial number %s" % say_alnum("%s%s" % (R.choice("ABEKLZ"), rdig(8)))),
         ("agent", "thanks, reading of %s submitted" % r1)]
    return t, "meter reading and meter serial (not PII)"


@neg
def n_travel():
    t = [("customer", "I'm on flight %s%d, seat %d%s, but the gate changed to %s%d" %
          (pick("BA", "EI", "FR", "UA", "LH"), R.randint(100, 9999), R.randint(1, 40), R.choice("ABCDEF"), R.choice("ABCD"), R.randint(1, 60))),
         ("agent", "thanks, and your booking reference is %s?" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
         ("customer", "yes, and I'm in room %d at the hotel, checking out at %d" % (R.randint(100, 999), R.randint(10, 12)))]
    return t, "flight, seat, gate, booking reference, room number"


@neg
def n_ages_counts():
    t = [("customer", "I'm %d, my son is %d, there are %d of us on the plan, and it's %d degrees in here" %
          (R.randint(20, 90), R.randint(1, 19), R.randint(2, 6), R.randint(15, 35))),
         ("agent", "okay, so %d lines at %d pounds a month, that's %d percent off for %d months, started in %d" %
          (R.randint(2, 6), R.randint(10, 80), R.randint(5, 50), R.randint(6, 24), R.randint(2015, 2025)))]
    return t, "ages, counts, temperatures, percentages, years"


@neg
def n_road():
    t = [("customer", "there's a fault near the %s roundabout on the %s, by junction %d" %
          (R.choice(["A40", "M25", "A1", "N7", "I-95", "Route 66"]), R.choice(["A406", "M62", "B1234", "N4"]), R.randint(1, 40))),
         ("agent", "thanks, I've logged fault reference %s and the pole number is %s" % (rdig(9), rdig(6)))]
    return t, "road names and fault references, not addresses"


@neg
def n_card_like_other():
    n = make_card()  # Luhn-valid but explicitly a membership/gift/loyalty number
    lab = pick("loyalty card number", "gift card code", "membership number", "IMEI", "SIM serial", "voucher code")
    t = [("agent", "what's the %s?" % lab),
         ("customer", ["%s" % say_chunks(n, card_chunks(n), "UK", pairs=0.1)]),
         ("agent", ["perfect, the %s is %s, I'll add the points" % (lab, card_typed(n))])]
    return t, "Luhn-valid digits explicitly labelled as %s (not a payment card)" % lab


@neg
def n_hold_transfer():
    t = [("agent", "I'm going to transfer you to extension %s, please hold, the wait is about %s minutes" % (rdig(4), pick("five", "ten", "twenty"))),
         ("agent", "thanks for holding, you're caller number %s in the queue... sorry, I have your ticket %s open now" % (pick("three", "seven"), rdig(7))),
         ("customer", "finally, I've been on hold for %d minutes" % R.randint(10, 59))]
    return t, "hold/transfer chatter with extension, ticket and counts"


@neg
def n_agent_readback_ref():
    n = rdig(10)
    wp = R.randrange(10)
    wrong = n[:wp] + str((int(n[wp]) + 1) % 10) + n[wp + 1:]
    t = [("customer", "my claim reference is %s" % say_chunks(n, [3, 3, 4], "US", pairs=0.2)),
         ("agent", "claim reference %s?" % say_chunks(wrong, [3, 3, 4], "US", dbl=0)),
         ("customer", "no, the claim ref is %s" % say_chunks(n, [3, 3, 4], "US", dbl=0))]
    return t, "claim reference with wrong read-back and correction (10 digits like a phone)"


# --------------------------------------------------------------------------
def generate():
    cases, metas = [], []
    # schedule positives so the type minima are met
    sched = ([p_card_split_readback] * 16 + [p_card_digit_correction] * 14 + [p_card_hold_repeat] * 12 +
             [p_card_typed_chat] * 14 + [p_card_for_someone] * 8 + [p_card_restart_cvv] * 10 +
             [p_ssn] * 30 + [p_ni] * 30 + [p_phone] * 14 + [p_email] * 12 + [p_bank_uk] * 12 +
             [p_bank_us] * 8 + [p_iban] * 12 + [p_address] * 14 + [p_dob_exp] * 10 + [p_combo_verify] * 8)
    R.shuffle(sched)
    for i, f in enumerate(sched):
        t, note = f()
        c, m = build("h436-pos-%03d" % (i + 1), "positive", t, note)
        cases.append(c); metas.append(m)
    nsched = NEG * 10
    R.shuffle(nsched)
    for i, f in enumerate(nsched):
        t, note = f()
        c, m = build("h436-neg-%03d" % (i + 1), "negative", t, note)
        cases.append(c); metas.append(m)
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_case(c, metas):
    errs = []
    assert c["kind"] in ("positive", "negative")
    if c["kind"] == "negative" and c["spans"]:
        errs.append("negative with spans")
    if c["kind"] == "positive" and not c["spans"]:
        errs.append("positive without spans")
    groups = {}
    prev = {}
    for s, m in sorted(zip(c["spans"], metas), key=lambda x: (x[0]["turn"], x[0]["start"])):
        if not (0 <= s["turn"] < len(c["turns"])):
            errs.append("turn out of range"); continue
        txt = c["turns"][s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(txt)):
            errs.append("offset out of range"); continue
        if s["turn"] in prev and a < prev[s["turn"]]:
            errs.append("overlap")
        prev[s["turn"]] = b
        val = txt[a:b]
        if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
            errs.append("span edge not alnum: %r" % val)
        if a > 0 and txt[a - 1].isalnum():
            errs.append("start not on word boundary: %r" % val)
        if b < len(txt) and txt[b].isalnum():
            errs.append("end not on word boundary: %r" % val)
        try:
            if m["role"] == "loose_email":
                continue
            if m["canon"] is not None and m["role"] in ("full", "part"):
                validate_canon(s["type"], m["canon"])
            v = validate(s["type"], val, m)
            if m["role"] == "part":
                groups.setdefault(id(m["grp"]), [s["type"], m["canon"], ""])[2] += v
        except (ValueError, AssertionError) as e:
            errs.append("%s: %s" % (s["type"], e))
    for ty, canon, got in groups.values():
        if got != canon:
            errs.append("split %s %r != %r" % (ty, got, canon))
    if not c["kind"] == "positive":
        for t in c["turns"]:
            if "@" in t["text"]:
                errs.append("email-like text in negative")
    if c["turns"][0]["speaker"] not in ("customer", "agent"):
        errs.append("speaker")
    return errs


def main():
    cases, metas = generate()
    data = serialise(cases)
    if "--check" in sys.argv:
        ok = True
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != data:
                print("FAIL: cases.jsonl is not byte-identical to regenerated output"); ok = False
        ids = [c["id"] for c in cases]
        if len(ids) != len(set(ids)):
            print("FAIL: duplicate ids"); ok = False
        for c, m in zip(cases, metas):
            for e in check_case(c, m):
                print("FAIL", c["id"], e); ok = False
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = len(cases) - npos
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for ty in TYPES:
            if cnt.get(ty, 0) < mins.get(ty, 10):
                print("FAIL: too few", ty, cnt.get(ty, 0)); ok = False
        if npos < 200 or nneg < 100:
            print("FAIL: case counts", npos, nneg); ok = False
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
        print(" ".join("%s=%d" % (k, cnt.get(k, 0)) for k in TYPES))
        print("CHECK OK" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def counts(cases):
    cnt = {}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
    return cnt


if __name__ == "__main__":
    main()
