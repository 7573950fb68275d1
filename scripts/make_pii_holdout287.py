"""Generate held-out PII redaction cases (set 287). Standard library only.

Usage: python scripts/make_pii_holdout287.py [--check]
"""
import json, os, random, re, sys

SEED = 287241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout287")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

R = random.Random(SEED)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        p, n = "4", 16
    elif kind == "visa19":
        p, n = "4", 19
    elif kind == "mc":
        p, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    else:
        p, n = "6011", 16
    body = p + "".join(R.choice("0123456789") for _ in range(n - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    f = R.choice("ABCEGHJKLMNPRSTWXYZ")
    s = R.choice("ABCEGHJKLMNPRSTWXYZ")
    while f + s in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        s = R.choice("ABCEHJKLMPRSWXY")
    return f + s + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def digits(k, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def gen_uk_postcode():
    shape = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA", "A9A 9AA"])
    out = ""
    for ch in shape:
        if ch == "A":
            out += R.choice("ABCDEFGHJKLMNPRSTUWY")
        elif ch == "9":
            out += R.choice("123456789")
        else:
            out += ch
    return out[:-2] + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "maria", "declan", "chloe", "mohammed", "emma",
         "niamh", "carlos", "hannah", "oliver", "grace", "sean", "fatima", "jack", "lucy"]
LAST = ["murphy", "smith", "patel", "kelly", "jones", "obrien", "garcia", "walsh", "brown", "nguyen",
        "taylor", "byrne", "wilson", "khan", "davies", "ryan"]
STREETS = ["acacia road", "station road", "church lane", "maple avenue", "oak street", "high street",
           "mill lane", "victoria road", "elm drive", "park crescent", "kings road", "willow close",
           "main street", "lincoln avenue", "harbour view", "sycamore way"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com", "aol.com"]


# ---------------------------------------------------------------- spoken forms
def say_digit(c):
    if c == "0":
        return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])
    return ONES[int(c)]


def say_pair(p, round_ok=True):
    if not round_ok and p[1] == "0" and p[0] != "0":
        return ONES[int(p[0])] + " " + say_digit("0") if p[0] != "1" else "ten"
    if p[0] == "0":
        return say_digit("0") + " " + ONES[int(p[1])] if p[1] != "0" else say_digit("0") + " " + say_digit("0")
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_digits(s, style=None):
    """Speak a digit string: digit by digit, with double/triple, or pairs."""
    style = style or R.choice(["plain", "plain", "dbl", "pairs"])
    if style == "pairs" and len(s) % 2 == 0:
        return " ".join(say_pair(s[i:i + 2], i + 2 >= len(s)) for i in range(0, len(s), 2))
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if style == "dbl" and run == 3:
            out.append("triple " + say_digit(s[i]))
            i = j
        elif style == "dbl" and run >= 2:
            out.append("double " + say_digit(s[i]))
            i += 2
        else:
            out.append(say_digit(s[i]))
            i += 1
    return " ".join(out)


def say_letter(c, nato=None):
    c = c.lower()
    if c == "o":
        nato = True
    if nato is None:
        nato = R.random() < 0.5
    if nato:
        return R.choice(["%s for %s", "%s as in %s"]) % (c, NATO[c])
    return c


def say_alnum(s, nato=None, style=None):
    parts, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf, style))
                buf = ""
            if ch.isalpha():
                parts.append(say_letter(ch, nato))
    if buf:
        parts.append(say_digits(buf, style))
    return " ".join(parts)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def typed_card(c):
    st = R.choice(["sp", "dash", "none", "dot", "mixed"])
    if st == "sp":
        return group(c, card_groups(c))
    if st == "dash":
        return group(c, card_groups(c), "-")
    if st == "dot":
        return group(c, card_groups(c), ".")
    if st == "mixed":
        return group(c, card_groups(c), R.choice(["  ", " - ", "/"]))
    return c


def spoken_year(y):
    if R.random() < 0.3 and y >= 2000:
        return "two thousand and " + say_pair("%02d" % (y % 100)) if y % 100 >= 10 else "two thousand and " + ONES[y % 10]
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


# ---------------------------------------------------------------- normalisation for --check
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0", "won": "1", "to": "2",
                "too": "2", "for": "4", "fore": "4", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}


def all_digit_parses(text):
    """All readings of a spoken digit string where 'forty' + 'one' may be 41 or 40 1."""
    toks = re.findall(r"[a-z]+|\d", text.lower())
    res = [""]
    i, mult = 0, 1
    out = [("", 0)]
    def step(prefix, i, mult):
        if i >= len(toks):
            yield prefix
            return
        t = toks[i]
        if t.isdigit():
            yield from step(prefix + t * mult, i + 1, 1)
        elif t == "double":
            yield from step(prefix, i + 1, 2)
        elif t == "triple":
            yield from step(prefix, i + 1, 3)
        elif t in TEENNUM:
            yield from step(prefix + TEENNUM[t], i + 1, 1)
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                yield from step(prefix + str(TENNUM[t]) + WORDNUM[toks[i + 1]], i + 2, 1)
            yield from step(prefix + str(TENNUM[t]) + "0", i + 1, 1)
        elif t in ("zero", "oh", "o", "nought", "one", "two", "three", "four", "five", "six", "seven",
                   "eight", "nine"):
            yield from step(prefix + WORDNUM[t] * mult, i + 1, 1)
        else:
            yield from step(prefix, i + 1, mult)
    return list(step("", 0, 1))


def spoken_to_digits(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out, i, mult = "", 0, 1
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t * mult; mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in TEENNUM:
            out += TEENNUM[t]
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out += str(TENNUM[t]) + WORDNUM[toks[i + 1]]; i += 1
            else:
                out += str(TENNUM[t]) + "0"
        elif t in ("zero", "oh", "o", "nought", "one", "two", "three", "four", "five", "six", "seven",
                   "eight", "nine", "won", "too", "ate", "fore"):
            out += WORDNUM[t] * mult; mult = 1
        i += 1
    return out


def spoken_to_alnum(text):
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) [a-z]+", lambda m: " " + m.group(1).upper() + " ", t)
    toks = re.findall(r"[A-Z]|[a-z]+|\d", t)
    out, mult = "", 1
    i = 0
    while i < len(toks):
        x = toks[i]
        if len(x) == 1 and x.isupper():
            out += x
        elif x.isdigit():
            out += x * mult; mult = 1
        elif x == "double":
            mult = 2
        elif x == "triple":
            mult = 3
        elif x in TEENNUM:
            out += TEENNUM[x]
        elif x in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out += str(TENNUM[x]) + WORDNUM[toks[i + 1]]; i += 1
            else:
                out += str(TENNUM[x]) + "0"
        elif x in WORDNUM and x not in ("for", "to", "too", "o"):
            out += WORDNUM[x] * mult; mult = 1
        elif x == "o":
            out += "0" if mult == 1 else "0" * mult; mult = 1
        elif len(x) == 1:
            out += x.upper()
        elif re.fullmatch(r"[a-z]{2,4}", x) and x not in ("and", "the", "um", "uh", "er", "then", "is", "its"):
            out += x.upper()
        i += 1
    return out


def digits_of(text):
    d = re.sub(r"\D", "", text)
    return d if re.search(r"\d", text) and not re.search(r"[a-z]{3,}", text.lower().replace("x", "")) else spoken_to_digits(text)


MONTHRE = "|".join(MONTHS + [m[:3] for m in MONTHS])


def validate(t, text):
    """Return error string or None. text is concatenated span text for one value."""
    if t in ("CARD_NUMBER",):
        d = digits_of(text)
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return None
        if re.search(r"[a-z]{3,}", text.lower()) and any(13 <= len(x) <= 19 and luhn_ok(x) for x in all_digit_parses(text)):
            return None
        return "card %r -> %s" % (text, d)
    if t == "SSN":
        d = digits_of(text)
        return None if len(d) == 9 else "ssn %r -> %s" % (text, d)
    if t == "NI_NUMBER":
        a = spoken_to_alnum(text)
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", a) else "ni %r -> %s" % (text, a)
    if t == "IBAN":
        a = spoken_to_alnum(text)
        return None if iban_ok(a) else "iban %r -> %s" % (text, a)
    if t == "SORT_CODE":
        d = digits_of(text)
        return None if len(d) == 6 else "sort %r -> %s" % (text, d)
    if t == "BANK_ACCOUNT":
        d = digits_of(text)
        return None if 8 <= len(d) <= 12 else "acct %r -> %s" % (text, d)
    if t == "CVV":
        d = digits_of(text)
        return None if len(d) in (3, 4) else "cvv %r -> %s" % (text, d)
    if t == "PHONE":
        d = digits_of(text)
        return None if 10 <= len(d) <= 13 else "phone %r -> %s" % (text, d)
    if t == "EXPIRY":
        d = digits_of(text)
        return None if len(d) in (3, 4, 6) or re.search(MONTHRE, text.lower()) else "expiry %r" % text
    if t == "DOB":
        return None if re.search(r"\d", text) or re.search(MONTHRE, text.lower()) or len(spoken_to_digits(text)) >= 4 else "dob %r" % text
    if t == "POSTCODE":
        a = spoken_to_alnum(text).replace(" ", "")
        ok = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", a) or re.fullmatch(r"\d{5}(\d{4})?", a)
        return None if ok else "postcode %r -> %s" % (text, a)
    if t == "EMAIL":
        tl = text.lower()
        return None if ("@" in tl or " at " in tl) and ("." in tl or " dot " in tl) else "email %r" % text
    if t == "ADDRESS":
        w = set(re.findall(r"[a-z]+", text.lower()))
        return None if re.search(r"\d", text) or w & set(ONES + TEENS + TENS[2:]) else "address %r" % text
    return "unknown type %s" % t


# ---------------------------------------------------------------- case assembly
class Case:
    def __init__(self, note):
        self.turns, self.spans, self.note = [], [], note

    def add(self, speaker, *segs):
        text, idx = "", len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                v, t = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(v), "type": t})
                text += v
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self


def ag(c, *s):
    return c.add("agent", *s)


def cu(c, *s):
    return c.add("customer", *s)


def ch(*xs):
    return R.choice(xs)


FILL = ["", "", "um ", "uh ", "er ", "yeah ", "right ", "so ", "okay "]
BACK = ["mhm", "okay go on", "yep", "uh huh", "okay", "got that", "right", "yes go ahead", "mm hmm"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def split_words(s, n):
    w = s.split(" ")
    n = min(n, len(w))
    cuts = sorted(R.sample(range(1, len(w)), n - 1)) if n > 1 else []
    out, prev = [], 0
    for c in cuts + [len(w)]:
        out.append(" ".join(w[prev:c]))
        prev = c
    return out


# ---- CARD templates
def pos_card(i):
    c = gen_card()
    k = i % 12
    ind = ch("banking", "retail", "telecom", "travel", "utilities", "insurance")
    if k == 0:
        x = Case("call/%s: card spoken digit by digit in one turn with varied zero words" % ind)
        ag(x, "can i take the long number on the card please")
        cu(x, ch(*FILL), "yeah it's ", (say_digits(c, "plain"), "CARD_NUMBER"))
    elif k == 1:
        x = Case("chat/%s: card typed with separators mid-message" % ind)
        cu(x, ch("hi ", "Hello, ", "hey "), "pls charge the £", str(R.randint(10, 400)), " to my card ", (typed_card(c), "CARD_NUMBER"), ch(" thx", ". Thanks", "", " ty!!"))
    elif k == 2:
        parts = split_words(say_digits(c, "dbl"), 4)
        x = Case("call/%s: card split over four customer turns with doubles/triples and back-channels" % ind)
        ag(x, "okay whenever you're ready with the card number")
        for j, p in enumerate(parts):
            cu(x, ch("", "", "um "), (p, "CARD_NUMBER"))
            if j < len(parts) - 1:
                ag(x, ch(*BACK))
    elif k == 3:
        g = card_groups(c)
        grp = group(c, g).split(" ")
        x = Case("call/%s: card read in pairs (forty one eleven style)" % ind)
        ag(x, "and the card number please")
        cu(x, "it's ", (" ".join(say_digits(q, "pairs") if len(q) % 2 == 0 else say_digits(q, "plain") for q in grp), "CARD_NUMBER"), " that's a ", ch("visa", "mastercard", "debit card"))
    elif k == 4:
        x = Case("call/%s: agent reads the card back; both readings labelled" % ind)
        sp = say_digits(c, "plain")
        ag(x, "go ahead with the card number")
        cu(x, (sp, "CARD_NUMBER"))
        ag(x, "let me read that back ", (say_digits(c, "plain"), "CARD_NUMBER"), " is that right")
        cu(x, "yes that's it")
    elif k == 5:
        x = Case("chat/%s: card typed with no spaces plus expiry and cvv" % ind)
        e = "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31))
        cv = digits(3)
        cu(x, "card: ", (c, "CARD_NUMBER"), " exp ", (e, "EXPIRY"), " cvv ", (cv, "CVV"))
    elif k == 6:
        x = Case("call/%s: card with filler words inside the reading (span covers whole reading)" % ind)
        w = say_digits(c, "plain").split(" ")
        mid = len(w) // 2
        ag(x, "the long number on the front of the card")
        cu(x, "okay so ", (" ".join(w[:mid]) + " " + ch("um", "hang on", "uh let me see", "sorry") + " " + " ".join(w[mid:]), "CARD_NUMBER"))
    elif k == 7:
        x = Case("call/%s: card grouped in fours, two groups per turn" % ind)
        grp = group(c, card_groups(c)).split(" ")
        a = " ".join(grp[:2]); b = " ".join(grp[2:])
        ag(x, "could you give me the card number for the payment of ", say_pair(str(R.randint(20, 99))), " pounds")
        cu(x, (say_digits(a.replace(" ", ""), "dbl"), "CARD_NUMBER"))
        ag(x, ch(*BACK))
        cu(x, "then ", (say_digits(b.replace(" ", ""), "dbl"), "CARD_NUMBER"))
    elif k == 8:
        x = Case("chat/%s: card typed in odd groups with typo-ish spacing" % ind)
        cu(x, ch("my card no is ", "Card number- ", "its "), (group(c, [R.randint(2, 5), R.randint(3, 6), R.randint(3, 5)], " "), "CARD_NUMBER"), ch("", " (visa debit)", " cheers"))
    elif k == 9:
        x = Case("call/%s: card spoken with hundreds-style pairs then digits, with a ticket number nearby" % ind)
        ref = digits(7, True)
        ag(x, "i've got your booking reference ", say_digits(ref, "plain"), " now the card please")
        cu(x, (say_digits(c[:8], "pairs") + " " + say_digits(c[8:], "plain"), "CARD_NUMBER"))
    elif k == 10:
        x = Case("call/%s: self-correction of last group; whole corrected reading inside the span" % ind)
        w = say_digits(c[:-4], "plain")
        wrong = list(c[-4:]); wrong[1] = str((int(wrong[1]) + 3) % 10)
        ag(x, "card number when you're ready")
        cu(x, (w + " " + say_digits("".join(wrong), "plain") + " no sorry " + say_digits(c[-4:], "plain"), "CARD_NUMBER"))
    else:
        x = Case("chat/%s: two cards in one message (old and new)" % ind)
        c2 = gen_card()
        cu(x, "old card was ", (typed_card(c2), "CARD_NUMBER"), " but please use ", (typed_card(c), "CARD_NUMBER"), " from now on")
    return x


# ---- SSN
def typed_ssn(s):
    return ch("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s") % (s[:3], s[3:5], s[5:])


def pos_ssn(i):
    s = gen_ssn()
    k = i % 10
    ind = ch("banking", "insurance", "healthcare billing", "government services", "telecom", "utilities")
    if k == 0:
        x = Case("chat/%s: SSN typed with separators" % ind)
        cu(x, ch("ssn is ", "My SSN: ", "social is "), (typed_ssn(s), "SSN"))
    elif k == 1:
        x = Case("call/%s: SSN spoken digit by digit" % ind)
        ag(x, "can i get your social security number")
        cu(x, ch(*FILL), "sure it's ", (say_digits(s, "plain"), "SSN"))
    elif k == 2:
        x = Case("call/%s: SSN split 3-2-4 over turns with back-channels" % ind)
        ag(x, "and your social please")
        cu(x, (say_digits(s[:3]), "SSN"))
        ag(x, ch(*BACK))
        cu(x, (say_digits(s[3:5]), "SSN"))
        ag(x, ch(*BACK))
        cu(x, (say_digits(s[5:]), "SSN"))
    elif k == 3:
        x = Case("call/%s: SSN with doubles, last four in pairs" % ind)
        ag(x, "i need to verify the full social")
        cu(x, "okay ", (say_digits(s[:5], "dbl") + " " + say_digits(s[5:], "pairs"), "SSN"))
    elif k == 4:
        x = Case("call/%s: agent reads SSN back" % ind)
        ag(x, "what's your social")
        cu(x, (say_digits(s, "plain"), "SSN"))
        ag(x, "so that's ", (say_digits(s, "dbl"), "SSN"), " correct")
        cu(x, "yep")
    elif k == 5:
        x = Case("chat/%s: SSN typed with ZIP code in same message" % ind)
        z = digits(5, True)
        cu(x, "SSN ", (typed_ssn(s), "SSN"), " and zip ", (z, "POSTCODE"), ch("", " thanks", "."))
    elif k == 6:
        x = Case("call/%s: SSN with correction of one group; whole reading in span" % ind)
        wrong = str((int(s[3:5]) + 11) % 100).zfill(2)
        ag(x, "social security number please")
        cu(x, (say_digits(s[:3]) + " " + say_digits(wrong) + " wait no " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
    elif k == 7:
        x = Case("call/%s: SSN amid chit-chat with a dollar amount and year nearby" % ind)
        ag(x, "for the ", ch("claim", "refund", "bill"), " of ", say_pair(str(R.randint(20, 99))), " dollars i'll need the social")
        cu(x, "oh yeah no problem i've had it since nineteen ninety ", ch("one", "two", "four"), " haha it's ", (say_digits(s, ch("plain", "dbl")), "SSN"), " okay")
    elif k == 8:
        x = Case("chat/%s: SSN typed with unusual separators" % ind)
        cu(x, ch("ss# ", "SSN#: ", "soc sec no. "), (ch("%s/%s/%s", "%s_%s_%s", "%s -%s- %s", "%s  %s  %s") % (s[:3], s[3:5], s[5:]), "SSN"))
    else:
        x = Case("call/%s: SSN with last four given first then the rest" % ind)
        ag(x, "can you confirm the last four of your social")
        cu(x, (say_digits(s[5:], "pairs"), "SSN"))
        ag(x, "and the first five")
        cu(x, (say_digits(s[:5]), "SSN"))
    return x


# ---- NI
def typed_ni(n):
    st = R.choice(["sp", "none", "lower", "mixed"])
    if st == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "lower":
        return n.lower()
    if st == "mixed":
        return "%s%s %s" % (n[:2], n[2:8], n[8])
    return n


def pos_ni(i):
    n = gen_ni()
    k = i % 10
    ind = ch("government services", "banking", "insurance", "utilities", "healthcare billing", "telecom")
    if k == 0:
        x = Case("chat/%s: NI number typed" % ind)
        cu(x, ch("NI no. ", "my national insurance number is ", "ni: "), (typed_ni(n), "NI_NUMBER"))
    elif k == 1:
        x = Case("call/%s: NI spoken with NATO letters" % ind)
        ag(x, "and your national insurance number")
        cu(x, ch(*FILL), "it's ", (say_alnum(n, True, "plain"), "NI_NUMBER"))
    elif k == 2:
        x = Case("call/%s: NI spoken with bare letters and pairs" % ind)
        ag(x, "can i take your n i number")
        cu(x, (say_alnum(n, False, "pairs"), "NI_NUMBER"))
    elif k == 3:
        x = Case("call/%s: NI split letters / digits / suffix across turns" % ind)
        ag(x, "national insurance number please")
        cu(x, (say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER"))
        ag(x, ch(*BACK))
        cu(x, (say_digits(n[2:8]), "NI_NUMBER"))
        ag(x, "and the letter at the end")
        cu(x, "it's ", (say_letter(n[8]), "NI_NUMBER"))
    elif k == 4:
        x = Case("call/%s: NI read back by agent" % ind)
        ag(x, "what's your national insurance number")
        cu(x, (say_alnum(n, False, "plain"), "NI_NUMBER"))
        ag(x, "so ", (say_alnum(n, True, "plain"), "NI_NUMBER"), " yeah")
        cu(x, "that's right")
    elif k == 5:
        x = Case("chat/%s: NI typed lower case with dashes" % ind)
        cu(x, "Hi my NI is ", ("-".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]).lower(), "NI_NUMBER"), ch(" cheers", "", " thanks"))
    elif k == 6:
        x = Case("call/%s: NI with doubles and homophone letters spoken as words" % ind)
        ag(x, "n i number")
        cu(x, "yeah ", (say_alnum(n, None, "dbl"), "NI_NUMBER"), " ", ch("i think", "yeah", ""))
    elif k == 7:
        x = Case("call/%s: NI in groups of two with filler inside" % ind)
        ag(x, "and for the claim i'll need your national insurance")
        cu(x, (say_letter(n[0], False) + " " + say_letter(n[1], False) + " " + say_digits(n[2:4]) + " um " + say_digits(n[4:6]) + " " + say_digits(n[6:8]) + " " + say_letter(n[8], True), "NI_NUMBER"))
    elif k == 8:
        x = Case("chat/%s: NI typed alongside a postcode" % ind)
        p = gen_uk_postcode()
        cu(x, "NI ", (typed_ni(n), "NI_NUMBER"), ", postcode ", (p if R.random() < 0.5 else p.lower(), "POSTCODE"))
    else:
        x = Case("call/%s: NI with correction of the suffix letter; all inside span" % ind)
        wrong = "ABCD"[("ABCD".index(n[8]) + 1) % 4]
        ag(x, "your national insurance number")
        cu(x, (say_alnum(n[:8], False, "plain") + " " + say_letter(wrong, False) + " no sorry " + say_letter(n[8], True), "NI_NUMBER"))
    return x


# ---- other types
def pos_other(i):
    k = i % 13
    if k == 0:
        iban = gen_iban()
        if R.random() < 0.5:
            x = Case("chat/banking: two IBANs typed (old and new), grouped and unspaced")
            cu(x, "please refund to ", (group(iban, [4] * 8), "IBAN"), " not the old one ", (gen_iban().lower(), "IBAN"))
        else:
            x = Case("call/banking: IBAN spoken")
            ag(x, "what's the iban")
            cu(x, (say_alnum(iban, R.random() < 0.5, "plain"), "IBAN"))
            ag(x, "reading that back ", (say_alnum(iban, False, "dbl"), "IBAN"))
    elif k == 1:
        sc, ac = digits(6), digits(8)
        if R.random() < 0.5:
            x = Case("chat/banking: sort code and account typed")
            cu(x, "sort code ", (ch("%s-%s-%s", "%s %s %s", "%s%s%s") % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc ", (ac, "BANK_ACCOUNT"))
        else:
            x = Case("call/utilities: sort code in pairs and account number spoken")
            ag(x, "and the sort code")
            cu(x, (say_digits(sc, "pairs"), "SORT_CODE"))
            ag(x, "and the account number")
            cu(x, (say_digits(ac, "dbl"), "BANK_ACCOUNT"))
    elif k == 2:
        if R.random() < 0.5:
            p = "07" + digits(9)
            x = Case("call/telecom: UK mobile spoken")
            ag(x, "best number to reach you")
            cu(x, (say_digits(p, ch("plain", "dbl")), "PHONE"))
        else:
            p = digits(3, True) + digits(3, True) + digits(4)
            x = Case("chat/retail: US phone typed")
            cu(x, "call me at ", (ch("(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s") % (p[:3], p[3:6], p[6:]), "PHONE"))
    elif k == 3:
        f, l, d = ch(*FIRST), ch(*LAST), ch(*DOMAINS)
        if R.random() < 0.5:
            x = Case("chat/retail: email typed")
            cu(x, "email is ", ("%s.%s%d@%s" % (f, l, R.randint(1, 99), d), "EMAIL"))
        else:
            x = Case("call/insurance: email spoken with dot/at")
            ag(x, "and an email address")
            cu(x, ("%s dot %s at %s" % (f, l, d.replace(".", " dot ")), "EMAIL"))
    elif k == 4:
        y, m, dd = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
        if R.random() < 0.5:
            x = Case("call/healthcare billing: date of birth spoken")
            ag(x, "can you confirm your date of birth")
            cu(x, ("the " + ORD[dd - 1] + " of " + MONTHS[m - 1] + " " + spoken_year(y), "DOB"))
        else:
            x = Case("chat/insurance: DOB typed")
            cu(x, "dob ", ("%02d/%02d/%d" % (dd, m, y), "DOB"))
    elif k == 5:
        p = gen_uk_postcode()
        if R.random() < 0.5:
            x = Case("call/utilities: UK postcode spoken with NATO letters")
            ag(x, "and the postcode")
            cu(x, (say_alnum(p, True, "plain"), "POSTCODE"))
        else:
            z = digits(5, True)
            x = Case("call/retail: US ZIP spoken")
            ag(x, "what's the zip code")
            cu(x, (say_digits(z), "POSTCODE"))
    elif k == 6:
        num = R.randint(2, 240)
        x = Case("chat/utilities: street address typed")
        cu(x, "I live at ", ("%d %s" % (num, ch(*STREETS).title()), "ADDRESS"), ch("", ", flat 2 is fine"))
    elif k == 7:
        num = R.randint(2, 99)
        x = Case("call/insurance: street address spoken")
        ag(x, "first line of the address")
        cu(x, (say_pair(str(num)) if num >= 10 else ONES[num], "ADDRESS") if False else (("%s %s" % (say_pair(str(num)) if num >= 10 else ONES[num], ch(*STREETS))), "ADDRESS"))
    elif k == 8:
        cv = digits(3)
        mm, yy = R.randint(1, 12), R.randint(26, 31)
        x = Case("call/retail: expiry and cvv spoken")
        ag(x, "expiry date")
        cu(x, (say_digits("%02d" % mm) + " " + say_pair(str(yy)), "EXPIRY"))
        ag(x, "and the three digits on the back")
        cu(x, (say_digits(cv, "plain"), "CVV"))
    elif k == 9:
        x = Case("chat/travel: expiry with month name and 4-digit cvv (amex)")
        cu(x, "expires ", (ch("%s %d", "%s 20%d") % (MONTHS[R.randint(0, 11)][:3].title(), R.randint(26, 31)), "EXPIRY"), ", security code ", (digits(4), "CVV"))
    elif k == 10:
        p = "+353 8" + digits(1) + " " + digits(7)
        x = Case("chat/travel: Irish mobile international form and email")
        cu(x, "mobile ", (p, "PHONE"), " (whatsapp ok) or mail ", ("%s_%s@%s" % (ch(*FIRST), ch(*LAST), ch(*DOMAINS)), "EMAIL"))
    elif k == 11:
        ac = digits(8)
        x = Case("call/banking: sort code then account number split over turns")
        ag(x, "sort code first")
        cu(x, (say_digits(digits(6), "dbl"), "SORT_CODE"))
        ag(x, "account number please")
        cu(x, (say_digits(ac[:4]), "BANK_ACCOUNT"))
        ag(x, ch(*BACK))
        cu(x, (say_digits(ac[4:]), "BANK_ACCOUNT"))
    else:
        y = R.randint(1950, 2003)
        x = Case("call/government services: DOB numeric spoken")
        ag(x, "date of birth")
        cu(x, (say_digits("%02d" % R.randint(1, 28)) + " " + say_digits("%02d" % R.randint(1, 12)) + " " + spoken_year(y), "DOB"))
    return x


# ---- negatives
def neg(i):
    k = i % 20
    ind = IND[i % len(IND)]
    n = R.randint
    if k == 0:
        x = Case("call/%s: money amount spoken" % ind); ag(x, "your balance is ", say_pair(str(n(20, 99))), " pounds and ", say_pair(str(n(10, 99))), " pence")
    elif k == 1:
        x = Case("chat/%s: price typed" % ind); cu(x, "why was I charged $%d.%02d instead of $%d.%02d?" % (n(10, 999), n(0, 99), n(10, 999), n(0, 99)))
    elif k == 2:
        x = Case("call/%s: appointment date and time (not DOB)" % ind); ag(x, "i've booked you in for the ", ORD[n(0, 27)], " of ", ch(*MONTHS), " at ", ch("ten", "two", "half three", "quarter past nine"))
    elif k == 3:
        x = Case("chat/%s: order number with reference word" % ind); cu(x, "order number %s hasn't arrived" % digits(n(6, 10), True))
    elif k == 4:
        x = Case("call/%s: ticket reference spoken" % ind); ag(x, "your reference number is ", say_digits(digits(n(6, 8), True), "plain"))
    elif k == 5:
        x = Case("chat/travel: flight number and gate"); cu(x, "flight %s%d from gate %d was delayed %d minutes" % (ch("EI", "FR", "BA", "UA"), n(100, 9999), n(1, 60), n(10, 240)))
    elif k == 6:
        x = Case("call/utilities: meter reading"); cu(x, "the meter reading is ", say_digits(digits(5, True), "plain"), " as of this morning")
    elif k == 7:
        x = Case("chat/telecom: model number and data allowance"); cu(x, "my %s %d handset only gets %d mbps on the %dGB plan" % (ch("Galaxy S", "iPhone ", "Pixel "), n(7, 24), n(2, 300), n(5, 100)))
    elif k == 8:
        x = Case("call/%s: age and duration" % ind); cu(x, "i'm ", say_pair(str(n(20, 89))), " years old and i've been with you ", ch("twelve", "fifteen", "nine"), " years")
    elif k == 9:
        x = Case("chat/%s: percentages and years" % ind); cu(x, "the rate went from %d.%d%% to %d.%d%% in %d" % (n(1, 9), n(0, 9), n(1, 9), n(0, 9), n(2015, 2026)))
    elif k == 10:
        x = Case("call/%s: payment date (not DOB)" % ind); ag(x, "your payment of ", say_pair(str(n(20, 99))), " euro will go out on the ", ORD[n(0, 27)], " of ", ch(*MONTHS), " ", spoken_year(n(2025, 2027)))
    elif k == 11:
        x = Case("chat/%s: claim number and invoice number" % ind); cu(x, "claim ref CL-%s, invoice #%s" % (digits(6, True), digits(n(5, 8), True)))
    elif k == 12:
        x = Case("call/travel: room number and nights"); cu(x, "we were in room ", say_digits(str(n(100, 999))), " for ", ch("three", "four", "two"), " nights")
    elif k == 13:
        x = Case("chat/%s: account balance" % ind); ag(x, "Your current balance is £%s.%02d and your next bill is due on %d %s." % ("{:,}".format(n(100, 9999)), n(0, 99), n(1, 28), ch(*MONTHS).title()))
    elif k == 14:
        x = Case("call/%s: hold time and queue count" % ind); ag(x, "sorry for the wait there are ", say_pair(str(n(11, 40))), " callers ahead and the wait is about ", ch("twenty", "forty five", "ninety"), " minutes")
    elif k == 15:
        x = Case("chat/%s: contract start date" % ind); cu(x, "my contract started %02d/%02d/%d and ends %02d/%02d/%d" % (n(1, 28), n(1, 12), n(2019, 2024), n(1, 28), n(1, 12), n(2025, 2028)))
    elif k == 16:
        x = Case("call/%s: temperature and speed" % ind); cu(x, "the boiler only gets to ", say_pair(str(n(20, 60))), " degrees and the broadband is ", say_pair(str(n(11, 80))), " meg")
    elif k == 17:
        x = Case("call/%s: case number spoken in pairs" % ind); ag(x, "your case number is ", say_digits(digits(8, True), "pairs"), " keep that handy")
    elif k == 18:
        x = Case("chat/retail: quantities and sizes"); cu(x, "I ordered %d units of item SKU %d in size %d but got %d" % (n(2, 50), n(10000, 99999), n(6, 16), n(1, 9)))
    else:
        x = Case("call/%s: last four of a card only mentioned as 'ending in' (not a full number) is out of scope - amount only" % ind)
        ag(x, "i can see a payment of ", say_pair(str(n(11, 99))), " pounds ", say_pair(str(n(11, 99))), " on the ", ORD[n(0, 27)])
    return x


def build():
    R.seed(SEED)
    pos, negs = [], []
    for i in range(36):
        pos.append(pos_card(i))
    for i in range(32):
        pos.append(pos_ssn(i))
    for i in range(32):
        pos.append(pos_ni(i))
    for i in range(104):
        pos.append(pos_other(i))
    for i in range(105):
        negs.append(neg(i))
    R.shuffle(pos)
    out = []
    for j, c in enumerate(pos):
        out.append({"id": "h287-pos-%03d" % (j + 1), "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
    for j, c in enumerate(negs):
        out.append({"id": "h287-neg-%03d" % (j + 1), "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return out


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = {}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
    return cnt


def check_cases(cases):
    errs, ids = [], set()
    for c in cases:
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        last = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + " bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(c["id"] + " offsets out of range"); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()) or not (t[a].isalnum() or t[a] in "+(") or not t[b - 1].isalnum():
                errs.append("%s word boundary %r" % (c["id"], t[a:b]))
            if last.get(s["turn"], -1) > a:
                errs.append(c["id"] + " overlapping spans")
            last[s["turn"]] = b
        # value validation: accumulate consecutive same-type spans until valid
        acc = {}
        for s in c["spans"]:
            txt = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            T = s["type"]
            if T in ("CARD_NUMBER", "SSN", "NI_NUMBER") and (" no sorry " in txt or " wait no " in txt):
                txt = re.split(r" no sorry | wait no ", txt)
                if T == "CARD_NUMBER":
                    # corrected last group replaces wrong last group
                    head = spoken_to_digits(txt[0])
                    txt = head[:-4] + spoken_to_digits(txt[1])
                elif T == "SSN":
                    head = spoken_to_digits(txt[0])
                    txt = head[:3] + spoken_to_digits(txt[1])
                else:
                    head = spoken_to_alnum(txt[0])
                    txt = head[:-1] + spoken_to_alnum(txt[1])
            prev = acc.get(T, "")
            cur = (prev + " " + txt).strip()
            if validate(T, cur) is None:
                acc[T] = ""
            else:
                acc[T] = cur
        for T, v in acc.items():
            if v:
                errs.append("%s invalid %s: %s" % (c["id"], T, validate(T, v)))
    return errs


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    lines = ["# PII hold-out set 287", "",
             "Written by an AI helper acting as an independent author. It did not see the redaction code, its tests,",
             "its docs or other evaluation sets; it only saw a 3-line example of the JSONL format. Cases are generated",
             "by `scripts/make_pii_holdout287.py` from template functions with a seeded RNG (seed %d);" % SEED,
             "offsets are computed from segments, never typed by hand. `--check` regenerates and verifies the file.", "",
             "**Never use this set for tuning.** It is for measuring only.", "",
             "## Annotation conventions", "",
             "- A span covers exactly the value: from its first letter/digit (or spoken digit word) to its last; lead-ins",
             "  such as \"it's\", \"card number\", \"SSN\" are outside.",
             "- Spoken readings (\"double seven\", \"oh\", \"nought\", pairs such as \"forty one\", NATO \"b for bravo\") are",
             "  inside the span in full. Filler words or self-corrections that occur *inside* a single reading (e.g.",
             "  \"... um ...\", \"... no sorry ...\") are inside the span, so the whole reading is one span.",
             "- A value split across several customer turns gets one span per turn (each fragment).",
             "- An agent read-back of a value is labelled as a separate span of the same type.",
             "- Card expiry, CVV and DOB are labelled only where context makes their role explicit.",
             "- POSTCODE covers UK postcodes and US ZIP codes; ADDRESS is the street line (house number + street).",
             "- Negatives contain look-alike numbers (amounts, dates that are not birth dates, references with their",
             "  reference word, flight/room/model numbers, meter readings, ages, percentages) and must have nothing",
             "  redacted.", "",
             "## Counts", "", "- positive cases: %d" % npos, "- negative cases: %d" % nneg, ""]
    for T in sorted(cnt):
        lines.append("- %s: %d spans" % (T, cnt[T]))
    return "\n".join(lines) + "\n"


def main():
    cases = build()
    data = serialise(cases)
    rd = readme(cases)
    errs = check_cases(cases)
    cnt = counts(cases)
    need = {"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30}
    for T in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if cnt.get(T, 0) < need.get(T, 12):
            errs.append("too few %s spans: %d" % (T, cnt.get(T, 0)))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        errs.append("too few cases")
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    errs.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append(str(e))
        # re-parse the file as written
        for line in data.splitlines():
            json.loads(line)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives %d negatives %d" % (npos, len(cases) - npos))
    for T in sorted(cnt):
        print("  %-13s %d" % (T, cnt[T]))
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "FAILED (%d problems)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
