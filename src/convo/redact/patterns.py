"""Vocabulary of the PII detectors: entity types, context words, the regular expressions the rules
in :mod:`convo.redact.detectors` match with (named and measured in docs/redaction.md) and the
checksums (Luhn, IBAN mod-97) that validate a candidate."""

from __future__ import annotations

import re
from dataclasses import dataclass

ENTITY_TYPES = (
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
    "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS",
)
CONTEXT_BEFORE_CHARS = 90
BARE_CONTEXT_CHARS = 45  # around a bare number: no reference, amount or measure word this close
CONTEXT_AFTER_CHARS = 30
DATE_AFTER_KEYWORD_CHARS = 45


@dataclass(frozen=True)
class Match:
    type: str
    start: int
    end: int


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + r")(?![a-z])")


# Cards that are not payment cards: "the gift card balance", "the sim card number is 8944 …", "the code on the parcel card".
_OTHER_CARDS = ("sim", "gift", "loyalty", "membership", "library", "id", "oyster", "store",
                "rewards", "member", "key", "access", "sd", "memory", "boarding", "report",
                "business", "birthday", "greeting", "christmas", "postcard", "scorecard", "parcel", "delivery",
                "yellow", "red", "front of the", "back of the", "front of your",
                "back of your", "insurance", "health", "medical", "benefits",
                "not the", "not my", "not your")
NOT_PAYMENT_CARD = "".join(f"(?<!{w} )" for w in _OTHER_CARDS)
# ("the member id from the front of the card", "the member id off the insurance card")
# "the security code on the parcel card": a code on another card, no card security code
ON_OTHER_CARD = "(?! on (?:the|your|my|a|this|that) (?:" + "|".join(w for w in _OTHER_CARDS if " " not in w) + ") card)"
# After "card", a device for cards or a part of a page, not a card: "the serial on the card reader", "printed above the
# card bit".
NOT_THE_CARD = " reader| machine| terminal| bit| section"
# Two letters that are a word, not the letters of a code ("is 51 4 7 87").
COMMON_TWO_LETTER_WORDS = frozenset("is it at as an am be by do go he if in me my no of oh ok on or so ta to up us we ye ya".split())

# "the long number on the card", not "the long number on the letter … it says reference at the top"
LONG_NUMBER = ("long (?:number|no\\.?|num)(?! (?:on|at the top of|from|in) (?:the|your|my|that|this|our) (?:letter|bill|statement|invoice|form|e-?mail|screen|"
               "policy|contract|booking|ticket|document|paperwork|account|website|app))")
# A value said not to be wanted: "i won't need your social today, do you have the ticket".
_NOT_WANTED = "".join(f"(?<!{w} )" for w in ("won't need your", "wont need your", "don't need your", "dont need your", "not need your",
                                              "no need for your", "won't need the", "don't need the", "no need for the", "without your",
                                              "not your", "not my", "not the", "not a"))  # "it's not your social, it's on the letter"
CONTEXT = {
    "card": _words(NOT_PAYMENT_CARD + _NOT_WANTED + "card(?! statement|" + NOT_THE_CARD + ")", NOT_PAYMENT_CARD + "cards", "visa", "master ?card", "amex", "american express", "(?<!direct )debit(?! order| note)",
                   "credit(?= card| or debit)", LONG_NUMBER,
                   "(?<!serial )(?<!meter )(?<!model )(?<!reference )(?<!policy )(?<!member )(?:number|digits) (?:on|across) the front"),
    "cvv": _words("cvv", "cvc", "csc", "cv2", "cid", "c v v", "c v c", r"(?<!social )security (?:code|cold|number|digits|no\.?|num|#)" + ON_OTHER_CARD, r"sec\.? code",
                  r"(?:3|4) digit(?:s)? (?:code|number)", "digits on the back", NOT_PAYMENT_CARD + "card code",
                  "code on (?:the )?(?:front|back)", "signature strip",
                  r"(?<!last )(?<!first )(?<!1st )(?<!next )(?:3|4) (?:digits|numbers|figures)", "verification value", "card verification (?:code|number)", "verification (?:code|number) (?:on|from) the (?:back|card)", "code (?:from|on) the back",
                  "signature", "back of the card", "on the front", "little number", "(?<!social )security(?= is)"),
    "ssn": _words(*(_NOT_WANTED + w for w in ("social security(?! (?:payments?|benefits?|office|administration|checks?|cheques?|income|disability))", "ssn", "(?<!['’])s s n", "(?<!['’])ss n",
                                                         "socials?(?! (?:protection|services|care|worker|workers|housing|media|welfare|club))")), "soc sec", "ss ?#", "ss (?:no|number)",
                  "ss(?= is)"),
    "sort": _words("sort ?code", "sorting code", "sort(?! (?:that|this|it|them|things|everything|out|you)(?![a-z]))", "s/c", "(?<!['’])s c", "sc", "bank details", "bank(?= ?:)"),
    "account": _words("account (?:number|no)", "acct", "account", "a/c", "acc(?: no| number)?", "bank details"),
    "phone": _words("(?<!on the )phone(?! call)", "mobile", "cell", "landline", "telephone", "call (?:me|you|us|back)", "reach (?:me|you)(?! in | within | by | before | after )",
                    "text me", "contact number", "ring me", "whatsapp", "extension", "tel", "number to call",
                    "call ?back", "best number", "contact", "reach", "phone number", "dial", "(?<!first )(?<!second )line(?! of)", "text", "area code",
                    "number should we"),
    "back": _words("on the back", "at the back", "back of the card", "(?:numbers|numbrs|nums|digits) on back"),  # "the 3 numbrs on back are 980"
    "zip": _words("zip", "zip ?code", "postal code", "post ?code", "eircode", "eir code"),
    # A bare number near one of these is a reference, a reading or an amount, not a person's value.
    "reference": _words("order", "orders", "ref", "reference", "bill (?:no|num|number)", "membership (?:no|num|number)", "ref(?:er|re|r)[a-z]{2,4}", "cust(?:omer)? (?:no|number|id|ref)", "fault (?:number|no|ref)", "case",
                        "purchase order", "p\\.?o\\.?(?! ?box)(?: number| no| ref)?", "dispute", "investigation", "complaint", "rma", "statement", "supply (?:number|no)",
                        "(?<!['’])s n(?= \\d|\\s*$)", "s/n", "sn", "ticket", "invoice", "inv(?: ?no| ?num| ?#| ?:)", "tracking", "policy", "claim",
                        "booking", "confirmation", "meter", "reading(?! (?:that|it|them|this|those|these|back|out))", "reads", "serial", "model", "imei", "membership", "member",
                        "authori[sz]ation", "group", "prescription", "rx", "refill",
                        "id", "code", "pin", "voucher", "points", "miles", "extension", "room", "flight", "train",
                        "parcel", "consignment", "shipment", "receipt", "transaction", "quote", "job", "sku", "part",
                        "product", "account", "acct", "ending", "ends", "last (?:4|four)", "pounds", "dollars", "quid",
                        "pence", "cents", "euros", "gig", "meg", "megabits", "kilometres", "km", "barcode", "channel",
                        "reg", "registration", "licence", "license", "vin", "item", "build", "version", "firmware", "serial",
                        "warranty", "figures", "total", "stock", "population", "between", "customer number",
                        "subscriber", "loyalty", "membership", "sim", "iccid", "m ?p ?a ?n", "m ?p ?r ?n", "g ?p ?r ?n", "contract number", "dispute",
                        "complaint", "incident", "request", "application", "appointment", "batch", "lot",
                        "loan (?:number|no|id|ref|reference)", "tax code"),
}
ENDING_BEFORE = re.compile(r"(?<![a-z])(?:ending|ends|ended)(?: in| with| on)?[ ,:]*$")  # "the card ending", "account ending in"
_REFERENCE_SYMBOL = re.compile(r"[£$€#]")
_CURRENCY = re.compile(r"[£$€]")
# "your payoff good through 11/5", "the offer is valid until 2/28": how long a figure holds, no card's expiry
def _not_quoted(word: str) -> str:  # checked only where the word itself was found
    return "".join(f"(?<!{w} {word})(?<!{w} is {word})" for w in
                   "payoff quote offer price deal promo promotion discount voucher coupon rate balance amount figure".split())
DATE_KEYWORDS = {
    "DOB": _words("date (?:of|a) birth", "dob", "d o b", r"d\.o\.b\.?", "born", "birthday", "birth date", "birthdate"),
    "EXPIRY": _words(r"expir\w*", "exp(?:iry)? date", "valid" + _not_quoted("valid") + " (?:until|thru|through|to|till?)",
                     "good" + _not_quoted("good") + " (?:until|thru|through)",
                     "expires", "exp", "valid-to(?: date)?"),  # "and the valid-to date on it?"
}
# Weaker expiry words, taken only with a card nearby: "when does the card run out" / "end of august 2031";
# "end date" (not a contract's).
CARD_EXPIRY_KEYWORDS = _words("runs? out", "running out", "ran out", "expiring", "good thru", "valid from",
                              "(?<!contract )(?<!tenancy )(?<!lease )(?<!agreement )(?<!policy )(?<!plan )(?<!subscription )(?<!membership )end date")
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_C = r"(?: ?,)? "  # punctuation is its own token in the stream: "june 5th , 1971"
_YEAR = r"(?:' ?\d{2}|\d{2,4}(?: \d{2})?)"  # "1973", "19 73", "'73"
DATE = re.compile(
    r"(?<![\w£$€])(?:"  # not "£58.50"
    rf"\d{{1,2}}(?: \d)? ?[/.\-] ?(?:19|20) \d{{2}}"  # "zero three slash twenty twenty seven"
    rf"|\d{{1,2}}(?: \d)? ?[/.\-] ?\d{{1,2}}(?: \d)?(?: ?[/.\-] ?(?:(?:19|20) \d{{2}}|\d{{2,4}}))?"  # "… slash 19 88"
    rf"|\d{{1,2}}(?: \d)? ?[/.\-] ?\d{{4}}"  # "oh four slash two thousand and twenty eight"
    rf"|(?:0 ?[1-9]|1 ?[0-2]) , (?:20 ?)?\d{{2}}"  # "Expires 01, 28." as a recogniser punctuates it, "zero six, twenty thirty"
    rf"|\d{{1,2}}(?: \d)? , \d{{1,2}}(?: \d)? , (?:(?:19|20) ?)?\d{{2}}"  # "one one, oh three, seventy two"
    rf"|(?:0 ?[1-9]|1 ?[0-2]) (?:19|20)\d{{2}}"  # "oh nine two thousand and thirty": a month and a year
    rf"|(?:0 ?[1-9]|1 ?[0-2]) of (?:20 )?\d{{2}}|[1-9] of 20 [2-4]\d"  # "oh four of twenty nine", "oh six of twenty twenty nine", "five of twenty twenty six"
    rf"|\d{{1,2}}(?: \d)? \d{{1,2}}(?: \d)? (?:19|20)\d{{2}}"  # "one one oh two two thousand": day, month, year
    rf"|(?:the )?(?:[0-3] \d|{_DAY})(?: \.)?(?: of)? {_MONTH}(?:{_C}{_YEAR})?"  # also "one one june nineteen fifty three", "5. February 1990"
    rf"|{_MONTH}{_C}[2-4] 0(?! ?\d)"  # "july three oh": a year said digit by digit (no day is said so)
    rf"|{_MONTH}{_C}(?:the )?{_DAY}(?:{_C}{_YEAR})?"
    rf"|(?:(?:the )?end of )?{_MONTH}(?: of| ?/)?{_C}{_YEAR}"
    rf"|{_DAY} of the {_DAY}(?:{_C}{_YEAR})?"
    rf"|(?:the )?{_DAY} month(?: of)? {_YEAR}"  # "the fifth month thirty"
    rf"|{_DAY} of \d{{2,4}}"
    r"|(?:0[1-9]|1[0-2])\d{2}"
    r"|\d{1,2}(?: \d{1,2}){1,7}"
    r")(?![\w])"
)
# "@111776" (a ReDial movie id) or "#58213" is an identifier, never a digit run or a piece of one.
RUN = re.compile(r"(?<![\w@#])(?<!\d:)\d(?:[ ,.\-()]{0,5}\d)*(?![\w])")  # not the minutes of "14:00"
# A European trunk prefix and number typed with a slash: "0110/180636", "089 / 2345 678".
PHONE_SLASHED = re.compile(r"(?<![\w/.])0\d{2,5} ?/ ?\d{3,8}(?:[ \-]\d{2,6})?(?![\w/])")
EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
# Typed with spaces around "@" and the dots: "jane_doe89 @ yahoo . com" (a known top-level domain last).
EMAIL_SPACED = re.compile(r"[a-z0-9][a-z0-9._%+\-]* ?@ ?[a-z0-9\-]+(?: ?\. ?[a-z0-9\-]+)* ?\. ?(?:com|net|org|co|uk|io|de|fr|es|it|nl|ie|eu|info|biz|me|us|ca|au|edu|gov|ac)(?![a-z0-9])")
# A card typed with an unusual separator between its groups: "4111_1111_1111_1111", "4111/1111/…".
CARD_ODD_SEPARATOR = re.compile(r"(?<![\w/])\d{3,6}( ?[_/*|~:;+] ?)\d{3,6}(?:\1\d{1,7}){1,3}(?![\w/])")  # "5111 | 0866 | …"
# "720/18/4246", "572.41.8803" (a date's first part has 1-2 digits; an IP address has four parts)
SSN_SLASHED = re.compile(r"(?<![\w/.])\d{3} ?(?:([/_.]) ?\d{2} ?(?:\1|-)|- ?\d{2} ?[/_.]) ?\d{4}(?![\w/]|\.\d)")  # also "722/57-7624"
SSN_MASKED = re.compile(r"(?<![\w*])(?:\*{3}|x{3})[ \-]?(?:\*{2}|x{2})[ \-]?\d{4}(?![\w])")  # "***-**-8803": an SSN's last four
SORT_CODE_SLASHED = re.compile(r"(?<![\w/])\d{2} ?/ ?\d{2} ?/ ?\d{2}(?![\w/])")  # "Sort: 20/62/21", taken after "sort"
# Typed to dodge spam filters: "liamt1971 [at] gmail [dot] com", "name(at)web.de".
EMAIL_OBFUSCATED = re.compile(r"[a-z0-9][a-z0-9._%+\-]*(?: ?[(\[{] ?dot ?[)\]}] ?[a-z0-9._%+\-]+)* ?[(\[{] ?at ?[)\]}] ?[a-z0-9\-]+"
                              r"(?:(?: ?[(\[{] ?dot ?[)\]}] ?|\.)[a-z0-9\-]+)*(?: ?[(\[{] ?dot ?[)\]}] ?|\.)[a-z]{2,}")
# Country code glued to the check digits ("gb82") or spelled out ("g b 8 2"): "is 4214 …" is no IBAN.
# Typed "PL 86 2807 …" puts a space after the country code, unless the two letters are a word.
IBAN = re.compile(r"(?<![a-z0-9'’])(?:[a-z]{2}\d ?\d|[a-z] [a-z] ?\d ?\d|(?!(?:is|it|at|be|no|me)\b)[a-z]{2} \d ?\d)"
                  r"(?:[ ,\-]{0,3}[a-z0-9]){11,34}")
NI_TYPED = re.compile(r"(?<![a-z0-9'’])[a-z][.\-_ ]?[a-z](?: ?[/.\-_] ?| )?(?:\d[ /.\-_]?){5}\d(?: ?[/.,\-_] ?| )?[a-d](?![a-z0-9/])")  # "MT/008418/B", "MM / 242655 / A", "ah 976 100c", "NH 249962, A", "CK_16_97_11_B", "T W 887890 B"
# Not followed by another spelled-out character ("a" and "i" are words, not spelling).
_NOT_MORE_SPELLED = r"(?![a-z0-9])(?! [b-hj-z0-9](?![a-z0-9]))"
# Pauses read as commas between the groups: "a b, one two, three four, five six, c".
# A pause between the groups: "s h 6 4 ... 7 2 ... 9 4", or the letters ("z for zulu, m for mike, …": "z , m , 5 9 …"). A recogniser's full stops after the letters: "L. N. two o six six zero four d" ("l . n . 2 0 6 6 0 4 d").
NI_SPOKEN = re.compile(r"(?<![a-z0-9'’])[a-z](?: \.| ,)? [a-z](?: \.)?(?: ,| \.\.\.| …)?(?: \d{1,3}(?: ,| [.\-](?= \d)| (?:\.\.\.|…)(?= \d))?){2,6}(?: (?:\.\.\.|…)(?= then))?(?: and| then| and then)? [a-d]" + _NOT_MORE_SPELLED)  # "… 4 8 and c", "… 15 ... then c"
# The suffix heard as a letter that rhymes with B, C or D ("… ninety one thirty , thirty one e" / "sorry , was that e for
# echo ?" / "no a for alpha"): taken only where an NI number is named or asked for.
NI_SUFFIX_MISHEARD = re.compile(NI_SPOKEN.pattern.replace(" [a-d]" + _NOT_MORE_SPELLED, " [egptvz]" + _NOT_MORE_SPELLED))
# A prefix letter corrected as it is said: "x b no e 0 5 0 7 8 0 a" (XE 05 07 80 A).
NI_PREFIX_FIXED = re.compile(r"(?<![a-z0-9'’])([a-z]) [a-z] (?:no |sorry |i mean )+([a-z])((?: ,)?(?: \d{1,3}(?: ,)?){2,6}) [a-d]" + _NOT_MORE_SPELLED)
NI_NO_SUFFIX = re.compile(r"(?<![a-z0-9'’])[a-z] ?[a-z](?: ,| \.\.\.| …)?(?: ?\d{1,3}(?: ,| [.\-](?= \d)| (?:\.\.\.|…)(?= \d))?){2,6}(?![a-z0-9])")  # also "a m 39 - 66 - 78"
# The suffix letter answered in a later turn, alone or after a short lead-in, said once or twice,
# as a letter or its NATO word: "d", "that's b", "oh here it is it's c c", "alpha".
_NI_LEAD_IN = r"(?:(?:that's|thats|it's|its|it|is|that|oh|here|and|so|yes|yeah|right|sorry|okay|ok|the|letter|last|one)[ ,]+){0,6}"
# An NI number's suffix letter (A–D) as said: the letter, its NATO word or its name.
NI_SUFFIX_SAID = r"(?:[a-d]|alpha|alfa|bravo|charlie|delta|bee|see|sea|dee)"
NI_LATE_SUFFIX = re.compile(r"\n" + _NI_LEAD_IN + r"(" + NI_SUFFIX_SAID + r")(?: \1)?(?= ?[.!]?(?:\n|$))")
NI_SUFFIX_CHARS = 150  # "… i can't remember the letter at the end" / "it should be on a payslip" / "c"
NI_SAME_TURN_SUFFIX = re.compile(r" ([a-d])(?![a-z0-9'’])")
# The letter a letter name stands for: "tee" → t, "aitch" → h.
SAID_LETTERS = {"ay": "a", "eh": "a", "pea": "p", "ee": "e", "ar": "r", "queue": "q", "bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g", "jay": "j", "kay": "k", "el": "l",
                "em": "m", "en": "n", "pee": "p", "cue": "q", "are": "r", "ess": "s", "tee": "t", "tea": "t", "vee": "v",
                "ex": "x", "es": "s", "wye": "y", "dubya": "w", "hey": "a", "he": "e", "elle": "l", "ell": "l", "cee": "c",
                "why": "y", "zed": "z", "zee": "z", "jee": "g", "aitch": "h", "haitch": "h", "eff": "f",
                "anton": "a", "berta": "b", "dora": "d"}  # the German spelling alphabet's, as an NI suffix: "… 4 0 5 anton"
# A letter in a spoken NI number or postcode: itself or its name ("be" is a word in running text).
_LETTER_SAID = "(?:[a-z]|" + "|".join(sorted(set(SAID_LETTERS) - {"be"}, key=len, reverse=True)) + ")"
# ASR letter names and digit homophones in an NI number: "gee ex ate five nine oh won too d", "oh gee ... o two three …"
# (the letter O said as "oh" before another letter).
NI_SAID_FILLERS = ("um", "uh", "er", "erm")
NI_SUFFIX_NAMED = r"(?:[a-d]|ay|bee|be|see|sea|cee|dee)"  # an NI suffix as a recogniser writes it: the letter or its name
NI_SAID = re.compile(r"(?<![a-z0-9'’])(?:(?:oh|double you|" + _LETTER_SAID + ") (?:double you|" + _LETTER_SAID + r")|(?!(?:" + "|".join(sorted(COMMON_TWO_LETTER_WORDS)) + r") )[a-z]{2}(?= \d))"  # "number's ec 441 double two five sea"
                     r"((?:(?: ,| \.\.\.| …)? (?:(?:um|uh|er|erm) (?:, )?)?"
                     r"(?:\d{1,3}|won|to|too|for|fore|ate|tree|free|sex|oh|o)(?![a-z0-9'’])){2,7})"  # "m n , 9 0 0 too tree um ate"
                     r"((?: ,)? " + NI_SUFFIX_NAMED + r")?(?![a-z0-9'’])")  # "tee double you 7 8 3 3 0 5 bee", "… 4 6 3 ay"
NI_CONTEXT = _words(_NOT_WANTED + "national insurance", "ni number", "n i number", r"n\.i(?: ?\.)? ?(?:number|no)", r"n\.i(?: ?\.)?", "nino", "ni", r"(?:the|my|your|his|her|their|an) n i",
                    r"nat\.? ?ins(?:urance)?", "national ins")
# An Irish Eircode: routing key and a four-character identifier, "D02 X285", "a65f4e2" (taken near "eircode" / "postcode").
EIRCODE = re.compile(r"(?<![a-z0-9'’])(?:[acdefhknprtvwxy]\d{2}|d6w) ?[0-9acdefhknprtvwxy]{4}(?![a-z0-9])")
EIRCODE_SPOKEN = re.compile(r"(?<![a-z0-9'’])[acdefhknprtvwxy] \d \d(?: [0-9acdefhknprtvwxy]){4}(?![a-z0-9])")  # "a 9 4 a e 2 p"
# "EH17 3FJ", "eh173fj"; "EH17, 3FJ" and "CB14-2WY" as a recogniser punctuates them (not "B12, 3rd floor")
POSTCODE_TYPED = re.compile(r"(?<![a-z0-9'’])[a-z]{1,2}\d[a-z\d]?(?: ?| ?[,\-.] ?(?!\d(?:st|nd|rd|th)))\d[a-z]{2}(?![a-z0-9])")  # also "Ea2. 3NX"
# Letter names in a spoken postcode ("ess six seven are ess"), only where a postcode was asked for.
# Pauses a recogniser writes between the characters of a spoken postcode: "s t , 1 7 , 5 f , r", "s w 13 ... 7 s t".
_PAUSED = r"(?: (?:,|\.\.\.|…))*"
POSTCODE_SAID = re.compile(r"(?<![a-z0-9'’])" + _LETTER_SAID + r"(?:" + _PAUSED + " " + _LETTER_SAID + r")?" + _PAUSED + r" \d{1,2}(?:"
                           + _PAUSED + " " + _LETTER_SAID + r"| \d)?" + _PAUSED + r" \d" + _PAUSED + " " + _LETTER_SAID + _PAUSED + " "
                           + _LETTER_SAID + r"(?![a-z0-9'’])")
SPELLED_BEFORE = re.compile(r"(?<![a-z0-9'’])[a-z0-9] $")
POSTCODE_SPOKEN = re.compile(r"(?<![a-z0-9'’])[a-z](?:" + _PAUSED + r" ?[a-z])?" + _PAUSED + r" \d{1,2}(?:" + _PAUSED + r" [a-z\d])?"
                             + _PAUSED + r" \d" + _PAUSED + r" [a-z]" + _PAUSED + r" [a-z]" + _NOT_MORE_SPELLED
                             + r"(?! (?:model|series|version|edition)(?![a-z]))")  # not "the q e 7 5 a a model"
_STREET = (r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|crescent|"
           r"green|lawn|lawns|quay|heights|manor|meadows|vale|villas|cottages|croft|mall|esplanade|promenade|embankment|"
           r"broadway|glen|dale|wharf|alley|trail|pike|causeway|"
           r"terrace|grove|gardens|hill|square|parade|walk|row|mews|highway|hwy|parkway|circle|park|view|rise|"
           r"gdns|ter|terr|cres|sq|pde|pkwy|cir|trl|hts|wy|aly|plz")
STREET_END = re.compile(r"(?<![a-z])(?:" + _STREET + r")$")
ADDRESS = re.compile(
    r"(?<![\w])(?<!\d[:.])(?:number |(?:flat|apartment|apt|unit|suite) (?:\w+(?: \d{1,2})?(?: [a-z](?![a-z]))? ?[,/]? )?)?\d{1,5}(?: \d{1,3}){0,4}(?: ?[a-z](?![a-z]))?(?: ,)? "
    r"((?:(?!(?:number|serial|reference|ref|code|about) )(?:[a-z'\-]+|\d{1,3}(?:st|nd|rd|th)) ){1,3})(?:" + _STREET + r")(?![a-z0-9]|['’]s )(?: ,? ?(?:(?:apt|apartment|flat|unit|suite|ste)(?: \.)?(?: number)? (?:#)?|#|number (?=\d))\w+(?: \d{1,3}){0,3}(?: [a-z](?![a-z]))?)?"
)
# (No street is named "serial number": "just off the a 40 , serial number ct 72 …" is a road and a code; nor has "about"
# in its name: "there are 37 reports about church lane" is a count.)
# A street whose one word is its name ("155 Kingsway", "Apt 2, 241 Broadway").
ONE_WORD_STREET = re.compile(r"(?<![\w])(?<!\d[:.])(?:(?:flat|apartment|apt|unit|suite) \w+ ?,? )?\d{1,5}(?: \d{1,3}){0,2}(?: ?[a-z](?![a-z]))? "
                             r"(?:kingsway|queensway|broadway|parkway|causeway|ridgeway|strand|the strand|the parade|the mall)(?![a-z])")
# Continental street-first addresses: "Bahnhofstraße 129", "keizersgracht number forty three",
# "8 rue de la république", "Calle Mayor 12", "Via Roma 5".
_EU_SUFFIX = r"(?:straße|strasse|str\.|gracht|weg|gasse|laan|plein|straat|platz|allee|damm|kade|vej|gade|gatan|vägen|steeg|singel|dijk|(?<![aeiou])ring)"
_EU_WORD = r"[a-zà-öø-ÿ'\-]+"
EU_ADDRESS = re.compile(
    r"(?<![\w])(?:" + _EU_WORD + r"(?<=[a-zà-öø-ÿ'\-]{3})" + _EU_SUFFIX + r"(?: number| nr\.?| no\.?)? \d{1,4}(?: \d{1,3}){0,2}(?: ?[a-z](?![a-z]))?"
    r"|\d{1,4}(?: \d{1,3}){0,2}(?: ?[a-z](?![a-z]))?(?: ,)? (?:rue|chemin|quai|allée|viale|corso|piazza|"
    r"calle|avenida|plaza|paseo|rua|praça) (?:(?:de|du|des|la|le|les|del|della|dei|di|da|do|dos|das) |l' ?)*" + _EU_WORD +
    # a French boulevard or avenue, named after someone: "129 avenue victor hugo", "134 boulevard saint michel"
    r"|\d{1,4}(?: ?[a-z](?![a-z]))?(?: ,)? (?:boulevard|avenue) (?:(?:de|du|des|la|le|saint|sainte) )?" + _EU_WORD
    + r" (?!(?:yeah|yes|yep|and|or|but|so|in|on|at|to|the|is|it|please|thanks|then|nothing|no)(?![a-z]))" + _EU_WORD +
    r"|(?:rue|chemin|quai|viale|corso|piazza|calle|avenida|plaza|paseo|rua|praça) (?:(?:de|du|des|la|le|les|del|della|dei|di|da|do|dos|das) |l' ?)*"
    + _EU_WORD + r"(?: " + _EU_WORD + r")?(?: ,)? (?:n[oº°]\.? ?)?\d{1,4}(?: ?[a-z](?![a-z]))?"
    r")(?![\w])(?! (?:days?|weeks?|months?|years?|hours?|minutes?|mins|times?|pm|am|o'clock|people|kg|km|miles|euros?|pounds?|"
    r"dollars?|percent|stops?|nights?)(?![a-z]))")
PO_BOX = re.compile(r"(?<![\w])(?:p ?\.? ?o ?\.? ?box|post office box) (?:#|no\.? |number )?\d{1,6}(?![\w])")  # "P.O. Box 1234"
# An address asked for in turns: "what's the house number" / "52" / "and the street" / "elm close".
_ANSWER_LEAD = r"(?:(?:it's|its|it is|yeah|yes|um|number|that's) )*"
ADDRESS_OVER_TURNS = re.compile(
    r"(?:house|door|building|flat|property) number[^\n]{0,20}\n" + _ANSWER_LEAD + r"(\d{1,4}(?: ?[a-z](?![a-z]))?)(?= ?(?:\n))"
    r"\n[^\n]{0,40}\n" + _ANSWER_LEAD + r"((?:[a-z'\-]+ ){1,3}(?:" + _STREET + r"))(?![a-z])(?= ?[.!]?(?:\n|$))"
)
ADDRESS_STOPWORDS = frozenset(
    "the a an on in of to for my your our their his her its and or is was it this that hours hour minutes minute days day "
    "weeks week months month years year times items item pounds dollars euros percent people calls at by with from near off past "
    "opposite behind towards "
    "all way more less but it's that's there's i'm we're you're not no so just than then kilos kilo kg grams pounds lbs "
    "miles km metres meters feet inches boxes parcels bags per each every which seems seem looks feels too very really quite "
    "much price prices cost costs fee fees rate rates bill bills charge charges pm am "
    "should would could can must might shall be are were been being has had does did".split()  # "3 of 4 lights should be green"  # "a bill for 96 49 which seems way
    # too high", "the 2021 price rise"
)
PRIORITY = {t: i for i, t in enumerate(("EMAIL", "IBAN", "CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "BANK_ACCOUNT",
                                         "SORT_CODE", "POSTCODE", "DOB", "EXPIRY", "CVV", "ADDRESS"))}


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


IBAN_LENGTHS = {
    "ad": 24, "ae": 23, "at": 20, "be": 16, "bg": 22, "ch": 21, "cy": 28, "cz": 24, "de": 22, "dk": 18, "ee": 20,
    "es": 24, "fi": 18, "fr": 27, "gb": 22, "gi": 23, "gr": 27, "hr": 21, "hu": 28, "ie": 22, "il": 23, "is": 26,
    "it": 27, "li": 21, "lt": 20, "lu": 20, "lv": 21, "mc": 27, "mt": 31, "nl": 18, "no": 15, "pl": 28, "pt": 25,
    "ro": 24, "sa": 24, "se": 24, "si": 19, "sk": 24, "sm": 27, "tr": 26,
}


def _iban_match(text: str, start: int, end: int) -> int | None:
    """End of a valid IBAN (country length, mod-97) starting at ``start``, or ``None``.

    Spoken IBANs turn the letter "o" into zero; bank-code letters are retried as "o".
    """
    chars = [(i, c) for i in range(start, end) if (c := text[i]).isalnum()]
    length = IBAN_LENGTHS.get("".join(c for _, c in chars[:2]))
    if length is None or len(chars) < length:
        return None
    compact = "".join(c for _, c in chars[:length])
    if sum(c.isdigit() for c in compact[4:]) < 0.6 * (length - 4):
        return None  # a BBAN is mostly digits; "be 250 dollars and it …" is not an IBAN
    said = text[start : chars[length - 1][0] + 1]
    if any(len(word) > 4 or word in COMMON_TWO_LETTER_WORDS for word in re.findall(r"(?<![\w])[a-z]+(?![\w])", said)):
        return None  # "FR21041659, claim no C-478 …": the characters run into words ("7749 FTOJ NZHR 313" is read in groups)
    variants = {compact, compact[:4] + compact[4:8].replace("0", "o") + compact[8:]}
    return chars[length - 1][0] + 1 if any(iban_valid(v) for v in variants) else None


def iban_valid(text: str) -> bool:
    compact = re.sub(r"[\s,]", "", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


# What details are asked for, not which: "can i take a few details to find your gas and electric account"
DETAILS_TO_FIND = re.compile(r"(?<![a-z])details (?:to|so i can) (?:find|locate|look up|pull up|bring up|access) (?:[a-z&']+ ){0,5}$")
# A warning that names values without asking for them: "we will never ask for your full card number, cvv or pin"
NEVER_ASKED = re.compile(r"(?<![a-z])(?:never|won't|wont|will not|would not|wouldn't) (?:ever )?(?:ask|request)(?: you)?(?: for)? (?:[a-z0-9]+ ?|, ?){0,8}$")


def _has(text: str, start: int, end: int, key: str) -> bool:
    window = text[max(0, start - CONTEXT_BEFORE_CHARS) : start] + " " + text[end : end + CONTEXT_AFTER_CHARS]
    if not (named := CONTEXT[key].search(window)) or not re.search(r"never|wont|won't|not", window):
        return named is not None  # most windows: nothing named, or nothing that warns
    return any(not NEVER_ASKED.search(window, max(0, m.start() - 60), m.start()) for m in CONTEXT[key].finditer(window))


# An account with a supplier, not a bank: its number is a reference ("my customer account number is …").
SUPPLIER_ACCOUNT = (r"(?:customer|supplier|member(?:ship)?|loyalty|rewards|online|utility|energy|gas|electric(?:ity)?|broadband|water|"
                    r"council tax|patient|store|club) account")
# A number named right before it as something other than a person's value.
NAMED_REFERENCE = _words(SUPPLIER_ACCOUNT + "(?: number| no| num)?",
                         "(?:loyalty|rewards?|membership|library|nectar|points|boarding|gift) card(?: number| no| num)?", "(?:gift |e-?)voucher(?: number| no| code)?",  # no payment card (a store card is one)
                         "sku", "auth code", "imei", "iccid", "sim (?:card )?number", "serial(?: number)?", "tracking(?: number| no| ref)?", "consignment", "(?:vehicle )?reg(?:istration)?(?: number| no| plate)?", "number plate", "(?:baggage|bag|luggage) tag(?: number| no)?",
                         "(?:promo(?:tion(?:al)?)?|discount|coupon|gift card|offer) code", "gate", "seat (?:number|no)", "flight (?:number|no)",
                         "order (?:number|no|ref|reference)", "invoice", "ticket", "case (?:number|ref)", "policy number",
                         "claim number", "booking (?:number|ref|reference|code)", "pnr", "e-?ticket(?: number| no)?", "confirmation number", "order confirmation",
                         "vat(?: (?:number|no|reg(?:istration)?(?: number| no)?))?(?: gb)?", "txn(?: id| no| ref)?", "transaction (?:id|ref|reference|number|no)", "registered in england(?: and wales)?(?: no| number)?",
                         "company (?:number|no|reg(?:istration)?)", "customer ref(?:erence)?", "meter", "supply point(?: number| no| reference| ref)?", "mprn", "m p r n",
                         "m ?p ?a ?n", "m ?p ?r ?n", "g ?p ?r ?n", "reference(?: number)?", "ref", "barcode", "(?<!i'm )(?<!im )(?<!i am )(?<!was )(?<!been )(?<!keep )readings?(?! (?:that|it|them|this|those|these|back|out|the|from|off))", "customer number", "membership number",
                         "model(?: number| no)?", "part number", "product code", "group (?:number|no|is)", "reads", "(?:day|night) rate", "(?:firmware |software |app )?version",
                         "firmware", "build", "release", "order(?: ?#)?(?: ?:)? ?$", "(?:parcel|package|shipment|(?<!bank )branch|store)(?: ?#)?(?: ?:)? ?$", "case(?: ?#)?(?: ?:)? ?$", "claim(?: ?#)?(?: ?:)? ?$", "quote ?$",
                         "(?:claim|order|case|ticket|policy|booking|invoice|batch|lot|parcel)(?: ?#)? (?:is|was) ?$",  # "… and the claim is 458911229"
                         "(?:job|dispute|complaint|incident|request|application|transaction|payment|receipt|voucher|reservation|"
                         "authori[sz]ation|group|member|membership|bill|subscriber|"
                         "registration|patient|employee|staff|student|member|installation|appointment|service|work order|case|"
                         "order|ticket|account|customer|cust|item|stock|article|fault|repair|tracking|parcel|shipment|delivery|return|refund|claim|policy|booking|"
                         "invoice|quote|contract|confirmation|prescription|rx|refill|supply|loan|returns|store|branch|shop|site|depot|consignment|waybill|docket|"
                         "manifest|container|pallet|permit|licen[cs]e|provider|plan|batch|lot|loyalty|rewards?|points|cover|auth|medicaid|medicare|beneficiary|visit|encounter|warranty|guarantee|device) (?:number|no|i ?d|ref|reference|code)s?", "policy(?! ?holder)", "conf",
                         "ref(?:er|re|r)[a-z]{2,4}",  # "reference" mistyped: "refernece", "refrence", "referance"
                         "purchase order", "p\\.?o\\.?(?! ?box)(?: number| no| ref)?",  # "our PO 4500123456", not "PO Box 12"
                         "dispute", "investigation", "complaint", "rma", "receipt(?: ?#| ?:)? ?$", "transaction(?: ?#| ?:)? ?$", "item(?: ?#| ?:)? ?$", "return authori[sz]ation", "statement",  # "I've raised dispute 88103922"
                         "(?<!['’])s n(?= \\d|\\s*$)", "s/n", "sn",  # a serial number: "it's s n 4 5 4 6 …"
                         "(?:number|reference) for (?:this|the|your) call",
                         "inv(?: ?no| ?num| ?#| ?:)",  # "inv no 453464596": an invoice
                         "track(?: ?#| ?:) ?$", "(?:npi|n p i)(?: (?:number|no))?(?: is| as| ?:)? ?$", "(?:rx ?)?(?:bin|pcn|grp|group)(?: ?:)? \\Z", "ndc(?: (?:number|no|code))?(?: is| ?:)? ?$",  # "Track: 5363 …", "the doctor's npi is …", a pharmacy card's "BIN 355630 PCN 9999" (in its turn: not "the first group" / "5146")
                         "tax code", "tax year", "form(?= ?\\d| ?$)",
                         "error (?:code|number|no)", "error(?: ?#| ?:)? ?$", "batch(?: ?#| ?:)? ?$")  # "the error code on the router is 25-09-03", "batch 27-09-99"  # "my tax code is 1254l", "you'll need form 10 40 …"


# Words that name the reading before them: "… 0 5 9 4 1 0 5 for the serial number", "… 89 8 9 thats the booking reference".
_NAMED_AFTER = re.compile(r"[ ,]*(?:(?:for|as|is|was|on) (?:the|your|my|that|this)|(?:that's|thats|that is) (?:the|my|your|our)) ")


def named_right_after(text: str, end: int) -> int | None:
    """Where the reference named right after a reading ending at `end` starts, or None when none is named there."""
    after = _NAMED_AFTER.match(text, end)
    return after.end() if after and NAMED_REFERENCE.match(text, after.end()) else None


def _named_reference(text: str, start: int) -> bool:
    window = text[max(0, start - 30) : start]
    return NAMED_REFERENCE.search(window) is not None


def names_what_follows(window: str, last: re.Match[str] | None) -> bool:
    """The reference ``last`` names the number after ``window``: no other number comes between them
    ("booking ref 77419, pay with 4808 …" names 77419, not the card)."""
    # "booking ref mwhplw . please charge …", "paying the outstanding invoice . its 4778 …": the reference had its own value,
    # or none, and a new sentence began (not "ticket no . 8574…", "order ref . is 5531 …")
    # (a hint at its start is no number of its own: "the supply point number on the bill , it starts with 10")
    between = _STARTS_WITH.sub(" ", window[last.end() :]) if last is not None else ""
    between = _CODE_HEAD.sub(" ", between)  # "the tracking number is 1 z 2 0 8 3 …": the code's first characters
    between = _LENGTH_SAID.sub(" ", between)  # "the serial number on the card reader , it's 16 digits": its length, no number
    between = _ABBREVIATED.sub(" ", between)  # "invoice no . inv 1484 …": the label's abbreviation, no sentence's end
    return last is not None and not re.search(r"\d|(?:^|[a-z]\w*) ?[.?!] (?!(?:is|was|are|:|it says|it reads|says|reads) )(?:[^\s\d]+ )+", between)


_CODE_HEAD = re.compile(r"(?<= )(?:(?:[a-z\d] ){0,4}(?:\d [a-z]|[a-z] \d) |[a-z] [a-z] , )$")  # also "serial 2 9 b 0 5 2 …", "reference is s c , 37 …"
_LENGTH_SAID = re.compile(r"(?<![\w])\d+ (?:digits|characters|numbers|figures)(?: long)?(?![a-z])")
_ABBREVIATED = re.compile(r"^ (?:no|nr|num|ref) \.")
_STARTS_WITH = re.compile(r"(?:starts?|begins?|starting|beginning) (?:with )?(?:an? )?\d+")


def last_named_reference(text: str, start: int, chars: int = 30) -> tuple[str, re.Match[str] | None]:
    """The ``chars`` characters before ``start`` and the last reference named in them."""
    window = text[max(0, start - chars) : start]
    last = None
    for last in NAMED_REFERENCE.finditer(window):
        pass
    return window, last


# The card's other details asked for right after its last piece: "… 2 8 5 2 , 0 1 3 9 8\nand the expiry date"
_CARD_DETAILS = r"(?<![a-z])(?:expiry|expiration|exp date|security code|cvv|cvc{})(?![a-z])"
CARD_DETAILS_NEXT = re.compile(r"[^\n]{0,20}\n[^\n]{0,30}" + _CARD_DETAILS.format("|valid (?:until|thru|through)"))
# … asked for in a question: "i want to pay the invoice , its 4850 …\nthanks . could you confirm the expiry date and security code ?"
CARD_DETAILS_ASKED = re.compile(r"[^\n]{0,20}\n[^\n]{0,40}" + _CARD_DETAILS.format("") + r"[^\n]*\?")


def named_not_card(text: str, start: int) -> bool:
    """Named right before as a reference with no card word between the name and the number (a card word before the
    name does not count: "i've got the card here but i'm not giving that out, the reference number is 5130 …")."""
    wide, named = last_named_reference(text, start, 60)
    card = CONTEXT["card"].search(wide, named.end()) if named is not None else None
    if card and _OF_THE.fullmatch(wide, named.end(), card.start()) and names_what_follows(wide, named):
        return True  # "the tracking number for the replacement card is …": the card says whose reference it is
    window, last = last_named_reference(text, start)
    return last is not None and names_what_follows(window, last) and not CONTEXT["card"].search(window, last.end())


# Whose a reference is, said between its name and a card word: "the tracking number for the replacement card"
WHOSE = r"(?:for|of|on) (?:the|my|your|a|an|his|her|their)(?: [a-z]+)?"
_OF_THE = re.compile(rf" {WHOSE} ")


def _named_as_reference(text: str, start: int) -> bool:
    """Named right before as a reference, with no phone word nearer ("… the meter exchange. Tel 0121 …") and
    no other number between ("booking ref KS1504?" / "07900483572": the booking has its number)."""
    window, last = last_named_reference(text, start)
    return last is not None and names_what_follows(window, last) and not CONTEXT["phone"].search(window, last.end())
