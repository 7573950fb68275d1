#!/usr/bin/env python3
"""Generate the pii_holdout325 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout325.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout325.py --check   # regenerate and verify

Standard library only. Single RNG: random.Random(325241125).
Every turn is built from plain-text segments and labelled value segments so
span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout325")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(325241125)

# ---------------------------------------------------------------- segments
_gid = [0]


def V(text, typ, group=None, frag=False):
    """A labelled value segment. Segments sharing `group` form one value."""
    if group is None:
        _gid[0] += 1
        group = "g%d" % _gid[0]
    return {"text": text, "type": typ, "group": group, "frag": frag}


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


def T(speaker, *segs):
    return (speaker, list(segs))


def build(turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s["text"]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s["type"]})
                meta.append((s["group"], s["frag"]))
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


# ---------------------------------------------------------------- spoken numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = {"zero", "oh", "o", "nought"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "dash", "hyphen", "space", "slash", "and"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
# casual "x for ..." words people use instead of NATO
CASUAL = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "G": "george",
          "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy",
          "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
          "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def parse_spoken(text):
    """Normalise a (possibly spoken) value to a string of digits/letters/'+'."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|\d+|\+", t)
    out = []
    i = 0

    def two(i):
        w = toks[i] if i < len(toks) else None
        if w in TEENS:
            return "%02d" % (10 + TEENS.index(w)), i + 1
        if w in TENS and w:
            d = TENS.index(w)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                return "%d%d" % (d, UNITS.index(toks[i + 1])), i + 2
            return "%d0" % d, i + 1
        if w in UNITS[1:]:
            return "0%d" % UNITS.index(w), i + 1
        return None, i

    while i < len(toks):
        w = toks[i]
        if w.isdigit():
            out.append(w); i += 1
        elif w == "+" or w == "plus":
            out.append("+"); i += 1
        elif w in FILLERS:
            i += 1
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            nxt = toks[i + 1]
            if nxt in ZEROS:
                ch = "0"
            elif nxt in UNITS:
                ch = str(UNITS.index(nxt))
            elif len(nxt) == 1:
                ch = nxt.upper()
            else:
                raise ValueError("bad double %r" % text)
            out.append(ch * n); i += 2
        elif w in ZEROS:
            out.append("0"); i += 1
        elif w in UNITS:
            u = UNITS.index(w)
            if i + 1 < len(toks) and toks[i + 1] == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                tw, j2 = two(j)
                out.append("%d%s" % (u, tw if tw else "00")); i = j2 if tw else j
            elif i + 1 < len(toks) and toks[i + 1] == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                tw, j2 = two(j)
                out.append("%d0%s" % (u, tw if tw else "00")); i = j2 if tw else j
            else:
                out.append(str(u)); i += 1
        elif w in TEENS or (w in TENS and w):
            tw, i = two(i)
            out.append(tw)
        elif len(w) == 1:
            out.append(w.upper())
            if i + 1 < len(toks) and toks[i + 1] == "for":
                if i + 2 >= len(toks) or not toks[i + 2].startswith(w):
                    raise ValueError("bad spelling %r" % text)
                i += 3
            else:
                i += 1
        elif w in NATO:
            out.append(NATO[w]); i += 1
        elif re.fullmatch(r"[a-z]{2,4}", w) and text[text.lower().find(w):][:len(w)].isupper():
            out.append(w.upper()); i += 1
        else:
            raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def typed_norm(text):
    return re.sub(r"[^0-9A-Za-z+]", "", text).upper()


SPOKEN_WORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | ZEROS | set(NATO) | {
    "double", "triple", "plus", "hundred", "thousand", "for"}


def is_spoken(text):
    toks = re.findall(r"[a-z]+", text.lower())
    return any(w in SPOKEN_WORDS and w != "o" for w in toks) or (
        bool(toks) and not re.search(r"\d", text) and all(len(w) == 1 for w in toks))


def norm(text):
    return parse_spoken(text) if is_spoken(text) else typed_norm(text)


def zero_word(rng, uk=True):
    return rng.choice(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def say_digit(d, z):
    return z if d == "0" else UNITS[int(d)]


def say_pair(p, z):
    if p[0] == "0":
        return "%s %s" % (z, say_digit(p[1], z)) if p[1] != "0" else "double %s" % z
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[int(p[0])]
    return "%s %s" % (TENS[int(p[0])], UNITS[int(p[1])])


def say_chunk(ch, rng, z, style):
    """Speak a chunk of digits in a style."""
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(say_pair(ch[k:k + 2], z) for k in range(0, len(ch), 2))
    if style == "hundred" and len(ch) == 3 and ch[0] != "0" and ch[1:] != "00":
        rest = ch[1:]
        tail = say_pair(rest, z) if rest[0] != "0" else UNITS[int(rest[1])]
        return "%s hundred and %s" % (UNITS[int(ch[0])], tail)
    if style == "doubles":
        words, k = [], 0
        while k < len(ch):
            run = 1
            while k + run < len(ch) and ch[k + run] == ch[k] and run < 3:
                run += 1
            if run == 3:
                words.append("triple " + say_digit(ch[k], z))
            elif run == 2:
                words.append("double " + say_digit(ch[k], z))
            else:
                words.append(say_digit(ch[k], z))
            k += run
        return " ".join(words)
    return " ".join(say_digit(d, z) for d in ch)


def speak(digits, groups, rng, uk=True, fillers=0.15, sep=", ", styles=None):
    """Speak a digit string split into `groups` (list of sizes). Returns list of strings
    (one per group) that round-trip through parse_spoken."""
    styles = styles or ["single", "single", "doubles", "pairs", "hundred"]
    for attempt in range(40):
        z = zero_word(rng, uk)
        parts, k = [], 0
        for g in groups:
            ch = digits[k:k + g]
            k += g
            st = rng.choice(styles) if attempt < 30 else "single"
            s = say_chunk(ch, rng, z, st)
            if rng.random() < fillers and " " in s and attempt < 30:
                ws = s.split(" ")
                pos = rng.randint(1, len(ws) - 1)
                ws.insert(pos, rng.choice(["um", "uh", "er", "erm"]))
                s = " ".join(ws)
            parts.append(s)
        whole = " ".join(parts)
        try:
            ok = parse_spoken(whole) == digits and all(
                parse_spoken(p) == digits[sum(groups[:n]):sum(groups[:n + 1])] for n, p in enumerate(parts))
        except (ValueError, IndexError):
            ok = False
        if ok:
            return parts
    raise RuntimeError("cannot speak %s" % digits)


def spell_letter(l, rng, mode):
    if mode == "nato":
        return "%s for %s" % (l.lower(), NATO_BY_LETTER[l])
    if mode == "casual" and l in CASUAL:
        return "%s for %s" % (l.lower(), CASUAL[l])
    if mode == "word":
        return NATO_BY_LETTER[l]
    return l.lower()


# ---------------------------------------------------------------- value generators
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


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
                      "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
                      "disc": ("6011", 16), "visa13": ("4", 13), "maestro19": (rng.choice(["6759", "4"]), 19)}[kind]
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def card_groups(n):
    return {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]


def fmt_groups(d, groups, sep=" "):
    out, k = [], 0
    for g in groups:
        out.append(d[k:k + g]); k += g
    return sep.join(out)


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_P1) + rng.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dig = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "FR":
        bban = dig(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + dig(10)
    else:
        bban = dig(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "chen", "olu", "kate", "dave",
         "niamh", "raj", "emma", "jack", "fatima", "sean", "lucy", "marek", "hannah"]
LAST = ["doe", "patel", "murphy", "smith", "okafor", "byrne", "nowak", "jones", "walsh", "khan",
        "garcia", "obrien", "taylor", "li", "evans", "reilly", "brown", "schmidt"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("web", "de"), ("aol", "com")]
STREETS_UK = ["Kingsley Road", "Elm Grove", "Station Road", "Church Lane", "Victoria Street",
              "Mill Lane", "Park Avenue", "Oakfield Close", "Queens Drive", "Hawthorn Way", "High Street"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Cedar Lane", "Pine Ridge Drive",
              "Elm Court", "Washington Street", "Lakeview Terrace"]
STREETS_IE = ["Clontarf Road", "Griffith Avenue", "Main Street", "Seafield Park", "Dublin Road"]
TOWNS_UK = [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("London", "SW1A 1AA"), ("Bristol", "BS8 4QN"),
            ("Cardiff", "CF10 3NB"), ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 3HL"), ("Sheffield", "S10 2TN"),
            ("Birmingham", "B15 2TT"), ("Reading", "RG1 7EY")]
TOWNS_US = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Denver, CO", "80203"),
            ("Portland, OR", "97205"), ("Columbus, OH", "43215"), ("Tampa, FL", "33602")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty first", 22: "twenty second", 23: "twenty third", 24: "twenty fourth", 25: "twenty fifth",
       26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}
INDUSTRIES = ["bank", "telecom", "utility", "retail", "insurer", "travel", "clinic billing", "council"]

BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yes", "right", "got that", "and the next bit?", "mm-hm"]
FILL = ["um", "uh", "er", "erm"]


def ch(lst):
    return R.choice(lst)


def digs(n, rng=None):
    rng = rng or R
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- positive templates
def greet_agent():
    return ch(["thanks for calling, how can I help?", "Hi, you're through to accounts, what can I do for you today?",
               "good morning you're speaking to dan how can i help", "Hello, thanks for getting in touch.",
               "hi there, this is priya, how can i help today"])


def p_card_chat():
    d, kind = make_card(R)
    g = card_groups(len(d))
    style = R.randint(0, 5)
    if style == 0:
        v = fmt_groups(d, g, " ")
    elif style == 1:
        v = fmt_groups(d, g, "-")
    elif style == 2:
        v = d
    elif style == 3:
        v = fmt_groups(d, [6] + [len(d) - 6], " ")
    elif style == 4:
        v = fmt_groups(d, g, "  ")
    else:
        v = fmt_groups(d, [2, 2] + g[1:], " ")
    lead = ch(["card no: ", "Card number is ", "cc# ", "its ", "here you go ", "CARD: ", "my card is ", "long number "])
    amt = "£%d.%02d" % (R.randint(5, 900), R.randint(0, 99))
    turns = [T("agent", "To pay the %s outstanding, please type your card number below." % amt),
             T("customer", lead, V(v, "CARD_NUMBER"), ch(["", " thanks", ".", " - ta", "  (visa debit)"]))]
    if R.random() < 0.5:
        e = "%02d/%02d" % (R.randint(1, 12), R.randint(25, 31))
        turns.append(T("customer", ch(["exp ", "expiry ", "Expires "]), V(e, "EXPIRY"),
                       ch([" cvv ", " and sec code ", ", cvc "]), V(digs(4 if kind == "amex" else 3), "CVV")))
    return turns, "typed card number in chat (%s)" % kind


def p_card_asr_single():
    d, kind = make_card(R)
    parts = speak(d, card_groups(len(d)), R, fillers=0.3)
    sep = ch([" ", ", ", " ... "])
    turns = [T("agent", "and what's the long number across the front of the card?"),
             T("customer", ch(["yeah it's ", "okay so ", "right um ", "", "it is "]), V(sep.join(parts), "CARD_NUMBER"))]
    if R.random() < 0.4:
        turns.append(T("agent", ch(["lovely thank you", "thanks, and the expiry?", "okay bear with me"])))
    return turns, "ASR card read in one turn (%s)" % kind


def p_card_asr_split():
    d, kind = make_card(R)
    parts = speak(d, card_groups(len(d)), R, fillers=0.2)
    g = newgroup()
    turns = [T("agent", ch(["can i take the card number please", "go ahead with the card number when you're ready"]))]
    for n, p in enumerate(parts):
        turns.append(T("customer", V(p, "CARD_NUMBER", g)))
        if n < len(parts) - 1:
            turns.append(T("agent", ch(BACK)))
    r = R.random()
    if r < 0.35:
        g2 = newgroup()
        rb = speak(d, card_groups(len(d)), R, fillers=0, styles=["single"])
        turns.append(T("agent", "so that's ", V(" ".join(rb), "CARD_NUMBER", g2), ", is that right?"))
        turns.append(T("customer", ch(["yes", "yep that's it", "correct"])))
    elif r < 0.7:
        l4 = speak(d[-4:], [4], R, fillers=0)[0]
        turns.append(T("agent", "and that's the card ending ", V(l4, "CARD_NUMBER", frag=True), "?"))
        turns.append(T("customer", "that's right"))
    return turns, "ASR card split over turns with back-channels%s" % (" and read-back" if r < 0.7 else "")


def p_card_asr_correction():
    d, kind = make_card(R)
    parts = speak(d, card_groups(len(d)), R, fillers=0.2)
    false = parts[0] + " " + speak(digs(2), [2], R, fillers=0)[0]
    turns = [T("agent", "ok what's the card number"),
             T("customer", V(false, "CARD_NUMBER", frag=True),
               ch([" no wait sorry, that's the old card. right, ", " ... sorry, let me start again. ",
                   " oh hang on wrong one. okay it's "]),
               V(" ".join(parts), "CARD_NUMBER"))]
    return turns, "ASR card with restarted reading (false start labelled as fragment)"


def p_card_asr_aside():
    d, kind = make_card(R)
    groups = card_groups(len(d))
    parts = speak(d, groups, R, fillers=0.2)
    k = R.randint(1, len(parts) - 1)
    g = newgroup()
    aside = ch([" - sorry the dog's barking - ", ", hang on let me get my glasses, right, ", " ... can you hear me? yeah ok ... ",
                ", sorry it's a bit worn this bit, "])
    turns = [T("agent", "please read me the card number"),
             T("customer", V(" ".join(parts[:k]), "CARD_NUMBER", g), aside, V(" ".join(parts[k:]), "CARD_NUMBER", g))]
    if R.random() < 0.5:
        turns.append(T("agent", ch(["no problem, take your time", "got it, thanks"])))
    return turns, "ASR card with aside in the middle of the reading"


def p_card_payment_full():
    d, kind = make_card(R)
    ind = ch(["travel", "retail", "utility", "insurer"])
    parts = speak(d, card_groups(len(d)), R, fillers=0.15)
    m, y = R.randint(1, 12), R.randint(25, 31)
    zm = "oh %s" % UNITS[m] if m < 10 else say_pair("%02d" % m, "oh")
    exp_say = ch(["%s twenty %s" % (zm, say_pair("%02d" % y, "oh")),
                  "%s %s" % (MONTHS[m - 1], say_pair("%02d" % y, "oh")),
                  "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y, "oh")),
                  "%s slash %s" % (zm, say_pair("%02d" % y, "oh"))])
    cv = digs(4 if kind == "amex" else 3)
    cv_say = speak(cv, [len(cv)], R, fillers=0, styles=["single", "hundred", "doubles"])[0]
    bal = "%d pounds %d" % (R.randint(20, 400), R.randint(1, 99))
    turns = [T("agent", "so the total today is %s, can i take the card details" % bal),
             T("customer", "yeah go on. it's ", V(" ".join(parts), "CARD_NUMBER")),
             T("agent", "and the expiry date"),
             T("customer", ch(["", "um ", "it says "]), V(exp_say, "EXPIRY")),
             T("agent", "and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front"),
             T("customer", V(cv_say, "CVV"))]
    return turns, "ASR phone payment card+expiry+cvv (%s)" % ind


def p_ssn_chat():
    s = make_ssn(R)
    v = ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
            "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s-%s%s" % (s[:3], s[3:5], s[5:])])
    lead = ch(["SSN: ", "ssn is ", "Social Security # ", "my social: ", "soc sec no. ", "SS#"])
    turns = [T("agent", ch(["To verify your identity please provide your Social Security number.",
                           "can u confirm ur SSN pls", "Please enter your SSN to continue with the claim."])),
             T("customer", lead, V(v, "SSN"), ch(["", " thx", ".", " (i think lol)"]))]
    if R.random() < 0.3:
        turns.append(T("agent", "Thanks. Your claim reference is CLM-%s." % digs(7)))
    return turns, "typed US SSN in chat"


def p_ssn_asr():
    s = make_ssn(R)
    parts = speak(s, [3, 2, 4], R, uk=False, fillers=0.25)
    if R.random() < 0.5:
        turns = [T("agent", "can i get your social security number"),
                 T("customer", ch(["sure it's ", "yeah ", "okay um "]), V(ch([", ", " ", " - "]).join(parts), "SSN"))]
    else:
        g = newgroup()
        turns = [T("agent", "and your social please"),
                 T("customer", V(parts[0], "SSN", g)), T("agent", ch(BACK)),
                 T("customer", V(parts[1], "SSN", g)), T("agent", ch(BACK)),
                 T("customer", V(parts[2], "SSN", g))]
    if R.random() < 0.35:
        turns.append(T("agent", "thank you, let me read that back, ",
                       V(" ".join(speak(s, [3, 2, 4], R, uk=False, fillers=0, styles=["single"])), "SSN"), "?"))
        turns.append(T("customer", "yes"))
    return turns, "ASR US SSN (%s)" % ch(["healthcare billing", "insurer", "bank", "government services"])


def say_ni(ni, rng):
    mode = rng.choice(["plain", "nato", "casual", "plain"])
    letters = [spell_letter(l, rng, mode) for l in ni[:2]]
    nums = speak(ni[2:8], [2, 2, 2], rng, fillers=0.15, styles=["single", "pairs", "doubles"])
    suf = spell_letter(ni[8], rng, mode)
    return letters, nums, suf


def p_ni_chat():
    ni = make_ni(R)
    v = ch([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
            ni[:2] + " " + ni[2:8] + " " + ni[8], ni[0] + ni[1].lower() + ni[2:8] + ni[8].lower(),
            "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])])
    lead = ch(["NI no: ", "ni number ", "National Insurance: ", "NINO ", "its "])
    turns = [T("agent", ch(["Please confirm your National Insurance number.", "whats ur NI number?",
                           "For the benefit claim we need your NI number."])),
             T("customer", lead, V(v, "NI_NUMBER"))]
    return turns, "typed UK NI number"


def p_ni_asr():
    ni = make_ni(R)
    letters, nums, suf = say_ni(ni, R)
    if R.random() < 0.5:
        txt = " ".join(letters) + ", " + " ".join(nums) + ", " + suf
        turns = [T("agent", "and your national insurance number please"),
                 T("customer", ch(["yeah it's ", "", "right, "]), V(txt, "NI_NUMBER"))]
    else:
        g = newgroup()
        turns = [T("agent", "can i take your national insurance number"),
                 T("customer", V(" ".join(letters), "NI_NUMBER", g)), T("agent", ch(BACK)),
                 T("customer", V(" ".join(nums[:2]), "NI_NUMBER", g), ch([" ... ", ", "]), V(nums[2], "NI_NUMBER", g)),
                 T("agent", ch(["and the letter at the end?", "and the last letter", "mhm"])),
                 T("customer", V(suf, "NI_NUMBER", g))]
    if R.random() < 0.3:
        turns.append(T("agent", "thank you so that's ", V(" ".join(ni[:2].lower()) + " " + " ".join(
            speak(ni[2:8], [6], R, fillers=0, styles=["single"])) + " " + ni[8].lower(), "NI_NUMBER")))
    return turns, "ASR UK NI number (government services)"


def p_bank_chat():
    acct = digs(8)
    sc = digs(6)
    scv = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    av = ch([acct, acct[:4] + " " + acct[4:]])
    turns = [T("agent", "Which account should the refund of £%d.%02d go to?" % (R.randint(5, 500), R.randint(0, 99))),
             T("customer", ch(["sort code ", "s/c ", "Sort: "]), V(scv, "SORT_CODE"),
               ch([" acct no: ", ", account ", " a/c "]), V(av, "BANK_ACCOUNT"))]
    return turns, "typed UK sort code and account number"


def p_bank_asr():
    acct = digs(8)
    sc = digs(6)
    scs = speak(sc, [2, 2, 2], R, fillers=0.1, styles=["single", "pairs"])
    acs = speak(acct, [4, 4], R, fillers=0.2)
    turns = [T("agent", "for the direct debit can i take the sort code first"),
             T("customer", V(ch([", ", " ", " dash "]).join(scs), "SORT_CODE")),
             T("agent", "and the account number")]
    if R.random() < 0.5:
        turns.append(T("customer", ch(["", "it's "]), V(" ".join(acs), "BANK_ACCOUNT")))
    else:
        g = newgroup()
        turns += [T("customer", V(acs[0], "BANK_ACCOUNT", g)), T("agent", ch(BACK)),
                  T("customer", V(acs[1], "BANK_ACCOUNT", g))]
    turns.append(T("agent", "lovely, the first collection of %s pounds will be on the %s" % (
        R.randint(20, 90), ORD[R.randint(1, 28)])))
    return turns, "ASR sort code and account for direct debit (utility)"


def p_bank_us():
    acct = digs(R.randint(9, 12))
    turns = [T("agent", "What checking account should we deposit the reimbursement into?"),
             T("customer", ch(["Acct #", "account number ", "acct: "]), V(acct, "BANK_ACCOUNT"))]
    return turns, "typed US bank account"


def p_iban():
    ib = make_iban(R)
    if R.random() < 0.65:
        v = ch([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower()])
        turns = [T("agent", "Please send the IBAN for the refund of EUR %d.%02d." % (R.randint(10, 999), R.randint(0, 99))),
                 T("customer", ch(["IBAN: ", "iban ", "Here: ", "my IBAN is "]), V(v, "IBAN"))]
        return turns, "typed IBAN (%s)" % ib[:2]
    # spoken
    words = []
    for k in range(0, len(ib), 4):
        chunk = ib[k:k + 4]
        ws = []
        for c in chunk:
            if c.isalpha():
                ws.append(spell_letter(c, R, ch(["plain", "nato"])) if c != "O" else "oscar")
            else:
                ws.append("oh" if c == "0" else UNITS[int(c)])
        words.append(" ".join(ws))
    g = newgroup()
    mid = len(words) // 2
    turns = [T("agent", "can you read me the iban"),
             T("customer", V(", ".join(words[:mid]), "IBAN", g)),
             T("agent", ch(BACK)),
             T("customer", V(", ".join(words[mid:]), "IBAN", g))]
    return turns, "ASR IBAN over two turns (%s)" % ib[:2]


def make_phone(rng):
    kind = rng.choice(["ukmob", "ukland", "us", "ie", "de", "ukmob"])
    if kind == "ukmob":
        n = "07" + rng.choice(["700", "911", "823", "456"]) + digs(6, rng)
        return kind, n, ["0" + n[1:5], n[5:]], "+44" + n[1:]
    if kind == "ukland":
        n = "020" + rng.choice(["7", "8"]) + digs(7, rng)
        return kind, n, [n[:3], n[3:7], n[7:]], "+44" + n[1:]
    if kind == "us":
        n = str(rng.randint(201, 989)) + "555" + digs(4, rng)
        return kind, n, [n[:3], n[3:6], n[6:]], "+1" + n
    if kind == "ie":
        n = "08" + rng.choice(["3", "5", "6", "7"]) + digs(7, rng)
        return kind, n, [n[:3], n[3:6], n[6:]], "+353" + n[1:]
    n = "030" + digs(8, rng)
    return kind, n, [n[:3], n[3:]], "+49" + n[1:]


def p_phone_chat():
    kind, n, groups, intl = make_phone(R)
    r = R.randint(0, 4)
    if r == 0:
        v = " ".join(fmt_groups(n, [len(x) for x in groups], " ").split())
    elif r == 1:
        v = n
    elif r == 2:
        cc = {"ukmob": "+44", "ukland": "+44", "us": "+1", "ie": "+353", "de": "+49"}[kind]
        rest = intl[len(cc):]
        v = cc + " " + rest[:3] + " " + rest[3:6] + " " + rest[6:]
    elif r == 3:
        v = "-".join(groups)
    else:
        v = intl
    lead = ch(["mob: ", "tel ", "call me on ", "Phone: ", "best number is ", "cell "])
    turns = [T("agent", ch(["What's the best number to reach you on?", "Can I get a contact number in case we get cut off?"])),
             T("customer", lead, V(v, "PHONE"), ch(["", " after 6pm", " (work)", " thanks"]))]
    return turns, "typed phone (%s)" % kind


def p_phone_asr():
    kind, n, groups, intl = make_phone(R)
    uk = kind != "us"
    if R.random() < 0.3 and kind != "de":
        cc = {"ukmob": "44", "ukland": "44", "us": "1", "ie": "353"}[kind]
        rest = intl[1 + len(cc):]
        cc_say = ch(["plus ", "plus "]) + " ".join(UNITS[int(c)] for c in cc)
        body = speak(rest, [3, 3, len(rest) - 6], R, uk=uk, fillers=0.15)
        v = cc_say + " " + " ".join(body)
    else:
        body = speak(n, [len(x) for x in groups], R, uk=uk, fillers=0.2)
        v = None
    if v is not None or R.random() < 0.5:
        turns = [T("agent", "and a contact number"),
                 T("customer", ch(["yeah it's ", "", "um it's "]), V(v or ch([" ", ", "]).join(body), "PHONE"))]
    else:
        g = newgroup()
        turns = [T("agent", "what's the best number to call you back on")]
        for k, b in enumerate(body):
            turns.append(T("customer", V(b, "PHONE", g)))
            if k < len(body) - 1:
                turns.append(T("agent", ch(BACK)))
    if R.random() < 0.35:
        rb = speak(n, [len(x) for x in groups], R, uk=uk, fillers=0, styles=["single", "doubles"])
        turns.append(T("agent", "let me just repeat that, ", V(" ".join(rb), "PHONE"), ", yeah?"))
        turns.append(T("customer", ch(["that's it", "yep"])))
    return turns, "ASR phone number (%s)" % kind


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS)
    sep = rng.choice([".", "_", "", "."])
    num = rng.choice(["", "", str(rng.randint(1, 99))])
    user = f + sep + l + num
    return user, dom, tld, f, l, sep, num


def p_email_chat():
    user, dom, tld, f, l, sep, num = make_email(R)
    v = user + "@" + dom + "." + tld
    v = ch([v, v, cap(v), v.upper() if R.random() < 0.3 else v, cap(f) + sep + cap(l) + num + "@" + cap(dom) + "." + tld])
    turns = [T("agent", "What email address should the invoice go to?"),
             T("customer", ch(["email: ", "its ", "", "E-mail - ", "pls use "]), V(v, "EMAIL"),
               ch(["", " thanks", " not the work one"]))]
    return turns, "typed email"


def say_email_user(f, l, sep, num):
    sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
    parts = []
    if R.random() < 0.3:
        parts.append(" ".join(f))
    else:
        parts.append(f)
    s = parts[0] + sepw + l
    if num:
        s += " " + " ".join(UNITS[int(c)] for c in num)
    return s


def p_email_asr():
    user, dom, tld, f, l, sep, num = make_email(R)
    u = say_email_user(f, l, sep, num)
    d = dom + " dot " + " dot ".join(tld.split("."))
    v = u + " at " + d
    if R.random() < 0.6:
        turns = [T("agent", "and an email address for the confirmation"),
                 T("customer", ch(["yeah it's ", "it's ", "um "]), V(v, "EMAIL"))]
    else:
        g = newgroup()
        turns = [T("agent", "can i take an email address"),
                 T("customer", V(u, "EMAIL", g), ch([" ... ", ", "]), "that's ", ch(["all lower case", "with the dot"])),
                 T("agent", ch(["mhm", "okay, at?"])),
                 T("customer", V("at " + d, "EMAIL", g))]
    if R.random() < 0.3:
        turns.append(T("agent", "so that's ", V(v, "EMAIL"), "?"))
    return turns, "ASR spoken email"


def p_dob():
    y, m, dd = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    r = R.randint(0, 6)
    if r == 0:
        v = "%02d/%02d/%d" % (dd, m, y)
    elif r == 1:
        v = "%d/%d/%02d" % (m, dd, y % 100)
    elif r == 2:
        v = "%d %s %d" % (dd, cap(MONTHS[m - 1])[:3], y)
    elif r == 3:
        yr = ("nineteen " + say_pair("%02d" % (y % 100), "oh")) if y < 2000 else \
            ("two thousand and " + UNITS[y % 100] if y % 100 < 10 else "two thousand and " + say_pair("%02d" % (y % 100), "oh"))
        v = "the %s of %s %s" % (ORD[dd], MONTHS[m - 1], yr)
    elif r == 4:
        v = "%s %s, %s" % (MONTHS[m - 1], ORD[dd], ("nineteen " + say_pair("%02d" % (y % 100), "oh")) if y < 2000 else str(y))
    elif r == 5:
        v = "%s %s, %s %s" % (say_pair("%02d" % dd, "oh") if dd >= 10 else "oh " + UNITS[dd], say_pair("%02d" % m, "oh") if m >= 10 else "oh " + UNITS[m],
                             ch(["um ", ""]) + ("nineteen" if y < 2000 else "two thousand and"), say_pair("%02d" % (y % 100), "oh") if y % 100 >= 10 else UNITS[y % 100] if y >= 2000 else "oh " + UNITS[y % 100])
    else:
        v = "%d-%02d-%02d" % (y, m, dd)
    lead = ch(["DOB: ", "d.o.b ", "born ", "date of birth is ", "it's ", "yeah "])
    age = 2026 - y
    turns = [T("agent", ch(["can you confirm your date of birth", "For security, what's your date of birth?",
                           "and the patient's date of birth"])),
             T("customer", lead, V(v, "DOB"))]
    if R.random() < 0.3:
        turns.append(T("agent", "thanks, so you're %d, that's fine for the over-%d policy" % (age, (age // 10) * 10)))
    return turns, "date of birth"


def p_address():
    country = ch(["uk", "uk", "us", "ie"])
    if country == "uk":
        town, pc = ch(TOWNS_UK)
        st = ch(STREETS_UK)
        num = R.randint(1, 180)
        a = ch(["%d %s" % (num, st), "Flat %d, %d %s" % (R.randint(1, 12), num, st), "%d%s %s" % (num, ch("ab"), st),
                "%d %s" % (num, st.lower())])
        turns = [T("agent", "What's the delivery address?"),
                 T("customer", V(a, "ADDRESS"), ", %s " % town, V(ch([pc, pc.replace(" ", ""), pc.lower()]), "POSTCODE"))]
        note = "typed UK address"
        if R.random() < 0.5:
            num_say = say_chunk(str(num), R, "oh", ch(["pairs", "single", "hundred"])) if num >= 10 else UNITS[num]
            if parse_spoken(num_say) != str(num):
                num_say = " ".join(UNITS[int(c)] for c in str(num))
            out, inn = pc.split()
            pcs = " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in out) + " " + \
                " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in inn)
            turns = [T("agent", "and the first line of the address and postcode"),
                     T("customer", ch(["it's ", "", "um "]), V("%s %s" % (num_say, st.lower()), "ADDRESS"),
                       ", %s, " % town.lower(), V(pcs, "POSTCODE"))]
            note = "ASR UK address"
    elif country == "us":
        town, z = ch(TOWNS_US)
        st = ch(STREETS_US)
        num = R.randint(100, 9999)
        a = ch(["%d %s" % (num, st), "%d %s, Apt %d%s" % (num, st, R.randint(1, 9), ch("ABC"))])
        zz = ch([z, z + "-" + digs(4)])
        turns = [T("agent", "Please confirm the billing address on the account."),
                 T("customer", V(a, "ADDRESS"), ", %s " % town, V(zz, "POSTCODE"))]
        note = "typed US address with ZIP"
    else:
        st = ch(STREETS_IE)
        num = R.randint(1, 90)
        turns = [T("agent", "and your address"),
                 T("customer", V("%d %s" % (num, st), "ADDRESS"), ch([", Clontarf, Dublin 3", ", Galway", ", Cork"]))]
        note = "typed Irish address"
    return turns, note


def p_verify_combo():
    # insurance / healthcare: dob + postcode + phone in a call
    town, pc = ch(TOWNS_UK)
    y, m, dd = R.randint(1950, 2000), R.randint(1, 12), R.randint(1, 28)
    dob = "the %s of %s nineteen %s" % (ORD[dd], MONTHS[m - 1], say_pair("%02d" % (y % 100), "oh"))
    kind, n, groups, intl = make_phone(R)
    body = speak(n, [len(x) for x in groups], R, uk=kind != "us", fillers=0.2)
    out, inn = pc.split()
    pcs = " ".join(spell_letter(c, R, "plain") if c.isalpha() else UNITS[int(c)] for c in out + inn)
    turns = [T("agent", "before we discuss the claim of %d pounds can i confirm a few details, date of birth?" % R.randint(100, 3000)),
             T("customer", "it's ", V(dob, "DOB")),
             T("agent", "and the postcode"),
             T("customer", V(pcs, "POSTCODE")),
             T("agent", "and is the number we have still ", V(" ".join(body), "PHONE"), "?"),
             T("customer", "yes that's still my number")]
    return turns, "ASR insurance verification DOB+postcode+phone (agent reads phone)"


def p_expiry_cvv():
    m, y = R.randint(1, 12), R.randint(25, 32)
    e = ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%s %d" % (cap(MONTHS[m - 1])[:3], 2000 + y)])
    cv = digs(3)
    turns = [T("agent", "I've updated the card ending %s. Can you confirm expiry and security code?" % digs(4)),
             T("customer", ch(["exp ", "expiry: ", "valid thru "]), V(e, "EXPIRY"), ch([" / cvv ", ", code ", " and "]), V(cv, "CVV"))]
    return turns, "typed expiry and CVV with card last-four mention (not PII)"


POS_PLAN = [(p_card_chat, 22), (p_card_asr_single, 18), (p_card_asr_split, 14), (p_card_asr_correction, 6),
            (p_card_asr_aside, 8), (p_card_payment_full, 10),
            (p_ssn_chat, 14), (p_ssn_asr, 12), (p_ni_chat, 13), (p_ni_asr, 12),
            (p_bank_chat, 8), (p_bank_asr, 8), (p_bank_us, 4), (p_iban, 14),
            (p_phone_chat, 10), (p_phone_asr, 12), (p_email_chat, 8), (p_email_asr, 8),
            (p_dob, 14), (p_address, 16), (p_verify_combo, 6), (p_expiry_cvv, 6)]


# ---------------------------------------------------------------- negatives
def n_order_luhn():
    d, _ = make_card(R, "visa")
    lab = ch(["order number", "Order #", "tracking no.", "reference", "invoice number"])
    v = ch([d, fmt_groups(d, [4, 4, 4, 4], " ")])
    return [T("customer", "hi, where is my parcel? %s %s" % (lab, v)),
            T("agent", "Thanks, I can see %s %s was dispatched on 12 March and should arrive within 3-5 working days." % (lab.lower(), v))], \
        "16-digit Luhn-valid order/tracking number with its label"


def n_ref_spoken():
    d = digs(R.choice([12, 16]))
    parts = speak(d, [4] * (len(d) // 4), R, fillers=0.2)
    lab, obj = ch([("reference number", "account"), ("claim number", "claim"), ("booking reference", "booking"),
                   ("case number", "case"), ("policy number", "policy")])
    g = ", ".join(parts)
    return [T("agent", "have you got your %s there" % lab),
            T("customer", "yeah the %s is %s" % (lab, g)),
            T("agent", "thank you, i've found the %s" % obj)], \
        "%s read out like a card number" % lab


def n_last4():
    l4 = digs(4)
    s = ch(["card ending %s" % l4, "the card ending in %s" % " ".join(UNITS[int(c)] for c in l4),
            "last four digits %s" % l4, "card ending %s" % say_chunk(l4, R, "oh", "pairs")])
    return [T("agent", "I can see two cards on file. Which one would you like to use?"),
            T("customer", "the %s please, the visa" % s if not s.startswith("the") else "%s please" % s),
            T("agent", "Lovely, I'll charge £%d.%02d to that card." % (R.randint(5, 300), R.randint(0, 99)))], \
        "card last-four only"


def n_balance():
    a = R.randint(101, 999)
    sp = say_chunk(str(a), R, "oh", "hundred") if a % 100 else "%s hundred" % UNITS[a // 100]
    return [T("customer", "what's my balance"),
            T("agent", "your balance is %s pounds and %s pence, and your next bill of £%d.%02d is due on the %s of %s" % (
                sp, say_pair("%02d" % R.randint(10, 99), "oh"), R.randint(20, 300), R.randint(0, 99), ORD[R.randint(1, 28)], ch(MONTHS))),
            T("customer", "okay and the minimum payment is %d%%?" % R.randint(1, 5))], "balance, amounts, due date, percentage"


def n_hours():
    return [T("customer", "what time are you open till"),
            T("agent", "we're open eight till eight monday to friday, 9am-5:30pm saturday, and closed sundays. current wait is about %d minutes" % R.randint(3, 45)),
            T("customer", "ok and the store on %s?" % ch(STREETS_UK + STREETS_US)),
            T("agent", "that one shuts at 17:00, it's about twenty minutes from the station")], "opening hours, durations, road name"


def n_ticket_ids():
    return [T("customer", "Ticket INC%s still not resolved!!" % digs(7)),
            T("agent", "Sorry about that. I've escalated it under problem PRB-%s-%s; your router serial is SN %s%s-%s and model %s." % (
                digs(4), digs(5), ch("XKTQ"), digs(4), digs(6), ch(["TG-789vn", "HH6a", "AX3000", "WD-80T4"])))],\
        "ticket/problem/serial/model numbers"


def n_flight():
    return [T("customer", "hi my flight %s%s from gate %s%d got cancelled" % (ch(["BA", "EI", "FR", "UA"]), digs(R.choice([3, 4])), ch("ABCD"), R.randint(1, 60))),
            T("agent", "I'm sorry, I've rebooked you on the 14:35, seat %d%s, and your hotel room number is %s" % (R.randint(1, 40), ch("ABCDEF"), digs(4))),
            T("customer", "and booking ref %s still works?" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))],\
        "flight, gate, seat, room and booking reference"


def n_meter():
    r = digs(5)
    sp = speak(r, [5], R, fillers=0.2)[0]
    return [T("agent", "can i take a meter reading while you're on"),
            T("customer", "yeah the meter reads %s" % sp),
            T("agent", "thanks, and the night rate reading?"),
            T("customer", "%s, and the meter serial number is %s" % (r[::-1], digs(10)))], "meter readings and meter serial"


def n_ages_temps():
    return [T("customer", "my son is %d and my dad's %d, are they both covered" % (R.randint(2, 17), R.randint(60, 90))),
            T("agent", "yes, up to age %d. the policy started in %d and renews in %d at %d.%d%% APR" % (R.randint(18, 25), R.randint(2000, 2024), R.randint(2026, 2030), R.randint(2, 29), R.randint(0, 9))),
            T("customer", "and the boiler cover kicks in below %d degrees?" % R.randint(2, 12))], "ages, years, percentages, temperatures"


def n_appt():
    return [T("agent", "your appointment is on %02d/%02d/2026 at %d:%02d with dr %s" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), ch([0, 15, 30, 45]), ch(LAST))),
            T("customer", "can you move it to the %s of %s" % (ORD[R.randint(1, 28)], ch(MONTHS))),
            T("agent", "yes, done. the consultation is £%d and takes %d minutes" % (R.randint(40, 200), ch([15, 20, 30])))], "appointment dates, times, price"


def n_spoken_like_phone():
    d = "0" + digs(10)
    sp = " ".join(speak(d, [5, 6], R, fillers=0.1))
    lab = ch(["account reference", "customer number", "MPRN", "tracking number", "membership number"])
    return [T("agent", "what's your %s" % lab),
            T("customer", "%s is %s" % ("the " + lab, sp)),
            T("agent", "perfect, found it")], "%s spoken like a phone number" % lab


def n_contract():
    return [T("customer", "when does my contract end"),
            T("agent", "Your 24 month contract started 03/09/2024 and ends 03/09/2026. You've used %d GB of %d GB and %d minutes." % (R.randint(1, 40), ch([50, 100]), R.randint(100, 900))),
            T("customer", "and the early exit fee is %s pounds?" % speak(str(R.randint(100, 999)), [3], R, fillers=0, styles=["hundred"])[0])],\
        "contract dates, usage counts, fee"


def n_part_code():
    code = "".join(R.choice("ABCEHJKLMNPRSTWXYZ") for _ in range(2)) + digs(6) + ch("ABCD")
    return [T("customer", "the replacement part number is %s, model %s" % (code, ch(["KD-55X89J", "QE65Q80C", "WM14N"]))),
            T("agent", "thanks, part %s is in stock, delivery is £%d.99" % (code, R.randint(2, 9)))], \
        "part number in NI-like format said with its label"


def n_invoice_money():
    return [T("customer", "Invoice %s shows %s but I was quoted %s" % (ch(["INV-", "#", "no. "]) + digs(8), "$1,%03d.%02d" % (R.randint(0, 999), R.randint(0, 99)), "$%d" % R.randint(200, 999))),
            T("agent", "I see a credit of $%d.00 applied on 2025-11-%02d; the difference is %d.%d%% tax." % (R.randint(10, 90), R.randint(1, 28), R.randint(5, 9), R.randint(0, 9)))],\
        "invoice number, amounts, payment date"


def n_year_spoken():
    return [T("customer", "i've been with you since nineteen ninety %s, that's like %s years" % (ch(UNITS[1:]), say_pair(str(R.randint(20, 35)), "oh"))),
            T("agent", "thank you for being with us, i can offer %s percent off for the next %s months" % (ch(["ten", "fifteen", "twenty"]), ch(["six", "twelve", "three"])))], "spoken years, durations, percentages"


def n_ssn_like():
    d = digs(3) + "-" + digs(2) + "-" + digs(4)
    return [T("customer", "my claim number is %s, same as the letter" % d),
            T("agent", "Claim %s is with our assessor, expect a reply in 10 working days." % d)],\
        "claim number in SSN-like format with its label"


NEG_PLAN = [(n_order_luhn, 10), (n_ref_spoken, 10), (n_last4, 10), (n_balance, 8), (n_hours, 6),
            (n_ticket_ids, 7), (n_flight, 7), (n_meter, 7), (n_ages_temps, 6), (n_appt, 6),
            (n_spoken_like_phone, 8), (n_contract, 5), (n_part_code, 4), (n_invoice_money, 6),
            (n_year_spoken, 4), (n_ssn_like, 5)]


# ---------------------------------------------------------------- assembly
def generate():
    _gid[0] = 0
    R.seed(325241125)
    pos, neg = [], []
    for fn, n in POS_PLAN:
        for _ in range(n):
            turns, note = fn()
            pos.append((turns, note))
    for fn, n in NEG_PLAN:
        for _ in range(n):
            turns, note = fn()
            neg.append((turns, note))
    R.shuffle(pos)
    R.shuffle(neg)
    cases, metas = [], []
    for k, (turns, note) in enumerate(pos, 1):
        ot, spans, meta = build(turns)
        cases.append({"id": "h325-pos-%03d" % k, "kind": "positive", "turns": ot, "spans": spans, "note": note})
        metas.append(meta)
    for k, (turns, note) in enumerate(neg, 1):
        ot, spans, meta = build(turns)
        cases.append({"id": "h325-neg-%03d" % k, "kind": "negative", "turns": ot, "spans": spans, "note": note})
        metas.append(meta)
    return cases, metas


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"


def validate_value(typ, text):
    t = text.strip()
    low = t.lower()
    if typ == "EMAIL":
        if "@" in t:
            return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", t) is not None
        s = re.sub(r"\s+dot\s+", ".", low)
        s = re.sub(r"\s+underscore\s+", "_", s)
        s = re.sub(r"^at\s+|\s+at\s+", "@", s)
        s = s.replace(" ", "")
        return re.fullmatch(r"[a-z0-9._]*@[a-z0-9-]+(\.[a-z]+)+", s) is not None
    if typ == "DOB":
        return bool(re.search(MONTH_RE, low) or re.search(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", low)
                    or re.fullmatch(r"[a-z ,]+", low)) and bool(re.search(r"\d{2,4}|nineteen|thousand", low))
    if typ == "EXPIRY":
        if re.search(MONTH_RE, low) and not re.search(r"\d", low):
            return True
        if re.search(MONTH_RE, low):
            return bool(re.search(r"20\d\d|\d\d", low))
        n = norm(t)
        if re.fullmatch(r"\d{4}|\d{6}", n):
            return 1 <= int(n[:2]) <= 12
        return False
    if typ == "ADDRESS":
        first = low.split()[0]
        has_num = bool(re.search(r"\d", low)) or first in UNITS or first in TEENS or first in TENS
        return has_num and bool(re.search(r"\b(road|street|lane|avenue|close|drive|way|grove|court|terrace|boulevard|park)\b", low))
    n = norm(t)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        if n.startswith("+"):
            return n[1:].isdigit() and 11 <= len(n) - 1 <= 13 and n[1:3] in ("44", "35", "49") or (n.startswith("+1") and len(n) == 12)
        return n.isdigit() and len(n) in (10, 11)
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    return False


def check():
    cases, metas = generate()
    errs = []
    with open(CASES, encoding="utf-8") as fh:
        if fh.read() != dump(cases):
            errs.append("cases.jsonl is not byte-identical to regeneration")
    with open(README, encoding="utf-8") as fh:
        if fh.read() != readme(cases):
            errs.append("README.md is not byte-identical to regeneration")
    with open(CASES, encoding="utf-8") as fh:
        filecases = [json.loads(line) for line in fh]
    ids = [c["id"] for c in filecases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, meta in zip(filecases, metas):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive has no spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        byturn = {}
        groups = {}
        for s, (g, frag) in zip(c["spans"], meta):
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s offsets out of range" % c["id"]); continue
            val = txt[a:b]
            if val != val.strip() or not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s span not trimmed: %r" % (c["id"], val))
            if a > 0 and txt[a - 1].isalnum():
                errs.append("%s span start not on word boundary: %r" % (c["id"], val))
            if b < len(txt) and txt[b].isalnum():
                errs.append("%s span end not on word boundary: %r" % (c["id"], val))
            byturn.setdefault(s["turn"], []).append((a, b))
            if not frag:
                groups.setdefault(g, []).append((s["type"], val))
        for tn, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % c["id"])
        for g, items in groups.items():
            typ = items[0][0]
            if any(x[0] != typ for x in items):
                errs.append("%s mixed types in group" % c["id"])
            joined = " ".join(x[1] for x in items)
            try:
                ok = validate_value(typ, joined)
            except Exception as e:  # noqa
                ok = False
                joined += " (%s)" % e
            if not ok:
                errs.append("%s invalid %s value: %r" % (c["id"], typ, joined))
    counts = count(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    for e in errs:
        print("ERROR:", e)
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(counts)))
    print("CHECK FAILED" if errs else "CHECK OK")
    return 1 if errs else 0


def count(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    counts = count(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout325 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> models while looking at these cases or their scores. It exists only to measure the
> redaction engine on data it was not built against. If it leaks into development, it
> stops being a held-out set.

## Provenance

Written by an AI helper acting as an independent test author. The author did **not** see
the redaction code, its tests, docs, benchmarks or other fixtures; the cases were written
from a brief describing only the PII types and annotation conventions. All cases are
synthetic: names, numbers, addresses and e-mails are invented (card numbers are random
Luhn-valid numbers, IBANs are random with a correct mod-97 check, phone numbers use
fictional ranges where practical).

Generated by `scripts/make_pii_holdout325.py` (Python standard library only, a single
`random.Random(325241125)`). Each turn is assembled from plain-text segments and labelled
value segments, so character offsets are computed, never typed by hand.
`python scripts/make_pii_holdout325.py --check` regenerates the set and verifies that
`cases.jsonl` and this README are byte-identical, ids are unique, offsets are in range,
trimmed, on word boundaries and non-overlapping, and that every labelled value is valid
after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for
SSN, 6 for sort codes, and so on).

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(list of `{speaker: customer|agent, text}`), `spans` (list of
`{turn, start, end, type}`, Python character offsets, end exclusive) and `note`.

Content mixes typed chat/e-mail (separators, odd grouping, case variation, labels such as
"acct no:") and phone-call ASR transcripts (lower case, numbers as words, oh/o/nought/zero,
double/triple, pairs such as "forty one eleven", hundreds such as "four hundred and
twelve", NATO and casual spelling, spoken e-mails, values split over turns with agent
back-channels, read-backs, fillers, restarts and asides), across banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government services in the
UK, US, Ireland and EU.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last (a phone
  span may start at `+`); lead-in words ("it's", "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type. A value
  interrupted by an aside in the same turn gets one span per piece; the aside is outside.
- Agent read-backs of a value are labelled too.
- Filler words spoken inside a reading ("um", "uh") are inside the span.
- In a restarted reading, the abandoned false start (a few card digits) is also labelled
  with the value's type, as is a last-four read-back when the full card was read in the
  same case.
- Phone spans include the country code. ADDRESS covers house/flat number and street, not
  the town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole
  date expression.
- A card's last four said on their own ("card ending 4821") are not PII.
- Negative cases contain no PII at all: amounts, balances, prices, times, opening hours,
  durations, counts, ages, temperatures, percentages, years, appointment/payment/contract
  dates, order/ticket/invoice/claim/reference/tracking/serial/model/policy/part numbers said
  with their label (some Luhn-valid, card-shaped, phone-shaped, SSN-shaped or NI-shaped),
  meter readings, flight/room/gate/seat numbers, road names and card last-four mentions.
  Positive cases also contain such non-PII distractors, unlabelled.

## Counts

%d positive cases, %d negative cases, %d labelled spans.

| Type | Spans |
|---|---|
%s
""" % (npos, nneg, sum(counts.values()), rows)


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases, _ = generate()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dump(cases))
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()
