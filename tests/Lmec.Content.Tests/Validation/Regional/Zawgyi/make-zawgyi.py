#!/usr/bin/env python3
"""Writes burmese-zawgyi.txt: each line of burmese-unicode.txt in the legacy Zawgyi encoding.

The mapping is the known one between Unicode 5.1 Burmese and Zawgyi-One, applied syllable by syllable:
  - the vowel sign E (U+1031) and the medial RA move before the consonant they follow in Unicode (Zawgyi stores
    what is drawn first first); medial RA is U+103B in Zawgyi;
  - the other medials take Zawgyi's code points: YA U+103B -> U+103A, WA U+103D -> U+103C, HA U+103E -> U+103D;
  - the asat (killer) U+103A is U+1039 in Zawgyi;
  - a stacked consonant (virama U+1039 and a consonant) is Zawgyi's precomposed subjoined form (U+1060-U+1085),
    and kinzi (U+1004 U+103A U+1039) is U+1064 after the consonant it stands on.
The glyph variants that Zawgyi fonts also offer (short RA forms U+107E-U+1084, long U U+1033, U+1088/U+1089)
are not used: the result is what a converter that does not optimise the look writes.
"""
import pathlib

CONSONANT = set(range(0x1000, 0x1022)) | {0x103F}
INDEPENDENT = set(range(0x1023, 0x102B))
STACKED = {0x1000: 0x1060, 0x1001: 0x1061, 0x1002: 0x1062, 0x1003: 0x1063, 0x1005: 0x1065, 0x1006: 0x1066,
           0x1007: 0x1068, 0x1008: 0x1069, 0x100B: 0x106C, 0x100C: 0x106D, 0x100D: 0x106E, 0x100E: 0x106F,
           0x100F: 0x1070, 0x1010: 0x1071, 0x1011: 0x1073, 0x1012: 0x1075, 0x1013: 0x1076, 0x1014: 0x1077,
           0x1015: 0x1078, 0x1016: 0x1079, 0x1017: 0x107A, 0x1018: 0x107B, 0x1019: 0x107C, 0x101C: 0x1085}
MEDIAL = {0x103B: 0x103A, 0x103D: 0x103C, 0x103E: 0x103D}


def convert(text):
    cps = [ord(c) for c in text]
    out, i = [], 0
    while i < len(cps):
        kinzi = cps[i:i + 3] == [0x1004, 0x103A, 0x1039] and i + 3 < len(cps) and cps[i + 3] in CONSONANT
        if kinzi:
            i += 3
        if cps[i] not in CONSONANT:
            out.append(0x1039 if cps[i] == 0x103A else cps[i])
            i += 1
            continue
        base = [cps[i]]
        i += 1
        while i + 1 < len(cps) and cps[i] == 0x1039 and cps[i + 1] in CONSONANT:
            base.append(STACKED[cps[i + 1]])
            i += 2
        if kinzi:
            base.append(0x1064)
        before, after = [], []
        while i < len(cps) and (cps[i] in range(0x102B, 0x103F)) and cps[i] != 0x1039:
            c = cps[i]
            if c == 0x1031:
                before.insert(0, c)
            elif c == 0x103C:
                before.append(0x103B)
            elif c in MEDIAL:
                after.append(MEDIAL[c])
            elif c == 0x103A:
                after.append(0x1039)
            else:
                after.append(c)
            i += 1
        out += before + base + after
    return ''.join(map(chr, out))


here = pathlib.Path(__file__).parent
lines = (here / 'burmese-unicode.txt').read_text(encoding='utf-8').splitlines()
(here / 'burmese-zawgyi.txt').write_text(''.join(convert(line) + '\n' for line in lines), encoding='utf-8')
