#!/usr/bin/env python3
"""Generate the pii_holdout405 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout405.py          # write cases.jsonl
    python scripts/make_pii_holdout405.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout405", "cases.jsonl")
R = random.Random(405241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment. gid groups pieces of one value for checking."""
    def __init__(self, text, typ, gid=None, partial=False):
        self.text, self.typ, self.gid, self.partial = text, typ, gid, partial


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self._auto = 0

    def gid(self):
        self._auto += 1
        return "g%d" % self._auto

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                if self.kind == "negative":
                    raise ValueError("labelled value in negative case")
                g = s.gid or self.gid()
                self.spans.append({"turn": ti, "start": len(text),
                                   "end": len(text) + len(s.text), "type": s.typ})
                self.groups.setdefault(g, []).append((s.typ, s.text, s.partial))
                text += s.text
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


# ---------------------------------------------------------------- vocabulary
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
LANGS = {
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
LANG_NAME = {"es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
             "pl": "Polish", "pt": "Portuguese"}
DIGIT_WORD = {}
for i, w in enumerate(EN):
    DIGIT_WORD[w] = i
for lang, ws in LANGS.items():
    if lang == "pt":
        continue  # "um" collides with the filler; pt only used via a safe list below
    for i, w in enumerate(ws):
        DIGIT_WORD.setdefault(w, i)
for w in LANGS["pt"][2:]:
    DIGIT_WORD.setdefault(w, LANGS["pt"].index(w))
for w in ["oh", "o", "nought", "nil"]:
    DIGIT_WORD[w] = 0
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
FILLERS = {"uh", "um", "erm", "er", "ah", "hmm", "mm", "eh", "ehm", "em", "like", "so"}
ALPHABETS = {
    "nato": ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
             "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
             "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
             "x-ray", "yankee", "zulu"],
    "de": ["anton", "berta", "cäsar", "dora", "emil", "friedrich", "gustav", "heinrich",
           "ida", "julius", "kaufmann", "ludwig", "martha", "nordpol", "otto", "paula",
           "quelle", "richard", "samuel", "theodor", "ulrich", "viktor", "wilhelm",
           "xanthippe", "ypsilon", "zacharias"],
    "it": ["ancona", "bologna", "como", "domodossola", "empoli", "firenze", "genova",
           "hotel", "imola", "jolly", "kappa", "livorno", "milano", "napoli", "otranto",
           "padova", "quarto", "roma", "savona", "torino", "udine", "venezia",
           "washington", "xeres", "yacht", "zara"],
    "es": ["antonio", "barcelona", "carmen", "dolores", "enrique", "francia", "gerona",
           "historia", "inés", "josé", "kilo", "lorenzo", "madrid", "navarra", "oviedo",
           "parís", "querido", "ramón", "sábado", "tarragona", "ulises", "valencia",
           "washington", "xilófono", "yegua", "zaragoza"],
    "fr": ["anatole", "berthe", "célestin", "désiré", "eugène", "françois", "gaston",
           "henri", "irma", "joseph", "kléber", "louis", "marcel", "nicolas", "oscar",
           "pierre", "quintal", "raoul", "suzanne", "thérèse", "ursule", "victor",
           "william", "xavier", "yvonne", "zoé"],
}
CODEWORD = {}
for al in ALPHABETS.values():
    for w in al:
        CODEWORD.setdefault(w.replace("-", ""), w[0])
CONNECT = {"nato": ["for", "as in", "like"], "de": ["wie"], "it": ["come"],
           "es": ["de", "como"], "fr": ["comme"]}
CONNECTORS = {"for", "as", "in", "like", "wie", "come", "de", "como", "comme"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def zw(r):
    return r.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def dword(d, r, lang=None):
    if lang:
        return LANGS[lang][int(d)] if not (lang == "pt" and d == "1") else "one"
    return zw(r) if d == "0" else EN[int(d)]


def say_single(ds, r, lang=None, doubles=0.5, filler=0.0):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        if not lang and run >= 3 and r.random() < doubles:
            out.append("triple " + dword(d, r)); i += 3
        elif not lang and run >= 2 and r.random() < doubles:
            out.append("double " + dword(d, r)); i += 2
        else:
            out.append(dword(d, r, lang)); i += 1
        if filler and i < len(ds) and r.random() < filler:
            out.append(r.choice(["uh", "um", "erm", "er"]))
    return " ".join(out)


def say_pair(p, r):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return (zw(r) + " " + dword(p[1], r)) if b else r.choice(["double oh", "oh oh", "double zero"])
    if a == 1:
        return TEENS[b]
    return TENS_W[a] + ("" if b == 0 else " " + EN[b])


def say_pairs(ds, r):
    parts = []
    if len(ds) % 2:
        parts.append(dword(ds[0], r)); ds = ds[1:]
    for i in range(0, len(ds), 2):
        parts.append(say_pair(ds[i:i + 2], r))
    return " ".join(parts)


def say_hundreds_ok(g):
    return len(g) == 3 and g[0] != "0" and g[2] != "0"


def say_hundred(g, r):
    rest = g[1:]
    tail = EN[int(g[2])] if g[1] == "0" else say_pair(rest, r)
    return EN[int(g[0])] + " hundred and " + tail


def say_group(g, r, style):
    if style == "pairs":
        return say_pairs(g, r)
    if style == "hund" and say_hundreds_ok(g):
        return say_hundred(g, r)
    if style == "mixed":
        if say_hundreds_ok(g) and r.random() < 0.5:
            return say_hundred(g, r)
        if len(g) % 2 == 0 and r.random() < 0.5:
            return say_pairs(g, r)
    return say_single(g, r)


def starts_unit(txt):
    w = txt.split()
    return bool(w) and w[0] in EN[1:] and not (len(w) > 1 and w[1] == "hundred")


def ends_tens(txt):
    w = txt.replace(",", " ").split()
    return bool(w) and w[-1] in TENS


def say_groups(groups, r, style, sep=None, filler=0.0):
    out = []
    rendered = [say_group(g, r, style) for g in groups]
    for i in range(len(rendered) - 1):
        # "ninety" + "eight ..." would be heard as 98: re-read such a group digit by digit
        if ends_tens(rendered[i]) and (starts_unit(rendered[i + 1]) or rendered[i + 1].split()[0] == "hundred"):
            rendered[i] = say_single(groups[i], r)
    for i, g in enumerate(groups):
        out.append(rendered[i])
        if i < len(groups) - 1:
            s = sep if sep is not None else r.choice([" ", ", ", " ", "... "])
            if filler and r.random() < filler:
                s = r.choice([" uh ", ", um, ", " erm ", " er "])
            out.append(s)
    return "".join(out)


def say_letter(ch, r, alpha=None, conn=True):
    ch = ch.lower()
    if alpha is None:
        return ch
    w = [x for x in ALPHABETS[alpha] if x[0] == ch][0]
    if conn:
        return ch + " " + r.choice(CONNECT[alpha]) + " " + w
    return w


# ---------------------------------------------------------------- value generators
def luhn_fill(prefix, length, r):
    ds = [int(c) for c in prefix] + [r.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return "".join(map(str, ds)) + str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(r):
    k = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if k == "visa":
        return luhn_fill("4" + str(r.randint(0, 9)), 16, r), [4, 4, 4, 4]
    if k == "mc":
        return luhn_fill("5" + str(r.randint(1, 5)), 16, r), [4, 4, 4, 4]
    if k == "amex":
        return luhn_fill(r.choice(["34", "37"]), 15, r), [4, 6, 5]
    if k == "disc":
        return luhn_fill("6011", 16, r), [4, 4, 4, 4]
    if k == "visa13":
        return luhn_fill("4", 13, r), [4, 3, 3, 3]
    if k == "visa19":
        return luhn_fill("4", 19, r), [4, 4, 4, 4, 3]
    return luhn_fill(r.choice(["6759", "6761", "5018"]), 18, r), [4, 4, 4, 4, 2]


def split_by(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return out


def gen_ssn(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(r):
    c = r.choice(["GB", "IE", "DE", "ES", "FR", "PL", "NL", "IT"])
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if c == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL", "BUKB"]) + d(14)
    elif c == "IE":
        bban = r.choice(["AIBK", "IPBS", "ULSB"]) + d(14)
    elif c == "DE":
        bban = d(18)
    elif c == "ES":
        bban = d(20)
    elif c == "FR":
        bban = d(23)
    elif c == "PL":
        bban = d(24)
    elif c == "NL":
        bban = r.choice(["ABNA", "RABX", "INGB", "TRIB"]) + d(10)
    else:
        bban = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + d(22)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def dd(n, r):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def gen_phone(r):
    """returns (digits-with-plus, typed form, spoken groups, international?)"""
    k = r.choice(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "ie", "ie_intl",
                  "de_intl", "fr_intl", "es_intl", "pl_intl", "in_intl"])
    if k == "uk_mob":
        g = ["07" + dd(3, r), dd(6, r)]
    elif k == "uk_land":
        g = [r.choice(["020", "0161", "0113", "0131", "0117"]), dd(4, r), dd(4, r)]
        if len(g[0]) == 4:
            g = [g[0], dd(3, r), dd(4, r)]
    elif k == "uk_intl":
        g = ["+44", "7" + dd(3, r), dd(6, r)]
    elif k == "us":
        g = [str(r.randint(201, 989)), str(r.randint(200, 989)), dd(4, r)]
    elif k == "us_intl":
        g = ["+1", str(r.randint(201, 989)), str(r.randint(200, 989)), dd(4, r)]
    elif k == "ie":
        g = ["08" + r.choice("3579"), dd(3, r), dd(4, r)]
    elif k == "ie_intl":
        g = ["+353", "8" + r.choice("3579"), dd(3, r), dd(4, r)]
    elif k == "de_intl":
        g = ["+49", "15" + dd(1, r), dd(4, r), dd(4, r)]
    elif k == "fr_intl":
        g = ["+33", r.choice("67"), dd(2, r), dd(2, r), dd(2, r), dd(2, r)]
    elif k == "es_intl":
        g = ["+34", "6" + dd(2, r), dd(3, r), dd(3, r)]
    elif k == "pl_intl":
        g = ["+48", "5" + dd(2, r), dd(3, r), dd(3, r)]
    else:
        g = ["+91", "98" + dd(3, r), dd(5, r)]
    return g


def say_phone(groups, r, style="single", lang=None):
    out = []
    for g in groups:
        if g.startswith("+"):
            cc = g[1:]
            if r.random() < 0.5:
                out.append("plus " + (say_pairs(cc, r) if len(cc) == 2 and style == "pairs" else say_single(cc, r, lang, doubles=0)))
            else:
                out.append("double oh " + say_single(cc, r, lang, doubles=0))
        elif lang:
            out.append(say_single(g, r, lang))
        else:
            out.append(say_group(g, r, style))
    for i in range(len(out) - 1):
        if ends_tens(out[i]) and starts_unit(out[i + 1]):
            out[i] = say_single(groups[i], r)
    return r.choice([" ", ", "]).join(out)


FIRST = ["james", "sarah", "mohammed", "aoife", "siobhan", "marek", "agnieszka", "luca",
         "giulia", "pierre", "amelie", "jurgen", "katrin", "carlos", "lucia", "priya",
         "rahul", "chen", "mei", "olu", "tomasz", "ines", "joao", "emma", "liam", "niamh",
         "dmitri", "fatima", "kwame", "anna", "sven", "ewa"]
LAST = ["smith", "murphy", "kowalski", "rossi", "dubois", "muller", "garcia", "patel",
        "okafor", "obrien", "nowak", "silva", "jensen", "walsh", "khan", "lee", "bianchi",
        "fernandez", "schmidt", "byrne", "wisniewska", "martin", "kelly", "novak"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "web.de", "gmx.de",
           "wp.pl", "libero.it", "orange.fr", "icloud.com", "btinternet.com", "eircom.net",
           "aol.com", "protonmail.com", "o2.pl", "sky.com"]


def gen_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice([f + "." + l, f[0] + "." + l, f + l + str(r.randint(1, 99)),
                      f + "_" + l, l + "." + f[0], f + "-" + l, f + str(r.randint(70, 99))])
    return local + "@" + r.choice(DOMAINS)


def say_email(e, r):
    local, dom = e.split("@")
    def part(s):
        out = []
        for tok in re.split(r"([._-])", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(r.choice(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(say_pairs(tok, r) if len(tok) == 2 and tok[0] not in "01" else say_single(tok, r, doubles=0))
            elif len(tok) == 1:
                out.append(tok)
            elif tok:
                out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


STREETS = ["high", "church", "mill", "station", "victoria", "oakfield", "maple", "elm",
           "king", "queen", "park", "chapel", "willow", "meadow", "orchard", "castle",
           "pinecrest", "sycamore", "lakeview", "main", "washington", "ashgrove", "glen",
           "harbour", "abbey", "cedar"]
SUFFIX = ["street", "road", "lane", "avenue", "drive", "close", "crescent", "way",
          "terrace", "court", "gardens", "place", "grove", "boulevard", "row"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "Croydon", "Norwich"]
TOWNS_US = ["Austin", "Columbus", "Portland", "Tampa", "Denver", "Albany", "Raleigh"]
UK_OUT = ["SW1A", "M1", "B33", "CR2", "LS6", "EH12", "G41", "BT9", "CF10", "N7", "E14",
          "SE15", "NW3", "BS8", "NR2", "W1T", "EC1V", "L18", "DE22", "PE29"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(r):
    return r.choice(UK_OUT) + " " + str(r.randint(0, 9)) + r.choice(IN_L) + r.choice(IN_L)


def gen_zip(r):
    z = "%05d" % r.randint(1001, 99950)
    return z + ("-" + dd(4, r) if r.random() < 0.3 else "")


def say_alnum(s, r, alpha=None, pconn=0.5, lang=None):
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(dword(ch, r, lang))
        elif alpha and (r.random() < 0.6 or ch in "OIoi"):
            out.append(say_letter(ch, r, alpha, conn=r.random() < pconn))
        else:
            out.append(ch.lower())
    return " ".join(out)


def gen_dob(r):
    return r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)


def ordinal(n):
    base = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
            12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
            16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
            20: "twentieth", 30: "thirtieth"}
    if n in base:
        return base[n]
    return TENS_W[n // 10] + " " + base[n % 10]


def say_year(y, r):
    if y >= 2000:
        return "two thousand and " + (EN[y - 2000] if y < 2010 else say_pair(str(y)[2:], r))
    return say_pair(str(y)[:2], r) + " " + say_pair(str(y)[2:], r)


def fmt_dob(r, spoken):
    y, m, d = gen_dob(r)
    if spoken:
        f = r.choice(["dmy", "mdy", "num", "of"])
        if f == "dmy":
            return "%s %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y, r))
        if f == "of":
            return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y, r))
        if f == "mdy":
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y, r))
        return "%s %s %s" % (say_single("%02d" % d, r, doubles=0), say_single("%02d" % m, r, doubles=0), say_year(y, r))
    f = r.choice(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d", "iso", "txt"])
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "txt":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:r.choice([3, 9])], y)
    return f % (d, m, y)


def fmt_exp(r, spoken):
    m, y = r.randint(1, 12), r.randint(25, 33)
    if spoken:
        f = r.choice(["num", "month", "slash"])
        if f == "num":
            return "%s %s" % (say_single("%02d" % m, r, doubles=0), say_pair(str(y), r))
        if f == "month":
            return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), r))
        return "%s slash %s" % (say_single("%02d" % m, r, doubles=0), say_pair(str(y), r))
    return r.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d"]) % (m, y)


def gen_addr(r, us=False, spoken=False):
    n = r.randint(1, 2400) if us else r.randint(1, 180)
    st = r.choice(STREETS) + " " + r.choice(SUFFIX)
    flat = (not us) and r.random() < 0.25
    if spoken:
        ns = say_group(str(n), r, "mixed") if n > 9 else EN[n]
        a = ns + " " + st
        if flat:
            a = "flat " + EN[r.randint(1, 9)] + ", " + a
        return a
    st = st.title() if r.random() < 0.7 else st
    a = "%d %s" % (n, st)
    if flat:
        a = r.choice(["Flat %d, ", "flat %d ", "Apt %d, "]) % r.randint(1, 30) + a
    elif us and r.random() < 0.3:
        a += r.choice([", Apt %d", " Unit %d"]) % r.randint(1, 40)
    return a


# ---------------------------------------------------------------- contexts
INDUSTRY = {
    "banking": ("bank", ["Thanks for calling Northgate Bank, how can I help?",
                         "You're through to the card services team."]),
    "telecom": ("mobile provider", ["Hi, you're chatting with Tess from Vireo Mobile.",
                                    "Thanks for calling BlueWave broadband support."]),
    "utilities": ("energy supplier", ["Good morning, Brightside Energy, Paul speaking.",
                                      "Welcome to Severn Water billing."]),
    "retail": ("shop", ["Hello from the Harbour & Co customer team!",
                        "Thanks for contacting ShopNest support."]),
    "insurance": ("insurer", ["Claims line, this is Deepa.", "Welcome to Keystone Insurance."]),
    "travel": ("airline", ["Skylark Airways reservations, how can I help?",
                           "Thanks for calling Ferrylink bookings."]),
    "healthcare": ("clinic billing", ["Patient billing, this is Marco.",
                                      "Hi, St Brendan's billing office."]),
    "government": ("council", ["Revenue services helpline.", "You're through to the council tax team."]),
}


def ind(r):
    k = r.choice(sorted(INDUSTRY))
    return k, r.choice(INDUSTRY[k][1])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah", "and then?", "sure, keep going"]
INTL = [("es", "I'm from Madrid"), ("fr", "je suis française, sorry"), ("de", "sorry, I am German"),
        ("it", "I'm Italian, my English is not great"), ("pl", "I'm Polish, sorry for my English"),
        ("pt", "I'm from Lisbon")]


# ---------------------------------------------------------------- positive templates
def pos_card_typed(r):
    card, sizes = gen_card(r)
    k, greet = ind(r)
    style = r.choice(["groups", "none", "dash", "odd", "dots"])
    g = split_by(card, sizes)
    if style == "groups":
        txt = " ".join(g)
    elif style == "none":
        txt = card
    elif style == "dash":
        txt = "-".join(g)
    elif style == "dots":
        txt = ".".join(g)
    else:
        cut = r.choice([[5, 5, 6], [3, 3, 3, 3, 4], [6, 10], [2, 6, 8]])
        cut[-1] = len(card) - sum(cut[:-1])
        txt = " ".join(split_by(card, cut))
    lab = r.choice(["card no: ", "Card number - ", "cc# ", "my card is ", "CARD ", "pan: ", "long number "])
    cs = Case("positive", "typed chat card number (%s), %s" % (style, k))
    cs.a(greet)
    if r.random() < 0.5:
        exp = fmt_exp(r, False)
        cvv = dd(4 if card[:2] in ("34", "37") else 3, r)
        cs.c(lab, V(txt, "CARD_NUMBER"), r.choice([" exp ", ", expires ", " valid thru "]),
             V(exp, "EXPIRY"), r.choice([" cvv ", " and the code on the back is ", ", sec code "]), V(cvv, "CVV"))
        cs.note += " with expiry and CVV"
    else:
        cs.c(r.choice(["hi, need to update payment. ", "Hello ", ""]), lab, V(txt, "CARD_NUMBER"),
             r.choice(["", " thx", ". order 55120 btw", " pls"]))
    cs.a(r.choice(["Thanks, that's updated.", "Got it, thank you.", "Payment method saved."]))
    return cs


def pos_card_spoken(r):
    card, sizes = gen_card(r)
    k, greet = ind(r)
    style = r.choice(["single", "pairs", "mixed", "hund", "single"])
    groups = split_by(card, sizes)
    spoken = say_groups(groups, r, style, filler=0.3)
    cs = Case("positive", "ASR card read in %s style, %s" % (style, k))
    cs.a(greet.lower().rstrip(".?!"), " ... can i take the long number on the card")
    cs.c(r.choice(["yeah it's ", "okay so ", "right, um, ", "", "it is "]), V(spoken, "CARD_NUMBER"))
    if r.random() < 0.4:
        cs.a("and the expiry date")
        cs.c(r.choice(["", "uh ", "it's "]), V(fmt_exp(r, True), "EXPIRY"))
        cs.a("and the three digits on the back")
        cs.c(V(say_single(dd(3, r), r), "CVV"))
        cs.note += " plus expiry and CVV"
    else:
        cs.a("thank you")
    return cs


def pos_card_split(r):
    card, sizes = gen_card(r)
    k, greet = ind(r)
    groups = split_by(card, sizes)
    cs = Case("positive", "card split over customer turns with back-channels, agent read-back, %s" % k)
    g = cs.gid()
    cs.a(greet.lower().rstrip(".?!"))
    cs.c("i need to pay my bill by card")
    cs.a("no problem, go ahead with the card number when you're ready")
    style = r.choice(["single", "pairs", "mixed"])
    for i, grp in enumerate(groups):
        cs.c(r.choice(["", "", "okay ", "then "]), V(say_group(grp, r, style), "CARD_NUMBER", g))
        if i < len(groups) - 1:
            cs.a(r.choice(BACKCH))
    rb = r.random() < 0.6
    if rb:
        cs.a("let me read that back, ", V(say_groups(groups, r, "single", sep=" "), "CARD_NUMBER"), ", correct?")
        cs.c("yes")
    else:
        cs.a("thanks, so that's the card ending ", V(card[-4:], "CARD_NUMBER", partial=True), ", yeah?")
        cs.c("that's right")
        cs.note += "; last four confirmed after full card (labelled)"
    return cs


def pos_card_intl(r):
    card, sizes = gen_card(r)
    lang, intro = r.choice(INTL)
    groups = split_by(card, sizes)
    cs = Case("positive", "non-native caller (%s) reads card mixing %s digits and English" % (LANG_NAME[lang], LANG_NAME[lang]))
    cs.a("could i take the card number please")
    parts = []
    for i, grp in enumerate(groups):
        if i % 2 == 0 or r.random() < 0.3:
            parts.append(say_single(grp, r, lang))
        else:
            parts.append(say_group(grp, r, r.choice(["single", "pairs"])))
    for i in range(len(parts) - 1):
        if ends_tens(parts[i]) and starts_unit(parts[i + 1]):
            parts[i] = say_single(groups[i], r, lang)
    seg = ", ".join(parts)
    cs.c(intro, ", ok the card... ", V(seg, "CARD_NUMBER"))
    cs.a("sorry, was that in english? could you repeat in english please")
    cs.c("ah yes sorry. ", V(say_groups(groups, r, r.choice(["pairs", "single"]), filler=0.2), "CARD_NUMBER"))
    cs.a("perfect, thank you")
    return cs


def pos_card_correction(r):
    card, sizes = gen_card(r)
    groups = split_by(card, sizes)
    k, greet = ind(r)
    cs = Case("positive", "restarted card reading with abandoned partial (labelled partial), %s" % k)
    cs.a(greet.lower().rstrip(".?!"), ", what's the card number")
    wrong = groups[0][:2] + str((int(groups[0][2]) + 3) % 10)
    cs.c("it's ", V(say_single(groups[0], r), "CARD_NUMBER", partial=True), " ",
         V(say_single(wrong, r), "CARD_NUMBER", partial=True),
         r.choice([" no wait, sorry, let me start again. ", " ... sorry i lost my place, from the top: "]),
         V(say_groups(groups, r, "single", filler=0.15), "CARD_NUMBER"))
    cs.a("okay, got it")
    return cs


def pos_card_aside(r):
    card, sizes = gen_card(r)
    groups = split_by(card, sizes)
    cut = r.randint(1, len(groups) - 1)
    g = "aside"
    cs = Case("positive", "card reading interrupted by an aside in the same turn (two spans)")
    cs.a("the card number please")
    style = r.choice(["single", "pairs"])
    cs.c(V(say_groups(groups[:cut], r, style), "CARD_NUMBER", g),
         r.choice([" — sorry, hang on, the dog's barking — ", ", hold on let me get my glasses, okay, ",
                   " (kids, be quiet!) right where was i, ", ", sorry the signal's bad here, "]),
         V(say_groups(groups[cut:], r, style), "CARD_NUMBER", g))
    cs.a("thanks. and that's a ", r.choice(["visa", "mastercard", "debit card"]), "?")
    cs.c("yes")
    return cs


def pos_card_email(r):
    card, sizes = gen_card(r)
    em = gen_email(r)
    cs = Case("positive", "email-style message with card, email and phone")
    ph = gen_phone(r)
    cs.c("Subject: refund\n\nHi team, please refund to card ", V(" ".join(split_by(card, sizes)), "CARD_NUMBER"),
         ". You can reach me at ", V(em, "EMAIL"), " or ", V(" ".join(ph), "PHONE"),
         ". Ticket #", "%d" % r.randint(100000, 999999), ".\nRegards")
    cs.a("Thanks, refund raised against ticket.")
    return cs


def pos_ssn(r):
    s = gen_ssn(r)
    v = r.choice(["typed", "typed2", "spoken", "spoken_pairs", "expat", "split", "readback"])
    cs = Case("positive", "SSN %s" % v)
    if v == "typed":
        cs.a("For verification I'll need your SSN.")
        cs.c(r.choice(["ssn: ", "SSN ", "social is ", "soc sec no. "]), V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"))
    elif v == "typed2":
        cs.c(r.choice(["my ss# is ", "SS number ", "its "]), V(r.choice(["%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:]), "SSN"),
             r.choice(["", " thanks", ", DOB in file"]))
    elif v in ("spoken", "spoken_pairs"):
        cs.a("and can you confirm your social security number")
        style = "single" if v == "spoken" else "mixed"
        cs.c(r.choice(["sure it's ", "yeah, ", "um ", ""]), V(say_groups([s[:3], s[3:5], s[5:]], r, style, filler=0.25), "SSN"))
    elif v == "expat":
        lang, intro = r.choice(INTL)
        cs.note = "expat caller in the US reads SSN partly in %s" % LANG_NAME[lang]
        cs.a("i need your social security number to open the account")
        cs.c(intro, ", I only got the social last year. it is ", V(say_single(s[:3], r, lang) + ", " + say_single(s[3:5], r, lang) + ", " + say_groups([s[5:7], s[7:]], r, "pairs"), "SSN"))
        cs.a("sorry, the last bit in english?")
        cs.c("yes, ", V(say_pairs(s[5:], r), "SSN", partial=True))
        cs.note += "; repeated tail labelled partial"
    elif v == "split":
        g = cs.gid()
        cs.a("what's the social")
        cs.c(V(say_single(s[:3], r), "SSN", g))
        cs.a(r.choice(BACKCH))
        cs.c(V(say_single(s[3:5], r), "SSN", g))
        cs.a(r.choice(BACKCH))
        cs.c(V(say_group(s[5:], r, r.choice(["pairs", "single"])), "SSN", g))
    else:
        cs.c("social's ", V("%s %s %s" % (s[:3], s[3:5], s[5:]), "SSN"))
        cs.a("thank you, that's ", V(say_groups([s[:3], s[3:5], s[5:]], r, "single"), "SSN"), "?")
        cs.c("correct")
    if r.random() < 0.35:
        cs.a("and your date of birth?")
        cs.c(V(fmt_dob(r, True), "DOB"))
        cs.note += " + DOB"
    return cs


def pos_ni(r):
    ni = gen_ni(r)
    v = r.choice(["typed", "typed_spaced", "spoken", "nato", "foreign_alpha", "split", "expat_digits"])
    cs = Case("positive", "NI number %s" % v)
    if v == "typed":
        cs.c(r.choice(["NI no: ", "ni number ", "NINO ", "my national insurance is "]),
             V(ni if r.random() < 0.5 else ni.lower(), "NI_NUMBER"))
    elif v == "typed_spaced":
        cs.c(r.choice(["NI: ", "Nat ins no. "]), V("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "NI_NUMBER"))
    elif v == "spoken":
        cs.a("can i take your national insurance number")
        cs.c(r.choice(["yeah it's ", "", "erm "]),
             V(say_alnum(ni[:2], r) + " " + say_groups([ni[2:4], ni[4:6], ni[6:8]], r, r.choice(["single", "pairs"])) + " " + ni[8].lower(), "NI_NUMBER"))
    elif v == "nato":
        cs.a("could you spell out the letters of your NI number")
        cs.c(V(say_alnum(ni, r, "nato", 0.7), "NI_NUMBER"))
    elif v == "foreign_alpha":
        alpha = r.choice(["de", "it", "es", "fr"])
        cs.note = "expat caller spells NI number with the %s spelling alphabet" % alpha
        cs.a("national insurance number please")
        cs.c("ok, I moved from ", {"de": "Germany", "it": "Italy", "es": "Spain", "fr": "France"}[alpha],
             " two years ago... ", V(say_alnum(ni, r, alpha, 0.8), "NI_NUMBER"))
        cs.a("thank you")
    elif v == "split":
        g = cs.gid()
        cs.a("NI number?")
        cs.c(V(say_alnum(ni[:2], r, "nato", 1.0), "NI_NUMBER", g))
        cs.a(r.choice(BACKCH))
        cs.c(V(say_single(ni[2:5], r), "NI_NUMBER", g))
        cs.a(r.choice(BACKCH))
        cs.c(V(say_single(ni[5:8], r) + " and " + ni[8].lower(), "NI_NUMBER", g))
        cs.a("so ", V(" ".join(ni[:2].lower()) + " " + say_single(ni[2:8], r) + " " + ni[8].lower(), "NI_NUMBER"), ", lovely")
    else:
        lang, intro = r.choice(INTL)
        cs.note = "expat reads NI number digits in %s" % LANG_NAME[lang]
        cs.c(intro, ". my insurance number is ", V(" ".join(ni[:2].lower()) + " " + say_single(ni[2:8], r, lang) + " " + ni[8].lower(), "NI_NUMBER"))
        cs.a("thanks, I'll just read it back: ", V(ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], "NI_NUMBER"))
    if r.random() < 0.3:
        pc = gen_uk_pc(r)
        cs.a("and the postcode on the account")
        cs.c(V(pc if r.random() < 0.5 else say_alnum(pc, r), "POSTCODE"))
        cs.note += " + postcode"
    return cs


BANK_N = [0]


def pos_bank(r):
    BANK_N[0] += 1
    v = ["uk_typed", "uk_spoken", "iban_typed", "uk_split", "iban_spoken", "us_typed"][BANK_N[0] % 6]
    cs = Case("positive", "bank details %s" % v)
    acct, sc = dd(8, r), dd(6, r)
    if v == "uk_typed":
        cs.c(r.choice(["acct no: ", "Account ", "a/c "]), V(acct, "BANK_ACCOUNT"),
             r.choice([" sort code ", ", s/c ", " sc: "]), V(r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"))
    elif v == "uk_spoken":
        cs.a("what's the sort code")
        cs.c(V(say_groups([sc[:2], sc[2:4], sc[4:]], r, r.choice(["pairs", "single"])), "SORT_CODE"))
        cs.a("and the account number")
        cs.c(V(say_groups([acct[:4], acct[4:]], r, "mixed", filler=0.3), "BANK_ACCOUNT"))
    elif v == "iban_typed":
        ib = gen_iban(r)
        txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if r.random() < 0.6 else ib
        cs.c("IBAN: ", V(txt if r.random() < 0.8 else txt.lower(), "IBAN"), r.choice(["", " (my Irish account)", " BIC not needed?"]))
    elif v == "iban_spoken":
        ib = gen_iban(r)
        cs.a("could i get the iban please")
        lang = r.choice([None, None, "de", "es", "fr", "it"])
        cs.c(V(say_alnum(ib[:2], r, "nato", 0.5) + " " + say_alnum(ib[2:], r, "nato" if lang is None else None, 0.3, lang), "IBAN"))
        cs.note += " (digits in %s)" % (LANG_NAME[lang] if lang else "English")
    elif v == "us_typed":
        acct = dd(r.choice([9, 10, 12]), r)
        cs.c("routing ", "0%s" % dd(8, r), r.choice([" acct # ", " account number "]), V(acct, "BANK_ACCOUNT"))
        cs.note += " (routing number not labelled)"
    else:
        g = cs.gid()
        cs.a("account number when you're ready")
        cs.c(V(say_single(acct[:4], r), "BANK_ACCOUNT", g))
        cs.a(r.choice(BACKCH))
        cs.c(V(say_single(acct[4:], r), "BANK_ACCOUNT", g))
        cs.a("and sort code")
        cs.c(V(say_groups([sc[:2], sc[2:4], sc[4:]], r, "pairs"), "SORT_CODE"))
    return cs


def pos_phone(r):
    g = gen_phone(r)
    v = r.choice(["typed", "spoken", "pairs", "foreign", "split"])
    cs = Case("positive", "phone %s (%s)" % (v, g[0]))
    if v == "typed":
        sep = r.choice([" ", "-", ".", ""])
        txt = sep.join(g) if not g[0].startswith("+") else g[0] + " " + sep.join(g[1:])
        cs.c(r.choice(["call me on ", "mob: ", "Tel ", "best number is ", "ph# "]), V(txt, "PHONE"))
    elif v in ("spoken", "pairs"):
        cs.a("best contact number?")
        cs.c(r.choice(["it's ", "yeah ", "um, "]), V(say_phone(g, r, "single" if v == "spoken" else "pairs"), "PHONE"))
    elif v == "foreign":
        lang, intro = r.choice(INTL)
        cs.c(intro, ", my mobile is ", V(say_phone(g, r, lang=lang), "PHONE"))
        cs.a("sorry, once more in English?")
        cs.c(V(say_phone(g, r, "single"), "PHONE"))
    else:
        gid = cs.gid()
        cs.a("what number can we reach you on")
        for i, grp in enumerate(g):
            txt = say_phone([grp], r)
            cs.c(V(txt, "PHONE", gid))
            if i < len(g) - 1:
                cs.a(r.choice(BACKCH))
    return cs


def pos_email(r):
    e = gen_email(r)
    v = r.choice(["typed", "typed_caps", "spoken", "spelled"])
    cs = Case("positive", "email %s" % v)
    if v == "typed":
        cs.c(r.choice(["email: ", "my email is ", "e-mail addr ", "send it to "]), V(e, "EMAIL"))
    elif v == "typed_caps":
        cs.c("Email ", V(e.upper() if r.random() < 0.5 else e.capitalize(), "EMAIL"), " please")
    elif v == "spoken":
        cs.a("and an email address")
        cs.c(r.choice(["yeah it's ", "", "it's um "]), V(say_email(e, r), "EMAIL"))
        cs.a("so that's ", V(say_email(e, r), "EMAIL"), "?")
    else:
        local, dom = e.split("@")
        first = re.split(r"[._\-\d]", local)[0]
        rest = local[len(first):]
        sp = " ".join(say_letter(ch, r, "nato", conn=True) if r.random() < 0.3 else ch for ch in first)
        if rest:
            sp += " " + say_email(rest.lstrip("._-") + "@x", r).rsplit(" at ", 1)[0] if rest[0] not in "._-" else " " + say_email(rest + "@x", r).rsplit(" at ", 1)[0]
        sp += " at " + say_email("x@" + dom, r).split(" at ", 1)[1]
        cs.a("can you spell the email")
        cs.c(V(sp, "EMAIL"))
    return cs


def pos_iban(r):
    ib = gen_iban(r)
    lang, intro = r.choice(INTL)
    v = r.choice(["typed_email", "spoken_readback", "split", "foreign"])
    cs = Case("positive", "IBAN %s" % v)
    grp = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if v == "typed_email":
        cs.c("Hello, please send the refund to my account at ", r.choice(["Bank of Ireland", "Sparkasse", "BBVA", "PKO"]),
             ": ", V(" ".join(grp) if r.random() < 0.7 else ib, "IBAN"), ". Thank you, ", r.choice(FIRST).capitalize())
        cs.a("Thanks, the refund will be with you in 5-7 working days.")
    elif v == "spoken_readback":
        cs.a("go ahead with the iban")
        cs.c(V(say_alnum(ib[:2], r, "nato", 0.8) + " " + " ".join(say_alnum(x, r) for x in [ib[2:4]] + [ib[4:8]]) + " " +
               say_groups(split_by(ib[8:], [4] * ((len(ib) - 8) // 4) + ([len(ib) % 4] if len(ib) % 4 else [])), r, "single"), "IBAN"))
        cs.a("reading back: ", V(" ".join(grp), "IBAN"))
        cs.c("yes perfect")
    elif v == "split":
        g = cs.gid()
        cs.a("the iban please, take your time")
        chunks = ["".join(grp[i:i + 2]) for i in range(0, len(grp), 2)]
        for i, ch in enumerate(chunks):
            cs.c(V(say_alnum(ch, r, r.choice(["nato", "de", "it"]), 0.6), "IBAN", g))
            if i < len(chunks) - 1:
                cs.a(r.choice(BACKCH))
    else:
        cs.note = "IBAN read with %s digits by non-native caller" % LANG_NAME[lang]
        cs.c(intro, ". my iban, ", V(say_alnum(ib, r, None, 0, lang if lang != "pt" else "es"), "IBAN"))
        cs.a("thank you")
    return cs


def pos_addr(r):
    us = r.random() < 0.4
    v = r.choice(["typed", "spoken", "mover"])
    cs = Case("positive", "address %s (%s)" % (v, "US" if us else "UK"))
    town = r.choice(TOWNS_US if us else TOWNS_UK)
    pc = gen_zip(r) if us else gen_uk_pc(r)
    if v == "typed":
        a = gen_addr(r, us)
        cs.c(r.choice(["address: ", "I live at ", "new addr "]), V(a, "ADDRESS"), ", ", town, ", ",
             V(pc if r.random() < 0.7 else pc.lower(), "POSTCODE"))
    elif v == "spoken":
        a = gen_addr(r, us, spoken=True)
        cs.a("and the first line of the address")
        cs.c(V(a, "ADDRESS"), ", ", town.lower())
        cs.a("postcode?" if not us else "zip code?")
        spc = say_alnum(pc.replace("-", ""), r) if not us else say_single(pc.replace("-", ""), r)
        cs.c(V(spc, "POSTCODE"))
    else:
        a1, a2 = gen_addr(r, us), gen_addr(r, us)
        cs.c("I've moved from ", V(a1, "ADDRESS"), " to ", V(a2, "ADDRESS"), " in ", town, " ", V(pc, "POSTCODE"))
        cs.note += " (old and new)"
    return cs


def pos_dob(r):
    v = r.choice(["typed", "spoken", "intl"])
    cs = Case("positive", "DOB %s" % v)
    if v == "typed":
        cs.c(r.choice(["dob ", "DOB: ", "born ", "d.o.b "]), V(fmt_dob(r, False), "DOB"))
    elif v == "spoken":
        cs.a("can you confirm your date of birth")
        cs.c(r.choice(["", "yeah it's ", "uh "]), V(fmt_dob(r, True), "DOB"))
    else:
        lang, intro = r.choice(INTL)
        y, m, d = gen_dob(r)
        cs.c(intro, ". born ", V("%s %s %s" % (say_single("%02d" % d, r, lang), say_single("%02d" % m, r, lang), say_single(str(y), r, lang)), "DOB"))
        cs.note += " (%s digits, day-month-year)" % LANG_NAME[lang]
    return cs


def pos_mixed_call(r):
    """Full verification call with several types."""
    k, greet = ind(r)
    cs = Case("positive", "full ID&V call, %s" % k)
    cs.a(greet.lower().rstrip(".?!"), ", can i start with your full name")
    cs.c(r.choice(FIRST), " ", r.choice(LAST))
    cs.a("and date of birth")
    cs.c(V(fmt_dob(r, True), "DOB"))
    cs.a("first line of the address and postcode")
    pc = gen_uk_pc(r)
    cs.c(V(gen_addr(r, False, True), "ADDRESS"), ", ", V(say_alnum(pc, r), "POSTCODE"))
    cs.a("thanks. and the card you'd like to use")
    card, sizes = gen_card(r)
    cs.c(V(say_groups(split_by(card, sizes), r, "mixed", filler=0.2), "CARD_NUMBER"))
    cs.a("expiry?")
    cs.c(V(fmt_exp(r, True), "EXPIRY"))
    cs.a("and the security code")
    cs.c(V(say_single(dd(3, r), r), "CVV"))
    cs.a("lovely, that payment of ", "%d pounds %d" % (r.randint(10, 400), r.randint(1, 99)), " has gone through, reference ", say_single(dd(6, r), r))
    return cs


# ---------------------------------------------------------------- negatives
def n_order(r):
    cs = Case("negative", "long order number read like a card")
    lab = r.choice(["order number", "tracking number", "reference", "booking reference"])
    num = luhn_fill(str(r.randint(1, 9)), 16, r)
    cs.a("can i take the ", lab)
    cs.c("yeah the ", lab, " is ", say_groups(split_by(num, [4, 4, 4, 4]), r, "single"))
    cs.a("thanks, found the order")
    return cs


def n_tracking_typed(r):
    cs = Case("negative", "typed tracking/serial numbers")
    cs.c(r.choice(["Tracking no: ", "tracking # ", "Serial: ", "S/N "]), r.choice(["1Z", "JD", "", "TBA"]), dd(r.randint(12, 18), r),
         r.choice([" still not delivered", ", it says in transit", ""]))
    cs.a("I can see that parcel, it's due ", r.choice(["tomorrow", "on Friday", "by 6pm"]), ".")
    return cs


def n_amounts(r):
    cs = Case("negative", "balances and amounts")
    cs.a("your balance is ", "%s pounds and %s pence" % (say_hundred(str(r.randint(1, 9)) + dd(1, r) + str(r.randint(1, 9)), r), say_pair(str(r.randint(21, 99)), r)))
    cs.c("and the last payment was ", r.choice(["£", "$", "€"]), "%d.%02d" % (r.randint(100, 9999), r.randint(0, 99)), "?")
    cs.a("yes, and the minimum payment is ", "%d" % r.randint(20, 200), " with ", "%.1f" % (r.random() * 30), "% APR")
    return cs


def n_times(r):
    cs = Case("negative", "opening hours, times, durations")
    cs.c("what time are you open till")
    cs.a("we're open ", r.choice(["eight till eight", "nine a m to five thirty p m", "08:00-20:00", "7.30 to 10"]),
         " weekdays, and the wait is about ", EN[r.randint(2, 9)], " minutes")
    cs.c("ok I've been on hold for ", say_pair(str(r.randint(21, 59)), r), " minutes already")
    return cs


def n_card_last4(r):
    cs = Case("negative", "card last four only")
    l4 = dd(4, r)
    cs.a("is that the card ending ", r.choice([l4, say_single(l4, r), say_pairs(l4, r)]), "?")
    cs.c("yes the ", r.choice(["visa", "one"]), " ending in ", l4)
    cs.a("great, the payment of ", "%d" % r.randint(10, 900), " dollars will come from that card")
    return cs


def n_policy_cardlike(r):
    cs = Case("negative", "policy/claim number with card-like Luhn-valid digits, labelled")
    lab = r.choice(["policy number", "claim number", "membership number", "account reference", "customer number"])
    num = luhn_fill("4", 16, r)
    cs.a("what's your ", lab)
    cs.c("the ", lab, "'s ", say_groups(split_by(num, [4, 4, 4, 4]), r, r.choice(["pairs", "single"])))
    cs.a("thanks, I've got your ", lab.split()[0], " up")
    return cs


def n_claim_ssnlike(r):
    cs = Case("negative", "claim/case number shaped like an SSN, labelled")
    s = gen_ssn(r)
    lab = r.choice(["Claim no.", "Case ID", "Ticket", "Invoice"])
    cs.c(lab, " ", "%s-%s-%s" % (s[:3], s[3:5], s[5:]), r.choice([" still pending", " - any update?"]))
    cs.a(lab.split()[0], " ", "%s-%s-%s" % (s[:3], s[3:5], s[5:]), " was approved on ", r.choice(["3 March", "the 14th", "Monday"]), ".")
    return cs


def n_meter(r):
    cs = Case("negative", "meter readings")
    cs.a("can you give me the meter reading")
    cs.c("it's ", say_single(dd(5, r), r), r.choice([" and the night one is ", ", the other dial says "]), say_single(dd(5, r), r))
    cs.a("and the meter serial?")
    cs.c(r.choice(["k", "e", "s"]), " ", say_single(dd(8, r), r))
    return cs


def n_flight(r):
    cs = Case("negative", "flight, gate, seat, room numbers")
    cs.c("I'm on flight ", r.choice(["BA", "EI", "FR", "LH"]), " ", "%d" % r.randint(100, 9999), r.choice([", seat 23C", ", seat fourteen a"]))
    cs.a("that's departing gate ", "%d" % r.randint(1, 60), " at ", "%02d:%02d" % (r.randint(0, 23), r.choice([0, 15, 30, 45])), ", and your hotel room is ", say_single(dd(3, r), r))
    return cs


def n_roads(r):
    cs = Case("negative", "road names and directions (no house number)")
    cs.c("I'm stuck on the ", r.choice(["M25", "A40", "N7", "I-95", "Route 66", "M50"]), " near junction ", "%d" % r.randint(1, 30))
    cs.a("ok, the nearest garage is on ", r.choice(["Station Road", "the high street", "Main Street"]), ", about ", "%d" % r.randint(2, 9), " miles")
    return cs


def n_dates(r):
    cs = Case("negative", "appointment/contract/payment dates and years")
    cs.a("your appointment is on ", r.choice(["the twenty third of march", "03/04/2026", "Tuesday the 9th", "june fifth"]),
         " at ", r.choice(["ten thirty", "2pm", "quarter past four"]))
    cs.c("and my contract ends in ", r.choice(["twenty twenty seven", "2027", "march next year"]), "?")
    cs.a("that's right, it started ", r.choice(["12 January 2024", "in 2023", "on the first of may twenty twenty four"]))
    return cs


def n_ages_counts(r):
    cs = Case("negative", "ages, counts, temperatures, percentages")
    cs.c("my son is ", EN[r.randint(2, 9)], ", he's had a temperature of ", "%d.%d" % (r.randint(37, 40), r.randint(0, 9)), " for ", EN[r.randint(2, 5)], " days")
    cs.a("ok, we have ", say_pair(str(r.randint(21, 99)), r), " slots left and ", "%d%%" % r.randint(5, 95), " are booked")
    return cs


def n_invoice_digits(r):
    cs = Case("negative", "invoice and reference read digit by digit with fillers")
    lab = r.choice(["invoice number", "reference number", "ticket number", "case number"])
    cs.a("do you have a ", lab)
    cs.c("yeah uh ", say_groups([dd(3, r), dd(3, r), dd(3, r)], r, "single", filler=0.3))
    cs.a("mhm, that's the ", lab, " for the ", r.choice(["repair", "refund", "upgrade"]), ", yeah")
    return cs


def n_model(r):
    cs = Case("negative", "model/serial numbers")
    cs.c("the model is ", r.choice(["WM", "KX", "SM-G", "HP"]), "%d" % r.randint(1000, 99999), " and serial number ", dd(r.randint(10, 14), r))
    cs.a("that model is under warranty until ", "%d" % r.randint(2025, 2030))
    return cs


def n_intl_amount(r):
    cs = Case("negative", "non-native caller says amounts and reference in own language")
    lang, intro = r.choice(INTL)
    cs.c(intro, ". the ", r.choice(["invoice", "booking reference", "order"]), " is ", say_single(dd(10, r), r, lang))
    cs.a("and the amount was ", "%d" % r.randint(50, 3000), " euro?")
    cs.c("yes, ", say_single(dd(3, r), r, lang), " euro")
    return cs


def n_spelled_ref(r):
    cs = Case("negative", "booking reference spelled with NATO/foreign alphabet")
    alpha = r.choice(["nato", "de", "it", "es", "fr"])
    ref = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + dd(3, r)
    cs.a("what's the booking reference")
    cs.c("the booking reference is ", say_alnum(ref, r, alpha, 0.8))
    cs.a("found it, the flight on the ", ordinal(r.randint(1, 28)))
    return cs


def n_phone_like(r):
    cs = Case("negative", "phone-length digit strings that are not phones")
    cs.c("the parcel ID is ", "0" + dd(10, r), " and it weighs ", "%d" % r.randint(1, 30), "kg")
    cs.a("and the warehouse batch is ", say_single(dd(11, r), r))
    return cs


def n_company_number(r):
    cs = Case("negative", "VAT and company registration numbers")
    cs.c("our VAT number is GB", dd(9, r), " and company number ", dd(8, r))
    cs.a("thanks, I'll add those to the business account")
    return cs


def n_years_money(r):
    cs = Case("negative", "large spoken amounts with hundreds")
    cs.a("the total comes to ", say_hundred(str(r.randint(1, 9)) + say_hundreds_digits(r), r), " thousand ", say_hundred(str(r.randint(1, 9)) + say_hundreds_digits(r), r), " euros")
    cs.c("wow, and I paid ", say_year(r.randint(1990, 2024), r), " pounds last time")
    return cs


def say_hundreds_digits(r):
    return str(r.randint(0, 9)) + str(r.randint(1, 9))


def n_sortcode_like(r):
    cs = Case("negative", "six-digit and eight-digit non-bank numbers")
    cs.c("the promo code is ", dd(6, r), " and my loyalty number ", dd(8, r))
    cs.a("the promo code ", say_pairs(dd(6, r), r), " has expired, sorry")
    return cs


def n_iban_like(r):
    cs = Case("negative", "alphanumeric reference that looks like an IBAN but is a contract/policy id")
    cs.c("policy ref ", r.choice(["GB", "IE", "DE"]), dd(2, r), " ", "".join(r.choice("ABCDEFGH") for _ in range(4)), " ", dd(4, r), " ", dd(4, r))
    cs.a("thanks, that policy renews on the ", ordinal(r.randint(1, 28)))
    return cs


def n_chitchat(r):
    cs = Case("negative", "chit-chat with numbers")
    cs.c("I've been a customer for ", say_pair(str(r.randint(11, 30)), r), " years and called ", EN[r.randint(3, 9)], " times this week")
    cs.a("I'm sorry about that. I'll add ", "%d" % r.randint(5, 50), " pounds credit and it'll show within ", EN[r.randint(2, 7)], " working days")
    return cs


NEG = [n_order, n_tracking_typed, n_amounts, n_times, n_card_last4, n_policy_cardlike, n_claim_ssnlike,
       n_meter, n_flight, n_roads, n_dates, n_ages_counts, n_invoice_digits, n_model, n_intl_amount,
       n_spelled_ref, n_phone_like, n_company_number, n_years_money, n_sortcode_like, n_iban_like, n_chitchat]

POS_PLAN = [(pos_card_typed, 18), (pos_card_spoken, 16), (pos_card_split, 12), (pos_card_intl, 10),
            (pos_card_correction, 6), (pos_card_aside, 6), (pos_card_email, 4), (pos_mixed_call, 8),
            (pos_ssn, 34), (pos_ni, 34), (pos_bank, 26), (pos_iban, 14), (pos_phone, 18), (pos_email, 14),
            (pos_addr, 14), (pos_dob, 12)]


def build():
    pos, neg = [], []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn(R))
    R.shuffle(pos)
    for i in range(110):
        neg.append(NEG[i % len(NEG)](R))
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        c.id = "h405-pos-%03d" % i
        out.append(c)
    for i, c in enumerate(neg, 1):
        c.id = "h405-neg-%03d" % i
        out.append(c)
    return out


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation
def toks(text):
    return re.findall(r"[^\W_]+|\+", text.lower().replace("x-ray", "xray"))


def norm(text, mode):
    """Normalise a spoken/typed value. mode: digits | alnum."""
    t = toks(text)
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w in FILLERS or w in ("and", "slash", "dash", "space"):
            i += 1; continue
        if w == "+" or w == "plus":
            out.append("+"); i += 1; continue
        if mode == "alnum" and len(w) == 1 and w.isalpha() and w != "o" and nxt in CONNECTORS:
            j = i + 1
            while j < len(t) and t[j] in CONNECTORS:
                j += 1
            if j < len(t) and t[j] in CODEWORD and CODEWORD[t[j]] == w:
                out.append(w.upper()); i = j + 1; continue
        if w == "o" and mode == "alnum" and nxt in CONNECTORS:
            j = i + 1
            while j < len(t) and t[j] in CONNECTORS:
                j += 1
            if j < len(t) and t[j] in CODEWORD and CODEWORD[t[j]] == "o":
                out.append("O"); i = j + 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in ("double", "triple") and nxt in DIGIT_WORD:
            out.append(str(DIGIT_WORD[nxt]) * (2 if w == "double" else 3)); i += 2; continue
        if w in DIGIT_WORD and nxt == "hundred":
            v = DIGIT_WORD[w] * 100; i += 2
            if i < len(t) and t[i] == "and":
                i += 1
            if i < len(t) and t[i] in TEEN_VAL:
                v += TEEN_VAL[t[i]]; i += 1
            elif i < len(t) and t[i] in TENS:
                v += TENS[t[i]] * 10; i += 1
                if i < len(t) and t[i] in EN[1:]:
                    v += EN.index(t[i]); i += 1
            elif i < len(t) and t[i] in EN[1:]:
                v += EN.index(t[i]); i += 1
            out.append("%03d" % v); continue
        if w in TEEN_VAL:
            out.append(str(TEEN_VAL[w])); i += 1; continue
        if w in TENS:
            if nxt in EN[1:]:
                out.append(str(TENS[w] * 10 + EN.index(nxt))); i += 2
            else:
                out.append(str(TENS[w] * 10)); i += 1
            continue
        if w in DIGIT_WORD and not (mode == "alnum" and len(w) == 1 and w != "o"):
            out.append(str(DIGIT_WORD[w])); i += 1; continue
        if mode == "alnum":
            if w in CODEWORD:
                out.append(CODEWORD[w].upper()); i += 1; continue
            if w.isalnum():
                out.append(w.upper()); i += 1; continue
        raise ValueError("cannot normalise token %r in %r" % (w, text))
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.lower()
    t = toks(text)
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if len(w) == 1 and nxt in CONNECTORS:
            j = i + 1
            while j < len(t) and t[j] in CONNECTORS:
                j += 1
            if j < len(t) and CODEWORD.get(t[j]) == w:
                out.append(w); i = j + 1; continue
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        if w in m:
            out.append(m[w]); i += 1; continue
        if w in TENS:
            if nxt in EN[1:]:
                out.append(str(TENS[w] * 10 + EN.index(nxt))); i += 2
            else:
                out.append(str(TENS[w] * 10)); i += 1
            continue
        if w in TEEN_VAL:
            out.append(str(TEEN_VAL[w])); i += 1; continue
        if w in EN or w in ("oh", "nought"):
            out.append(str(DIGIT_WORD[w])); i += 1; continue
        out.append(w); i += 1
    return "".join(out)


MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"


def validate_value(typ, text, partial):
    if typ == "EMAIL":
        e = norm_email(text)
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e)), e
    if typ == "ADDRESS":
        ok = bool(re.match(r"(flat|apt)?\s*\w+", text, re.I)) and bool(re.search(r"\b(%s)\b" % "|".join(SUFFIX), text, re.I))
        first = re.sub(r"^(flat|apt)\s*", "", text, flags=re.I).split()[0].rstrip(",")
        ok = ok and (first.isdigit() or first.lower() in EN or first.lower() in TEEN_VAL or first.lower() in TENS
                     or re.match(r"(flat|apt)", text, re.I) is not None)
        return ok, text
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        low = re.sub(r"two thousand and (one|two|three|four|five|six|seven|eight|nine)\b", r"two oh oh \1", low)
        low = re.sub(r"two thousand( and)?", "twenty", low)
        has_month = re.search(MONTH_RE, low) is not None
        try:
            n = norm(re.sub(MONTH_RE + r"[a-z]*", " ", low).replace("the ", " ").replace(" of ", " ")
                     .replace("thousand", " "), "digits") if not re.search(r"(first|second|third|th\b|fifth|ninth|twelfth|eighth)", low) else "x"
        except ValueError:
            n = ""
        if typ == "EXPIRY":
            ok = has_month or (n.isdigit() and len(n) in (4, 6))
        else:
            ok = has_month or (n.isdigit() and 6 <= len(n) <= 8)
        return ok, n
    mode = "alnum" if typ in ("NI_NUMBER", "POSTCODE", "IBAN") else "digits"
    n = norm(text, mode)
    if partial:
        return bool(n) and n.replace("+", "").isalnum(), n
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9", n
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)), n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        d = n.replace("+", "")
        return d.isdigit() and 9 <= len(d) <= 15 and (n.startswith("+") or n.startswith("00") or n[0] in "0123456789"), n
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) or re.fullmatch(r"\d{5}(\d{4})?", n)), n
    return False, n


def check(cases, text_on_disk):
    errs = []
    if dump(cases) != text_on_disk:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in text_on_disk.splitlines():
        o = json.loads(line)
        if o["id"] in ids:
            errs.append("duplicate id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "positive":
            npos += 1
            if not o["spans"]:
                errs.append(o["id"] + ": positive with no spans")
        else:
            nneg += 1
            if o["spans"]:
                errs.append(o["id"] + ": negative with spans")
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(o["id"] + ": bad speaker")
        prev = {}
        for s in sorted(o["spans"], key=lambda s: (s["turn"], s["start"])):
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append(o["id"] + ": bad type")
            tx = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(o["id"] + ": offsets out of range"); continue
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(o["id"] + ": overlapping spans")
            prev[s["turn"]] = b
            okstart = tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] == "+")
            if not okstart or not tx[b - 1].isalnum():
                errs.append("%s: span %r not trimmed" % (o["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (o["id"], tx[a:b]))
    for c in cases:
        for g, parts in c.groups.items():
            typ = parts[0][0]
            partial = any(p[2] for p in parts)
            joined = " ".join(p[1] for p in parts)
            try:
                ok, n = validate_value(typ, joined, partial)
            except ValueError as e:
                ok, n = False, str(e)
            if not ok:
                errs.append("%s: invalid %s %r -> %r" % (c.id, typ, joined, n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t in TYPES:
        if counts[t] < mins[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = dump(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        errs, counts, npos, nneg = check(cases, disk)
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()
