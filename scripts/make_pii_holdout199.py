#!/usr/bin/env python3
"""Generate the held-out PII redaction set h199 (independent author, standard library only).

python scripts/make_pii_holdout199.py          # write fixture + README
python scripts/make_pii_holdout199.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 199241125
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout199"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "O": "oscar", "Q": "quebec", "I": "india",
        "U": "uniform", "V": "victor"}
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "boy"], "C": ["charlie", "cat"],
             "D": ["delta", "david", "dog"], "E": ["echo", "edward"], "G": ["golf", "george"],
             "H": ["hotel", "harry"], "J": ["juliet", "john"], "K": ["kilo", "king"],
             "L": ["lima", "london"], "M": ["mike", "mother"], "N": ["november", "nancy"],
             "P": ["papa", "peter"], "R": ["romeo", "robert"], "S": ["sierra", "sugar"],
             "T": ["tango", "tommy"], "W": ["whiskey", "william"], "X": ["x-ray"],
             "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"]}
HOMO = {"A": ["ay", "a"], "B": ["bee", "b"], "C": ["see", "sea", "c"], "D": ["dee", "d"],
        "E": ["e"], "G": ["gee", "g"], "H": ["aitch", "h"], "J": ["jay", "j"], "K": ["kay", "k"],
        "L": ["el", "l"], "M": ["em", "m"], "N": ["en", "n"], "P": ["pee", "p"],
        "R": ["are", "r"], "S": ["ess", "s"], "T": ["tee", "t"], "W": ["w"], "X": ["ex", "x"],
        "Y": ["why", "y"], "Z": ["zed", "z"]}

# ---------------------------------------------------------------- normaliser (used by --check)
WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2", "too": "2",
               "for": "4", "fore": "4", "ate": "8"})
REV_NATO = {v: k for k, v in NATO.items()}
REV_HOMO = {}
for k, vs in HOMO.items():
    for v in vs:
        if len(v) > 1:
            REV_HOMO[v] = k
REV_HOMO.update({"sea": "C", "zee": "Z", "double-u": "W"})
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "sorry", "like", "its", "it's", "and", "then",
           "yeah", "so", "okay", "right", "the", "is", "dash", "hyphen", "space", "slash"}


def normalise(text, letters=False):
    """Spoken/typed form -> compact string of digits (and capital letters if letters=True)."""
    t = text.lower().replace("-", " - ").replace("x - ray", "x-ray").replace("double - u", "double-u")
    t = re.sub(r"[,.;:!?/()+_#]", " ", t)
    toks = [x for x in t.split() if x != "-"]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and nxt == "for" and i + 2 < len(toks) and len(w) == 1 and w.isalpha():
            out.append(w.upper()); i += 3; continue
        if w in ("double", "triple") and nxt is not None:
            rep = 2 if w == "double" else 3
            if nxt in WORD2D:
                out.append(WORD2D[nxt] * rep); i += 2; continue
            if letters and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * rep); i += 2; continue
            if letters and nxt in REV_HOMO:
                out.append(REV_HOMO[nxt] * rep); i += 2; continue
        if w in TENS and w:
            v = TENS.index(w)
            if nxt in UNITS[1:]:
                out.append(str(v) + str(UNITS.index(nxt))); i += 2; continue
            out.append(str(v) + "0"); i += 1; continue
        if w in TEENS:
            if nxt == "hundred":
                out.append(str(10 + TEENS.index(w)) + "00"); i += 2; continue
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in UNITS and nxt == "hundred":
            h = UNITS.index(w)
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = 0
            if j < len(toks) and toks[j] in TENS and toks[j]:
                rest = TENS.index(toks[j]) * 10
                j += 1
                if j < len(toks) and toks[j] in UNITS[1:]:
                    rest += UNITS.index(toks[j]); j += 1
            elif j < len(toks) and toks[j] in TEENS:
                rest = 10 + TEENS.index(toks[j]); j += 1
            elif j < len(toks) and toks[j] in UNITS[1:] and toks[j - 1] == "and":
                rest = UNITS.index(toks[j]); j += 1
            out.append("%d%02d" % (h, rest)); i = j; continue
        if letters and w in REV_NATO:
            out.append(REV_NATO[w]); i += 1; continue
        if letters and w in REV_HOMO:
            out.append(REV_HOMO[w]); i += 1; continue
        if w in WORD2D:
            out.append(WORD2D[w]); i += 1; continue
        if w in FILLERS:
            i += 1; continue
        if re.fullmatch(r"[0-9a-z]+", w):
            out.append(w.upper() if letters else re.sub(r"\D", "", w)); i += 1; continue
        i += 1
    return "".join(out)


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


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ---------------------------------------------------------------- value generators


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.4:
        return luhn_complete("4", 16)
    if k < 0.65:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.8:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.9:
        return luhn_complete("6011", 16)
    if k < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete("6759", 19)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = digits(3, True)
        if a != "666" and a[0] != "9":
            break
    g = digits(2)
    if g == "00":
        g = "07"
    s = digits(4)
    if s == "0000":
        s = "0042"
    return a + g + s


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "AIBK", "BOFI"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + digits(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def gen_uk_pc():
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    pat = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA", "A9A 9AA"])
    out = ""
    for ch in pat:
        if ch == "A":
            out += R.choice(L)
        elif ch == "9":
            out += R.choice("123456789")
        else:
            out += ch
    # inward code letters avoid C I K M O V
    head, tail = out.split(" ")
    tail = tail[0] + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return head + " " + tail


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "chen", "maria", "dave", "fatima",
         "tom", "niamh", "carlos", "emma", "raj", "grace", "owen", "lucy", "kwame", "hannah"]
LAST = ["doe", "smith", "okafor", "murphy", "patel", "kowalski", "byrne", "garcia", "nguyen",
        "walsh", "brennan", "taylor", "obrien", "schmidt", "evans", "moreau", "jones", "kelly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "aol.com", "proton.me", "eircom.net", "web.de"]
STREETS = ["maple avenue", "church road", "high street", "station road", "elm drive",
           "victoria street", "oak lane", "park crescent", "mill close", "washington boulevard",
           "sunset drive", "king street", "grove terrace", "bridge way", "orchard court",
           "pine street", "lincoln avenue", "harbour view", "main street", "cedar place"]

# ---------------------------------------------------------------- speaking helpers


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_digit(c):
    return zero_word() if c == "0" else UNITS[int(c)]


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b] if b else R.choice(["double oh", "oh oh"])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_digits(s, style=None):
    """Speak a digit string; style: single, runs (double/triple), pairs, mixed."""
    style = style or R.choice(["single", "single", "runs", "pairs"])
    if style == "pairs":
        parts = []
        i = 0
        if len(s) % 2:
            parts.append(say_digit(s[0]))
            i = 1
        while i < len(s):
            parts.append(say_pair(s[i:i + 2]))
            i += 2
        return " ".join(parts)
    if style == "runs":
        parts = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            n = j - i
            while n > 0:
                if n >= 3 and R.random() < 0.7:
                    parts.append("triple " + say_digit(s[i])); n -= 3
                elif n >= 2:
                    parts.append("double " + say_digit(s[i])); n -= 2
                else:
                    parts.append(say_digit(s[i])); n -= 1
            i = j
        return " ".join(parts)
    return " ".join(say_digit(c) for c in s)


def say_letter(ch, mode=None):
    mode = mode or R.choice(["for", "nato", "homo", "plain"])
    if mode == "for" and ch in FOR_WORDS:
        return "%s for %s" % (ch.lower(), R.choice(FOR_WORDS[ch]))
    if mode == "nato" and ch in NATO:
        return NATO[ch]
    if mode == "homo" and ch in HOMO:
        return R.choice([h for h in HOMO[ch] if len(h) > 1] or HOMO[ch])
    return ch.lower()


def say_year(y):
    return say_pair(y[:2]) + " " + (say_pair(y[2:]) if y[2] != "0" else "oh " + UNITS[int(y[3])]) \
        if y[:2] == "19" else "two thousand and " + (UNITS[int(y[3])] if y[2] == "0" else say_pair(y[2:]))


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

# ---------------------------------------------------------------- case assembly


def S(text, typ, canon, mode="full"):
    return (text, typ, canon, mode)


def build(cid, kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                st = len(text)
                text += seg[0]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg[1],
                              "_canon": seg[2], "_mode": seg[3]})
        out_turns.append({"speaker": spk, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


INDUSTRIES_UK = ["banking", "telecom", "utilities", "retail", "insurance", "government services"]
INDUSTRIES_US = ["banking", "telecom", "healthcare billing", "insurance", "retail", "travel"]


def ack():
    return R.choice(["mhm", "okay", "yep", "okay go on", "got it", "uh huh", "right", "yes"])


# ---- CARD templates

def card_typed():
    c = gen_card()
    sep = R.choice([" ", "-", "", ".", "  ", " - "])
    g = card_groups(c)
    txt = sep.join(g)
    if R.random() < 0.2:
        if R.random() < 0.5:
            txt = " ".join(c[i:i + 2] for i in range(0, len(c), 2))
            sep = "pairs"
        else:
            txt = c
            sep = ""
    pre = R.choice(["hi can i pay my bill, card is ", "Card no: ", "heres the card ",
                    "ok its ", "my card number = ", "Sure - ", "pls charge ", "card:"])
    post = R.choice(["", " thanks", " exp soon", " - visa debit", ". order 55812 btw",
                     " (my husbands card)", " ty"])
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    turns = [A(R.choice(["How would you like to pay?", "Please share the card details.",
                         "Can I take the long card number?"])),
             C(pre, S(txt, "CARD_NUMBER", c), post)]
    return turns, "chat/%s: card typed with separator %r" % (ind, sep)


def card_spoken_one():
    c = gen_card()
    style = R.choice(["single", "runs", "pairs", "mixed"])
    if style == "mixed":
        txt = " ".join(say_digits(g, R.choice(["single", "runs", "pairs"])) for g in card_groups(c))
    else:
        txt = say_digits(c, style)
    pre = R.choice(["yeah it's ", "okay so it's ", "right ", "the long number is ", "um ", ""])
    post = R.choice(["", " and that's a visa", " did you get that", " yeah"])
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    return [A("and can i take the long number on the front of the card please"),
            C(pre, S(txt, "CARD_NUMBER", c), post)], "call/%s: card spoken in one turn, %s style" % (ind, style)


def card_split():
    c = gen_card()
    gs = card_groups(c)
    turns = [A(R.choice(["go ahead with the card number when you're ready",
                         "whenever you're ready with the card number",
                         "okay read me the sixteen digits"]))]
    for k, g in enumerate(gs):
        style = R.choice(["single", "runs", "pairs"])
        pre = R.choice(["", "", "um ", "okay ", "then "]) if k else R.choice(["right ", "okay ", ""])
        post = R.choice(["", "", " um", " yeah"])
        turns.append(C(pre, S(say_digits(g, style), "CARD_NUMBER", c, "part"), post))
        if k < len(gs) - 1:
            turns.append(A(ack()))
    return turns, "call/%s: card split over %d customer turns with back-channels" % (
        R.choice(INDUSTRIES_UK + INDUSTRIES_US), len(gs))


def card_correction():
    c = gen_card()
    gs = card_groups(c)
    wrong = list(gs[1])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    wrong = "".join(wrong)
    first = say_digits(gs[0], "single")
    turns = [A("can i get the card number please"),
             C(S(first, "CARD_NUMBER", c, "part"), " ", S(say_digits(wrong, "single"), "CARD_NUMBER", c, "loose"),
               " no sorry ", S(say_digits(gs[1], "single"), "CARD_NUMBER", c, "part"), " my mistake"),
             A("no problem carry on"),
             C(S(" ".join(say_digits(g, "single") for g in gs[2:]), "CARD_NUMBER", c, "part"))]
    return turns, "call/banking: card with self-correction of second group (wrong group also labelled)"


def card_readback():
    c = gen_card()
    sp = say_digits(c, "single")
    turns = [A("what's the card number"),
             C(S(sp, "CARD_NUMBER", c)),
             A("let me read that back ", S(" ".join(say_digits(g, "runs") for g in card_groups(c)), "CARD_NUMBER", c),
               " is that right"),
             C("yes that's it")]
    return turns, "call/insurance: card spoken then read back by agent with doubles"


def card_chat_split():
    c = gen_card()
    gs = card_groups(c)
    h = len(gs) // 2
    turns = [A("Please type the card number."),
             C(S(" ".join(gs[:h]), "CARD_NUMBER", c, "part")),
             C(S(" ".join(gs[h:]), "CARD_NUMBER", c, "part"), R.choice([" sorry hit enter", "", " oops"])),
             A("Thanks, and the expiry and the 3 digit code on the back?"),
             ]
    exp_m, exp_y = "%02d" % R.randint(1, 12), "%02d" % R.randint(26, 31)
    cvv = digits(4 if len(c) == 15 and c[0] == "3" else 3)
    turns.append(C(S(exp_m + R.choice(["/", "-", " / "]) + exp_y, "EXPIRY", exp_m + exp_y), " and ",
                   S(cvv, "CVV", cvv)))
    return turns, "chat/retail: card split across two chat messages, expiry and cvv in one message"


def card_full_details_call():
    c = gen_card()
    m = R.randint(1, 12)
    y = R.randint(26, 31)
    cvv = digits(4 if c[0] == "3" and len(c) == 15 else 3)
    exp_txt = R.choice([say_pair("%02d" % m) + " " + say_pair("%02d" % y),
                        MONTHS[m - 1] + " twenty " + say_pair("%02d" % y),
                        say_digit(str(m)) + " " + say_pair("%02d" % y) if m < 10 else TEENS[m - 10] + " " + say_pair("%02d" % y)])
    turns = [A("and the card number"),
             C(S(say_digits(c, R.choice(["single", "pairs"])), "CARD_NUMBER", c)),
             A("thank you and the expiry date"),
             C(R.choice(["it's ", "um ", "expires "]), S(exp_txt, "EXPIRY", "%02d%02d" % (m, y))),
             A("and the security code the last three digits on the back" if len(cvv) == 3 else
               "and the four digit code on the front"),
             C(S(say_digits(cvv, "single"), "CVV", cvv)),
             A("lovely so that's a payment of forty two pounds fifty")]
    return turns, "call/%s: card, expiry and cvv in separate turns; amount after" % R.choice(INDUSTRIES_UK)


def card_homophone():
    c = gen_card()
    words = []
    for ch in c:
        if ch == "4" and R.random() < 0.5:
            words.append(R.choice(["for", "fore"]))
        elif ch == "2" and R.random() < 0.5:
            words.append(R.choice(["to", "too"]))
        elif ch == "8" and R.random() < 0.3:
            words.append("ate")
        elif ch == "1" and R.random() < 0.3:
            words.append("won")
        else:
            words.append(say_digit(ch))
    return [A("read me the card number please"),
            C("okay so ", S(" ".join(words), "CARD_NUMBER", c), " and that's my debit card")], \
        "call/telecom: card with asr homophones (for/to/ate/won)"


def card_with_fillers():
    c = gen_card()
    gs = card_groups(c)
    parts = []
    for k, g in enumerate(gs):
        parts.append(say_digits(g, R.choice(["single", "runs"])))
        if k < len(gs) - 1:
            parts.append(R.choice(["um", "uh", "er", "erm"]))
    return [A("go ahead"), C(S(" ".join(parts), "CARD_NUMBER", c), " i think that's right")], \
        "call/utilities: card with filler words between groups inside span"


def card_mixed_sep():
    c = gen_card()
    gs = card_groups(c)
    txt = gs[0]
    for g in gs[1:]:
        txt += R.choice([" ", "-", "  ", "", "/", " -"]) + g
    return [C(R.choice(["Hi! ", "hello, ", ""]), "I want to pay the £", str(R.randint(20, 400)), " due on the ",
              str(R.randint(1, 28)), "th. card ", S(txt, "CARD_NUMBER", c), R.choice([" exp next yr", "", " cheers"]))], \
        "chat/utilities: card with inconsistent separators, amount and due date nearby"


def card_agent_interrupt():
    c = gen_card()
    gs = card_groups(c)
    first = " ".join(say_digits(g, "single") for g in gs[:2])
    rest = " ".join(say_digits(g, R.choice(["single", "pairs"])) for g in gs[2:])
    return [A("card number please"),
            C(S(first, "CARD_NUMBER", c, "part"), " hang on let me get my glasses"),
            A("no rush"),
            C("right where was i ", S(say_digits(gs[1], "single"), "CARD_NUMBER", c, "part"), " then ",
              S(rest, "CARD_NUMBER", c, "part"))], \
        "call/retail: card interrupted, customer repeats second group then finishes"


# ---- SSN templates

def ssn_spoken_dash():
    s = gen_ssn()
    txt = "%s dash %s dash %s" % (say_digits(s[:3], "single"), say_digits(s[3:5], R.choice(["single", "pairs"])),
                                  say_digits(s[5:], R.choice(["single", "pairs", "runs"])))
    return [A("could you verify the social on the account"),
            C("yeah ", S(txt, "SSN", s), " that's me"),
            A("thank you and the amount due today is one forty five twenty")], \
        "call/banking: ssn with spoken 'dash' separators, amount after"

def ssn_typed():
    s = gen_ssn()
    form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"])
    txt = form % (s[:3], s[3:5], s[5:])
    pre = R.choice(["my ssn is ", "SSN: ", "social is ", "ss# ", "its ", "social security number "])
    return [A(R.choice(["To verify, please provide your Social Security number.",
                        "Can you confirm your SSN?"])),
            C(pre, S(txt, "SSN", s), R.choice(["", " thx", ". DOB to follow"]))], \
        "chat/%s: ssn typed as %r" % (R.choice(INDUSTRIES_US), form)


def ssn_spoken():
    s = gen_ssn()
    style = R.choice(["single", "runs", "groups", "hundred"])
    if style == "hundred" and int(s[1:3]) % 10 == 0 and int(s[1:3]) != 0:
        style = "groups"
    if style == "groups":
        txt = " ".join([say_digits(s[:3], "single"), say_pair(s[3:5]), say_digits(s[5:], "pairs")])
    elif style == "hundred":
        a = int(s[:3])
        h = a // 100
        rest = a % 100
        txt = UNITS[h] + " hundred" + ("" if rest == 0 else (" and " + UNITS[rest] if rest < 10 else " " + say_pair("%02d" % rest)))
        txt += " " + say_digits(s[3:5], "single") + " " + say_digits(s[5:], R.choice(["single", "pairs"]))
    else:
        txt = say_digits(s, style)
    pre = R.choice(["sure it's ", "yeah ", "okay um ", "", "my social is "])
    return [A("and for verification can i get your social security number"),
            C(pre, S(txt, "SSN", s))], "call/%s: ssn spoken, %s style" % (R.choice(INDUSTRIES_US), style)


def ssn_split():
    s = gen_ssn()
    turns = [A("i'll need the full social please"),
             C("okay ", S(say_digits(s[:3], "single"), "SSN", s, "part")), A(ack()),
             C(S(say_digits(s[3:5], R.choice(["single", "pairs"])), "SSN", s, "part")), A(ack()),
             C(S(say_digits(s[5:], R.choice(["single", "pairs", "runs"])), "SSN", s, "part"))]
    return turns, "call/%s: ssn split 3-2-4 over three turns" % R.choice(INDUSTRIES_US)


def ssn_last4_and_full():
    s = gen_ssn()
    turns = [A("can you confirm the last four of your social"),
             C(S(say_digits(s[5:], "single"), "SSN", s, "part")),
             A("thanks and i actually need the whole number for this form"),
             C(S(say_digits(s, "single"), "SSN", s), " and my zip is ",
               S(say_digits(z := digits(5, True), "single"), "POSTCODE", z))]
    return turns, "call/healthcare billing: ssn last four then full, zip in same turn"


def ssn_readback():
    s = gen_ssn()
    turns = [A("your social please"),
             C(S(say_digits(s, "runs"), "SSN", s)),
             A("so that's ", S(" ".join([say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:])]), "SSN", s), " correct"),
             C("correct")]
    return turns, "call/banking: ssn read back by agent"


def ssn_correction():
    s = gen_ssn()
    bad = s[:5] + s[6] + s[5] + s[7:]
    turns = [A("social security number"),
             C(S(say_digits(bad, "single"), "SSN", s, "loose"), " wait no i swapped two ",
               S(say_digits(s, "single"), "SSN", s)),
             A("okay no worries")]
    return turns, "call/insurance: ssn said with transposition then corrected (both labelled)"


def ssn_chat_with_noise():
    s = gen_ssn()
    txt = R.choice(["%s-%s-%s", "%s %s-%s", "%s%s-%s"]) % (s[:3], s[3:5], s[5:])
    return [A("What's the best way to verify you?"),
            C("I called yesterday at 3:45pm about claim 448120 and they said to send ssn ",
              S(txt, "SSN", s), " and my balance of $1,240.17 is wrong")], \
        "chat/insurance: ssn alongside time, claim number and amount"


def ssn_spelled_phone_hybrid():
    s = gen_ssn()
    txt = "%s %s %s" % (s[:3], s[3:5], s[5:])
    return [A("please provide your social"),
            C("sure, ", S(txt, "SSN", s), " - and i'm 42 years old if that matters")], \
        "chat/government services: ssn space-grouped with age nearby"


# ---- NI templates

def ni_typed():
    n = gen_ni()
    form = R.choice(["spaced", "compact", "lower", "dash", "pairs_nospace"])
    if form == "spaced":
        txt = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif form == "compact":
        txt = n
    elif form == "lower":
        txt = n.lower() if R.random() < 0.5 else "%s %s %s" % (n[:2].lower(), n[2:8], n[8].lower())
    elif form == "dash":
        txt = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        txt = "%s%s %s%s" % (n[:2], n[2:5], n[5:8], n[8])
    pre = R.choice(["NI number is ", "my national insurance no. ", "NINO: ", "ni ", "its "])
    return [A("Can you give me your National Insurance number please?"),
            C(pre, S(txt, "NI_NUMBER", n), R.choice(["", " cheers", " x", "."]))], \
        "chat/government services: NI number typed (%s)" % form


def say_ni(n, lmode=None, dstyle=None):
    parts = [say_letter(n[0], lmode), say_letter(n[1], lmode)]
    dstyle = dstyle or R.choice(["single", "pairs", "runs"])
    parts.append(say_digits(n[2:8], dstyle))
    parts.append(say_letter(n[8], lmode))
    return " ".join(parts)


def ni_spoken():
    n = gen_ni()
    lm = R.choice(["for", "nato", "homo", "plain"])
    txt = say_ni(n, lm)
    return [A("and your national insurance number please"),
            C(R.choice(["yeah it's ", "okay ", "right so ", ""]), S(txt, "NI_NUMBER", n),
              R.choice(["", " i think", " yeah"]))], \
        "call/%s: NI spoken in one turn, letters as %s" % (R.choice(INDUSTRIES_UK), lm)


def ni_split():
    n = gen_ni()
    lm = R.choice(["for", "nato", "homo", "plain"])
    turns = [A("what's your national insurance number"),
             C(S(say_letter(n[0], lm) + " " + say_letter(n[1], lm), "NI_NUMBER", n, "part")),
             A(ack()),
             C(S(say_digits(n[2:5], "single"), "NI_NUMBER", n, "part")),
             A(ack()),
             C(S(say_digits(n[5:8], "single"), "NI_NUMBER", n, "part")),
             A("and the letter at the end"),
             C(S(say_letter(n[8], lm), "NI_NUMBER", n, "part"))]
    return turns, "call/government services: NI split letters/digits/suffix over four turns"


def ni_correction():
    n = gen_ni()
    turns = [A("national insurance number"),
             C(S(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain"), "NI_NUMBER", n, "part"),
               " sorry ", S(say_letter(n[0], "for") + " " + say_letter(n[1], "for"), "NI_NUMBER", n, "part"),
               " then ", S(say_digits(n[2:8], "pairs") + " " + say_letter(n[8], "homo"), "NI_NUMBER", n, "part")),
             A("let me read that back ", S(say_ni(n, "nato", "single"), "NI_NUMBER", n)),
             C("that's right")]
    return turns, "call/banking: NI letters repeated with 'for' clarification, agent reads back in nato"


def ni_with_dob():
    n = gen_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2003)
    dob = "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(str(y)))
    turns = [A("can i take your date of birth and national insurance number"),
             C("date of birth is ", S(dob, "DOB", "%02d%02d%d" % (d, m, y)), " and national insurance ",
               S(say_ni(n), "NI_NUMBER", n))]
    return turns, "call/government services: DOB and NI in the same turn"


def ni_chat_messy():
    n = gen_ni()
    txt = R.choice(["%s %s %s %s %s", "%s%s%s%s %s", "%s %s%s%s%s"]) % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if R.random() < 0.5:
        txt = txt.lower()
    return [C("hiya, need to update my tax code, paid £1,250.00 last month on 3rd june, ni ",
              S(txt, "NI_NUMBER", n), " ref 20934")], \
        "chat/government services: NI with amount, non-birth date and a reference nearby"


def ni_double_digits():
    n = gen_ni()
    n = n[:2] + n[2] + n[2] + n[4:]   # force a repeated digit
    n = n[:9]
    return [A("national insurance number"),
            C("it's ", S(say_ni(n, R.choice(["for", "homo"]), "runs"), "NI_NUMBER", n))], \
        "call/insurance: NI with 'double' digits"


def ni_odd_typed():
    n = gen_ni()
    sep = R.choice([".", "/", "_", " . "])
    txt = sep.join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    if R.random() < 0.5:
        txt = txt.lower()
    return [A("Thanks for waiting. What's your NI number?"),
            C("sorry typing on my phone ", S(txt, "NI_NUMBER", n), " and i work 37.5 hrs a week")], \
        "chat/government services: NI with odd separator %r, hours nearby" % sep


def ssn_homophone():
    s = gen_ssn()
    words = []
    for ch in s:
        if ch == "4" and R.random() < 0.6:
            words.append("for")
        elif ch == "2" and R.random() < 0.6:
            words.append("to")
        elif ch == "8" and R.random() < 0.4:
            words.append("ate")
        else:
            words.append(say_digit(ch))
    return [A("i just need your social to pull up the policy"),
            C("it's ", S(" ".join(words), "SSN", s), " and the policy started in twenty nineteen")], \
        "call/insurance: ssn with asr homophones (for/to/ate), non-birth year after"


def ni_homophone_digits():
    n = gen_ni()
    d = " ".join("for" if c == "4" and R.random() < 0.6 else ("to" if c == "2" and R.random() < 0.6 else say_digit(c)) for c in n[2:8])
    txt = "%s %s %s %s" % (say_letter(n[0], "homo"), say_letter(n[1], "homo"), d, say_letter(n[8], "homo"))
    return [A("can i take your national insurance number"),
            C("yeah ", S(txt, "NI_NUMBER", n))], \
        "call/government services: NI with homophone letters and digits (see/bee/for/to)"


# ---- other types

def bank_uk():
    acct = digits(8)
    sc = digits(6, True)
    style = R.choice(["typed", "spoken", "split"])
    if style == "typed":
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [A("Which account should the refund go to?"),
                 C("sort code ", S(sct, "SORT_CODE", sc), R.choice([" acc ", ", account no. ", " a/c "]),
                   S(acct, "BANK_ACCOUNT", acct))]
    elif style == "spoken":
        turns = [A("can i take the sort code"),
                 C(S(" ".join(say_pair(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE", sc)),
                 A("and the account number"),
                 C(S(say_digits(acct, R.choice(["single", "runs"])), "BANK_ACCOUNT", acct))]
    else:
        turns = [A("sort code and account number please"),
                 C("sort code is ", S(say_digits(sc, "single"), "SORT_CODE", sc), " and the account is ",
                   S(say_digits(acct[:4], "single"), "BANK_ACCOUNT", acct, "part")),
                 A(ack()),
                 C(S(say_digits(acct[4:], "pairs"), "BANK_ACCOUNT", acct, "part"))]
    return turns, "%s/banking: UK sort code and account (%s)" % ("chat" if style == "typed" else "call", style)


def bank_us():
    acct = digits(R.choice([10, 11, 12]), True)
    routing_note = R.random() < 0.5
    turns = [A("what account number should we debit"),
             C(R.choice(["it's ", "checking account ", ""]), S(say_digits(acct, R.choice(["single", "runs"])), "BANK_ACCOUNT", acct),
               " and the payment is two hundred and ten dollars" if routing_note else "")]
    return turns, "call/healthcare billing: US bank account spoken, amount after"


def iban_case():
    ib = gen_iban()
    style = R.choice(["typed", "typed", "spoken"])
    if style == "typed":
        txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if R.random() < 0.7 else ib
        if R.random() < 0.3:
            txt = txt.lower()
        turns = [A("Please send the IBAN for the transfer."),
                 C("IBAN: ", S(txt, "IBAN", ib), R.choice(["", " (euro acct)", " thanks"]))]
    else:
        parts = []
        for ch in ib:
            if ch == "O":
                parts.append(R.choice(["oscar", "o for oscar"]))
            else:
                parts.append(say_letter(ch, R.choice(["for", "nato", "plain"])) if ch.isalpha() else say_digit(ch))
        turns = [A("can you read me the iban"),
                 C("okay ", S(" ".join(parts), "IBAN", ib))]
    return turns, "%s/travel: IBAN %s" % ("chat" if style == "typed" else "call", style)


def phone_case():
    kind = R.choice(["uk_mob", "uk_intl", "us", "us_intl", "ie", "spoken_uk", "spoken_us", "split"])
    if kind == "uk_mob":
        d = "07" + digits(9)
        txt = R.choice([d, d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:]])
    elif kind == "uk_intl":
        d = "447" + digits(9)
        txt = R.choice(["+44 7%s %s" % (d[3:6], d[6:]), "+447%s" % d[3:], "0044 7%s %s" % (d[3:6], d[6:])])
        if txt.startswith("00"):
            d = "00" + d
    elif kind == "us":
        d = digits(3, True) + digits(7, True)
        txt = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (d[:3], d[3:6], d[6:])
    elif kind == "us_intl":
        d = "1" + digits(3, True) + digits(7, True)
        txt = "+1 %s %s %s" % (d[1:4], d[4:7], d[7:])
    elif kind == "ie":
        d = "08" + R.choice("3567") + digits(7)
        txt = R.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), "+353 %s %s %s" % (d[1:3], d[3:6], d[6:])])
        if txt.startswith("+"):
            d = "353" + d[1:]
    elif kind == "spoken_uk":
        d = "07" + digits(9)
        txt = say_digits(d[:5], "single") + " " + say_digits(d[5:], R.choice(["runs", "pairs", "single"]))
    elif kind == "spoken_us":
        d = digits(3, True) + digits(7, True)
        txt = say_digits(d[:3], "single") + " " + say_digits(d[3:6], "single") + " " + say_digits(d[6:], R.choice(["pairs", "single"]))
    else:
        d = "07" + digits(9)
        return [A("best number to reach you on"),
                C(S(say_digits(d[:5], "single"), "PHONE", d, "part")), A(ack()),
                C(S(say_digits(d[5:], "runs"), "PHONE", d, "part"), " after six pm is best")], \
            "call/utilities: phone split over two turns, time mentioned after"
    chat = kind in ("uk_mob", "uk_intl", "us", "us_intl", "ie")
    turns = [A("What's the best contact number?" if chat else "what's a good number to call you back on"),
             C(R.choice(["", "call me on ", "it's ", "mobile "]), S(txt, "PHONE", d))]
    return turns, "%s/telecom: phone %s" % ("chat" if chat else "call", kind)


def email_case():
    f, l, dom = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l])
    e = local + "@" + dom
    style = R.choice(["typed", "spoken", "spoken"])
    if style == "typed":
        txt = e if R.random() < 0.7 else e.replace("@", " @ ")
        turns = [A("What email should we send the receipt to?"), C("pls use ", S(txt, "EMAIL", e))]
    else:
        def sp(s):
            out = []
            for chunk in re.split(r"([._@])", s):
                if chunk == ".":
                    out.append("dot")
                elif chunk == "_":
                    out.append("underscore")
                elif chunk == "@":
                    out.append("at")
                elif chunk:
                    m = re.match(r"([a-z]+)(\d*)", chunk)
                    w = m.group(1)
                    out.append(w if len(w) > 1 else w)
                    if m.group(2):
                        out.append(say_digits(m.group(2), "single"))
            return " ".join(out)
        txt = sp(e)
        turns = [A("and an email address for the confirmation"),
                 C("yeah it's ", S(txt, "EMAIL", e), R.choice(["", " all lower case", " thanks"]))]
    return turns, "%s/%s: email %s" % ("chat" if style == "typed" else "call", R.choice(INDUSTRIES_UK), style)


def dob_case():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005)
    canon = "%02d%02d%d" % (d, m, y)
    style = R.choice(["typed_uk", "typed_us", "spoken_ord", "spoken_num", "spoken_us"])
    if style == "typed_uk":
        txt = R.choice(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d"]) % (d, m, y)
    elif style == "typed_us":
        txt = "%02d/%02d/%d" % (m, d, y)
    elif style == "spoken_ord":
        txt = "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(str(y)))
    elif style == "spoken_num":
        txt = "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(str(y)))
    else:
        txt = "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(str(y)))
    chat = style.startswith("typed")
    turns = [A("Can you confirm your date of birth?" if chat else "can i take your date of birth"),
             C(R.choice(["", "it's ", "born "]), S(txt, "DOB", canon),
               R.choice(["", " and my appointment is on the 14th", " i'm %d now" % (2026 - y)]))]
    return turns, "%s/healthcare billing: DOB %s" % ("chat" if chat else "call", style)


def address_case():
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    country = R.choice(["uk", "us"])
    style = R.choice(["typed", "spoken"])
    if country == "uk":
        pc = gen_uk_pc()
        pcn = pc.replace(" ", "")
        pcsp = " ".join(say_letter(ch, R.choice(["plain", "homo", "for"])) if ch.isalpha() else say_digit(ch) for ch in pcn)
        town = R.choice(["leeds", "bristol", "manchester", "cardiff", "glasgow"])
    else:
        pc = digits(5, True)
        pcn = pc
        pcsp = say_digits(pc, "single")
        town = R.choice(["austin", "denver", "columbus", "portland", "tampa"])
    if style == "typed":
        addr = "%d %s" % (num, st.title() if R.random() < 0.6 else st)
        turns = [A("Please confirm the delivery address."),
                 C(S(addr, "ADDRESS", addr), ", %s " % town.title(), S(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", pcn))]
    else:
        n = "%d" % num
        nsp = say_digits(n, "single") if len(n) == 3 and R.random() < 0.5 else (say_pair(n) if len(n) == 2 else (UNITS[int(n)] if len(n) == 1 else UNITS[int(n[0])] + " hundred" + ("" if n[1:] == "00" else " and " + (UNITS[int(n[2])] if n[1] == "0" else say_pair(n[1:])))))
        addr = nsp + " " + st
        turns = [A("and the first line of your address"),
                 C(S(addr, "ADDRESS", addr)),
                 A("and the postcode" if country == "uk" else "and the zip code"),
                 C(S(pcsp, "POSTCODE", pcn))]
    return turns, "%s/%s: %s address and %s" % ("chat" if style == "typed" else "call",
                                                R.choice(["retail", "utilities", "insurance"]),
                                                country, "postcode" if country == "uk" else "zip")


def cvv_exp_case():
    cvv = digits(3)
    m, y = R.randint(1, 12), R.randint(26, 31)
    style = R.choice(["chat", "call"])
    if style == "chat":
        turns = [A("Expiry date and CVV please"),
                 C("exp ", S("%02d/%d" % (m, 2000 + y) if R.random() < 0.5 else "%02d/%02d" % (m, y), "EXPIRY", "%02d%02d" % (m, y)),
                   " cvv ", S(cvv, "CVV", cvv))]
    else:
        turns = [A("when does the card expire"),
                 C(S((say_digit(str(m)) if m < 10 else TEENS[m - 10]) + " " + say_pair("%02d" % y), "EXPIRY", "%02d%02d" % (m, y))),
                 A("and the three digits on the back"),
                 C(S(say_digits(cvv, R.choice(["single", "runs"])), "CVV", cvv), " um yeah")]
    return turns, "%s/retail: expiry and cvv" % style


POS_TEMPLATES = [
    (card_typed, 3), (card_spoken_one, 3), (card_split, 2), (card_correction, 1), (card_readback, 1),
    (card_chat_split, 1), (card_full_details_call, 2), (card_homophone, 1), (card_with_fillers, 1), (card_mixed_sep, 1), (card_agent_interrupt, 1),
    (ssn_typed, 2), (ssn_spoken, 3), (ssn_split, 1), (ssn_last4_and_full, 1), (ssn_readback, 1),
    (ssn_correction, 1), (ssn_spoken_dash, 1), (ssn_chat_with_noise, 1), (ssn_spelled_phone_hybrid, 1),
    (ni_typed, 3), (ni_spoken, 3), (ni_split, 1), (ni_correction, 1), (ni_with_dob, 1),
    (ni_chat_messy, 1), (ni_double_digits, 1), (ni_odd_typed, 1), (ni_homophone_digits, 1), (ssn_homophone, 1), (cvv_exp_case, 1),
    (bank_uk, 5), (bank_us, 2), (iban_case, 5), (phone_case, 5), (email_case, 5), (dob_case, 5),
    (address_case, 6), (cvv_exp_case, 1),
]

# ---------------------------------------------------------------- negatives


def neg_cases():
    out = []

    def money():
        a = R.randint(10, 999)
        c = R.randint(0, 99)
        return R.choice(["£%d.%02d" % (a, c), "$%d.%02d" % (a, c), "€%d" % a,
                         "%s pounds %s" % (say_pair(str(a)[-2:]) if a >= 10 and str(a)[-2] != "0" else UNITS[a % 10] if a % 10 else "ten", say_pair("%02d" % c) if c >= 10 else "")])

    gens = []

    def g1():
        o = digits(R.choice([6, 7, 8]), True)
        return [A("do you have your order number"), C("yes it's order number %s" % say_digits(o, "single"))], \
            "call/retail: order number spoken digit by digit"
    gens.append(g1)

    def g2():
        return [C("Hi, ticket #%s was closed but I was charged %s on %d %s" % (digits(7, True), money(), R.randint(1, 28), R.choice(["March", "Oct", "july"])))], \
            "chat/telecom: ticket number, amount, non-birth date"
    gens.append(g2)

    def g3():
        return [A("your appointment is on the %s of %s at %s thirty" % (R.choice(ORD), R.choice(MONTHS), R.choice(UNITS[1:]))),
                C("great and how long will it take"), A("about forty five minutes")], \
            "call/healthcare billing: appointment date and time, duration"
    gens.append(g3)

    def g4():
        fl = R.choice(["BA", "EI", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
        return [C("my flight %s lands at %02d:%02d, can I change seat to row %d?" % (fl, R.randint(0, 23), R.randint(0, 59), R.randint(1, 40)))], \
            "chat/travel: flight number, time, row number"
    gens.append(g4)

    def g5():
        r = digits(6)
        return [A("your meter reading please"), C("it says %s" % say_digits(r, "single")),
                A("thanks that's %s units used this quarter" % say_digits(digits(3, True), "pairs"))], \
            "call/utilities: meter reading spoken digits (not PII)"
    gens.append(g5)

    def g6():
        return [C("the balance on my account is %s and i was told i'd get %d%% off for %d months" % (money(), R.choice([10, 15, 20, 25]), R.choice([6, 12, 24])))], \
            "chat/banking: balance, percentage, duration"
    gens.append(g6)

    def g7():
        y = R.randint(1995, 2025)
        return [A("when did your contract start"), C("back in %s i think around %s" % (say_year(str(y)), R.choice(MONTHS))),
                A("okay and you've been with us %s years" % UNITS[R.randint(2, 9)])], \
            "call/telecom: contract start year spoken (not DOB)"
    gens.append(g7)

    def g8():
        return [C("Claim ref CLM-%s, the car is a %d model, I was doing %d mph" % (digits(8, True), R.randint(2005, 2024), R.randint(20, 70)))], \
            "chat/insurance: claim reference, model year, speed"
    gens.append(g8)

    def g9():
        inv = digits(R.choice([8, 9, 10]), True)
        return [A("have you got the invoice number"), C("invoice number %s" % inv),
                A("lovely and that was for %s" % money())], \
            "chat/utilities: invoice number up to 10 digits with its reference word"
    gens.append(g9)

    def g10():
        return [C("the router model is %s-%d and it restarts every %d minutes at %d degrees" % (R.choice(["TG", "HG", "VMDG"]), R.randint(100, 9999), R.randint(2, 59), R.randint(20, 45)))], \
            "chat/telecom: model number, duration, temperature"
    gens.append(g10)

    def g11():
        room = R.randint(100, 999)
        return [A("which room are you staying in"), C("room %s" % say_digits(str(room), "single")),
                A("and checkout is at eleven"), C("and i'm checking out on the %s" % R.choice(ORD))], \
            "call/travel: room number spoken, checkout time and date"
    gens.append(g11)

    def g12():
        ref = digits(R.choice([8, 9, 10]), True)
        return [A("what's the reference number on the letter"),
                C("reference %s" % say_digits(ref, R.choice(["single", "pairs", "runs"]))), A("thank you")], \
            "call/government services: reference number spoken (with reference word)"
    gens.append(g12)

    def g13():
        return [C("i paid %s on the %s of %s and another %s two weeks later" % (money(), R.choice(ORD), R.choice(MONTHS), money()))], \
            "call/banking: payment dates and amounts"
    gens.append(g13)

    def g14():
        return [A("how many units do you want"), C("%s please at %s each" % (R.choice(["twelve", "forty", "a hundred", "three"]), money())),
                A("that'll arrive in %d to %d working days" % (R.randint(2, 4), R.randint(5, 9)))], \
            "call/retail: quantities, prices, delivery window"
    gens.append(g14)

    def g15():
        return [C("my son is %d and my daughter is %d, we want the family plan for %s a month" % (R.randint(3, 17), R.randint(3, 17), money()))], \
            "chat/telecom: ages and price"
    gens.append(g15)

    def g16():
        return [A("the total comes to %s including vat at twenty percent" % say_digits(digits(3, True), "pairs")),
                C("and how much was the delivery"), A("four ninety nine")], \
            "call/retail: spoken prices"
    gens.append(g16)

    def g17():
        y = R.randint(1960, 2010)
        return [C("we bought the house in %d and the boiler was fitted in %d" % (y, y + R.randint(1, 12)))], \
            "chat/insurance: years that are not dates of birth"
    gens.append(g17)

    def g18():
        pnr = digits(6, True)
        return [A("booking reference please"), C("booking reference is %s" % pnr),
                A("you're on the %02d:%02d departure gate %d" % (R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 60)))], \
            "chat/travel: booking reference, departure time, gate"
    gens.append(g18)

    def g19():
        return [A("i can see %s payments missed the last one was %s" % (UNITS[R.randint(2, 5)], money())),
                C("yeah i lost my job in %s" % R.choice(MONTHS)), A("i'm sorry to hear that")], \
            "call/banking: counts, amount, month"
    gens.append(g19)

    def g20():
        return [C("download speed is %d.%d Mbps but I pay for %d, case number %s" % (R.randint(1, 80), R.randint(0, 9), R.choice([100, 500, 900]), digits(8, True)))], \
            "chat/telecom: speeds and case number"
    gens.append(g20)

    def g21():
        o = digits(R.choice([7, 8, 9]), True)
        return [A("and the order number"),
                C("order number %s" % say_digits(o[:4], "single")), A("mhm"), C("%s" % say_digits(o[4:], "single")),
                A("thanks that order shipped on the %s" % R.choice(ORD))], \
            "call/retail: order number split over two turns (not PII)"
    gens.append(g21)

    def g22():
        return [C("extension %d please, i was on hold for %d minutes and the call cost %s" % (R.randint(100, 9999), R.randint(10, 59), money()))], \
            "chat/utilities: extension, duration, amount"
    gens.append(g22)

    for i in range(110):
        out.append(gens[i % len(gens)]())
    return out


# ---------------------------------------------------------------- generate / check


def generate():
    cases = []
    weighted = []
    for fn, w in POS_TEMPLATES:
        weighted += [fn] * w
    pos = []
    i = 0
    while len(pos) < 230:
        fn = weighted[i % len(weighted)]
        i += 1
        turns, note = fn()
        pos.append((turns, note))
    for k, (turns, note) in enumerate(pos, 1):
        cases.append(build("h199-pos-%03d" % k, "positive", turns, note))
    for k, (turns, note) in enumerate(neg_cases(), 1):
        cases.append(build("h199-neg-%03d" % k, "negative", turns, note))
    return cases


def public(case):
    c = dict(case)
    c["spans"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in case["spans"]]
    return c


def dump(cases):
    return "".join(json.dumps(public(c), ensure_ascii=False) + "\n" for c in cases)


def validate_value(typ, text, canon, mode):
    if typ == "EMAIL":
        t = text.lower()
        t = re.sub(r"\bunderscore\b", "_", t)
        t = re.sub(r"\s*\bdot\b\s*", ".", t)
        t = re.sub(r"\s*\bat\b\s*", "@", t)
        for w, d in WORD2D.items():
            if len(w) > 2 and w not in ("for", "to", "too", "won", "ate", "fore", "nil"):
                t = re.sub(r"\b%s\b" % w, d, t)
        t = t.replace(" ", "")
        return t == canon and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", t) is not None
    if typ == "ADDRESS":
        return re.search(r"\b(avenue|road|street|drive|lane|crescent|close|boulevard|court|way|terrace|view|place)\b", text.lower()) is not None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = normalise(text, letters=letters)
    if mode == "loose":
        return len(n) == len(canon) or (len(n) > 0 and len(n) <= len(canon))
    if mode == "part":
        ok = n in canon and len(n) > 0
    else:
        ok = n == canon
    if not ok:
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(canon) is not None
    if typ == "SSN":
        return re.fullmatch(r"\d{9}", canon) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", canon) is not None
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", canon) is not None
    if typ == "PHONE":
        return re.fullmatch(r"\d{10,14}", canon) is not None
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{8,12}", canon) is not None
    if typ == "POSTCODE":
        return UK_PC.fullmatch(canon) is not None or re.fullmatch(r"\d{5}(\d{4})?", canon) is not None
    if typ == "EXPIRY":
        return re.fullmatch(r"(0[1-9]|1[0-2])\d\d", canon) is not None
    if typ == "DOB":
        return re.fullmatch(r"(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(19|20)\d\d", canon) is not None
    return False


def dob_norm(text):
    t = text.lower()
    for i, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " %s " % say_pair("%02d" % (i + 1)), t)
    for i, o in reversed(list(enumerate(ORD))):
        t = re.sub(r"\b%s\b" % o, " %s " % say_pair("%02d" % (i + 1)), t)
    t = re.sub(r"\bthe\b|\bof\b", " ", t)
    t = t.replace("two thousand and ", "twenty oh ").replace("twenty oh twenty", "twenty twenty")
    t = t.replace("twenty oh ten", "twenty ten").replace("twenty oh eleven", "twenty eleven")
    return t


def check(cases):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        if c["id"] in ids:
            problems.append("duplicate id %s" % c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append("%s: negative with spans" % c["id"])
        else:
            npos += 1
            if not c["spans"]:
                problems.append("%s: positive without spans" % c["id"])
        last = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s: offsets out of range" % c["id"]); continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                problems.append("%s: span not on word boundary %r" % (c["id"], txt[a:b]))
            if not ((txt[a].isalnum() or txt[a] in "+(") and txt[b - 1].isalnum()):
                problems.append("%s: span edge not alnum %r" % (c["id"], txt[a:b]))
            if s["turn"] in last and last[s["turn"]] > a:
                problems.append("%s: overlapping spans" % c["id"])
            last[s["turn"]] = b
            if s["type"] not in counts:
                problems.append("%s: bad type %s" % (c["id"], s["type"])); continue
            counts[s["type"]] += 1
            span_text = txt[a:b]
            if s["type"] in ("DOB", "EXPIRY"):
                t2 = dob_norm(span_text) if s["type"] == "DOB" else span_text.lower()
                if s["type"] == "EXPIRY":
                    for i, m in enumerate(MONTHS):
                        t2 = re.sub(r"\b%s\b" % m, say_pair("%02d" % (i + 1)), t2)
                    t2 = re.sub(r"\btwenty (?=twenty|thirty)", "", t2)
                    t2 = re.sub(r"\b20(?=\d\d\b)", "", t2)
                n = normalise(t2)
                canon = s["_canon"]
                if s["type"] == "EXPIRY" and len(n) == 3:
                    n = "0" + n
                if s["type"] == "DOB" and re.fullmatch(r"\d{8}", n) and n != canon:
                    # US order mm/dd/yyyy
                    if n[2:4] + n[:2] + n[4:] == canon:
                        n = canon
                if s["type"] == "DOB" and re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", span_text):
                    d, m, y = span_text.split(".")
                    n = "%02d%02d%s" % (int(d), int(m), y)
                if s["_mode"] == "part":
                    good = n and n in canon
                else:
                    good = n == canon
                if not good or not validate_value(s["type"], canon, canon, "full"):
                    problems.append("%s: %s value fails validation %r -> %r (canon %r)" % (c["id"], s["type"], span_text, n, canon))
            elif not validate_value(s["type"], span_text, s["_canon"], s["_mode"]):
                problems.append("%s: %s value fails validation %r -> %r (canon %r)" % (
                    c["id"], s["type"], span_text, normalise(span_text, s["type"] in ("NI_NUMBER", "IBAN", "POSTCODE")), s["_canon"]))
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("type %s has only %d spans (< %d)" % (t, counts[t], MIN_SPANS[t]))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h199

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures
and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the benchmark or any other PII fixture; only a
three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout199.py` from template functions: every turn is assembled from
plain-text segments and labelled (value, TYPE) segments, so offsets are computed, never
typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout199.py --check` regenerates, compares and
validates (ids, offsets, word boundaries, no overlap, Luhn / mod-97 / NI shape / digit
counts / postcode shapes after normalising spoken forms).

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit word. Lead-ins
  ("it's", "my card number is", "sort code") and trailing chit-chat are outside.
  Exception: a leading "+" or "(" of a typed phone number is inside the PHONE span.
* Filler words *inside* a reading (um, uh, sorry between groups) are inside the span.
* A value split across several customer turns is labelled as one span per turn, each
  with the full value's type.
* Self-corrections: both the wrong attempt and the corrected value are labelled
  (the wrong attempt is still the caller's PII); the words "no sorry"/"wait no i swapped
  two" between them are outside the spans.
* A value read back by the agent is labelled too.
* Partial values are labelled with the full value's type (e.g. the last four digits of
  an SSN given for verification, a card group repeated after an interruption).
* NI numbers include their prefix letters and suffix letter, however spelled
  ("j for juliet", nato words, homophones like "see", "bee", "kay").
* Expiry spans cover month and year; DOB spans cover the whole date phrase
  (including "the ... of ..." for ordinal forms).
* ADDRESS is the house number plus street name; town and postcode are not in the
  ADDRESS span (postcode/ZIP is its own POSTCODE span).
* E-mails spoken as "j dot doe at gmail dot com" are labelled whole.
* Negatives contain lookalikes only (amounts, times, durations, years, non-birth dates,
  order/ticket/claim/invoice/reference numbers with their reference word, flight, room,
  model, meter readings, speeds, ages, temperatures, balances) and have no spans.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    text = dump(cases)
    problems, counts, npos, nneg = check(cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUTDIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
