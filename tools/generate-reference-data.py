#!/usr/bin/env python3
"""Regenerates the country and language lists seeded into Amuddu.

Source: Debian's iso-codes package (ISO 3166-1 and ISO 639 with their
translations, LGPL-2.1+). Run on a machine with iso-codes installed:
    python3 tools/generate-reference-data.py
"""
import csv
import gettext
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/Amuddu.Web/Features/ReferenceData/Seed"
JSON = pathlib.Path("/usr/share/iso-codes/json")


def translators(domain):
    return {lang: gettext.translation(domain, localedir="/usr/share/locale", languages=[lang], fallback=True)
            for lang in ("fr", "ar")}


def write(name, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "fr", "ar", "en"])
        w.writerows(sorted(rows))


t = translators("iso_3166-1")
countries = json.loads((JSON / "iso_3166-1.json").read_text())["3166-1"]
write("countries.csv", [(c["alpha_2"], t["fr"].gettext(c["name"]), t["ar"].gettext(c["name"]), c["name"])
                        for c in countries])

# Languages much spoken by the people Amuddu serves, where iso-codes lacks an
# Arabic name or a usable English one, and two ISO 639-3 languages of Morocco.
LANGUAGE_FIXES = {
    "es": ("espagnol", "الإسبانية", "Spanish"),
    "ff": ("peul", "الفولانية", "Fula"),
    "ln": ("lingala", "اللينغالا", "Lingala"),
    "wo": ("wolof", "الولوفية", "Wolof"),
    "bm": ("bambara", "البامبارية", "Bambara"),
    "zgh": ("tamazight standard marocain", "الأمازيغية المعيارية المغربية", "Standard Moroccan Tamazight"),
    "ary": ("arabe marocain (darija)", "الدارجة المغربية", "Moroccan Arabic (Darija)"),
}
t = translators("iso_639-2")
languages = json.loads((JSON / "iso_639-2.json").read_text())["639-2"]
rows = {l["alpha_2"]: (t["fr"].gettext(l["name"]), t["ar"].gettext(l["name"]), l["name"])
        for l in languages if "alpha_2" in l}
rows.update(LANGUAGE_FIXES)
write("languages.csv", [(code, *names) for code, names in rows.items()])
