#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h247 (standard library only).

python scripts/make_pii_holdout247.py          -> writes tests/fixtures/pii_holdout247/{cases.jsonl,README.md}
python scripts/make_pii_holdout247.py --check  -> regenerates, compares, validates; exits non-zero on problems
"""
import json, random, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout247"
SEED = 247241126
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "bob", "c": "charlie", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "y": "yellow", "z": "zebra", "e": "edward", "g": "george"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

R = random.Random(SEED)

# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0

def make_card(kind=None):
    kind = kind or R.choice(["visa", "mc", "amex", "disc", "visa", "mc", "visa19", "maestro"])
    pre, ln = {"visa": (R.choice(["4", "41", "45", "49"]), 16), "mc": (R.choice(["51", "53", "55", "2221", "27"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa19": ("4", 19),
               "maestro": (R.choice(["6759", "5018"]), R.choice([13, 16, 19]))}[kind]
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))

NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")

def iban_make(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban

def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))

def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        b = R.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14)
    elif cc == "IE":
        b = R.choice(["AIBK", "BOFI"]) + digits(14)
    elif cc == "DE":
        b = digits(18)
    elif cc == "FR":
        b = digits(23)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        b = digits(20)
    return iban_make(cc, b)

def make_phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk"])
    if k == "uk_mob":
        return "07" + digits(9), k
    if k == "uk_land":
        return "0" + R.choice(["20", "161", "113", "131", "117"]) + digits(7 if R.random() < .5 else 7), k
    if k == "us":
        return str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + digits(4), k
    if k == "ie":
        return "08" + R.choice("35679") + digits(7), k
    return "447" + digits(9), k

UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH12 9DQ", "G41 2PE",
         "BS8 1TH", "NE4 7YH", "CF10 3NQ", "L17 5AB", "W1T 4JE", "OX4 2JY", "BT9 6AZ", "PL4 8AA"]
US_ZIP = ["10027", "94110", "60614", "30309", "78704", "02139", "98103", "33139", "80205", "19104"]
STREETS_UK = ["Station Road", "Church Lane", "Victoria Street", "Mill Close", "Park Avenue", "Kings Road",
              "Elm Grove", "Queensway", "Oak Drive", "High Street"]
STREETS_US = ["Maple Avenue", "Oak Street", "Washington Boulevard", "Elm Drive", "Pine Court",
              "Lincoln Way", "Sunset Boulevard", "Cedar Lane"]
FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "dev", "hannah", "tomasz", "grace", "omar"]
LAST = ["smith", "okafor", "walsh", "patel", "murphy", "nowak", "jones", "byrne", "garcia", "khan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com", "eircom.net"]

# ---------------------------------------------------------------- speech renderers
def zero_word(uk=True):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "zero", "zero", "o"])

def spell(d, uk=True, doubles=True, filler=0.0):
    out, i = [], 0
    while i < len(d):
        ch = d[i]
        w = zero_word(uk) if ch == "0" else UNITS[int(ch)]
        if doubles and i + 2 < len(d) and d[i + 1] == ch and d[i + 2] == ch and R.random() < .6:
            out.append("triple " + w); i += 3
        elif doubles and i + 1 < len(d) and d[i + 1] == ch and R.random() < .6:
            out.append("double " + w); i += 2
        else:
            out.append(w); i += 1
        if filler and i < len(d) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)

def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + (zero_word() if b == 0 else UNITS[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])

def pairs(d):
    """speak as two-digit pairs (odd length: single first)"""
    out = []
    if len(d) % 2:
        out.append(zero_word() if d[0] == "0" else UNITS[int(d[0])]); d = d[1:]
    for i in range(0, len(d), 2):
        out.append(pair_words(d[i:i + 2]))
    return " ".join(out)

def hundreds(d):
    """three-digit group as 'four hundred twelve' when possible"""
    if len(d) == 3 and d[0] != "0":
        h = UNITS[int(d[0])] + " hundred"
        if d[1:] == "00":
            return h
        if d[1] == "0":
            return h + " and " + UNITS[int(d[2])] if R.random() < .5 else h + " " + zero_word() + " " + UNITS[int(d[2])]
        return h + " " + pair_words(d[1:])
    return spell(d)

def say_group(g, uk=True):
    r = R.random()
    if g[-1] == "0":
        return spell(g, uk)   # avoid 'seventy' + next unit ambiguity across groups
    if len(g) == 4 and g[0] != "0" and r < .3:
        return pairs(g)
    if len(g) == 3 and r < .3:
        return hundreds(g)
    return spell(g, uk)

def say_letter(c):
    c = c.lower()
    r = R.random()
    if c == "o":   # a bare 'o' would be read as zero; callers disambiguate the letter
        return "o for oscar" if r < .6 else "oscar"
    if r < .35:
        return c + " for " + NATO[c]
    if r < .5 and c in FRIENDLY:
        return c + " for " + FRIENDLY[c]
    if r < .6:
        return NATO[c]
    return c

def groups(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s]); i += s
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]

def card_sizes(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 19:
        return [4, 4, 4, 4, 3]
    if len(d) == 13:
        return [4, 4, 5]
    return [4, 4, 4, 4]

# ---------------------------------------------------------------- normaliser (used by --check)
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0", "won": "1", "to": None,
                "too": "2", "for": None, "fore": "4", "ate": "8"})
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"x-ray": "x", "whisky": "w", "alfa": "a"})

def normalise(text, letters=True):
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    toks = re.findall(r"[a-z0-9']+", t)
    out, i = [], 0
    def num(tok):
        if tok in UNITS:
            return str(UNITS.index(tok))
        if tok in ("oh", "o", "nought", "naught"):
            return "0"
        return {"won": "1", "too": "2", "fore": "4", "ate": "8"}.get(tok)
    while i < len(toks):
        tk = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else ""
        if tk.isdigit():
            out.append(tk); i += 1; continue
        if tk in ("double", "triple") and num(nx) is not None:
            out.append(num(nx) * (2 if tk == "double" else 3)); i += 2; continue
        if tk in TEENS:
            out.append(str(10 + TEENS.index(tk))); i += 1; continue
        if tk in TENS.values():
            tv = [k for k, v in TENS.items() if v == tk][0]
            if nx in UNITS[1:]:
                out.append(str(tv) + str(UNITS.index(nx))); i += 2
            else:
                out.append(str(tv) + "0"); i += 1
            continue
        if tk == "hundred" and out:
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            nxt = toks[j] if j < len(toks) else ""
            if nxt in TEENS or nxt in TENS.values():
                i = j; continue            # following pair supplies two digits
            if num(nxt) is not None and toks[j - 1] == "and":
                out.append("0"); i = j; continue
            if num(nxt) is not None:
                i = j; continue
            out.append("00"); i += 1; continue
        if letters and len(tk) == 1 and tk.isalpha() and tk != "o" and nx == "for" and i + 2 < len(toks):
            out.append(tk.upper()); i += 3; continue
        if num(tk) is not None:
            if tk == "o" and letters and nx == "for":
                out.append("O"); i += 3; continue
            out.append(num(tk)); i += 1; continue
        if letters and tk in NATO_REV:
            out.append(NATO_REV[tk].upper()); i += 1; continue
        if letters and len(tk) == 1 and tk.isalpha():
            out.append(tk.upper()); i += 1; continue
        if letters and re.fullmatch(r"[a-z0-9]*\d[a-z0-9]*", tk):
            out.append(tk.upper()); i += 1; continue
        if letters and tk.isalpha() and len(tk) <= 4 and tk not in ("and", "um", "uh", "er", "for", "the", "dot", "at", "no"):
            out.append(tk.upper()); i += 1; continue
        i += 1  # filler
    return "".join(out)

# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans = kind, note, [], []

    def turn(self, speaker, *segs):
        """segs: plain strings or (text, TYPE[, group[, exclude]]) tuples"""
        text, ti = "", len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                grp = s[2] if len(s) > 2 else None
                exc = s[3] if len(s) > 3 else False
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ,
                                   "_g": grp, "_x": exc})
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *s):
        return self.turn("agent", *s)

    def c(self, *s):
        return self.turn("customer", *s)

def bc():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that", "go ahead"])

# ---------------------------------------------------------------- CARD templates
def card_call_single(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    spoken = " ".join(say_group(g) for g in gs)
    ind = R.choice(["telecom", "utilities", "insurance", "retail", "travel"])
    c = Case("positive", "call/%s: card read in one turn, mixed digit/pair/hundred forms" % ind)
    c.a(R.choice(["can i take the long card number please", "and the sixteen digit number on the front",
                  "whenever you're ready with the card number"]))
    c.c(R.choice(["yeah it's ", "okay so ", "right um ", ""]), (spoken, "CARD_NUMBER", 1),
        R.choice(["", " and that's a debit card", " did you get all that"]))
    c.a("thank you and the expiry date")
    mm, yy = R.randrange(1, 13), R.randrange(26, 32)
    c.c((spell("%02d" % mm) + " " + pairs("%02d" % yy), "EXPIRY"))
    return c

def card_call_split(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    c = Case("positive", "call/%s: card split across customer turns with agent back-channels" %
             R.choice(["banking", "telecom", "retail", "healthcare billing"]))
    c.a("go ahead with the card number")
    for k, g in enumerate(gs):
        pre = R.choice(["", "um ", "so ", "it's ", "er "]) if k == 0 else R.choice(["", "", "then ", "uh "])
        post = R.choice(["", "", " yeah", " sorry"])
        c.c(pre, (say_group(g), "CARD_NUMBER", 1), post)
        if k < len(gs) - 1:
            c.a(bc())
    c.a("lovely thanks")
    return c

def card_call_readback(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    c = Case("positive", "call/%s: card read by customer then read back by agent" % R.choice(["travel", "insurance", "utilities"]))
    c.a("what's the card number")
    c.c((" ".join(spell(g, doubles=False) for g in gs), "CARD_NUMBER", 1))
    c.a("let me just read that back ", (" ".join(spell(g) for g in gs), "CARD_NUMBER", 2), " is that right")
    c.c("yes that's correct")
    return c

def card_call_correction(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    wrong = gs[-1][:-1] + str((int(gs[-1][-1]) + 3) % 10)
    c = Case("positive", "call/banking: customer misreads last group then corrects it; both readings labelled")
    c.a("can you give me the card number")
    c.c((" ".join(spell(g) for g in gs[:-1]), "CARD_NUMBER", 1), " ", (spell(wrong), "CARD_NUMBER", 9, True),
        " no sorry wait the last bit is ", (spell(gs[-1]), "CARD_NUMBER", 1))
    c.a("okay no problem")
    return c

def card_chat(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    sep = R.choice([" ", "-", ".", "  ", "", " - ", "/"])
    typed = sep.join(gs) if sep else d
    c = Case("positive", "chat/%s: card typed with separator %r" % (R.choice(["retail", "telecom", "travel", "banking"]), sep))
    c.a("Please could you provide the card you'd like to use?")
    c.c(R.choice(["sure its ", "Card: ", "ok here u go ", "it's the visa ending in the number below\n", "card no "]),
        (typed, "CARD_NUMBER", 1), R.choice(["", " exp ", " thanks"]))
    return c

def card_chat_split(cs):
    d = make_card()
    cut = R.randrange(6, len(d) - 4)
    c = Case("positive", "chat/retail: card typed across two messages")
    c.c("my card number is ", (d[:cut], "CARD_NUMBER", 1))
    c.c((d[cut:], "CARD_NUMBER", 1), R.choice(["", " sorry hit enter too soon", " <- rest of it"]))
    c.a("Thanks, and the 3 digit security code on the back?")
    cvv = digits(3)
    c.c((cvv, "CVV"))
    return c

def card_asr_homophone(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    def hom(g):
        w = spell(g, doubles=False).split()
        hm = {"two": "too", "eight": "ate", "one": "won", "four": "fore"}
        return " ".join(hm[x] if x in hm and R.random() < .7 else x for x in w)
    c = Case("positive", "call/telecom: asr homophones (too/ate/won/fore) inside card digits, with filler")
    c.a("and the card number")
    c.c("okay ", (" ".join(hom(g) for g in gs[:2]), "CARD_NUMBER", 1), " hang on my glasses ",
        (" ".join(hom(g) for g in gs[2:]), "CARD_NUMBER", 1))
    return c

def card_with_amount(cs):
    d = make_card(); gs = groups(d, card_sizes(d))
    amt = R.randrange(20, 400)
    c = Case("positive", "call/utilities: card number next to payment amount (amount not labelled)")
    c.a("so that's a payment of %s pounds today, card number please" % pairs(str(amt)) if amt >= 100 and False else
        "so that's a payment of %d pounds %d today what card number" % (amt, R.randrange(10, 99)))
    c.c("it's ", (" ".join(spell(g) for g in gs), "CARD_NUMBER", 1), " and take the full %d" % amt)
    return c

# ---------------------------------------------------------------- SSN templates
def ssn_call(cs):
    s = make_ssn()
    mode = R.choice(["digits", "groups", "pairs", "split"])
    c = Case("positive", "call/%s: ssn spoken (%s)" % (R.choice(["banking", "insurance", "government services", "healthcare billing"]), mode))
    c.a(R.choice(["can i get your social security number to verify", "and your social please",
                  "i need the last nine of your social, so the full social security number"]))
    if mode == "digits":
        c.c(R.choice(["sure ", "it's ", "yeah "]), (spell(s, uk=False), "SSN", 1))
    elif mode == "groups":
        c.c((hundreds(s[:3]) + " " + pairs(s[3:5]) + " " + pairs(s[5:]), "SSN", 1))
    elif mode == "pairs":
        c.c("okay it's ", (spell(s[:3], uk=False) + " " + spell(s[3:5], uk=False) + " " + pairs(s[5:]), "SSN", 1), " i think yeah")
    else:
        c.c((spell(s[:3], uk=False), "SSN", 1))
        c.a(bc())
        c.c((spell(s[3:5], uk=False), "SSN", 1))
        c.a(bc())
        c.c((spell(s[5:], uk=False), "SSN", 1))
    c.a("thank you that's verified")
    return c

def ssn_chat(cs):
    s = make_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (s[:3], s[3:5], s[5:])
    c = Case("positive", "chat/%s: ssn typed as %r style" % (R.choice(["banking", "insurance", "government services"]), f))
    c.a("To verify your identity please provide your SSN.")
    c.c(R.choice(["ssn is ", "SSN: ", "my social is ", "", "its "]), (f, "SSN", 1), R.choice(["", " thx", ". also my zip changed"]))
    return c

def ssn_readback(cs):
    s = make_ssn()
    c = Case("positive", "call/government services: ssn given then agent reads back in pairs; age mentioned (unlabelled)")
    c.a("social security number please")
    c.c((spell(s, uk=False, filler=.15), "SSN", 1))
    c.a("so that's ", (spell(s[:3], uk=False) + " " + spell(s[3:5], uk=False) + " " + pairs(s[5:]), "SSN", 2), " correct")
    c.c("yes and i'm %d if that matters" % R.randrange(30, 80))
    return c

def ssn_correction(cs):
    s = make_ssn()
    w = s[:7] + str((int(s[7]) + 1) % 10) + s[8]
    c = Case("positive", "call/insurance: ssn with self-correction of the last four (both readings labelled)")
    c.a("your social security number")
    c.c((spell(s[:5], uk=False), "SSN", 1), " ", (spell(w[5:], uk=False), "SSN", 9, True), " no sorry ",
        (spell(s[5:], uk=False), "SSN", 1))
    return c

def ssn_chat_mixed(cs):
    s = make_ssn()
    c = Case("positive", "chat/healthcare billing: ssn typed with spaces inside a sentence alongside a claim number (unlabelled)")
    c.c("claim #%s was denied. my ss# is " % digits(8), (s[:3] + " " + s[3:5] + " " + s[5:], "SSN", 1), " pls check")
    return c

def ssn_dash(cs):
    s = make_ssn()
    sep = R.choice([" dash ", " hyphen ", " dash ", " "])
    c = Case("positive", "call/banking: ssn spoken with the dashes said aloud (%r) by an asr" % sep.strip())
    c.a("and for security the social")
    c.c("yep it's ", (spell(s[:3], uk=False) + sep + spell(s[3:5], uk=False) + sep + spell(s[5:], uk=False), "SSN", 1),
        " and my zip is ", (spell(R.choice(US_ZIP), uk=False), "POSTCODE"))
    return c

# ---------------------------------------------------------------- NI templates
def ni_spoken(n):
    parts = [say_letter(n[0]), say_letter(n[1])]
    d = n[2:8]
    r = R.random()
    if r < .35:
        parts.append(pairs(d))
    elif r < .5:
        parts.append(spell(d[:2]) + " " + pairs(d[2:]))
    else:
        parts.append(spell(d))
    parts.append(say_letter(n[8]))
    return " ".join(parts)

def ni_call(cs):
    n = make_ni()
    c = Case("positive", "call/government services: ni number spoken with letters, pairs, phonetic alphabet")
    c.a(R.choice(["can i take your national insurance number", "what's your n i number please",
                  "and your national insurance number"]))
    c.c(R.choice(["yeah it's ", "okay ", "um ", ""]), (ni_spoken(n), "NI_NUMBER", 1))
    c.a("thank you")
    return c

def ni_split(cs):
    n = make_ni()
    c = Case("positive", "call/%s: ni number split over turns" % R.choice(["banking", "government services", "insurance"]))
    c.a("national insurance number please")
    c.c((say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER", 1))
    c.a(bc())
    c.c((spell(n[2:5]), "NI_NUMBER", 1), R.choice(["", " um"]))
    c.a(bc())
    c.c((spell(n[5:8]) + " " + say_letter(n[8]), "NI_NUMBER", 1))
    return c

def ni_chat(cs):
    n = make_ni()
    fmt = R.choice(["sp", "none", "lower", "dash", "pairs_nospace"])
    if fmt == "sp":
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif fmt == "none":
        t = n
    elif fmt == "lower":
        t = ("%s %s %s" % (n[:2], n[2:8], n[8])).lower()
    elif fmt == "dash":
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        t = n[:2] + " " + n[2:8] + n[8].lower()
    c = Case("positive", "chat/government services: ni number typed (%s)" % fmt)
    c.a("Can you confirm your National Insurance number?")
    c.c(R.choice(["NI: ", "its ", "sure - ", "nino ", "my ni no is "]), (t, "NI_NUMBER", 1), R.choice(["", " thanks", " cheers"]))
    return c

def ni_readback(cs):
    n = make_ni()
    c = Case("positive", "call/banking: ni number read back by agent using phonetic alphabet")
    c.c("my national insurance number is ", (ni_spoken(n), "NI_NUMBER", 1))
    c.a("so that's ", (" ".join([n[0].lower() + " for " + NATO[n[0].lower()], n[1].lower() + " for " + NATO[n[1].lower()],
                                 spell(n[2:8]), n[8].lower()]), "NI_NUMBER", 2), " yeah")
    c.c("that's it")
    return c

def ni_correction(cs):
    n = make_ni()
    c = Case("positive", "call/government services: ni letter misheard and corrected ('no p for peter'); both labelled")
    wrong = "b" if n[1] != "B" else "d"
    c.c((say_letter(n[0]) + " " + wrong, "NI_NUMBER", 9, True), " no ", (n[1].lower() + " for " + FRIENDLY.get(n[1].lower(), NATO[n[1].lower()]), "NI_NUMBER", 1, False))
    c.a("okay go on")
    c.c((spell(n[2:8]) + " " + n[8].lower(), "NI_NUMBER", 1))
    # group 1 lacks the first letter; make group 1 validation use the fragment letter
    c.spans[0]["_g"] = 8; c.spans[0]["_x"] = True
    return c

# ---------------------------------------------------------------- other types
def cvv_exp(cs):
    cv = digits(R.choice([3, 3, 4]))
    mm, yy = R.randrange(1, 13), R.randrange(26, 33)
    call = R.random() < .6
    c = Case("positive", "%s/retail: cvv and expiry" % ("call" if call else "chat"))
    if call:
        c.a("and the expiry")
        c.c((R.choice([spell("%02d" % mm) + " " + pairs("%02d" % yy), MONTHS[mm - 1] + " twenty " + pairs("%02d" % yy)]), "EXPIRY"))
        c.a("and the three digits on the back")
        c.c(R.choice(["it's ", ""]), (spell(cv), "CVV"))
    else:
        c.c("exp ", ("%02d/%02d" % (mm, yy), "EXPIRY"), " cvv ", (cv, "CVV"))
    return c

def bank(cs):
    acc, sc = digits(8), digits(6)
    call = R.random() < .6
    c = Case("positive", "%s/banking: sort code and account number" % ("call" if call else "chat"))
    if call:
        c.a("what's the sort code")
        c.c((pairs(sc) if R.random() < .5 else spell(sc), "SORT_CODE"))
        c.a("and the account number")
        c.c((spell(acc, filler=.1), "BANK_ACCOUNT"))
    else:
        c.c("sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc no ", (acc, "BANK_ACCOUNT"))
    return c

def us_bank(cs):
    acc = digits(R.choice([10, 11, 12]))
    c = Case("positive", "call/banking: us checking account number with routing number context")
    c.a("what's the checking account number")
    c.c((spell(acc, uk=False), "BANK_ACCOUNT"), " and the balance should be about %d dollars" % R.randrange(100, 900))
    return c

def iban(cs):
    ib = make_iban()
    call = R.random() < .4
    c = Case("positive", "%s/banking: iban %s" % ("call" if call else "chat", ib[:2]))
    if call:
        s = " ".join([say_letter(ib[0]), say_letter(ib[1])] + [say_letter(ch) if ch.isalpha() else spell(ch) for ch in ib[2:]])
        c.c("the iban is ", (s, "IBAN"))
    else:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if R.random() < .6 else ib
        c.c("IBAN: ", (t, "IBAN"), " please refund there")
    return c

def phone(cs):
    p, k = make_phone()
    call = R.random() < .6
    c = Case("positive", "%s/telecom: phone number %s" % ("call" if call else "chat", k))
    if call:
        sp = spell(p) if not p.startswith("44") else "plus four four " + spell(p[2:])
        c.a("best contact number")
        c.c((sp, "PHONE"))
    else:
        t = p if R.random() < .5 else ("+" + p if p.startswith("44") else "(%s) %s-%s" % (p[:3], p[3:6], p[6:]) if k == "us" else p[:5] + " " + p[5:])
        c.c("call me on ", (t, "PHONE"))
    return c

def email(cs):
    f, l, dmn = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    n = R.randrange(1, 99)
    call = R.random() < .6
    c = Case("positive", "%s/retail: email address" % ("call" if call else "chat"))
    if call:
        s = "%s dot %s %s at %s" % (f, l, pairs(str(n)) if n > 9 else UNITS[n], dmn.replace(".", " dot "))
        c.a("and an email address")
        c.c((s, "EMAIL"))
    else:
        c.c("email is ", ("%s.%s%d@%s" % (f, l, n, dmn), "EMAIL"))
    return c

def dob(cs):
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(1940, 2004)
    call = R.random() < .6
    c = Case("positive", "%s/insurance: date of birth" % ("call" if call else "chat"))
    if call:
        c.a("can you confirm your date of birth")
        c.c(("the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + pairs(str(y)), "DOB"))
    else:
        c.c("DOB ", ("%02d/%02d/%d" % (d, m, y), "DOB"))
    return c

def addr(cs):
    uk = R.random() < .6
    num = R.randrange(1, 300)
    if uk:
        st, pc = R.choice(STREETS_UK), R.choice(UK_PC)
    else:
        st, pc = R.choice(STREETS_US), R.choice(US_ZIP)
    call = R.random() < .5
    c = Case("positive", "%s/utilities: address and postcode (%s)" % ("call" if call else "chat", "uk" if uk else "us"))
    if call:
        c.a("first line of the address")
        c.c((("%s %s" % (hundreds(str(num)) if num >= 100 else pairs(str(num)) if num > 9 else UNITS[num], st.lower())), "ADDRESS"))
        c.a("and the postcode" if uk else "and the zip code")
        pcs = " ".join(say_letter(ch) if ch.isalpha() else spell(ch) for ch in pc.replace(" ", "")) if uk else spell(pc, uk=False)
        c.c((pcs, "POSTCODE"))
    else:
        c.c("address is ", ("%d %s" % (num, st), "ADDRESS"), ", ", (pc, "POSTCODE"))
    return c

POS_TEMPLATES = ([card_call_single] * 6 + [card_call_split] * 7 + [card_call_readback] * 4 + [card_call_correction] * 3 +
                 [card_chat] * 8 + [card_chat_split] * 4 + [card_asr_homophone] * 3 + [card_with_amount] * 3 +
                 [ssn_call] * 14 + [ssn_chat] * 9 + [ssn_readback] * 4 + [ssn_correction] * 3 + [ssn_chat_mixed] * 3 + [ssn_dash] * 4 +
                 [ni_call] * 12 + [ni_split] * 6 + [ni_chat] * 9 + [ni_readback] * 4 + [ni_correction] * 3 +
                 [cvv_exp] * 14 + [bank] * 14 + [us_bank] * 3 + [iban] * 14 + [phone] * 15 + [email] * 14 +
                 [dob] * 14 + [addr] * 15)

# ---------------------------------------------------------------- negatives
def neg(note, *turns):
    c = Case("negative", note)
    for sp, t in turns:
        c.turn(sp, t)
    return c

def neg_cases():
    out = []
    for i in range(110):
        k = i % 11
        if k == 0:
            amt = R.randrange(101, 999)
            out.append(neg("call/utilities: balance amount spoken in words (not a number to redact)",
                           ("agent", "your outstanding balance is %s pounds and %s pence" % (hundreds(str(amt)), pairs("%02d" % R.randrange(21, 99)))),
                           ("customer", "okay that's more than i thought")))
        elif k == 1:
            ref = digits(R.choice([8, 9, 10]))
            out.append(neg("chat/retail: order number with reference word",
                           ("customer", "hi my order number is %s and it still hasn't arrived" % ref)))
        elif k == 2:
            ref = digits(R.choice([6, 7, 8]))
            out.append(neg("call/insurance: claim reference spoken digit by digit",
                           ("agent", "your claim reference is %s" % spell(ref)), ("customer", "got it thanks")))
        elif k == 3:
            out.append(neg("call/travel: flight number and departure time",
                           ("customer", "i'm on flight %s %s departing at %s %s" % (R.choice(["ba", "e i", "f r", "u a"]), spell(digits(3)), R.choice(["ten", "eleven", "six"]), pairs("%02d" % R.randrange(10, 59)))),
                           ("agent", "okay and that's on the %s of %s" % (R.choice(ORD), R.choice(MONTHS)))))
        elif k == 4:
            out.append(neg("call/utilities: meter reading spoken",
                           ("agent", "can you read me the meter"), ("customer", "yeah it says %s" % spell(digits(5))),
                           ("agent", "thanks that's lower than the estimate")))
        elif k == 5:
            out.append(neg("chat/telecom: speed, data and price",
                           ("customer", "I pay £%d.%02d a month for %dMbps and only get %d, plus %dGB data" % (R.randrange(20, 80), R.randrange(100), R.choice([100, 500, 900]), R.randrange(10, 90), R.choice([30, 50, 100])))))
        elif k == 6:
            out.append(neg("call/healthcare billing: appointment date and time, not a birth date",
                           ("agent", "your appointment is on %s the %s at %s thirty" % (R.choice(MONTHS), R.choice(ORD), R.choice(["nine", "two", "four"]))),
                           ("customer", "and it costs %s dollars right" % pairs(str(R.randrange(20, 99))))))
        elif k == 7:
            out.append(neg("chat/banking: payment date and percentage",
                           ("customer", "payment of $%d,%03d.%02d due %02d/%02d/2026, interest %d.%d%%" % (R.randrange(1, 9), R.randrange(1000), R.randrange(100), R.randrange(1, 29), R.randrange(1, 13), R.randrange(1, 30), R.randrange(10)))))
        elif k == 8:
            out.append(neg("call/retail: model number and quantity",
                           ("customer", "it's the model %s %s and i ordered %s of them" % (R.choice(["x", "k", "s"]), spell(digits(4)), R.choice(["two", "three", "twelve"]))),
                           ("agent", "okay that was back in %s" % pairs(str(R.randrange(2015, 2026))))))
        elif k == 9:
            out.append(neg("call/travel: hotel room number, age, temperature",
                           ("customer", "we're in room %s my son is %s and it's %s degrees in here" % (hundreds(str(R.randrange(101, 999))), R.choice(["seven", "twelve", "nine"]), R.choice(["thirty", "twenty eight"])))))
        else:
            out.append(neg("chat/telecom: ticket number and duration",
                           ("customer", "Ticket %s - been on hold %d mins, %d times this week" % (digits(R.choice([7, 8, 9])), R.randrange(10, 90), R.randrange(2, 9))),
                           ("agent", "Sorry about that, invoice INV-%s is updated" % digits(6))))
    return out

# ---------------------------------------------------------------- build / check
def build():
    R.seed(SEED)
    pos = [t(i) for i, t in enumerate(POS_TEMPLATES)]
    negs = neg_cases()
    cases = []
    for i, c in enumerate(pos, 1):
        c.id = "h247-pos-%03d" % i; cases.append(c)
    for i, c in enumerate(negs, 1):
        c.id = "h247-neg-%03d" % i; cases.append(c)
    return cases

def dump(c):
    return json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns,
                       "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans],
                       "note": c.note}, ensure_ascii=False)

def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt

def readme(cases):
    cnt = counts(cases)
    np_ = sum(c.kind == "positive" for c in cases)
    lines = ["# PII hold-out set h247", "",
             "**Never use this set for tuning.** It is a held-out evaluation set only.", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code, its tests,",
             "its docs or any other fixture (only a 3-line format example). Generated by",
             "`scripts/make_pii_holdout247.py` from template functions with one seeded `random.Random(%d)`;" % SEED,
             "offsets are computed from segments, never typed. `--check` regenerates and validates.", "",
             "## Annotation conventions", "",
             "- A span covers exactly the value: the spoken/typed digits, letters, separators and words *inside* the value",
             "  (e.g. `double seven`, `forty one`, `four hundred twelve`, `b for bravo`, `dot`, `at`). Lead-in words",
             "  (`it's`, `my number is`, `um` before the first digit) are outside.",
             "- Fillers (`um`, `uh`, `er`) that occur between digits of one reading are inside the span.",
             "- A value split over several turns gets one span per turn fragment, same type.",
             "- Agent read-backs of a value are labelled too.",
             "- Self-corrections: both the wrong fragment and the corrected reading are labelled (both are the caller's PII).",
             "- EXPIRY covers month and year; DOB covers the full date; ADDRESS covers house number + street (postcode separate).",
             "- Amounts, times, reference/order/claim/ticket numbers, flight/room/model numbers, meter readings are never labelled.", "",
             "## Counts", "", "positives: %d, negatives: %d" % (np_, len(cases) - np_), "", "| type | spans |", "|---|---|"]
    lines += ["| %s | %d |" % (t, cnt[t]) for t in TYPES]
    return "\n".join(lines) + "\n"

UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")

def validate_group(typ, frags):
    raw = " ".join(frags)
    v = "".join(normalise(f, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for f in frags)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), v
    if typ == "SSN":
        return v.isdigit() and len(v) == 9, v
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)), v
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6, v
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4), v
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12, v
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13, v
    if typ == "IBAN":
        return iban_ok(v), v
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v) or re.fullmatch(r"\d{5}", v)), v
    if typ == "EMAIL":
        e = re.sub(r"\s+dot\s+", ".", raw.lower()); e = re.sub(r"\s+at\s+", "@", e)
        return "@" in e and "." in e.split("@")[-1], e
    if typ == "EXPIRY":
        return bool(re.search(r"\d", v)) and (len(v) == 4 or any(m in raw.lower() for m in MONTHS)), v
    if typ == "DOB":
        return bool(re.search(r"19\d\d|20\d\d", v)), v
    if typ == "ADDRESS":
        return bool(re.search(r"\d", v)) and bool(re.search(r"(?i)road|lane|street|close|avenue|grove|queensway|drive|boulevard|court|way", raw)), v
    return False, v

def check(cases, path):
    problems = []
    text = "".join(dump(c) + "\n" for c in cases)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (not reproducible or stale)")
    if (OUTDIR / "README.md").read_text(encoding="utf-8") != readme(cases) if (OUTDIR / "README.md").exists() else True:
        problems.append("README.md differs from regenerated output")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c in cases:
        if c.kind == "negative" and c.spans:
            problems.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            problems.append("%s: positive without spans" % c.id)
        bys = {}
        for s in c.spans:
            t = c.turns[s["turn"]]["text"] if 0 <= s["turn"] < len(c.turns) else None
            if t is None or not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: span out of range" % c.id); continue
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % c.id)
            seg = t[s["start"]:s["end"]]
            if seg != seg.strip():
                problems.append("%s: span has outer whitespace %r" % (c.id, seg))
            if s["start"] > 0 and t[s["start"] - 1].isalnum() and t[s["start"]].isalnum():
                problems.append("%s: span start not on word boundary" % c.id)
            if s["end"] < len(t) and t[s["end"]].isalnum() and t[s["end"] - 1].isalnum():
                problems.append("%s: span end not on word boundary" % c.id)
            bys.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tl in bys.values():
            tl.sort()
            for (a, b), (x, y) in zip(tl, tl[1:]):
                if x < b:
                    problems.append("%s: overlapping spans" % c.id)
        groups_ = {}
        for k, s in enumerate(c.spans):
            seg = c.turns[s["turn"]]["text"][s["start"]:s["end"]]
            if s["_x"]:
                v = normalise(seg, letters=True)
                if not v or not re.fullmatch(r"[A-Z0-9]+", v):
                    problems.append("%s: correction fragment not value-like %r" % (c.id, seg))
                continue
            key = (s["type"], s["_g"] if s["_g"] is not None else ("solo", k))
            groups_.setdefault(key, []).append(seg)
        for (typ, _), frags in groups_.items():
            if c.id and any(s.get("_x") and s["_g"] == 8 for s in c.spans) and typ == "NI_NUMBER":
                frags = [c.turns[c.spans[0]["turn"]]["text"][c.spans[0]["start"]:c.spans[0]["end"]].split()[0]] + frags
            ok, v = validate_group(typ, frags)
            if not ok:
                problems.append("%s: %s failed validation: %r -> %r" % (c.id, typ, frags, v))
    cnt = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("positives: %d  negatives: %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("check: %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
    return not problems

def main():
    cases = build()
    path = OUTDIR / "cases.jsonl"
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(cases, path) else 1)
    OUTDIR.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(dump(c) + "\n" for c in cases), encoding="utf-8")
    (OUTDIR / "README.md").write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), path))

if __name__ == "__main__":
    main()
