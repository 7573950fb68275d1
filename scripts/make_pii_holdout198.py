#!/usr/bin/env python3
"""Generate the held-out PII redaction set h198 (independent author, written blind).

python scripts/make_pii_holdout198.py          # write fixture + README
python scripts/make_pii_holdout198.py --check  # regenerate, verify identical and valid
"""
import json, random, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pii_holdout198"
CASES = OUT / "cases.jsonl"
README = OUT / "README.md"
SEED = 198241125

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu".split())}
MONTHS = "january february march april may june july august september october november december".split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


class G:
    def __init__(self, rng):
        self.r = rng

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def luhn_card(self, prefix, n):
        body = prefix + self.d(n - len(prefix) - 1)
        s = 0
        for i, ch in enumerate(reversed(body)):
            x = int(ch)
            if i % 2 == 0:
                x *= 2
                x = x - 9 if x > 9 else x
            s += x
        return body + str((10 - s % 10) % 10)

    def card(self):
        p, n = self.r.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("4", 13), ("35", 19)])
        return self.luhn_card(p, n)

    def iban(self, cc, bban):
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return cc + "%02d" % chk + bban

    def rand_iban(self):
        cc = self.r.choice(["GB", "IE", "DE", "NL", "FR"])
        if cc in ("GB", "IE"):
            bban = self.r.choice(["NWBK", "BOFI", "AIBK", "BARC", "LOYD"]) + self.d(14)
        elif cc == "DE":
            bban = self.d(18)
        elif cc == "NL":
            bban = self.r.choice(["ABNA", "INGB", "RABO"]) + self.d(10)
        else:
            bban = self.d(10) + "ABCDE"[self.r.randint(0, 4)] + self.d(10) + self.d(2)
        return self.iban(cc, bban)

    def ssn(self):
        a = self.r.randint(1, 665)
        while a == 666:
            a = self.r.randint(1, 665)
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        L = "ABCEGHJKLMNPRSTWXYZ"
        return self.r.choice("ABCEGHJKLMNPRSTWY") + self.r.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", "")) + self.d(6) + self.r.choice("ABCD")

    def uk_pc(self):
        out = self.r.choice(["SW1A", "M4", "B33", "LS6", "CR2", "EH12", "G41", "NE1", "BS8", "CF10", "L17", "OX4", "N1", "E14", "RG1", "BT9"])
        return out + " " + str(self.r.randint(0, 9)) + self.r.choice("ABDEFGHJLNPQRSTUWXYZ") + self.r.choice("ABDEFGHJLNPQRSTUWXYZ")

    def zip(self):
        z = self.d(5)
        if z[0] == "0" and self.r.random() < .5:
            return z
        return z if self.r.random() < .8 else z + "-" + self.d(4)


# ---------------- spoken renderers ----------------

def zero_word(r):
    return r.choice(["zero", "oh", "o", "nought", "zero", "oh"])


def spoken_digits(s, r, doubles=True, zero=None):
    """Read a digit string aloud, using double/triple sometimes."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        w = (zero or zero_word(r)) if c == "0" else DW[int(c)]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and r.random() < .6:
            out.append("triple " + w); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and r.random() < .6:
            out.append("double " + w); i += 2; continue
        out.append(w); i += 1
    return " ".join(out)


def pair_word(p, r):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(r) + " " + DW[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def round_ten(s):
    return any(s[i] != "0" and s[i] != "1" and s[i + 1] == "0" for i in range(0, len(s) - 1, 2))


def spoken_pairs(s, r):
    if round_ten(s):
        return spoken_digits(s, r)  # "forty one" would be ambiguous after a round ten
    parts = []
    for i in range(0, len(s) - 1, 2):
        parts.append(pair_word(s[i:i + 2], r))
    if len(s) % 2:
        parts.append(DW[int(s[-1])] if s[-1] != "0" else zero_word(r))
    return " ".join(parts)


def spoken_mixed(s, r):
    """Group-wise: random choice digits/pairs per chunk of 4."""
    parts = []
    for i in range(0, len(s), 4):
        ch = s[i:i + 4]
        parts.append(spoken_pairs(ch, r) if (len(ch) == 4 and r.random() < .4) else spoken_digits(ch, r))
    return " ".join(parts)


def letter_spoken(c, r):
    m = r.random()
    if m < .4:
        return c.lower() + " for " + NATO[c]
    if m < .6:
        return NATO[c]
    return c.lower()


def year_spoken(y):
    a, b = y[:2], y[2:]
    if a == "20":
        return "two thousand" + ("" if b == "00" else (" and " + pair_word(b, random.Random(0)) if b[0] != "0" else " and " + DW[int(b[1])]))
    hi = TEENS[int(a[1])]
    if b[0] == "0":
        return hi + " oh " + DW[int(b[1])]
    return hi + " " + pair_word(b, random.Random(0))


# ---------------- normalisation for --check ----------------

WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {TENS[i]: i for i in range(2, 10)}
NATOREV = {v: k for k, v in NATO.items()}
FILLER = {"um", "uh", "er", "erm", "sorry", "and", "then", "dash", "space", "hyphen", "is", "it's", "thats", "that's", "the", "like", "yeah", "plus"}


def norm(text):
    """Spoken or typed value -> uppercase alphanumerics."""
    toks = re.findall(r"[a-z0-9\-]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if re.fullmatch(r"[0-9]+", t):
            out.append(t); i += 1; continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3)); i += 2; continue
        if t in TEENNUM:
            out.append(TEENNUM[t]); i += 1; continue
        if t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(TENNUM[t]) + WORDNUM[toks[i + 1]]); i += 2; continue
            out.append(str(TENNUM[t]) + "0"); i += 1; continue
        if re.fullmatch(r"[a-z]", t) and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATOREV:
            out.append(t.upper()); i += 3; continue
        if t in NATOREV:
            out.append(NATOREV[t]); i += 1; continue
        if t in FILLER:
            i += 1; continue
        if t in WORDNUM:
            out.append(WORDNUM[t]); i += 1; continue
        out.append(re.sub(r"[^a-z0-9]", "", t).upper()); i += 1
    return "".join(out).upper()


def luhn_ok(s):
    if not s.isdigit():
        return False
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ---------------- value renderers: return (text, canonical) ----------------

def chunk(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def card_chat(g, v):
    r = g.r
    m = r.random()
    if len(v) == 15:
        return chunk(v, [4, 6, 5], r.choice([" ", "-"])), v
    if m < .35:
        return chunk(v, [4] * 4, " "), v
    if m < .55:
        return chunk(v, [4] * 4, "-"), v
    if m < .7:
        return v, v
    if m < .85:
        return chunk(v, [4] * 4, "."), v
    return chunk(v, [4] * 4, "  "), v


def digits_call(g, v):
    r = g.r
    m = r.random()
    if m < .55:
        return spoken_digits(v, r), v
    if m < .8:
        return spoken_mixed(v, r), v
    return spoken_pairs(v, r) if len(v) % 2 == 0 else spoken_digits(v, r), v


def ni_chat(g, v):
    r = g.r
    m = r.random()
    if m < .4:
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), v
    if m < .7:
        return v, v
    if m < .85:
        return v.lower(), v
    return "%s%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), v


def ni_call(g, v):
    r = g.r
    a = " ".join(letter_spoken(c, r) for c in v[:2])
    num = spoken_digits(v[2:8], r) if r.random() < .6 else spoken_pairs(v[2:8], r)
    return a + " " + num + " " + letter_spoken(v[8], r), v


def ssn_chat(g, v):
    m = g.r.random()
    if m < .5:
        return v[:3] + "-" + v[3:5] + "-" + v[5:], v
    if m < .75:
        return v[:3] + " " + v[3:5] + " " + v[5:], v
    return v, v


def ssn_call(g, v):
    r = g.r
    if r.random() < .5 or round_ten(v[3:5]):
        return spoken_digits(v[:3], r) + " " + spoken_digits(v[3:5], r) + " " + spoken_digits(v[5:], r), v
    return spoken_digits(v[:3], r) + " " + pair_word(v[3:5], r) + " " + spoken_pairs(v[5:], r), v


def phone_val(g, country):
    r = g.r
    if country == "UK":
        return "07" + g.d(9)
    if country == "US":
        return str(r.randint(2, 9)) + g.d(2) + str(r.randint(2, 9)) + g.d(6)
    if country == "IE":
        return "08" + r.choice("35679") + g.d(7)
    return "0" + g.d(9)


def phone_chat(g, v, country):
    r = g.r
    m = r.random()
    if country == "US":
        if m < .4:
            return "(%s) %s-%s" % (v[:3], v[3:6], v[6:]), v
        if m < .7:
            return "%s-%s-%s" % (v[:3], v[3:6], v[6:]), v
        if m < .85:
            return "+1 %s %s %s" % (v[:3], v[3:6], v[6:]), "1" + v
        return v, v
    if country == "UK":
        if m < .4:
            return v[:5] + " " + v[5:], v
        if m < .7:
            return "+44 " + v[1:5] + " " + v[5:], "44" + v[1:]
        return v, v
    if m < .5:
        return "+353 " + v[1:3] + " " + v[3:6] + " " + v[6:], "353" + v[1:]
    return v[:3] + " " + v[3:6] + " " + v[6:], v


def phone_call(g, v, country):
    r = g.r
    if country == "UK" and r.random() < .3:
        return "plus four four " + spoken_digits(v[1:], r), "44" + v[1:]
    return spoken_mixed(v, r) if r.random() < .4 else spoken_digits(v, r), v


FIRST = ["james", "sarah", "michael", "aoife", "priya", "tom", "linda", "carlos", "fatima", "owen", "grace", "dmitri", "emma", "sean", "nia", "marek"]
LAST = ["walsh", "patel", "okafor", "brennan", "nguyen", "hughes", "schmidt", "murphy", "garcia", "kowalski", "evans", "oconnor", "reid", "lopez"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com", "proton.me", "aol.com"]


def email(g, call):
    r = g.r
    f, l = r.choice(FIRST), r.choice(LAST)
    sep = r.choice([".", "_", "", "."])
    num = str(r.randint(1, 99)) if r.random() < .4 else ""
    local = (f[0] if r.random() < .3 else f) + sep + l + num
    dom = r.choice(DOMS)
    addr = local + "@" + dom
    if not call:
        if r.random() < .2:
            addr = addr.upper() if r.random() < .3 else addr[0].upper() + addr[1:]
        return addr, addr.lower()
    sp = local.replace(".", " dot ").replace("_", " underscore ")
    if num:
        sp = sp[: -len(num)] + " " + " ".join(DW[int(c)] for c in num)
    d = dom.replace(".", " dot ")
    return sp + " at " + d, addr


STREETS = ["maple avenue", "church street", "high street", "oak lane", "station road", "elm drive", "victoria road", "park crescent", "main street", "willow close", "sunset boulevard", "king street", "orchard way"]


def address(g, call, country):
    r = g.r
    n = r.randint(1, 480)
    st = r.choice(STREETS)
    if call:
        num = " ".join(DW[int(c)] for c in str(n)) if r.random() < .5 else spoken_pairs(str(n), r) if len(str(n)) == 2 else " ".join(DW[int(c)] for c in str(n))
        if r.random() < .3:
            return "flat " + DW[r.randint(1, 9)] + " " + num + " " + st, None
        return num + " " + st, None
    st2 = " ".join(w.capitalize() for w in st.split()) if r.random() < .7 else st
    if r.random() < .3:
        st2 = st2.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    if r.random() < .25:
        return "Apt %d, %d %s" % (r.randint(1, 30), n, st2), None
    return "%d %s" % (n, st2), None


def dob(g, call):
    r = g.r
    y = str(r.randint(1940, 2004)); m = r.randint(1, 12); d = r.randint(1, 28)
    if call:
        k = r.random()
        if k < .4:
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_spoken(y)), None
        if k < .7:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_spoken(y)), None
        return "%s %s %s" % (pair_word("%02d" % d, r), pair_word("%02d" % m, r), year_spoken(y)), None
    k = r.random()
    if k < .4:
        return "%02d/%02d/%s" % (d, m, y), None
    if k < .6:
        return "%d/%d/%s" % (m, d, y), None
    if k < .8:
        return "%d %s %s" % (d, MONTHS[m - 1].capitalize(), y), None
    return "%s-%02d-%02d" % (y, m, d), None


def expiry(g, call):
    r = g.r
    m = r.randint(1, 12); y = r.randint(26, 33)
    if call:
        k = r.random()
        if k < .5:
            return "%s %s" % (pair_word("%02d" % m, r), pair_word(str(y), r)), None
        return "%s twenty %s" % (MONTHS[m - 1], pair_word(str(y), r)), None
    k = r.random()
    if k < .6:
        return "%02d/%d" % (m, y), None
    if k < .8:
        return "%02d/20%d" % (m, y), None
    return "%02d-%d" % (m, y), None


def pc(g, call, country):
    r = g.r
    if country == "US":
        z = g.zip()
        if call:
            return spoken_digits(z.replace("-", ""), r, doubles=False), z.replace("-", "")
        return z, z.replace("-", "")
    p = g.uk_pc()
    if call:
        out, inw = p.split()
        s = []
        for c in out + inw:
            s.append(DW[int(c)] if c.isdigit() else letter_spoken(c, r))
        return " ".join(s), p.replace(" ", "")
    if r.random() < .3:
        p = p.lower() if r.random() < .5 else p.replace(" ", "")
    return p, p.replace(" ", "").upper()


def sort_code(g, call):
    v = g.d(6)
    if call:
        r = g.r
        if r.random() < .5:
            return spoken_pairs(v, r), v
        return spoken_digits(v, r), v
    return g.r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (v[:2], v[2:4], v[4:]), v


def iban_chat(g, v):
    if g.r.random() < .6:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)), v
    return v, v


def iban_call(g, v):
    r = g.r
    parts = [letter_spoken(c, r) if c.isalpha() else DW[int(c)] if c != "0" else zero_word(r) for c in v]
    return " ".join(parts), v


# ---------------- conversation scaffolding ----------------

BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yes"]
INDUSTRY = {
    "banking": ["i think there's a payment on my statement i don't recognise, it's {amt} from {day}", "my direct debit for {amt} bounced on {day}", "i was charged a fee of {amt} and i want to query it"],
    "telecom": ["my bill went up to {amt} this month and i'm on the {n} gig plan", "the broadband has dropped {n} times since {day}", "i want to upgrade, the offer said {amt} a month for {n} months"],
    "utilities": ["my meter reading was {meter} and the bill says {amt}", "the engineer was booked for {day} at {time} and never came", "i'm moving out on {day} and need a final bill"],
    "retail": ["my order number {ref} hasn't arrived, it was due {day}", "i was charged {amt} twice for order {ref}", "i need to return {n} items from order {ref}"],
    "insurance": ["i need to make a claim, the reference i was given is {ref}", "my premium went up by {pct} percent to {amt}", "the renewal is on {day} and the quote was {amt}"],
    "travel": ["my flight {flight} on {day} was cancelled", "i booked room {room} for {n} nights and was charged {amt}", "i need to change booking {ref} to {day}"],
    "healthcare billing": ["i got a bill for {amt} for a visit on {day}", "the invoice {ref} says i owe {amt} after insurance", "my copay was {amt} but i was charged twice"],
    "government services": ["i'm calling about my tax refund of {amt}", "my application reference is {ref} and it's been {n} weeks", "i had an appointment on {day} at {time} that got moved"],
}
AGENT_OPEN = ["thanks for calling {co} my name is {an} how can i help", "hi you're through to {co} customer services this is {an}", "Hi, you're chatting with {an} at {co}. How can I help today?"]
COS = {"banking": "northgate bank", "telecom": "skylink mobile", "utilities": "brightwater energy", "retail": "homewise stores", "insurance": "shieldline insurance", "travel": "bluejet travel", "healthcare billing": "riverside medical billing", "government services": "the benefits helpline"}
AGENTS = ["dave", "chloe", "raj", "megan", "liam", "sofia"]


def fill(g, s):
    r = g.r
    day = r.choice(["monday", "tuesday", "the %s" % r.choice(ORD[1:]), "last friday", "the %s of %s" % (ORD[r.choice([3, 12, 21, 15])], r.choice(MONTHS)), "%d/%d" % (r.randint(1, 28), r.randint(1, 12))])
    vals = {
        "amt": r.choice(["£%d.%02d" % (r.randint(5, 900), r.randint(0, 99)), "$%d.%02d" % (r.randint(5, 900), r.randint(0, 99)), "%d pounds %d" % (r.randint(5, 300), r.randint(1, 99)), "%s dollars" % TENS[r.randint(2, 9)], "€%d" % r.randint(10, 500)]),
        "day": day,
        "n": str(r.randint(2, 30)),
        "ref": str(r.randint(10000, 99999999)),
        "meter": str(r.randint(10000, 99999)),
        "time": r.choice(["9am", "2:30", "half ten", "four fifteen", "10:45"]),
        "pct": str(r.randint(3, 40)),
        "flight": r.choice(["BA", "EI", "FR", "UA", "DL"]) + str(r.randint(10, 2999)),
        "room": str(r.randint(101, 950)),
    }
    return s.format(**vals)


def t(sp, *segs):
    return (sp, list(segs))


def lower_call(s, call):
    if not call:
        return s[0].upper() + s[1:]
    return re.sub(r"[,?!]|\.(?=\s|$)", "", s.lower())


class Ctx:
    def __init__(self):
        self.gid = 0

    def new(self):
        self.gid += 1
        return self.gid


def P(text, typ, gid, canon):
    return (text, typ, gid, canon)


def split_words(text, k, r):
    w = text.split(" ")
    if len(w) < k * 2:
        return [text]
    cuts = sorted(r.sample(range(2, len(w) - 1), k - 1)) if len(w) - 3 >= k - 1 else []
    out, prev = [], 0
    for c in cuts + [len(w)]:
        out.append(" ".join(w[prev:c])); prev = c
    return [o for o in out if o]


def pii_block(g, cx, typ, call, country):
    """Return list of turns eliciting and giving one value of typ."""
    r = g.r
    A, C = "agent", "customer"
    gid = cx.new()
    if typ == "CARD_NUMBER":
        v = g.card()
        if call:
            txt, canon = digits_call(g, v)
            ask = t(A, r.choice(["okay and the long card number please", "can i take the long number on the front", "go ahead with the card number when you're ready"]))
            if r.random() < .5:
                parts = split_words(txt, r.randint(2, 4), r)
                turns = [ask]
                for i, pt in enumerate(parts):
                    pre = r.choice(["", "yeah ", "um ", "okay it's "]) if i == 0 else r.choice(["", "", "then "])
                    turns.append(t(C, pre, P(pt, typ, gid, canon)))
                    if i < len(parts) - 1:
                        turns.append(t(A, r.choice(BACK)))
                return turns
            return [ask, t(C, r.choice(["yeah it's ", "sure ", "it's ", "okay so "]), P(txt, typ, gid, canon), r.choice(["", " that's a visa", " got that"]))]
        txt, canon = card_chat(g, v)
        return [t(A, r.choice(["Please could you type the full card number?", "What's the card number you'd like to use?"])), t(C, r.choice(["card is ", "it's ", "", "ok its "]), P(txt, typ, gid, canon), r.choice(["", " thanks", ". Can you take the whole amount?"]))]
    if typ == "CVV":
        v = g.d(r.choice([3, 3, 4]))
        txt = spoken_digits(v, r) if call else v
        return [t(A, r.choice(["and the three digit security code on the back", "and the cvv please", "What's the security code on the back?"])), t(C, r.choice(["", "it's ", "cvv ", "security code is "]), P(txt, typ, gid, v))]
    if typ == "EXPIRY":
        txt, _ = expiry(g, call)
        return [t(A, r.choice(["and the expiry date", "when does the card expire", "What's the expiry on the card?"])), t(C, r.choice(["", "it expires ", "expiry is ", "valid until "]), P(txt, typ, gid, None))]
    if typ == "SSN":
        v = g.ssn()
        if call:
            txt, _ = ssn_call(g, v)
            ask = t(A, r.choice(["can i get your social security number to verify", "and the social please", "i'll need your full ssn"]))
            if r.random() < .35:
                parts = split_words(txt, 2, r)
                turns = [ask]
                for i, pt in enumerate(parts):
                    turns.append(t(C, P(pt, typ, gid, v)))
                    if i < len(parts) - 1:
                        turns.append(t(A, r.choice(BACK)))
                return turns
            return [ask, t(C, r.choice(["sure it's ", "yeah ", "okay ", "uh "]), P(txt, typ, gid, v))]
        txt, _ = ssn_chat(g, v)
        return [t(A, r.choice(["To verify, can you give me your Social Security number?", "I'll need your SSN to continue."])), t(C, r.choice(["sure, ", "SSN is ", "its ", "", "my social is "]), P(txt, typ, gid, v))]
    if typ == "NI_NUMBER":
        v = g.ni()
        if call:
            txt, _ = ni_call(g, v)
            ask = t(A, r.choice(["can i take your national insurance number please", "and your ni number", "what's your national insurance number"]))
            if r.random() < .35:
                parts = split_words(txt, 2, r)
                turns = [ask]
                for i, pt in enumerate(parts):
                    turns.append(t(C, P(pt, typ, gid, v)))
                    if i < len(parts) - 1:
                        turns.append(t(A, r.choice(BACK)))
                return turns
            return [ask, t(C, r.choice(["yeah it's ", "", "right ", "um its "]), P(txt, typ, gid, v))]
        txt, _ = ni_chat(g, v)
        return [t(A, r.choice(["Could you confirm your National Insurance number?", "What is your NI number please?"])), t(C, r.choice(["", "NI is ", "it's ", "sure "]), P(txt, typ, gid, v))]
    if typ == "BANK_ACCOUNT":
        v = g.d(r.choice([8, 8, 10, 12]))
        txt = digits_call(g, v)[0] if call else v
        return [t(A, r.choice(["and the account number", "what's the account number you'd like the refund paid into", "Which account number should we use?"])), t(C, r.choice(["", "account number ", "it's ", "the account is "]), P(txt, typ, gid, v))]
    if typ == "SORT_CODE":
        txt, v = sort_code(g, call)
        return [t(A, r.choice(["and the sort code", "What's the sort code?", "can i have the sort code for that account"])), t(C, r.choice(["", "sort code ", "it's ", "sort code is "]), P(txt, typ, gid, v))]
    if typ == "IBAN":
        v = g.rand_iban()
        txt = iban_call(g, v)[0] if call else iban_chat(g, v)[0]
        return [t(A, r.choice(["what's the iban for the refund", "Can you send me the IBAN?", "and the i ban number please"])), t(C, r.choice(["", "iban ", "it's ", "here it is "]), P(txt, typ, gid, v))]
    if typ == "PHONE":
        v = phone_val(g, country)
        txt, canon = phone_call(g, v, country) if call else phone_chat(g, v, country)
        return [t(A, r.choice(["what's the best number to reach you on", "Can I get a contact number?", "and a mobile number for the text"])), t(C, r.choice(["", "it's ", "my mobile is ", "call me on "]), P(txt, typ, gid, canon), r.choice(["", " after five", " any time"]))]
    if typ == "EMAIL":
        txt, canon = email(g, call)
        return [t(A, r.choice(["and what email should i send the confirmation to", "What's your email address?", "can i take an email for the receipt"])), t(C, r.choice(["", "it's ", "email is ", "yeah "]), P(txt, typ, gid, canon))]
    if typ == "DOB":
        txt, _ = dob(g, call)
        return [t(A, r.choice(["and your date of birth", "can you confirm your date of birth", "What's your date of birth?"])), t(C, r.choice(["", "it's ", "i was born ", "dob "]), P(txt, typ, gid, None))]
    if typ == "POSTCODE":
        txt, canon = pc(g, call, country)
        return [t(A, r.choice(["and the postcode" if country != "US" else "and the zip code", "What's the postcode on the account?" if country != "US" else "What's your ZIP?"])), t(C, r.choice(["", "it's ", "yeah "]), P(txt, typ, gid, canon))]
    if typ == "ADDRESS":
        txt, _ = address(g, call, country)
        return [t(A, r.choice(["and the first line of the address", "What's the street address?", "can you confirm the address"])), t(C, r.choice(["", "it's ", "i live at ", "yeah "]), P(txt, typ, gid, None), r.choice(["", " been there about 3 years", " near the park"]))]
    raise ValueError(typ)


MID_AGENT = ["i can see the payment of {amt} went out on {day}", "okay so that was booked for {day} at {time}", "the system shows reference {ref} for that", "i've applied a credit of {amt} which should show in {n} days", "your balance is currently {amt}", "that'll take about {n} minutes to go through", "i can see {n} attempts on {day}"]
MID_CUST = ["okay that's fine", "right because i was told {amt} last time", "it was around {time} i think", "i've been a customer for {n} years", "and will that be before {day}", "great thanks"]
CLOSE = [("agent", "is there anything else i can help with today"), ("customer", "no that's everything thanks"), ("agent", "thanks for getting in touch have a good day")]
NEG_TRICK = [
    "my order number is {ref} and it came to {amt}",
    "the claim reference is {ref}",
    "invoice {ref} was paid on {day}",
    "flight {flight} departs at {time}",
    "we were in room {room} for {n} nights",
    "the meter reading is {meter}",
    "i'm {n} years old and been with you since 2009",
    "my balance was {amt} on {day}",
    "the speed test said {n} megabits",
    "the model number is XR-{ref}",
    "ticket number {ref}, it's been {n} days",
    "the contract started on {day} 2023",
    "it's about {pct} percent more than last year",
    "it's {n} degrees in the house and the boiler is off",
]

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
COMBOS = [
    ["CARD_NUMBER", "EXPIRY", "CVV"], ["CARD_NUMBER"], ["SSN", "DOB"], ["SSN"], ["NI_NUMBER", "DOB"], ["NI_NUMBER", "POSTCODE"],
    ["BANK_ACCOUNT", "SORT_CODE"], ["IBAN"], ["PHONE", "EMAIL"], ["ADDRESS", "POSTCODE"], ["DOB", "POSTCODE"], ["SSN", "ADDRESS", "POSTCODE"],
    ["CARD_NUMBER", "CVV"], ["NI_NUMBER"], ["BANK_ACCOUNT", "SORT_CODE", "PHONE"], ["EMAIL"], ["PHONE"], ["IBAN", "PHONE"], ["CARD_NUMBER", "EXPIRY"],
]


def country_for(types, r):
    if "SSN" in types:
        return "US"
    if "NI_NUMBER" in types or "SORT_CODE" in types or "POSTCODE" in types and r.random() < .6:
        return "UK"
    if "POSTCODE" in types:
        return "US"
    if False:
        return "UK"
    if "IBAN" in types:
        return r.choice(["IE", "EU", "UK"])
    return r.choice(["US", "UK", "IE"])


def scaffold_open(g, ind, call):
    r = g.r
    co, an = COS[ind], r.choice(AGENTS)
    op = r.choice(AGENT_OPEN[:2] if call else AGENT_OPEN[2:]).format(co=co, an=an)
    turns = [t("agent", op)]
    turns.append(t("customer", lower_call(r.choice(["hi yeah ", "hello ", "hiya ", "hey "]) + fill(g, r.choice(INDUSTRY[ind])), call)))
    if r.random() < .6:
        turns.append(t("agent", lower_call(fill(g, r.choice(MID_AGENT)), call)))
        turns.append(t("customer", lower_call(fill(g, r.choice(MID_CUST)), call)))
    return turns


def positive(g, cx, idx):
    r = g.r
    call = r.random() < .6
    ind = r.choice(sorted(INDUSTRY))
    types = COMBOS[idx % len(COMBOS)]
    country = country_for(types, r)
    turns = scaffold_open(g, ind, call)
    turns.append(t("agent", lower_call(r.choice(["i can look into that, first i need to take a few details", "no problem let me just verify you", "Sure, I just need to confirm a couple of things first."]), call)))
    merged = False
    for k, ty in enumerate(types):
        blk = pii_block(g, cx, ty, call, country)
        if k == 1 and len(turns) - 1 == last_ans and types[:2] in (["DOB", "POSTCODE"], ["SSN", "DOB"], ["PHONE", "EMAIL"]) and not merged and r.random() < .5:
            # two values in one customer turn
            prev = turns.pop()
            joiner = {"POSTCODE": " and the postcode is ", "DOB": " and my date of birth is ", "EMAIL": " and email is "}[ty]
            ans = [x for x in blk[-1][1] if isinstance(x, tuple)]
            turns.append(t("customer", *(prev[1] + [joiner] + ans + [r.choice(["", " if that helps"])])))
            merged = True
            continue
        turns += blk
        last_ans = len(turns) - 1
        last = blk[-1]
        if ty in ("PHONE", "POSTCODE", "EMAIL", "DOB") and call and r.random() < .35:
            seg = [s for s in last[1] if isinstance(s, tuple)][0]
            turns.append(t("agent", "so that's ", P(seg[0], seg[1], cx.new(), seg[3]), " yeah"))
            turns.append(t("customer", r.choice(["yep that's right", "correct", "yes"])))
        if k == 0 and len(types) > 1 and r.random() < .5:
            turns.append(t("customer", lower_call(fill(g, r.choice(MID_CUST)), call)))
            turns.append(t("agent", lower_call(fill(g, r.choice(MID_AGENT)), call)))
    if len(turns) <= 16:
        turns.append(t("agent", lower_call(fill(g, r.choice(MID_AGENT)), call)))
        turns.append(t("customer", lower_call(fill(g, r.choice(MID_CUST)), call)))
    turns += [t(s, lower_call(x, call)) for s, x in CLOSE[: r.randint(2, 3)]]
    note = "%s/%s: %s amid %s conversation (%s)" % ("call" if call else "chat", ind, "+".join(types), ind, country)
    return turns, note


def negative(g, idx):
    r = g.r
    call = r.random() < .55
    ind = r.choice(sorted(INDUSTRY))
    turns = scaffold_open(g, ind, call)
    n = r.randint(3, 6)
    for _ in range(n):
        turns.append(t("agent", lower_call(r.choice(["can you give me the reference", "okay and when was that", "what does it say on the letter", "and how much was it", "right let me check that"]), call)))
        turns.append(t("customer", lower_call(fill(g, r.choice(NEG_TRICK)), call)))
    turns.append(t("agent", lower_call(fill(g, r.choice(MID_AGENT)), call)))
    turns += [t(s, lower_call(x, call)) for s, x in CLOSE[: r.randint(2, 3)]]
    return turns, "%s/%s: lookalike numbers only (refs, amounts, dates, times, counts)" % ("call" if call else "chat", ind)


def render(turns):
    out_t, spans, groups = [], [], []
    for i, (sp, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                v = s[0]
                lead = len(v) - len(re.sub(r"^[^A-Za-z0-9]+", "", v))
                text += v[:lead]
                core = re.sub(r"[^A-Za-z0-9]+$", "", v[lead:])
                st = len(text); text += core
                tail = v[lead + len(core):]
                spans.append({"turn": i, "start": st, "end": len(text), "type": s[1]})
                text += tail
                groups.append((s[2], s[1], s[3], core))
            else:
                text += s
        out_t.append({"speaker": sp, "text": text})
    return out_t, spans, groups


def build():
    g = G(random.Random(SEED))
    cx = Ctx()
    lines, meta = [], []
    for i in range(190):
        turns, note = positive(g, cx, i)
        tt, spans, groups = render(turns)
        lines.append({"id": "h198-pos-%03d" % (i + 1), "kind": "positive", "turns": tt, "spans": spans, "note": note})
        meta.append(groups)
    for i in range(110):
        turns, note = negative(g, i)
        tt, spans, groups = render(turns)
        lines.append({"id": "h198-neg-%03d" % (i + 1), "kind": "negative", "turns": tt, "spans": [], "note": note})
        meta.append(groups)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in lines)
    return text, lines, meta


def validate(lines, meta):
    errs = []
    ids = set()
    counts = {}
    for c, groups in zip(lines, meta):
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        if not 8 <= len(c["turns"]) <= 22:
            errs.append(c["id"] + " turn count %d" % len(c["turns"]))
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(c["id"] + " offsets out of range"); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()) or (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], txt[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append(c["id"] + " overlapping spans")
            prev[s["turn"]] = b
            if s["type"] not in TYPES:
                errs.append(c["id"] + " bad type")
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        agg = {}
        for gid, typ, canon, txt in groups:
            agg.setdefault(gid, [typ, canon, []])[2].append(txt)
        for gid, (typ, canon, txts) in agg.items():
            full = " ".join(txts)
            n = norm(full).replace("O", "0")
            cn = (canon or "").upper().replace("O", "0")
            bad = None
            if typ == "CARD_NUMBER":
                if n != cn or not (13 <= len(n) <= 19 and luhn_ok(n)): bad = "card"
            elif typ == "IBAN":
                if n != cn.replace(" ", "") or not iban_ok(canon): bad = "iban"
            elif typ == "NI_NUMBER":
                if n != cn or not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", canon): bad = "ni"
            elif typ == "SSN":
                if n != cn or not re.fullmatch(r"\d{9}", n): bad = "ssn"
            elif typ == "SORT_CODE":
                if n != cn or len(n) != 6: bad = "sort"
            elif typ == "CVV":
                if n != cn or len(n) not in (3, 4): bad = "cvv"
            elif typ == "BANK_ACCOUNT":
                if n != cn or not 8 <= len(n) <= 12: bad = "acct"
            elif typ == "PHONE":
                if n != cn or not 10 <= len(n) <= 13: bad = "phone"
            elif typ == "POSTCODE":
                if n != cn or not (re.fullmatch(r"\d{5}(\d{4})?", n) or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", canon.upper())): bad = "postcode"
            elif typ == "EMAIL":
                if not ("@" in full or (" at " in full and " dot " in full)): bad = "email"
            elif typ == "EXPIRY":
                if not re.search(r"\d|" + "|".join(MONTHS + TEENS + TENS[2:]), full): bad = "expiry"
            elif typ == "DOB":
                if not re.search(r"(19|20)\d\d|nineteen|two thousand", full): bad = "dob"
            elif typ == "ADDRESS":
                if not re.search(r"(?i)street|st|road|rd|avenue|ave|lane|drive|close|crescent|boulevard|way", full): bad = "address"
            if bad:
                errs.append("%s invalid %s: %r -> %s vs %s" % (c["id"], bad, full, n, cn))
    return errs, counts


def write_readme(lines, counts):
    npos = sum(c["kind"] == "positive" for c in lines)
    nneg = len(lines) - npos
    rows = "\n".join("| %s | %d |" % (k, counts.get(k, 0)) for k in TYPES)
    return f"""# PII hold-out set h198

Written by an AI helper acting as an independent author of evaluation data. The author
did not see the redaction code, its tests, its documentation or any other PII fixture;
only the JSONL format was shown. Cases are generated by `scripts/make_pii_holdout198.py`
(seeded `random.Random({SEED})`, byte-for-byte reproducible) from template functions in
which each turn is assembled from plain segments and (value, TYPE) segments, so offsets
are computed, never typed by hand. `--check` regenerates the file, compares it byte for
byte, and validates ids, offsets, word boundaries, overlaps and every value (Luhn, mod-97,
NI shape, SSN/sort-code/CVV/phone/account digit counts, postcode shapes) after
normalising spoken forms.

**Never use this set for tuning.** It is a held-out set; results on it are only
meaningful while nobody adjusts the redactor to it.

## Shape

- {npos} positive cases, {nneg} negative cases; whole calls and chats of 8-22 turns in
  banking, telecom, utilities, retail, insurance, travel, healthcare billing and
  government services, US/UK/Ireland/EU.
- Calls are ASR-style: lower case, sparse punctuation, digits as words ("oh", "o",
  "nought", "double", "triple", pairs like "forty one", letters as "b for bravo").
  Chats are typed with varied separators and case.
- Non-PII numbers (amounts, dates, times, reference/order/claim numbers, flight and room
  numbers, meter readings, counts, percentages) surround the PII and are never labelled.
- Negatives contain only such lookalikes; any redaction in a negative is a failure.

## Annotation conventions

- A span covers the value only: from its first to its last letter/digit word, without
  lead-ins ("it's", "my mobile is", "card is") or trailing chit-chat.
- Spoken words making up the value ("double", "triple", "for bravo", "dot", "at",
  "plus", "the ... of", month names, "flat", street names) are inside the span.
- A value split over several customer turns gets one span per turn, each covering that
  turn's part; agent back-channels between them are not labelled.
- When the agent reads a value back, the read-back is labelled too.
- DOB spans include the whole date ("the third of may nineteen eighty"); EXPIRY the
  month/year; ADDRESS the house number (and flat/apt) plus street, not the town or
  postcode, which is a separate POSTCODE span; PHONE includes the country code ("44", "plus four four") but a leading "+" or
  "(" sits just outside the span (spans start and end on a letter or digit).

## Span counts per type

| type | spans |
|---|---|
{rows}
"""


def main():
    text, lines, meta = build()
    errs, counts = validate(lines, meta)
    readme = write_readme(lines, counts)
    npos = sum(c["kind"] == "positive" for c in lines)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            errs.append("README.md differs from regenerated output")
    else:
        OUT.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    if npos < 170 or len(lines) - npos < 100:
        errs.append("too few cases")
    for k in TYPES:
        need = 30 if k in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts.get(k, 0) < need:
            errs.append("too few %s spans: %d" % (k, counts.get(k, 0)))
    print("cases: %d positive, %d negative" % (npos, len(lines) - npos))
    for k in TYPES:
        print("  %-13s %d" % (k, counts.get(k, 0)))
    for e in errs[:50]:
        print("ERROR:", e)
    print("problems: %d" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
