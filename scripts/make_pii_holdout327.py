#!/usr/bin/env python3
"""Generate the pii_holdout327 held-out PII redaction evaluation set.

Standard library only; one RNG: random.Random(327241125).
Usage:  python scripts/make_pii_holdout327.py          # write the fixture
        python scripts/make_pii_holdout327.py --check  # regenerate + validate
Every turn is assembled from plain-text segments and labelled value segments,
so all offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout327")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(327241125)

UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "f": "freddie",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
FILL = ["um", "uh", "er", "erm"]


# ----------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    # sprinkle repeats so double/triple readings occur
    if R.random() < 0.5:
        i = R.randrange(len(pre), len(body) - 2)
        body = body[:i] + body[i] * 2 + body[i + 2:]
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(x):
    x = x.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", x):
        return False
    s = x[4:] + x[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country):
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
        country = "ES"
    return country + iban_check(country, bban) + bban


def make_phone(loc):
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if loc == "UK":
        k = R.choice(["mob", "mob", "ldn", "geo"])
        if k == "mob":
            nat = ["07" + dg(3), dg(6)]
        elif k == "ldn":
            nat = ["020", dg(4), dg(4)]
        else:
            nat = ["01" + dg(3), dg(6)]
        return nat, "44"
    if loc == "US":
        return [str(R.randint(201, 989)), str(R.randint(200, 989)), dg(4)], "1"
    if loc == "IE":
        return ["08" + R.choice("35679"), dg(3), dg(4)], "353"
    cc = R.choice(["49", "33", "34", "31"])
    return ["0" + dg(3), dg(3), dg(4)], cc


FIRST = ["james", "sarah", "priya", "liam", "aoife", "mohammed", "chloe", "daniel", "niamh",
         "kwame", "sofia", "tom", "grace", "oisin", "hannah", "raj", "emily", "lukas", "ines",
         "marcus", "zoe", "callum", "fatima", "declan", "megan", "pieter", "lucy", "ahmed"]
LAST = ["smith", "okafor", "patel", "murphy", "kowalski", "brennan", "jones", "garcia",
        "walsh", "nguyen", "taylor", "byrne", "schmidt", "dubois", "khan", "hughes", "reilly",
        "fraser", "clarke", "mensah", "kelly", "evans", "jansen", "rossi", "doyle"]
DOMAINS = [["gmail", "com"], ["yahoo", "co", "uk"], ["hotmail", "com"], ["outlook", "com"],
           ["icloud", "com"], ["btinternet", "com"], ["eircom", "net"], ["aol", "com"],
           ["protonmail", "com"], ["sky", "com"], ["web", "de"], ["orange", "fr"]]
STREETS = ["elm road", "kingsway", "station road", "church lane", "victoria street",
           "maple avenue", "high street", "oak drive", "mill lane", "grove terrace",
           "park crescent", "main street", "willow close", "harbour view", "cedar court",
           "lincoln boulevard", "birch way", "o'connell street", "beechwood park",
           "sycamore place", "riverside walk", "quarry hill"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "norwich", "york"]
TOWNS_US = ["austin", "denver", "columbus", "portland", "tampa", "raleigh"]
TOWNS_IE = ["cork", "galway", "limerick", "dublin 8", "sligo"]


def make_uk_postcode():
    area = R.choice(["SW", "NW", "E", "N", "LS", "M", "B", "BS", "CF", "G", "NR", "YO", "EH",
                     "SE", "W", "EC", "L", "S"])
    dist = str(R.randint(1, 19))
    if R.random() < 0.15 and area in ("SW", "W", "EC"):
        dist = str(R.randint(1, 9)) + R.choice("ABW")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def make_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


# ----------------------------------------------------------------- speech
def zero_word(loc):
    if loc == "UK":
        return R.choice(["oh", "oh", "nought", "zero", "o"])
    if loc == "EU":
        return R.choice(["zero", "zero", "oh"])
    return R.choice(["oh", "oh", "zero", "o"])


def dw(c, loc):
    return zero_word(loc) if c == "0" else UNIT_W[int(c)]


def say_single(s, loc, multi=True):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if multi and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.6:
            out.append("triple " + dw(c, loc))
            i += 3
        elif multi and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.7:
            out.append("double " + dw(c, loc))
            i += 2
        else:
            out.append(dw(c, loc))
            i += 1
    return " ".join(out)


def say_pair(p, loc):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return ("double " + zero_word(loc)) if b == 0 else zero_word(loc) + " " + UNIT_W[b]
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return TENS_W[a]
    return TENS_W[a] + " " + UNIT_W[b]


def say_hundreds(t, loc):
    h, rest = int(t[0]), t[1:]
    if rest == "00":
        return UNIT_W[h] + " hundred"
    if rest[0] == "0":
        return UNIT_W[h] + " hundred and " + UNIT_W[int(rest[1])]
    return UNIT_W[h] + " hundred " + ("and " if loc != "US" or R.random() < 0.4 else "") + say_pair(rest, loc)


def say_digits(s, loc):
    """Speak a digit chunk in one of several human ways."""
    # avoid genuinely ambiguous renderings such as 'forty' + 'six' (40 6 vs 46)
    opts = ["single", "single"]
    pairs = [s[i:i + 2] for i in range(0, len(s), 2)]
    if len(s) % 2 == 0 and len(s) >= 2 and not any(p[0] >= "2" and p[1] == "0" for p in pairs):
        opts += ["pairs", "pairs"]
    if len(s) == 3 and s[0] != "0" and s[2] != "0":
        opts.append("hund")
    if len(s) == 4 and s[0] != "0" and s[1] != "0":
        opts.append("mix")
    m = R.choice(opts)
    if m == "pairs":
        return " ".join(say_pair(s[i:i + 2], loc) for i in range(0, len(s), 2))
    if m == "hund":
        return say_hundreds(s, loc)
    if m == "mix":
        return say_pair(s[:2], loc) + " " + say_single(s[2:], loc)
    return say_single(s, loc)


def spell_letter(ch):
    ch = ch.lower()
    r = R.random()
    if ch == "o":  # a bare 'o' would be heard as zero
        return R.choice(["o for oscar", "o as in orange", "o for oscar"])
    if r < 0.35:
        return ch + " for " + NATO[ch]
    if r < 0.45 and ch in ALT_SPELL:
        return ch + " as in " + ALT_SPELL[ch]
    return ch


def maybe_fill(p=0.25):
    return (", " + R.choice(FILL) + ", ") if R.random() < p else " "


# ----------------------------------------------------------------- case model
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}  # gid -> (type, role, ref)

    def say(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))

    def group(self, typ, role="full", ref=None):
        gid = "g%d" % len(self.groups)
        self.groups[gid] = (typ, role, ref)
        return gid

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text),
                                  "type": s.typ})
                    meta.append(s.gid)
                    text += s.text
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta, self.groups


INDUSTRY = {
    "banking": ["thanks for calling {b} bank, how can I help", "{b} bank card services, you're through to {a}"],
    "telecom": ["welcome to {b} mobile, {a} speaking", "{b} broadband support, how can I help today"],
    "utilities": ["{b} energy, you're speaking with {a}", "hello, {b} water customer services"],
    "retail": ["hi, thanks for contacting {b} online store", "{b} customer care, {a} here"],
    "insurance": ["{b} insurance claims line, {a} speaking", "good morning, {b} home and motor"],
    "travel": ["{b} airways reservations, how can I help", "thanks for calling {b} holidays"],
    "healthcare billing": ["{b} health billing office, this is {a}", "patient accounts at {b} medical"],
    "government services": ["{b} council tax and benefits, {a} speaking", "{b} motor vehicle services helpline"],
}
BRANDS = ["northgate", "bluewave", "harbour", "summit", "clearline", "evergreen", "atlas",
          "meridian", "lakeside", "pinnacle", "civic", "oakridge"]
BACK = ["mhm", "go on", "yep", "ok", "yeah", "uh huh", "right", "got that", "and the rest?", "ok, next bit?"]


def opener(c, loc, industry, spoken):
    g = R.choice(INDUSTRY[industry]).format(b=R.choice(BRANDS), a=R.choice(FIRST))
    if not spoken:
        g = g[0].upper() + g[1:] + R.choice(["!", ".", " :)", ""])
    c.say("agent", g)


def deliver(c, typ, chunks, sep, spoken, lead, tail="", allow_split=True, allow_restart=True,
            readback=None, frag_type=None):
    """Customer gives a value (chunks), possibly split / with asides / restarts."""
    gid = c.group(typ)
    style = R.random()
    n = len(chunks)
    if spoken and allow_split and n >= 2 and style < 0.3:
        # split over several customer turns with agent back-channels
        k = R.randint(1, n - 1)
        parts = [chunks[:k], chunks[k:]]
        if n >= 3 and R.random() < 0.5:
            k2 = R.randint(k, n - 1)
            if k2 > k:
                parts = [chunks[:k], chunks[k:k2], chunks[k2:]]
        c.say("customer", lead, V(sep.join(parts[0]), typ, gid), R.choice(["", "...", ","]))
        for p in parts[1:]:
            c.say("agent", R.choice(BACK))
            c.say("customer", R.choice(["", "then ", "uh, ", "and ", "it's "]), V(sep.join(p), typ, gid), tail)
        note = "split over turns"
    elif spoken and n >= 2 and style < 0.42:
        k = R.randint(1, n - 1)
        aside = R.choice(["sorry, hang on, the dog's going mad", "hold on let me get my glasses",
                          "wait, I think that's right, yeah", "sorry my kids are shouting",
                          "just a sec, it's on the back of the letter", "one moment, bad signal here"])
        c.say("customer", lead, V(sep.join(chunks[:k]), typ, gid), ", ", aside, ", ",
              V(sep.join(chunks[k:]), typ, gid), tail)
        note = "aside mid-reading"
    elif spoken and allow_restart and n >= 2 and style < 0.55:
        fg = c.group(typ, "frag", gid)
        wrong = chunks[0]
        c.say("customer", lead, V(wrong, typ, fg), R.choice([", no wait, sorry, let me start again, ",
                                                             "... actually hang on, from the top, ",
                                                             " - sorry I've lost my place - ok, "]),
              V(sep.join(chunks), typ, gid), tail)
        note = "restarted reading"
    elif spoken and n >= 2 and style < 0.7:
        inner = sep.join(chunks[:-1]) + ", " + R.choice(FILL) + ", " + chunks[-1]
        c.say("customer", lead, V(inner, typ, gid), tail)
        note = "filler inside reading"
    else:
        c.say("customer", lead, V(sep.join(chunks), typ, gid), tail)
        note = "single turn"
    if readback is not None and R.random() < 0.55:
        rb_chunks, rb_sep = readback
        c.say("agent", R.choice(["so that's ", "let me read that back: ", "just to confirm, ", "I have "]),
              V(rb_sep.join(rb_chunks), typ, c.group(typ)), R.choice([", is that right?", ", correct?", "?"]))
        c.say("customer", R.choice(["yes", "yeah that's it", "correct", "yep, spot on"]))
        note += " + read-back"
    return gid, note


# ------------------------------------------------------------ renderers
def r_card(d, spoken, loc):
    g = card_groups(d)
    if spoken:
        return [say_digits(x, loc) for x in g], R.choice([" ", ", ", " ... "])
    st = R.random()
    if st < 0.15:
        return [d], ""
    if st < 0.25:
        return [d[:5], d[5:10], d[10:]], " "
    return g, R.choice([" ", "-", " ", "  ", "."])


def r_digits_simple(d, sizes, spoken, loc, seps):
    parts, i = [], 0
    for s in sizes:
        parts.append(d[i:i + s])
        i += s
    if spoken:
        return [say_digits(p, loc) for p in parts], R.choice([" ", ", "])
    if R.random() < 0.2:
        return [d], ""
    return parts, R.choice(seps)


def r_ni(v, spoken):
    if spoken:
        return [spell_letter(v[0]) + " " + spell_letter(v[1]), say_digits(v[2:4], "UK"),
                say_digits(v[4:6], "UK"), say_digits(v[6:8], "UK"), spell_letter(v[8])], " "
    w = v.lower() if R.random() < 0.3 else v
    if R.random() < 0.5:
        return [w[:2], w[2:4], w[4:6], w[6:8], w[8]], " "
    return [w], ""


def r_iban(v, spoken, loc):
    if spoken:
        out = [spell_letter(v[0]) + " " + spell_letter(v[1]) + " " + say_digits(v[2:4], loc)]
        rest = v[4:]
        for i in range(0, len(rest), 4):
            g = rest[i:i + 4]
            if g.isdigit():
                out.append(say_digits(g, loc))
            else:
                out.append(" ".join(spell_letter(ch) if ch.isalpha() else dw(ch, loc) for ch in g))
        return out, ", "
    w = v.lower() if R.random() < 0.2 else v
    if R.random() < 0.3:
        return [w], ""
    return [w[i:i + 4] for i in range(0, len(w), 4)], " "


def r_phone(nat, cc, spoken, loc, intl, parens=True):
    """Return (chunks, sep, pre); pre ('+', 'plus', '(') stays outside the span."""
    natp = [nat[0][1:]] + nat[1:] if (intl and loc != "US") else list(nat)
    if spoken:
        parts = [say_digits(p, loc) for p in natp]
        if intl:
            r = R.random()
            if r < 0.6:
                return [say_digits(cc, loc)] + parts, R.choice([" ", ", "]), "plus "
            return ["double " + zero_word(loc) + " " + say_digits(cc, loc)] + parts, R.choice([" ", ", "]), ""
        return parts, R.choice([" ", ", "]), ""
    if intl:
        if R.random() < 0.3:
            return ["00" + cc] + natp, " ", ""
        if loc == "US":
            return [cc, natp[0], natp[1] + "-" + natp[2]], R.choice([" ", "-"]), "+"
        return [cc] + natp, R.choice([" ", "-", " "]), "+"
    if loc == "US":
        if parens and R.random() < 0.4:
            return [nat[0] + ")", nat[1] + "-" + nat[2]], " ", "("
        return nat, R.choice(["-", ".", " "]), ""
    return nat, (R.choice([" ", "", "-"]) if len(nat) == 2 else R.choice([" ", "-"])), ""


def r_email(first, last, num, dom, spoken):
    style = R.randint(0, 4)
    local_parts = {0: [first, ".", last], 1: [first[0], ".", last], 2: [first, "_", last],
                   3: [first, last, num], 4: [last, ".", first[0], num]}[style]
    if not spoken:
        local = "".join(local_parts)
        full = local + "@" + ".".join(dom)
        r = R.random()
        if r < 0.2:
            full = full.upper()
        elif r < 0.45:
            full = full[0].upper() + full[1:]
        return full
    words = []
    for p in local_parts:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p.isdigit():
            words.append(say_digits(p, "UK"))
        elif len(p) == 1:
            words.append(spell_letter(p))
        elif R.random() < 0.2:
            words.append(p + ", that's " + " ".join(p))
        else:
            words.append(p)
    words.append("at")
    words.append(" dot ".join(dom))
    return " ".join(words)


def r_dob(spoken, loc):
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        yr = say_pair(str(y)[:2], loc) + " " + say_pair(str(y)[2:], loc)
        st = R.randint(0, 3)
        if st == 0:
            return ORD[d - 1] + " of " + MONTHS[m - 1] + " " + yr
        if st == 1:
            return MONTHS[m - 1] + " " + ORD[d - 1] + ", " + yr
        if st == 2:
            return ORD[d - 1] + " " + MONTHS[m - 1] + R.choice([", ", " "]) + yr
        a, b = (m, d) if loc == "US" else (d, m)
        return say_digits("%02d" % a, loc) + " " + say_digits("%02d" % b, loc) + " " + say_pair(str(y)[2:], loc)
    st = R.randint(0, 4)
    a, b = (m, d) if loc == "US" else (d, m)
    if st == 0:
        return "%02d/%02d/%d" % (a, b, y)
    if st == 1:
        return "%d.%d.%d" % (a, b, y)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:R.choice([3, 9])].rstrip(), y)
    if st == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    return "%d-%02d-%02d" % (y, m, d)


def r_expiry(spoken, loc):
    m, y = R.randint(1, 12), R.randint(25, 32)
    if spoken:
        st = R.randint(0, 3)
        if st == 0:
            return say_digits("%02d" % m, loc) + " " + say_pair(str(y), loc)
        if st == 1:
            return MONTHS[m - 1] + " twenty " + say_pair(str(y), loc)
        if st == 2:
            return say_digits("%02d" % m, loc) + " slash " + say_digits(str(y), loc)
        return MONTHS[m - 1] + " " + say_pair(str(y), loc)
    st = R.randint(0, 3)
    return ["%02d/%d" % (m, y), "%d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y)][st]


def r_postcode(loc, spoken):
    if loc == "US":
        z = make_zip()
        if spoken:
            return [say_digits(p, "US") for p in z.split("-")], R.choice([" ", " dash "])
        return [z], ""
    o, i = make_uk_postcode()
    if spoken:
        def sp(x):
            return " ".join(spell_letter(ch) if ch.isalpha() else UNIT_W[int(ch)] if ch != "0" else zero_word("UK")
                            for ch in x)
        if R.random() < 0.3 and len(o) >= 3 and o[-2:].isdigit():
            out = " ".join(spell_letter(ch) for ch in o if ch.isalpha()) + " " + TEEN_W[int(o[-1])] if o[-2] == "1" else None
            if out:
                return [out, sp(i)], " "
        return [sp(o), sp(i)], " "
    if R.random() < 0.3:
        return [(o + i).lower() if R.random() < 0.5 else o + i], ""
    return [o.lower() if R.random() < 0.3 else o, i.lower() if R.random() < 0.3 else i], " "


def r_address(spoken, loc):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    if spoken:
        num = say_digits(str(n), loc) if n >= 10 else UNIT_W[n]
        s = num + " " + st
        if flat:
            s = R.choice(["flat ", "apartment ", "unit "]) + UNIT_W[R.randint(1, 9)] + ", " + s
        return s
    s = "%d %s" % (n, st.title() if R.random() < 0.7 else st)
    if R.random() < 0.2:
        s = s.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
    if flat:
        s = R.choice(["Flat ", "Apt ", "Unit ", "flat "]) + str(R.randint(1, 30)) + R.choice([", ", " "]) + s
    return s


# ---------------------------------------------------------------- positives
LOCS = ["UK", "UK", "US", "US", "IE", "EU"]


def industries_for(typ):
    return {"SSN": ["banking", "healthcare billing", "government services", "insurance"],
            "NI_NUMBER": ["government services", "banking", "insurance", "utilities"],
            "SORT_CODE": ["banking", "utilities", "telecom", "insurance"],
            "BANK_ACCOUNT": ["banking", "utilities", "telecom", "insurance", "healthcare billing"],
            "IBAN": ["banking", "travel", "retail", "utilities"]}.get(typ, list(INDUSTRY))


def pos_case(primary):
    loc = {"SSN": "US", "NI_NUMBER": "UK", "SORT_CODE": R.choice(["UK", "UK", "IE"]),
           "IBAN": R.choice(["UK", "IE", "EU", "EU"]),
           "POSTCODE": R.choice(["UK", "US"])}.get(primary, R.choice(LOCS))
    if primary == "BANK_ACCOUNT":
        loc = R.choice(["UK", "US", "IE"])
    industry = R.choice(industries_for(primary))
    spoken = R.random() < 0.62
    c = Case("positive", "")
    opener(c, loc, industry, spoken)
    notes = []
    sm = "ASR call" if spoken else "typed chat"

    def fill_lead(words):
        return (R.choice(["um ", "uh so ", "yeah ", "right, ", ""]) + words) if spoken else words

    if primary == "CARD_NUMBER":
        c.say("customer", "i want to pay the outstanding bill" if spoken else R.choice(
            ["I'd like to pay my bill of %s%d.%02d please" % ({"UK": "£", "US": "$"}.get(loc, "€"), R.randint(9, 400), R.randint(0, 99)),
             "need to update my payment card pls", "pay balance in full", "hi, want to renew my subscription by card"]))
        c.say("agent", "sure, what's the long number on the card?" if spoken else "Sure - please type the card number")
        d = make_card()
        ch, sep = r_card(d, spoken, loc)
        rb = r_card(d, spoken, loc)
        lead = fill_lead(R.choice(["it's ", "ok it's ", "", "card number ", "the long number is "])) if spoken else \
            R.choice(["", "card no: ", "its ", "Card number - ", "crad number ", "cc# "])
        gid, n = deliver(c, "CARD_NUMBER", ch, sep, spoken, lead, readback=rb)
        notes.append("card " + n)
        if R.random() < 0.4:
            c.say("agent", R.choice(["and the expiry?", "expiry date please", "when does it expire?"]))
            c.say("customer", fill_lead(R.choice(["", "it's ", "expires "])), V(r_expiry(spoken, loc), "EXPIRY", c.group("EXPIRY")))
            notes.append("expiry")
        if R.random() < 0.35:
            c.say("agent", "and the three digits on the back" if spoken else "And the security code?")
            cv = "%04d" % R.randint(0, 9999) if len(d) == 15 else "%03d" % R.randint(0, 999)
            c.say("customer", fill_lead(R.choice(["", "it's ", "cvv "])),
                  V(say_digits(cv, loc) if spoken else cv, "CVV", c.group("CVV")))
            notes.append("cvv")
        if R.random() < 0.35:
            last = d[-4:]
            c.say("agent", R.choice(["thanks, so that's the card ending ", "great, payment taken on the card ending "]),
                  V(say_digits(last, loc) if spoken else last, "CARD_NUMBER", c.group("CARD_NUMBER", "last4", gid)),
                  R.choice([" for £", " for $", " for "]) + "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)))
            notes.append("last four after full card (labelled)")
    elif primary == "CVV":
        c.say("agent", "can I take the security code from the back please?" if spoken else "Please enter the CVV")
        cv = "%03d" % R.randint(0, 999)
        c.say("customer", fill_lead(R.choice(["", "it's ", "cvv is ", "the code is "])),
              V(say_digits(cv, loc) if spoken else cv, "CVV", c.group("CVV")),
              R.choice(["", " on the card ending " + ("%04d" % R.randint(0, 9999))]))
        notes.append("cvv (+ unlabelled last four alone)")
    elif primary == "EXPIRY":
        c.say("agent", "what's the expiry date on the card?" if spoken else "Expiry date (MM/YY)?")
        c.say("customer", fill_lead(R.choice(["", "it's ", "expiry ", "valid until "])),
              V(r_expiry(spoken, loc), "EXPIRY", c.group("EXPIRY")))
        notes.append("expiry")
    elif primary == "SSN":
        c.say("agent", "can you verify the last... actually, the full social please" if spoken else "Please provide your SSN for verification")
        s = make_ssn()
        ch, sep = r_digits_simple(s, [3, 2, 4], spoken, loc, ["-", " ", "-", "."])
        rb = r_digits_simple(s, [3, 2, 4], spoken, loc, ["-"])
        lead = fill_lead(R.choice(["sure it's ", "", "my social is ", "social security number "])) if spoken else \
            R.choice(["", "SSN: ", "ssn ", "social: ", "my ss# is "])
        _, n = deliver(c, "SSN", ch, sep, spoken, lead, readback=rb)
        notes.append("ssn " + n)
    elif primary == "NI_NUMBER":
        c.say("agent", "and your national insurance number?" if spoken else "Can you confirm your NI number?")
        v = make_ni()
        ch, sep = r_ni(v, spoken)
        rb = r_ni(v, spoken)
        lead = fill_lead(R.choice(["it's ", "", "ni number ", "national insurance is "])) if spoken else \
            R.choice(["", "NI: ", "nino ", "NI no. "])
        _, n = deliver(c, "NI_NUMBER", ch, sep, spoken, lead, readback=rb)
        notes.append("ni " + n)
    elif primary in ("SORT_CODE", "BANK_ACCOUNT"):
        c.say("agent", "for the direct debit I need the sort code and account number" if spoken else
              "To set up the direct debit please send sort code and account number")
        if loc in ("UK", "IE"):
            sc = "".join(R.choice("0123456789") for _ in range(6))
            ch, sep = r_digits_simple(sc, [2, 2, 2], spoken, loc, ["-", " ", "-"])
            lead = fill_lead(R.choice(["sort code ", "the sort code is ", ""])) if spoken else R.choice(["sort code: ", "s/c ", "Sort code "])
            _, n = deliver(c, "SORT_CODE", ch, sep, spoken, lead, readback=r_digits_simple(sc, [2, 2, 2], spoken, loc, ["-"]))
            notes.append("sort code " + n)
            acct = "".join(R.choice("0123456789") for _ in range(8))
            sizes = [4, 4]
        else:
            rt = "".join(R.choice("0123456789") for _ in range(9))
            c.say("customer", "routing number " if not spoken else "the routing number is ",
                  say_digits(rt[:3], loc) + " " + say_digits(rt[3:6], loc) + " " + say_digits(rt[6:], loc) if spoken else rt)
            acct = "".join(R.choice("0123456789") for _ in range(R.choice([10, 11, 12])))
            sizes = [4, 3, len(acct) - 7]
        c.say("agent", R.choice(["and the account number?", "ok and the account number", "go ahead with the account number"]))
        ch, sep = r_digits_simple(acct, sizes, spoken, loc, [" ", "-", ""])
        lead = fill_lead(R.choice(["it's ", "", "account number "])) if spoken else R.choice(["acct no: ", "a/c ", "account # ", "Acc num "])
        _, n = deliver(c, "BANK_ACCOUNT", ch, sep, spoken, lead, readback=r_digits_simple(acct, sizes, spoken, loc, [" "]))
        notes.append("bank account " + n)
    elif primary == "IBAN":
        c.say("agent", "for the refund I'll need your IBAN" if spoken else "Please send the IBAN for the refund transfer")
        v = make_iban({"UK": "GB", "IE": "IE"}.get(loc, R.choice(["DE", "FR", "NL", "ES"])))
        ch, sep = r_iban(v, spoken, loc)
        lead = fill_lead(R.choice(["it's ", "", "iban "])) if spoken else R.choice(["IBAN: ", "iban ", "", "my IBAN is "])
        _, n = deliver(c, "IBAN", ch, sep, spoken, lead, allow_restart=False, readback=r_iban(v, spoken, loc))
        notes.append("iban " + n)
    elif primary == "PHONE":
        c.say("agent", "what's the best number to reach you on?" if spoken else "What's a good contact number?")
        nat, cc = make_phone(loc)
        intl = R.random() < 0.45
        ch, sep, pre = r_phone(nat, cc, spoken, loc, intl)
        lead = fill_lead(R.choice(["it's ", "", "my mobile is ", "you can get me on "])) if spoken else R.choice(["", "tel: ", "mob ", "call me on ", "Phone - "])
        lead += pre
        _, n = deliver(c, "PHONE", ch, sep, spoken, lead, allow_restart=False,
                       allow_split=not pre, readback=r_phone(nat, cc, spoken, loc, False, parens=False)[:2])
        notes.append("phone " + ("intl " if intl else "national ") + n)
    elif primary == "EMAIL":
        c.say("agent", "and an email address for the confirmation?" if spoken else "Which email should we send the receipt to?")
        f, l = R.choice(FIRST), R.choice(LAST)
        e = r_email(f, l, str(R.randint(1, 99)), R.choice(DOMAINS), spoken)
        lead = fill_lead(R.choice(["it's ", "", "yeah it's "])) if spoken else R.choice(["", "email: ", "its ", "E-mail "])
        c.say("customer", lead, V(e, "EMAIL", c.group("EMAIL")), R.choice(["", ".", " thanks"]))
        if R.random() < 0.4:
            c.say("agent", "so that's ", V(r_email(f, l, "7", ["gmail", "com"], spoken) if False else e, "EMAIL", c.group("EMAIL")), "?")
        notes.append("email")
    elif primary == "DOB":
        c.say("agent", "can I take your date of birth?" if spoken else "For security, please confirm your date of birth")
        c.say("customer", fill_lead(R.choice(["", "it's the ", "born on the ", "dob ", "the "])) if spoken else R.choice(["", "DOB: ", "d.o.b ", "born "]),
              V(r_dob(spoken, loc), "DOB", c.group("DOB")))
        notes.append("dob")
    elif primary in ("ADDRESS", "POSTCODE"):
        c.say("agent", "and the first line of the address and postcode?" if spoken else "Can you confirm your address incl. postcode?")
        pl = loc if loc in ("UK", "US") else R.choice(["UK", "US"])
        a = r_address(spoken, pl)
        town = R.choice(TOWNS_US if pl == "US" else TOWNS_UK)
        pc, psep = r_postcode(pl, spoken)
        c.say("customer", fill_lead(R.choice(["", "it's ", "yeah "])), V(a, "ADDRESS", c.group("ADDRESS")), ", " + town + ", ",
              V(psep.join(pc), "POSTCODE", c.group("POSTCODE")))
        notes.append("address + town + postcode")
    else:
        raise ValueError(primary)

    # extra secondary value in some cases
    if R.random() < 0.3 and primary not in ("DOB",):
        c.say("agent", "and just for security, your date of birth?" if spoken else "Also your DOB please")
        c.say("customer", R.choice(["", "it's "]), V(r_dob(spoken, loc), "DOB", c.group("DOB")))
        notes.append("dob")
    # unlabelled distractors
    c.say("agent", R.choice([
        "that's all done, your reference is " + ("%08d" % R.randint(0, 10 ** 8 - 1)),
        "you'll see a charge of " + ("%d.%02d" % (R.randint(1, 500), R.randint(0, 99))) + " within 3 to 5 working days",
        "anything else I can help with today?",
        "lovely, the appointment is booked for the " + R.choice(ORD) + " at ten thirty",
        "thanks, ticket number " + str(R.randint(100000, 999999)) + " has been updated"]))
    c.note = "%s, %s, %s: %s" % (sm, industry, loc, "; ".join(notes))
    return c


# ---------------------------------------------------------------- negatives
def neg_case(i):
    loc = R.choice(LOCS)
    spoken = R.random() < 0.55
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    c = Case("negative", "")
    industry = R.choice(list(INDUSTRY))
    opener(c, loc, industry, spoken)
    k = i % 22
    sd = (lambda s: say_digits(s, loc)) if spoken else (lambda s: s)
    if k == 0:
        o = make_card()  # Luhn-valid 16 digits but it's an order number
        c.say("customer", "my order number is " + (" ".join(sd(g) for g in card_groups(o)) if spoken else o))
        note = "Luhn-valid 16-digit order number"
    elif k == 1:
        c.say("agent", "I can see the card ending " + sd(dg(4)) + " on file, is that the one you want to use?")
        c.say("customer", "yes, the one ending " + sd(dg(4)))
        note = "card last four only"
    elif k == 2:
        c.say("customer", "the meter reading is " + (say_digits(dg(5), loc) if spoken else dg(5)) + " and the night one is " + sd(dg(5)))
        note = "meter readings"
    elif k == 3:
        c.say("customer", "my flight is " + R.choice(["BA", "EI", "UA", "LH"]) + " " + sd(str(R.randint(100, 2999))) +
              ", seat " + str(R.randint(1, 40)) + R.choice("ABCDEF") + ", gate " + sd(str(R.randint(2, 60))))
        note = "flight, seat and gate numbers"
    elif k == 4:
        amt = "%d.%02d" % (R.randint(10, 9999), R.randint(0, 99))
        c.say("agent", "your balance is " + ("£" if loc == "UK" else "$" if loc == "US" else "€") + amt +
              " and the minimum payment is " + str(R.randint(5, 80)) + " pounds")
        note = "balance and amounts"
    elif k == 5:
        t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        c.say("agent", "the tracking number is " + (" ".join(spell_letter(ch) if ch.isalpha() else dw(ch, loc) for ch in t) if spoken else t))
        note = "parcel tracking number"
    elif k == 6:
        ref = dg(9)
        c.say("customer", "i've got a claim reference, it's " + " ".join(sd(x) for x in (ref[:3], ref[3:5], ref[5:])) if spoken else "claim ref " + ref[:3] + "-" + ref[3:5] + "-" + ref[5:])
        note = "claim reference shaped like SSN"
    elif k == 7:
        c.say("customer", "we're open from " + R.choice(["nine till five thirty", "8am to 8pm", "half seven to six"]) +
              ", and the wait is about " + str(R.randint(2, 45)) + " minutes")
        note = "opening hours, durations"
    elif k == 8:
        c.say("customer", "my policy number is " + (R.choice("ABCHKP") + R.choice("ABCHKP") + dg(6) + R.choice("ABCD")
                                                      if not spoken else "p for papa, " + sd(dg(6)) + ", " + spell_letter("h")))
        note = "policy number resembling NI"
    elif k == 9:
        c.say("customer", "the serial number on the router is " + (dg(4) + "-" + dg(4) + "-" + dg(4) + "-" + dg(4) if not spoken else
                                                                  ", ".join(sd(dg(4)) for _ in range(4))) + ", model " + R.choice(["TG-589", "HH6", "X3000"]))
        note = "16-digit serial number read like a card"
    elif k == 10:
        c.say("agent", "your appointment is on " + R.choice(MONTHS).capitalize() + " " + str(R.randint(1, 28)) + ", 20" + str(R.randint(25, 27)) +
              " at " + R.choice(["10:30", "2pm", "quarter past three"]))
        note = "appointment date"
    elif k == 11:
        c.say("customer", "i'm " + str(R.randint(18, 90)) + " years old and i've been a customer since " + str(R.randint(1985, 2022)))
        note = "age, year"
    elif k == 12:
        c.say("customer", "the invoice number is INV-" + dg(8) if not spoken else "invoice number " + say_digits(dg(4), loc) + " " + say_digits(dg(4), loc))
        c.say("agent", "mhm")
        c.say("customer", "and the amount was " + str(R.randint(20, 400)) + " " + R.choice(["pounds", "dollars", "euro"]))
        note = "invoice number, amount"
    elif k == 13:
        c.say("customer", "the thermostat says " + str(R.randint(14, 26)) + " degrees and the boiler pressure is " + "1.%d bar" % R.randint(0, 9))
        note = "temperature, pressure"
    elif k == 14:
        c.say("agent", "you'll get " + str(R.randint(5, 30)) + " percent off for " + str(R.randint(3, 24)) + " months, contract ends " +
              "%02d/%02d/20%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(25, 29)))
        note = "percentage, duration, contract end date"
    elif k == 15:
        c.say("customer", "i'm in room " + sd(str(R.randint(101, 950))) + " and ticket " + sd(dg(6)))
        note = "room and ticket numbers"
    elif k == 16:
        c.say("customer", "i live on " + R.choice(STREETS) + " but i don't want to give the full address")
        c.say("agent", "that's fine, the engineer will call " + R.choice(["between 8 and 12", "on the day"]))
        note = "road name without number"
    elif k == 17:
        c.say("customer", "the payment of " + str(R.randint(10, 300)) + " went out on the " + R.choice(ORD) + " of " + R.choice(MONTHS))
        note = "payment date"
    elif k == 18:
        r = dg(R.choice([10, 11, 12]))
        c.say("agent", "your customer reference number is " + (say_digits(r[:4], loc) + " " + say_digits(r[4:8], loc) + " " + say_digits(r[8:], loc) if spoken else r))
        note = "customer reference long digit string"
    elif k == 19:
        c.say("customer", "there's " + str(R.randint(2, 12)) + " people in the house and we used " + str(R.randint(100, 900)) + " kilowatt hours")
        note = "counts, usage"
    elif k == 20:
        c.say("customer", "the error code is " + R.choice(["E-", "ERR ", "0x"]) + dg(R.choice([4, 6, 8])) + " and it's version " + "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))
        note = "error code, version"
    else:
        c.say("customer", "my booking reference is " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + " for " + str(R.randint(1, 6)) + " nights")
        note = "booking reference, nights"
    if R.random() < 0.4:
        c.say("agent", R.choice(["ok thanks", "mhm, one moment", "let me check that for you"]))
    c.note = ("ASR call" if spoken else "typed chat") + ", " + industry + ", " + loc + ": " + note
    return c


# ---------------------------------------------------------------- build
def build():
    plan = (["CARD_NUMBER"] * 62 + ["SSN"] * 26 + ["NI_NUMBER"] * 26 + ["CVV"] * 10 + ["EXPIRY"] * 8 +
            ["SORT_CODE"] * 14 + ["IBAN"] * 12 + ["PHONE"] * 16 + ["EMAIL"] * 12 + ["DOB"] * 6 +
            ["ADDRESS"] * 14)
    R.shuffle(plan)
    out = []
    for i, p in enumerate(plan):
        out.append(pos_case(p).render("h327-pos-%03d" % (i + 1)))
    for i in range(110):
        out.append(neg_case(i).render("h327-neg-%03d" % (i + 1)))
    return out


# ---------------------------------------------------------------- checking
FILLERS = set(FILL) | {"and", "then", "slash", "dash", "hmm"}
NATO_WORDS = set(NATO.values()) | set(ALT_SPELL.values())
UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k for k, w in TENS_W.items()}


def spoken_tokens(text):
    toks = re.findall(r"[a-z0-9']+|[@._\-+]", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nx == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_WORDS:
            out.append(t); i += 3; continue
        if len(t) == 1 and t.isalpha() and nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t); i += 4; continue
        if t == "letter" and nx is not None and len(nx) == 1 and nx.isalpha():
            out.append(nx); i += 2; continue
        if t in ("double", "triple") and nx is not None and (nx in UNITS or nx.isdigit()):
            d = str(UNITS[nx]) if nx in UNITS else nx
            out.append(d * (2 if t == "double" else 3)); i += 2; continue
        if t in UNITS and nx == "hundred":
            h = UNITS[t]; i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = 0
            if i < len(toks) and toks[i] in TENS:
                rest = TENS[toks[i]] * 10; i += 1
                if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0 and toks[i] not in ("o", "oh"):
                    rest += UNITS[toks[i]]; i += 1
            elif i < len(toks) and toks[i] in TEENS:
                rest = TEENS[toks[i]]; i += 1
            elif i < len(toks) and toks[i] in UNITS:
                rest = UNITS[toks[i]]; i += 1
            out.append("%03d" % (h * 100 + rest)); continue
        if t in TENS:
            if nx in UNITS and UNITS[nx] > 0:
                out.append(str(TENS[t] * 10 + UNITS[nx])); i += 2
            else:
                out.append(str(TENS[t] * 10)); i += 1
            continue
        if t in TEENS:
            out.append(str(TEENS[t])); i += 1; continue
        if t in UNITS:
            out.append(str(UNITS[t])); i += 1; continue
        if t in FILLERS or t in ("that's", "the"):
            i += 1; continue
        out.append(t); i += 1
    return out


def norm_alnum(text):
    return "".join(spoken_tokens(text.replace("-", " ").replace(".", " ").replace("(", " ").replace(")", " ")))


def norm_email(text):
    t = re.sub(r"\b(\w+), that's( \w)+\b", r"\1", text.lower())
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\bat\b", "@", t)
    return "".join(x for x in spoken_tokens(t))


UK_PC = re.compile(r"^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$")
STREET_SUFFIX = ("road", "rd", "street", "st", "lane", "avenue", "ave", "drive", "terrace", "crescent",
                 "close", "view", "court", "boulevard", "way", "park", "place", "walk", "hill", "kingsway")


def validate(typ, text, role, ref_value):
    n = norm_alnum(text)
    if role == "frag":
        return n.isdigit() or re.fullmatch(r"[a-z0-9]+", n) is not None
    if typ == "CARD_NUMBER":
        if role == "last4":
            return n.isdigit() and len(n) == 4 and ref_value is not None and ref_value.endswith(n)
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[a-z]{2}\d{6}[a-d]", n) is not None and n[:2] not in ("bg", "gb", "nk", "kn", "tn", "nt", "zz")
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "IBAN":
        return iban_valid(n)
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= 15
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", norm_email(text)) is not None
    if typ == "POSTCODE":
        return UK_PC.match(n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    if typ == "ADDRESS":
        toks = spoken_tokens(text.replace(",", " "))
        return any(x.isdigit() for x in toks[:4]) and any(x in STREET_SUFFIX for x in toks)
    if typ == "DOB":
        return re.search(r"(19[4-9]\d|200\d)", n) is not None or (n.isdigit() and len(n) == 6) \
            or any(m in n for m in MONTHS)
    if typ == "EXPIRY":
        if any(m in n for m in MONTHS):
            return True
        if n.isdigit() and len(n) == 3:
            n = "0" + n
        return n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    return False


def check(records):
    errors = []
    ids = [r[0]["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for rec, meta, groups in records:
        cid = rec["id"]
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append(cid + " bad speaker")
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append(cid + " negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append(cid + " positive without spans")
        prev = {}
        texts = {}
        for s, g in zip(rec["spans"], meta):
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append("%s offsets out of range" % cid); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errors.append("%s span edge not alnum: %r" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errors.append("%s span not on word boundary: %r" % (cid, txt[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errors.append("%s overlapping spans" % cid)
            prev[s["turn"]] = b
            texts.setdefault(g, []).append(txt[a:b])
            if groups[g][0] != s["type"]:
                errors.append(cid + " type mismatch")
        for g, parts in texts.items():
            typ, role, ref = groups[g]
            joined = " ".join(parts)
            refv = norm_alnum(" ".join(texts[ref])) if ref else None
            if not validate(typ, joined, role, refv):
                errors.append("%s invalid %s (%s): %r -> %r" % (cid, typ, role, joined, norm_alnum(joined)))
    return errors


def serialise(records):
    return "".join(json.dumps(r[0], ensure_ascii=False) + "\n" for r in records)


def counts(records):
    c = {}
    for rec, _, _ in records:
        for s in rec["spans"]:
            c[s["type"]] = c.get(s["type"], 0) + 1
    return c


def main():
    records = build()
    data = serialise(records)
    if "--check" in sys.argv:
        errs = check(records)
        if not os.path.exists(OUT):
            errs.append("fixture missing")
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != data:
                    errs.append("fixture is not byte-identical to regenerated output")
            # re-validate from the file itself (offsets/text taken from disk)
            with open(OUT, encoding="utf-8") as f:
                disk = [json.loads(line) for line in f]
            errs += check([(d, r[1], r[2]) for d, r in zip(disk, records)])
        npos = sum(1 for r in records if r[0]["kind"] == "positive")
        nneg = len(records) - npos
        cnt = counts(records)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                  "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(cnt, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s; spans=%s" % (len(records), OUT, json.dumps(counts(records), sort_keys=True)))


if __name__ == "__main__":
    main()
