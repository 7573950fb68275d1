#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout174.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 174241125).

    python scripts/make_pii_holdout174.py          # write fixture + README
    python scripts/make_pii_holdout174.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter

SEED = 174241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout174")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = ["um", "uh", "er", "erm"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.gid = 0

    def new_gid(self):
        self.gid += 1
        return self.gid

    # ------------------------------------------------------------- spoken helpers
    def zero_word(self, uk):
        return self.r.choice(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"])

    def pair(self, two, zw):
        a, b = int(two[0]), int(two[1])
        if a == 0:
            return f"{zw} {ONES[b] if b else zw}"
        if a == 1:
            return TEENS[b]
        if b == 0:  # bare "twenty" would be ambiguous before a following digit
            return f"{ONES[a]} {zw}"
        return TENS[a] + " " + ONES[b]

    def digits_spoken(self, s, uk=False, style=None, filler=False):
        r = self.r
        zw = self.zero_word(uk)
        style = style or r.choice(["single", "single", "doubles", "pairs"])
        words = []
        i = 0
        if style == "pairs":
            while i < len(s):
                if i + 1 < len(s) and r.random() < 0.8:
                    words.append(self.pair(s[i:i + 2], zw))
                    i += 2
                else:
                    words.append(zw if s[i] == "0" else ONES[int(s[i])])
                    i += 1
        else:
            while i < len(s):
                d = s[i]
                w = zw if d == "0" else ONES[int(d)]
                if style == "doubles" and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d:
                    words.append("triple " + w)
                    i += 3
                elif style == "doubles" and i + 1 < len(s) and s[i + 1] == d:
                    words.append("double " + w)
                    i += 2
                else:
                    words.append(w)
                    i += 1
        if filler and len(words) > 3:
            k = r.randint(1, len(words) - 2)
            words.insert(k, r.choice(FILLERS))
        return " ".join(words)

    def letter_spoken(self, ch, nato_p=0.4):
        ch = ch.lower()
        if self.r.random() < nato_p and ch in NATO:
            return f"{ch} for {NATO[ch]}"
        return ch

    def alnum_spoken(self, s, uk=True, nato_p=0.4):
        out = []
        buf = ""
        for ch in s:
            if ch.isdigit():
                buf += ch
            else:
                if buf:
                    out.append(self.digits_spoken(buf, uk, style="single"))
                    buf = ""
                if ch.isalpha():
                    out.append(self.letter_spoken(ch, nato_p))
        if buf:
            out.append(self.digits_spoken(buf, uk, style="single"))
        return " ".join(out)

    def num_words(self, n):
        if n < 10:
            return ONES[n]
        if n < 20:
            return TEENS[n - 10]
        if n < 100:
            return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
        if n < 1000:
            rest = n % 100
            return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + self.num_words(rest))
        th = n // 1000
        rest = n % 1000
        s = self.num_words(th) + " thousand"
        if rest:
            s += (" and " if rest < 100 else " ") + self.num_words(rest)
        return s

    def year_words(self, y):
        if 2000 <= y < 2010:
            return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
        hi, lo = y // 100, y % 100
        a = self.num_words(hi)
        if lo == 0:
            return a + " hundred"
        if lo < 10:
            return a + " oh " + ONES[lo]
        return a + " " + self.num_words(lo)

    # ------------------------------------------------------------- value generators
    def luhn_complete(self, prefix, length):
        r = self.r
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return body + str((10 - total % 10) % 10)

    def card(self):
        kind = self.r.choice(["visa", "visa", "mc", "mc", "amex", "visa19", "disc"])
        if kind == "visa":
            return self.luhn_complete("4" + str(self.r.randint(0, 9)), 16), "4444"
        if kind == "visa19":
            return self.luhn_complete("4", 19), "4444"
        if kind == "mc":
            return self.luhn_complete(str(self.r.randint(51, 55)), 16), "4444"
        if kind == "amex":
            return self.luhn_complete(self.r.choice(["34", "37"]), 15), "465"
        return self.luhn_complete("6011", 16), "4444"

    def group(self, s, pattern):
        out, i = [], 0
        for p in pattern:
            n = int(p)
            out.append(s[i:i + n])
            i += n
        if i < len(s):
            out.append(s[i:])
        return [g for g in out if g]

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"

    def ni(self):
        r = self.r
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(first) + r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")

    def iban(self, country):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTWXYZ"
        dig = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        if country == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL", "SRLG"]) + dig(14)
        elif country == "IE":
            bban = r.choice(["AIBK", "IPBS", "ULSB"]) + dig(14)
        elif country == "DE":
            bban = dig(18)
        elif country == "FR":
            bban = dig(23)
        else:
            bban = r.choice(["ABNA", "RABN", "INGB", "TRIU"]) + dig(10)
        tmp = bban + country + "00"
        num = "".join(str(int(c, 36)) for c in tmp)
        chk = 98 - int(num) % 97
        return f"{country}{chk:02d}{bban}"

    def uk_postcode(self):
        r = self.r
        area = r.choice(["M", "B", "L", "G", "S", "LS", "SW", "EH", "CF", "BS", "NG", "RG", "CR",
                         "BT", "NE", "KT", "PL", "SE", "N", "E"])
        district = str(r.randint(1, 19))
        sector = str(r.randint(0, 9))
        unit = r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return f"{area}{district} {sector}{unit}"

    def zip5(self):
        return f"{self.r.randint(1001, 99950):05d}"

    def street(self, us=False):
        r = self.r
        names = ["elm", "oak", "maple", "station", "church", "victoria", "mill", "park", "high",
                 "king", "queen", "willow", "chestnut", "orchard", "lake", "riverside", "cedar",
                 "hawthorn", "meadow", "pine", "birch", "jubilee", "castle", "abbey", "spring"]
        kinds_uk = ["road", "street", "lane", "avenue", "close", "drive", "grove", "crescent",
                    "terrace", "way", "gardens"]
        kinds_us = ["street", "avenue", "road", "drive", "boulevard", "court", "lane", "place"]
        return r.choice(names), r.choice(kinds_us if us else kinds_uk)

    def phone(self, country):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        if country == "UK":
            return r.choice(["07" + d(9), "01" + d(9), "020" + d(8)])
        if country == "US":
            return str(r.randint(2, 9)) + d(2) + str(r.randint(2, 9)) + d(6)
        if country == "IE":
            return r.choice(["08" + str(r.choice([3, 5, 6, 7, 9])) + d(7), "01" + d(7)])
        return r.choice(["+49" + "1" + d(10), "+33" + "6" + d(8), "+31" + "6" + d(8)])

    def email_parts(self):
        r = self.r
        first = r.choice(["sarah", "mike", "j", "aoife", "tom", "priya", "dave", "k", "liam",
                          "emma", "raj", "chloe", "sean", "nina", "p"])
        last = r.choice(["murphy", "okafor", "smith", "walsh", "patel", "jones", "kowalski",
                         "brennan", "nguyen", "garcia", "hughes", "dubois", "obrien"])
        num = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1960, 2004))])
        sep = r.choice([".", "_", "", "."])
        dom = r.choice(["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
                        "btinternet.com", "eircom.net", "aol.com", "web.de", "proton.me"])
        return first, sep, last, num, dom

    # ------------------------------------------------------------- spoken/typed renderers
    def render_email(self, call):
        first, sep, last, num, dom = self.email_parts()
        if not call:
            s = f"{first}{sep}{last}{num}@{dom}"
            if self.r.random() < 0.2:
                s = s.upper() if self.r.random() < 0.3 else s.capitalize()
            return s
        sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
        numw = ""
        if num:
            numw = " " + (self.digits_spoken(num, style="pairs") if len(num) > 2 else self.num_words(int(num)))
        domw = dom.replace(".", " dot ")
        if self.r.random() < 0.3:
            first_w = " ".join(first) if len(first) > 1 else first
        else:
            first_w = first
        return f"{first_w}{sepw}{last}{numw} at {domw}"

    def render_card(self, num, grp, call, filler=False):
        if call:
            parts = self.group(num, grp)
            st = self.r.choice(["single", "single", "doubles", "pairs"])
            return " ".join(self.digits_spoken(p, style=st) for p in parts) if not filler else \
                self.digits_spoken(num, style=st, filler=True)
        sep = self.r.choice([" ", " ", "-", "", " "])
        return sep.join(self.group(num, grp))

    def render_expiry(self, call):
        r = self.r
        m = r.randint(1, 12)
        y = r.randint(25, 32)
        if not call:
            return r.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-{y}", f"{m}/{y}",
                             f"{m:02d}/20{y}"])
        zw = self.zero_word(False)
        mw = (f"{zw} {ONES[m]}" if m < 10 else self.num_words(m))
        c = r.random()
        if c < 0.35:
            return f"{mw} {self.num_words(y)}"
        if c < 0.6:
            return f"{MONTHS[m - 1]} {self.num_words(y)}"
        if c < 0.8:
            return f"{mw} slash {self.num_words(y)}"
        return f"{MONTHS[m - 1]} twenty {self.num_words(y)}" if False else f"{ONES[m] if m < 10 else self.num_words(m)} {self.num_words(y)}"

    def render_dob(self, call, us):
        r = self.r
        d = r.randint(1, 28)
        m = r.randint(1, 12)
        y = r.randint(1941, 2004)
        if not call:
            if us:
                return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1].capitalize()} {d}, {y}"])
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m-1].capitalize()} {y}",
                             f"{d:02d}-{m:02d}-{y}"])
        yw = self.year_words(y)
        c = r.random()
        if us and c < 0.5:
            return f"{MONTHS[m-1]} {ORD[d]} {yw}"
        if c < 0.4:
            return f"the {ORD[d]} of {MONTHS[m-1]} {yw}"
        if c < 0.7:
            return f"{ORD[d]} {MONTHS[m-1]} {yw}"
        zw = self.zero_word(not us)
        dw = self.pair(f"{d:02d}", zw) if d < 10 else self.num_words(d)
        mw = self.pair(f"{m:02d}", zw) if m < 10 else self.num_words(m)
        return f"{dw} {mw} {yw}"

    def render_postcode_uk(self, pc, call):
        if not call:
            c = self.r.random()
            if c < 0.2:
                return pc.lower()
            if c < 0.35:
                return pc.replace(" ", "")
            return pc
        return self.alnum_spoken(pc, uk=True, nato_p=0.3)

    # ------------------------------------------------------------- small talk
    def money(self, call, cur="£"):
        r = self.r
        whole = r.choice([r.randint(5, 99), r.randint(100, 950), r.randint(1000, 4500)])
        pence = r.choice([0, 0, r.randint(1, 99)])
        if not call:
            return f"{cur}{whole:,}" + (f".{pence:02d}" if pence else "")
        unit = {"£": "pounds", "$": "dollars", "€": "euro"}[cur]
        sub = {"£": "p", "$": "cents", "€": "cent"}[cur]
        s = f"{self.num_words(whole)} {unit}"
        if pence:
            s += r.choice([f" {self.num_words(pence)}", f" and {self.num_words(pence)} {sub}"]) if cur == "£" \
                else f" and {self.num_words(pence)} {sub}"
        return s

    def ref(self, call, n=None):
        r = self.r
        n = n or r.randint(6, 10)
        s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        return self.digits_spoken(s, style=r.choice(["single", "pairs", "doubles"])) if call else s

    def date_np(self, call):
        r = self.r
        d = r.randint(1, 28)
        m = r.randint(1, 12)
        if call:
            return r.choice([f"the {ORD[d]} of {MONTHS[m-1]}", f"{MONTHS[m-1]} {ORD[d]}", f"the {ORD[d]}"])
        return r.choice([f"{d:02d}/{m:02d}", f"{d} {MONTHS[m-1].capitalize()}", f"{MONTHS[m-1].capitalize()} {d}",
                         f"{d:02d}/{m:02d}/2026"])

    def time_np(self, call):
        r = self.r
        h = r.randint(1, 11)
        mi = r.choice([0, 15, 30, 45, 10, 20])
        if call:
            return r.choice([f"{self.num_words(h)} {'oclock' if mi == 0 else self.num_words(mi)}",
                             f"half {self.num_words(h)}", f"quarter past {self.num_words(h)}",
                             f"{self.num_words(h)} thirty pm"])
        return r.choice([f"{h}:{mi:02d}", f"{h}:{mi:02d}pm", f"{h}.{mi:02d}am", f"{h}pm"])


def merge(turns, call):
    """Join consecutive turns by the same speaker into one turn."""
    out = []
    for sp, segs in turns:
        if out and out[-1][0] == sp:
            out[-1] = (sp, list(out[-1][1]) + [" " if call else "\n"] + list(segs))
        else:
            out.append((sp, list(segs)))
    return out


def build_case(cid, kind, turns, note):
    out_turns, spans, groups = [], [], {}
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, gid = seg
                start = len(text)
                text += val
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                groups.setdefault(gid, []).append((typ, val))
        out_turns.append({"speaker": speaker, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, groups


# ---------------------------------------------------------------- scenarios
INDUSTRIES = {
    "UK": ["banking", "telecom", "utilities", "retail", "insurance", "government services", "travel"],
    "US": ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing", "travel"],
    "IE": ["banking", "telecom", "utilities", "insurance", "travel"],
    "EU": ["banking", "travel", "retail", "telecom"],
}
CUR = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}

PROBLEMS = {
    "banking": ["there's a payment of {m} on {d} that i don't recognise",
                "my transfer of {m} still hasn't arrived and it went out on {d}",
                "i was charged an overdraft fee of {m} and i want it looked at"],
    "telecom": ["my bill jumped to {m} this month from about {m2}",
                "the broadband keeps dropping since {d}, it's been down like {n} times",
                "i want to upgrade but the quote said {m} a month for {n} months"],
    "utilities": ["my direct debit went up to {m} and i moved in on {d}",
                  "the meter reading on the bill is wrong, it says {n} units",
                  "i got a final demand for {m} but i paid on {d}"],
    "retail": ["my order hasn't turned up, it was {m} and supposed to arrive on {d}",
               "i returned {n} items on {d} and i'm still waiting on {m} back",
               "the sofa came damaged, it cost {m}"],
    "insurance": ["i need to make a claim, someone hit my car on {d}",
                  "my renewal came through at {m} which is way more than last year's {m2}",
                  "i want to add a driver from {d}"],
    "government services": ["i'm ringing about my tax code, i was overpaid by {m}",
                            "i applied for the allowance on {d} and heard nothing",
                            "i got a letter saying i owe {m}"],
    "travel": ["my flight was cancelled on {d} and i paid {m} for a hotel",
               "i need to change my booking for {n} people",
               "i want a refund of {m} for the seats"],
    "healthcare billing": ["i got a bill for {m} for a visit on {d} that insurance should cover",
                           "my copay was {m} but i was billed {m2}",
                           "i'm calling about the statement dated {d}"],
}


class Builder:
    def __init__(self, g: Gen):
        self.g = g

    def fill(self, tmpl, call, cur):
        g = self.g
        return tmpl.format(m=g.money(call, cur), m2=g.money(call, cur), d=g.date_np(call),
                           n=(g.num_words(g.r.randint(2, 12)) if call else str(g.r.randint(2, 12))))

    def opening(self, call, ind, country, cur):
        g = self.g
        r = g.r
        comp = r.choice(["northgate", "bluewave", "clearline", "harbour", "meridian", "summit",
                         "everly", "lakeside"])
        t = []
        if call:
            t.append(("agent", [f"thank you for calling {comp} {r.choice(['my name is', 'youre speaking to'])} {r.choice(['jo', 'mark', 'aisha', 'kev', 'ciara', 'brandon'])} how can i help"]))
            prob = self.fill(r.choice(PROBLEMS[ind]), True, cur)
            t.append(("customer", [f"{r.choice(['hi yeah', 'hiya', 'hello yes', 'hi um'])} {prob}"]))
            t.append(("agent", [r.choice(["oh im sorry to hear that lets get that sorted",
                                          "okay no problem i can look into that for you",
                                          "right okay lets have a look"])]))
        else:
            t.append(("agent", [f"Hi, you're chatting with {r.choice(['Sam', 'Leah', 'Omar', 'Niamh', 'Jess'])} at {comp.capitalize()}. How can I help today?"]))
            prob = self.fill(r.choice(PROBLEMS[ind]), False, cur)
            prob = prob[0].upper() + prob[1:]
            t.append(("customer", [f"{prob}{r.choice(['', '.', '!!', ' ?', ' - can you help'])}"]))
            t.append(("agent", [r.choice(["Sorry to hear that, I can help with this.",
                                          "Thanks for explaining, let me take a look.",
                                          "No problem, I'll need to verify a few details first."])]))
        return t

    def midtalk(self, call, ind, cur, used=None):
        g = self.g
        r = g.r
        if call:
            opts = [
                [("agent", [f"okay so i can see the {r.choice(['payment', 'charge', 'invoice'])} of {g.money(True, cur)} dated {g.date_np(True)}"]),
                 ("customer", [r.choice(["yeah thats the one", "mhm thats it", "yes thats it yeah"])])],
                [("agent", [f"ive raised that under reference {g.ref(True)} you should hear back in {g.num_words(r.randint(3, 10))} working days"]),
                 ("customer", [r.choice(["brilliant thanks", "okay", "right okay cheers"])])],
                [("customer", [f"i've been on hold for like {g.num_words(r.randint(15, 50))} minutes already"]),
                 ("agent", ["im really sorry about the wait"])],
                [("agent", [f"and can someone call you back at {g.time_np(True)} tomorrow"]),
                 ("customer", ["yeah thats fine"])],
            ]
        else:
            opts = [
                [("agent", [f"I can see the {r.choice(['payment', 'charge', 'invoice'])} for {g.money(False, cur)} on {g.date_np(False)}."]),
                 ("customer", [r.choice(["yes that one", "Yep", "yeah thats it"])])],
                [("agent", [f"I've logged this as case {g.ref(False)}. You'll get an update within {r.randint(2, 10)} working days."]),
                 ("customer", [r.choice(["ok thanks", "Great thank you", "ok"])])],
                [("customer", [f"I've already spent {r.randint(20, 90)} mins on this lol"]),
                 ("agent", ["I'm sorry about that, I'll be as quick as I can."])],
            ]
        free = [i for i in range(len(opts)) if used is None or i not in used]
        if not free:
            return []
        k = r.choice(free)
        if used is not None:
            used.add(k)
        return opts[k]

    def closing(self, call):
        r = self.g.r
        if call:
            return [("agent", [r.choice(["is there anything else i can help with today",
                                         "thats all done for you anything else"])]),
                    ("customer", [r.choice(["no thats everything thanks", "no thats great cheers bye",
                                            "nope thanks a lot"])])]
        return [("agent", ["Is there anything else I can help with?"]),
                ("customer", [r.choice(["no thats all thx", "No, thank you!", "all good ty"])])]

    # ---------------------------------------------------------- PII blocks
    def blk_card(self, call, country):
        g = self.g
        r = g.r
        num, grp = g.card()
        gid = g.new_gid()
        if not call:
            return [("agent", ["Please type the long card number."]),
                    ("customer", [r.choice(["", "its ", "card no: ", "ok "]), (g.render_card(num, grp, False), "CARD_NUMBER", gid),
                                  r.choice(["", " thanks", " (the debit one)"])])]
        mode = r.choice(["one", "split", "split", "filler", "readback"])
        if mode == "one" or mode == "filler":
            return [("agent", ["okay and the long number across the front of the card"]),
                    ("customer", [r.choice(["yeah its ", "right so its ", "okay ", "its "]),
                                  (g.render_card(num, grp, True, filler=(mode == "filler")), "CARD_NUMBER", gid)])]
        parts = g.group(num, grp)
        st = r.choice(["single", "doubles", "pairs"])
        turns = [("agent", ["okay go ahead with the card number when youre ready"])]
        backs = ["mhm", "okay go on", "yep", "yeah", "got that"]
        for i, p in enumerate(parts):
            pre = r.choice(["", "", "right ", "so "]) if i == 0 else r.choice(["", "", "then "])
            turns.append(("customer", [pre, (g.digits_spoken(p, style=st), "CARD_NUMBER", gid)]))
            if i < len(parts) - 1:
                turns.append(("agent", [r.choice(backs)]))
        if mode == "readback":
            gid2 = g.new_gid()
            turns.append(("agent", ["let me read that back ", (" ".join(g.digits_spoken(p, style="single") for p in parts), "CARD_NUMBER", gid2)]))
            turns.append(("customer", ["yep thats right"]))
        return turns

    def blk_cvv_exp(self, call, country):
        g = self.g
        r = g.r
        cvv = "".join(str(r.randint(0, 9)) for _ in range(r.choice([3, 3, 3, 4])))
        ge, gc = g.new_gid(), g.new_gid()
        exp = g.render_expiry(call)
        if not call:
            if r.random() < 0.5:
                return [("agent", ["And the expiry date and 3 digit security code on the back?"]),
                        ("customer", [r.choice(["exp ", "expires ", ""]), (exp, "EXPIRY", ge), r.choice([" cvv ", " and ", ", code "]), (cvv, "CVV", gc)])]
            return [("agent", ["What's the expiry date?"]), ("customer", [(exp, "EXPIRY", ge)]),
                    ("agent", ["And the security code?"]), ("customer", [r.choice(["", "its "]), (cvv, "CVV", gc)])]
        cw = g.digits_spoken(cvv, style="single")
        if r.random() < 0.5:
            return [("agent", ["and the expiry date and the three digits on the back"]),
                    ("customer", [r.choice(["expiry is ", "its ", "um "]), (exp, "EXPIRY", ge),
                                  r.choice([" and the code is ", " and then ", " security code "]), (cw, "CVV", gc)])]
        return [("agent", ["whats the expiry on it"]), ("customer", [r.choice(["", "its ", "it runs out "]), (exp, "EXPIRY", ge)]),
                ("agent", ["lovely and the security number on the back"]),
                ("customer", [r.choice(["", "its ", "thats "]), (cw, "CVV", gc), r.choice(["", " i think", " yeah"])])]

    def blk_ssn(self, call, country):
        g = self.g
        r = g.r
        s = g.ssn()
        gid = g.new_gid()
        if not call:
            f = r.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}.{s[3:5]}.{s[5:]}"])
            return [("agent", ["To verify, can you provide your Social Security number?"]),
                    ("customer", [r.choice(["sure ", "", "ssn is ", "ok its "]), (f, "SSN", gid)])]
        mode = r.choice(["one", "split", "last4"])
        if mode == "one":
            return [("agent", ["and i need your social security number please"]),
                    ("customer", [r.choice(["sure its ", "yeah ", "okay its "]), (g.digits_spoken(s, filler=r.random() < 0.3), "SSN", gid)])]
        if mode == "split":
            return [("agent", ["can i get your social please"]),
                    ("customer", [(g.digits_spoken(s[:3], style="single"), "SSN", gid)]),
                    ("agent", [r.choice(["mhm", "okay"])]),
                    ("customer", [(g.digits_spoken(s[3:5], style=r.choice(["single", "pairs"])), "SSN", gid)]),
                    ("agent", [r.choice(["yep", "go on"])]),
                    ("customer", [(g.digits_spoken(s[5:], style=r.choice(["single", "pairs", "doubles"])), "SSN", gid)])]
        gid2 = g.new_gid()
        return [("agent", ["whats your social security number"]),
                ("customer", [r.choice(["its ", "uh "]), (g.digits_spoken(s, style="single"), "SSN", gid)]),
                ("agent", ["thanks so thats ", (g.digits_spoken(s, style=r.choice(["single", "pairs"])), "SSN", gid2), " correct"]),
                ("customer", ["correct"])]

    def blk_ni(self, call, country):
        g = self.g
        r = g.r
        ni = g.ni()
        gid = g.new_gid()
        if not call:
            f = r.choice([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(), f"{ni[:2]}{ni[2:8]} {ni[8]}"])
            return [("agent", ["Can you confirm your National Insurance number?"]),
                    ("customer", [r.choice(["", "yes its ", "NI no is ", "sure - "]), (f, "NI_NUMBER", gid)])]
        mode = r.choice(["one", "one", "split"])
        if mode == "one":
            w = g.alnum_spoken(ni, uk=True, nato_p=0.35)
            return [("agent", ["and your national insurance number please"]),
                    ("customer", [r.choice(["yeah its ", "right its ", "um ", ""]), (w, "NI_NUMBER", gid)])]
        return [("agent", ["can you give me your national insurance number"]),
                ("customer", [r.choice(["okay ", ""]), (g.alnum_spoken(ni[:2], nato_p=0.6), "NI_NUMBER", gid)]),
                ("agent", ["mhm"]),
                ("customer", [(g.digits_spoken(ni[2:8], uk=True, style=r.choice(["single", "pairs"])), "NI_NUMBER", gid)]),
                ("agent", ["and the letter at the end"]),
                ("customer", [(g.letter_spoken(ni[8], 0.5), "NI_NUMBER", gid)])]

    def blk_sort_acct(self, call, country):
        g = self.g
        r = g.r
        sc = "".join(str(r.randint(0, 9)) for _ in range(6))
        acct = "".join(str(r.randint(0, 9)) for _ in range(8))
        gs, ga = g.new_gid(), g.new_gid()
        if not call:
            scf = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
            return [("agent", ["What are the sort code and account number for the refund?"]),
                    ("customer", [r.choice(["sort ", "sc: ", "sort code "]), (scf, "SORT_CODE", gs),
                                  r.choice([" acc ", " account no ", ", a/c "]), (acct, "BANK_ACCOUNT", ga)])]
        return [("agent", ["whats the sort code"]),
                ("customer", [(g.digits_spoken(sc, uk=True, style=r.choice(["pairs", "single", "doubles"])), "SORT_CODE", gs)]),
                ("agent", ["and the account number"]),
                ("customer", [r.choice(["its ", "", "um "]), (g.digits_spoken(acct, uk=True, filler=r.random() < 0.3), "BANK_ACCOUNT", ga)])]

    def blk_acct(self, call, country):
        g = self.g
        r = g.r
        acct = "".join(str(r.randint(0, 9)) for _ in range(r.choice([8, 9, 10, 12])))
        ga = g.new_gid()
        if not call:
            return [("agent", ["Which account should the payment come from? Please give the account number."]),
                    ("customer", [r.choice(["checking acct ", "account ", "acct# "]), (acct, "BANK_ACCOUNT", ga)])]
        return [("agent", ["can i take the account number"]),
                ("customer", [r.choice(["yeah its ", "sure "]), (g.digits_spoken(acct), "BANK_ACCOUNT", ga)])]

    def blk_iban(self, call, country):
        g = self.g
        r = g.r
        c = {"UK": "GB", "IE": "IE"}.get(country) or r.choice(["DE", "FR", "NL"])
        ib = g.iban(c)
        gid = g.new_gid()
        if not call:
            f = r.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
            return [("agent", ["Please send the IBAN for the refund."]),
                    ("customer", [r.choice(["IBAN: ", "", "its "]), (f, "IBAN", gid)])]
        w = g.alnum_spoken(ib, uk=(country != "US"), nato_p=0.3)
        return [("agent", ["and can you read me the iban"]),
                ("customer", [r.choice(["okay its ", "right ", ""]), (w, "IBAN", gid)])]

    def blk_phone(self, call, country):
        g = self.g
        r = g.r
        p = g.phone(country)
        gid = g.new_gid()
        if not call:
            if country == "US":
                f = r.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}", p])
            elif p.startswith("+"):
                f = r.choice([p, p[:3] + " " + p[3:6] + " " + p[6:]])
            elif country == "UK" and r.random() < 0.4:
                f = "+44 " + p[1:5] + " " + p[5:]
            else:
                f = r.choice([p, p[:5] + " " + p[5:], p[:3] + " " + p[3:6] + " " + p[6:]])
            return [("agent", ["What's the best number to reach you on?"]),
                    ("customer", [r.choice(["", "mob ", "its ", "call me on "]), (f, "PHONE", gid)])]
        if p.startswith("+"):
            w = "plus " + g.digits_spoken(p[1:3], style="single") + " " + g.digits_spoken(p[3:])
        elif country == "UK" and r.random() < 0.3:
            w = "plus four four " + g.digits_spoken(p[1:], uk=True)
        else:
            w = g.digits_spoken(p, uk=(country != "US"), filler=r.random() < 0.2)
        if r.random() < 0.3 and not p.startswith("+"):
            gid2 = g.new_gid()
            bad = g.digits_spoken(p[:4], uk=(country != "US"), style="single")
            return [("agent", ["and a contact number"]),
                    ("customer", [(bad, "PHONE", gid2), " no sorry ", (w, "PHONE", gid)])]
        return [("agent", ["and whats the best number to call you back on"]),
                ("customer", [r.choice(["yeah its ", "its ", "mobile is ", ""]), (w, "PHONE", gid)])]

    def blk_email(self, call, country):
        g = self.g
        r = g.r
        e = g.render_email(call)
        gid = g.new_gid()
        if not call:
            return [("agent", ["What email should we send the confirmation to?"]),
                    ("customer", [r.choice(["", "email is ", "pls use "]), (e, "EMAIL", gid)])]
        return [("agent", ["and an email address for the confirmation"]),
                ("customer", [r.choice(["yeah its ", "sure its ", "its "]), (e, "EMAIL", gid)]),
                ("agent", [r.choice(["lovely", "got it", "perfect"])])]

    def blk_dob(self, call, country):
        g = self.g
        r = g.r
        d = g.render_dob(call, country == "US")
        gid = g.new_gid()
        if not call:
            return [("agent", ["Can you confirm your date of birth?"]),
                    ("customer", [r.choice(["", "dob ", "born ", "sure "]), (d, "DOB", gid)])]
        return [("agent", [r.choice(["and can you confirm your date of birth", "whats your date of birth please"])]),
                ("customer", [r.choice(["yeah its ", "", "um ", "i was born on "]), (d, "DOB", gid)])]

    def blk_address(self, call, country):
        g = self.g
        r = g.r
        us = country == "US"
        name, kind = g.street(us)
        no = r.randint(2, 240) if not us else r.randint(10, 9800)
        ga, gp = g.new_gid(), g.new_gid()
        if country in ("IE", "EU"):
            addr = (f"{no} {name.capitalize()} {kind.capitalize()}" if not call else f"{g.num_words(no)} {name} {kind}")
            town = r.choice(["dublin", "cork", "galway", "limerick"]) if country == "IE" else r.choice(["berlin", "lyon", "utrecht"])
            return [("agent", ["And the address on the account?"] if not call else ["and whats the address on the account"]),
                    ("customer", [(addr, "ADDRESS", ga), ", " if not call else " ", town.capitalize() if not call else town])]
        if us:
            z = g.zip5()
            if not call:
                abbr = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "boulevard": "Blvd", "court": "Ct",
                        "lane": "Ln", "place": "Pl"}[kind]
                addr = f"{no} {name.capitalize()} {r.choice([kind.capitalize(), abbr, abbr + '.'])}"
                return [("agent", ["What's the billing address and ZIP?"]),
                        ("customer", [(addr, "ADDRESS", ga), r.choice([", ", " "]), r.choice(["Austin TX ", "Denver, CO ", "Columbus OH "]), (z, "POSTCODE", gp)])]
            nw = g.digits_spoken(str(no), style="pairs") if no >= 100 and r.random() < 0.6 else g.num_words(no)
            return [("agent", ["and the billing address with zip code"]),
                    ("customer", [(f"{nw} {name} {kind}", "ADDRESS", ga), " ", r.choice(["springfield", "tampa", "portland"]), " ",
                                  r.choice(["zip ", "", "zip code "]), (g.digits_spoken(z, style="single"), "POSTCODE", gp)])]
        pc = g.uk_postcode()
        if not call:
            addr = f"{no} {name.capitalize()} {kind.capitalize()}"
            if r.random() < 0.3:
                addr = addr.lower()
            return [("agent", ["Can you confirm the first line of the address and postcode?"]),
                    ("customer", [(addr, "ADDRESS", ga), r.choice([", ", " ", "  "]), (g.render_postcode_uk(pc, False), "POSTCODE", gp)])]
        return [("agent", ["can i take the first line of your address and the postcode"]),
                ("customer", [(f"{g.num_words(no)} {name} {kind}", "ADDRESS", ga)]),
                ("agent", ["mhm and the postcode"]),
                ("customer", [r.choice(["its ", "", "uh "]), (g.render_postcode_uk(pc, True), "POSTCODE", gp)])]

    BLOCKS_BY_COUNTRY = {
        "UK": ["card", "cvv_exp", "ni", "sort_acct", "phone", "email", "dob", "address", "iban"],
        "US": ["card", "cvv_exp", "ssn", "acct", "phone", "email", "dob", "address"],
        "IE": ["card", "cvv_exp", "iban", "phone", "email", "dob", "address", "acct"],
        "EU": ["card", "cvv_exp", "iban", "phone", "email", "dob"],
    }

    def block(self, name, call, country):
        return getattr(self, "blk_" + name)(call, country)


PRIMARY = ["card", "ni", "ssn", "card", "ni", "ssn", "cvv_exp", "sort_acct", "iban", "phone",
           "email", "dob", "address", "acct"]
PRIMARY_COUNTRY = {"ni": "UK", "ssn": "US", "sort_acct": "UK"}


def positives(g: Gen, b: Builder, n):
    r = g.r
    cases = []
    for i in range(n):
        prim = PRIMARY[i % len(PRIMARY)]
        country = PRIMARY_COUNTRY.get(prim) or r.choice(["UK", "US", "IE", "EU", "UK", "US"])
        call = r.random() < 0.62
        ind = r.choice(INDUSTRIES[country])
        cur = CUR[country]
        pool = [x for x in Builder.BLOCKS_BY_COUNTRY[country] if x != prim]
        extra = r.sample(pool, r.randint(1, 2))
        names = [prim] + extra
        if "cvv_exp" in names and "card" not in names:
            names.insert(names.index("cvv_exp"), "card")
        order = names[:]
        # identity checks first, payment later
        order.sort(key=lambda x: {"dob": 0, "ni": 1, "ssn": 1, "address": 2, "phone": 3, "email": 3}.get(x, 5))
        turns = b.opening(call, ind, country, cur)
        used = set()
        for k, nm in enumerate(order):
            turns = merge(turns + b.block(nm, call, country), call)
            if r.random() < 0.5 and len(turns) < 12:
                turns = merge(turns + b.midtalk(call, ind, cur, used), call)
        turns = merge(turns + b.closing(call), call)
        ch = "call" if call else "chat"
        note = f"{ch}/{ind} ({country}): whole {'call' if call else 'chat'} with {', '.join(order)} amid non-PII amounts/dates/refs"
        cases.append((f"h174-pos-{i + 1:03d}", "positive", turns, note))
    return cases


def negatives(g: Gen, b: Builder, n):
    r = g.r
    cases = []
    for i in range(n):
        country = r.choice(["UK", "US", "IE", "EU"])
        call = r.random() < 0.6
        ind = r.choice(INDUSTRIES[country])
        cur = CUR[country]
        turns = b.opening(call, ind, country, cur)
        used = set()
        allowed = [t for t in range(12) if ind in NEG_TOPIC_IND.get(t, (ind,))]
        topics = r.sample(allowed, min(len(allowed), r.randint(3, 5)))
        for t in topics:
            topic = neg_topic(g, t, call, cur)
            if not call:  # chat lines start with a capital
                topic = [(sp, [segs[0][:1].upper() + segs[0][1:]] + segs[1:]) for sp, segs in topic]
            turns = merge(turns + topic, call)
            if r.random() < 0.4:
                turns = merge(turns + b.midtalk(call, ind, cur, used), call)
        turns = merge(turns + b.closing(call), call)
        ch = "call" if call else "chat"
        note = f"{ch}/{ind} ({country}): no PII; lookalike numbers (topics {','.join(str(t) for t in topics)})"
        cases.append((f"h174-neg-{i + 1:03d}", "negative", turns, note))
    return cases


# which industries each negative topic fits (absent = all)
NEG_TOPIC_IND = {
    1: ("banking", "telecom", "utilities", "retail", "healthcare billing", "government services", "insurance"),
    2: ("travel",),
    3: ("utilities",),
    5: ("telecom", "utilities", "healthcare billing", "government services", "insurance"),
    6: ("telecom", "retail"),
    7: ("telecom", "utilities", "insurance"),
    8: ("travel",),
    9: ("telecom",),
}


def neg_topic(g: Gen, t, call, cur):
    r = g.r
    nw = g.num_words
    if t == 0:  # order / invoice reference
        word = r.choice(["order number", "invoice number", "ticket number", "claim reference", "booking reference"])
        return [("agent", [f"do you have the {word}" if call else f"Do you have the {word}?"]),
                ("customer", [f"yeah the {word} is {g.ref(True)}" if call else f"{word} {g.ref(False)}"])]
    if t == 1:  # balance + amounts
        return [("agent", [f"your current balance is {g.money(call, cur)} and the minimum payment is {g.money(call, cur)}"]),
                ("customer", ["okay and when is that due" if call else "ok when's it due"]),
                ("agent", [f"its due on {g.date_np(call)}" if call else f"It's due on {g.date_np(False)}."])]
    if t == 2:  # flight + time
        fl = r.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(r.randint(100, 9999))
        if call:
            fw = " ".join(fl[:2].lower()) + " " + g.digits_spoken(fl[2:], style=r.choice(["single", "pairs"]))
            return [("customer", [f"its flight {fw} leaving at {g.time_np(True)} on {g.date_np(True)}"]),
                    ("agent", [f"okay and thats {nw(r.randint(1, 6))} passengers"])]
        return [("customer", [f"Flight {fl} departing {g.time_np(False)} on {g.date_np(False)}"]),
                ("agent", [f"Thanks, I see {r.randint(1, 6)} passengers on that booking."])]
    if t == 3:  # meter reading
        m = str(r.randint(10000, 99999))
        return [("agent", ["can you read me the meter" if call else "Could you send a meter reading?"]),
                ("customer", [f"it says {g.digits_spoken(m, style='single')} units" if call else f"reading today is {m} kWh"])]
    if t == 4:  # age, percentages, durations
        return [("customer", [f"im {nw(r.randint(19, 88))} years old and ive been with you {nw(r.randint(2, 25))} years" if call
                              else f"I've been a customer for {r.randint(2, 25)} years"]),
                ("agent", [f"i can offer {nw(r.randint(5, 40))} percent off for {nw(r.randint(3, 24))} months" if call
                           else f"I can offer {r.randint(5, 40)}% off for {r.randint(3, 24)} months."])]
    if t == 5:  # appointment date + time
        return [("agent", [f"i can book an engineer for {g.date_np(call)} between {g.time_np(call)} and {g.time_np(call)}"]),
                ("customer", ["that works" if call else "ok that works"])]
    if t == 6:  # model number
        mdl = r.choice(["XR", "TX", "HB", "QL"]) + str(r.randint(100, 9900))
        return [("customer", [f"its the model {' '.join(mdl[:2].lower())} {g.digits_spoken(mdl[2:], style='pairs')}" if call
                              else f"the router model is {mdl}"]),
                ("agent", [f"okay that one has a {nw(r.randint(1, 3))} year warranty" if call else "That model has a 2 year warranty."])]
    if t == 7:  # contract start + year
        y = r.randint(2015, 2026)
        return [("customer", [f"i signed up in {g.year_words(y)} and the contract started {g.date_np(True)}" if call
                              else f"contract started {g.date_np(False)} {y}"]),
                ("agent", [f"yes so you are out of contract since {g.date_np(call)}"])]
    if t == 8:  # room numbers / temps
        return [("customer", [f"we were in room {g.digits_spoken(str(r.randint(101, 899)), style='pairs')} and the heating was stuck at {nw(r.randint(12, 30))} degrees" if call
                              else f"room {r.randint(101, 899)} and it was {r.randint(12, 30)}C all night"]),
                ("agent", ["im sorry about that" if call else "So sorry about that."])]
    if t == 9:  # quantities / speeds
        return [("customer", [f"im only getting {nw(r.randint(2, 80))} megs when im paying for {nw(r.choice([100, 300, 500, 900]))}" if call
                              else f"speedtest says {r.randint(2, 80)} Mbps, i pay for {r.choice([100, 300, 500, 900])}"]),
                ("agent", ["okay let me run a line test" if call else "Let me run a line test."])]
    if t == 10:  # payment amounts list
        return [("agent", [f"i can see payments of {g.money(call, cur)} {g.money(call, cur)} and {g.money(call, cur)}"]),
                ("customer", ["yeah the last one is wrong" if call else "the last one is wrong"])]
    # 11: refund timeline with reference
    return [("agent", [f"the refund of {g.money(call, cur)} will take {nw(r.randint(3, 10))} to {nw(r.randint(11, 14))} days and your reference is {g.ref(True, r.randint(6, 8))}" if call
                       else f"Your refund of {g.money(False, cur)} will take {r.randint(3, 10)}-{r.randint(11, 14)} days. Ref: {g.ref(False, r.randint(6, 8))}"]),
            ("customer", ["great thanks" if call else "great thx"])]


# ---------------------------------------------------------------- normalisation + validation
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0"})


def normalise(text, letters=False):
    """Turn a spoken or typed value into a compact alnum string (upper case)."""
    if re.search(r"\d", text):  # typed form: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z0-9+\-]+", text.lower().replace("x-ray", "xray"))
    toks = [t for tk in toks for t in tk.split("-") if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t in ("and", "slash", "dash", "space", "plus", "no", "sorry"):
            i += 1
            continue
        if t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS and t:
            tens = TENS.index(t)
            if nxt in ONES[1:]:
                out.append(str(tens * 10 + ONES.index(nxt)))
                i += 2
            else:
                out.append(str(tens * 10))
                i += 1
            continue
        if t in WORDNUM and not (t == "o" and letters and False):
            out.append(WORDNUM[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            if nxt == "for":
                i += 3
            else:
                i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        out.append("?" + t)
        i += 1
    return "".join(out)


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


def validate_group(typ, vals):
    raw = " ".join(vals)
    if typ == "EMAIL":
        return "@" in raw or (" at " in raw and " dot " in raw)
    if typ == "ADDRESS":
        return bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|teen|ty\b", raw.lower())) and \
            bool(re.search(r"\b(road|street|st|lane|avenue|close|drive|grove|crescent|terrace|way|gardens|boulevard|court|place|ave|blvd|rd|dr|ct|ln|pl)\b", raw.lower()))
    if typ == "DOB":
        low = raw.lower()
        return bool(re.search(r"(19|20)\d\d", raw)) or any(m in low for m in MONTHS) or "nineteen" in low or "two thousand" in low
    if typ == "EXPIRY":
        low = raw.lower()
        if any(m in low for m in MONTHS):
            return True
        n = re.sub(r"\D", "", normalise(raw))
        return len(n) in (3, 4, 6) and 1 <= int(n[:-2] if len(n) != 6 else n[:2]) <= 12
    n = normalise(raw, letters=True)
    if "?" in n:
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "PHONE":
        return n.isdigit() and (len(n) == 4 or 9 <= len(n) <= 13)  # 4 = abandoned false start
    if typ == "IBAN":
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n):
            return False
        s = n[4:] + n[:4]
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", n))
    return False


def generate():
    g = Gen(SEED)
    b = Builder(g)
    raw = positives(g, b, 180) + negatives(g, b, 110)
    cases, groups = [], []
    for cid, kind, turns, note in raw:
        c, grp = build_case(cid, kind, turns, note)
        cases.append(c)
        groups.append(grp)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, groups, text


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = sum(1 for c in cases if c["kind"] == "negative")
    return cnt, pos, neg


def readme(cases):
    cnt, pos, neg = counts(cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout174 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it
was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or any other PII fixture (only a 3-line
format example). All cases are generated by `scripts/make_pii_holdout174.py` from
template functions with a single seeded `random.Random({SEED})`; every turn is
assembled from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed. Output is byte-for-byte reproducible; `--check` regenerates and compares.

Emphasis: longer whole calls and chats (8-24 turns, mean about 13) in which PII appears amid
normal conversation about the customer's problem, surrounded by non-PII numbers
(amounts, dates, references, times, counts). Channels: chat (typed, varied separators,
case) and phone calls as ASR transcripts (lower case, numbers as words, "oh"/"o"/"nought",
"double"/"triple", digit pairs such as "forty one", NATO letters "j for juliet",
fillers inside readings, values split over several turns with agent back-channels,
agent read-backs, a self-corrected phone number). Countries: UK, US, Ireland, EU.

## Annotation conventions

- A span covers exactly the value: the digits/letters (spoken or typed) and the
  separators or filler words *between* them ("um", "double", "for", "slash", "dot", "at").
  Lead-in words ("its", "sort code", "zip", "exp") are outside the span.
- Values split across turns: one span per turn, each of the same type.
- Agent read-backs of a value are labelled too (same type).
- A caller's abandoned false start of a phone number ("oh seven seven one no sorry ...")
  is labelled PHONE as well as the corrected number.
- ADDRESS = house number + street name + street type only; town is not labelled.
  POSTCODE = UK postcode or US ZIP, separate span.
- EXPIRY is the card expiry only; DOB is a date of birth given when asked for it.
- EMAIL includes the whole address, spoken ("j dot murphy at gmail dot com") or typed.
- Consecutive messages by the same side are joined into one turn (a space on calls,
  a newline in chats), so one turn can hold a value plus unrelated chit-chat.
- Non-PII numbers (amounts, references, dates, times, counts) are never labelled;
  negative cases contain only such lookalikes and have no spans.

## Counts

Positive cases: {pos}; negative cases: {neg}.

| type | spans |
|---|---|
{rows}
"""


def check():
    problems = []
    cases, groups, text = generate()
    try:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
    except OSError as e:
        problems.append(f"cannot read {OUT}: {e}")
        on_disk = None
    if on_disk is not None and on_disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(cases):
                problems.append("README.md differs from regenerated output")
    except OSError as e:
        problems.append(f"cannot read README: {e}")
    parsed = [json.loads(l) for l in (on_disk or text).splitlines()]
    ids = [c["id"] for c in parsed]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in parsed:
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{c['id']}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(f"{c['id']}: bad speaker")
        seen = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{c['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(f"{c['id']}: turn out of range")
                continue
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append(f"{c['id']}: offsets out of range")
                continue
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append(f"{c['id']}: span not on word boundary: {tx[st:en]!r}")
            if tx[st].isspace() or tx[en - 1].isspace():
                problems.append(f"{c['id']}: span has edge whitespace")
            for (a, b) in seen.get(s["turn"], []):
                if st < b and a < en:
                    problems.append(f"{c['id']}: overlapping spans")
            seen.setdefault(s["turn"], []).append((st, en))
    for c, grp in zip(cases, groups):
        for gid, items in grp.items():
            typ = items[0][0]
            if not validate_group(typ, [v for _, v in items]):
                problems.append(f"{c['id']}: {typ} fails validation: {[v for _, v in items]}")
    cnt, pos, neg = counts(cases)
    print(f"cases={len(cases)} positives={pos} negatives={neg}")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    if pos < 170 or neg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append(f"too few {t} spans ({cnt.get(t, 0)} < {need})")
    lens = [len(c["turns"]) for c in cases]
    print(f"turns per case: min={min(lens)} max={max(lens)} mean={sum(lens)/len(lens):.1f}")
    for p in problems[:50]:
        print("PROBLEM:", p)
    if problems:
        print(f"FAILED with {len(problems)} problem(s)")
        return 1
    print("OK: check passed")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases, _, text = generate()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    cnt, pos, neg = counts(cases)
    print(f"wrote {OUT}: {pos} positives, {neg} negatives; " + ", ".join(f"{t}={cnt.get(t, 0)}" for t in TYPES))


if __name__ == "__main__":
    main()
