#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h186 (independent author).

    python scripts/make_pii_holdout186.py          # write fixture + README
    python scripts/make_pii_holdout186.py --check  # regenerate, compare, validate

Standard library only. All randomness from one seeded random.Random.
Never use this set for tuning.
"""
import json
import re
import sys
from pathlib import Path
import random

SEED = 186241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout186"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {t: 12 for t in TYPES}
MINIMA.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------- values
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)

def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def card():
    p = R.choice(["4", "4", "4", "51", "53", "55", "2221", "37", "6011", "4"])
    return luhn_complete(p, 15 if p == "37" else 16)

def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s

def digits_rep(n):
    """digits with a fair chance of doubles/triples (for 'double seven')."""
    out = []
    while len(out) < n:
        d = str(R.randint(0, 9))
        k = R.choice([1, 1, 1, 2, 2, 3])
        out.extend([d] * k)
    return "".join(out[:n])

def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)

def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

BANKS = {"GB": ["NWBK", "BARC", "LLYD", "MIDL", "HBUK"], "IE": ["AIBK", "BKIE", "ULSB"],
         "NL": ["ABNA", "RABN", "INGB"]}
def iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR"])
    if c in ("GB", "IE"):
        bban = R.choice(BANKS[c]) + digits(14)
    elif c == "NL":
        bban = R.choice(BANKS[c]) + digits(10)
    elif c == "DE":
        bban = digits(18)
    else:
        bban = digits(23)
    return c + iban_check(c, bban) + bban

UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NE",
            "RG", "CB", "BT", "HA", "KT", "TW", "CR", "DE", "NG", "S", "CH", "ST", "WR"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
def uk_postcode():
    a = R.choice(UK_AREAS)
    district = str(R.randint(1, 29)) if len(a) == 2 or R.random() < .5 else str(R.randint(1, 9))
    return a + district, str(R.randint(1, 9)) + R.choice(IN_LET) + R.choice(IN_LET)

def zip5():
    return digits(5, first_nonzero=True)

FIRST = ["john", "sarah", "mike", "aoife", "priya", "liam", "grace", "tom", "niamh", "dave",
         "emma", "raj", "claire", "sean", "lucy", "marek", "fatima", "owen", "kate", "ben"]
LAST = ["smith", "obrien", "patel", "jones", "walsh", "nowak", "khan", "taylor", "murphy",
        "evans", "brown", "kelly", "hughes", "garcia", "reilly", "clarke"]
DOMAINS = ["g mail", "gmail", "hotmail", "yahoo", "outlook", "icloud", "btinternet", "eircom", "aol"]
TLDS = ["com", "co dot uk", "ie", "net"]
STREETS = ["elm", "acacia", "mill", "church", "station", "high", "park", "victoria", "oak",
           "maple", "castle", "bridge", "king", "queens", "orchard", "willow", "main", "cedar"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"]}
FILL = ["um", "uh", "er", "erm"]

def zero_word(uk):
    return R.choice(["oh", "o", "nought", "zero", "oh"] if uk else ["zero", "oh", "oh", "o"])

def dword(d, uk, homo):
    if d == "0":
        return zero_word(uk)
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return DW[int(d)]

def pair_words(p):
    n = int(p)
    if n < 10:
        return None
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + DW[n % 10]

def speak(s, uk=False, pairs=0.0, rep=0.5, homo=0.0, fill=0.0):
    """Speak a digit string the way a caller + ASR would write it."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < rep:
            out.append("triple " + (zero_word(uk) if d == "0" else DW[int(d)]))
            i += 3
        elif i + 1 < len(s) and s[i + 1] == d and R.random() < rep:
            out.append("double " + (zero_word(uk) if d == "0" else DW[int(d)]))
            i += 2
        elif (i + 1 < len(s) and d != "0" and R.random() < pairs
              and (s[i + 1] != "0" or i + 2 == len(s))):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            out.append(dword(d, uk, homo))
            i += 1
        if i < len(s) and R.random() < fill:
            out.append(R.choice(FILL))
    return " ".join(out)

def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return [c for c in out if c]

NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu", "I": "india", "O": "oscar", "V": "victor"}
FOR_WORD = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
            "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy",
            "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra", "F": "freddie", "U": "uncle", "I": "ireland", "O": "orange", "V": "victory"}
LET_HOMO = {"C": "see", "B": "bee", "R": "are", "Y": "why", "Q": "queue", "T": "tea",
            "J": "jay", "K": "kay", "P": "pee", "X": "ex", "Z": "zed"}

def say_letter(c, style):
    if style == "nato" and R.random() < .7:
        return "%s for %s" % (c.lower(), R.choice([NATO[c], FOR_WORD[c]]))
    if style == "homo" and c in LET_HOMO and R.random() < .6:
        return LET_HOMO[c]
    return c.lower()

def speak_alnum(s, style="plain", uk=True, pairs=0.0):
    out = []
    i = 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(speak(s[i:j], uk=uk, pairs=pairs, rep=.4))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == s[i] and R.random() < .6:
                out.append("double " + s[i].lower())
                i += 2
            else:
                out.append(say_letter(s[i], style))
                i += 1
    return " ".join(out)

# ---------------------------------------------------------------- normalisation (check)
W2D = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "one": "1",
       "two": "2", "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "five": "5",
       "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
T2D = {w: str(i + 10) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i) for i, w in enumerate(TENS) if w}
LET_HOMO_R = {v: k for k, v in LET_HOMO.items()}

def norm_digits(text):
    if re.search(r"\d", text):
        return re.sub(r"\D", "", text)
    toks = re.findall(r"[a-z]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        mult = 1
        if t in ("double", "triple") and i + 1 < len(toks):
            mult = 2 if t == "double" else 3
            i += 1
            t = toks[i]
        if t in W2D:
            out.append(W2D[t] * mult)
        elif t in T2D:
            out.append(T2D[t])
        elif t in TENS2D:
            if i + 1 < len(toks) and toks[i + 1] in W2D and W2D[toks[i + 1]] != "0" \
                    and toks[i + 1] not in ("o", "oh", "to", "too", "for", "ate"):
                out.append(TENS2D[t] + W2D[toks[i + 1]])
                i += 1
            else:
                out.append(TENS2D[t] + "0")
        i += 1
    return "".join(out)

def norm_alnum(text):
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        mult = 1
        if t in ("double", "triple") and i + 1 < len(toks):
            mult = 2 if t == "double" else 3
            i += 1
            t = toks[i]
        if len(t) == 1 and (t != "o" or (i + 2 < len(toks) and toks[i + 1] == "for")):
            out.append(t.upper() * mult)
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 2
        elif t in LET_HOMO_R:
            out.append(LET_HOMO_R[t] * mult)
        elif t in W2D:
            out.append(W2D[t] * mult)
        elif t in T2D:
            out.append(T2D[t])
        elif t in TENS2D:
            if i + 1 < len(toks) and toks[i + 1] in W2D and W2D[toks[i + 1]] != "0" \
                    and toks[i + 1] not in ("o", "oh"):
                out.append(TENS2D[t] + W2D[toks[i + 1]])
                i += 1
            else:
                out.append(TENS2D[t] + "0")
        i += 1
    return "".join(out)

UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_RE = re.compile(r"\b(" + "|".join(SUFFIX + ["st", "rd", "ave", "apt", "flat", "unit",
                                                   "blvd", "terrace", "place"]) + r")\b", re.I)

def validate(typ, text):
    """Validate a full (grouped) value. Returns error string or None."""
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        return None if 13 <= len(d) <= 19 and luhn_ok(d) else "card %r" % d
    if typ == "CVV":
        d = norm_digits(text)
        return None if len(d) in (3, 4) else "cvv %r" % d
    if typ == "EXPIRY":
        if any(m in text.lower() for m in MONTHS):
            return None
        d = norm_digits(text)
        return None if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 else "expiry %r" % d
    if typ == "SSN":
        d = norm_digits(text)
        return None if len(d) == 9 else "ssn %r" % d
    if typ == "NI_NUMBER":
        a = norm_alnum(text)
        return None if re.match(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$", a) else "ni %r" % a
    if typ == "BANK_ACCOUNT":
        d = norm_digits(text)
        return None if 6 <= len(d) <= 12 else "account %r" % d
    if typ == "SORT_CODE":
        d = norm_digits(text)
        return None if len(d) == 6 else "sort %r" % d
    if typ == "IBAN":
        a = norm_alnum(text)
        return None if re.match(r"^[A-Z]{2}\d\d[A-Z0-9]{10,30}$", a) and iban_ok(a) else "iban %r" % a
    if typ == "PHONE":
        d = norm_digits(text)
        return None if 10 <= len(d) <= 13 else "phone %r" % d
    if typ == "EMAIL":
        t = text.lower()
        ok = ("@" in t and "." in t.split("@")[-1]) or (" at " in t and " dot " in t)
        return None if ok else "email %r" % text
    if typ == "DOB":
        if re.match(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$", text.strip()):
            return None
        if any(m in text.lower() for m in MONTHS + ORD):
            return None
        d = norm_digits(text)
        return None if 5 <= len(d) <= 8 else "dob %r" % d
    if typ == "POSTCODE":
        a = norm_alnum(text)
        if UK_PC.match(a) or re.match(r"^\d{5}(\d{4})?$", a):
            return None
        return "postcode %r" % a
    if typ == "ADDRESS":
        ok = STREET_RE.search(text) and (re.search(r"\d", text) or norm_digits(text))
        return None if ok else "address %r" % text
    return "unknown type " + typ

# ---------------------------------------------------------------- case building
_grp = [0]
def V(text, typ, group=None):
    """A labelled segment. group: None = validate alone; 'frag' = fragment; str = join."""
    return (text, typ, group)

def G():
    _grp[0] += 1
    return "g%d" % _grp[0]

def T(speaker, *parts):
    return (speaker, parts)

def build(turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                val, typ, grp = p
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                              "type": typ})
                meta.append(grp)
                text += val
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, meta

def A(*p):
    return T("agent", *p)

def C(*p):
    return T("customer", *p)

def bc():
    return A(R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got it",
                       "okay yeah", "mm hmm go ahead"]))

def fill():
    return R.choice(["", "um ", "uh ", "er ", "so ", "yeah ", "right ", "okay so "])

# ---------------------------------------------------------------- positive templates (calls)
def p_card_one_turn():
    c = card()
    uk = R.random() < .5
    s = speak(c, uk=uk, rep=.5, homo=.2, fill=.1)
    return [A("can i take the long number across the front of the card please"),
            C(fill() + "yeah it's ", V(s, "CARD_NUMBER"))], \
        "call/%s: card read in one turn, doubles/homophones/fillers" % R.choice(["telecom", "retail", "utilities"])

def p_card_split():
    c = card()
    uk = R.random() < .5
    g = G()
    parts = chunk(c, [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5])
    turns = [A("okay when you're ready go ahead with the card number")]
    for k, ch in enumerate(parts):
        turns.append(C(fill() if k else "right ", V(speak(ch, uk=uk, pairs=.3, homo=.15), "CARD_NUMBER", g)))
        if k < len(parts) - 1:
            turns.append(bc())
    return turns, "call/%s: card spread over %d customer turns with back-channels, pair readings" % (
        R.choice(["insurance", "travel", "banking", "retail"]), len(parts))

def p_card_selfcorrect():
    c = card()
    wrong = c[:4] + str((int(c[4]) + 3) % 10) + c[5]
    g = G()
    s1 = speak(c[:8], rep=.5)
    s2 = speak(c[8:], rep=.5, homo=.2)
    return [A("and the card number please"),
            C("it's ", V(speak(wrong), "CARD_NUMBER", "frag"), " no wait sorry let me start again ",
              V(s1, "CARD_NUMBER", g)),
            A("okay"),
            C(V(s2, "CARD_NUMBER", g), " " + R.choice(["sorry about that", "i think", "yeah"]))], \
        "call/retail: card with restart/self-correction; the abandoned fragment is labelled too"

def p_card_interrupt():
    c = card()
    g = G()
    first, rest = c[:7], c[7:]
    return [A("what's the card number"),
            C(V(speak(first, homo=.3), "CARD_NUMBER", g)),
            A("sorry you cut out there was that " + dword(c[6], False, 0) + " at the end"),
            C("yeah " + dword(c[6], False, 0) + " then ", V(speak(rest, pairs=.2), "CARD_NUMBER", g))], \
        "call/telecom: agent interrupts mid-reading to confirm a digit (the confirmation digit is not labelled as a whole card), reading resumes"

def p_card_readback():
    c = card()
    e_m, e_y = R.randint(1, 12), R.randint(25, 31)
    ex = speak("%02d" % e_m, rep=0) + " " + pair_words(str(e_y))
    return [C("card number is ", V(speak(c, rep=.6), "CARD_NUMBER")),
            A("let me read that back ", V(speak(c, rep=0), "CARD_NUMBER"), " and the expiry"),
            C(V(ex, "EXPIRY")),
            A("and the three digits on the back"),
            C(V(speak(luhn_complete("1", 3) if False else digits(3), rep=.5), "CVV"))], \
        "call/utilities: card, agent read-back, expiry month-year, cvv"

def p_card_chat():
    c = card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    if len(c) == 16:
        form = sep.join(chunk(c, [4, 4, 4, 4]))
    else:
        form = sep.join(chunk(c, [4, 6, 5]))
    exp = R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d"]) % (R.randint(1, 12), R.randint(25, 31))
    cvv = digits(4 if c.startswith("37") else 3)
    return [A("Can you type the card details here please?"),
            C(R.choice(["card: ", "its ", "Card no ", "ok ", ""]), V(form, "CARD_NUMBER"),
              R.choice([" exp ", " expires ", ", expiry: ", " ex "]), V(exp, "EXPIRY"),
              R.choice([" cvv ", " code ", " sec code: ", " cvc "]), V(cvv, "CVV"))], \
        "chat/retail: card, expiry and cvv typed in one message with separators"

def p_card_two_values():
    c1, c2 = card(), card()
    return [A("which card would you like the refund on"),
            C("so i've got two the old one was ", V(speak(c1, rep=.5), "CARD_NUMBER"),
              " but that's cancelled the new one is ", V(speak(c2, rep=.5, homo=.2), "CARD_NUMBER"),
              " and it was about forty two pounds i think")], \
        "call/retail: two cards in one turn, plus a money amount (unlabelled)"

def p_expiry_cvv_call():
    m = R.randint(1, 12)
    y = R.randint(25, 31)
    form = R.choice([
        speak("%02d" % m) + " " + pair_words(str(y)),
        MONTHS[m - 1] + " twenty " + pair_words(str(y)),
        speak("%02d" % m) + " slash " + pair_words(str(y)),
        speak("%02d" % m) + " twenty " + pair_words(str(y)),
    ])
    cvv = digits(3)
    return [A("and the expiry date on the card"),
            C(fill() + "expires ", V(form, "EXPIRY")),
            A("lovely and the security code on the back"),
            C(R.choice(["it's ", "uh ", "last three are "]), V(speak(cvv, homo=.3), "CVV"))], \
        "call/travel: expiry in spoken forms and cvv with homophones"

def p_ssn_call():
    s = ssn()
    g = G()
    parts = chunk(s, [3, 2, 4])
    return [A("and for verification can i get your social security number"),
            C("sure it's ", V(speak(parts[0], homo=.3), "SSN", g)),
            bc(),
            C(V(speak(parts[1], pairs=.4), "SSN", g)),
            A(R.choice(["okay", "go on", "yep"])),
            C(V(speak(parts[2], pairs=.3, fill=.2), "SSN", g))], \
        "call/%s: ssn in 3-2-4 groups across turns" % R.choice(["banking", "healthcare billing", "government services", "insurance"])

def p_ssn_one():
    s = ssn()
    return [A("last thing i need is your social"),
            C(R.choice(["oh yeah ", "", "okay ", "hang on "]), "my social is ",
              V(speak(s, pairs=.25, homo=.25, fill=.1), "SSN"), R.choice(["", " i think", " yeah"]))], \
        "call/%s: ssn in one turn with pair readings and homophones" % R.choice(["banking", "insurance", "healthcare billing"])

def p_ssn_selfcorrect():
    s = ssn()
    g = G()
    return [A("can you confirm your social security number"),
            C(V(speak(s[:4], rep=0), "SSN", "frag"), " no wait sorry i started that wrong ",
              V(speak(s[:5]), "SSN", g)),
            A("okay " + R.choice(["go on", "and the last four"])),
            C(V(speak(s[5:], pairs=.5), "SSN", g))], \
        "call/government services: ssn restart; the abandoned fragment labelled as SSN fragment"

def p_ssn_readback():
    s = ssn()
    return [C("social's ", V(speak(s, homo=.2), "SSN")),
            A("thank you so that's ", V(speak(s, rep=0), "SSN"), " correct"),
            C("yes that's right")], \
        "call/healthcare billing: ssn with agent read-back"

def p_ssn_chat():
    s = ssn()
    form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % tuple(chunk(s, [3, 2, 4]))
    return [A("Please provide the last name and SSN on the account."),
            C(R.choice(["Garcia, ", "its kelly ", "Name is Brown and ", "hi, "]),
              R.choice(["SSN ", "ssn: ", "social ", "SS# "]), V(form, "SSN"))], \
        "chat/banking: typed ssn with varied separators"

def p_ni_call():
    n = ni()
    style = R.choice(["plain", "nato", "homo"])
    return [A("can i take your national insurance number please"),
            C(fill() + "yeah it's ", V(speak_alnum(n, style=style, pairs=.3), "NI_NUMBER"))], \
        "call/government services: NI number letters %s" % {"plain": "plain", "nato": "with 'x for word' spelling", "homo": "as ASR homophones (see/why/are)"}[style]

def p_ni_split():
    n = ni()
    g = G()
    return [A("what's your national insurance number"),
            C(V(speak_alnum(n[:2], style=R.choice(["nato", "homo", "plain"])), "NI_NUMBER", g)),
            bc(),
            C(V(speak(n[2:4]) + " " + speak(n[4:6]), "NI_NUMBER", g)),
            A("sorry i missed that last bit"),
            C(V(speak(n[6:8]) + " " + say_letter(n[8], "nato"), "NI_NUMBER", g))], \
        "call/government services: NI number over several turns with agent interruption"

def p_ni_pairs():
    n = ni()
    body = " ".join(pair_words(n[i:i + 2]) if n[i] != "0" and n[i + 1] != "0" else speak(n[i:i + 2], rep=0)
                    for i in (2, 4, 6))
    return [A("and your n i number"),
            C("it's ", V(n[0].lower() + " " + n[1].lower() + " " + body + " " + n[8].lower(), "NI_NUMBER"),
              " i had to look that up")], \
        "call/government services: NI digits read as pairs (twelve thirty four)"

def p_ni_correct():
    n = ni()
    g = G()
    return [A("national insurance number"),
            C(V(speak_alnum(n[:5]), "NI_NUMBER", "frag"), " hang on no that's my wife's um ",
              V(speak_alnum(n, style="homo"), "NI_NUMBER", g))], \
        "call/government services: NI number restart after reading the wrong one (fragment labelled)"

def p_ni_readback():
    n = ni()
    return [C("my NI is ", V(speak_alnum(n), "NI_NUMBER")),
            A("so that's ", V(speak_alnum(n, style="nato"), "NI_NUMBER"), " yes"),
            C("yep")], "call/banking: NI number plus agent phonetic read-back"

def p_ni_chat():
    n = ni()
    f = R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                  "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
                  ("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])).lower()])
    return [A("Could you confirm your National Insurance number?"),
            C(R.choice(["sure ", "NI no. ", "yes its ", "ni: ", ""]), V(f, "NI_NUMBER"),
              R.choice(["", " thanks", ". I moved house in 2019 though"]))], \
        "chat/government services: typed NI number in varied shapes and case"

def p_bank_call():
    sc = digits(6)
    acct = digits_rep(8)
    sc_form = R.choice([" ".join(pair_words(sc[i:i + 2]) if sc[i] != "0" and sc[i + 1] != "0" else speak(sc[i:i + 2], uk=True, rep=.5)
                                 for i in (0, 2, 4)),
                        speak(sc, uk=True, rep=.6)])
    return [A("can i take the sort code and account number for the direct debit"),
            C("sort code is ", V(sc_form, "SORT_CODE")),
            bc(),
            C("and the account number ", V(speak(acct, uk=True, rep=.7, homo=.2), "BANK_ACCOUNT")),
            A("and that's the account with a balance of about three hundred pounds yeah"),
            C("yeah")], \
        "call/utilities: UK sort code (pairs) and account number with doubles/triples"

def p_bank_split():
    acct = digits_rep(R.choice([8, 10, 12]))
    g = G()
    half = len(acct) // 2
    return [A("what's the account number"),
            C(fill(), V(speak(acct[:half], rep=.6), "BANK_ACCOUNT", g)),
            A("okay go on"),
            C(V(speak(acct[half:], rep=.6, fill=.2), "BANK_ACCOUNT", g), " that's my checking")], \
        "call/banking: account number spread over two turns"

def p_bank_chat():
    sc = digits(6)
    acct = digits(8)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(chunk(sc, [2, 2, 2]))
    return [C(R.choice(["Hi can you update my bank details. ", "new bank details: ", "hey, "]),
              R.choice(["Sort code ", "sort ", "SC: "]), V(scf, "SORT_CODE"),
              R.choice([" account ", ", acc no ", " a/c "]), V(acct, "BANK_ACCOUNT"))], \
        "chat/insurance: sort code and account typed in one message"

def p_us_bank_chat():
    acct = digits(R.choice([9, 10, 11, 12]))
    return [A("What account should the refund go to?"),
            C("checking account ", V(acct, "BANK_ACCOUNT"), R.choice([" at chase", ", thanks", " (joint account)"]))], \
        "chat/banking US: account number typed"

def p_iban_call():
    ib = iban()
    style = R.choice(["plain", "nato"])
    g = G()
    return [A("for the international transfer i'll need the iban"),
            C(V(speak_alnum(ib[:8], style=style), "IBAN", g)),
            bc(),
            C(V(speak_alnum(ib[8:], pairs=.2), "IBAN", g))], \
        "call/banking EU: iban spoken across two turns"

def p_iban_chat():
    ib = iban()
    f = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                  " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
    return [C(R.choice(["Please refund to IBAN ", "my iban is ", "IBAN: ", "pls send to "]), V(f, "IBAN"),
              R.choice(["", " thank you", ", BIC to follow"]))], \
        "chat/travel EU: iban typed grouped/ungrouped"

def p_phone_uk_call():
    num = "07" + digits_rep(9)
    g = G()
    return [A("best contact number for you"),
            C("it's ", V(speak(num[:5], uk=True, rep=.6), "PHONE", g)),
            A(R.choice(["mhm", "yep"])),
            C(V(speak(num[5:], uk=True, rep=.6, pairs=.2), "PHONE", g))], \
        "call/telecom UK: mobile over two turns, 'oh' and doubles"

def p_phone_us_call():
    num = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    return [A("and a callback number"),
            C("yeah sure ", V(speak(num[:3], homo=.2) + " " + speak(num[3:6]) + " " + speak(num[6:], pairs=.4), "PHONE"),
              " any time after five")], \
        "call/healthcare billing US: phone with pair reading, followed by a time (unlabelled)"

def p_phone_intl_call():
    c = R.choice([("353", "8" + str(R.randint(3, 9)) + digits(7)), ("44", "7" + digits(9)),
                  ("1", str(R.randint(2, 9)) + digits(9))])
    return [A("is there a number we can reach you on while you're abroad"),
            C("plus ", V(speak(c[0]) + " " + speak(c[1], rep=.5, pairs=.1), "PHONE"))], \
        "call/travel: international format 'plus three five three' (span covers country code digits)"

def p_phone_chat():
    f = R.choice([
        "07%s %s" % (digits(3), digits(6)), "+44 7%s %s" % (digits(3), digits(6)),
        "(%s) %s-%s" % (str(R.randint(2, 9)) + digits(2), str(R.randint(2, 9)) + digits(2), digits(4)),
        "%s-%s-%s" % (str(R.randint(2, 9)) + digits(2), str(R.randint(2, 9)) + digits(2), digits(4)),
        "+353 8%s %s %s" % (R.randint(3, 9), digits(3), digits(4)), "08%s%s" % (R.randint(3, 9), digits(7)),
        "+1 %s.%s.%s" % (str(R.randint(2, 9)) + digits(2), str(R.randint(2, 9)) + digits(2), digits(4))])
    return [A("What's the best number to reach you?"),
            C(R.choice(["", "mob ", "call me on ", "its ", "tel: "]), V(f, "PHONE"),
              R.choice(["", " after 6pm", " thx", " (work)"]))], \
        "chat/telecom: typed phone number formats"

def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    num = R.choice(["", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    dom = R.choice(DOMAINS)
    tld = R.choice(TLDS)
    return f, l, num, dom, tld

def p_email_call():
    f, l, num, dom, tld = email_parts()
    sep = R.choice([" dot ", " underscore ", " ", " dot "])
    numw = ""
    if num:
        numw = " " + (pair_words(num) if len(num) == 2 and num[0] != "0" and num[1] != "0" else speak(num, pairs=.5))
    local = R.choice([f[0] + sep + l, f + sep + l, " ".join(f) + sep + l])
    return [A("and what email address should i send the confirmation to"),
            C("it's ", V(local + numw + " at " + dom + " dot " + tld, "EMAIL"),
              R.choice(["", " all lower case", " all one word"]))], \
        "call/%s: email spoken as 'dot'/'at', spelled letters, numbers as words" % R.choice(["travel", "retail", "utilities"])

def p_email_split():
    f, l, num, dom, tld = email_parts()
    g = G()
    return [A("email address please"),
            C(V(f + " dot " + " ".join(l), "EMAIL", g)),
            A("okay " + " ".join(l) + " yep"),
            C(V("at " + dom + " dot " + tld, "EMAIL", g))], \
        "call/insurance: email split across turns, surname spelled; agent echoes spelled surname (unlabelled)"

def p_email_chat():
    f, l, num, dom, tld = email_parts()
    e = "%s%s%s%s@%s.%s" % (R.choice([f, f[0], f.capitalize()]), R.choice([".", "_", "", "-"]), l, num, dom.replace(" ", ""),
                             tld.replace(" dot ", "."))
    if R.random() < .3:
        e = e.upper() if R.random() < .3 else e.capitalize()
    return [C(R.choice(["my email is ", "email: ", "pls use ", "send it to "]), V(e, "EMAIL"),
              R.choice(["", " thanks!", " not the old one"]))], "chat/retail: typed email"

def say_year(y):
    if R.random() < .8 or y < 2000:
        return pair_words(str(y)[:2]) + " " + (pair_words(str(y)[2:]) if str(y)[2] != "0" else "oh " + DW[y % 10])
    return "two thousand and " + DW[y % 10]

def p_dob_call():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)
    f = R.choice([
        "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y)),
        "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y)),
        "%s %s %s" % (speak("%02d" % d, rep=0), speak("%02d" % m, rep=0), pair_words(str(y)[2:]) if y % 100 > 10 else speak(str(y)[2:])),
        "%s of the %s %s" % (ORD[d - 1], ORD[m - 1], say_year(y)),
    ])
    return [A("can you confirm your date of birth"),
            C(fill() + R.choice(["it's ", "", "born "]), V(f, "DOB"))], \
        "call/%s: date of birth in spoken forms" % R.choice(["insurance", "healthcare billing", "banking", "telecom"])

def p_dob_split():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    g = G()
    return [A("date of birth"),
            C(V("%s of %s" % (ORD[d - 1], MONTHS[m - 1]), "DOB", g)),
            A("and the year"),
            C(V(say_year(y), "DOB", g), R.choice([" so i'm eighty something now", "", " yeah"]))], \
        "call/healthcare billing: dob split across turns (day+month, then year); age mention unlabelled"

def p_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2005)
    f = R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d),
                  "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize() if False else MONTHS[m - 1], d, y)])
    return [A("For security, what's your date of birth?"),
            C(R.choice(["", "DOB ", "dob: ", "born "]), V(f, "DOB"))], "chat/banking: typed date of birth"

def p_postcode_call():
    out, inn = uk_postcode()
    style = R.choice(["plain", "nato", "homo"])
    return [A("and the postcode"),
            C(fill() + "it's ", V(speak_alnum(out, style=style) + " " + speak_alnum(inn, style=style), "POSTCODE"))], \
        "call/utilities UK: postcode spoken letter by letter (%s)" % style

def p_postcode_split():
    out, inn = uk_postcode()
    g = G()
    return [A("postcode please"),
            C(V(speak_alnum(out), "POSTCODE", g)),
            bc(),
            C(V(speak_alnum(inn, style="nato"), "POSTCODE", g))], "call/telecom UK: postcode split outward/inward across turns"

def p_zip_call():
    z = zip5()
    return [A("what's the zip code on the account"),
            C(V(speak(z, pairs=.3, homo=.2), "POSTCODE"))], "call/insurance US: zip code spoken"

def p_address_call():
    n = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    num = (pair_words("%d" % n) if 10 <= n < 100 and n % 10 else speak(str(n), pairs=.5, rep=0))
    flat = R.random() < .3
    addr = ("flat %s " % DW[R.randint(1, 9)] if flat else "") + num + " " + st
    out, inn = uk_postcode()
    return [A("can you confirm the first line of the address"),
            C(fill() + "yeah it's ", V(addr, "ADDRESS")),
            A("and the postcode"),
            C(V(speak_alnum(out) + " " + speak_alnum(inn), "POSTCODE"))], \
        "call/utilities UK: street address in words plus postcode"

def p_address_us_call():
    n = R.randint(100, 9999)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    num = speak(str(n), pairs=.6, rep=0)
    z = zip5()
    return [A("and your mailing address"),
            C(V(num + " " + st, "ADDRESS"), R.choice([" apartment two", "", " in springfield"])),
            A("zip"),
            C(V(speak(z), "POSTCODE"))], "call/healthcare billing US: street address with house number spoken in pairs, zip"

def p_address_chat():
    n = R.randint(1, 300)
    st = R.choice(STREETS).capitalize() + " " + R.choice(["St", "Street", "Rd", "Road", "Ave", "Lane", "Close"])
    out, inn = uk_postcode()
    pc = R.choice([out + " " + inn, (out + inn).lower(), out + inn, (out + " " + inn).lower()])
    return [C(R.choice(["New address is ", "moved to ", "address: "]), V("%d %s" % (n, st), "ADDRESS"),
              ", " + R.choice(["Leeds", "Bristol", "Cork", "Manchester", "London"]) + ", ", V(pc, "POSTCODE"))], \
        "chat/retail: typed address + postcode in varied case"

def p_mixed_call():
    c = card()
    z = zip5()
    return [A("okay so i've got the card number now the billing zip"),
            C(V(speak(z, homo=.2), "POSTCODE"), " and before you ask the code on the back is ",
              V(speak(digits(3)), "CVV"), " and it's my old card ", V(speak(c, rep=.5), "CARD_NUMBER"))], \
        "call/retail US: zip, cvv and card all in one rambling turn"

def p_ni_dob_call():
    n = ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    return [A("i'll need your date of birth and n i number"),
            C("born ", V("%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y)), "DOB"), " and my number's ",
              V(speak_alnum(n, pairs=.3), "NI_NUMBER"), " appointment's on the fourth by the way")], \
        "call/government services: DOB and NI in one turn, plus a non-birth date (unlabelled)"

def p_ssn_phone_call():
    s = ssn()
    num = str(R.randint(2, 9)) + digits(9)
    return [A("i need your social and a phone number"),
            C(V(speak(s, homo=.2), "SSN"), " and the phone is ", V(speak(num, pairs=.2), "PHONE"))], \
        "call/banking US: ssn then phone in one turn (two adjacent values)"

def p_ssn_pairs():
    s = ssn()
    f = " ".join(pair_words(s[i:i+2]) if s[i] != "0" and s[i+1] != "0" else speak(s[i:i+2], rep=0) for i in (0, 2, 4, 6)) + " " + DW[int(s[8])]
    return [A("go ahead with the social"), C("ok ", V(f, "SSN"))], "call/insurance US: ssn read as pairs of numbers"

def p_ssn_last_typed():
    s = ssn()
    return [A("can you type your full ssn in the secure chat"),
            C(V(s[:3] + " " + s[3:5], "SSN", "frag"), " oops hit enter"),
            C(V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"))], "chat/healthcare billing: ssn partly sent then resent in full (fragment labelled)"


def p_sortcode_split():
    sc = digits(6)
    g = G()
    a = [pair_words(sc[i:i + 2]) if sc[i] != "0" and sc[i + 1] != "0" else speak(sc[i:i + 2], uk=True, rep=.6) for i in (0, 2, 4)]
    acct = digits_rep(8)
    return [A("what's the sort code"),
            C(V(a[0] + " " + a[1], "SORT_CODE", g)),
            A("yep"),
            C(V(a[2], "SORT_CODE", g)),
            A("so that's ", V(speak(sc, uk=True, rep=0), "SORT_CODE"), " and the account"),
            C(V(speak(acct[:4], uk=True, rep=.6) + " " + R.choice(FILL) + " " + speak(acct[4:], uk=True, rep=.6), "BANK_ACCOUNT"))], \
        "call/banking UK: sort code as pairs over two turns, agent read-back, account with filler inside"

def p_phone_interrupt():
    num = "07" + digits_rep(9)
    g = G()
    return [A("and a mobile number"),
            C(V(speak(num[:6], uk=True, rep=.6), "PHONE", g)),
            A("sorry you're breaking up a bit go on"),
            C("yeah then ", V(speak(num[5:], uk=True, rep=.6, fill=.2), "PHONE", g)),
            ], "call/telecom UK: agent interrupts a mobile reading; customer continues from the sixth digit"

def p_email_correct():
    f, l, num, dom, tld = email_parts()
    dom2 = R.choice([d for d in DOMAINS if d != dom])
    return [A("what email do you want on the account"),
            C(V(f[0] + " " + l + " at " + dom + " dot " + tld, "EMAIL"), " oh no sorry that's the old one it's ",
              V(f[0] + " " + l + " at " + dom2 + " dot " + tld, "EMAIL"))], \
        "call/telecom: two emails in one turn with self-correction, both labelled"

def p_address_split():
    n = R.randint(2, 99)
    g = G()
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    return [A("and the address"),
            C(V("flat " + DW[R.randint(1, 9)], "ADDRESS", g)),
            A("mhm"),
            C(V((pair_words(str(n)) if n >= 10 and n % 10 else DW[n % 10] if n < 10 else TENS[n // 10]) + " " + st, "ADDRESS", g),
              R.choice([" in cork", " near the church", ""]))], "call/insurance IE: address split over turns (flat number, then house number and street)"

def p_card_bad_readback():
    c = card()
    k = R.randint(5, 13)
    wrong = c[:k] + str((int(c[k]) + 1) % 10) + c[k + 1:]
    return [C("the card is ", V(speak(c, rep=.5, homo=.2), "CARD_NUMBER")),
            A("thanks so that's ", V(speak(wrong, rep=0), "CARD_NUMBER", "frag")),
            C("no it's ", V(speak(c[k - 1:k + 2], rep=0), "CARD_NUMBER", "frag"), " in the middle not ",
              V(speak(wrong[k - 1:k + 2], rep=0), "CARD_NUMBER", "frag")),
            A("ah sorry yes ", V(speak(c, rep=0), "CARD_NUMBER"))], \
        "call/banking: agent reads card back wrongly, customer corrects a few digits, agent re-reads (all readings and partial corrections labelled)"

def p_cvv_wait():
    cvv = digits(3)
    return [A("and the security code on the back"),
            C("hang on i need my glasses it's really small"),
            A("no problem take your time"),
            C("okay um it's ", V(speak(cvv, homo=.4), "CVV"), " i think yeah ", V(speak(cvv, rep=0), "CVV"))], \
        "call/retail: cvv after a pause, repeated by the customer"

def p_zip_chat():
    z = zip5()
    f = R.choice([z, z + "-" + digits(4)])
    n = R.randint(10, 9999)
    return [C("billing address is ", V("%d %s %s" % (n, R.choice(STREETS).capitalize(), R.choice(["St", "Ave", "Blvd", "Road"])), "ADDRESS"),
              R.choice([" Apt 4, Austin TX ", ", Denver CO ", " Springfield IL "]), V(f, "POSTCODE"))], \
        "chat/utilities US: typed street address and zip (zip+4 sometimes)"

def p_expiry_correct():
    m, y = R.randint(1, 12), R.randint(26, 31)
    return [A("expiry date"),
            C(V(speak("%02d" % m) + " " + pair_words(str(y - 1)), "EXPIRY"), " no sorry that's the old card ",
              V(speak("%02d" % m) + " " + pair_words(str(y)), "EXPIRY")),
            A("and the cvv"), C(V(speak(digits(3)), "CVV"))], \
        "call/travel: expiry self-corrected, both readings labelled"

POS_TEMPLATES = [
    (p_card_one_turn, 3), (p_card_split, 3), (p_card_selfcorrect, 2), (p_card_interrupt, 2),
    (p_card_readback, 2), (p_card_chat, 3), (p_card_two_values, 1), (p_expiry_cvv_call, 2),
    (p_ssn_call, 2), (p_ssn_one, 2), (p_ssn_selfcorrect, 1), (p_ssn_readback, 1), (p_ssn_chat, 2),
    (p_ssn_pairs, 1), (p_ssn_last_typed, 1), (p_ssn_phone_call, 1),
    (p_ni_call, 3), (p_ni_split, 2), (p_ni_pairs, 1), (p_ni_correct, 1), (p_ni_readback, 1), (p_ni_chat, 2),
    (p_ni_dob_call, 1),
    (p_bank_call, 2), (p_bank_split, 1), (p_bank_chat, 1), (p_us_bank_chat, 1),
    (p_iban_call, 2), (p_iban_chat, 1), (p_sortcode_split, 1), (p_phone_interrupt, 1),
    (p_phone_uk_call, 1), (p_phone_us_call, 1), (p_phone_intl_call, 1), (p_phone_chat, 1),
    (p_email_call, 2), (p_email_split, 1), (p_email_chat, 1), (p_email_correct, 1),
    (p_dob_call, 2), (p_dob_split, 1), (p_dob_chat, 2),
    (p_postcode_call, 1), (p_postcode_split, 1), (p_zip_call, 1),
    (p_address_call, 2), (p_address_us_call, 1), (p_address_chat, 2), (p_mixed_call, 1),
    (p_address_split, 1), (p_card_bad_readback, 1), (p_cvv_wait, 1), (p_zip_chat, 1), (p_expiry_correct, 1),
]

# ---------------------------------------------------------------- negatives
def n_money_call():
    p = R.randint(12, 999)
    return [A("so the outstanding balance is %s pounds %s" % (speak(str(p), pairs=1, rep=0) if False else pair_words(str(p)[:2]) if p >= 100 and False else ("%s hundred and %s" % (DW[p // 100], pair_words("%02d" % (p % 100)) or DW[p % 100]) if p >= 100 and p % 100 >= 10 else pair_words(str(p)) if 10 <= p < 100 and p % 10 else "forty"), pair_words("%02d" % R.randint(11, 99)) or "fifty")),
            C("okay can i pay " + R.choice(["half of that", "twenty now", "the lot on friday"]))], \
        "call/utilities: balance amount spoken in words"

def n_order_call():
    ref = digits(R.choice([6, 7, 8]), first_nonzero=True)
    word = R.choice(["order number", "reference number", "ticket number", "claim number", "invoice number"])
    return [A("have you got the %s there" % word),
            C("yeah the %s is %s" % (word, speak(ref, rep=.5))),
            A("thanks i can see that one here")], "call/retail: %s read out with its reference word (not PII)" % word

def n_order_chat():
    ref = R.choice(["#", "", "ORD-", "REF ", "INC"]) + digits(R.choice([6, 7, 8, 9]), first_nonzero=True)
    return [C(R.choice(["Order ", "my ticket ", "Claim ref ", "Invoice "]) + ref + R.choice([" still hasn't arrived", " was charged twice", " - any update?"]))], \
        "chat/retail: order/ticket reference typed"

def n_time_call():
    return [A("we can get an engineer out on %s between %s and %s" % (
        R.choice(["monday", "tuesday the fourth", "the twenty second", "friday"]),
        R.choice(["eight", "nine thirty", "half past eight"]), R.choice(["twelve", "one", "two thirty"]))),
        C("yeah the eighth of " + R.choice(MONTHS) + " works i'm in all day")], \
        "call/telecom: appointment day, ordinal date and time window (not DOB)"

def n_flight_call():
    return [A("can you confirm the flight number"),
            C("it's %s %s on the %s of %s departing at %s" % (
                R.choice(["b a", "e i", "f r", "u a", "a a"]), speak(digits(R.choice([3, 4]), True), pairs=.5),
                R.choice(ORD[:28]), R.choice(MONTHS), R.choice(["six forty five", "ten past nine", "fourteen hundred"])))], \
        "call/travel: flight number and departure date/time"

def n_meter_call():
    return [A("could you read me the meter"),
            C("it says %s" % speak(digits(5, True), rep=.5)), A("and the night reading"),
            C(speak(digits(5, True), rep=.5) + " and the model number on it is " + R.choice(["e seven", "x r five fifty", "m two hundred"]))], \
        "call/utilities: meter readings and model number"

def n_room_call():
    return [C("i'm in room %s and the heating's stuck at %s degrees" % (speak(str(R.randint(101, 899)), pairs=.5), pair_words(str(R.randint(15, 29))))),
            A("sorry about that i'll send someone up in %s minutes" % R.choice(["ten", "fifteen", "twenty"]))], \
        "call/travel: hotel room number, temperature, duration"

def n_speed_call():
    return [A("your package is %s meg and you're getting about %s" % (R.choice(["five hundred", "eighty", "one gig nine hundred"]), R.choice(["sixty two", "forty", "three hundred and ten"]))),
            C("that's like %s percent of what i pay for and i've been with you since %s" % (R.choice(["twenty", "fifty", "thirty five"]), say_year(R.randint(2005, 2022))))], \
        "call/telecom: speeds, percentages and a year"

def n_age_call():
    return [C("my mum is %s and she's been on hold for %s minutes" % (pair_words(str(R.randint(61, 99))), pair_words(str(R.randint(21, 59))))),
            A("i'm really sorry about the wait")], "call/healthcare billing: age and duration"

def n_payment_date_call():
    return [A("the next payment of %s will come out on the %s of %s" % (R.choice(["thirty two pounds fifty", "ninety nine dollars", "one hundred and twelve euro"]), R.choice(ORD[:28]), R.choice(MONTHS))),
            C("and the contract started %s %s right" % (R.choice(MONTHS), say_year(R.randint(2015, 2024))))], \
        "call/insurance: payment date and contract start date (not DOB)"

def n_chat_prices():
    return [C("Why was I charged $%d.%02d on %d/%d when the plan is %d%% off?" % (R.randint(10, 400), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.choice([10, 15, 20, 25]))),
            A("Let me check that for you, it can take up to 48 hours.")], "chat/telecom: price, payment date, percentage"

def n_chat_counts():
    return [C("I ordered %d units of model %s-%d but only %d arrived, parcel weighed %d kg" % (
        R.randint(2, 40), R.choice(["XR", "TX", "KD"]), R.randint(100, 9000), R.randint(1, 9), R.randint(2, 30))),
        A("Sorry about that, I have raised case %d for you." % R.randint(100000, 9999999))], \
        "chat/retail: quantities, model number, weight, case number"

def n_balance_call():
    return [A("your balance is %s and your credit limit is %s" % (
        R.choice(["one thousand two hundred and six pounds", "four thousand three hundred dollars", "nine hundred and ninety euro"]),
        R.choice(["five thousand", "two thousand five hundred", "ten thousand"]))),
        C("okay and the interest rate is still %s percent" % R.choice(["nineteen point nine", "twenty four", "twelve"]))], \
        "call/banking: balance, limit and rate"

def n_last_digits_ref():
    return [A("i'll just put you on hold for two minutes"),
            C("no problem"), A("thanks for holding your reference is %s" % speak(digits(R.choice([6, 8]), True), rep=.5, pairs=.3)),
            C("sorry can you repeat the reference"), A("yes reference %s" % R.choice(["one two three", "is as before"]))], \
        "call/insurance: reference number read out by agent with reference word"

def n_temp_chat():
    return [C("the boiler display shows error E%d and the water is %d°C, it's been %d days" % (R.randint(10, 199), R.randint(20, 80), R.randint(2, 14))),
            A("Thanks, an engineer can come on %s at %d:%02d." % (R.choice(["Tuesday 4th", "Monday 12th", "the 21st"]), R.randint(8, 16), R.choice([0, 15, 30])))], \
        "chat/utilities: error code, temperature, days, appointment time"

def n_year_call():
    return [C("i bought it in %s and it lasted %s years the warranty was %s months" % (say_year(R.randint(2010, 2023)), DW[R.randint(2, 9)], R.choice(["twelve", "twenty four", "thirty six"]))),
            A("okay the warranty expires after %s months so" % R.choice(["twelve", "twenty four"]))], \
        "call/retail: year of purchase, durations, warranty"

def n_card_nonpii():
    return [A("i can see a visa debit card saved on the account is that still the one you want to use"),
            C("yeah i think so i used it %s times last week for about %s quid" % (R.choice(["three", "four", "five"]), R.choice(["twenty", "sixty", "a hundred"])))], \
        "call/retail: card talk without any card number"

def n_mixed_call():
    return [C("i've been with you %s years and i paid %s in %s and i'm on the %s month plan" % (
        R.choice(["twelve", "six", "twenty"]), R.choice(["two hundred and forty pounds", "sixty euro", "ninety nine ninety nine"]),
        R.choice(MONTHS), R.choice(["twelve", "twenty four", "eighteen"]))),
        A("i can see that and there's a credit of %s pounds on the account" % pair_words(str(R.randint(21, 99))))], \
        "call/telecom: tenure, amounts, months, plan length, credit"

def n_ref10_chat():
    return [C("Ref: %s - still waiting on my refund of £%d.%02d since %s" % (
        digits(10, True), R.randint(10, 500), R.randint(0, 99), R.choice(["Monday", "3rd June", "last week"]))),
        A("Thanks, I've found booking ref %s%d." % (R.choice(["BK", "TX", "RF"]), R.randint(100000, 999999)))], \
        "chat/travel: 10-digit reference with its reference word, refund amount"

def n_time_chat():
    return [C("can I move my appointment from %d:%02d on %d/%02d to the afternoon? I'm in room %d%s" % (
        R.randint(8, 12), R.choice([0, 15, 30, 45]), R.randint(1, 28), R.randint(1, 12), R.randint(1, 40), R.choice(["B", "", "A"]))),
        A("Sure, 3:15pm works, it takes about 45 mins.")], "chat/healthcare billing: appointment times, date, room, duration"

def n_readings_call():
    return [C("the box says %s point %s kilowatt hours and the light's been flashing for %s days" % (
        speak(digits(4, True), pairs=.6), DW[R.randint(0, 9)], R.choice(["three", "five", "ten"]))),
        A("okay and it's the model %s" % R.choice(["e two four", "s m e t s two", "x one thousand"]))], \
        "call/utilities: meter reading in words, duration, model"

NEG_TEMPLATES = [n_money_call, n_order_call, n_order_chat, n_time_call, n_flight_call, n_meter_call,
                 n_room_call, n_speed_call, n_age_call, n_payment_date_call, n_chat_prices,
                 n_chat_counts, n_balance_call, n_last_digits_ref, n_temp_chat, n_year_call, n_card_nonpii,
                 n_mixed_call, n_ref10_chat, n_time_chat, n_readings_call]

# ---------------------------------------------------------------- generation
def generate():
    R.seed(SEED)
    _grp[0] = 0
    cases, metas = [], []
    pool = [f for f, w in POS_TEMPLATES for _ in range(w)]
    n_pos = 210
    for i in range(n_pos):
        f = pool[i % len(pool)]
        turns, note = f()
        case, meta = build(turns, note)
        case = {"id": "h186-pos-%03d" % (i + 1), "kind": "positive", **case}
        cases.append(case)
        metas.append(meta)
    for i in range(120):
        f = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        turns = f()
        note = None
        if isinstance(turns, tuple):
            turns, note = turns
        case, meta = build(turns, note)
        case = {"id": "h186-neg-%03d" % (i + 1), "kind": "negative", **case}
        cases.append(case)
        metas.append(meta)
    return cases, metas

def dump(cases):
    return "".join(json.dumps({k: c[k] for k in ("id", "kind", "turns", "spans", "note")},
                              ensure_ascii=False) + "\n" for c in cases)

def counts(cases):
    out = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            out[s["type"]] += 1
    return out

def check_cases(cases, metas):
    errs = []
    ids = set()
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        groups = {}
        prev = {}
        for s, g in zip(c["spans"], meta):
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append(cid + ": offsets out of range")
                continue
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % text[st:en])
            if text[st].isspace() or text[en - 1].isspace() or not re.search(r"[A-Za-z0-9]", text[st:en]):
                errs.append(cid + ": span has edge whitespace/punct %r" % text[st:en])
            key = s["turn"]
            for (ps, pe) in prev.get(key, []):
                if st < pe and ps < en:
                    errs.append(cid + ": overlapping spans")
            prev.setdefault(key, []).append((st, en))
            val = text[st:en]
            if g == "frag":
                if not (norm_alnum(val) or re.search(r"\d", val)):
                    errs.append(cid + ": empty fragment")
            elif g is None:
                e = validate(s["type"], val)
                if e:
                    errs.append(cid + ": " + e)
            else:
                groups.setdefault(g, []).append((s["type"], val))
        for g, vals in groups.items():
            types = {t for t, _ in vals}
            if len(types) != 1:
                errs.append(cid + ": mixed group")
                continue
            typ = types.pop()
            if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
                joined = "".join(norm_alnum(v) for _, v in vals)
            elif typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                joined = " ".join(v for _, v in vals)
            else:
                joined = "".join(norm_digits(v) for _, v in vals)
            e = validate(typ, joined)
            if e:
                errs.append(cid + ": group " + e)
    cnt = counts(cases)
    for t, m in MINIMA.items():
        if cnt[t] < m:
            errs.append("type %s has %d spans (< %d)" % (t, cnt[t], m))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    return errs

def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    ncall = sum(c["note"].startswith("call") for c in cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# PII hold-out set h186

**Never use this set for tuning.** It exists only to measure the redactor on data its
authors did not see.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the existing benchmark, or other fixtures; the only
data consulted was a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout186.py` from template functions (standard library only, one
`random.Random(186241125)`); every turn is assembled from plain text and labelled
(value, TYPE) segments so offsets are computed, never typed. `--check` regenerates and
compares byte for byte, and validates ids, offsets, word boundaries, overlaps and each
value after normalising spoken forms (Luhn, mod-97, NI shape, digit counts, postcode shapes).

Emphasis: about two thirds phone calls written as a speech recogniser would write them
(lower case, digits as words, "oh"/"o"/"nought", "double"/"triple", pair readings such as
"forty one", homophones "for"/"to"/"too"/"ate" for digits and "see"/"why"/"are"/"queue"
for letters, "x for word" spelling, fillers inside readings, restarts and
self-corrections, agent interruptions and read-backs, values spread over several turns).
The rest are typed chats with varied separators and case.

## Annotation conventions

* A span covers exactly the value: the first to the last word/character of the reading,
  including fillers ("um"), "double"/"triple", "x for word" spelling and separators that
  fall inside the reading; never lead-ins ("it's", "my social is") or trailing chat.
* A value spread over several turns gets one span per turn (each chunk is labelled with
  the value's type).
* Abandoned readings before a self-correction ("four five three nine no wait sorry ...")
  are labelled with the type of the value they start, as are partly sent chat values; the
  correction words themselves are not.
* Agent read-backs of a value are labelled like the customer's reading.
* PHONE includes the country code: typed "+44 ..." is inside the span; for spoken
  "plus three five three ..." the span starts at the first digit word ("plus" is outside).
* EMAIL covers the whole spoken address "j dot smith at gmail dot com".
* DOB covers day, month and year (also when split over turns); ages are not labelled.
* EXPIRY covers month and year; CVV only the digits.
* ADDRESS covers house/flat number and street name; town names are not labelled; the
  postcode/ZIP is a separate POSTCODE span.
* Not labelled (positives only, so this never affects the negative score): the single
  digit an agent asks to confirm ("was that nine") and the customer's one-word
  confirmation, and an agent's echo of a spelled surname during an e-mail reading.
* Digit words in calls follow ASR habits: "for"/"to"/"too"/"ate" for 4/2/8, "oh"/"o"/
  "nought" for 0, letters as "see"/"why"/"are"/"queue"/"kay"/"tea"/"pee"/"ex"/"zed".
* Negatives contain amounts, times, dates that are not birth dates, reference/order/claim
  numbers said with their reference word, flight and room numbers, model numbers, meter
  readings, speeds, percentages, ages, temperatures and balances; nothing in them may be
  redacted.

## Counts

{npos} positive cases, {nneg} negative cases ({ncall} of {len(cases)} cases are calls).

| type | spans |
|---|---|
{rows}
"""

def main():
    cases, metas = generate()
    text = dump(cases)
    rd = readme(cases)
    errs = check_cases(cases, metas)
    # determinism: generate twice
    cases2, _ = generate()
    if dump(cases2) != text:
        errs.append("generation is not deterministic")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    print("cases: %d positive, %d negative" % (npos, len(cases) - npos))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED with %d problems" % len(errs))
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
